from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.child_operations_add_one_managed_object import ChildOperationsAddOneManagedObject


T = TypeVar("T", bound="ChildOperationsAddOne")


@_attrs_define
class ChildOperationsAddOne:
    """
    Attributes:
        managed_object (ChildOperationsAddOneManagedObject):
    """

    managed_object: ChildOperationsAddOneManagedObject
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        managed_object = self.managed_object.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "managedObject": managed_object,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.child_operations_add_one_managed_object import ChildOperationsAddOneManagedObject  # noqa: PLC0415

        d = dict(src_dict)
        managed_object = ChildOperationsAddOneManagedObject.from_dict(d.pop("managedObject"))

        instance__ = cls(
            managed_object=managed_object,
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
