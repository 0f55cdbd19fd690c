from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.page_statistics import PageStatistics
    from ..models.role_reference import RoleReference


T = TypeVar("T", bound="RoleReferenceCollection")


@_attrs_define
class RoleReferenceCollection:
    """
    Example:
        {'prev': 'https://<TENANT_DOMAIN>/user/{tenantId}/groups/2/roles?pageSize=5&currentPage=1', 'self':
            'https://<TENANT_DOMAIN>/user/{tenantId}/groups/2/roles?pageSize=5&currentPage=2', 'next':
            'https://<TENANT_DOMAIN>/user/{tenantId}/groups/2/roles?pageSize=5&currentPage=3', 'references': [{'self':
            'https://<TENANT_DOMAIN>/user/{tenantId}/groups/2/roles/ROLE_ALARM_ADMIN', 'role': {'id': 'ROLE_ALARM_ADMIN',
            'name': 'ROLE_ALARM_ADMIN', 'self': 'https://<TENANT_DOMAIN>/user/roles/ROLE_ALARM_ADMIN'}}], 'statistics':
            {'total': 3, 'currentPage': 2, 'pageSize': 5}}

    Attributes:
        next_ (str | Unset):
        prev (str | Unset):
        references (list[RoleReference] | Unset):
        self_ (str | Unset):
        statistics (PageStatistics | Unset):
    """

    next_: str | Unset = UNSET
    prev: str | Unset = UNSET
    references: list[RoleReference] | Unset = UNSET
    self_: str | Unset = UNSET
    statistics: PageStatistics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        next_ = self.next_

        prev = self.prev

        references: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.references, Unset):
            references = []
            for references_item_data in self.references:
                references_item = references_item_data.to_dict()
                references.append(references_item)

        self_ = self.self_

        statistics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.statistics, Unset):
            statistics = self.statistics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if next_ is not UNSET:
            field_dict["next"] = next_
        if prev is not UNSET:
            field_dict["prev"] = prev
        if references is not UNSET:
            field_dict["references"] = references
        if self_ is not UNSET:
            field_dict["self"] = self_
        if statistics is not UNSET:
            field_dict["statistics"] = statistics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.page_statistics import PageStatistics  # noqa: PLC0415
        from ..models.role_reference import RoleReference  # noqa: PLC0415

        d = dict(src_dict)
        next_ = d.pop("next", UNSET)

        prev = d.pop("prev", UNSET)

        _references = d.pop("references", UNSET)
        references: list[RoleReference] | Unset = UNSET
        if _references is not UNSET:
            references = []
            for references_item_data in _references:
                references_item = RoleReference.from_dict(references_item_data)

                references.append(references_item)

        self_ = d.pop("self", UNSET)

        _statistics = d.pop("statistics", UNSET)
        statistics: PageStatistics | Unset
        if isinstance(_statistics, Unset):
            statistics = UNSET
        else:
            statistics = PageStatistics.from_dict(_statistics)

        instance__ = cls(
            next_=next_,
            prev=prev,
            references=references,
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
