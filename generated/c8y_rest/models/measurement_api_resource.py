from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.measurement_api_resource_measurements import MeasurementApiResourceMeasurements


T = TypeVar("T", bound="MeasurementApiResource")


@_attrs_define
class MeasurementApiResource:
    """
    Example:
        {'measurements': {'self': 'https://<TENANT_DOMAIN>/measurement/measurements', 'measurements': []},
            'measurementsForSource': 'https://<TENANT_DOMAIN>/measurement/measurements?source={source}',
            'measurementsForSourceAndType': 'https://<TENANT_DOMAIN>/measurement/measurements?source={source}&type={type}',
            'measurementsForType': 'https://<TENANT_DOMAIN>/measurement/measurements?type={type}',
            'measurementsForValueFragmentType':
            'https://<TENANT_DOMAIN>/measurement/measurements?valueFragmentType={valueFragmentType}', 'measurementsForDate':
            'https://<TENANT_DOMAIN>/measurement/measurements?dateFrom={dateFrom}&dateTo={dateTo}',
            'measurementsForSourceAndDate':
            'https://<TENANT_DOMAIN>/measurement/measurements?source={source}&dateFrom={dateFrom}&dateTo={dateTo}',
            'measurementsForDateAndFragmentType': 'https://<TENANT_DOMAIN>/measurement/measurements?dateFrom={dateFrom}&date
            To={dateTo}&fragmentType={fragmentType}', 'measurementsForSourceAndValueFragmentTypeAndValueFragmentSeries': 'ht
            tps://<TENANT_DOMAIN>/measurement/measurements?source={source}&valueFragmentType={valueFragmentType}&valueFragme
            ntSeries={valueFragmentSeries}&type={type}', 'self': 'https://<TENANT_DOMAIN>/measurement'}

    Attributes:
        measurements (MeasurementApiResourceMeasurements | Unset):
        measurements_for_source (str | Unset):
        measurements_for_source_and_type (str | Unset):
        measurements_for_type (str | Unset):
        measurements_for_value_fragment_type (str | Unset):
        measurements_for_date (str | Unset):
        measurements_for_source_and_date (str | Unset):
        measurements_for_date_and_fragment_type (str | Unset):
        measurements_for_source_and_value_fragment_type_and_value_fragment_series (str | Unset):
        self_ (str | Unset):
    """

    measurements: MeasurementApiResourceMeasurements | Unset = UNSET
    measurements_for_source: str | Unset = UNSET
    measurements_for_source_and_type: str | Unset = UNSET
    measurements_for_type: str | Unset = UNSET
    measurements_for_value_fragment_type: str | Unset = UNSET
    measurements_for_date: str | Unset = UNSET
    measurements_for_source_and_date: str | Unset = UNSET
    measurements_for_date_and_fragment_type: str | Unset = UNSET
    measurements_for_source_and_value_fragment_type_and_value_fragment_series: str | Unset = UNSET
    self_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        measurements: dict[str, Any] | Unset = UNSET
        if not isinstance(self.measurements, Unset):
            measurements = self.measurements.to_dict()

        measurements_for_source = self.measurements_for_source

        measurements_for_source_and_type = self.measurements_for_source_and_type

        measurements_for_type = self.measurements_for_type

        measurements_for_value_fragment_type = self.measurements_for_value_fragment_type

        measurements_for_date = self.measurements_for_date

        measurements_for_source_and_date = self.measurements_for_source_and_date

        measurements_for_date_and_fragment_type = self.measurements_for_date_and_fragment_type

        measurements_for_source_and_value_fragment_type_and_value_fragment_series = (
            self.measurements_for_source_and_value_fragment_type_and_value_fragment_series
        )

        self_ = self.self_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if measurements is not UNSET:
            field_dict["measurements"] = measurements
        if measurements_for_source is not UNSET:
            field_dict["measurementsForSource"] = measurements_for_source
        if measurements_for_source_and_type is not UNSET:
            field_dict["measurementsForSourceAndType"] = measurements_for_source_and_type
        if measurements_for_type is not UNSET:
            field_dict["measurementsForType"] = measurements_for_type
        if measurements_for_value_fragment_type is not UNSET:
            field_dict["measurementsForValueFragmentType"] = measurements_for_value_fragment_type
        if measurements_for_date is not UNSET:
            field_dict["measurementsForDate"] = measurements_for_date
        if measurements_for_source_and_date is not UNSET:
            field_dict["measurementsForSourceAndDate"] = measurements_for_source_and_date
        if measurements_for_date_and_fragment_type is not UNSET:
            field_dict["measurementsForDateAndFragmentType"] = measurements_for_date_and_fragment_type
        if measurements_for_source_and_value_fragment_type_and_value_fragment_series is not UNSET:
            field_dict["measurementsForSourceAndValueFragmentTypeAndValueFragmentSeries"] = (
                measurements_for_source_and_value_fragment_type_and_value_fragment_series
            )
        if self_ is not UNSET:
            field_dict["self"] = self_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.measurement_api_resource_measurements import MeasurementApiResourceMeasurements  # noqa: PLC0415

        d = dict(src_dict)
        _measurements = d.pop("measurements", UNSET)
        measurements: MeasurementApiResourceMeasurements | Unset
        if isinstance(_measurements, Unset):
            measurements = UNSET
        else:
            measurements = MeasurementApiResourceMeasurements.from_dict(_measurements)

        measurements_for_source = d.pop("measurementsForSource", UNSET)

        measurements_for_source_and_type = d.pop("measurementsForSourceAndType", UNSET)

        measurements_for_type = d.pop("measurementsForType", UNSET)

        measurements_for_value_fragment_type = d.pop("measurementsForValueFragmentType", UNSET)

        measurements_for_date = d.pop("measurementsForDate", UNSET)

        measurements_for_source_and_date = d.pop("measurementsForSourceAndDate", UNSET)

        measurements_for_date_and_fragment_type = d.pop("measurementsForDateAndFragmentType", UNSET)

        measurements_for_source_and_value_fragment_type_and_value_fragment_series = d.pop(
            "measurementsForSourceAndValueFragmentTypeAndValueFragmentSeries", UNSET
        )

        self_ = d.pop("self", UNSET)

        instance__ = cls(
            measurements=measurements,
            measurements_for_source=measurements_for_source,
            measurements_for_source_and_type=measurements_for_source_and_type,
            measurements_for_type=measurements_for_type,
            measurements_for_value_fragment_type=measurements_for_value_fragment_type,
            measurements_for_date=measurements_for_date,
            measurements_for_source_and_date=measurements_for_source_and_date,
            measurements_for_date_and_fragment_type=measurements_for_date_and_fragment_type,
            measurements_for_source_and_value_fragment_type_and_value_fragment_series=measurements_for_source_and_value_fragment_type_and_value_fragment_series,
            self_=self_,
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
