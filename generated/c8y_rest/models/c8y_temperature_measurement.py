from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.c8y_temperature_measurement_t import C8YTemperatureMeasurementT


T = TypeVar("T", bound="C8YTemperatureMeasurement")


@_attrs_define
class C8YTemperatureMeasurement:
    """
    Example:
        {'T': {'value': 23, 'unit': 'C'}}

    Attributes:
        t (C8YTemperatureMeasurementT | Unset):
    """

    t: C8YTemperatureMeasurementT | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        t: dict[str, Any] | Unset = UNSET
        if not isinstance(self.t, Unset):
            t = self.t.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if t is not UNSET:
            field_dict["T"] = t

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.c8y_temperature_measurement_t import C8YTemperatureMeasurementT  # noqa: PLC0415

        d = dict(src_dict)
        _t = d.pop("T", UNSET)
        t: C8YTemperatureMeasurementT | Unset
        if isinstance(_t, Unset):
            t = UNSET
        else:
            t = C8YTemperatureMeasurementT.from_dict(_t)

        instance__ = cls(
            t=t,
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
