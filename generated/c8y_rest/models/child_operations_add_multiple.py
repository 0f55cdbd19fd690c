from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.child_operations_add_multiple_references_item import ChildOperationsAddMultipleReferencesItem


T = TypeVar("T", bound="ChildOperationsAddMultiple")


@_attrs_define
class ChildOperationsAddMultiple:
    """
    Attributes:
        references (list[ChildOperationsAddMultipleReferencesItem]):  Example: [{'managedObject': {'id': '128'}},
            {'managedObject': {'id': '129'}}].
    """

    references: list[ChildOperationsAddMultipleReferencesItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        references = []
        for references_item_data in self.references:
            references_item = references_item_data.to_dict()
            references.append(references_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "references": references,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.child_operations_add_multiple_references_item import ChildOperationsAddMultipleReferencesItem  # noqa: PLC0415

        d = dict(src_dict)
        references = []
        _references = d.pop("references")
        for references_item_data in _references:
            references_item = ChildOperationsAddMultipleReferencesItem.from_dict(references_item_data)

            references.append(references_item)

        instance__ = cls(
            references=references,
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
