from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ManagedObjectUser")


@_attrs_define
class ManagedObjectUser:
    """
    Example:
        {'self': 'https://<TENANT_DOMAIN>/inventory/managedObjects/{id}/user', 'userName': 'manga', 'enabled': True}

    Attributes:
        enabled (bool | Unset):
        self_ (str | Unset):
        user_name (str | Unset):
    """

    enabled: bool | Unset = UNSET
    self_: str | Unset = UNSET
    user_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        self_ = self.self_

        user_name = self.user_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if self_ is not UNSET:
            field_dict["self"] = self_
        if user_name is not UNSET:
            field_dict["userName"] = user_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        self_ = d.pop("self", UNSET)

        user_name = d.pop("userName", UNSET)

        instance__ = cls(
            enabled=enabled,
            self_=self_,
            user_name=user_name,
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
