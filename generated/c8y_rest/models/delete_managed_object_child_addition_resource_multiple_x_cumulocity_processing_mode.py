from enum import StrEnum


class DeleteManagedObjectChildAdditionResourceMultipleXCumulocityProcessingMode(StrEnum):
    CEP = "CEP"
    PERSISTENT = "PERSISTENT"
    QUIESCENT = "QUIESCENT"
    TRANSIENT = "TRANSIENT"

    def __str__(self) -> str:
        return str(self.value)
