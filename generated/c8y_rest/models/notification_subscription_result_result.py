from enum import StrEnum


class NotificationSubscriptionResultResult(StrEnum):
    DONE = "DONE"
    SCHEDULED = "SCHEDULED"

    def __str__(self) -> str:
        return str(self.value)
