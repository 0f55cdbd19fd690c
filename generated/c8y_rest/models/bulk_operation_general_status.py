from enum import StrEnum


class BulkOperationGeneralStatus(StrEnum):
    CANCELED = "CANCELED"
    EXECUTING = "EXECUTING"
    EXECUTING_WITH_ERRORS = "EXECUTING_WITH_ERRORS"
    FAILED = "FAILED"
    SCHEDULED = "SCHEDULED"
    SUCCESSFUL = "SUCCESSFUL"

    def __str__(self) -> str:
        return str(self.value)
