from enum import StrEnum


class GetNotificationSubscriptionCollectionResourceContext(StrEnum):
    MO = "mo"
    TENANT = "tenant"

    def __str__(self) -> str:
        return str(self.value)
