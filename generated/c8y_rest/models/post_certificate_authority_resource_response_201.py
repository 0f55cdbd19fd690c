from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.trusted_certificate_status import TrustedCertificateStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="PostCertificateAuthorityResourceResponse201")


@_attrs_define
class PostCertificateAuthorityResourceResponse201:
    """
    Attributes:
        algorithm_name (str | Unset):
        auto_registration_enabled (bool | Unset):  Default: False.
        cert_in_pem_format (str | Unset):
        fingerprint (str | Unset):
        issuer (str | Unset):
        name (str | Unset):
        not_after (datetime.datetime | Unset):
        not_before (datetime.datetime | Unset):
        proof_of_possession_valid (bool | Unset):  Example: False.
        proof_of_possession_unsigned_verification_code (str | Unset):  Example: 6qgyIiqnYAx+1pkSSgy1o8tNHBVFx0Xx959fWmrX
            fSKsgBEggyR+er6KVgag1oMrdS6L3gBLmU3wKQk83RsdHSJkWoQ/2oRt5Czyy2ViobYaG8GVjz3pEcJ/Vz8e2PjjBYFYCvlGF08pZRJMjbTUHpe6
            p4wBFlK2.
        proof_of_possession_verification_code_usable_until (datetime.datetime | Unset):  Example:
            2024-03-19T00:00:00.000Z.
        self_ (str | Unset):
        serial_number (str | Unset):
        status (TrustedCertificateStatus | Unset):  Example: ENABLED.
        subject (str | Unset):
        version (int | Unset):
        tenant_certificate_authority (bool | Unset):  Default: False. Example: True.
    """

    algorithm_name: str | Unset = UNSET
    auto_registration_enabled: bool | Unset = False
    cert_in_pem_format: str | Unset = UNSET
    fingerprint: str | Unset = UNSET
    issuer: str | Unset = UNSET
    name: str | Unset = UNSET
    not_after: datetime.datetime | Unset = UNSET
    not_before: datetime.datetime | Unset = UNSET
    proof_of_possession_valid: bool | Unset = UNSET
    proof_of_possession_unsigned_verification_code: str | Unset = UNSET
    proof_of_possession_verification_code_usable_until: datetime.datetime | Unset = UNSET
    self_: str | Unset = UNSET
    serial_number: str | Unset = UNSET
    status: TrustedCertificateStatus | Unset = UNSET
    subject: str | Unset = UNSET
    version: int | Unset = UNSET
    tenant_certificate_authority: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        algorithm_name = self.algorithm_name

        auto_registration_enabled = self.auto_registration_enabled

        cert_in_pem_format = self.cert_in_pem_format

        fingerprint = self.fingerprint

        issuer = self.issuer

        name = self.name

        not_after: str | Unset = UNSET
        if not isinstance(self.not_after, Unset):
            not_after = self.not_after.isoformat()

        not_before: str | Unset = UNSET
        if not isinstance(self.not_before, Unset):
            not_before = self.not_before.isoformat()

        proof_of_possession_valid = self.proof_of_possession_valid

        proof_of_possession_unsigned_verification_code = self.proof_of_possession_unsigned_verification_code

        proof_of_possession_verification_code_usable_until: str | Unset = UNSET
        if not isinstance(self.proof_of_possession_verification_code_usable_until, Unset):
            proof_of_possession_verification_code_usable_until = (
                self.proof_of_possession_verification_code_usable_until.isoformat()
            )

        self_ = self.self_

        serial_number = self.serial_number

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        subject = self.subject

        version = self.version

        tenant_certificate_authority = self.tenant_certificate_authority

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if algorithm_name is not UNSET:
            field_dict["algorithmName"] = algorithm_name
        if auto_registration_enabled is not UNSET:
            field_dict["autoRegistrationEnabled"] = auto_registration_enabled
        if cert_in_pem_format is not UNSET:
            field_dict["certInPemFormat"] = cert_in_pem_format
        if fingerprint is not UNSET:
            field_dict["fingerprint"] = fingerprint
        if issuer is not UNSET:
            field_dict["issuer"] = issuer
        if name is not UNSET:
            field_dict["name"] = name
        if not_after is not UNSET:
            field_dict["notAfter"] = not_after
        if not_before is not UNSET:
            field_dict["notBefore"] = not_before
        if proof_of_possession_valid is not UNSET:
            field_dict["proofOfPossessionValid"] = proof_of_possession_valid
        if proof_of_possession_unsigned_verification_code is not UNSET:
            field_dict["proofOfPossessionUnsignedVerificationCode"] = proof_of_possession_unsigned_verification_code
        if proof_of_possession_verification_code_usable_until is not UNSET:
            field_dict["proofOfPossessionVerificationCodeUsableUntil"] = (
                proof_of_possession_verification_code_usable_until
            )
        if self_ is not UNSET:
            field_dict["self"] = self_
        if serial_number is not UNSET:
            field_dict["serialNumber"] = serial_number
        if status is not UNSET:
            field_dict["status"] = status
        if subject is not UNSET:
            field_dict["subject"] = subject
        if version is not UNSET:
            field_dict["version"] = version
        if tenant_certificate_authority is not UNSET:
            field_dict["tenantCertificateAuthority"] = tenant_certificate_authority

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        algorithm_name = d.pop("algorithmName", UNSET)

        auto_registration_enabled = d.pop("autoRegistrationEnabled", UNSET)

        cert_in_pem_format = d.pop("certInPemFormat", UNSET)

        fingerprint = d.pop("fingerprint", UNSET)

        issuer = d.pop("issuer", UNSET)

        name = d.pop("name", UNSET)

        _not_after = d.pop("notAfter", UNSET)
        not_after: datetime.datetime | Unset
        if isinstance(_not_after, Unset):
            not_after = UNSET
        else:
            not_after = datetime.datetime.fromisoformat(_not_after)

        _not_before = d.pop("notBefore", UNSET)
        not_before: datetime.datetime | Unset
        if isinstance(_not_before, Unset):
            not_before = UNSET
        else:
            not_before = datetime.datetime.fromisoformat(_not_before)

        proof_of_possession_valid = d.pop("proofOfPossessionValid", UNSET)

        proof_of_possession_unsigned_verification_code = d.pop("proofOfPossessionUnsignedVerificationCode", UNSET)

        _proof_of_possession_verification_code_usable_until = d.pop(
            "proofOfPossessionVerificationCodeUsableUntil", UNSET
        )
        proof_of_possession_verification_code_usable_until: datetime.datetime | Unset
        if isinstance(_proof_of_possession_verification_code_usable_until, Unset):
            proof_of_possession_verification_code_usable_until = UNSET
        else:
            proof_of_possession_verification_code_usable_until = datetime.datetime.fromisoformat(
                _proof_of_possession_verification_code_usable_until
            )

        self_ = d.pop("self", UNSET)

        serial_number = d.pop("serialNumber", UNSET)

        _status = d.pop("status", UNSET)
        status: TrustedCertificateStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = TrustedCertificateStatus(_status)

        subject = d.pop("subject", UNSET)

        version = d.pop("version", UNSET)

        tenant_certificate_authority = d.pop("tenantCertificateAuthority", UNSET)

        instance__ = cls(
            algorithm_name=algorithm_name,
            auto_registration_enabled=auto_registration_enabled,
            cert_in_pem_format=cert_in_pem_format,
            fingerprint=fingerprint,
            issuer=issuer,
            name=name,
            not_after=not_after,
            not_before=not_before,
            proof_of_possession_valid=proof_of_possession_valid,
            proof_of_possession_unsigned_verification_code=proof_of_possession_unsigned_verification_code,
            proof_of_possession_verification_code_usable_until=proof_of_possession_verification_code_usable_until,
            self_=self_,
            serial_number=serial_number,
            status=status,
            subject=subject,
            version=version,
            tenant_certificate_authority=tenant_certificate_authority,
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
