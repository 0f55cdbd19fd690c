from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.page_statistics import PageStatistics
    from ..models.statistics_file import StatisticsFile


T = TypeVar("T", bound="TenantUsageStatisticsFileCollection")


@_attrs_define
class TenantUsageStatisticsFileCollection:
    """
    Example:
        {'prev': 'https://<TENANT_DOMAIN>/tenant/statistics/files?pageSize=1&currentPage=1', 'self':
            'https://<TENANT_DOMAIN>/tenant/statistics/files?pageSize=1&currentPage=2', 'next':
            'https://<TENANT_DOMAIN>/tenant/statistics/files?pageSize=1&currentPage=3', 'statistics': {'pageSize': 1,
            'currentPage': 2, 'totalPages': 3}, 'statisticsFiles': [{'id': '62', 'instanceName':
            'cumulocity.default.svc.cluster.local', 'generationDate': '2020-04-03T03:43:27.203Z', 'dateFrom':
            '2020-03-01T00:00:00.000Z', 'dateTo': '2020-03-31T00:00:00.000Z', 'type': 'REAL'}]}

    Attributes:
        next_ (str | Unset):
        prev (str | Unset):
        self_ (str | Unset):
        statistics (PageStatistics | Unset):
        statistics_files (list[StatisticsFile] | Unset):
    """

    next_: str | Unset = UNSET
    prev: str | Unset = UNSET
    self_: str | Unset = UNSET
    statistics: PageStatistics | Unset = UNSET
    statistics_files: list[StatisticsFile] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        next_ = self.next_

        prev = self.prev

        self_ = self.self_

        statistics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.statistics, Unset):
            statistics = self.statistics.to_dict()

        statistics_files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.statistics_files, Unset):
            statistics_files = []
            for statistics_files_item_data in self.statistics_files:
                statistics_files_item = statistics_files_item_data.to_dict()
                statistics_files.append(statistics_files_item)

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
        if statistics_files is not UNSET:
            field_dict["statisticsFiles"] = statistics_files

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.page_statistics import PageStatistics  # noqa: PLC0415
        from ..models.statistics_file import StatisticsFile  # noqa: PLC0415

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

        _statistics_files = d.pop("statisticsFiles", UNSET)
        statistics_files: list[StatisticsFile] | Unset = UNSET
        if _statistics_files is not UNSET:
            statistics_files = []
            for statistics_files_item_data in _statistics_files:
                statistics_files_item = StatisticsFile.from_dict(statistics_files_item_data)

                statistics_files.append(statistics_files_item)

        instance__ = cls(
            next_=next_,
            prev=prev,
            self_=self_,
            statistics=statistics,
            statistics_files=statistics_files,
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
