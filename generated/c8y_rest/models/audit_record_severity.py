from enum import StrEnum


class AuditRecordSeverity(StrEnum):
    CRITICAL = "CRITICAL"
    INFORMATION = "INFORMATION"
    MAJOR = "MAJOR"
    MINOR = "MINOR"
    WARNING = "WARNING"

    def __str__(self) -> str:
        return str(self.value)
