from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.auth_config_external_token_config_validation_method import AuthConfigExternalTokenConfigValidationMethod
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auth_config_external_token_config_user_or_app_id_config import (
        AuthConfigExternalTokenConfigUserOrAppIdConfig,
    )
    from ..models.request_representation import RequestRepresentation


T = TypeVar("T", bound="AuthConfigExternalTokenConfig")


@_attrs_define
class AuthConfigExternalTokenConfig:
    """
    Attributes:
        enabled (bool | Unset):
        user_or_app_id_config (AuthConfigExternalTokenConfigUserOrAppIdConfig | Unset):
        validation_required (bool | Unset):
        validation_method (AuthConfigExternalTokenConfigValidationMethod | Unset):
        token_validation_request (RequestRepresentation | Unset):
        access_token_validity_check_interval_in_minutes (int | Unset):
    """

    enabled: bool | Unset = UNSET
    user_or_app_id_config: AuthConfigExternalTokenConfigUserOrAppIdConfig | Unset = UNSET
    validation_required: bool | Unset = UNSET
    validation_method: AuthConfigExternalTokenConfigValidationMethod | Unset = UNSET
    token_validation_request: RequestRepresentation | Unset = UNSET
    access_token_validity_check_interval_in_minutes: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        user_or_app_id_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_or_app_id_config, Unset):
            user_or_app_id_config = self.user_or_app_id_config.to_dict()

        validation_required = self.validation_required

        validation_method: str | Unset = UNSET
        if not isinstance(self.validation_method, Unset):
            validation_method = self.validation_method.value

        token_validation_request: dict[str, Any] | Unset = UNSET
        if not isinstance(self.token_validation_request, Unset):
            token_validation_request = self.token_validation_request.to_dict()

        access_token_validity_check_interval_in_minutes = self.access_token_validity_check_interval_in_minutes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if user_or_app_id_config is not UNSET:
            field_dict["userOrAppIdConfig"] = user_or_app_id_config
        if validation_required is not UNSET:
            field_dict["validationRequired"] = validation_required
        if validation_method is not UNSET:
            field_dict["validationMethod"] = validation_method
        if token_validation_request is not UNSET:
            field_dict["tokenValidationRequest"] = token_validation_request
        if access_token_validity_check_interval_in_minutes is not UNSET:
            field_dict["accessTokenValidityCheckIntervalInMinutes"] = access_token_validity_check_interval_in_minutes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auth_config_external_token_config_user_or_app_id_config import (
            AuthConfigExternalTokenConfigUserOrAppIdConfig,  # noqa: PLC0415
        )
        from ..models.request_representation import RequestRepresentation  # noqa: PLC0415

        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        _user_or_app_id_config = d.pop("userOrAppIdConfig", UNSET)
        user_or_app_id_config: AuthConfigExternalTokenConfigUserOrAppIdConfig | Unset
        if isinstance(_user_or_app_id_config, Unset):
            user_or_app_id_config = UNSET
        else:
            user_or_app_id_config = AuthConfigExternalTokenConfigUserOrAppIdConfig.from_dict(_user_or_app_id_config)

        validation_required = d.pop("validationRequired", UNSET)

        _validation_method = d.pop("validationMethod", UNSET)
        validation_method: AuthConfigExternalTokenConfigValidationMethod | Unset
        if isinstance(_validation_method, Unset):
            validation_method = UNSET
        else:
            validation_method = AuthConfigExternalTokenConfigValidationMethod(_validation_method)

        _token_validation_request = d.pop("tokenValidationRequest", UNSET)
        token_validation_request: RequestRepresentation | Unset
        if isinstance(_token_validation_request, Unset):
            token_validation_request = UNSET
        else:
            token_validation_request = RequestRepresentation.from_dict(_token_validation_request)

        access_token_validity_check_interval_in_minutes = d.pop("accessTokenValidityCheckIntervalInMinutes", UNSET)

        instance__ = cls(
            enabled=enabled,
            user_or_app_id_config=user_or_app_id_config,
            validation_required=validation_required,
            validation_method=validation_method,
            token_validation_request=token_validation_request,
            access_token_validity_check_interval_in_minutes=access_token_validity_check_interval_in_minutes,
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
