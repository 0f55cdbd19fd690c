from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.c8y_network_c8ydhcp_address_range import C8YNetworkC8YDHCPAddressRange


T = TypeVar("T", bound="C8YNetworkC8YDHCP")


@_attrs_define
class C8YNetworkC8YDHCP:
    """
    Attributes:
        dns1 (str | Unset):
        dns2 (str | Unset):
        domain_name (str | Unset):
        address_range (C8YNetworkC8YDHCPAddressRange | Unset):
        enabled (int | Unset):
    """

    dns1: str | Unset = UNSET
    dns2: str | Unset = UNSET
    domain_name: str | Unset = UNSET
    address_range: C8YNetworkC8YDHCPAddressRange | Unset = UNSET
    enabled: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dns1 = self.dns1

        dns2 = self.dns2

        domain_name = self.domain_name

        address_range: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address_range, Unset):
            address_range = self.address_range.to_dict()

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dns1 is not UNSET:
            field_dict["dns1"] = dns1
        if dns2 is not UNSET:
            field_dict["dns2"] = dns2
        if domain_name is not UNSET:
            field_dict["domainName"] = domain_name
        if address_range is not UNSET:
            field_dict["addressRange"] = address_range
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.c8y_network_c8ydhcp_address_range import C8YNetworkC8YDHCPAddressRange  # noqa: PLC0415

        d = dict(src_dict)
        dns1 = d.pop("dns1", UNSET)

        dns2 = d.pop("dns2", UNSET)

        domain_name = d.pop("domainName", UNSET)

        _address_range = d.pop("addressRange", UNSET)
        address_range: C8YNetworkC8YDHCPAddressRange | Unset
        if isinstance(_address_range, Unset):
            address_range = UNSET
        else:
            address_range = C8YNetworkC8YDHCPAddressRange.from_dict(_address_range)

        enabled = d.pop("enabled", UNSET)

        instance__ = cls(
            dns1=dns1,
            dns2=dns2,
            domain_name=domain_name,
            address_range=address_range,
            enabled=enabled,
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
