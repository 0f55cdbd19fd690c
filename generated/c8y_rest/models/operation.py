from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.operation_status import OperationStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.external_ids import ExternalIds


T = TypeVar("T", bound="Operation")


@_attrs_define
class Operation:
    """
    Example:
        {'self': 'https://<TENANT_DOMAIN>/devicecontrol/operation/123', 'id': '123', 'creationTime':
            '2019-09-06T12:03:27.927+02:0', 'deviceId': '1234', 'deviceExternalIDs': {}, 'bulkOperationId': 1237, 'status':
            'FAILED', 'failureReason': 'Could not handle the operation', 'com_cumulocity_model_WebCamDevice': {'name': 'Take
            a picture', 'parameters': {'duration': '5s', 'quality': 'HD'}}}

    Attributes:
        bulk_operation_id (int | Unset):
        creation_time (datetime.datetime | Unset):
        device_id (str | Unset):
        device_external_i_ds (ExternalIds | Unset):  Example: {'externalIds': [{'externalId': 'simulator_145074_1',
            'managedObject': {'id': '251982', 'self': 'https://<TENANT_DOMAIN>/inventory/managedObjects/251982'}, 'self':
            'https://<TENANT_DOMAIN>/identity/externalIds/c8y_Serial/simulator_145074_1', 'type': 'c8y_Serial'}], 'self':
            'https://<TENANT_DOMAIN>/identity/globalIds/251982/externalIds'}.
        failure_reason (str | Unset):
        id (str | Unset):
        self_ (str | Unset):
        status (OperationStatus | Unset):
    """

    bulk_operation_id: int | Unset = UNSET
    creation_time: datetime.datetime | Unset = UNSET
    device_id: str | Unset = UNSET
    device_external_i_ds: ExternalIds | Unset = UNSET
    failure_reason: str | Unset = UNSET
    id: str | Unset = UNSET
    self_: str | Unset = UNSET
    status: OperationStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bulk_operation_id = self.bulk_operation_id

        creation_time: str | Unset = UNSET
        if not isinstance(self.creation_time, Unset):
            creation_time = self.creation_time.isoformat()

        device_id = self.device_id

        device_external_i_ds: dict[str, Any] | Unset = UNSET
        if not isinstance(self.device_external_i_ds, Unset):
            device_external_i_ds = self.device_external_i_ds.to_dict()

        failure_reason = self.failure_reason

        id = self.id

        self_ = self.self_

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bulk_operation_id is not UNSET:
            field_dict["bulkOperationId"] = bulk_operation_id
        if creation_time is not UNSET:
            field_dict["creationTime"] = creation_time
        if device_id is not UNSET:
            field_dict["deviceId"] = device_id
        if device_external_i_ds is not UNSET:
            field_dict["deviceExternalIDs"] = device_external_i_ds
        if failure_reason is not UNSET:
            field_dict["failureReason"] = failure_reason
        if id is not UNSET:
            field_dict["id"] = id
        if self_ is not UNSET:
            field_dict["self"] = self_
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.external_ids import ExternalIds  # noqa: PLC0415

        d = dict(src_dict)
        bulk_operation_id = d.pop("bulkOperationId", UNSET)

        _creation_time = d.pop("creationTime", UNSET)
        creation_time: datetime.datetime | Unset
        if isinstance(_creation_time, Unset):
            creation_time = UNSET
        else:
            creation_time = datetime.datetime.fromisoformat(_creation_time)

        device_id = d.pop("deviceId", UNSET)

        _device_external_i_ds = d.pop("deviceExternalIDs", UNSET)
        device_external_i_ds: ExternalIds | Unset
        if isinstance(_device_external_i_ds, Unset):
            device_external_i_ds = UNSET
        else:
            device_external_i_ds = ExternalIds.from_dict(_device_external_i_ds)

        failure_reason = d.pop("failureReason", UNSET)

        id = d.pop("id", UNSET)

        self_ = d.pop("self", UNSET)

        _status = d.pop("status", UNSET)
        status: OperationStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = OperationStatus(_status)

        instance__ = cls(
            bulk_operation_id=bulk_operation_id,
            creation_time=creation_time,
            device_id=device_id,
            device_external_i_ds=device_external_i_ds,
            failure_reason=failure_reason,
            id=id,
            self_=self_,
            status=status,
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
