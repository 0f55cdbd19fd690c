from enum import StrEnum


class InventoryRolePermissionScope(StrEnum):
    ALARM = "ALARM"
    AUDIT = "AUDIT"
    EVENT = "EVENT"
    MANAGED_OBJECT = "MANAGED_OBJECT"
    MEASUREMENT = "MEASUREMENT"
    OPERATION = "OPERATION"
    VALUE_6 = "*"

    def __str__(self) -> str:
        return str(self.value)
