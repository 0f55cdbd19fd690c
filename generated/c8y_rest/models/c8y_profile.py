from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="C8YProfile")


@_attrs_define
class C8YProfile:
    """
    Example:
        {'profileName': 'Device_Profile_1', 'profileId': '1694', 'profileExecuted': True}

    Attributes:
        profile_name (str | Unset):
        profile_id (str | Unset):
        profile_executed (bool | Unset):
    """

    profile_name: str | Unset = UNSET
    profile_id: str | Unset = UNSET
    profile_executed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        profile_name = self.profile_name

        profile_id = self.profile_id

        profile_executed = self.profile_executed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if profile_name is not UNSET:
            field_dict["profileName"] = profile_name
        if profile_id is not UNSET:
            field_dict["profileId"] = profile_id
        if profile_executed is not UNSET:
            field_dict["profileExecuted"] = profile_executed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        profile_name = d.pop("profileName", UNSET)

        profile_id = d.pop("profileId", UNSET)

        profile_executed = d.pop("profileExecuted", UNSET)

        instance__ = cls(
            profile_name=profile_name,
            profile_id=profile_id,
            profile_executed=profile_executed,
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
