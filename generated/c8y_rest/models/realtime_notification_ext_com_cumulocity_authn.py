from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeNotificationExtComCumulocityAuthn")


@_attrs_define
class RealtimeNotificationExtComCumulocityAuthn:
    """
    Attributes:
        token (str | Unset):
        tfa (str | Unset):
        xsrf_token (str | Unset):
    """

    token: str | Unset = UNSET
    tfa: str | Unset = UNSET
    xsrf_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        tfa = self.tfa

        xsrf_token = self.xsrf_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if token is not UNSET:
            field_dict["token"] = token
        if tfa is not UNSET:
            field_dict["tfa"] = tfa
        if xsrf_token is not UNSET:
            field_dict["xsrfToken"] = xsrf_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        token = d.pop("token", UNSET)

        tfa = d.pop("tfa", UNSET)

        xsrf_token = d.pop("xsrfToken", UNSET)

        instance__ = cls(
            token=token,
            tfa=tfa,
            xsrf_token=xsrf_token,
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
