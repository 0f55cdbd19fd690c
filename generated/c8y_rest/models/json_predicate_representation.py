from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.json_predicate_representation_operator import JSONPredicateRepresentationOperator
from ..types import UNSET, Unset

T = TypeVar("T", bound="JSONPredicateRepresentation")


@_attrs_define
class JSONPredicateRepresentation:
    """
    Attributes:
        child_predicates (list[JSONPredicateRepresentation] | Unset):  Example: [].
        operator (JSONPredicateRepresentationOperator | Unset):  Example: EQ.
        parameter_path (str | Unset):  Example: group.
        value (str | Unset):  Example: 2.
    """

    child_predicates: list[JSONPredicateRepresentation] | Unset = UNSET
    operator: JSONPredicateRepresentationOperator | Unset = UNSET
    parameter_path: str | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        child_predicates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.child_predicates, Unset):
            child_predicates = []
            for child_predicates_item_data in self.child_predicates:
                child_predicates_item = child_predicates_item_data.to_dict()
                child_predicates.append(child_predicates_item)

        operator: str | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator.value

        parameter_path = self.parameter_path

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if child_predicates is not UNSET:
            field_dict["childPredicates"] = child_predicates
        if operator is not UNSET:
            field_dict["operator"] = operator
        if parameter_path is not UNSET:
            field_dict["parameterPath"] = parameter_path
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _child_predicates = d.pop("childPredicates", UNSET)
        child_predicates: list[JSONPredicateRepresentation] | Unset = UNSET
        if _child_predicates is not UNSET:
            child_predicates = []
            for child_predicates_item_data in _child_predicates:
                child_predicates_item = JSONPredicateRepresentation.from_dict(child_predicates_item_data)

                child_predicates.append(child_predicates_item)

        _operator = d.pop("operator", UNSET)
        operator: JSONPredicateRepresentationOperator | Unset
        if isinstance(_operator, Unset):
            operator = UNSET
        else:
            operator = JSONPredicateRepresentationOperator(_operator)

        parameter_path = d.pop("parameterPath", UNSET)

        value = d.pop("value", UNSET)

        instance__ = cls(
            child_predicates=child_predicates,
            operator=operator,
            parameter_path=parameter_path,
            value=value,
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
