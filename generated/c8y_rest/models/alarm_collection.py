from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alarm import Alarm
    from ..models.page_statistics import PageStatistics


T = TypeVar("T", bound="AlarmCollection")


@_attrs_define
class AlarmCollection:
    """
    Example:
        {'prev': 'https://<TENANT_DOMAIN>/alarm/alarms?pageSize=1&currentPage=1', 'self':
            'https://<TENANT_DOMAIN>/alarm/alarms?pageSize=1&currentPage=2', 'next':
            'https://<TENANT_DOMAIN>/alarm/alarms?pageSize=1&currentPage=3', 'alarms': [{'count': 1, 'creationTime':
            '2020-03-19T12:16:31.586Z', 'lastUpdated': '2020-03-20T13:41:39.678Z', 'id': '20200301', 'self':
            'https://<TENANT_DOMAIN>/alarm/alarms/20200301', 'severity': 'MAJOR', 'source': {'id': '251982', 'name': 'My
            tracking device', 'self': 'https://<TENANT_DOMAIN>/inventory/managedObjects/251982'}, 'status': 'ACTIVE',
            'text': 'No data received from the device within the required interval.', 'time': '2020-03-19T00:00:00.000Z',
            'type': 'c8y_UnavailabilityAlarm'}], 'statistics': {'totalPages': 10, 'pageSize': 1, 'currentPage': 2}}

    Attributes:
        alarms (list[Alarm] | Unset):
        next_ (str | Unset):
        prev (str | Unset):
        self_ (str | Unset):
        statistics (PageStatistics | Unset):
    """

    alarms: list[Alarm] | Unset = UNSET
    next_: str | Unset = UNSET
    prev: str | Unset = UNSET
    self_: str | Unset = UNSET
    statistics: PageStatistics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alarms: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.alarms, Unset):
            alarms = []
            for alarms_item_data in self.alarms:
                alarms_item = alarms_item_data.to_dict()
                alarms.append(alarms_item)

        next_ = self.next_

        prev = self.prev

        self_ = self.self_

        statistics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.statistics, Unset):
            statistics = self.statistics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alarms is not UNSET:
            field_dict["alarms"] = alarms
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
        from ..models.alarm import Alarm  # noqa: PLC0415
        from ..models.page_statistics import PageStatistics  # noqa: PLC0415

        d = dict(src_dict)
        _alarms = d.pop("alarms", UNSET)
        alarms: list[Alarm] | Unset = UNSET
        if _alarms is not UNSET:
            alarms = []
            for alarms_item_data in _alarms:
                alarms_item = Alarm.from_dict(alarms_item_data)

                alarms.append(alarms_item)

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
            alarms=alarms,
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
