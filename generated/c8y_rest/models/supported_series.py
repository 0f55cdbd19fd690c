from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SupportedSeries")


@_attrs_define
class SupportedSeries:
    """
    Attributes:
        c_8_y_supported_series (list[str] | Unset):  Example: ['c8y_MemoryMeasurement.Total',
            'c8y_CPUMeasurement.Workload', 'c8y_MemoryMeasurement.Used'].
    """

    c_8_y_supported_series: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        c_8_y_supported_series: list[str] | Unset = UNSET
        if not isinstance(self.c_8_y_supported_series, Unset):
            c_8_y_supported_series = self.c_8_y_supported_series

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if c_8_y_supported_series is not UNSET:
            field_dict["c8y_SupportedSeries"] = c_8_y_supported_series

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        c_8_y_supported_series = cast(list[str], d.pop("c8y_SupportedSeries", UNSET))

        instance__ = cls(
            c_8_y_supported_series=c_8_y_supported_series,
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
