from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.current_tenant_applications import CurrentTenantApplications
    from ..models.custom_properties import CustomProperties


T = TypeVar("T", bound="CurrentTenant")


@_attrs_define
class CurrentTenant:
    """
    Example:
        {'allowCreateTenants': False, 'customProperties': {}, 'domainName': 'mytenant.cumulocity.com', 'name':
            't07007007', 'self': 'https://<TENANT_DOMAIN>/currentTenant', 'applications': {'references': []}}

    Attributes:
        allow_create_tenants (bool | Unset):  Default: False.
        applications (CurrentTenantApplications | Unset):
        custom_properties (CustomProperties | Unset):  Example: {'language': 'en', 'userOrigin': 'BASIC'}.
        domain_name (str | Unset):
        name (str | Unset):  Example: t07007007.
        parent (str | Unset):
        self_ (str | Unset):
    """

    allow_create_tenants: bool | Unset = False
    applications: CurrentTenantApplications | Unset = UNSET
    custom_properties: CustomProperties | Unset = UNSET
    domain_name: str | Unset = UNSET
    name: str | Unset = UNSET
    parent: str | Unset = UNSET
    self_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allow_create_tenants = self.allow_create_tenants

        applications: dict[str, Any] | Unset = UNSET
        if not isinstance(self.applications, Unset):
            applications = self.applications.to_dict()

        custom_properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_properties, Unset):
            custom_properties = self.custom_properties.to_dict()

        domain_name = self.domain_name

        name = self.name

        parent = self.parent

        self_ = self.self_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allow_create_tenants is not UNSET:
            field_dict["allowCreateTenants"] = allow_create_tenants
        if applications is not UNSET:
            field_dict["applications"] = applications
        if custom_properties is not UNSET:
            field_dict["customProperties"] = custom_properties
        if domain_name is not UNSET:
            field_dict["domainName"] = domain_name
        if name is not UNSET:
            field_dict["name"] = name
        if parent is not UNSET:
            field_dict["parent"] = parent
        if self_ is not UNSET:
            field_dict["self"] = self_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.current_tenant_applications import CurrentTenantApplications  # noqa: PLC0415
        from ..models.custom_properties import CustomProperties  # noqa: PLC0415

        d = dict(src_dict)
        allow_create_tenants = d.pop("allowCreateTenants", UNSET)

        _applications = d.pop("applications", UNSET)
        applications: CurrentTenantApplications | Unset
        if isinstance(_applications, Unset):
            applications = UNSET
        else:
            applications = CurrentTenantApplications.from_dict(_applications)

        _custom_properties = d.pop("customProperties", UNSET)
        custom_properties: CustomProperties | Unset
        if isinstance(_custom_properties, Unset):
            custom_properties = UNSET
        else:
            custom_properties = CustomProperties.from_dict(_custom_properties)

        domain_name = d.pop("domainName", UNSET)

        name = d.pop("name", UNSET)

        parent = d.pop("parent", UNSET)

        self_ = d.pop("self", UNSET)

        instance__ = cls(
            allow_create_tenants=allow_create_tenants,
            applications=applications,
            custom_properties=custom_properties,
            domain_name=domain_name,
            name=name,
            parent=parent,
            self_=self_,
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
