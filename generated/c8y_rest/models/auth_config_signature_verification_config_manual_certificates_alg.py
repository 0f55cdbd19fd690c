from enum import StrEnum


class AuthConfigSignatureVerificationConfigManualCertificatesAlg(StrEnum):
    PCKS = "PCKS"
    RSA = "RSA"

    def __str__(self) -> str:
        return str(self.value)
