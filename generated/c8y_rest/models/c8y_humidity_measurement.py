from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.c8y_humidity_measurement_h import C8YHumidityMeasurementH


T = TypeVar("T", bound="C8YHumidityMeasurement")


@_attrs_define
class C8YHumidityMeasurement:
    """
    Example:
        {'h': {'value': 13.37, 'unit': '%RH'}}

    Attributes:
        h (C8YHumidityMeasurementH | Unset):
    """

    h: C8YHumidityMeasurementH | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        h: dict[str, Any] | Unset = UNSET
        if not isinstance(self.h, Unset):
            h = self.h.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if h is not UNSET:
            field_dict["h"] = h

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.c8y_humidity_measurement_h import C8YHumidityMeasurementH  # noqa: PLC0415

        d = dict(src_dict)
        _h = d.pop("h", UNSET)
        h: C8YHumidityMeasurementH | Unset
        if isinstance(_h, Unset):
            h = UNSET
        else:
            h = C8YHumidityMeasurementH.from_dict(_h)

        instance__ = cls(
            h=h,
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
