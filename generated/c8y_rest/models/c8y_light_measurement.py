from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.c8y_light_measurement_e import C8YLightMeasurementE


T = TypeVar("T", bound="C8YLightMeasurement")


@_attrs_define
class C8YLightMeasurement:
    """
    Example:
        {'e': {'value': 8.36, 'unit': 'lux'}}

    Attributes:
        e (C8YLightMeasurementE | Unset):
    """

    e: C8YLightMeasurementE | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        e: dict[str, Any] | Unset = UNSET
        if not isinstance(self.e, Unset):
            e = self.e.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if e is not UNSET:
            field_dict["e"] = e

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.c8y_light_measurement_e import C8YLightMeasurementE  # noqa: PLC0415

        d = dict(src_dict)
        _e = d.pop("e", UNSET)
        e: C8YLightMeasurementE | Unset
        if isinstance(_e, Unset):
            e = UNSET
        else:
            e = C8YLightMeasurementE.from_dict(_e)

        instance__ = cls(
            e=e,
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
