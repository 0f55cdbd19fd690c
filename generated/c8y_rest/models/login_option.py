from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.login_option_grant_type import LoginOptionGrantType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.basic_authentication_restrictions import BasicAuthenticationRestrictions
    from ..models.o_auth_session_configuration import OAuthSessionConfiguration


T = TypeVar("T", bound="LoginOption")


@_attrs_define
class LoginOption:
    """
    Attributes:
        authentication_restrictions (BasicAuthenticationRestrictions | Unset):
        enforce_strength (bool | Unset):
        grant_type (LoginOptionGrantType | Unset):
        green_min_length (int | Unset):
        id (str | Unset):
        init_request (str | Unset):
        login_redirect_domain (str | Unset):
        self_ (str | Unset):
        session_configuration (OAuthSessionConfiguration | Unset):
        strength_validity (bool | Unset):
        tfa_strategy (str | Unset):
        type_ (str | Unset):
        user_management_source (str | Unset):
        visible_on_login_page (bool | Unset):
        field_type_ (str | Unset):
    """

    authentication_restrictions: BasicAuthenticationRestrictions | Unset = UNSET
    enforce_strength: bool | Unset = UNSET
    grant_type: LoginOptionGrantType | Unset = UNSET
    green_min_length: int | Unset = UNSET
    id: str | Unset = UNSET
    init_request: str | Unset = UNSET
    login_redirect_domain: str | Unset = UNSET
    self_: str | Unset = UNSET
    session_configuration: OAuthSessionConfiguration | Unset = UNSET
    strength_validity: bool | Unset = UNSET
    tfa_strategy: str | Unset = UNSET
    type_: str | Unset = UNSET
    user_management_source: str | Unset = UNSET
    visible_on_login_page: bool | Unset = UNSET
    field_type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        authentication_restrictions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.authentication_restrictions, Unset):
            authentication_restrictions = self.authentication_restrictions.to_dict()

        enforce_strength = self.enforce_strength

        grant_type: str | Unset = UNSET
        if not isinstance(self.grant_type, Unset):
            grant_type = self.grant_type.value

        green_min_length = self.green_min_length

        id = self.id

        init_request = self.init_request

        login_redirect_domain = self.login_redirect_domain

        self_ = self.self_

        session_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.session_configuration, Unset):
            session_configuration = self.session_configuration.to_dict()

        strength_validity = self.strength_validity

        tfa_strategy = self.tfa_strategy

        type_ = self.type_

        user_management_source = self.user_management_source

        visible_on_login_page = self.visible_on_login_page

        field_type_ = self.field_type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if authentication_restrictions is not UNSET:
            field_dict["authenticationRestrictions"] = authentication_restrictions
        if enforce_strength is not UNSET:
            field_dict["enforceStrength"] = enforce_strength
        if grant_type is not UNSET:
            field_dict["grantType"] = grant_type
        if green_min_length is not UNSET:
            field_dict["greenMinLength"] = green_min_length
        if id is not UNSET:
            field_dict["id"] = id
        if init_request is not UNSET:
            field_dict["initRequest"] = init_request
        if login_redirect_domain is not UNSET:
            field_dict["loginRedirectDomain"] = login_redirect_domain
        if self_ is not UNSET:
            field_dict["self"] = self_
        if session_configuration is not UNSET:
            field_dict["sessionConfiguration"] = session_configuration
        if strength_validity is not UNSET:
            field_dict["strengthValidity"] = strength_validity
        if tfa_strategy is not UNSET:
            field_dict["tfaStrategy"] = tfa_strategy
        if type_ is not UNSET:
            field_dict["type"] = type_
        if user_management_source is not UNSET:
            field_dict["userManagementSource"] = user_management_source
        if visible_on_login_page is not UNSET:
            field_dict["visibleOnLoginPage"] = visible_on_login_page
        if field_type_ is not UNSET:
            field_dict["_type"] = field_type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.basic_authentication_restrictions import BasicAuthenticationRestrictions  # noqa: PLC0415
        from ..models.o_auth_session_configuration import OAuthSessionConfiguration  # noqa: PLC0415

        d = dict(src_dict)
        _authentication_restrictions = d.pop("authenticationRestrictions", UNSET)
        authentication_restrictions: BasicAuthenticationRestrictions | Unset
        if isinstance(_authentication_restrictions, Unset):
            authentication_restrictions = UNSET
        else:
            authentication_restrictions = BasicAuthenticationRestrictions.from_dict(_authentication_restrictions)

        enforce_strength = d.pop("enforceStrength", UNSET)

        _grant_type = d.pop("grantType", UNSET)
        grant_type: LoginOptionGrantType | Unset
        if isinstance(_grant_type, Unset):
            grant_type = UNSET
        else:
            grant_type = LoginOptionGrantType(_grant_type)

        green_min_length = d.pop("greenMinLength", UNSET)

        id = d.pop("id", UNSET)

        init_request = d.pop("initRequest", UNSET)

        login_redirect_domain = d.pop("loginRedirectDomain", UNSET)

        self_ = d.pop("self", UNSET)

        _session_configuration = d.pop("sessionConfiguration", UNSET)
        session_configuration: OAuthSessionConfiguration | Unset
        if isinstance(_session_configuration, Unset):
            session_configuration = UNSET
        else:
            session_configuration = OAuthSessionConfiguration.from_dict(_session_configuration)

        strength_validity = d.pop("strengthValidity", UNSET)

        tfa_strategy = d.pop("tfaStrategy", UNSET)

        type_ = d.pop("type", UNSET)

        user_management_source = d.pop("userManagementSource", UNSET)

        visible_on_login_page = d.pop("visibleOnLoginPage", UNSET)

        field_type_ = d.pop("_type", UNSET)

        instance__ = cls(
            authentication_restrictions=authentication_restrictions,
            enforce_strength=enforce_strength,
            grant_type=grant_type,
            green_min_length=green_min_length,
            id=id,
            init_request=init_request,
            login_redirect_domain=login_redirect_domain,
            self_=self_,
            session_configuration=session_configuration,
            strength_validity=strength_validity,
            tfa_strategy=tfa_strategy,
            type_=type_,
            user_management_source=user_management_source,
            visible_on_login_page=visible_on_login_page,
            field_type_=field_type_,
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
