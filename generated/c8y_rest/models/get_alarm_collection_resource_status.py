from enum import StrEnum


class GetAlarmCollectionResourceStatus(StrEnum):
    ACKNOWLEDGED = "ACKNOWLEDGED"
    ACTIVE = "ACTIVE"
    CLEARED = "CLEARED"

    def __str__(self) -> str:
        return str(self.value)
