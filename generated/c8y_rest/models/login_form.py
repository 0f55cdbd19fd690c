from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.login_form_grant_type import LoginFormGrantType
from ..types import UNSET, Unset

T = TypeVar("T", bound="LoginForm")


@_attrs_define
class LoginForm:
    """
    Attributes:
        code (str | Unset):  Example: MIIFezCCA2OgAwIBAgIUNU2ZnXIdu9aq+O7x2emLTgXgQEowDQYJKoZIhvc.
        grant_type (LoginFormGrantType | Unset):  Example: PASSWORD.
        password (str | Unset):  Example: Str0ngPassw0rd!2.
        tfa_code (str | Unset):  Example: 123433.
        username (str | Unset):  Example: Admin.
    """

    code: str | Unset = UNSET
    grant_type: LoginFormGrantType | Unset = UNSET
    password: str | Unset = UNSET
    tfa_code: str | Unset = UNSET
    username: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        grant_type: str | Unset = UNSET
        if not isinstance(self.grant_type, Unset):
            grant_type = self.grant_type.value

        password = self.password

        tfa_code = self.tfa_code

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if grant_type is not UNSET:
            field_dict["grant_type"] = grant_type
        if password is not UNSET:
            field_dict["password"] = password
        if tfa_code is not UNSET:
            field_dict["tfa_code"] = tfa_code
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code", UNSET)

        _grant_type = d.pop("grant_type", UNSET)
        grant_type: LoginFormGrantType | Unset
        if isinstance(_grant_type, Unset):
            grant_type = UNSET
        else:
            grant_type = LoginFormGrantType(_grant_type)

        password = d.pop("password", UNSET)

        tfa_code = d.pop("tfa_code", UNSET)

        username = d.pop("username", UNSET)

        instance__ = cls(
            code=code,
            grant_type=grant_type,
            password=password,
            tfa_code=tfa_code,
            username=username,
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
