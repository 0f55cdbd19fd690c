from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inventory_api_resource_managed_objects import InventoryApiResourceManagedObjects


T = TypeVar("T", bound="InventoryApiResource")


@_attrs_define
class InventoryApiResource:
    """
    Example:
        {'managedObjectsForFragmentType':
            'https://<TENANT_DOMAIN>/inventory/managedObjects?fragmentType={fragmentType}', 'managedObjectsForType':
            'https://<TENANT_DOMAIN>/inventory/managedObjects?type={type}', 'managedObjectsForListOfIds':
            'https://<TENANT_DOMAIN>/inventory/managedObjects?ids={ids}', 'managedObjects': {'references': [], 'self':
            'https://<TENANT_DOMAIN>/inventory/managedObjects'}, 'self': 'https://<TENANT_DOMAIN>/inventory'}

    Attributes:
        managed_objects_for_fragment_type (str | Unset):
        managed_objects_for_type (str | Unset):
        managed_objects_for_list_of_ids (str | Unset):
        managed_objects (InventoryApiResourceManagedObjects | Unset):
        self_ (str | Unset):
    """

    managed_objects_for_fragment_type: str | Unset = UNSET
    managed_objects_for_type: str | Unset = UNSET
    managed_objects_for_list_of_ids: str | Unset = UNSET
    managed_objects: InventoryApiResourceManagedObjects | Unset = UNSET
    self_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        managed_objects_for_fragment_type = self.managed_objects_for_fragment_type

        managed_objects_for_type = self.managed_objects_for_type

        managed_objects_for_list_of_ids = self.managed_objects_for_list_of_ids

        managed_objects: dict[str, Any] | Unset = UNSET
        if not isinstance(self.managed_objects, Unset):
            managed_objects = self.managed_objects.to_dict()

        self_ = self.self_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if managed_objects_for_fragment_type is not UNSET:
            field_dict["managedObjectsForFragmentType"] = managed_objects_for_fragment_type
        if managed_objects_for_type is not UNSET:
            field_dict["managedObjectsForType"] = managed_objects_for_type
        if managed_objects_for_list_of_ids is not UNSET:
            field_dict["managedObjectsForListOfIds"] = managed_objects_for_list_of_ids
        if managed_objects is not UNSET:
            field_dict["managedObjects"] = managed_objects
        if self_ is not UNSET:
            field_dict["self"] = self_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inventory_api_resource_managed_objects import InventoryApiResourceManagedObjects  # noqa: PLC0415

        d = dict(src_dict)
        managed_objects_for_fragment_type = d.pop("managedObjectsForFragmentType", UNSET)

        managed_objects_for_type = d.pop("managedObjectsForType", UNSET)

        managed_objects_for_list_of_ids = d.pop("managedObjectsForListOfIds", UNSET)

        _managed_objects = d.pop("managedObjects", UNSET)
        managed_objects: InventoryApiResourceManagedObjects | Unset
        if isinstance(_managed_objects, Unset):
            managed_objects = UNSET
        else:
            managed_objects = InventoryApiResourceManagedObjects.from_dict(_managed_objects)

        self_ = d.pop("self", UNSET)

        instance__ = cls(
            managed_objects_for_fragment_type=managed_objects_for_fragment_type,
            managed_objects_for_type=managed_objects_for_type,
            managed_objects_for_list_of_ids=managed_objects_for_list_of_ids,
            managed_objects=managed_objects,
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
