from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alarm_upsert_severity import AlarmUpsertSeverity
from ..models.alarm_upsert_status import AlarmUpsertStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alarm_upsert_source import AlarmUpsertSource


T = TypeVar("T", bound="AlarmUpsert")


@_attrs_define
class AlarmUpsert:
    """
    Attributes:
        source (AlarmUpsertSource):
        type_ (str):
        severity (AlarmUpsertSeverity | Unset):
        status (AlarmUpsertStatus | Unset):
        time (datetime.datetime | Unset):
        text (str | Unset):
    """

    source: AlarmUpsertSource
    type_: str
    severity: AlarmUpsertSeverity | Unset = UNSET
    status: AlarmUpsertStatus | Unset = UNSET
    time: datetime.datetime | Unset = UNSET
    text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source.to_dict()

        type_ = self.type_

        severity: str | Unset = UNSET
        if not isinstance(self.severity, Unset):
            severity = self.severity.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        time: str | Unset = UNSET
        if not isinstance(self.time, Unset):
            time = self.time.isoformat()

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "type": type_,
            }
        )
        if severity is not UNSET:
            field_dict["severity"] = severity
        if status is not UNSET:
            field_dict["status"] = status
        if time is not UNSET:
            field_dict["time"] = time
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alarm_upsert_source import AlarmUpsertSource  # noqa: PLC0415

        d = dict(src_dict)
        source = AlarmUpsertSource.from_dict(d.pop("source"))

        type_ = d.pop("type")

        _severity = d.pop("severity", UNSET)
        severity: AlarmUpsertSeverity | Unset
        if isinstance(_severity, Unset):
            severity = UNSET
        else:
            severity = AlarmUpsertSeverity(_severity)

        _status = d.pop("status", UNSET)
        status: AlarmUpsertStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AlarmUpsertStatus(_status)

        _time = d.pop("time", UNSET)
        time: datetime.datetime | Unset
        if isinstance(_time, Unset):
            time = UNSET
        else:
            time = datetime.datetime.fromisoformat(_time)

        text = d.pop("text", UNSET)

        instance__ = cls(
            source=source,
            type_=type_,
            severity=severity,
            status=status,
            time=time,
            text=text,
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
