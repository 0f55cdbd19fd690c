from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.login_option import LoginOption


T = TypeVar("T", bound="LoginOptionCollection")


@_attrs_define
class LoginOptionCollection:
    """
    Attributes:
        login_options (list[LoginOption] | Unset):
        self_ (str | Unset):
    """

    login_options: list[LoginOption] | Unset = UNSET
    self_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        login_options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.login_options, Unset):
            login_options = []
            for login_options_item_data in self.login_options:
                login_options_item = login_options_item_data.to_dict()
                login_options.append(login_options_item)

        self_ = self.self_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if login_options is not UNSET:
            field_dict["loginOptions"] = login_options
        if self_ is not UNSET:
            field_dict["self"] = self_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.login_option import LoginOption  # noqa: PLC0415

        d = dict(src_dict)
        _login_options = d.pop("loginOptions", UNSET)
        login_options: list[LoginOption] | Unset = UNSET
        if _login_options is not UNSET:
            login_options = []
            for login_options_item_data in _login_options:
                login_options_item = LoginOption.from_dict(login_options_item_data)

                login_options.append(login_options_item)

        self_ = d.pop("self", UNSET)

        instance__ = cls(
            login_options=login_options,
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
