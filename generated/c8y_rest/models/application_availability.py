from enum import StrEnum


class ApplicationAvailability(StrEnum):
    MARKET = "MARKET"
    PRIVATE = "PRIVATE"

    def __str__(self) -> str:
        return str(self.value)
