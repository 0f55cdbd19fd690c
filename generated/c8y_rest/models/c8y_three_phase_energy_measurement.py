from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.c8y_measurement_value import C8YMeasurementValue


T = TypeVar("T", bound="C8YThreePhaseEnergyMeasurement")


@_attrs_define
class C8YThreePhaseEnergyMeasurement:
    """
    Example:
        {'A+': {'value': 435, 'unit': 'kWh'}, 'A-': {'value': 23, 'unit': 'kWh'}, 'P+': {'value': 657, 'unit': 'W'},
            'P-': {'value': 0, 'unit': 'W'}, 'A+:1': {'value': 123, 'unit': 'kWh'}, 'A-:1': {'value': 2, 'unit': 'kWh'},
            'P+:1': {'value': 56, 'unit': 'W'}, 'P-:1': {'value': 0, 'unit': 'W'}, 'A+:2': {'value': 231, 'unit': 'kWh'},
            'A-:2': {'value': 23, 'unit': 'kWh'}, 'P+:2': {'value': 516, 'unit': 'W'}, 'P-:2': {'value': 2, 'unit': 'W'},
            'A+:3': {'value': 1423, 'unit': 'kWh'}, 'A-:3': {'value': 422, 'unit': 'kWh'}, 'P+:3': {'value': 16, 'unit':
            'W'}, 'P-:3': {'value': 9, 'unit': 'W'}, 'Ri+': {'value': 231, 'unit': 'kVArh'}, 'Ri-': {'value': 23, 'unit':
            'kVArh'}, 'Rc+': {'value': 342, 'unit': 'kVArh'}, 'Rc-': {'value': 43, 'unit': 'kVArh'}, 'Qi+': {'value': 234,
            'unit': 'kVAr'}, 'Qi-': {'value': 645, 'unit': 'kVAr'}, 'Qc+': {'value': 76, 'unit': 'kVAr'}, 'Qc-': {'value':
            34, 'unit': 'kVAr'}}

    """

    additional_properties: dict[str, C8YMeasurementValue] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.c8y_measurement_value import C8YMeasurementValue  # noqa: PLC0415

        d = dict(src_dict)
        instance__ = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = C8YMeasurementValue.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        instance__.additional_properties = additional_properties
        return instance__

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> C8YMeasurementValue:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: C8YMeasurementValue) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
