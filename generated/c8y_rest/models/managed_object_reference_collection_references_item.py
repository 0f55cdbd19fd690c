from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.managed_object import ManagedObject


T = TypeVar("T", bound="ManagedObjectReferenceCollectionReferencesItem")


@_attrs_define
class ManagedObjectReferenceCollectionReferencesItem:
    """
    Attributes:
        managed_object (ManagedObject | Unset):  Example: {'creationTime': '2017-12-12T22:09:06.881+01:00', 'id':
            '51994', 'lastUpdated': '2018-07-19T12:01:50.731Z', 'name': 'My tracking device', 'owner': 'manga', 'self':
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
            {'self': 'https://<TENANT_DOMAIN>/inventory/managedObjects/51994/deviceParents', 'references': []}}.
    """

    managed_object: ManagedObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        managed_object: dict[str, Any] | Unset = UNSET
        if not isinstance(self.managed_object, Unset):
            managed_object = self.managed_object.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if managed_object is not UNSET:
            field_dict["managedObject"] = managed_object

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.managed_object import ManagedObject  # noqa: PLC0415

        d = dict(src_dict)
        _managed_object = d.pop("managedObject", UNSET)
        managed_object: ManagedObject | Unset
        if isinstance(_managed_object, Unset):
            managed_object = UNSET
        else:
            managed_object = ManagedObject.from_dict(_managed_object)

        instance__ = cls(
            managed_object=managed_object,
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
