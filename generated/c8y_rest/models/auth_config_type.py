from enum import StrEnum


class AuthConfigType(StrEnum):
    BASIC = "BASIC"
    OAUTH2 = "OAUTH2"
    OAUTH2_INTERNAL = "OAUTH2_INTERNAL"

    def __str__(self) -> str:
        return str(self.value)
