from enum import StrEnum


class AuthConfigExternalTokenConfigValidationMethod(StrEnum):
    INTROSPECTION = "INTROSPECTION"
    USERINFO = "USERINFO"

    def __str__(self) -> str:
        return str(self.value)
