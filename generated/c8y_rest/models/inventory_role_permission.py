from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.inventory_role_permission_permission import InventoryRolePermissionPermission
from ..models.inventory_role_permission_scope import InventoryRolePermissionScope
from ..types import UNSET, Unset

T = TypeVar("T", bound="InventoryRolePermission")


@_attrs_define
class InventoryRolePermission:
    """
    Example:
        {'id': 7, 'permission': 'ADMIN', 'scope': 'OPERATION', 'type': 'c8y_Restart'}

    Attributes:
        id (int | Unset):
        permission (InventoryRolePermissionPermission | Unset):
        scope (InventoryRolePermissionScope | Unset):
        type_ (str | Unset):
    """

    id: int | Unset = UNSET
    permission: InventoryRolePermissionPermission | Unset = UNSET
    scope: InventoryRolePermissionScope | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        permission: str | Unset = UNSET
        if not isinstance(self.permission, Unset):
            permission = self.permission.value

        scope: str | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope.value

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if permission is not UNSET:
            field_dict["permission"] = permission
        if scope is not UNSET:
            field_dict["scope"] = scope
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _permission = d.pop("permission", UNSET)
        permission: InventoryRolePermissionPermission | Unset
        if isinstance(_permission, Unset):
            permission = UNSET
        else:
            permission = InventoryRolePermissionPermission(_permission)

        _scope = d.pop("scope", UNSET)
        scope: InventoryRolePermissionScope | Unset
        if isinstance(_scope, Unset):
            scope = UNSET
        else:
            scope = InventoryRolePermissionScope(_scope)

        type_ = d.pop("type", UNSET)

        instance__ = cls(
            id=id,
            permission=permission,
            scope=scope,
            type_=type_,
        )

        instance__.additional_properties = d
        return instance__

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
