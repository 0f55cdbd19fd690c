from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inventory_assignment import InventoryAssignment


T = TypeVar("T", bound="InventoryAssignmentCollection")


@_attrs_define
class InventoryAssignmentCollection:
    """
    Attributes:
        self_ (str | Unset):  Example: https://<TENANT_DOMAIN>/user/{tenantId}/users/{userId}/roles/inventory.
        inventory_assignments (list[InventoryAssignment] | Unset):
    """

    self_: str | Unset = UNSET
    inventory_assignments: list[InventoryAssignment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_ = self.self_

        inventory_assignments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inventory_assignments, Unset):
            inventory_assignments = []
            for inventory_assignments_item_data in self.inventory_assignments:
                inventory_assignments_item = inventory_assignments_item_data.to_dict()
                inventory_assignments.append(inventory_assignments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if self_ is not UNSET:
            field_dict["self"] = self_
        if inventory_assignments is not UNSET:
            field_dict["inventoryAssignments"] = inventory_assignments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inventory_assignment import InventoryAssignment  # noqa: PLC0415

        d = dict(src_dict)
        self_ = d.pop("self", UNSET)

        _inventory_assignments = d.pop("inventoryAssignments", UNSET)
        inventory_assignments: list[InventoryAssignment] | Unset = UNSET
        if _inventory_assignments is not UNSET:
            inventory_assignments = []
            for inventory_assignments_item_data in _inventory_assignments:
                inventory_assignments_item = InventoryAssignment.from_dict(inventory_assignments_item_data)

                inventory_assignments.append(inventory_assignments_item)

        instance__ = cls(
            self_=self_,
            inventory_assignments=inventory_assignments,
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
