from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bulk_new_device_request_failed_creation_list_item_new_device_status import (
    BulkNewDeviceRequestFailedCreationListItemNewDeviceStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkNewDeviceRequestFailedCreationListItem")


@_attrs_define
class BulkNewDeviceRequestFailedCreationListItem:
    """
    Attributes:
        bulk_new_device_status (BulkNewDeviceRequestFailedCreationListItemNewDeviceStatus | Unset):  Example: FAILED.
        device_id (str | Unset):  Example: id5.
        failure_reason (str | Unset):  Example: Could not update the device.
        line (str | Unset):  Example: DeviceInfo{id='id5', credentials='credentials3', tenant='t00000003'}.
    """

    bulk_new_device_status: BulkNewDeviceRequestFailedCreationListItemNewDeviceStatus | Unset = UNSET
    device_id: str | Unset = UNSET
    failure_reason: str | Unset = UNSET
    line: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bulk_new_device_status: str | Unset = UNSET
        if not isinstance(self.bulk_new_device_status, Unset):
            bulk_new_device_status = self.bulk_new_device_status.value

        device_id = self.device_id

        failure_reason = self.failure_reason

        line = self.line

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bulk_new_device_status is not UNSET:
            field_dict["bulkNewDeviceStatus"] = bulk_new_device_status
        if device_id is not UNSET:
            field_dict["deviceId"] = device_id
        if failure_reason is not UNSET:
            field_dict["failureReason"] = failure_reason
        if line is not UNSET:
            field_dict["line"] = line

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _bulk_new_device_status = d.pop("bulkNewDeviceStatus", UNSET)
        bulk_new_device_status: BulkNewDeviceRequestFailedCreationListItemNewDeviceStatus | Unset
        if isinstance(_bulk_new_device_status, Unset):
            bulk_new_device_status = UNSET
        else:
            bulk_new_device_status = BulkNewDeviceRequestFailedCreationListItemNewDeviceStatus(_bulk_new_device_status)

        device_id = d.pop("deviceId", UNSET)

        failure_reason = d.pop("failureReason", UNSET)

        line = d.pop("line", UNSET)

        instance__ = cls(
            bulk_new_device_status=bulk_new_device_status,
            device_id=device_id,
            failure_reason=failure_reason,
            line=line,
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
