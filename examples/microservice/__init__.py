"""An example microservice: a plain ASGI app built on `c8y_objects.microservice`."""
