from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.managed_object_create import ManagedObjectCreate


T = TypeVar("T", bound="ManagedObjectCollectionCreate")


@_attrs_define
class ManagedObjectCollectionCreate:
    """
    Example:
        {'managedObjects': [{'name': 'My tracking device', 'c8y_IsDevice': {}}]}

    Attributes:
        managed_objects (list[ManagedObjectCreate]):
    """

    managed_objects: list[ManagedObjectCreate]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        managed_objects = []
        for managed_objects_item_data in self.managed_objects:
            managed_objects_item = managed_objects_item_data.to_dict()
            managed_objects.append(managed_objects_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "managedObjects": managed_objects,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.managed_object_create import ManagedObjectCreate  # noqa: PLC0415

        d = dict(src_dict)
        managed_objects = []
        _managed_objects = d.pop("managedObjects")
        for managed_objects_item_data in _managed_objects:
            managed_objects_item = ManagedObjectCreate.from_dict(managed_objects_item_data)

            managed_objects.append(managed_objects_item)

        instance__ = cls(
            managed_objects=managed_objects,
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
