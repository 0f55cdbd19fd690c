from enum import StrEnum


class InventoryRolePermissionPermission(StrEnum):
    ADMIN = "ADMIN"
    READ = "READ"
    VALUE_2 = "*"

    def __str__(self) -> str:
        return str(self.value)
