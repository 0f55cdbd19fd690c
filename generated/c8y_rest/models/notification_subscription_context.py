from enum import StrEnum


class NotificationSubscriptionContext(StrEnum):
    MO = "mo"
    TENANT = "tenant"

    def __str__(self) -> str:
        return str(self.value)
