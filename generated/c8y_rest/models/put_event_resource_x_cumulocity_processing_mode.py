from enum import StrEnum


class PutEventResourceXCumulocityProcessingMode(StrEnum):
    CEP = "CEP"
    PERSISTENT = "PERSISTENT"
    QUIESCENT = "QUIESCENT"
    TRANSIENT = "TRANSIENT"

    def __str__(self) -> str:
        return str(self.value)
