from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.managed_object_reference_tuple import ManagedObjectReferenceTuple


T = TypeVar("T", bound="ObjectAdditionParents")


@_attrs_define
class ObjectAdditionParents:
    """
    Attributes:
        references (list[ManagedObjectReferenceTuple] | Unset):  Example: [].
        self_ (str | Unset):  Example: https://<TENANT_DOMAIN>/inventory/managedObjects/{id}/additionParents.
    """

    references: list[ManagedObjectReferenceTuple] | Unset = UNSET
    self_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        references: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.references, Unset):
            references = []
            for references_item_data in self.references:
                references_item = references_item_data.to_dict()
                references.append(references_item)

        self_ = self.self_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if references is not UNSET:
            field_dict["references"] = references
        if self_ is not UNSET:
            field_dict["self"] = self_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.managed_object_reference_tuple import ManagedObjectReferenceTuple  # noqa: PLC0415

        d = dict(src_dict)
        _references = d.pop("references", UNSET)
        references: list[ManagedObjectReferenceTuple] | Unset = UNSET
        if _references is not UNSET:
            references = []
            for references_item_data in _references:
                references_item = ManagedObjectReferenceTuple.from_dict(references_item_data)

                references.append(references_item)

        self_ = d.pop("self", UNSET)

        instance__ = cls(
            references=references,
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
