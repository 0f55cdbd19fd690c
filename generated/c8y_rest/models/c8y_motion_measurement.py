from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.c8y_motion_measurement_motion_detected import C8YMotionMeasurementMotionDetected
    from ..models.c8y_motion_measurement_speed import C8YMotionMeasurementSpeed


T = TypeVar("T", bound="C8YMotionMeasurement")


@_attrs_define
class C8YMotionMeasurement:
    """
    Example:
        {'motionDetected': {'value': 1, 'type': 'BOOLEAN'}, 'speed': {'value': -63.2, 'unit': 'km/h'}}

    Attributes:
        motion_detected (C8YMotionMeasurementMotionDetected | Unset):
        speed (C8YMotionMeasurementSpeed | Unset):
    """

    motion_detected: C8YMotionMeasurementMotionDetected | Unset = UNSET
    speed: C8YMotionMeasurementSpeed | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        motion_detected: dict[str, Any] | Unset = UNSET
        if not isinstance(self.motion_detected, Unset):
            motion_detected = self.motion_detected.to_dict()

        speed: dict[str, Any] | Unset = UNSET
        if not isinstance(self.speed, Unset):
            speed = self.speed.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if motion_detected is not UNSET:
            field_dict["motionDetected"] = motion_detected
        if speed is not UNSET:
            field_dict["speed"] = speed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.c8y_motion_measurement_motion_detected import C8YMotionMeasurementMotionDetected  # noqa: PLC0415
        from ..models.c8y_motion_measurement_speed import C8YMotionMeasurementSpeed  # noqa: PLC0415

        d = dict(src_dict)
        _motion_detected = d.pop("motionDetected", UNSET)
        motion_detected: C8YMotionMeasurementMotionDetected | Unset
        if isinstance(_motion_detected, Unset):
            motion_detected = UNSET
        else:
            motion_detected = C8YMotionMeasurementMotionDetected.from_dict(_motion_detected)

        _speed = d.pop("speed", UNSET)
        speed: C8YMotionMeasurementSpeed | Unset
        if isinstance(_speed, Unset):
            speed = UNSET
        else:
            speed = C8YMotionMeasurementSpeed.from_dict(_speed)

        instance__ = cls(
            motion_detected=motion_detected,
            speed=speed,
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
