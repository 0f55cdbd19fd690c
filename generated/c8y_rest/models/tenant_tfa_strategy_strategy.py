from enum import StrEnum


class TenantTfaStrategyStrategy(StrEnum):
    SMS = "SMS"
    TOTP = "TOTP"

    def __str__(self) -> str:
        return str(self.value)
