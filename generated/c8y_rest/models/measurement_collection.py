from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.measurement import Measurement
    from ..models.measurement_collection_statistics import MeasurementCollectionStatistics


T = TypeVar("T", bound="MeasurementCollection")


@_attrs_define
class MeasurementCollection:
    """
    Example:
        {'prev': 'https://<TENANT_DOMAIN>/measurement/measurements?pageSize=1&currentPage=1', 'self':
            'https://<TENANT_DOMAIN>/measurement/measurements?pageSize=1&currentPage=2', 'next':
            'https://<TENANT_DOMAIN>/measurement/measurements?pageSize=1&currentPage=3', 'measurements': [{'id': '20200301',
            'self': 'https://<TENANT_DOMAIN>/measurement/measurements/20200301', 'source': {'id': '251982', 'self':
            'https://<TENANT_DOMAIN>/inventory/managedObjects/251982'}, 'time': '2020-03-19T12:03:27.845Z', 'type':
            'c8y_TemperatureMeasurement', 'c8y_Steam': {'Temperature': {'unit': 'C', 'value': 100}}}], 'statistics':
            {'totalPages': 10, 'pageSize': 1, 'currentPage': 2}}

    Attributes:
        measurements (list[Measurement]):
        next_ (str | Unset):
        prev (str | Unset):
        self_ (str | Unset):
        statistics (MeasurementCollectionStatistics | Unset):
    """

    measurements: list[Measurement]
    next_: str | Unset = UNSET
    prev: str | Unset = UNSET
    self_: str | Unset = UNSET
    statistics: MeasurementCollectionStatistics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        measurements = []
        for measurements_item_data in self.measurements:
            measurements_item = measurements_item_data.to_dict()
            measurements.append(measurements_item)

        next_ = self.next_

        prev = self.prev

        self_ = self.self_

        statistics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.statistics, Unset):
            statistics = self.statistics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "measurements": measurements,
            }
        )
        if next_ is not UNSET:
            field_dict["next"] = next_
        if prev is not UNSET:
            field_dict["prev"] = prev
        if self_ is not UNSET:
            field_dict["self"] = self_
        if statistics is not UNSET:
            field_dict["statistics"] = statistics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.measurement import Measurement  # noqa: PLC0415
        from ..models.measurement_collection_statistics import MeasurementCollectionStatistics  # noqa: PLC0415

        d = dict(src_dict)
        measurements = []
        _measurements = d.pop("measurements")
        for measurements_item_data in _measurements:
            measurements_item = Measurement.from_dict(measurements_item_data)

            measurements.append(measurements_item)

        next_ = d.pop("next", UNSET)

        prev = d.pop("prev", UNSET)

        self_ = d.pop("self", UNSET)

        _statistics = d.pop("statistics", UNSET)
        statistics: MeasurementCollectionStatistics | Unset
        if isinstance(_statistics, Unset):
            statistics = UNSET
        else:
            statistics = MeasurementCollectionStatistics.from_dict(_statistics)

        instance__ = cls(
            measurements=measurements,
            next_=next_,
            prev=prev,
            self_=self_,
            statistics=statistics,
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
