from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_tfa_data_strategy import UserTfaDataStrategy
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserTfaData")


@_attrs_define
class UserTfaData:
    """
    Example:
        {'tfaEnabled': False, 'tfaEnforced': False, 'strategy': 'TOTP', 'lastTfaRequestTime':
            '2022-08-01T20:00:00.123Z'}

    Attributes:
        last_tfa_request_time (datetime.datetime | Unset):
        strategy (UserTfaDataStrategy | Unset):
        tfa_enabled (bool | Unset):
        tfa_enforced (bool | Unset):
    """

    last_tfa_request_time: datetime.datetime | Unset = UNSET
    strategy: UserTfaDataStrategy | Unset = UNSET
    tfa_enabled: bool | Unset = UNSET
    tfa_enforced: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        last_tfa_request_time: str | Unset = UNSET
        if not isinstance(self.last_tfa_request_time, Unset):
            last_tfa_request_time = self.last_tfa_request_time.isoformat()

        strategy: str | Unset = UNSET
        if not isinstance(self.strategy, Unset):
            strategy = self.strategy.value

        tfa_enabled = self.tfa_enabled

        tfa_enforced = self.tfa_enforced

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if last_tfa_request_time is not UNSET:
            field_dict["lastTfaRequestTime"] = last_tfa_request_time
        if strategy is not UNSET:
            field_dict["strategy"] = strategy
        if tfa_enabled is not UNSET:
            field_dict["tfaEnabled"] = tfa_enabled
        if tfa_enforced is not UNSET:
            field_dict["tfaEnforced"] = tfa_enforced

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _last_tfa_request_time = d.pop("lastTfaRequestTime", UNSET)
        last_tfa_request_time: datetime.datetime | Unset
        if isinstance(_last_tfa_request_time, Unset):
            last_tfa_request_time = UNSET
        else:
            last_tfa_request_time = datetime.datetime.fromisoformat(_last_tfa_request_time)

        _strategy = d.pop("strategy", UNSET)
        strategy: UserTfaDataStrategy | Unset
        if isinstance(_strategy, Unset):
            strategy = UNSET
        else:
            strategy = UserTfaDataStrategy(_strategy)

        tfa_enabled = d.pop("tfaEnabled", UNSET)

        tfa_enforced = d.pop("tfaEnforced", UNSET)

        instance__ = cls(
            last_tfa_request_time=last_tfa_request_time,
            strategy=strategy,
            tfa_enabled=tfa_enabled,
            tfa_enforced=tfa_enforced,
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
