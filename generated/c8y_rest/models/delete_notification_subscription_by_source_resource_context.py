from enum import StrEnum


class DeleteNotificationSubscriptionBySourceResourceContext(StrEnum):
    MO = "mo"
    TENANT = "tenant"

    def __str__(self) -> str:
        return str(self.value)
