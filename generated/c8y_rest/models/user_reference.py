from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user import User


T = TypeVar("T", bound="UserReference")


@_attrs_define
class UserReference:
    """
    Example:
        {'self': 'https://<TENANT_DOMAIN>/user/{tenantId}/groups/{groupId}/users/jdoe', 'user': {'self':
            'https://<TENANT_DOMAIN>/user/{tenantId}/users/jdoe', 'firstName': 'John', 'lastName': 'Doe', 'userName':
            'jdoe', 'id': 'jdoe', 'displayName': 'John Doe', 'phone': '+1-541-754-3010', 'email': 'johndoe@example.com',
            'newsletter': True, 'lastPasswordChange': '2020-06-09T09:48:40.008Z', 'shouldResetPassword': False,
            'passwordStrength': 'GREEN', 'enabled': True}}

    Attributes:
        self_ (str | Unset):
        user (User | Unset):  Example: {'self': 'https://<TENANT_DOMAIN>/user/{tenantId}/users/jdoe', 'id': 'jdoe',
            'firstName': 'John', 'lastName': 'Doe', 'userName': 'jdoe', 'phone': '+1-541-754-3010', 'displayName': 'John
            Doe', 'email': 'johndoe@example.com', 'lastPasswordChange': '2020-06-09T09:48:40.008Z', 'passwordStrength':
            'GREEN', 'shouldResetPassword': False, 'twoFactorAuthenticationEnabled': False, 'customProperties': {},
            'enabled': True, 'groups': {'self': 'https://<TENANT_DOMAIN>/user/{tenantId}/users/jdoe/groups', 'references':
            []}, 'applications': [], 'devicePermissions': {'647100': ['MANAGED_OBJECT:*:READ']}}.
    """

    self_: str | Unset = UNSET
    user: User | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_ = self.self_

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if self_ is not UNSET:
            field_dict["self"] = self_
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user import User  # noqa: PLC0415

        d = dict(src_dict)
        self_ = d.pop("self", UNSET)

        _user = d.pop("user", UNSET)
        user: User | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = User.from_dict(_user)

        instance__ = cls(
            self_=self_,
            user=user,
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
