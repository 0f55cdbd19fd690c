from enum import StrEnum


class FeatureTogglePhase(StrEnum):
    GENERALLY_AVAILABLE = "GENERALLY_AVAILABLE"
    IN_DEVELOPMENT = "IN_DEVELOPMENT"
    PRIVATE_PREVIEW = "PRIVATE_PREVIEW"
    PUBLIC_PREVIEW = "PUBLIC_PREVIEW"

    def __str__(self) -> str:
        return str(self.value)
