from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event import Event
    from ..models.page_statistics import PageStatistics


T = TypeVar("T", bound="EventCollection")


@_attrs_define
class EventCollection:
    """
    Example:
        {'self': 'https://<TENANT_DOMAIN>/event/events?pageSize=5&currentPage=1', 'events': [{'creationTime':
            '2020-03-19T12:16:31.586Z', 'lastUpdated': '2020-03-20T13:46:11.526Z', 'id': '20200301', 'self':
            'https://<TENANT_DOMAIN>/event/events/20200301', 'source': {'id': '251982', 'self':
            'https://<TENANT_DOMAIN>/inventory/managedObjects/251982'}, 'text': 'Location update.', 'time':
            '2020-03-19T00:00:00.000Z', 'type': 'c8y_LocationUpdate'}], 'statistics': {'totalPages': 1, 'pageSize': 5,
            'currentPage': 1}}

    Attributes:
        events (list[Event] | Unset):
        next_ (str | Unset):
        prev (str | Unset):
        self_ (str | Unset):
        statistics (PageStatistics | Unset):
    """

    events: list[Event] | Unset = UNSET
    next_: str | Unset = UNSET
    prev: str | Unset = UNSET
    self_: str | Unset = UNSET
    statistics: PageStatistics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        next_ = self.next_

        prev = self.prev

        self_ = self.self_

        statistics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.statistics, Unset):
            statistics = self.statistics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if events is not UNSET:
            field_dict["events"] = events
        if next_ is not UNSET:
            field_dict["next"] = next_
        if prev is not UNSET:
            field_dict["prev"] = prev
        if self_ is not UNSET:
            field_dict["self"] = self_
        if statistics is not UNSET:
            field_dict["statistics"] = statistics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event import Event  # noqa: PLC0415
        from ..models.page_statistics import PageStatistics  # noqa: PLC0415

        d = dict(src_dict)
        _events = d.pop("events", UNSET)
        events: list[Event] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = Event.from_dict(events_item_data)

                events.append(events_item)

        next_ = d.pop("next", UNSET)

        prev = d.pop("prev", UNSET)

        self_ = d.pop("self", UNSET)

        _statistics = d.pop("statistics", UNSET)
        statistics: PageStatistics | Unset
        if isinstance(_statistics, Unset):
            statistics = UNSET
        else:
            statistics = PageStatistics.from_dict(_statistics)

        instance__ = cls(
            events=events,
            next_=next_,
            prev=prev,
            self_=self_,
            statistics=statistics,
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
