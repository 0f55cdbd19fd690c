from enum import StrEnum


class GetAbstractApplicationCollectionResourceType(StrEnum):
    EXTERNAL = "EXTERNAL"
    HOSTED = "HOSTED"
    MICROSERVICE = "MICROSERVICE"

    def __str__(self) -> str:
        return str(self.value)
