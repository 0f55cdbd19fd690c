from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="C8YActiveAlarmsStatus")


@_attrs_define
class C8YActiveAlarmsStatus:
    """
    Attributes:
        critical (int | Unset):  Example: 1.
        major (int | Unset):  Example: 1.
        minor (int | Unset):  Example: 1.
        warning (int | Unset):  Example: 1.
    """

    critical: int | Unset = UNSET
    major: int | Unset = UNSET
    minor: int | Unset = UNSET
    warning: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        critical = self.critical

        major = self.major

        minor = self.minor

        warning = self.warning

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if critical is not UNSET:
            field_dict["critical"] = critical
        if major is not UNSET:
            field_dict["major"] = major
        if minor is not UNSET:
            field_dict["minor"] = minor
        if warning is not UNSET:
            field_dict["warning"] = warning

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        critical = d.pop("critical", UNSET)

        major = d.pop("major", UNSET)

        minor = d.pop("minor", UNSET)

        warning = d.pop("warning", UNSET)

        instance__ = cls(
            critical=critical,
            major=major,
            minor=minor,
            warning=warning,
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
