from enum import StrEnum


class AlarmUpsertSeverity(StrEnum):
    CRITICAL = "CRITICAL"
    MAJOR = "MAJOR"
    MINOR = "MINOR"
    WARNING = "WARNING"

    def __str__(self) -> str:
        return str(self.value)
