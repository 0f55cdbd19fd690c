from enum import StrEnum


class DeleteOperationCollectionResourceStatus(StrEnum):
    EXECUTING = "EXECUTING"
    FAILED = "FAILED"
    PENDING = "PENDING"
    SUCCESSFUL = "SUCCESSFUL"

    def __str__(self) -> str:
        return str(self.value)
