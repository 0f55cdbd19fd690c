from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.c8y_distance_measurement_distance import C8YDistanceMeasurementDistance


T = TypeVar("T", bound="C8YDistanceMeasurement")


@_attrs_define
class C8YDistanceMeasurement:
    """
    Example:
        {'distance': {'value': 13.37, 'unit': 'mm'}}

    Attributes:
        distance (C8YDistanceMeasurementDistance | Unset):
    """

    distance: C8YDistanceMeasurementDistance | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        distance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.distance, Unset):
            distance = self.distance.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if distance is not UNSET:
            field_dict["distance"] = distance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.c8y_distance_measurement_distance import C8YDistanceMeasurementDistance  # noqa: PLC0415

        d = dict(src_dict)
        _distance = d.pop("distance", UNSET)
        distance: C8YDistanceMeasurementDistance | Unset
        if isinstance(_distance, Unset):
            distance = UNSET
        else:
            distance = C8YDistanceMeasurementDistance.from_dict(_distance)

        instance__ = cls(
            distance=distance,
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
