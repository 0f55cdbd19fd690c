from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inventory_role import InventoryRole


T = TypeVar("T", bound="InventoryAssignment")


@_attrs_define
class InventoryAssignment:
    """
    Attributes:
        id (int | Unset):  Example: 1.
        managed_object (str | Unset):  Example: 1105.
        roles (list[InventoryRole] | Unset):
        self_ (str | Unset):  Example: https://<TENANT_DOMAIN>/user/{tenantId}/users/jdoe/roles/inventory/1.
    """

    id: int | Unset = UNSET
    managed_object: str | Unset = UNSET
    roles: list[InventoryRole] | Unset = UNSET
    self_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        managed_object = self.managed_object

        roles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = []
            for roles_item_data in self.roles:
                roles_item = roles_item_data.to_dict()
                roles.append(roles_item)

        self_ = self.self_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if managed_object is not UNSET:
            field_dict["managedObject"] = managed_object
        if roles is not UNSET:
            field_dict["roles"] = roles
        if self_ is not UNSET:
            field_dict["self"] = self_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inventory_role import InventoryRole  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        managed_object = d.pop("managedObject", UNSET)

        _roles = d.pop("roles", UNSET)
        roles: list[InventoryRole] | Unset = UNSET
        if _roles is not UNSET:
            roles = []
            for roles_item_data in _roles:
                roles_item = InventoryRole.from_dict(roles_item_data)

                roles.append(roles_item)

        self_ = d.pop("self", UNSET)

        instance__ = cls(
            id=id,
            managed_object=managed_object,
            roles=roles,
            self_=self_,
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
