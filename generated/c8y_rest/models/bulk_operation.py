from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bulk_operation_general_status import BulkOperationGeneralStatus
from ..models.bulk_operation_status import BulkOperationStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_operation_operation_prototype import BulkOperationOperationPrototype
    from ..models.bulk_operation_progress import BulkOperationProgress


T = TypeVar("T", bound="BulkOperation")


@_attrs_define
class BulkOperation:
    """
    Example:
        {'self': 'https://<TENANT_DOMAIN>/devicecontrol/bulkoperations/1237', 'id': '1237', 'groupId': '12359',
            'failedParentId': '1236', 'startDate': '2022-05-01T22:21:22', 'creationRamp': 15, 'operationPrototype':
            {'description': 'Restart device', 'c8y_Restart': {}}, 'status': 'IN_PROGRESS', 'generalStatus': 'EXECUTING',
            'progress': {'pending': 0, 'failed': 0, 'executing': 0, 'successful': 0, 'all': 1}}

    Attributes:
        self_ (str | Unset):
        id (str | Unset):
        group_id (str | Unset):
        failed_parent_id (str | Unset):
        start_date (datetime.datetime | Unset):
        creation_ramp (float | Unset):
        operation_prototype (BulkOperationOperationPrototype | Unset):
        status (BulkOperationStatus | Unset):
        general_status (BulkOperationGeneralStatus | Unset):
        progress (BulkOperationProgress | Unset):
    """

    self_: str | Unset = UNSET
    id: str | Unset = UNSET
    group_id: str | Unset = UNSET
    failed_parent_id: str | Unset = UNSET
    start_date: datetime.datetime | Unset = UNSET
    creation_ramp: float | Unset = UNSET
    operation_prototype: BulkOperationOperationPrototype | Unset = UNSET
    status: BulkOperationStatus | Unset = UNSET
    general_status: BulkOperationGeneralStatus | Unset = UNSET
    progress: BulkOperationProgress | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_ = self.self_

        id = self.id

        group_id = self.group_id

        failed_parent_id = self.failed_parent_id

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        creation_ramp = self.creation_ramp

        operation_prototype: dict[str, Any] | Unset = UNSET
        if not isinstance(self.operation_prototype, Unset):
            operation_prototype = self.operation_prototype.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        general_status: str | Unset = UNSET
        if not isinstance(self.general_status, Unset):
            general_status = self.general_status.value

        progress: dict[str, Any] | Unset = UNSET
        if not isinstance(self.progress, Unset):
            progress = self.progress.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if self_ is not UNSET:
            field_dict["self"] = self_
        if id is not UNSET:
            field_dict["id"] = id
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if failed_parent_id is not UNSET:
            field_dict["failedParentId"] = failed_parent_id
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if creation_ramp is not UNSET:
            field_dict["creationRamp"] = creation_ramp
        if operation_prototype is not UNSET:
            field_dict["operationPrototype"] = operation_prototype
        if status is not UNSET:
            field_dict["status"] = status
        if general_status is not UNSET:
            field_dict["generalStatus"] = general_status
        if progress is not UNSET:
            field_dict["progress"] = progress

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bulk_operation_operation_prototype import BulkOperationOperationPrototype  # noqa: PLC0415
        from ..models.bulk_operation_progress import BulkOperationProgress  # noqa: PLC0415

        d = dict(src_dict)
        self_ = d.pop("self", UNSET)

        id = d.pop("id", UNSET)

        group_id = d.pop("groupId", UNSET)

        failed_parent_id = d.pop("failedParentId", UNSET)

        _start_date = d.pop("startDate", UNSET)
        start_date: datetime.datetime | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = datetime.datetime.fromisoformat(_start_date)

        creation_ramp = d.pop("creationRamp", UNSET)

        _operation_prototype = d.pop("operationPrototype", UNSET)
        operation_prototype: BulkOperationOperationPrototype | Unset
        if isinstance(_operation_prototype, Unset):
            operation_prototype = UNSET
        else:
            operation_prototype = BulkOperationOperationPrototype.from_dict(_operation_prototype)

        _status = d.pop("status", UNSET)
        status: BulkOperationStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = BulkOperationStatus(_status)

        _general_status = d.pop("generalStatus", UNSET)
        general_status: BulkOperationGeneralStatus | Unset
        if isinstance(_general_status, Unset):
            general_status = UNSET
        else:
            general_status = BulkOperationGeneralStatus(_general_status)

        _progress = d.pop("progress", UNSET)
        progress: BulkOperationProgress | Unset
        if isinstance(_progress, Unset):
            progress = UNSET
        else:
            progress = BulkOperationProgress.from_dict(_progress)

        instance__ = cls(
            self_=self_,
            id=id,
            group_id=group_id,
            failed_parent_id=failed_parent_id,
            start_date=start_date,
            creation_ramp=creation_ramp,
            operation_prototype=operation_prototype,
            status=status,
            general_status=general_status,
            progress=progress,
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
