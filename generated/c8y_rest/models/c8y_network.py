from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.c8y_network_c8ydhcp import C8YNetworkC8YDHCP
    from ..models.c8y_network_c8ylan import C8YNetworkC8YLAN
    from ..models.c8y_network_c8ywan import C8YNetworkC8YWAN


T = TypeVar("T", bound="C8YNetwork")


@_attrs_define
class C8YNetwork:
    """
    Attributes:
        c_8_y_lan (C8YNetworkC8YLAN | Unset):
        c_8_y_wan (C8YNetworkC8YWAN | Unset):
        c_8_y_dhcp (C8YNetworkC8YDHCP | Unset):
    """

    c_8_y_lan: C8YNetworkC8YLAN | Unset = UNSET
    c_8_y_wan: C8YNetworkC8YWAN | Unset = UNSET
    c_8_y_dhcp: C8YNetworkC8YDHCP | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        c_8_y_lan: dict[str, Any] | Unset = UNSET
        if not isinstance(self.c_8_y_lan, Unset):
            c_8_y_lan = self.c_8_y_lan.to_dict()

        c_8_y_wan: dict[str, Any] | Unset = UNSET
        if not isinstance(self.c_8_y_wan, Unset):
            c_8_y_wan = self.c_8_y_wan.to_dict()

        c_8_y_dhcp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.c_8_y_dhcp, Unset):
            c_8_y_dhcp = self.c_8_y_dhcp.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if c_8_y_lan is not UNSET:
            field_dict["c8y_LAN"] = c_8_y_lan
        if c_8_y_wan is not UNSET:
            field_dict["c8y_WAN"] = c_8_y_wan
        if c_8_y_dhcp is not UNSET:
            field_dict["c8y_DHCP"] = c_8_y_dhcp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.c8y_network_c8ydhcp import C8YNetworkC8YDHCP  # noqa: PLC0415
        from ..models.c8y_network_c8ylan import C8YNetworkC8YLAN  # noqa: PLC0415
        from ..models.c8y_network_c8ywan import C8YNetworkC8YWAN  # noqa: PLC0415

        d = dict(src_dict)
        _c_8_y_lan = d.pop("c8y_LAN", UNSET)
        c_8_y_lan: C8YNetworkC8YLAN | Unset
        if isinstance(_c_8_y_lan, Unset):
            c_8_y_lan = UNSET
        else:
            c_8_y_lan = C8YNetworkC8YLAN.from_dict(_c_8_y_lan)

        _c_8_y_wan = d.pop("c8y_WAN", UNSET)
        c_8_y_wan: C8YNetworkC8YWAN | Unset
        if isinstance(_c_8_y_wan, Unset):
            c_8_y_wan = UNSET
        else:
            c_8_y_wan = C8YNetworkC8YWAN.from_dict(_c_8_y_wan)

        _c_8_y_dhcp = d.pop("c8y_DHCP", UNSET)
        c_8_y_dhcp: C8YNetworkC8YDHCP | Unset
        if isinstance(_c_8_y_dhcp, Unset):
            c_8_y_dhcp = UNSET
        else:
            c_8_y_dhcp = C8YNetworkC8YDHCP.from_dict(_c_8_y_dhcp)

        instance__ = cls(
            c_8_y_lan=c_8_y_lan,
            c_8_y_wan=c_8_y_wan,
            c_8_y_dhcp=c_8_y_dhcp,
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
