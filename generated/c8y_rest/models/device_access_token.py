from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.device_access_token_info import DeviceAccessTokenInfo


T = TypeVar("T", bound="DeviceAccessToken")


@_attrs_define
class DeviceAccessToken:
    """
    Attributes:
        access_token (str | Unset):  Example:
            eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJqdGkiOiJhZGY0ODI3Yi00ZjZjLTRiMTktYTJmYy0x...S-04HPk3G5OezjCP8oQUAIG87wd-
            fHyJ2oKSuetWFWpUSBPzJzl_73_3yauIlplHorlSoQ.
        id_token (str | Unset):
        expires_in (int | Unset):
        refresh_token (str | Unset):
        info (DeviceAccessTokenInfo | Unset):
    """

    access_token: str | Unset = UNSET
    id_token: str | Unset = UNSET
    expires_in: int | Unset = UNSET
    refresh_token: str | Unset = UNSET
    info: DeviceAccessTokenInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        id_token = self.id_token

        expires_in = self.expires_in

        refresh_token = self.refresh_token

        info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.info, Unset):
            info = self.info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_token is not UNSET:
            field_dict["accessToken"] = access_token
        if id_token is not UNSET:
            field_dict["idToken"] = id_token
        if expires_in is not UNSET:
            field_dict["expiresIn"] = expires_in
        if refresh_token is not UNSET:
            field_dict["refreshToken"] = refresh_token
        if info is not UNSET:
            field_dict["info"] = info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.device_access_token_info import DeviceAccessTokenInfo  # noqa: PLC0415

        d = dict(src_dict)
        access_token = d.pop("accessToken", UNSET)

        id_token = d.pop("idToken", UNSET)

        expires_in = d.pop("expiresIn", UNSET)

        refresh_token = d.pop("refreshToken", UNSET)

        _info = d.pop("info", UNSET)
        info: DeviceAccessTokenInfo | Unset
        if isinstance(_info, Unset):
            info = UNSET
        else:
            info = DeviceAccessTokenInfo.from_dict(_info)

        instance__ = cls(
            access_token=access_token,
            id_token=id_token,
            expires_in=expires_in,
            refresh_token=refresh_token,
            info=info,
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
