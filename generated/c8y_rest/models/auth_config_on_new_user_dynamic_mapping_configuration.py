from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthConfigOnNewUserDynamicMappingConfiguration")


@_attrs_define
class AuthConfigOnNewUserDynamicMappingConfiguration:
    """
    Attributes:
        map_roles_only_for_new_user (bool | Unset):
        manage_roles_only_from_access_mapping (bool | Unset):
        map_from_id_token (bool | Unset):
    """

    map_roles_only_for_new_user: bool | Unset = UNSET
    manage_roles_only_from_access_mapping: bool | Unset = UNSET
    map_from_id_token: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        map_roles_only_for_new_user = self.map_roles_only_for_new_user

        manage_roles_only_from_access_mapping = self.manage_roles_only_from_access_mapping

        map_from_id_token = self.map_from_id_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if map_roles_only_for_new_user is not UNSET:
            field_dict["mapRolesOnlyForNewUser"] = map_roles_only_for_new_user
        if manage_roles_only_from_access_mapping is not UNSET:
            field_dict["manageRolesOnlyFromAccessMapping"] = manage_roles_only_from_access_mapping
        if map_from_id_token is not UNSET:
            field_dict["mapFromIdToken"] = map_from_id_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        map_roles_only_for_new_user = d.pop("mapRolesOnlyForNewUser", UNSET)

        manage_roles_only_from_access_mapping = d.pop("manageRolesOnlyFromAccessMapping", UNSET)

        map_from_id_token = d.pop("mapFromIdToken", UNSET)

        instance__ = cls(
            map_roles_only_for_new_user=map_roles_only_for_new_user,
            manage_roles_only_from_access_mapping=manage_roles_only_from_access_mapping,
            map_from_id_token=map_from_id_token,
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
