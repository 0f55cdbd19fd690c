from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audit_record_severity import AuditRecordSeverity
from ..models.audit_record_type import AuditRecordType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_record_c8y_metadata import AuditRecordC8YMetadata
    from ..models.audit_record_changes_item import AuditRecordChangesItem
    from ..models.audit_record_source import AuditRecordSource


T = TypeVar("T", bound="AuditRecord")


@_attrs_define
class AuditRecord:
    """
    Example:
        {'activity': 'Operation created', 'creationTime': '2020-03-19T12:16:31.586Z', 'id': '20200301', 'self':
            'https://<TENANT_DOMAIN>/audit/auditRecords/20200301', 'source': {'id': '251982', 'self':
            'https://<TENANT_DOMAIN>/inventory/managedObjects/251982'}, 'text': "Operation created: status='PENDING'",
            'time': '2020-03-19T00:00:00.000Z', 'type': 'Operation', 'user': 'rina'}

    Attributes:
        activity (str):
        source (AuditRecordSource):
        text (str):
        time (datetime.datetime):
        type_ (AuditRecordType):
        application (str | Unset):
        c_8_y_metadata (AuditRecordC8YMetadata | Unset):
        changes (list[AuditRecordChangesItem] | Unset):
        creation_time (datetime.datetime | Unset):
        id (str | Unset):
        self_ (str | Unset):
        severity (AuditRecordSeverity | Unset):
        user (str | Unset):
    """

    activity: str
    source: AuditRecordSource
    text: str
    time: datetime.datetime
    type_: AuditRecordType
    application: str | Unset = UNSET
    c_8_y_metadata: AuditRecordC8YMetadata | Unset = UNSET
    changes: list[AuditRecordChangesItem] | Unset = UNSET
    creation_time: datetime.datetime | Unset = UNSET
    id: str | Unset = UNSET
    self_: str | Unset = UNSET
    severity: AuditRecordSeverity | Unset = UNSET
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activity = self.activity

        source = self.source.to_dict()

        text = self.text

        time = self.time.isoformat()

        type_ = self.type_.value

        application = self.application

        c_8_y_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.c_8_y_metadata, Unset):
            c_8_y_metadata = self.c_8_y_metadata.to_dict()

        changes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = []
            for changes_item_data in self.changes:
                changes_item = changes_item_data.to_dict()
                changes.append(changes_item)

        creation_time: str | Unset = UNSET
        if not isinstance(self.creation_time, Unset):
            creation_time = self.creation_time.isoformat()

        id = self.id

        self_ = self.self_

        severity: str | Unset = UNSET
        if not isinstance(self.severity, Unset):
            severity = self.severity.value

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "activity": activity,
                "source": source,
                "text": text,
                "time": time,
                "type": type_,
            }
        )
        if application is not UNSET:
            field_dict["application"] = application
        if c_8_y_metadata is not UNSET:
            field_dict["c8y_Metadata"] = c_8_y_metadata
        if changes is not UNSET:
            field_dict["changes"] = changes
        if creation_time is not UNSET:
            field_dict["creationTime"] = creation_time
        if id is not UNSET:
            field_dict["id"] = id
        if self_ is not UNSET:
            field_dict["self"] = self_
        if severity is not UNSET:
            field_dict["severity"] = severity
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_record_c8y_metadata import AuditRecordC8YMetadata  # noqa: PLC0415
        from ..models.audit_record_changes_item import AuditRecordChangesItem  # noqa: PLC0415
        from ..models.audit_record_source import AuditRecordSource  # noqa: PLC0415

        d = dict(src_dict)
        activity = d.pop("activity")

        source = AuditRecordSource.from_dict(d.pop("source"))

        text = d.pop("text")

        time = datetime.datetime.fromisoformat(d.pop("time"))

        type_ = AuditRecordType(d.pop("type"))

        application = d.pop("application", UNSET)

        _c_8_y_metadata = d.pop("c8y_Metadata", UNSET)
        c_8_y_metadata: AuditRecordC8YMetadata | Unset
        if isinstance(_c_8_y_metadata, Unset):
            c_8_y_metadata = UNSET
        else:
            c_8_y_metadata = AuditRecordC8YMetadata.from_dict(_c_8_y_metadata)

        _changes = d.pop("changes", UNSET)
        changes: list[AuditRecordChangesItem] | Unset = UNSET
        if _changes is not UNSET:
            changes = []
            for changes_item_data in _changes:
                changes_item = AuditRecordChangesItem.from_dict(changes_item_data)

                changes.append(changes_item)

        _creation_time = d.pop("creationTime", UNSET)
        creation_time: datetime.datetime | Unset
        if isinstance(_creation_time, Unset):
            creation_time = UNSET
        else:
            creation_time = datetime.datetime.fromisoformat(_creation_time)

        id = d.pop("id", UNSET)

        self_ = d.pop("self", UNSET)

        _severity = d.pop("severity", UNSET)
        severity: AuditRecordSeverity | Unset
        if isinstance(_severity, Unset):
            severity = UNSET
        else:
            severity = AuditRecordSeverity(_severity)

        user = d.pop("user", UNSET)

        instance__ = cls(
            activity=activity,
            source=source,
            text=text,
            time=time,
            type_=type_,
            application=application,
            c_8_y_metadata=c_8_y_metadata,
            changes=changes,
            creation_time=creation_time,
            id=id,
            self_=self_,
            severity=severity,
            user=user,
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
