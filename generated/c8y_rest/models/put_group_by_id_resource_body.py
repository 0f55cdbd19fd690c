from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.application import Application
    from ..models.custom_properties import CustomProperties
    from ..models.device_permissions import DevicePermissions
    from ..models.group_roles import GroupRoles
    from ..models.group_users import GroupUsers


T = TypeVar("T", bound="PutGroupByIdResourceBody")


@_attrs_define
class PutGroupByIdResourceBody:
    """
    Attributes:
        name (str):
        applications (list[Application] | Unset):
        custom_properties (CustomProperties | Unset):  Example: {'language': 'en', 'userOrigin': 'BASIC'}.
        description (str | Unset):
        device_permissions (DevicePermissions | Unset):  Example: {'647100': ['MANAGED_OBJECT:*:ADMIN']}.
        id (int | Unset):
        roles (GroupRoles | Unset):
        self_ (str | Unset):
        users (GroupUsers | Unset):
    """

    name: str
    applications: list[Application] | Unset = UNSET
    custom_properties: CustomProperties | Unset = UNSET
    description: str | Unset = UNSET
    device_permissions: DevicePermissions | Unset = UNSET
    id: int | Unset = UNSET
    roles: GroupRoles | Unset = UNSET
    self_: str | Unset = UNSET
    users: GroupUsers | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        applications: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.applications, Unset):
            applications = []
            for applications_item_data in self.applications:
                applications_item = applications_item_data.to_dict()
                applications.append(applications_item)

        custom_properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_properties, Unset):
            custom_properties = self.custom_properties.to_dict()

        description = self.description

        device_permissions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.device_permissions, Unset):
            device_permissions = self.device_permissions.to_dict()

        id = self.id

        roles: dict[str, Any] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = self.roles.to_dict()

        self_ = self.self_

        users: dict[str, Any] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = self.users.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if applications is not UNSET:
            field_dict["applications"] = applications
        if custom_properties is not UNSET:
            field_dict["customProperties"] = custom_properties
        if description is not UNSET:
            field_dict["description"] = description
        if device_permissions is not UNSET:
            field_dict["devicePermissions"] = device_permissions
        if id is not UNSET:
            field_dict["id"] = id
        if roles is not UNSET:
            field_dict["roles"] = roles
        if self_ is not UNSET:
            field_dict["self"] = self_
        if users is not UNSET:
            field_dict["users"] = users

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.application import Application  # noqa: PLC0415
        from ..models.custom_properties import CustomProperties  # noqa: PLC0415
        from ..models.device_permissions import DevicePermissions  # noqa: PLC0415
        from ..models.group_roles import GroupRoles  # noqa: PLC0415
        from ..models.group_users import GroupUsers  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

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

        description = d.pop("description", UNSET)

        _device_permissions = d.pop("devicePermissions", UNSET)
        device_permissions: DevicePermissions | Unset
        if isinstance(_device_permissions, Unset):
            device_permissions = UNSET
        else:
            device_permissions = DevicePermissions.from_dict(_device_permissions)

        id = d.pop("id", UNSET)

        _roles = d.pop("roles", UNSET)
        roles: GroupRoles | Unset
        if isinstance(_roles, Unset):
            roles = UNSET
        else:
            roles = GroupRoles.from_dict(_roles)

        self_ = d.pop("self", UNSET)

        _users = d.pop("users", UNSET)
        users: GroupUsers | Unset
        if isinstance(_users, Unset):
            users = UNSET
        else:
            users = GroupUsers.from_dict(_users)

        instance__ = cls(
            name=name,
            applications=applications,
            custom_properties=custom_properties,
            description=description,
            device_permissions=device_permissions,
            id=id,
            roles=roles,
            self_=self_,
            users=users,
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
