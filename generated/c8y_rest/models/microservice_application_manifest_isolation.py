from enum import StrEnum


class MicroserviceApplicationManifestIsolation(StrEnum):
    MULTI_TENANT = "MULTI_TENANT"
    PER_TENANT = "PER_TENANT"

    def __str__(self) -> str:
        return str(self.value)
