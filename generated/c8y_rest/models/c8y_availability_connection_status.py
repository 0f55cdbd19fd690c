from enum import StrEnum


class C8YAvailabilityConnectionStatus(StrEnum):
    CONNECTED = "CONNECTED"
    DISCONNECTED = "DISCONNECTED"
    MAINTENANCE = "MAINTENANCE"

    def __str__(self) -> str:
        return str(self.value)
