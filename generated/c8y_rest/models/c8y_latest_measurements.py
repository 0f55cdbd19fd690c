from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.latest_measurement_fragment import LatestMeasurementFragment


T = TypeVar("T", bound="C8YLatestMeasurements")


@_attrs_define
class C8YLatestMeasurements:
    """
    Example:
        {'c8y_Temperature': {'T': {'value': 10, 'unit': 'C', 'time': '2020-06-09T09:48:40.008Z'}}}

    """

    additional_properties: dict[str, LatestMeasurementFragment] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.latest_measurement_fragment import LatestMeasurementFragment  # noqa: PLC0415

        d = dict(src_dict)
        instance__ = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = LatestMeasurementFragment.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        instance__.additional_properties = additional_properties
        return instance__

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> LatestMeasurementFragment:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: LatestMeasurementFragment) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
