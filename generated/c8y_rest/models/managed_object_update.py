from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.managed_object_update_c8y_is_device import ManagedObjectUpdateC8YIsDevice
    from ..models.managed_object_update_c8y_is_device_group import ManagedObjectUpdateC8YIsDeviceGroup


T = TypeVar("T", bound="ManagedObjectUpdate")


@_attrs_define
class ManagedObjectUpdate:
    """
    Example:
        {'id': '51994', 'name': 'My tracking device', 'c8y_IsDevice': {}, 'c8y_DeviceTypes': ['deviceSubsetType'],
            'c8y_SupportedOperations': ['c8y_Restart']}

    Attributes:
        id (str):
        name (str | Unset):
        type_ (str | Unset):
        c_8_y_is_device (ManagedObjectUpdateC8YIsDevice | Unset):
        c_8_y_is_device_group (ManagedObjectUpdateC8YIsDeviceGroup | Unset):
        c_8_y_device_types (list[str] | Unset):
        c_8_y_supported_operations (list[str] | Unset):
    """

    id: str
    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    c_8_y_is_device: ManagedObjectUpdateC8YIsDevice | Unset = UNSET
    c_8_y_is_device_group: ManagedObjectUpdateC8YIsDeviceGroup | Unset = UNSET
    c_8_y_device_types: list[str] | Unset = UNSET
    c_8_y_supported_operations: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        c_8_y_is_device: dict[str, Any] | Unset = UNSET
        if not isinstance(self.c_8_y_is_device, Unset):
            c_8_y_is_device = self.c_8_y_is_device.to_dict()

        c_8_y_is_device_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.c_8_y_is_device_group, Unset):
            c_8_y_is_device_group = self.c_8_y_is_device_group.to_dict()

        c_8_y_device_types: list[str] | Unset = UNSET
        if not isinstance(self.c_8_y_device_types, Unset):
            c_8_y_device_types = self.c_8_y_device_types

        c_8_y_supported_operations: list[str] | Unset = UNSET
        if not isinstance(self.c_8_y_supported_operations, Unset):
            c_8_y_supported_operations = self.c_8_y_supported_operations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if c_8_y_is_device is not UNSET:
            field_dict["c8y_IsDevice"] = c_8_y_is_device
        if c_8_y_is_device_group is not UNSET:
            field_dict["c8y_IsDeviceGroup"] = c_8_y_is_device_group
        if c_8_y_device_types is not UNSET:
            field_dict["c8y_DeviceTypes"] = c_8_y_device_types
        if c_8_y_supported_operations is not UNSET:
            field_dict["c8y_SupportedOperations"] = c_8_y_supported_operations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.managed_object_update_c8y_is_device import ManagedObjectUpdateC8YIsDevice  # noqa: PLC0415
        from ..models.managed_object_update_c8y_is_device_group import ManagedObjectUpdateC8YIsDeviceGroup  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        type_ = d.pop("type", UNSET)

        _c_8_y_is_device = d.pop("c8y_IsDevice", UNSET)
        c_8_y_is_device: ManagedObjectUpdateC8YIsDevice | Unset
        if isinstance(_c_8_y_is_device, Unset):
            c_8_y_is_device = UNSET
        else:
            c_8_y_is_device = ManagedObjectUpdateC8YIsDevice.from_dict(_c_8_y_is_device)

        _c_8_y_is_device_group = d.pop("c8y_IsDeviceGroup", UNSET)
        c_8_y_is_device_group: ManagedObjectUpdateC8YIsDeviceGroup | Unset
        if isinstance(_c_8_y_is_device_group, Unset):
            c_8_y_is_device_group = UNSET
        else:
            c_8_y_is_device_group = ManagedObjectUpdateC8YIsDeviceGroup.from_dict(_c_8_y_is_device_group)

        c_8_y_device_types = cast(list[str], d.pop("c8y_DeviceTypes", UNSET))

        c_8_y_supported_operations = cast(list[str], d.pop("c8y_SupportedOperations", UNSET))

        instance__ = cls(
            id=id,
            name=name,
            type_=type_,
            c_8_y_is_device=c_8_y_is_device,
            c_8_y_is_device_group=c_8_y_is_device_group,
            c_8_y_device_types=c_8_y_device_types,
            c_8_y_supported_operations=c_8_y_supported_operations,
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
