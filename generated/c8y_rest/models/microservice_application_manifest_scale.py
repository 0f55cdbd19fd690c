from enum import StrEnum


class MicroserviceApplicationManifestScale(StrEnum):
    AUTO = "AUTO"
    NONE = "NONE"

    def __str__(self) -> str:
        return str(self.value)
