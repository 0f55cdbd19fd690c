from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_predicate_representation import JSONPredicateRepresentation


T = TypeVar("T", bound="InventoryAccessMappingWhen")


@_attrs_define
class InventoryAccessMappingWhen:
    """
    Attributes:
        operator (str | Unset):  Example: AND.
        child_predicates (JSONPredicateRepresentation | Unset):
    """

    operator: str | Unset = UNSET
    child_predicates: JSONPredicateRepresentation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operator = self.operator

        child_predicates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.child_predicates, Unset):
            child_predicates = self.child_predicates.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operator is not UNSET:
            field_dict["operator"] = operator
        if child_predicates is not UNSET:
            field_dict["childPredicates"] = child_predicates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.json_predicate_representation import JSONPredicateRepresentation  # noqa: PLC0415

        d = dict(src_dict)
        operator = d.pop("operator", UNSET)

        _child_predicates = d.pop("childPredicates", UNSET)
        child_predicates: JSONPredicateRepresentation | Unset
        if isinstance(_child_predicates, Unset):
            child_predicates = UNSET
        else:
            child_predicates = JSONPredicateRepresentation.from_dict(_child_predicates)

        instance__ = cls(
            operator=operator,
            child_predicates=child_predicates,
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
