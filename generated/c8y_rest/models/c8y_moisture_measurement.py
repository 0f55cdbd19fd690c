from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.c8y_moisture_measurement_moisture import C8YMoistureMeasurementMoisture


T = TypeVar("T", bound="C8YMoistureMeasurement")


@_attrs_define
class C8YMoistureMeasurement:
    """
    Example:
        {'moisture': {'value': 13.37, 'unit': '%'}}

    Attributes:
        moisture (C8YMoistureMeasurementMoisture | Unset):
    """

    moisture: C8YMoistureMeasurementMoisture | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        moisture: dict[str, Any] | Unset = UNSET
        if not isinstance(self.moisture, Unset):
            moisture = self.moisture.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if moisture is not UNSET:
            field_dict["moisture"] = moisture

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.c8y_moisture_measurement_moisture import C8YMoistureMeasurementMoisture  # noqa: PLC0415

        d = dict(src_dict)
        _moisture = d.pop("moisture", UNSET)
        moisture: C8YMoistureMeasurementMoisture | Unset
        if isinstance(_moisture, Unset):
            moisture = UNSET
        else:
            moisture = C8YMoistureMeasurementMoisture.from_dict(_moisture)

        instance__ = cls(
            moisture=moisture,
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
