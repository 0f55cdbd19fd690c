from enum import StrEnum


class ApplicationType(StrEnum):
    EXTERNAL = "EXTERNAL"
    HOSTED = "HOSTED"
    MICROSERVICE = "MICROSERVICE"

    def __str__(self) -> str:
        return str(self.value)
