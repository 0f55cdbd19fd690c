from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.daily_usage_statistics import DailyUsageStatistics
    from ..models.page_statistics import PageStatistics


T = TypeVar("T", bound="TenantUsageStatisticsCollection")


@_attrs_define
class TenantUsageStatisticsCollection:
    """
    Example:
        {'prev': 'https://<TENANT_DOMAIN>/tenant/statistics?pageSize=1&currentPage=1', 'self':
            'https://<TENANT_DOMAIN>/tenant/statistics?pageSize=1&currentPage=2', 'next':
            'https://<TENANT_DOMAIN>/tenant/statistics?pageSize=1&currentPage=3', 'usageStatistics': [{'alarmsCreatedCount':
            0, 'alarmsUpdatedCount': 0, 'day': '2020-01-21T00:00:00.000Z', 'deviceCount': 1, 'deviceEndpointCount': 1,
            'deviceRequestCount': 1, 'deviceWithChildrenCount': 1, 'eventsCreatedCount': 0, 'eventsUpdatedCount': 0,
            'inventoriesCreatedCount': 2, 'inventoriesUpdatedCount': 0, 'measurementsCreatedCount': 0,
            'operationsCreatedCount': 1, 'operationsUpdatedCount': 0, 'requestCount': 127, 'resources': {'cpu': 0, 'memory':
            0, 'usedBy': []}, 'self': 'http://<TENANT_DOMAIN>/tenant/statistics/5563820_20210121', 'storageSize': 39339,
            'subscribedApplications': ['report-agent', 'devicemanagement', 'administration', 'device-simulator'],
            'totalResourceCreateAndUpdateCount': 2}], 'statistics': {'totalPages': 10, 'pageSize': 1, 'currentPage': 2}}

    Attributes:
        next_ (str | Unset):
        prev (str | Unset):
        self_ (str | Unset):
        statistics (PageStatistics | Unset):
        usage_statistics (list[DailyUsageStatistics] | Unset):
    """

    next_: str | Unset = UNSET
    prev: str | Unset = UNSET
    self_: str | Unset = UNSET
    statistics: PageStatistics | Unset = UNSET
    usage_statistics: list[DailyUsageStatistics] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        next_ = self.next_

        prev = self.prev

        self_ = self.self_

        statistics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.statistics, Unset):
            statistics = self.statistics.to_dict()

        usage_statistics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.usage_statistics, Unset):
            usage_statistics = []
            for usage_statistics_item_data in self.usage_statistics:
                usage_statistics_item = usage_statistics_item_data.to_dict()
                usage_statistics.append(usage_statistics_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if next_ is not UNSET:
            field_dict["next"] = next_
        if prev is not UNSET:
            field_dict["prev"] = prev
        if self_ is not UNSET:
            field_dict["self"] = self_
        if statistics is not UNSET:
            field_dict["statistics"] = statistics
        if usage_statistics is not UNSET:
            field_dict["usageStatistics"] = usage_statistics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.daily_usage_statistics import DailyUsageStatistics  # noqa: PLC0415
        from ..models.page_statistics import PageStatistics  # noqa: PLC0415

        d = dict(src_dict)
        next_ = d.pop("next", UNSET)

        prev = d.pop("prev", UNSET)

        self_ = d.pop("self", UNSET)

        _statistics = d.pop("statistics", UNSET)
        statistics: PageStatistics | Unset
        if isinstance(_statistics, Unset):
            statistics = UNSET
        else:
            statistics = PageStatistics.from_dict(_statistics)

        _usage_statistics = d.pop("usageStatistics", UNSET)
        usage_statistics: list[DailyUsageStatistics] | Unset = UNSET
        if _usage_statistics is not UNSET:
            usage_statistics = []
            for usage_statistics_item_data in _usage_statistics:
                usage_statistics_item = DailyUsageStatistics.from_dict(usage_statistics_item_data)

                usage_statistics.append(usage_statistics_item)

        instance__ = cls(
            next_=next_,
            prev=prev,
            self_=self_,
            statistics=statistics,
            usage_statistics=usage_statistics,
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
