from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.uploaded_trusted_certificate_status import UploadedTrustedCertificateStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="UploadedTrustedCertificate")


@_attrs_define
class UploadedTrustedCertificate:
    """
    Attributes:
        cert_in_pem_format (str):
        status (UploadedTrustedCertificateStatus):  Example: ENABLED.
        auto_registration_enabled (bool | Unset):  Default: False.
        name (str | Unset):
    """

    cert_in_pem_format: str
    status: UploadedTrustedCertificateStatus
    auto_registration_enabled: bool | Unset = False
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cert_in_pem_format = self.cert_in_pem_format

        status = self.status.value

        auto_registration_enabled = self.auto_registration_enabled

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "certInPemFormat": cert_in_pem_format,
                "status": status,
            }
        )
        if auto_registration_enabled is not UNSET:
            field_dict["autoRegistrationEnabled"] = auto_registration_enabled
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cert_in_pem_format = d.pop("certInPemFormat")

        status = UploadedTrustedCertificateStatus(d.pop("status"))

        auto_registration_enabled = d.pop("autoRegistrationEnabled", UNSET)

        name = d.pop("name", UNSET)

        instance__ = cls(
            cert_in_pem_format=cert_in_pem_format,
            status=status,
            auto_registration_enabled=auto_registration_enabled,
            name=name,
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
