from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.application import Application


T = TypeVar("T", bound="ApplicationReference")


@_attrs_define
class ApplicationReference:
    """
    Attributes:
        self_ (str | Unset):
        application (Application | Unset):  Example: {'availability': 'PRIVATE', 'contextPath': 'myapplication', 'id':
            '20200301', 'key': 'my-application-key', 'name': 'my-application', 'owner': {'self':
            'https://<TENANT_DOMAIN>/tenant/tenants/t07007007', 'tenant': {'id': 't07007007'}}, 'self':
            'https://<TENANT_DOMAIN>/application/applications/20200301', 'type': 'HOSTED'}.
    """

    self_: str | Unset = UNSET
    application: Application | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_ = self.self_

        application: dict[str, Any] | Unset = UNSET
        if not isinstance(self.application, Unset):
            application = self.application.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if self_ is not UNSET:
            field_dict["self"] = self_
        if application is not UNSET:
            field_dict["application"] = application

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.application import Application  # noqa: PLC0415

        d = dict(src_dict)
        self_ = d.pop("self", UNSET)

        _application = d.pop("application", UNSET)
        application: Application | Unset
        if isinstance(_application, Unset):
            application = UNSET
        else:
            application = Application.from_dict(_application)

        instance__ = cls(
            self_=self_,
            application=application,
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
