from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.measurement import Measurement


T = TypeVar("T", bound="MeasurementApiResourceMeasurements")


@_attrs_define
class MeasurementApiResourceMeasurements:
    """
    Attributes:
        measurements (list[Measurement] | None | Unset):
        self_ (str | Unset):
    """

    measurements: list[Measurement] | None | Unset = UNSET
    self_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        measurements: list[dict[str, Any]] | None | Unset
        if isinstance(self.measurements, Unset):
            measurements = UNSET
        elif isinstance(self.measurements, list):
            measurements = []
            for measurements_type_0_item_data in self.measurements:
                measurements_type_0_item = measurements_type_0_item_data.to_dict()
                measurements.append(measurements_type_0_item)

        else:
            measurements = self.measurements

        self_ = self.self_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if measurements is not UNSET:
            field_dict["measurements"] = measurements
        if self_ is not UNSET:
            field_dict["self"] = self_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.measurement import Measurement  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_measurements(data: object) -> list[Measurement] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                measurements_type_0 = []
                _measurements_type_0 = data
                for measurements_type_0_item_data in _measurements_type_0:
                    measurements_type_0_item = Measurement.from_dict(measurements_type_0_item_data)

                    measurements_type_0.append(measurements_type_0_item)

                return measurements_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Measurement] | None | Unset, data)

        measurements = _parse_measurements(d.pop("measurements", UNSET))

        self_ = d.pop("self", UNSET)

        instance__ = cls(
            measurements=measurements,
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
