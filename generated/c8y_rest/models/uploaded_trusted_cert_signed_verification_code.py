from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UploadedTrustedCertSignedVerificationCode")


@_attrs_define
class UploadedTrustedCertSignedVerificationCode:
    """
    Attributes:
        proof_of_possession_signed_verification_code (str):  Example:
            6qgyIiqnYAx+1pkSSgy1o8tNHBVFkWoQ/2oRt5Czyy2ViobYaG8GVjz3pEcJ/Vz8e2PjjBYFYCvlGF08pZRJMjbTUHpe6p4wBFlK2.
    """

    proof_of_possession_signed_verification_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        proof_of_possession_signed_verification_code = self.proof_of_possession_signed_verification_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "proofOfPossessionSignedVerificationCode": proof_of_possession_signed_verification_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        proof_of_possession_signed_verification_code = d.pop("proofOfPossessionSignedVerificationCode")

        instance__ = cls(
            proof_of_possession_signed_verification_code=proof_of_possession_signed_verification_code,
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
