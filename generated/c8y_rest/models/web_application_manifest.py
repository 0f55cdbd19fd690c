from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebApplicationManifest")


@_attrs_define
class WebApplicationManifest:
    """
    Attributes:
        field_webpaas (bool | Unset):  Example: True.
        content_security_policy (str | Unset):  Example: base-uri 'none'; default-src 'self' 'unsafe-inline' http:
            https: ws: wss:; connect-src 'self' *.billwerk.com http: https: ws: wss:;  script-src 'self'
            open.mapquestapi.com *.twitter.com *.twimg.com 'unsafe-inline' 'unsafe-eval' data:; style-src * 'unsafe-inline'
            blob:; img-src * data:; font-src * data:; frame-src *;.
        no_app_switcher (bool | Unset):  Example: True.
        tabs_horizontal (bool | Unset):  Example: True.
    """

    field_webpaas: bool | Unset = UNSET
    content_security_policy: str | Unset = UNSET
    no_app_switcher: bool | Unset = UNSET
    tabs_horizontal: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_webpaas = self.field_webpaas

        content_security_policy = self.content_security_policy

        no_app_switcher = self.no_app_switcher

        tabs_horizontal = self.tabs_horizontal

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field_webpaas is not UNSET:
            field_dict["_webpaas"] = field_webpaas
        if content_security_policy is not UNSET:
            field_dict["contentSecurityPolicy"] = content_security_policy
        if no_app_switcher is not UNSET:
            field_dict["noAppSwitcher"] = no_app_switcher
        if tabs_horizontal is not UNSET:
            field_dict["tabsHorizontal"] = tabs_horizontal

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_webpaas = d.pop("_webpaas", UNSET)

        content_security_policy = d.pop("contentSecurityPolicy", UNSET)

        no_app_switcher = d.pop("noAppSwitcher", UNSET)

        tabs_horizontal = d.pop("tabsHorizontal", UNSET)

        instance__ = cls(
            field_webpaas=field_webpaas,
            content_security_policy=content_security_policy,
            no_app_switcher=no_app_switcher,
            tabs_horizontal=tabs_horizontal,
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
