from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.c8y_acceleration_measurement_acceleration import C8YAccelerationMeasurementAcceleration


T = TypeVar("T", bound="C8YAccelerationMeasurement")


@_attrs_define
class C8YAccelerationMeasurement:
    """
    Example:
        {'acceleration': {'value': 8.36, 'unit': 'm/s2'}}

    Attributes:
        acceleration (C8YAccelerationMeasurementAcceleration | Unset):
    """

    acceleration: C8YAccelerationMeasurementAcceleration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acceleration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.acceleration, Unset):
            acceleration = self.acceleration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if acceleration is not UNSET:
            field_dict["acceleration"] = acceleration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.c8y_acceleration_measurement_acceleration import C8YAccelerationMeasurementAcceleration  # noqa: PLC0415

        d = dict(src_dict)
        _acceleration = d.pop("acceleration", UNSET)
        acceleration: C8YAccelerationMeasurementAcceleration | Unset
        if isinstance(_acceleration, Unset):
            acceleration = UNSET
        else:
            acceleration = C8YAccelerationMeasurementAcceleration.from_dict(_acceleration)

        instance__ = cls(
            acceleration=acceleration,
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
