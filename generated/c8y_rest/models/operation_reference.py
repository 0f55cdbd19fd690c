from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.operation_reference_operation import OperationReferenceOperation


T = TypeVar("T", bound="OperationReference")


@_attrs_define
class OperationReference:
    """
    Attributes:
        operation (OperationReferenceOperation | Unset):
        self_ (str | Unset):
    """

    operation: OperationReferenceOperation | Unset = UNSET
    self_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation.to_dict()

        self_ = self.self_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operation is not UNSET:
            field_dict["operation"] = operation
        if self_ is not UNSET:
            field_dict["self"] = self_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.operation_reference_operation import OperationReferenceOperation  # noqa: PLC0415

        d = dict(src_dict)
        _operation = d.pop("operation", UNSET)
        operation: OperationReferenceOperation | Unset
        if isinstance(_operation, Unset):
            operation = UNSET
        else:
            operation = OperationReferenceOperation.from_dict(_operation)

        self_ = d.pop("self", UNSET)

        instance__ = cls(
            operation=operation,
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
