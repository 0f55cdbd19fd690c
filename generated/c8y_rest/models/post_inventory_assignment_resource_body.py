from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inventory_role import InventoryRole


T = TypeVar("T", bound="PostInventoryAssignmentResourceBody")


@_attrs_define
class PostInventoryAssignmentResourceBody:
    """
    Attributes:
        managed_object (str):  Example: 1105.
        roles (list[InventoryRole]):
        id (int | Unset):  Example: 1.
        self_ (str | Unset):  Example: https://<TENANT_DOMAIN>/user/{tenantId}/users/jdoe/roles/inventory/1.
    """

    managed_object: str
    roles: list[InventoryRole]
    id: int | Unset = UNSET
    self_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        managed_object = self.managed_object

        roles = []
        for roles_item_data in self.roles:
            roles_item = roles_item_data.to_dict()
            roles.append(roles_item)

        id = self.id

        self_ = self.self_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "managedObject": managed_object,
                "roles": roles,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if self_ is not UNSET:
            field_dict["self"] = self_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inventory_role import InventoryRole  # noqa: PLC0415

        d = dict(src_dict)
        managed_object = d.pop("managedObject")

        roles = []
        _roles = d.pop("roles")
        for roles_item_data in _roles:
            roles_item = InventoryRole.from_dict(roles_item_data)

            roles.append(roles_item)

        id = d.pop("id", UNSET)

        self_ = d.pop("self", UNSET)

        instance__ = cls(
            managed_object=managed_object,
            roles=roles,
            id=id,
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
