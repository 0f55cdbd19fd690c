from enum import StrEnum


class RealtimeNotificationChannel(StrEnum):
    VALUE_0 = "/meta/handshake"
    VALUE_1 = "/meta/subscribe"
    VALUE_2 = "/meta/unsubscribe"
    VALUE_3 = "/meta/connect"
    VALUE_4 = "/meta/disconnect"

    def __str__(self) -> str:
        return str(self.value)
