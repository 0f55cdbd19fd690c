from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.group import Group
    from ..models.page_statistics import PageStatistics


T = TypeVar("T", bound="UserGroupCollection")


@_attrs_define
class UserGroupCollection:
    """
    Attributes:
        self_ (str | Unset):  Example: https://<TENANT_DOMAIN>/user/{tenantId}/groups?pageSize=5&currentPage=2.
        groups (list[Group] | Unset):
        prev (str | Unset):  Example: https://<TENANT_DOMAIN>/user/{tenantId}/groups?pageSize=5&currentPage=1.
        next_ (str | Unset):  Example: https://<TENANT_DOMAIN>/user/{tenantId}/groups?pageSize=5&currentPage=3.
        statistics (PageStatistics | Unset):
    """

    self_: str | Unset = UNSET
    groups: list[Group] | Unset = UNSET
    prev: str | Unset = UNSET
    next_: str | Unset = UNSET
    statistics: PageStatistics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_ = self.self_

        groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = []
            for groups_item_data in self.groups:
                groups_item = groups_item_data.to_dict()
                groups.append(groups_item)

        prev = self.prev

        next_ = self.next_

        statistics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.statistics, Unset):
            statistics = self.statistics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if self_ is not UNSET:
            field_dict["self"] = self_
        if groups is not UNSET:
            field_dict["groups"] = groups
        if prev is not UNSET:
            field_dict["prev"] = prev
        if next_ is not UNSET:
            field_dict["next"] = next_
        if statistics is not UNSET:
            field_dict["statistics"] = statistics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.group import Group  # noqa: PLC0415
        from ..models.page_statistics import PageStatistics  # noqa: PLC0415

        d = dict(src_dict)
        self_ = d.pop("self", UNSET)

        _groups = d.pop("groups", UNSET)
        groups: list[Group] | Unset = UNSET
        if _groups is not UNSET:
            groups = []
            for groups_item_data in _groups:
                groups_item = Group.from_dict(groups_item_data)

                groups.append(groups_item)

        prev = d.pop("prev", UNSET)

        next_ = d.pop("next", UNSET)

        _statistics = d.pop("statistics", UNSET)
        statistics: PageStatistics | Unset
        if isinstance(_statistics, Unset):
            statistics = UNSET
        else:
            statistics = PageStatistics.from_dict(_statistics)

        instance__ = cls(
            self_=self_,
            groups=groups,
            prev=prev,
            next_=next_,
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
