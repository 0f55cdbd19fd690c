from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthConfigAccessTokenToUserDataMapping")


@_attrs_define
class AuthConfigAccessTokenToUserDataMapping:
    """
    Attributes:
        email_claim_name (str | Unset):
        first_name_claim_name (str | Unset):
        last_name_claim_name (str | Unset):
        phone_number_claim_name (str | Unset):
    """

    email_claim_name: str | Unset = UNSET
    first_name_claim_name: str | Unset = UNSET
    last_name_claim_name: str | Unset = UNSET
    phone_number_claim_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_claim_name = self.email_claim_name

        first_name_claim_name = self.first_name_claim_name

        last_name_claim_name = self.last_name_claim_name

        phone_number_claim_name = self.phone_number_claim_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email_claim_name is not UNSET:
            field_dict["emailClaimName"] = email_claim_name
        if first_name_claim_name is not UNSET:
            field_dict["firstNameClaimName"] = first_name_claim_name
        if last_name_claim_name is not UNSET:
            field_dict["lastNameClaimName"] = last_name_claim_name
        if phone_number_claim_name is not UNSET:
            field_dict["phoneNumberClaimName"] = phone_number_claim_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email_claim_name = d.pop("emailClaimName", UNSET)

        first_name_claim_name = d.pop("firstNameClaimName", UNSET)

        last_name_claim_name = d.pop("lastNameClaimName", UNSET)

        phone_number_claim_name = d.pop("phoneNumberClaimName", UNSET)

        instance__ = cls(
            email_claim_name=email_claim_name,
            first_name_claim_name=first_name_claim_name,
            last_name_claim_name=last_name_claim_name,
            phone_number_claim_name=phone_number_claim_name,
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
