from enum import StrEnum


class AuditRecordChangesItemChangeType(StrEnum):
    ADDED = "ADDED"
    REPLACED = "REPLACED"

    def __str__(self) -> str:
        return str(self.value)
