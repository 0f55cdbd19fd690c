from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.c8y_current_measurement_current import C8YCurrentMeasurementCurrent


T = TypeVar("T", bound="C8YCurrentMeasurement")


@_attrs_define
class C8YCurrentMeasurement:
    """
    Example:
        {'current': {'value': 13.37, 'unit': 'A'}}

    Attributes:
        current (C8YCurrentMeasurementCurrent | Unset):
    """

    current: C8YCurrentMeasurementCurrent | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current: dict[str, Any] | Unset = UNSET
        if not isinstance(self.current, Unset):
            current = self.current.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if current is not UNSET:
            field_dict["current"] = current

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.c8y_current_measurement_current import C8YCurrentMeasurementCurrent  # noqa: PLC0415

        d = dict(src_dict)
        _current = d.pop("current", UNSET)
        current: C8YCurrentMeasurementCurrent | Unset
        if isinstance(_current, Unset):
            current = UNSET
        else:
            current = C8YCurrentMeasurementCurrent.from_dict(_current)

        instance__ = cls(
            current=current,
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
