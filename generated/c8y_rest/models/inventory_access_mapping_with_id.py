from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inventory_access_mapping_then_inventory_roles_item import InventoryAccessMappingThenInventoryRolesItem
    from ..models.inventory_access_mapping_when import InventoryAccessMappingWhen


T = TypeVar("T", bound="InventoryAccessMappingWithId")


@_attrs_define
class InventoryAccessMappingWithId:
    """
    Attributes:
        when (InventoryAccessMappingWhen | Unset):
        then_inventory_roles (list[InventoryAccessMappingThenInventoryRolesItem] | Unset):
        id (str | Unset):
        self_ (str | Unset):
    """

    when: InventoryAccessMappingWhen | Unset = UNSET
    then_inventory_roles: list[InventoryAccessMappingThenInventoryRolesItem] | Unset = UNSET
    id: str | Unset = UNSET
    self_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        when: dict[str, Any] | Unset = UNSET
        if not isinstance(self.when, Unset):
            when = self.when.to_dict()

        then_inventory_roles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.then_inventory_roles, Unset):
            then_inventory_roles = []
            for then_inventory_roles_item_data in self.then_inventory_roles:
                then_inventory_roles_item = then_inventory_roles_item_data.to_dict()
                then_inventory_roles.append(then_inventory_roles_item)

        id = self.id

        self_ = self.self_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if when is not UNSET:
            field_dict["when"] = when
        if then_inventory_roles is not UNSET:
            field_dict["thenInventoryRoles"] = then_inventory_roles
        if id is not UNSET:
            field_dict["id"] = id
        if self_ is not UNSET:
            field_dict["self"] = self_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inventory_access_mapping_then_inventory_roles_item import (
            InventoryAccessMappingThenInventoryRolesItem,  # noqa: PLC0415
        )
        from ..models.inventory_access_mapping_when import InventoryAccessMappingWhen  # noqa: PLC0415

        d = dict(src_dict)
        _when = d.pop("when", UNSET)
        when: InventoryAccessMappingWhen | Unset
        if isinstance(_when, Unset):
            when = UNSET
        else:
            when = InventoryAccessMappingWhen.from_dict(_when)

        _then_inventory_roles = d.pop("thenInventoryRoles", UNSET)
        then_inventory_roles: list[InventoryAccessMappingThenInventoryRolesItem] | Unset = UNSET
        if _then_inventory_roles is not UNSET:
            then_inventory_roles = []
            for then_inventory_roles_item_data in _then_inventory_roles:
                then_inventory_roles_item = InventoryAccessMappingThenInventoryRolesItem.from_dict(
                    then_inventory_roles_item_data
                )

                then_inventory_roles.append(then_inventory_roles_item)

        id = d.pop("id", UNSET)

        self_ = d.pop("self", UNSET)

        instance__ = cls(
            when=when,
            then_inventory_roles=then_inventory_roles,
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
