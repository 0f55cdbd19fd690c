from enum import StrEnum


class BulkNewDeviceRequestFailedCreationListItemNewDeviceStatus(StrEnum):
    CREATED = "CREATED"
    CREDENTIAL_UPDATED = "CREDENTIAL_UPDATED"
    FAILED = "FAILED"

    def __str__(self) -> str:
        return str(self.value)
