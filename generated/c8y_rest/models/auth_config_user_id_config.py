from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthConfigUserIdConfig")


@_attrs_define
class AuthConfigUserIdConfig:
    """
    Attributes:
        constant_value (str | Unset):
        jwt_field (str | Unset):
        use_constant_value (bool | Unset):
    """

    constant_value: str | Unset = UNSET
    jwt_field: str | Unset = UNSET
    use_constant_value: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        constant_value = self.constant_value

        jwt_field = self.jwt_field

        use_constant_value = self.use_constant_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if constant_value is not UNSET:
            field_dict["constantValue"] = constant_value
        if jwt_field is not UNSET:
            field_dict["jwtField"] = jwt_field
        if use_constant_value is not UNSET:
            field_dict["useConstantValue"] = use_constant_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        constant_value = d.pop("constantValue", UNSET)

        jwt_field = d.pop("jwtField", UNSET)

        use_constant_value = d.pop("useConstantValue", UNSET)

        instance__ = cls(
            constant_value=constant_value,
            jwt_field=jwt_field,
            use_constant_value=use_constant_value,
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
