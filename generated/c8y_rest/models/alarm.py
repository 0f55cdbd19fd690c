from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alarm_severity import AlarmSeverity
from ..models.alarm_status import AlarmStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alarm_source import AlarmSource


T = TypeVar("T", bound="Alarm")


@_attrs_define
class Alarm:
    """
    Example:
        {'count': 1, 'creationTime': '2020-03-19T12:16:31.586Z', 'lastUpdated': '2020-03-20T13:41:39.678Z', 'id':
            '20200301', 'self': 'https://<TENANT_DOMAIN>/alarm/alarms/20200301', 'severity': 'MAJOR', 'source': {'id':
            '251982', 'name': 'My tracking device', 'self': 'https://<TENANT_DOMAIN>/inventory/managedObjects/251982'},
            'status': 'ACTIVE', 'text': 'No data received from the device within the required interval.', 'time':
            '2020-03-19T00:00:00.000Z', 'type': 'c8y_UnavailabilityAlarm'}

    Attributes:
        count (int | Unset):
        creation_time (datetime.datetime | Unset):
        first_occurrence_time (datetime.datetime | Unset):
        id (str | Unset):
        last_updated (datetime.datetime | Unset):
        self_ (str | Unset):
        severity (AlarmSeverity | Unset):
        source (AlarmSource | Unset):
        status (AlarmStatus | Unset):
        text (str | Unset):
        time (datetime.datetime | Unset):
        type_ (str | Unset):
    """

    count: int | Unset = UNSET
    creation_time: datetime.datetime | Unset = UNSET
    first_occurrence_time: datetime.datetime | Unset = UNSET
    id: str | Unset = UNSET
    last_updated: datetime.datetime | Unset = UNSET
    self_: str | Unset = UNSET
    severity: AlarmSeverity | Unset = UNSET
    source: AlarmSource | Unset = UNSET
    status: AlarmStatus | Unset = UNSET
    text: str | Unset = UNSET
    time: datetime.datetime | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        creation_time: str | Unset = UNSET
        if not isinstance(self.creation_time, Unset):
            creation_time = self.creation_time.isoformat()

        first_occurrence_time: str | Unset = UNSET
        if not isinstance(self.first_occurrence_time, Unset):
            first_occurrence_time = self.first_occurrence_time.isoformat()

        id = self.id

        last_updated: str | Unset = UNSET
        if not isinstance(self.last_updated, Unset):
            last_updated = self.last_updated.isoformat()

        self_ = self.self_

        severity: str | Unset = UNSET
        if not isinstance(self.severity, Unset):
            severity = self.severity.value

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        text = self.text

        time: str | Unset = UNSET
        if not isinstance(self.time, Unset):
            time = self.time.isoformat()

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if creation_time is not UNSET:
            field_dict["creationTime"] = creation_time
        if first_occurrence_time is not UNSET:
            field_dict["firstOccurrenceTime"] = first_occurrence_time
        if id is not UNSET:
            field_dict["id"] = id
        if last_updated is not UNSET:
            field_dict["lastUpdated"] = last_updated
        if self_ is not UNSET:
            field_dict["self"] = self_
        if severity is not UNSET:
            field_dict["severity"] = severity
        if source is not UNSET:
            field_dict["source"] = source
        if status is not UNSET:
            field_dict["status"] = status
        if text is not UNSET:
            field_dict["text"] = text
        if time is not UNSET:
            field_dict["time"] = time
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alarm_source import AlarmSource  # noqa: PLC0415

        d = dict(src_dict)
        count = d.pop("count", UNSET)

        _creation_time = d.pop("creationTime", UNSET)
        creation_time: datetime.datetime | Unset
        if isinstance(_creation_time, Unset):
            creation_time = UNSET
        else:
            creation_time = datetime.datetime.fromisoformat(_creation_time)

        _first_occurrence_time = d.pop("firstOccurrenceTime", UNSET)
        first_occurrence_time: datetime.datetime | Unset
        if isinstance(_first_occurrence_time, Unset):
            first_occurrence_time = UNSET
        else:
            first_occurrence_time = datetime.datetime.fromisoformat(_first_occurrence_time)

        id = d.pop("id", UNSET)

        _last_updated = d.pop("lastUpdated", UNSET)
        last_updated: datetime.datetime | Unset
        if isinstance(_last_updated, Unset):
            last_updated = UNSET
        else:
            last_updated = datetime.datetime.fromisoformat(_last_updated)

        self_ = d.pop("self", UNSET)

        _severity = d.pop("severity", UNSET)
        severity: AlarmSeverity | Unset
        if isinstance(_severity, Unset):
            severity = UNSET
        else:
            severity = AlarmSeverity(_severity)

        _source = d.pop("source", UNSET)
        source: AlarmSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = AlarmSource.from_dict(_source)

        _status = d.pop("status", UNSET)
        status: AlarmStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AlarmStatus(_status)

        text = d.pop("text", UNSET)

        _time = d.pop("time", UNSET)
        time: datetime.datetime | Unset
        if isinstance(_time, Unset):
            time = UNSET
        else:
            time = datetime.datetime.fromisoformat(_time)

        type_ = d.pop("type", UNSET)

        instance__ = cls(
            count=count,
            creation_time=creation_time,
            first_occurrence_time=first_occurrence_time,
            id=id,
            last_updated=last_updated,
            self_=self_,
            severity=severity,
            source=source,
            status=status,
            text=text,
            time=time,
            type_=type_,
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
