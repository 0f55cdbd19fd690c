from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auth_config_signature_verification_config_manual_certificates import (
        AuthConfigSignatureVerificationConfigManualCertificates,
    )


T = TypeVar("T", bound="AuthConfigSignatureVerificationConfigManual")


@_attrs_define
class AuthConfigSignatureVerificationConfigManual:
    """
    Attributes:
        cert_id_field (str | Unset):
        cert_id_from_field (bool | Unset):
        certificates (AuthConfigSignatureVerificationConfigManualCertificates | Unset):
    """

    cert_id_field: str | Unset = UNSET
    cert_id_from_field: bool | Unset = UNSET
    certificates: AuthConfigSignatureVerificationConfigManualCertificates | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cert_id_field = self.cert_id_field

        cert_id_from_field = self.cert_id_from_field

        certificates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.certificates, Unset):
            certificates = self.certificates.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cert_id_field is not UNSET:
            field_dict["certIdField"] = cert_id_field
        if cert_id_from_field is not UNSET:
            field_dict["certIdFromField"] = cert_id_from_field
        if certificates is not UNSET:
            field_dict["certificates"] = certificates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auth_config_signature_verification_config_manual_certificates import (
            AuthConfigSignatureVerificationConfigManualCertificates,  # noqa: PLC0415
        )

        d = dict(src_dict)
        cert_id_field = d.pop("certIdField", UNSET)

        cert_id_from_field = d.pop("certIdFromField", UNSET)

        _certificates = d.pop("certificates", UNSET)
        certificates: AuthConfigSignatureVerificationConfigManualCertificates | Unset
        if isinstance(_certificates, Unset):
            certificates = UNSET
        else:
            certificates = AuthConfigSignatureVerificationConfigManualCertificates.from_dict(_certificates)

        instance__ = cls(
            cert_id_field=cert_id_field,
            cert_id_from_field=cert_id_from_field,
            certificates=certificates,
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
