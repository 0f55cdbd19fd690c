from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VerifyCertificateChain")


@_attrs_define
class VerifyCertificateChain:
    """
    Example:
        {'successfullyValidated': True, 'tenantId': 't07007007', 'subject': 'CN=iotdevice0001,O=device,ST=PL,C=EU',
            'issuer': 'CN=CertificateName, OU=Dusseldorf, O=Cumulocity, C=DE'}

    Attributes:
        successfully_validated (bool | Unset):
        tenant_id (str | Unset):
        issuer (str | Unset):
        subject (str | Unset):
    """

    successfully_validated: bool | Unset = UNSET
    tenant_id: str | Unset = UNSET
    issuer: str | Unset = UNSET
    subject: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        successfully_validated = self.successfully_validated

        tenant_id = self.tenant_id

        issuer = self.issuer

        subject = self.subject

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if successfully_validated is not UNSET:
            field_dict["successfullyValidated"] = successfully_validated
        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id
        if issuer is not UNSET:
            field_dict["issuer"] = issuer
        if subject is not UNSET:
            field_dict["subject"] = subject

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        successfully_validated = d.pop("successfullyValidated", UNSET)

        tenant_id = d.pop("tenantId", UNSET)

        issuer = d.pop("issuer", UNSET)

        subject = d.pop("subject", UNSET)

        instance__ = cls(
            successfully_validated=successfully_validated,
            tenant_id=tenant_id,
            issuer=issuer,
            subject=subject,
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
