from enum import StrEnum


class DeleteNotificationSubscriptionResourceXCumulocityProcessingMode(StrEnum):
    CEP = "CEP"
    PERSISTENT = "PERSISTENT"
    QUIESCENT = "QUIESCENT"
    TRANSIENT = "TRANSIENT"

    def __str__(self) -> str:
        return str(self.value)
