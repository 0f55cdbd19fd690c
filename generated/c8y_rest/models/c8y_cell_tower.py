from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="C8YCellTower")


@_attrs_define
class C8YCellTower:
    """
    Attributes:
        mobile_country_code (float):
        mobile_network_code (float):
        location_area_code (float):
        cell_id (float):
        radio_type (str | Unset):
        timing_advance (float | Unset):
        signal_strength (float | Unset):
        primary_scrambling_code (float | Unset):
        serving (float | Unset):
    """

    mobile_country_code: float
    mobile_network_code: float
    location_area_code: float
    cell_id: float
    radio_type: str | Unset = UNSET
    timing_advance: float | Unset = UNSET
    signal_strength: float | Unset = UNSET
    primary_scrambling_code: float | Unset = UNSET
    serving: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mobile_country_code = self.mobile_country_code

        mobile_network_code = self.mobile_network_code

        location_area_code = self.location_area_code

        cell_id = self.cell_id

        radio_type = self.radio_type

        timing_advance = self.timing_advance

        signal_strength = self.signal_strength

        primary_scrambling_code = self.primary_scrambling_code

        serving = self.serving

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mobileCountryCode": mobile_country_code,
                "mobileNetworkCode": mobile_network_code,
                "locationAreaCode": location_area_code,
                "cellId": cell_id,
            }
        )
        if radio_type is not UNSET:
            field_dict["radioType"] = radio_type
        if timing_advance is not UNSET:
            field_dict["timingAdvance"] = timing_advance
        if signal_strength is not UNSET:
            field_dict["signalStrength"] = signal_strength
        if primary_scrambling_code is not UNSET:
            field_dict["primaryScramblingCode"] = primary_scrambling_code
        if serving is not UNSET:
            field_dict["serving"] = serving

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mobile_country_code = d.pop("mobileCountryCode")

        mobile_network_code = d.pop("mobileNetworkCode")

        location_area_code = d.pop("locationAreaCode")

        cell_id = d.pop("cellId")

        radio_type = d.pop("radioType", UNSET)

        timing_advance = d.pop("timingAdvance", UNSET)

        signal_strength = d.pop("signalStrength", UNSET)

        primary_scrambling_code = d.pop("primaryScramblingCode", UNSET)

        serving = d.pop("serving", UNSET)

        instance__ = cls(
            mobile_country_code=mobile_country_code,
            mobile_network_code=mobile_network_code,
            location_area_code=location_area_code,
            cell_id=cell_id,
            radio_type=radio_type,
            timing_advance=timing_advance,
            signal_strength=signal_strength,
            primary_scrambling_code=primary_scrambling_code,
            serving=serving,
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
