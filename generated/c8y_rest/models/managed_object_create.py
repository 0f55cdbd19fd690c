from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.external_id import ExternalId
    from ..models.managed_object_create_c8y_is_device import ManagedObjectCreateC8YIsDevice
    from ..models.managed_object_create_c8y_is_device_group import ManagedObjectCreateC8YIsDeviceGroup


T = TypeVar("T", bound="ManagedObjectCreate")


@_attrs_define
class ManagedObjectCreate:
    """
    Example:
        {'name': 'My tracking device', 'externalIds': [{'externalId': 'simulator_145074_1', 'type': 'c8y_Serial'}],
            'c8y_IsDevice': {}, 'c8y_DeviceTypes': ['deviceSubsetType'], 'c8y_SupportedOperations': ['c8y_Restart']}

    Attributes:
        name (str | Unset):
        type_ (str | Unset):
        external_ids (list[ExternalId] | Unset):
        c_8_y_is_device (ManagedObjectCreateC8YIsDevice | Unset):
        c_8_y_is_device_group (ManagedObjectCreateC8YIsDeviceGroup | Unset):
        c_8_y_device_types (list[str] | Unset):
        c_8_y_supported_operations (list[str] | Unset):
    """

    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    external_ids: list[ExternalId] | Unset = UNSET
    c_8_y_is_device: ManagedObjectCreateC8YIsDevice | Unset = UNSET
    c_8_y_is_device_group: ManagedObjectCreateC8YIsDeviceGroup | Unset = UNSET
    c_8_y_device_types: list[str] | Unset = UNSET
    c_8_y_supported_operations: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        external_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.external_ids, Unset):
            external_ids = []
            for external_ids_item_data in self.external_ids:
                external_ids_item = external_ids_item_data.to_dict()
                external_ids.append(external_ids_item)

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
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if external_ids is not UNSET:
            field_dict["externalIds"] = external_ids
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
        from ..models.external_id import ExternalId  # noqa: PLC0415
        from ..models.managed_object_create_c8y_is_device import ManagedObjectCreateC8YIsDevice  # noqa: PLC0415
        from ..models.managed_object_create_c8y_is_device_group import ManagedObjectCreateC8YIsDeviceGroup  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        type_ = d.pop("type", UNSET)

        _external_ids = d.pop("externalIds", UNSET)
        external_ids: list[ExternalId] | Unset = UNSET
        if _external_ids is not UNSET:
            external_ids = []
            for external_ids_item_data in _external_ids:
                external_ids_item = ExternalId.from_dict(external_ids_item_data)

                external_ids.append(external_ids_item)

        _c_8_y_is_device = d.pop("c8y_IsDevice", UNSET)
        c_8_y_is_device: ManagedObjectCreateC8YIsDevice | Unset
        if isinstance(_c_8_y_is_device, Unset):
            c_8_y_is_device = UNSET
        else:
            c_8_y_is_device = ManagedObjectCreateC8YIsDevice.from_dict(_c_8_y_is_device)

        _c_8_y_is_device_group = d.pop("c8y_IsDeviceGroup", UNSET)
        c_8_y_is_device_group: ManagedObjectCreateC8YIsDeviceGroup | Unset
        if isinstance(_c_8_y_is_device_group, Unset):
            c_8_y_is_device_group = UNSET
        else:
            c_8_y_is_device_group = ManagedObjectCreateC8YIsDeviceGroup.from_dict(_c_8_y_is_device_group)

        c_8_y_device_types = cast(list[str], d.pop("c8y_DeviceTypes", UNSET))

        c_8_y_supported_operations = cast(list[str], d.pop("c8y_SupportedOperations", UNSET))

        instance__ = cls(
            name=name,
            type_=type_,
            external_ids=external_ids,
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
