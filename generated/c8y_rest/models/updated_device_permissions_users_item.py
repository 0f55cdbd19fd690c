from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.device_permissions import DevicePermissions


T = TypeVar("T", bound="UpdatedDevicePermissionsUsersItem")


@_attrs_define
class UpdatedDevicePermissionsUsersItem:
    """
    Attributes:
        user_name (str | Unset):  Example: some-username.
        device_permissions (DevicePermissions | Unset):  Example: {'647100': ['MANAGED_OBJECT:*:ADMIN']}.
    """

    user_name: str | Unset = UNSET
    device_permissions: DevicePermissions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_name = self.user_name

        device_permissions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.device_permissions, Unset):
            device_permissions = self.device_permissions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_name is not UNSET:
            field_dict["userName"] = user_name
        if device_permissions is not UNSET:
            field_dict["devicePermissions"] = device_permissions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.device_permissions import DevicePermissions  # noqa: PLC0415

        d = dict(src_dict)
        user_name = d.pop("userName", UNSET)

        _device_permissions = d.pop("devicePermissions", UNSET)
        device_permissions: DevicePermissions | Unset
        if isinstance(_device_permissions, Unset):
            device_permissions = UNSET
        else:
            device_permissions = DevicePermissions.from_dict(_device_permissions)

        instance__ = cls(
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
