from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.measurement_fragment_series import MeasurementFragmentSeries


T = TypeVar("T", bound="MeasurementSeries")


@_attrs_define
class MeasurementSeries:
    """
    Attributes:
        values (Any | Unset):  Example: {'2020-12-04T17:33:01.538+01:00': [{'min': 13.37, 'max': 13.37}]}.
        series (list[MeasurementFragmentSeries] | Unset):  Example: [{'unit': 'm/s2', 'name': 'acceleration', 'type':
            'c8y_AccelerationMeasurement'}].
        truncated (bool | Unset):  Example: False.
    """

    values: Any | Unset = UNSET
    series: list[MeasurementFragmentSeries] | Unset = UNSET
    truncated: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        values = self.values

        series: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.series, Unset):
            series = []
            for series_item_data in self.series:
                series_item = series_item_data.to_dict()
                series.append(series_item)

        truncated = self.truncated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if values is not UNSET:
            field_dict["values"] = values
        if series is not UNSET:
            field_dict["series"] = series
        if truncated is not UNSET:
            field_dict["truncated"] = truncated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.measurement_fragment_series import MeasurementFragmentSeries  # noqa: PLC0415

        d = dict(src_dict)
        values = d.pop("values", UNSET)

        _series = d.pop("series", UNSET)
        series: list[MeasurementFragmentSeries] | Unset = UNSET
        if _series is not UNSET:
            series = []
            for series_item_data in _series:
                series_item = MeasurementFragmentSeries.from_dict(series_item_data)

                series.append(series_item)

        truncated = d.pop("truncated", UNSET)

        instance__ = cls(
            values=values,
            series=series,
            truncated=truncated,
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
