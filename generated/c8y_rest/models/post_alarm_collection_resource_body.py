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


T = TypeVar("T", bound="PostAlarmCollectionResourceBody")


@_attrs_define
class PostAlarmCollectionResourceBody:
    """
    Attributes:
        severity (AlarmSeverity):
        source (AlarmSource):
        text (str):
        time (datetime.datetime):
        type_ (str):
        count (int | Unset):
        creation_time (datetime.datetime | Unset):
        first_occurrence_time (datetime.datetime | Unset):
        id (str | Unset):
        last_updated (datetime.datetime | Unset):
        self_ (str | Unset):
        status (AlarmStatus | Unset):
    """

    severity: AlarmSeverity
    source: AlarmSource
    text: str
    time: datetime.datetime
    type_: str
    count: int | Unset = UNSET
    creation_time: datetime.datetime | Unset = UNSET
    first_occurrence_time: datetime.datetime | Unset = UNSET
    id: str | Unset = UNSET
    last_updated: datetime.datetime | Unset = UNSET
    self_: str | Unset = UNSET
    status: AlarmStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        severity = self.severity.value

        source = self.source.to_dict()

        text = self.text

        time = self.time.isoformat()

        type_ = self.type_

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

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "severity": severity,
                "source": source,
                "text": text,
                "time": time,
                "type": type_,
            }
        )
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
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alarm_source import AlarmSource  # noqa: PLC0415

        d = dict(src_dict)
        severity = AlarmSeverity(d.pop("severity"))

        source = AlarmSource.from_dict(d.pop("source"))

        text = d.pop("text")

        time = datetime.datetime.fromisoformat(d.pop("time"))

        type_ = d.pop("type")

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

        _status = d.pop("status", UNSET)
        status: AlarmStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AlarmStatus(_status)

        instance__ = cls(
            severity=severity,
            source=source,
            text=text,
            time=time,
            type_=type_,
            count=count,
            creation_time=creation_time,
            first_occurrence_time=first_occurrence_time,
            id=id,
            last_updated=last_updated,
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
