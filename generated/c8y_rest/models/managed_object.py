from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.c8y_latest_measurements import C8YLatestMeasurements
    from ..models.c8y_previous_measurements import C8YPreviousMeasurements
    from ..models.managed_object_c8y_is_device import ManagedObjectC8YIsDevice
    from ..models.managed_object_c8y_is_device_group import ManagedObjectC8YIsDeviceGroup
    from ..models.object_addition_parents import ObjectAdditionParents
    from ..models.object_asset_parents import ObjectAssetParents
    from ..models.object_child_additions import ObjectChildAdditions
    from ..models.object_child_assets import ObjectChildAssets
    from ..models.object_child_devices import ObjectChildDevices
    from ..models.object_device_parents import ObjectDeviceParents


T = TypeVar("T", bound="ManagedObject")


@_attrs_define
class ManagedObject:
    """
    Example:
        {'creationTime': '2017-12-12T22:09:06.881+01:00', 'id': '51994', 'lastUpdated': '2018-07-19T12:01:50.731Z',
            'name': 'My tracking device', 'owner': 'manga', 'self':
            'https://<TENANT_DOMAIN>/inventory/managedObjects/51994', 'c8y_IsDevice': {}, 'c8y_DeviceTypes':
            ['deviceSubsetType'], 'c8y_SupportedOperations': ['c8y_Restart'], 'c8y_LatestMeasurements': {'c8y_Temperature':
            {'T': {'value': 10, 'unit': 'C', 'time': '2020-06-09T09:48:40.008Z'}}}, 'c8y_PreviousMeasurements':
            {'c8y_Temperature': {'T': {'value': 15, 'unit': 'C', 'time': '2020-06-09T08:48:40.008Z'}}}, 'childAdditions':
            {'self': 'https://<TENANT_DOMAIN>/inventory/managedObjects/51994/childAdditions', 'references': []},
            'childAssets': {'self': 'https://<TENANT_DOMAIN>/inventory/managedObjects/51994/childAssets', 'references': []},
            'childDevices': {'self': 'https://<TENANT_DOMAIN>/inventory/managedObjects/51994/childDevices', 'references':
            []}, 'additionParents': {'self': 'https://<TENANT_DOMAIN>/inventory/managedObjects/51994/additionParents',
            'references': []}, 'assetParents': {'self':
            'https://<TENANT_DOMAIN>/inventory/managedObjects/51994/assetParents', 'references': []}, 'deviceParents':
            {'self': 'https://<TENANT_DOMAIN>/inventory/managedObjects/51994/deviceParents', 'references': []}}

    Attributes:
        creation_time (datetime.datetime | Unset):
        id (str | Unset):
        last_updated (datetime.datetime | Unset):
        name (str | Unset):
        owner (str | Unset):
        self_ (str | Unset):
        type_ (str | Unset):
        child_additions (ObjectChildAdditions | Unset):
        child_assets (ObjectChildAssets | Unset):
        child_devices (ObjectChildDevices | Unset):
        addition_parents (ObjectAdditionParents | Unset):
        asset_parents (ObjectAssetParents | Unset):
        device_parents (ObjectDeviceParents | Unset):
        c_8_y_is_device (ManagedObjectC8YIsDevice | Unset):
        c_8_y_latest_measurements (C8YLatestMeasurements | Unset):  Example: {'c8y_Temperature': {'T': {'value': 10,
            'unit': 'C', 'time': '2020-06-09T09:48:40.008Z'}}}.
        c_8_y_previous_measurements (C8YPreviousMeasurements | Unset):  Example: {'c8y_Temperature': {'T': {'value': 15,
            'unit': 'C', 'time': '2020-06-09T08:48:40.008Z'}}}.
        c_8_y_is_device_group (ManagedObjectC8YIsDeviceGroup | Unset):
        c_8_y_device_types (list[str] | Unset):
        c_8_y_supported_operations (list[str] | Unset):
    """

    creation_time: datetime.datetime | Unset = UNSET
    id: str | Unset = UNSET
    last_updated: datetime.datetime | Unset = UNSET
    name: str | Unset = UNSET
    owner: str | Unset = UNSET
    self_: str | Unset = UNSET
    type_: str | Unset = UNSET
    child_additions: ObjectChildAdditions | Unset = UNSET
    child_assets: ObjectChildAssets | Unset = UNSET
    child_devices: ObjectChildDevices | Unset = UNSET
    addition_parents: ObjectAdditionParents | Unset = UNSET
    asset_parents: ObjectAssetParents | Unset = UNSET
    device_parents: ObjectDeviceParents | Unset = UNSET
    c_8_y_is_device: ManagedObjectC8YIsDevice | Unset = UNSET
    c_8_y_latest_measurements: C8YLatestMeasurements | Unset = UNSET
    c_8_y_previous_measurements: C8YPreviousMeasurements | Unset = UNSET
    c_8_y_is_device_group: ManagedObjectC8YIsDeviceGroup | Unset = UNSET
    c_8_y_device_types: list[str] | Unset = UNSET
    c_8_y_supported_operations: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        creation_time: str | Unset = UNSET
        if not isinstance(self.creation_time, Unset):
            creation_time = self.creation_time.isoformat()

        id = self.id

        last_updated: str | Unset = UNSET
        if not isinstance(self.last_updated, Unset):
            last_updated = self.last_updated.isoformat()

        name = self.name

        owner = self.owner

        self_ = self.self_

        type_ = self.type_

        child_additions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.child_additions, Unset):
            child_additions = self.child_additions.to_dict()

        child_assets: dict[str, Any] | Unset = UNSET
        if not isinstance(self.child_assets, Unset):
            child_assets = self.child_assets.to_dict()

        child_devices: dict[str, Any] | Unset = UNSET
        if not isinstance(self.child_devices, Unset):
            child_devices = self.child_devices.to_dict()

        addition_parents: dict[str, Any] | Unset = UNSET
        if not isinstance(self.addition_parents, Unset):
            addition_parents = self.addition_parents.to_dict()

        asset_parents: dict[str, Any] | Unset = UNSET
        if not isinstance(self.asset_parents, Unset):
            asset_parents = self.asset_parents.to_dict()

        device_parents: dict[str, Any] | Unset = UNSET
        if not isinstance(self.device_parents, Unset):
            device_parents = self.device_parents.to_dict()

        c_8_y_is_device: dict[str, Any] | Unset = UNSET
        if not isinstance(self.c_8_y_is_device, Unset):
            c_8_y_is_device = self.c_8_y_is_device.to_dict()

        c_8_y_latest_measurements: dict[str, Any] | Unset = UNSET
        if not isinstance(self.c_8_y_latest_measurements, Unset):
            c_8_y_latest_measurements = self.c_8_y_latest_measurements.to_dict()

        c_8_y_previous_measurements: dict[str, Any] | Unset = UNSET
        if not isinstance(self.c_8_y_previous_measurements, Unset):
            c_8_y_previous_measurements = self.c_8_y_previous_measurements.to_dict()

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
        if creation_time is not UNSET:
            field_dict["creationTime"] = creation_time
        if id is not UNSET:
            field_dict["id"] = id
        if last_updated is not UNSET:
            field_dict["lastUpdated"] = last_updated
        if name is not UNSET:
            field_dict["name"] = name
        if owner is not UNSET:
            field_dict["owner"] = owner
        if self_ is not UNSET:
            field_dict["self"] = self_
        if type_ is not UNSET:
            field_dict["type"] = type_
        if child_additions is not UNSET:
            field_dict["childAdditions"] = child_additions
        if child_assets is not UNSET:
            field_dict["childAssets"] = child_assets
        if child_devices is not UNSET:
            field_dict["childDevices"] = child_devices
        if addition_parents is not UNSET:
            field_dict["additionParents"] = addition_parents
        if asset_parents is not UNSET:
            field_dict["assetParents"] = asset_parents
        if device_parents is not UNSET:
            field_dict["deviceParents"] = device_parents
        if c_8_y_is_device is not UNSET:
            field_dict["c8y_IsDevice"] = c_8_y_is_device
        if c_8_y_latest_measurements is not UNSET:
            field_dict["c8y_LatestMeasurements"] = c_8_y_latest_measurements
        if c_8_y_previous_measurements is not UNSET:
            field_dict["c8y_PreviousMeasurements"] = c_8_y_previous_measurements
        if c_8_y_is_device_group is not UNSET:
            field_dict["c8y_IsDeviceGroup"] = c_8_y_is_device_group
        if c_8_y_device_types is not UNSET:
            field_dict["c8y_DeviceTypes"] = c_8_y_device_types
        if c_8_y_supported_operations is not UNSET:
            field_dict["c8y_SupportedOperations"] = c_8_y_supported_operations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.c8y_latest_measurements import C8YLatestMeasurements  # noqa: PLC0415
        from ..models.c8y_previous_measurements import C8YPreviousMeasurements  # noqa: PLC0415
        from ..models.managed_object_c8y_is_device import ManagedObjectC8YIsDevice  # noqa: PLC0415
        from ..models.managed_object_c8y_is_device_group import ManagedObjectC8YIsDeviceGroup  # noqa: PLC0415
        from ..models.object_addition_parents import ObjectAdditionParents  # noqa: PLC0415
        from ..models.object_asset_parents import ObjectAssetParents  # noqa: PLC0415
        from ..models.object_child_additions import ObjectChildAdditions  # noqa: PLC0415
        from ..models.object_child_assets import ObjectChildAssets  # noqa: PLC0415
        from ..models.object_child_devices import ObjectChildDevices  # noqa: PLC0415
        from ..models.object_device_parents import ObjectDeviceParents  # noqa: PLC0415

        d = dict(src_dict)
        _creation_time = d.pop("creationTime", UNSET)
        creation_time: datetime.datetime | Unset
        if isinstance(_creation_time, Unset):
            creation_time = UNSET
        else:
            creation_time = datetime.datetime.fromisoformat(_creation_time)

        id = d.pop("id", UNSET)

        _last_updated = d.pop("lastUpdated", UNSET)
        last_updated: datetime.datetime | Unset
        if isinstance(_last_updated, Unset):
            last_updated = UNSET
        else:
            last_updated = datetime.datetime.fromisoformat(_last_updated)

        name = d.pop("name", UNSET)

        owner = d.pop("owner", UNSET)

        self_ = d.pop("self", UNSET)

        type_ = d.pop("type", UNSET)

        _child_additions = d.pop("childAdditions", UNSET)
        child_additions: ObjectChildAdditions | Unset
        if isinstance(_child_additions, Unset):
            child_additions = UNSET
        else:
            child_additions = ObjectChildAdditions.from_dict(_child_additions)

        _child_assets = d.pop("childAssets", UNSET)
        child_assets: ObjectChildAssets | Unset
        if isinstance(_child_assets, Unset):
            child_assets = UNSET
        else:
            child_assets = ObjectChildAssets.from_dict(_child_assets)

        _child_devices = d.pop("childDevices", UNSET)
        child_devices: ObjectChildDevices | Unset
        if isinstance(_child_devices, Unset):
            child_devices = UNSET
        else:
            child_devices = ObjectChildDevices.from_dict(_child_devices)

        _addition_parents = d.pop("additionParents", UNSET)
        addition_parents: ObjectAdditionParents | Unset
        if isinstance(_addition_parents, Unset):
            addition_parents = UNSET
        else:
            addition_parents = ObjectAdditionParents.from_dict(_addition_parents)

        _asset_parents = d.pop("assetParents", UNSET)
        asset_parents: ObjectAssetParents | Unset
        if isinstance(_asset_parents, Unset):
            asset_parents = UNSET
        else:
            asset_parents = ObjectAssetParents.from_dict(_asset_parents)

        _device_parents = d.pop("deviceParents", UNSET)
        device_parents: ObjectDeviceParents | Unset
        if isinstance(_device_parents, Unset):
            device_parents = UNSET
        else:
            device_parents = ObjectDeviceParents.from_dict(_device_parents)

        _c_8_y_is_device = d.pop("c8y_IsDevice", UNSET)
        c_8_y_is_device: ManagedObjectC8YIsDevice | Unset
        if isinstance(_c_8_y_is_device, Unset):
            c_8_y_is_device = UNSET
        else:
            c_8_y_is_device = ManagedObjectC8YIsDevice.from_dict(_c_8_y_is_device)

        _c_8_y_latest_measurements = d.pop("c8y_LatestMeasurements", UNSET)
        c_8_y_latest_measurements: C8YLatestMeasurements | Unset
        if isinstance(_c_8_y_latest_measurements, Unset):
            c_8_y_latest_measurements = UNSET
        else:
            c_8_y_latest_measurements = C8YLatestMeasurements.from_dict(_c_8_y_latest_measurements)

        _c_8_y_previous_measurements = d.pop("c8y_PreviousMeasurements", UNSET)
        c_8_y_previous_measurements: C8YPreviousMeasurements | Unset
        if isinstance(_c_8_y_previous_measurements, Unset):
            c_8_y_previous_measurements = UNSET
        else:
            c_8_y_previous_measurements = C8YPreviousMeasurements.from_dict(_c_8_y_previous_measurements)

        _c_8_y_is_device_group = d.pop("c8y_IsDeviceGroup", UNSET)
        c_8_y_is_device_group: ManagedObjectC8YIsDeviceGroup | Unset
        if isinstance(_c_8_y_is_device_group, Unset):
            c_8_y_is_device_group = UNSET
        else:
            c_8_y_is_device_group = ManagedObjectC8YIsDeviceGroup.from_dict(_c_8_y_is_device_group)

        c_8_y_device_types = cast(list[str], d.pop("c8y_DeviceTypes", UNSET))

        c_8_y_supported_operations = cast(list[str], d.pop("c8y_SupportedOperations", UNSET))

        instance__ = cls(
            creation_time=creation_time,
            id=id,
            last_updated=last_updated,
            name=name,
            owner=owner,
            self_=self_,
            type_=type_,
            child_additions=child_additions,
            child_assets=child_assets,
            child_devices=child_devices,
            addition_parents=addition_parents,
            asset_parents=asset_parents,
            device_parents=device_parents,
            c_8_y_is_device=c_8_y_is_device,
            c_8_y_latest_measurements=c_8_y_latest_measurements,
            c_8_y_previous_measurements=c_8_y_previous_measurements,
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
