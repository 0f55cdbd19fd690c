from enum import StrEnum


class NewDeviceRequestStatus(StrEnum):
    ACCEPTED = "ACCEPTED"
    PENDING_ACCEPTANCE = "PENDING_ACCEPTANCE"
    WAITING_FOR_CONNECTION = "WAITING_FOR_CONNECTION"

    def __str__(self) -> str:
        return str(self.value)
