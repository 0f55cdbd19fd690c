from enum import StrEnum


class StatisticsFileType(StrEnum):
    REAL = "REAL"
    TEST = "TEST"

    def __str__(self) -> str:
        return str(self.value)
