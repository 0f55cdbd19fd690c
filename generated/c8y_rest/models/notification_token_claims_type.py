from enum import StrEnum


class NotificationTokenClaimsType(StrEnum):
    NOTIFICATION = "notification"

    def __str__(self) -> str:
        return str(self.value)
