from enum import StrEnum


class AuditRecordC8YMetadataAction(StrEnum):
    DELETE = "DELETE"
    DEPLOY = "DEPLOY"
    SCALE = "SCALE"
    SUBSCRIBE = "SUBSCRIBE"

    def __str__(self) -> str:
        return str(self.value)
