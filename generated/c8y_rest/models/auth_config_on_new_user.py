from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auth_config_on_new_user_dynamic_mapping import AuthConfigOnNewUserDynamicMapping


T = TypeVar("T", bound="AuthConfigOnNewUser")


@_attrs_define
class AuthConfigOnNewUser:
    """
    Attributes:
        dynamic_mapping (AuthConfigOnNewUserDynamicMapping | Unset):
    """

    dynamic_mapping: AuthConfigOnNewUserDynamicMapping | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dynamic_mapping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dynamic_mapping, Unset):
            dynamic_mapping = self.dynamic_mapping.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dynamic_mapping is not UNSET:
            field_dict["dynamicMapping"] = dynamic_mapping

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auth_config_on_new_user_dynamic_mapping import AuthConfigOnNewUserDynamicMapping  # noqa: PLC0415

        d = dict(src_dict)
        _dynamic_mapping = d.pop("dynamicMapping", UNSET)
        dynamic_mapping: AuthConfigOnNewUserDynamicMapping | Unset
        if isinstance(_dynamic_mapping, Unset):
            dynamic_mapping = UNSET
        else:
            dynamic_mapping = AuthConfigOnNewUserDynamicMapping.from_dict(_dynamic_mapping)

        instance__ = cls(
            dynamic_mapping=dynamic_mapping,
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
