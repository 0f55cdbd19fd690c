from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_password_strength import UserPasswordStrength
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.application import Application
    from ..models.custom_properties import CustomProperties
    from ..models.device_permissions import DevicePermissions
    from ..models.user_groups import UserGroups
    from ..models.user_roles import UserRoles


T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """
    Example:
        {'self': 'https://<TENANT_DOMAIN>/user/{tenantId}/users/jdoe', 'id': 'jdoe', 'firstName': 'John', 'lastName':
            'Doe', 'userName': 'jdoe', 'phone': '+1-541-754-3010', 'displayName': 'John Doe', 'email':
            'johndoe@example.com', 'lastPasswordChange': '2020-06-09T09:48:40.008Z', 'passwordStrength': 'GREEN',
            'shouldResetPassword': False, 'twoFactorAuthenticationEnabled': False, 'customProperties': {}, 'enabled': True,
            'groups': {'self': 'https://<TENANT_DOMAIN>/user/{tenantId}/users/jdoe/groups', 'references': []},
            'applications': [], 'devicePermissions': {'647100': ['MANAGED_OBJECT:*:READ']}}

    Attributes:
        applications (list[Application] | Unset):
        custom_properties (CustomProperties | Unset):  Example: {'language': 'en', 'userOrigin': 'BASIC'}.
        display_name (str | Unset):
        email (str | Unset):
        enabled (bool | Unset):  Default: True.
        first_name (str | Unset):
        groups (UserGroups | Unset):
        id (str | Unset):
        last_name (str | Unset):
        last_password_change (datetime.datetime | Unset):
        newsletter (bool | Unset):
        owner (str | Unset):
        password (str | Unset):
        password_strength (UserPasswordStrength | Unset):
        phone (str | Unset):
        roles (UserRoles | Unset):
        self_ (str | Unset):
        send_password_reset_email (bool | Unset):
        should_reset_password (bool | Unset):
        two_factor_authentication_enabled (bool | Unset):  Default: False.
        user_name (str | Unset):
        device_permissions (DevicePermissions | Unset):  Example: {'647100': ['MANAGED_OBJECT:*:ADMIN']}.
        delegated_by (str | Unset):
    """

    applications: list[Application] | Unset = UNSET
    custom_properties: CustomProperties | Unset = UNSET
    display_name: str | Unset = UNSET
    email: str | Unset = UNSET
    enabled: bool | Unset = True
    first_name: str | Unset = UNSET
    groups: UserGroups | Unset = UNSET
    id: str | Unset = UNSET
    last_name: str | Unset = UNSET
    last_password_change: datetime.datetime | Unset = UNSET
    newsletter: bool | Unset = UNSET
    owner: str | Unset = UNSET
    password: str | Unset = UNSET
    password_strength: UserPasswordStrength | Unset = UNSET
    phone: str | Unset = UNSET
    roles: UserRoles | Unset = UNSET
    self_: str | Unset = UNSET
    send_password_reset_email: bool | Unset = UNSET
    should_reset_password: bool | Unset = UNSET
    two_factor_authentication_enabled: bool | Unset = False
    user_name: str | Unset = UNSET
    device_permissions: DevicePermissions | Unset = UNSET
    delegated_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        applications: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.applications, Unset):
            applications = []
            for applications_item_data in self.applications:
                applications_item = applications_item_data.to_dict()
                applications.append(applications_item)

        custom_properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_properties, Unset):
            custom_properties = self.custom_properties.to_dict()

        display_name = self.display_name

        email = self.email

        enabled = self.enabled

        first_name = self.first_name

        groups: dict[str, Any] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = self.groups.to_dict()

        id = self.id

        last_name = self.last_name

        last_password_change: str | Unset = UNSET
        if not isinstance(self.last_password_change, Unset):
            last_password_change = self.last_password_change.isoformat()

        newsletter = self.newsletter

        owner = self.owner

        password = self.password

        password_strength: str | Unset = UNSET
        if not isinstance(self.password_strength, Unset):
            password_strength = self.password_strength.value

        phone = self.phone

        roles: dict[str, Any] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = self.roles.to_dict()

        self_ = self.self_

        send_password_reset_email = self.send_password_reset_email

        should_reset_password = self.should_reset_password

        two_factor_authentication_enabled = self.two_factor_authentication_enabled

        user_name = self.user_name

        device_permissions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.device_permissions, Unset):
            device_permissions = self.device_permissions.to_dict()

        delegated_by = self.delegated_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if applications is not UNSET:
            field_dict["applications"] = applications
        if custom_properties is not UNSET:
            field_dict["customProperties"] = custom_properties
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if email is not UNSET:
            field_dict["email"] = email
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if groups is not UNSET:
            field_dict["groups"] = groups
        if id is not UNSET:
            field_dict["id"] = id
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if last_password_change is not UNSET:
            field_dict["lastPasswordChange"] = last_password_change
        if newsletter is not UNSET:
            field_dict["newsletter"] = newsletter
        if owner is not UNSET:
            field_dict["owner"] = owner
        if password is not UNSET:
            field_dict["password"] = password
        if password_strength is not UNSET:
            field_dict["passwordStrength"] = password_strength
        if phone is not UNSET:
            field_dict["phone"] = phone
        if roles is not UNSET:
            field_dict["roles"] = roles
        if self_ is not UNSET:
            field_dict["self"] = self_
        if send_password_reset_email is not UNSET:
            field_dict["sendPasswordResetEmail"] = send_password_reset_email
        if should_reset_password is not UNSET:
            field_dict["shouldResetPassword"] = should_reset_password
        if two_factor_authentication_enabled is not UNSET:
            field_dict["twoFactorAuthenticationEnabled"] = two_factor_authentication_enabled
        if user_name is not UNSET:
            field_dict["userName"] = user_name
        if device_permissions is not UNSET:
            field_dict["devicePermissions"] = device_permissions
        if delegated_by is not UNSET:
            field_dict["delegatedBy"] = delegated_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.application import Application  # noqa: PLC0415
        from ..models.custom_properties import CustomProperties  # noqa: PLC0415
        from ..models.device_permissions import DevicePermissions  # noqa: PLC0415
        from ..models.user_groups import UserGroups  # noqa: PLC0415
        from ..models.user_roles import UserRoles  # noqa: PLC0415

        d = dict(src_dict)
        _applications = d.pop("applications", UNSET)
        applications: list[Application] | Unset = UNSET
        if _applications is not UNSET:
            applications = []
            for applications_item_data in _applications:
                applications_item = Application.from_dict(applications_item_data)

                applications.append(applications_item)

        _custom_properties = d.pop("customProperties", UNSET)
        custom_properties: CustomProperties | Unset
        if isinstance(_custom_properties, Unset):
            custom_properties = UNSET
        else:
            custom_properties = CustomProperties.from_dict(_custom_properties)

        display_name = d.pop("displayName", UNSET)

        email = d.pop("email", UNSET)

        enabled = d.pop("enabled", UNSET)

        first_name = d.pop("firstName", UNSET)

        _groups = d.pop("groups", UNSET)
        groups: UserGroups | Unset
        if isinstance(_groups, Unset):
            groups = UNSET
        else:
            groups = UserGroups.from_dict(_groups)

        id = d.pop("id", UNSET)

        last_name = d.pop("lastName", UNSET)

        _last_password_change = d.pop("lastPasswordChange", UNSET)
        last_password_change: datetime.datetime | Unset
        if isinstance(_last_password_change, Unset):
            last_password_change = UNSET
        else:
            last_password_change = datetime.datetime.fromisoformat(_last_password_change)

        newsletter = d.pop("newsletter", UNSET)

        owner = d.pop("owner", UNSET)

        password = d.pop("password", UNSET)

        _password_strength = d.pop("passwordStrength", UNSET)
        password_strength: UserPasswordStrength | Unset
        if isinstance(_password_strength, Unset):
            password_strength = UNSET
        else:
            password_strength = UserPasswordStrength(_password_strength)

        phone = d.pop("phone", UNSET)

        _roles = d.pop("roles", UNSET)
        roles: UserRoles | Unset
        if isinstance(_roles, Unset):
            roles = UNSET
        else:
            roles = UserRoles.from_dict(_roles)

        self_ = d.pop("self", UNSET)

        send_password_reset_email = d.pop("sendPasswordResetEmail", UNSET)

        should_reset_password = d.pop("shouldResetPassword", UNSET)

        two_factor_authentication_enabled = d.pop("twoFactorAuthenticationEnabled", UNSET)

        user_name = d.pop("userName", UNSET)

        _device_permissions = d.pop("devicePermissions", UNSET)
        device_permissions: DevicePermissions | Unset
        if isinstance(_device_permissions, Unset):
            device_permissions = UNSET
        else:
            device_permissions = DevicePermissions.from_dict(_device_permissions)

        delegated_by = d.pop("delegatedBy", UNSET)

        instance__ = cls(
            applications=applications,
            custom_properties=custom_properties,
            display_name=display_name,
            email=email,
            enabled=enabled,
            first_name=first_name,
            groups=groups,
            id=id,
            last_name=last_name,
            last_password_change=last_password_change,
            newsletter=newsletter,
            owner=owner,
            password=password,
            password_strength=password_strength,
            phone=phone,
            roles=roles,
            self_=self_,
            send_password_reset_email=send_password_reset_email,
            should_reset_password=should_reset_password,
            two_factor_authentication_enabled=two_factor_authentication_enabled,
            user_name=user_name,
            device_permissions=device_permissions,
            delegated_by=delegated_by,
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
