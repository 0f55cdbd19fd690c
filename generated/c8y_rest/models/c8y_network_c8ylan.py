from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="C8YNetworkC8YLAN")


@_attrs_define
class C8YNetworkC8YLAN:
    """
    Attributes:
        netmask (str | Unset):
        ip (str | Unset):
        name (str | Unset):
        enabled (int | Unset):
        mac (str | Unset):
    """

    netmask: str | Unset = UNSET
    ip: str | Unset = UNSET
    name: str | Unset = UNSET
    enabled: int | Unset = UNSET
    mac: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        netmask = self.netmask

        ip = self.ip

        name = self.name

        enabled = self.enabled

        mac = self.mac

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if netmask is not UNSET:
            field_dict["netmask"] = netmask
        if ip is not UNSET:
            field_dict["ip"] = ip
        if name is not UNSET:
            field_dict["name"] = name
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if mac is not UNSET:
            field_dict["mac"] = mac

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        netmask = d.pop("netmask", UNSET)

        ip = d.pop("ip", UNSET)

        name = d.pop("name", UNSET)

        enabled = d.pop("enabled", UNSET)

        mac = d.pop("mac", UNSET)

        instance__ = cls(
            netmask=netmask,
            ip=ip,
            name=name,
            enabled=enabled,
            mac=mac,
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
