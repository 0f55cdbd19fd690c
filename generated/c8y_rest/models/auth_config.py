from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.auth_config_grant_type import AuthConfigGrantType
from ..models.auth_config_type import AuthConfigType
from ..models.auth_config_user_management_source import AuthConfigUserManagementSource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auth_config_access_token_to_user_data_mapping import AuthConfigAccessTokenToUserDataMapping
    from ..models.auth_config_authorization_request import AuthConfigAuthorizationRequest
    from ..models.auth_config_external_token_config import AuthConfigExternalTokenConfig
    from ..models.auth_config_logout_request import AuthConfigLogoutRequest
    from ..models.auth_config_on_new_user import AuthConfigOnNewUser
    from ..models.auth_config_refresh_request import AuthConfigRefreshRequest
    from ..models.auth_config_signature_verification_config import AuthConfigSignatureVerificationConfig
    from ..models.auth_config_token_request import AuthConfigTokenRequest
    from ..models.auth_config_user_id_config import AuthConfigUserIdConfig
    from ..models.basic_authentication_restrictions import BasicAuthenticationRestrictions
    from ..models.o_auth_session_configuration import OAuthSessionConfiguration


T = TypeVar("T", bound="AuthConfig")


@_attrs_define
class AuthConfig:
    """
    Example:
        {'self': 'https://<TENANT_DOMAIN>/tenant/loginOptions/924997e5-863c-4532-96f9-cbe6dc5f8902',
            'userManagementSource': 'INTERNAL', 'type': 'OAUTH2_INTERNAL', 'sessionConfiguration': {'absoluteTimeoutMillis':
            7200000, 'renewalTimeoutMillis': 3600000, 'userAgentValidationRequired': False,
            'maximumNumberOfParallelSessions': 3}, 'id': '924997e5-863c-4532-96f9-cbe6dc5f8902', 'providerName':
            'Cumulocity', 'visibleOnLoginPage': True, 'grantType': 'PASSWORD', 'onlyManagementTenantAccess': False}

    Attributes:
        provider_name (str):
        type_ (AuthConfigType):
        access_token_to_user_data_mapping (AuthConfigAccessTokenToUserDataMapping | Unset):
        audience (str | Unset):
        authorization_request (AuthConfigAuthorizationRequest | Unset):
        authentication_restrictions (BasicAuthenticationRestrictions | Unset):
        button_name (str | Unset):
        client_id (str | Unset):
        grant_type (AuthConfigGrantType | Unset):
        id (str | Unset):
        issuer (str | Unset):
        logout_request (AuthConfigLogoutRequest | Unset):
        only_management_tenant_access (bool | Unset):
        on_new_user (AuthConfigOnNewUser | Unset):
        redirect_to_platform (str | Unset):
        refresh_request (AuthConfigRefreshRequest | Unset):
        self_ (str | Unset):
        session_configuration (OAuthSessionConfiguration | Unset):
        signature_verification_config (AuthConfigSignatureVerificationConfig | Unset):
        template (str | Unset):
        token_request (AuthConfigTokenRequest | Unset):
        use_id_token (bool | Unset):
        user_id_config (AuthConfigUserIdConfig | Unset):
        user_management_source (AuthConfigUserManagementSource | Unset):
        visible_on_login_page (bool | Unset):
        external_token_config (AuthConfigExternalTokenConfig | Unset):
    """

    provider_name: str
    type_: AuthConfigType
    access_token_to_user_data_mapping: AuthConfigAccessTokenToUserDataMapping | Unset = UNSET
    audience: str | Unset = UNSET
    authorization_request: AuthConfigAuthorizationRequest | Unset = UNSET
    authentication_restrictions: BasicAuthenticationRestrictions | Unset = UNSET
    button_name: str | Unset = UNSET
    client_id: str | Unset = UNSET
    grant_type: AuthConfigGrantType | Unset = UNSET
    id: str | Unset = UNSET
    issuer: str | Unset = UNSET
    logout_request: AuthConfigLogoutRequest | Unset = UNSET
    only_management_tenant_access: bool | Unset = UNSET
    on_new_user: AuthConfigOnNewUser | Unset = UNSET
    redirect_to_platform: str | Unset = UNSET
    refresh_request: AuthConfigRefreshRequest | Unset = UNSET
    self_: str | Unset = UNSET
    session_configuration: OAuthSessionConfiguration | Unset = UNSET
    signature_verification_config: AuthConfigSignatureVerificationConfig | Unset = UNSET
    template: str | Unset = UNSET
    token_request: AuthConfigTokenRequest | Unset = UNSET
    use_id_token: bool | Unset = UNSET
    user_id_config: AuthConfigUserIdConfig | Unset = UNSET
    user_management_source: AuthConfigUserManagementSource | Unset = UNSET
    visible_on_login_page: bool | Unset = UNSET
    external_token_config: AuthConfigExternalTokenConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider_name = self.provider_name

        type_ = self.type_.value

        access_token_to_user_data_mapping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.access_token_to_user_data_mapping, Unset):
            access_token_to_user_data_mapping = self.access_token_to_user_data_mapping.to_dict()

        audience = self.audience

        authorization_request: dict[str, Any] | Unset = UNSET
        if not isinstance(self.authorization_request, Unset):
            authorization_request = self.authorization_request.to_dict()

        authentication_restrictions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.authentication_restrictions, Unset):
            authentication_restrictions = self.authentication_restrictions.to_dict()

        button_name = self.button_name

        client_id = self.client_id

        grant_type: str | Unset = UNSET
        if not isinstance(self.grant_type, Unset):
            grant_type = self.grant_type.value

        id = self.id

        issuer = self.issuer

        logout_request: dict[str, Any] | Unset = UNSET
        if not isinstance(self.logout_request, Unset):
            logout_request = self.logout_request.to_dict()

        only_management_tenant_access = self.only_management_tenant_access

        on_new_user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.on_new_user, Unset):
            on_new_user = self.on_new_user.to_dict()

        redirect_to_platform = self.redirect_to_platform

        refresh_request: dict[str, Any] | Unset = UNSET
        if not isinstance(self.refresh_request, Unset):
            refresh_request = self.refresh_request.to_dict()

        self_ = self.self_

        session_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.session_configuration, Unset):
            session_configuration = self.session_configuration.to_dict()

        signature_verification_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.signature_verification_config, Unset):
            signature_verification_config = self.signature_verification_config.to_dict()

        template = self.template

        token_request: dict[str, Any] | Unset = UNSET
        if not isinstance(self.token_request, Unset):
            token_request = self.token_request.to_dict()

        use_id_token = self.use_id_token

        user_id_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_id_config, Unset):
            user_id_config = self.user_id_config.to_dict()

        user_management_source: str | Unset = UNSET
        if not isinstance(self.user_management_source, Unset):
            user_management_source = self.user_management_source.value

        visible_on_login_page = self.visible_on_login_page

        external_token_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external_token_config, Unset):
            external_token_config = self.external_token_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "providerName": provider_name,
                "type": type_,
            }
        )
        if access_token_to_user_data_mapping is not UNSET:
            field_dict["accessTokenToUserDataMapping"] = access_token_to_user_data_mapping
        if audience is not UNSET:
            field_dict["audience"] = audience
        if authorization_request is not UNSET:
            field_dict["authorizationRequest"] = authorization_request
        if authentication_restrictions is not UNSET:
            field_dict["authenticationRestrictions"] = authentication_restrictions
        if button_name is not UNSET:
            field_dict["buttonName"] = button_name
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if grant_type is not UNSET:
            field_dict["grantType"] = grant_type
        if id is not UNSET:
            field_dict["id"] = id
        if issuer is not UNSET:
            field_dict["issuer"] = issuer
        if logout_request is not UNSET:
            field_dict["logoutRequest"] = logout_request
        if only_management_tenant_access is not UNSET:
            field_dict["onlyManagementTenantAccess"] = only_management_tenant_access
        if on_new_user is not UNSET:
            field_dict["onNewUser"] = on_new_user
        if redirect_to_platform is not UNSET:
            field_dict["redirectToPlatform"] = redirect_to_platform
        if refresh_request is not UNSET:
            field_dict["refreshRequest"] = refresh_request
        if self_ is not UNSET:
            field_dict["self"] = self_
        if session_configuration is not UNSET:
            field_dict["sessionConfiguration"] = session_configuration
        if signature_verification_config is not UNSET:
            field_dict["signatureVerificationConfig"] = signature_verification_config
        if template is not UNSET:
            field_dict["template"] = template
        if token_request is not UNSET:
            field_dict["tokenRequest"] = token_request
        if use_id_token is not UNSET:
            field_dict["useIdToken"] = use_id_token
        if user_id_config is not UNSET:
            field_dict["userIdConfig"] = user_id_config
        if user_management_source is not UNSET:
            field_dict["userManagementSource"] = user_management_source
        if visible_on_login_page is not UNSET:
            field_dict["visibleOnLoginPage"] = visible_on_login_page
        if external_token_config is not UNSET:
            field_dict["externalTokenConfig"] = external_token_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auth_config_access_token_to_user_data_mapping import AuthConfigAccessTokenToUserDataMapping  # noqa: PLC0415
        from ..models.auth_config_authorization_request import AuthConfigAuthorizationRequest  # noqa: PLC0415
        from ..models.auth_config_external_token_config import AuthConfigExternalTokenConfig  # noqa: PLC0415
        from ..models.auth_config_logout_request import AuthConfigLogoutRequest  # noqa: PLC0415
        from ..models.auth_config_on_new_user import AuthConfigOnNewUser  # noqa: PLC0415
        from ..models.auth_config_refresh_request import AuthConfigRefreshRequest  # noqa: PLC0415
        from ..models.auth_config_signature_verification_config import AuthConfigSignatureVerificationConfig  # noqa: PLC0415
        from ..models.auth_config_token_request import AuthConfigTokenRequest  # noqa: PLC0415
        from ..models.auth_config_user_id_config import AuthConfigUserIdConfig  # noqa: PLC0415
        from ..models.basic_authentication_restrictions import BasicAuthenticationRestrictions  # noqa: PLC0415
        from ..models.o_auth_session_configuration import OAuthSessionConfiguration  # noqa: PLC0415

        d = dict(src_dict)
        provider_name = d.pop("providerName")

        type_ = AuthConfigType(d.pop("type"))

        _access_token_to_user_data_mapping = d.pop("accessTokenToUserDataMapping", UNSET)
        access_token_to_user_data_mapping: AuthConfigAccessTokenToUserDataMapping | Unset
        if isinstance(_access_token_to_user_data_mapping, Unset):
            access_token_to_user_data_mapping = UNSET
        else:
            access_token_to_user_data_mapping = AuthConfigAccessTokenToUserDataMapping.from_dict(
                _access_token_to_user_data_mapping
            )

        audience = d.pop("audience", UNSET)

        _authorization_request = d.pop("authorizationRequest", UNSET)
        authorization_request: AuthConfigAuthorizationRequest | Unset
        if isinstance(_authorization_request, Unset):
            authorization_request = UNSET
        else:
            authorization_request = AuthConfigAuthorizationRequest.from_dict(_authorization_request)

        _authentication_restrictions = d.pop("authenticationRestrictions", UNSET)
        authentication_restrictions: BasicAuthenticationRestrictions | Unset
        if isinstance(_authentication_restrictions, Unset):
            authentication_restrictions = UNSET
        else:
            authentication_restrictions = BasicAuthenticationRestrictions.from_dict(_authentication_restrictions)

        button_name = d.pop("buttonName", UNSET)

        client_id = d.pop("clientId", UNSET)

        _grant_type = d.pop("grantType", UNSET)
        grant_type: AuthConfigGrantType | Unset
        if isinstance(_grant_type, Unset):
            grant_type = UNSET
        else:
            grant_type = AuthConfigGrantType(_grant_type)

        id = d.pop("id", UNSET)

        issuer = d.pop("issuer", UNSET)

        _logout_request = d.pop("logoutRequest", UNSET)
        logout_request: AuthConfigLogoutRequest | Unset
        if isinstance(_logout_request, Unset):
            logout_request = UNSET
        else:
            logout_request = AuthConfigLogoutRequest.from_dict(_logout_request)

        only_management_tenant_access = d.pop("onlyManagementTenantAccess", UNSET)

        _on_new_user = d.pop("onNewUser", UNSET)
        on_new_user: AuthConfigOnNewUser | Unset
        if isinstance(_on_new_user, Unset):
            on_new_user = UNSET
        else:
            on_new_user = AuthConfigOnNewUser.from_dict(_on_new_user)

        redirect_to_platform = d.pop("redirectToPlatform", UNSET)

        _refresh_request = d.pop("refreshRequest", UNSET)
        refresh_request: AuthConfigRefreshRequest | Unset
        if isinstance(_refresh_request, Unset):
            refresh_request = UNSET
        else:
            refresh_request = AuthConfigRefreshRequest.from_dict(_refresh_request)

        self_ = d.pop("self", UNSET)

        _session_configuration = d.pop("sessionConfiguration", UNSET)
        session_configuration: OAuthSessionConfiguration | Unset
        if isinstance(_session_configuration, Unset):
            session_configuration = UNSET
        else:
            session_configuration = OAuthSessionConfiguration.from_dict(_session_configuration)

        _signature_verification_config = d.pop("signatureVerificationConfig", UNSET)
        signature_verification_config: AuthConfigSignatureVerificationConfig | Unset
        if isinstance(_signature_verification_config, Unset):
            signature_verification_config = UNSET
        else:
            signature_verification_config = AuthConfigSignatureVerificationConfig.from_dict(
                _signature_verification_config
            )

        template = d.pop("template", UNSET)

        _token_request = d.pop("tokenRequest", UNSET)
        token_request: AuthConfigTokenRequest | Unset
        if isinstance(_token_request, Unset):
            token_request = UNSET
        else:
            token_request = AuthConfigTokenRequest.from_dict(_token_request)

        use_id_token = d.pop("useIdToken", UNSET)

        _user_id_config = d.pop("userIdConfig", UNSET)
        user_id_config: AuthConfigUserIdConfig | Unset
        if isinstance(_user_id_config, Unset):
            user_id_config = UNSET
        else:
            user_id_config = AuthConfigUserIdConfig.from_dict(_user_id_config)

        _user_management_source = d.pop("userManagementSource", UNSET)
        user_management_source: AuthConfigUserManagementSource | Unset
        if isinstance(_user_management_source, Unset):
            user_management_source = UNSET
        else:
            user_management_source = AuthConfigUserManagementSource(_user_management_source)

        visible_on_login_page = d.pop("visibleOnLoginPage", UNSET)

        _external_token_config = d.pop("externalTokenConfig", UNSET)
        external_token_config: AuthConfigExternalTokenConfig | Unset
        if isinstance(_external_token_config, Unset):
            external_token_config = UNSET
        else:
            external_token_config = AuthConfigExternalTokenConfig.from_dict(_external_token_config)

        instance__ = cls(
            provider_name=provider_name,
            type_=type_,
            access_token_to_user_data_mapping=access_token_to_user_data_mapping,
            audience=audience,
            authorization_request=authorization_request,
            authentication_restrictions=authentication_restrictions,
            button_name=button_name,
            client_id=client_id,
            grant_type=grant_type,
            id=id,
            issuer=issuer,
            logout_request=logout_request,
            only_management_tenant_access=only_management_tenant_access,
            on_new_user=on_new_user,
            redirect_to_platform=redirect_to_platform,
            refresh_request=refresh_request,
            self_=self_,
            session_configuration=session_configuration,
            signature_verification_config=signature_verification_config,
            template=template,
            token_request=token_request,
            use_id_token=use_id_token,
            user_id_config=user_id_config,
            user_management_source=user_management_source,
            visible_on_login_page=visible_on_login_page,
            external_token_config=external_token_config,
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
