from enum import StrEnum


class AuthConfigUserManagementSource(StrEnum):
    INTERNAL = "INTERNAL"
    REMOTE = "REMOTE"

    def __str__(self) -> str:
        return str(self.value)
