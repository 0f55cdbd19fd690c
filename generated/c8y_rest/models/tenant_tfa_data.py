from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tenant_tfa_data_strategy import TenantTfaDataStrategy
from ..types import UNSET, Unset

T = TypeVar("T", bound="TenantTfaData")


@_attrs_define
class TenantTfaData:
    """
    Example:
        {'enabledOnSystemLevel': False, 'enabledOnTenantLevel': True, 'totpEnforcedOnTenantLevel': True,
            'enforcedOnSystemLevel': False, 'enforcedUsersGroup': 'admins', 'strategy': 'TOTP'}

    Attributes:
        enabled_on_system_level (bool | Unset):
        enabled_on_tenant_level (bool | Unset):
        enforced_on_system_level (bool | Unset):
        enforced_users_group (str | Unset):
        strategy (TenantTfaDataStrategy | Unset):
        totp_enforced_on_tenant_level (bool | Unset):
    """

    enabled_on_system_level: bool | Unset = UNSET
    enabled_on_tenant_level: bool | Unset = UNSET
    enforced_on_system_level: bool | Unset = UNSET
    enforced_users_group: str | Unset = UNSET
    strategy: TenantTfaDataStrategy | Unset = UNSET
    totp_enforced_on_tenant_level: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled_on_system_level = self.enabled_on_system_level

        enabled_on_tenant_level = self.enabled_on_tenant_level

        enforced_on_system_level = self.enforced_on_system_level

        enforced_users_group = self.enforced_users_group

        strategy: str | Unset = UNSET
        if not isinstance(self.strategy, Unset):
            strategy = self.strategy.value

        totp_enforced_on_tenant_level = self.totp_enforced_on_tenant_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled_on_system_level is not UNSET:
            field_dict["enabledOnSystemLevel"] = enabled_on_system_level
        if enabled_on_tenant_level is not UNSET:
            field_dict["enabledOnTenantLevel"] = enabled_on_tenant_level
        if enforced_on_system_level is not UNSET:
            field_dict["enforcedOnSystemLevel"] = enforced_on_system_level
        if enforced_users_group is not UNSET:
            field_dict["enforcedUsersGroup"] = enforced_users_group
        if strategy is not UNSET:
            field_dict["strategy"] = strategy
        if totp_enforced_on_tenant_level is not UNSET:
            field_dict["totpEnforcedOnTenantLevel"] = totp_enforced_on_tenant_level

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled_on_system_level = d.pop("enabledOnSystemLevel", UNSET)

        enabled_on_tenant_level = d.pop("enabledOnTenantLevel", UNSET)

        enforced_on_system_level = d.pop("enforcedOnSystemLevel", UNSET)

        enforced_users_group = d.pop("enforcedUsersGroup", UNSET)

        _strategy = d.pop("strategy", UNSET)
        strategy: TenantTfaDataStrategy | Unset
        if isinstance(_strategy, Unset):
            strategy = UNSET
        else:
            strategy = TenantTfaDataStrategy(_strategy)

        totp_enforced_on_tenant_level = d.pop("totpEnforcedOnTenantLevel", UNSET)

        instance__ = cls(
            enabled_on_system_level=enabled_on_system_level,
            enabled_on_tenant_level=enabled_on_tenant_level,
            enforced_on_system_level=enforced_on_system_level,
            enforced_users_group=enforced_users_group,
            strategy=strategy,
            totp_enforced_on_tenant_level=totp_enforced_on_tenant_level,
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
