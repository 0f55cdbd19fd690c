from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CurrentUserTotpSecret")


@_attrs_define
class CurrentUserTotpSecret:
    """
    Example:
        {'rawSecret': '5XLQP7HIKZBDH6ZZ', 'secretQrUrl': 'https://chart.googleapis.com/chart?chs=200x200&chld=M%7C0&cht=
            qr&chl=otpauth%3A%2F%2Ftotp%2Fcumulocity.default.svc.cluster.local%3Aadmin%3Fsecret%3D5XLQP7HIKZBDH6ZZ%26issuer%
            3Dcumulocity.default.svc.cluster.local'}

    Attributes:
        raw_secret (str | Unset):
        secret_qr_url (str | Unset):
    """

    raw_secret: str | Unset = UNSET
    secret_qr_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        raw_secret = self.raw_secret

        secret_qr_url = self.secret_qr_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if raw_secret is not UNSET:
            field_dict["rawSecret"] = raw_secret
        if secret_qr_url is not UNSET:
            field_dict["secretQrUrl"] = secret_qr_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        raw_secret = d.pop("rawSecret", UNSET)

        secret_qr_url = d.pop("secretQrUrl", UNSET)

        instance__ = cls(
            raw_secret=raw_secret,
            secret_qr_url=secret_qr_url,
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
