from enum import StrEnum


class RequestRepresentationOperation(StrEnum):
    EXECUTE = "EXECUTE"
    REDIRECT = "REDIRECT"

    def __str__(self) -> str:
        return str(self.value)
