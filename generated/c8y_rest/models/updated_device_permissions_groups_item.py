from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.device_permissions import DevicePermissions


T = TypeVar("T", bound="UpdatedDevicePermissionsGroupsItem")


@_attrs_define
class UpdatedDevicePermissionsGroupsItem:
    """
    Attributes:
        id (str | Unset):  Example: 1.
        device_permissions (DevicePermissions | Unset):  Example: {'647100': ['MANAGED_OBJECT:*:ADMIN']}.
    """

    id: str | Unset = UNSET
    device_permissions: DevicePermissions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        device_permissions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.device_permissions, Unset):
            device_permissions = self.device_permissions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if device_permissions is not UNSET:
            field_dict["devicePermissions"] = device_permissions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.device_permissions import DevicePermissions  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _device_permissions = d.pop("devicePermissions", UNSET)
        device_permissions: DevicePermissions | Unset
        if isinstance(_device_permissions, Unset):
            device_permissions = UNSET
        else:
            device_permissions = DevicePermissions.from_dict(_device_permissions)

        instance__ = cls(
            id=id,
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
