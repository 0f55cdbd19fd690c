from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.c8y_voltage_measurement_voltage import C8YVoltageMeasurementVoltage


T = TypeVar("T", bound="C8YVoltageMeasurement")


@_attrs_define
class C8YVoltageMeasurement:
    """
    Example:
        {'voltage': {'value': 13.37, 'unit': 'V'}}

    Attributes:
        voltage (C8YVoltageMeasurementVoltage | Unset):
    """

    voltage: C8YVoltageMeasurementVoltage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voltage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voltage, Unset):
            voltage = self.voltage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if voltage is not UNSET:
            field_dict["voltage"] = voltage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.c8y_voltage_measurement_voltage import C8YVoltageMeasurementVoltage  # noqa: PLC0415

        d = dict(src_dict)
        _voltage = d.pop("voltage", UNSET)
        voltage: C8YVoltageMeasurementVoltage | Unset
        if isinstance(_voltage, Unset):
            voltage = UNSET
        else:
            voltage = C8YVoltageMeasurementVoltage.from_dict(_voltage)

        instance__ = cls(
            voltage=voltage,
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
