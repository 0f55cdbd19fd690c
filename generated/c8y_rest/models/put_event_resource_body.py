from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_source import EventSource


T = TypeVar("T", bound="PutEventResourceBody")


@_attrs_define
class PutEventResourceBody:
    """
    Attributes:
        creation_time (datetime.datetime | Unset):
        last_updated (datetime.datetime | Unset):
        id (str | Unset):
        self_ (str | Unset):
        source (EventSource | Unset):
        text (str | Unset):
        time (datetime.datetime | Unset):
        type_ (str | Unset):
    """

    creation_time: datetime.datetime | Unset = UNSET
    last_updated: datetime.datetime | Unset = UNSET
    id: str | Unset = UNSET
    self_: str | Unset = UNSET
    source: EventSource | Unset = UNSET
    text: str | Unset = UNSET
    time: datetime.datetime | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        creation_time: str | Unset = UNSET
        if not isinstance(self.creation_time, Unset):
            creation_time = self.creation_time.isoformat()

        last_updated: str | Unset = UNSET
        if not isinstance(self.last_updated, Unset):
            last_updated = self.last_updated.isoformat()

        id = self.id

        self_ = self.self_

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        text = self.text

        time: str | Unset = UNSET
        if not isinstance(self.time, Unset):
            time = self.time.isoformat()

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if creation_time is not UNSET:
            field_dict["creationTime"] = creation_time
        if last_updated is not UNSET:
            field_dict["lastUpdated"] = last_updated
        if id is not UNSET:
            field_dict["id"] = id
        if self_ is not UNSET:
            field_dict["self"] = self_
        if source is not UNSET:
            field_dict["source"] = source
        if text is not UNSET:
            field_dict["text"] = text
        if time is not UNSET:
            field_dict["time"] = time
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_source import EventSource  # noqa: PLC0415

        d = dict(src_dict)
        _creation_time = d.pop("creationTime", UNSET)
        creation_time: datetime.datetime | Unset
        if isinstance(_creation_time, Unset):
            creation_time = UNSET
        else:
            creation_time = datetime.datetime.fromisoformat(_creation_time)

        _last_updated = d.pop("lastUpdated", UNSET)
        last_updated: datetime.datetime | Unset
        if isinstance(_last_updated, Unset):
            last_updated = UNSET
        else:
            last_updated = datetime.datetime.fromisoformat(_last_updated)

        id = d.pop("id", UNSET)

        self_ = d.pop("self", UNSET)

        _source = d.pop("source", UNSET)
        source: EventSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = EventSource.from_dict(_source)

        text = d.pop("text", UNSET)

        _time = d.pop("time", UNSET)
        time: datetime.datetime | Unset
        if isinstance(_time, Unset):
            time = UNSET
        else:
            time = datetime.datetime.fromisoformat(_time)

        type_ = d.pop("type", UNSET)

        instance__ = cls(
            creation_time=creation_time,
            last_updated=last_updated,
            id=id,
            self_=self_,
            source=source,
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
