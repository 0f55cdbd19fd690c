from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.events_api_resource_events import EventsApiResourceEvents


T = TypeVar("T", bound="EventsApiResource")


@_attrs_define
class EventsApiResource:
    """
    Example:
        {'events': {'self': 'https://<TENANT_DOMAIN>/event/events', 'events': []}, 'eventsForSource':
            'https://<TENANT_DOMAIN>/event/events?source={source}', 'eventsForSourceAndType':
            'https://<TENANT_DOMAIN>/event/events?source={source}&type={type}', 'eventsForType':
            'https://<TENANT_DOMAIN>/event/events?type={type}', 'eventsForFragmentType':
            'https://<TENANT_DOMAIN>/event/events?fragmentType={fragmentType}', 'eventsForTime':
            'https://<TENANT_DOMAIN>/event/events?dateFrom={dateFrom}&dateTo={dateTo}', 'eventsForSourceAndTime':
            'https://<TENANT_DOMAIN>/event/events?source={source}&dateFrom={dateFrom}&dateTo={dateTo}', 'self':
            'https://<TENANT_DOMAIN>/event'}

    Attributes:
        events (EventsApiResourceEvents | Unset):
        events_for_source (str | Unset):
        events_for_source_and_type (str | Unset):
        events_for_type (str | Unset):
        events_for_fragment_type (str | Unset):
        events_for_time (str | Unset):
        events_for_source_and_time (str | Unset):
        self_ (str | Unset):
    """

    events: EventsApiResourceEvents | Unset = UNSET
    events_for_source: str | Unset = UNSET
    events_for_source_and_type: str | Unset = UNSET
    events_for_type: str | Unset = UNSET
    events_for_fragment_type: str | Unset = UNSET
    events_for_time: str | Unset = UNSET
    events_for_source_and_time: str | Unset = UNSET
    self_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        events: dict[str, Any] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = self.events.to_dict()

        events_for_source = self.events_for_source

        events_for_source_and_type = self.events_for_source_and_type

        events_for_type = self.events_for_type

        events_for_fragment_type = self.events_for_fragment_type

        events_for_time = self.events_for_time

        events_for_source_and_time = self.events_for_source_and_time

        self_ = self.self_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if events is not UNSET:
            field_dict["events"] = events
        if events_for_source is not UNSET:
            field_dict["eventsForSource"] = events_for_source
        if events_for_source_and_type is not UNSET:
            field_dict["eventsForSourceAndType"] = events_for_source_and_type
        if events_for_type is not UNSET:
            field_dict["eventsForType"] = events_for_type
        if events_for_fragment_type is not UNSET:
            field_dict["eventsForFragmentType"] = events_for_fragment_type
        if events_for_time is not UNSET:
            field_dict["eventsForTime"] = events_for_time
        if events_for_source_and_time is not UNSET:
            field_dict["eventsForSourceAndTime"] = events_for_source_and_time
        if self_ is not UNSET:
            field_dict["self"] = self_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.events_api_resource_events import EventsApiResourceEvents  # noqa: PLC0415

        d = dict(src_dict)
        _events = d.pop("events", UNSET)
        events: EventsApiResourceEvents | Unset
        if isinstance(_events, Unset):
            events = UNSET
        else:
            events = EventsApiResourceEvents.from_dict(_events)

        events_for_source = d.pop("eventsForSource", UNSET)

        events_for_source_and_type = d.pop("eventsForSourceAndType", UNSET)

        events_for_type = d.pop("eventsForType", UNSET)

        events_for_fragment_type = d.pop("eventsForFragmentType", UNSET)

        events_for_time = d.pop("eventsForTime", UNSET)

        events_for_source_and_time = d.pop("eventsForSourceAndTime", UNSET)

        self_ = d.pop("self", UNSET)

        instance__ = cls(
            events=events,
            events_for_source=events_for_source,
            events_for_source_and_type=events_for_source_and_type,
            events_for_type=events_for_type,
            events_for_fragment_type=events_for_fragment_type,
            events_for_time=events_for_time,
            events_for_source_and_time=events_for_source_and_time,
            self_=self_,
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
