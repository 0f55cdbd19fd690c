from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.group import Group


T = TypeVar("T", bound="GroupReference")


@_attrs_define
class GroupReference:
    """
    Attributes:
        group (Group | Unset):  Example: {'id': 2, 'name': 'Global Watchers', 'description': 'Can watch all events',
            'self': 'https://<TENANT_DOMAIN>/user/{tenantId}/groups/2', 'roles': {'self':
            'https://<TENANT_DOMAIN>/user/{tenantId}/groups/2/roles', 'references': []}, 'users': {'self':
            'https://<TENANT_DOMAIN>/user/{tenantId}/groups/2/users', 'references': []}, 'applications': [],
            'customProperties': {}, 'devicePermissions': {'647100': ['MANAGED_OBJECT:*:ADMIN']}}.
        self_ (str | Unset):
    """

    group: Group | Unset = UNSET
    self_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.group, Unset):
            group = self.group.to_dict()

        self_ = self.self_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group is not UNSET:
            field_dict["group"] = group
        if self_ is not UNSET:
            field_dict["self"] = self_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.group import Group  # noqa: PLC0415

        d = dict(src_dict)
        _group = d.pop("group", UNSET)
        group: Group | Unset
        if isinstance(_group, Unset):
            group = UNSET
        else:
            group = Group.from_dict(_group)

        self_ = d.pop("self", UNSET)

        instance__ = cls(
            group=group,
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
