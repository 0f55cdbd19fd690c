from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="C8YPosition")


@_attrs_define
class C8YPosition:
    """
    Example:
        {'alt': 67, 'lng': 6.15173, 'lat': 51.211977, 'trackingProtocol': 'TELIC', 'reportReason': 'Time Event'}

    Attributes:
        alt (float | Unset):
        lng (float | Unset):
        lat (float | Unset):
        tracking_protocol (str | Unset):
        report_reason (str | Unset):
    """

    alt: float | Unset = UNSET
    lng: float | Unset = UNSET
    lat: float | Unset = UNSET
    tracking_protocol: str | Unset = UNSET
    report_reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alt = self.alt

        lng = self.lng

        lat = self.lat

        tracking_protocol = self.tracking_protocol

        report_reason = self.report_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alt is not UNSET:
            field_dict["alt"] = alt
        if lng is not UNSET:
            field_dict["lng"] = lng
        if lat is not UNSET:
            field_dict["lat"] = lat
        if tracking_protocol is not UNSET:
            field_dict["trackingProtocol"] = tracking_protocol
        if report_reason is not UNSET:
            field_dict["reportReason"] = report_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        alt = d.pop("alt", UNSET)

        lng = d.pop("lng", UNSET)

        lat = d.pop("lat", UNSET)

        tracking_protocol = d.pop("trackingProtocol", UNSET)

        report_reason = d.pop("reportReason", UNSET)

        instance__ = cls(
            alt=alt,
            lng=lng,
            lat=lat,
            tracking_protocol=tracking_protocol,
            report_reason=report_reason,
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
