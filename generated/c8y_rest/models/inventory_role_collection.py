from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inventory_role import InventoryRole
    from ..models.page_statistics import PageStatistics


T = TypeVar("T", bound="InventoryRoleCollection")


@_attrs_define
class InventoryRoleCollection:
    """
    Example:
        {'prev': 'https://<TENANT_DOMAIN>/user/inventoryroles?pageSize=1&currentPage=1', 'self':
            'https://<TENANT_DOMAIN>/user/inventoryroles?pageSize=1&currentPage=2', 'next':
            'https://<TENANT_DOMAIN>/user/inventoryroles?pageSize=1&currentPage=3', 'roles': [{'description': 'Can restart
            devices.', 'id': 4, 'name': 'Operations: Restart Device', 'permissions': [{'id': 7, 'permission': 'ADMIN',
            'scope': 'OPERATION', 'type': 'c8y_Restart'}], 'self': 'https://<TENANT_DOMAIN>/user/inventoryroles/4'}],
            'statistics': {'totalPages': 3, 'currentPage': 2, 'pageSize': 1}}

    Attributes:
        next_ (str | Unset):
        prev (str | Unset):
        roles (list[InventoryRole] | Unset):
        self_ (str | Unset):
        statistics (PageStatistics | Unset):
    """

    next_: str | Unset = UNSET
    prev: str | Unset = UNSET
    roles: list[InventoryRole] | Unset = UNSET
    self_: str | Unset = UNSET
    statistics: PageStatistics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        next_ = self.next_

        prev = self.prev

        roles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = []
            for roles_item_data in self.roles:
                roles_item = roles_item_data.to_dict()
                roles.append(roles_item)

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
        if roles is not UNSET:
            field_dict["roles"] = roles
        if self_ is not UNSET:
            field_dict["self"] = self_
        if statistics is not UNSET:
            field_dict["statistics"] = statistics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inventory_role import InventoryRole  # noqa: PLC0415
        from ..models.page_statistics import PageStatistics  # noqa: PLC0415

        d = dict(src_dict)
        next_ = d.pop("next", UNSET)

        prev = d.pop("prev", UNSET)

        _roles = d.pop("roles", UNSET)
        roles: list[InventoryRole] | Unset = UNSET
        if _roles is not UNSET:
            roles = []
            for roles_item_data in _roles:
                roles_item = InventoryRole.from_dict(roles_item_data)

                roles.append(roles_item)

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
            roles=roles,
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
