from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkOperationProgress")


@_attrs_define
class BulkOperationProgress:
    """
    Attributes:
        pending (int | Unset):
        failed (int | Unset):
        executing (int | Unset):
        successful (int | Unset):
        all_ (int | Unset):
    """

    pending: int | Unset = UNSET
    failed: int | Unset = UNSET
    executing: int | Unset = UNSET
    successful: int | Unset = UNSET
    all_: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pending = self.pending

        failed = self.failed

        executing = self.executing

        successful = self.successful

        all_ = self.all_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pending is not UNSET:
            field_dict["pending"] = pending
        if failed is not UNSET:
            field_dict["failed"] = failed
        if executing is not UNSET:
            field_dict["executing"] = executing
        if successful is not UNSET:
            field_dict["successful"] = successful
        if all_ is not UNSET:
            field_dict["all"] = all_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pending = d.pop("pending", UNSET)

        failed = d.pop("failed", UNSET)

        executing = d.pop("executing", UNSET)

        successful = d.pop("successful", UNSET)

        all_ = d.pop("all", UNSET)

        instance__ = cls(
            pending=pending,
            failed=failed,
            executing=executing,
            successful=successful,
            all_=all_,
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
