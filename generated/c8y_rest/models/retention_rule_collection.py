from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.page_statistics import PageStatistics
    from ..models.retention_rule import RetentionRule


T = TypeVar("T", bound="RetentionRuleCollection")


@_attrs_define
class RetentionRuleCollection:
    """
    Example:
        {'prev': 'https://<TENANT_DOMAIN>/retention/retentions?pageSize=1&currentPage=1', 'self':
            'https://<TENANT_DOMAIN>/retention/retentions?pageSize=1&currentPage=2', 'next':
            'https://<TENANT_DOMAIN>/retention/retentions?pageSize=1&currentPage=3', 'retentionRules': [{'dataType':
            'ALARM', 'editable': True, 'fragmentType': '*', 'id': '1569', 'maximumAge': 20, 'self':
            'https://<TENANT_DOMAIN>/retention/retentions/1569', 'source': '*', 'type': '*'}], 'statistics': {'totalPages':
            3, 'pageSize': 1, 'currentPage': 2}}

    Attributes:
        next_ (str | Unset):
        prev (str | Unset):
        retention_rules (list[RetentionRule] | Unset):
        self_ (str | Unset):
        statistics (PageStatistics | Unset):
    """

    next_: str | Unset = UNSET
    prev: str | Unset = UNSET
    retention_rules: list[RetentionRule] | Unset = UNSET
    self_: str | Unset = UNSET
    statistics: PageStatistics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        next_ = self.next_

        prev = self.prev

        retention_rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.retention_rules, Unset):
            retention_rules = []
            for retention_rules_item_data in self.retention_rules:
                retention_rules_item = retention_rules_item_data.to_dict()
                retention_rules.append(retention_rules_item)

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
        if retention_rules is not UNSET:
            field_dict["retentionRules"] = retention_rules
        if self_ is not UNSET:
            field_dict["self"] = self_
        if statistics is not UNSET:
            field_dict["statistics"] = statistics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.page_statistics import PageStatistics  # noqa: PLC0415
        from ..models.retention_rule import RetentionRule  # noqa: PLC0415

        d = dict(src_dict)
        next_ = d.pop("next", UNSET)

        prev = d.pop("prev", UNSET)

        _retention_rules = d.pop("retentionRules", UNSET)
        retention_rules: list[RetentionRule] | Unset = UNSET
        if _retention_rules is not UNSET:
            retention_rules = []
            for retention_rules_item_data in _retention_rules:
                retention_rules_item = RetentionRule.from_dict(retention_rules_item_data)

                retention_rules.append(retention_rules_item)

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
            retention_rules=retention_rules,
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
