from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserApiResource")


@_attrs_define
class UserApiResource:
    """
    Example:
        {'self': 'https://<TENANT_DOMAIN>/user', 'users': 'https://<TENANT_DOMAIN>/user/{tenantId}/users', 'userByName':
            'https://<TENANT_DOMAIN>/user/{tenantId}/userByName/{username}', 'currentUser':
            'https://<TENANT_DOMAIN>/user/currentUser', 'groups': 'https://<TENANT_DOMAIN>/user/{tenantId}/groups',
            'groupByName': 'https://<TENANT_DOMAIN>/user/{tenantId}/groupByName/{groupName}', 'roles':
            'https://<TENANT_DOMAIN>/user/roles'}

    Attributes:
        self_ (str | Unset):
        users (str | Unset):
        user_by_name (str | Unset):
        current_user (str | Unset):
        groups (str | Unset):
        group_by_name (str | Unset):
        roles (str | Unset):
    """

    self_: str | Unset = UNSET
    users: str | Unset = UNSET
    user_by_name: str | Unset = UNSET
    current_user: str | Unset = UNSET
    groups: str | Unset = UNSET
    group_by_name: str | Unset = UNSET
    roles: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_ = self.self_

        users = self.users

        user_by_name = self.user_by_name

        current_user = self.current_user

        groups = self.groups

        group_by_name = self.group_by_name

        roles = self.roles

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if self_ is not UNSET:
            field_dict["self"] = self_
        if users is not UNSET:
            field_dict["users"] = users
        if user_by_name is not UNSET:
            field_dict["userByName"] = user_by_name
        if current_user is not UNSET:
            field_dict["currentUser"] = current_user
        if groups is not UNSET:
            field_dict["groups"] = groups
        if group_by_name is not UNSET:
            field_dict["groupByName"] = group_by_name
        if roles is not UNSET:
            field_dict["roles"] = roles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        self_ = d.pop("self", UNSET)

        users = d.pop("users", UNSET)

        user_by_name = d.pop("userByName", UNSET)

        current_user = d.pop("currentUser", UNSET)

        groups = d.pop("groups", UNSET)

        group_by_name = d.pop("groupByName", UNSET)

        roles = d.pop("roles", UNSET)

        instance__ = cls(
            self_=self_,
            users=users,
            user_by_name=user_by_name,
            current_user=current_user,
            groups=groups,
            group_by_name=group_by_name,
            roles=roles,
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
