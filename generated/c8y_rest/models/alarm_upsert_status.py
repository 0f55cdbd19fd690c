from enum import StrEnum


class AlarmUpsertStatus(StrEnum):
    ACKNOWLEDGED = "ACKNOWLEDGED"
    ACTIVE = "ACTIVE"
    CLEARED = "CLEARED"

    def __str__(self) -> str:
        return str(self.value)
