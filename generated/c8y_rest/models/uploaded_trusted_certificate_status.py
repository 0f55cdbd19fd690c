from enum import StrEnum


class UploadedTrustedCertificateStatus(StrEnum):
    DISABLED = "DISABLED"
    ENABLED = "ENABLED"

    def __str__(self) -> str:
        return str(self.value)
