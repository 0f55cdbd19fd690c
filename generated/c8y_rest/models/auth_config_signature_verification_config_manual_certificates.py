from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.auth_config_signature_verification_config_manual_certificates_alg import (
    AuthConfigSignatureVerificationConfigManualCertificatesAlg,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthConfigSignatureVerificationConfigManualCertificates")


@_attrs_define
class AuthConfigSignatureVerificationConfigManualCertificates:
    """
    Attributes:
        alg (AuthConfigSignatureVerificationConfigManualCertificatesAlg | Unset):
        public_key (str | Unset):
        valid_from (datetime.datetime | Unset):
        valid_till (datetime.datetime | Unset):
    """

    alg: AuthConfigSignatureVerificationConfigManualCertificatesAlg | Unset = UNSET
    public_key: str | Unset = UNSET
    valid_from: datetime.datetime | Unset = UNSET
    valid_till: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alg: str | Unset = UNSET
        if not isinstance(self.alg, Unset):
            alg = self.alg.value

        public_key = self.public_key

        valid_from: str | Unset = UNSET
        if not isinstance(self.valid_from, Unset):
            valid_from = self.valid_from.isoformat()

        valid_till: str | Unset = UNSET
        if not isinstance(self.valid_till, Unset):
            valid_till = self.valid_till.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alg is not UNSET:
            field_dict["alg"] = alg
        if public_key is not UNSET:
            field_dict["publicKey"] = public_key
        if valid_from is not UNSET:
            field_dict["validFrom"] = valid_from
        if valid_till is not UNSET:
            field_dict["validTill"] = valid_till

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _alg = d.pop("alg", UNSET)
        alg: AuthConfigSignatureVerificationConfigManualCertificatesAlg | Unset
        if isinstance(_alg, Unset):
            alg = UNSET
        else:
            alg = AuthConfigSignatureVerificationConfigManualCertificatesAlg(_alg)

        public_key = d.pop("publicKey", UNSET)

        _valid_from = d.pop("validFrom", UNSET)
        valid_from: datetime.datetime | Unset
        if isinstance(_valid_from, Unset):
            valid_from = UNSET
        else:
            valid_from = datetime.datetime.fromisoformat(_valid_from)

        _valid_till = d.pop("validTill", UNSET)
        valid_till: datetime.datetime | Unset
        if isinstance(_valid_till, Unset):
            valid_till = UNSET
        else:
            valid_till = datetime.datetime.fromisoformat(_valid_till)

        instance__ = cls(
            alg=alg,
            public_key=public_key,
            valid_from=valid_from,
            valid_till=valid_till,
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
