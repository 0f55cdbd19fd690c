from enum import StrEnum


class ApplicationNoMicroserviceManifestType(StrEnum):
    EXTERNAL = "EXTERNAL"
    HOSTED = "HOSTED"
    MICROSERVICE = "MICROSERVICE"

    def __str__(self) -> str:
        return str(self.value)
