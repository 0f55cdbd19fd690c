from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="C8YNetworkC8YWAN")


@_attrs_define
class C8YNetworkC8YWAN:
    """
    Attributes:
        password (str | Unset):
        sim_status (str | Unset):
        auth_type (str | Unset):
        apn (str | Unset):
        username (str | Unset):
    """

    password: str | Unset = UNSET
    sim_status: str | Unset = UNSET
    auth_type: str | Unset = UNSET
    apn: str | Unset = UNSET
    username: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        password = self.password

        sim_status = self.sim_status

        auth_type = self.auth_type

        apn = self.apn

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if password is not UNSET:
            field_dict["password"] = password
        if sim_status is not UNSET:
            field_dict["simStatus"] = sim_status
        if auth_type is not UNSET:
            field_dict["authType"] = auth_type
        if apn is not UNSET:
            field_dict["apn"] = apn
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        password = d.pop("password", UNSET)

        sim_status = d.pop("simStatus", UNSET)

        auth_type = d.pop("authType", UNSET)

        apn = d.pop("apn", UNSET)

        username = d.pop("username", UNSET)

        instance__ = cls(
            password=password,
            sim_status=sim_status,
            auth_type=auth_type,
            apn=apn,
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
