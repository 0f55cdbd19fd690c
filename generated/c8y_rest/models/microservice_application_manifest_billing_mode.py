from enum import StrEnum


class MicroserviceApplicationManifestBillingMode(StrEnum):
    RESOURCES = "RESOURCES"
    SUBSCRIPTION = "SUBSCRIPTION"

    def __str__(self) -> str:
        return str(self.value)
