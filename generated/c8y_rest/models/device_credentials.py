from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeviceCredentials")


@_attrs_define
class DeviceCredentials:
    """
    Example:
        {'id': '129129', 'self': 'https://<TENANT_DOMAIN>/devicecontrol/deviceCredentials/129129', 'tenantId':
            't07007007', 'username': 'device_129129', 'password': '5ecur3_p455w0rd'}

    Attributes:
        id (str | Unset):
        password (str | Unset):
        self_ (str | Unset):
        tenant_id (str | Unset):
        username (str | Unset):
        security_token (str | Unset):
    """

    id: str | Unset = UNSET
    password: str | Unset = UNSET
    self_: str | Unset = UNSET
    tenant_id: str | Unset = UNSET
    username: str | Unset = UNSET
    security_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        password = self.password

        self_ = self.self_

        tenant_id = self.tenant_id

        username = self.username

        security_token = self.security_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if password is not UNSET:
            field_dict["password"] = password
        if self_ is not UNSET:
            field_dict["self"] = self_
        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id
        if username is not UNSET:
            field_dict["username"] = username
        if security_token is not UNSET:
            field_dict["securityToken"] = security_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        password = d.pop("password", UNSET)

        self_ = d.pop("self", UNSET)

        tenant_id = d.pop("tenantId", UNSET)

        username = d.pop("username", UNSET)

        security_token = d.pop("securityToken", UNSET)

        instance__ = cls(
            id=id,
            password=password,
            self_=self_,
            tenant_id=tenant_id,
            username=username,
            security_token=security_token,
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
