from enum import StrEnum


class LoginFormGrantType(StrEnum):
    AUTHORIZATION_CODE = "AUTHORIZATION_CODE"
    PASSWORD = "PASSWORD"

    def __str__(self) -> str:
        return str(self.value)
