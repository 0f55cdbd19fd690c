from enum import StrEnum


class FeatureToggleStrategy(StrEnum):
    DEFAULT = "DEFAULT"
    TENANT = "TENANT"

    def __str__(self) -> str:
        return str(self.value)
