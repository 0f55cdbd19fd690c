from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.device_permissions import DevicePermissions
    from ..models.role import Role


T = TypeVar("T", bound="CurrentUser")


@_attrs_define
class CurrentUser:
    """
    Example:
        {'self': 'https://<TENANT_DOMAIN>/user/currentUser', 'id': 'jdoe', 'firstName': 'John', 'lastName': 'Doe',
            'userName': 'jdoe', 'phone': '+1-541-754-3010', 'email': 'johndoe@example.com', 'lastPasswordChange':
            '2020-06-09T09:48:40.008Z', 'shouldResetPassword': False, 'effectiveRoles': [{'id': 'ROLE_ALARM_ADMIN', 'name':
            'ROLE_ALARM_ADMIN', 'self': 'https://<TENANT_DOMAIN>/user/roles/ROLE_ALARM_ADMIN'}],
            'twoFactorAuthenticationEnabled': False, 'devicePermissions': {}}

    Attributes:
        effective_roles (list[Role] | Unset):
        email (str | Unset):
        first_name (str | Unset):
        id (str | Unset):  Example: 123.
        last_name (str | Unset):
        last_password_change (datetime.datetime | Unset):  Example: 2020-06-09T09:48:40.008Z.
        password (str | Unset):
        phone (str | Unset):
        self_ (str | Unset):
        should_reset_password (bool | Unset):
        two_factor_authentication_enabled (bool | Unset):  Default: False.
        user_name (str | Unset):
        device_permissions (DevicePermissions | Unset):  Example: {'647100': ['MANAGED_OBJECT:*:ADMIN']}.
    """

    effective_roles: list[Role] | Unset = UNSET
    email: str | Unset = UNSET
    first_name: str | Unset = UNSET
    id: str | Unset = UNSET
    last_name: str | Unset = UNSET
    last_password_change: datetime.datetime | Unset = UNSET
    password: str | Unset = UNSET
    phone: str | Unset = UNSET
    self_: str | Unset = UNSET
    should_reset_password: bool | Unset = UNSET
    two_factor_authentication_enabled: bool | Unset = False
    user_name: str | Unset = UNSET
    device_permissions: DevicePermissions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        effective_roles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.effective_roles, Unset):
            effective_roles = []
            for effective_roles_item_data in self.effective_roles:
                effective_roles_item = effective_roles_item_data.to_dict()
                effective_roles.append(effective_roles_item)

        email = self.email

        first_name = self.first_name

        id = self.id

        last_name = self.last_name

        last_password_change: str | Unset = UNSET
        if not isinstance(self.last_password_change, Unset):
            last_password_change = self.last_password_change.isoformat()

        password = self.password

        phone = self.phone

        self_ = self.self_

        should_reset_password = self.should_reset_password

        two_factor_authentication_enabled = self.two_factor_authentication_enabled

        user_name = self.user_name

        device_permissions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.device_permissions, Unset):
            device_permissions = self.device_permissions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if effective_roles is not UNSET:
            field_dict["effectiveRoles"] = effective_roles
        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if id is not UNSET:
            field_dict["id"] = id
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if last_password_change is not UNSET:
            field_dict["lastPasswordChange"] = last_password_change
        if password is not UNSET:
            field_dict["password"] = password
        if phone is not UNSET:
            field_dict["phone"] = phone
        if self_ is not UNSET:
            field_dict["self"] = self_
        if should_reset_password is not UNSET:
            field_dict["shouldResetPassword"] = should_reset_password
        if two_factor_authentication_enabled is not UNSET:
            field_dict["twoFactorAuthenticationEnabled"] = two_factor_authentication_enabled
        if user_name is not UNSET:
            field_dict["userName"] = user_name
        if device_permissions is not UNSET:
            field_dict["devicePermissions"] = device_permissions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.device_permissions import DevicePermissions  # noqa: PLC0415
        from ..models.role import Role  # noqa: PLC0415

        d = dict(src_dict)
        _effective_roles = d.pop("effectiveRoles", UNSET)
        effective_roles: list[Role] | Unset = UNSET
        if _effective_roles is not UNSET:
            effective_roles = []
            for effective_roles_item_data in _effective_roles:
                effective_roles_item = Role.from_dict(effective_roles_item_data)

                effective_roles.append(effective_roles_item)

        email = d.pop("email", UNSET)

        first_name = d.pop("firstName", UNSET)

        id = d.pop("id", UNSET)

        last_name = d.pop("lastName", UNSET)

        _last_password_change = d.pop("lastPasswordChange", UNSET)
        last_password_change: datetime.datetime | Unset
        if isinstance(_last_password_change, Unset):
            last_password_change = UNSET
        else:
            last_password_change = datetime.datetime.fromisoformat(_last_password_change)

        password = d.pop("password", UNSET)

        phone = d.pop("phone", UNSET)

        self_ = d.pop("self", UNSET)

        should_reset_password = d.pop("shouldResetPassword", UNSET)

        two_factor_authentication_enabled = d.pop("twoFactorAuthenticationEnabled", UNSET)

        user_name = d.pop("userName", UNSET)

        _device_permissions = d.pop("devicePermissions", UNSET)
        device_permissions: DevicePermissions | Unset
        if isinstance(_device_permissions, Unset):
            device_permissions = UNSET
        else:
            device_permissions = DevicePermissions.from_dict(_device_permissions)

        instance__ = cls(
            effective_roles=effective_roles,
            email=email,
            first_name=first_name,
            id=id,
            last_name=last_name,
            last_password_change=last_password_change,
            password=password,
            phone=phone,
            self_=self_,
            should_reset_password=should_reset_password,
            two_factor_authentication_enabled=two_factor_authentication_enabled,
            user_name=user_name,
            device_permissions=device_permissions,
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
