from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tenant_api_resource_options import TenantApiResourceOptions
    from ..models.tenant_api_resource_tenants import TenantApiResourceTenants


T = TypeVar("T", bound="TenantApiResource")


@_attrs_define
class TenantApiResource:
    """
    Example:
        {'self': 'https://<TENANT_DOMAIN>/tenant', 'options': {'self': 'https://<TENANT_DOMAIN>/tenant/options',
            'options': []}, 'tenants': {'self': 'https://<TENANT_DOMAIN>/tenant/tenants', 'tenants': []},
            'tenantApplications': 'https://<TENANT_DOMAIN>/tenant/tenants/{tenantId}/applications',
            'tenantApplicationForId': 'https://<TENANT_DOMAIN>/tenant/tenants/{tenantId}/applications/{applicationId}',
            'tenantForId': 'https://<TENANT_DOMAIN>/tenant/tenants/{tenantId}', 'tenantOptionsForCategory':
            'https://<TENANT_DOMAIN>/tenant/options/{category}', 'tenantOptionForCategoryAndKey':
            'https://<TENANT_DOMAIN>/tenant/options/{category}/{key}', 'tenantSystemOptions':
            'https://<TENANT_DOMAIN>/tenant/system/options', 'tenantSystemOptionsForCategoryAndKey':
            'https://<TENANT_DOMAIN>/tenant/system/options/{category}/{key}'}

    Attributes:
        options (TenantApiResourceOptions | Unset):
        self_ (str | Unset):
        tenants (TenantApiResourceTenants | Unset):
        tenant_applications (str | Unset):
        tenant_application_for_id (str | Unset):
        tenant_for_id (str | Unset):
        tenant_options_for_category (str | Unset):
        tenant_option_for_category_and_key (str | Unset):
        tenant_system_options (str | Unset):
        tenant_system_options_for_category_and_key (str | Unset):
    """

    options: TenantApiResourceOptions | Unset = UNSET
    self_: str | Unset = UNSET
    tenants: TenantApiResourceTenants | Unset = UNSET
    tenant_applications: str | Unset = UNSET
    tenant_application_for_id: str | Unset = UNSET
    tenant_for_id: str | Unset = UNSET
    tenant_options_for_category: str | Unset = UNSET
    tenant_option_for_category_and_key: str | Unset = UNSET
    tenant_system_options: str | Unset = UNSET
    tenant_system_options_for_category_and_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        self_ = self.self_

        tenants: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tenants, Unset):
            tenants = self.tenants.to_dict()

        tenant_applications = self.tenant_applications

        tenant_application_for_id = self.tenant_application_for_id

        tenant_for_id = self.tenant_for_id

        tenant_options_for_category = self.tenant_options_for_category

        tenant_option_for_category_and_key = self.tenant_option_for_category_and_key

        tenant_system_options = self.tenant_system_options

        tenant_system_options_for_category_and_key = self.tenant_system_options_for_category_and_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if options is not UNSET:
            field_dict["options"] = options
        if self_ is not UNSET:
            field_dict["self"] = self_
        if tenants is not UNSET:
            field_dict["tenants"] = tenants
        if tenant_applications is not UNSET:
            field_dict["tenantApplications"] = tenant_applications
        if tenant_application_for_id is not UNSET:
            field_dict["tenantApplicationForId"] = tenant_application_for_id
        if tenant_for_id is not UNSET:
            field_dict["tenantForId"] = tenant_for_id
        if tenant_options_for_category is not UNSET:
            field_dict["tenantOptionsForCategory"] = tenant_options_for_category
        if tenant_option_for_category_and_key is not UNSET:
            field_dict["tenantOptionForCategoryAndKey"] = tenant_option_for_category_and_key
        if tenant_system_options is not UNSET:
            field_dict["tenantSystemOptions"] = tenant_system_options
        if tenant_system_options_for_category_and_key is not UNSET:
            field_dict["tenantSystemOptionsForCategoryAndKey"] = tenant_system_options_for_category_and_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tenant_api_resource_options import TenantApiResourceOptions  # noqa: PLC0415
        from ..models.tenant_api_resource_tenants import TenantApiResourceTenants  # noqa: PLC0415

        d = dict(src_dict)
        _options = d.pop("options", UNSET)
        options: TenantApiResourceOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = TenantApiResourceOptions.from_dict(_options)

        self_ = d.pop("self", UNSET)

        _tenants = d.pop("tenants", UNSET)
        tenants: TenantApiResourceTenants | Unset
        if isinstance(_tenants, Unset):
            tenants = UNSET
        else:
            tenants = TenantApiResourceTenants.from_dict(_tenants)

        tenant_applications = d.pop("tenantApplications", UNSET)

        tenant_application_for_id = d.pop("tenantApplicationForId", UNSET)

        tenant_for_id = d.pop("tenantForId", UNSET)

        tenant_options_for_category = d.pop("tenantOptionsForCategory", UNSET)

        tenant_option_for_category_and_key = d.pop("tenantOptionForCategoryAndKey", UNSET)

        tenant_system_options = d.pop("tenantSystemOptions", UNSET)

        tenant_system_options_for_category_and_key = d.pop("tenantSystemOptionsForCategoryAndKey", UNSET)

        instance__ = cls(
            options=options,
            self_=self_,
            tenants=tenants,
            tenant_applications=tenant_applications,
            tenant_application_for_id=tenant_application_for_id,
            tenant_for_id=tenant_for_id,
            tenant_options_for_category=tenant_options_for_category,
            tenant_option_for_category_and_key=tenant_option_for_category_and_key,
            tenant_system_options=tenant_system_options,
            tenant_system_options_for_category_and_key=tenant_system_options_for_category_and_key,
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
