from enum import StrEnum


class AuditRecordType(StrEnum):
    ALARM = "Alarm"
    APPLICATION = "Application"
    BULKOPERATION = "BulkOperation"
    CEPMODULE = "CepModule"
    CONNECTOR = "Connector"
    EVENT = "Event"
    GROUP = "Group"
    INVENTORY = "Inventory"
    INVENTORYROLE = "InventoryRole"
    OPERATION = "Operation"
    OPTION = "Option"
    REPORT = "Report"
    SINGLESIGNON = "SingleSignOn"
    SMARTRULE = "SmartRule"
    SYSTEM = "SYSTEM"
    TENANT = "Tenant"
    TENANTAUTHCONFIG = "TenantAuthConfig"
    TRUSTEDCERTIFICATES = "TrustedCertificates"
    USER = "User"
    USERAUTHENTICATION = "UserAuthentication"

    def __str__(self) -> str:
        return str(self.value)
