"""c8y-objects: a typed, async object model for the Cumulocity IoT REST API."""
