from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.page_statistics import PageStatistics
    from ..models.tenant import Tenant


T = TypeVar("T", bound="TenantCollection")


@_attrs_define
class TenantCollection:
    """
    Example:
        {'self': 'https://<TENANT_DOMAIN>/tenant/tenants?pageSize=1', 'tenants': [], 'statistics': {'currentPage': 1,
            'pageSize': 1, 'totalElements': 0}}

    Attributes:
        next_ (str | Unset):
        prev (str | Unset):
        self_ (str | Unset):
        statistics (PageStatistics | Unset):
        tenants (list[Tenant] | Unset):
    """

    next_: str | Unset = UNSET
    prev: str | Unset = UNSET
    self_: str | Unset = UNSET
    statistics: PageStatistics | Unset = UNSET
    tenants: list[Tenant] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        next_ = self.next_

        prev = self.prev

        self_ = self.self_

        statistics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.statistics, Unset):
            statistics = self.statistics.to_dict()

        tenants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tenants, Unset):
            tenants = []
            for tenants_item_data in self.tenants:
                tenants_item = tenants_item_data.to_dict()
                tenants.append(tenants_item)

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
        if tenants is not UNSET:
            field_dict["tenants"] = tenants

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.page_statistics import PageStatistics  # noqa: PLC0415
        from ..models.tenant import Tenant  # noqa: PLC0415

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

        _tenants = d.pop("tenants", UNSET)
        tenants: list[Tenant] | Unset = UNSET
        if _tenants is not UNSET:
            tenants = []
            for tenants_item_data in _tenants:
                tenants_item = Tenant.from_dict(tenants_item_data)

                tenants.append(tenants_item)

        instance__ = cls(
            next_=next_,
            prev=prev,
            self_=self_,
            statistics=statistics,
            tenants=tenants,
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
