from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.application import Application
    from ..models.page_statistics import PageStatistics


T = TypeVar("T", bound="GetApplicationsByUserCollectionResourceResponse200")


@_attrs_define
class GetApplicationsByUserCollectionResourceResponse200:
    """
    Attributes:
        applications (list[Application] | Unset):
        next_ (str | Unset):  Example:
            https://<TENANT_DOMAIN>/application/applicationsByUser/{username}?pageSize=5&currentPage=3.
        prev (str | Unset):  Example:
            https://<TENANT_DOMAIN>/application/applicationsByUser/{username}?pageSize=5&currentPage=1.
        self_ (str | Unset):  Example: https://<TENANT_DOMAIN>/application/applicationsByUser?pageSize=5&currentPage=2.
        statistics (PageStatistics | Unset):
    """

    applications: list[Application] | Unset = UNSET
    next_: str | Unset = UNSET
    prev: str | Unset = UNSET
    self_: str | Unset = UNSET
    statistics: PageStatistics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        applications: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.applications, Unset):
            applications = []
            for applications_item_data in self.applications:
                applications_item = applications_item_data.to_dict()
                applications.append(applications_item)

        next_ = self.next_

        prev = self.prev

        self_ = self.self_

        statistics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.statistics, Unset):
            statistics = self.statistics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if applications is not UNSET:
            field_dict["applications"] = applications
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
        from ..models.application import Application  # noqa: PLC0415
        from ..models.page_statistics import PageStatistics  # noqa: PLC0415

        d = dict(src_dict)
        _applications = d.pop("applications", UNSET)
        applications: list[Application] | Unset = UNSET
        if _applications is not UNSET:
            applications = []
            for applications_item_data in _applications:
                applications_item = Application.from_dict(applications_item_data)

                applications.append(applications_item)

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
            applications=applications,
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
