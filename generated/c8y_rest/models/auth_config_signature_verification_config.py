from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auth_config_signature_verification_config_aad import AuthConfigSignatureVerificationConfigAad
    from ..models.auth_config_signature_verification_config_adfs_manifest import (
        AuthConfigSignatureVerificationConfigAdfsManifest,
    )
    from ..models.auth_config_signature_verification_config_jwks import AuthConfigSignatureVerificationConfigJwks
    from ..models.auth_config_signature_verification_config_manual import AuthConfigSignatureVerificationConfigManual


T = TypeVar("T", bound="AuthConfigSignatureVerificationConfig")


@_attrs_define
class AuthConfigSignatureVerificationConfig:
    """
    Attributes:
        aad (AuthConfigSignatureVerificationConfigAad | Unset):
        adfs_manifest (AuthConfigSignatureVerificationConfigAdfsManifest | Unset):
        jwks (AuthConfigSignatureVerificationConfigJwks | Unset):
        manual (AuthConfigSignatureVerificationConfigManual | Unset):
    """

    aad: AuthConfigSignatureVerificationConfigAad | Unset = UNSET
    adfs_manifest: AuthConfigSignatureVerificationConfigAdfsManifest | Unset = UNSET
    jwks: AuthConfigSignatureVerificationConfigJwks | Unset = UNSET
    manual: AuthConfigSignatureVerificationConfigManual | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aad: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aad, Unset):
            aad = self.aad.to_dict()

        adfs_manifest: dict[str, Any] | Unset = UNSET
        if not isinstance(self.adfs_manifest, Unset):
            adfs_manifest = self.adfs_manifest.to_dict()

        jwks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.jwks, Unset):
            jwks = self.jwks.to_dict()

        manual: dict[str, Any] | Unset = UNSET
        if not isinstance(self.manual, Unset):
            manual = self.manual.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if aad is not UNSET:
            field_dict["aad"] = aad
        if adfs_manifest is not UNSET:
            field_dict["adfsManifest"] = adfs_manifest
        if jwks is not UNSET:
            field_dict["jwks"] = jwks
        if manual is not UNSET:
            field_dict["manual"] = manual

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auth_config_signature_verification_config_aad import AuthConfigSignatureVerificationConfigAad  # noqa: PLC0415
        from ..models.auth_config_signature_verification_config_adfs_manifest import (
            AuthConfigSignatureVerificationConfigAdfsManifest,  # noqa: PLC0415
        )
        from ..models.auth_config_signature_verification_config_jwks import AuthConfigSignatureVerificationConfigJwks  # noqa: PLC0415
        from ..models.auth_config_signature_verification_config_manual import (
            AuthConfigSignatureVerificationConfigManual,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _aad = d.pop("aad", UNSET)
        aad: AuthConfigSignatureVerificationConfigAad | Unset
        if isinstance(_aad, Unset):
            aad = UNSET
        else:
            aad = AuthConfigSignatureVerificationConfigAad.from_dict(_aad)

        _adfs_manifest = d.pop("adfsManifest", UNSET)
        adfs_manifest: AuthConfigSignatureVerificationConfigAdfsManifest | Unset
        if isinstance(_adfs_manifest, Unset):
            adfs_manifest = UNSET
        else:
            adfs_manifest = AuthConfigSignatureVerificationConfigAdfsManifest.from_dict(_adfs_manifest)

        _jwks = d.pop("jwks", UNSET)
        jwks: AuthConfigSignatureVerificationConfigJwks | Unset
        if isinstance(_jwks, Unset):
            jwks = UNSET
        else:
            jwks = AuthConfigSignatureVerificationConfigJwks.from_dict(_jwks)

        _manual = d.pop("manual", UNSET)
        manual: AuthConfigSignatureVerificationConfigManual | Unset
        if isinstance(_manual, Unset):
            manual = UNSET
        else:
            manual = AuthConfigSignatureVerificationConfigManual.from_dict(_manual)

        instance__ = cls(
            aad=aad,
            adfs_manifest=adfs_manifest,
            jwks=jwks,
            manual=manual,
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
