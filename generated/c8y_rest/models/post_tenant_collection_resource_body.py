from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tenant_status import TenantStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_properties import CustomProperties
    from ..models.tenant_applications import TenantApplications
    from ..models.tenant_owned_applications import TenantOwnedApplications


T = TypeVar("T", bound="PostTenantCollectionResourceBody")


@_attrs_define
class PostTenantCollectionResourceBody:
    """
    Attributes:
        admin_email (str):
        company (str):
        domain (str):
        admin_name (str | Unset):
        admin_pass (str | Unset):
        allow_create_tenants (bool | Unset):  Default: False.
        applications (TenantApplications | Unset):
        contact_name (str | Unset):
        contact_phone (str | Unset):
        creation_time (datetime.datetime | Unset):
        custom_properties (CustomProperties | Unset):  Example: {'language': 'en', 'userOrigin': 'BASIC'}.
        id (str | Unset):  Example: t07007007.
        owned_applications (TenantOwnedApplications | Unset):
        parent (str | Unset):
        self_ (str | Unset):
        status (TenantStatus | Unset):  Default: TenantStatus.ACTIVE.
    """

    admin_email: str
    company: str
    domain: str
    admin_name: str | Unset = UNSET
    admin_pass: str | Unset = UNSET
    allow_create_tenants: bool | Unset = False
    applications: TenantApplications | Unset = UNSET
    contact_name: str | Unset = UNSET
    contact_phone: str | Unset = UNSET
    creation_time: datetime.datetime | Unset = UNSET
    custom_properties: CustomProperties | Unset = UNSET
    id: str | Unset = UNSET
    owned_applications: TenantOwnedApplications | Unset = UNSET
    parent: str | Unset = UNSET
    self_: str | Unset = UNSET
    status: TenantStatus | Unset = TenantStatus.ACTIVE
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        admin_email = self.admin_email

        company = self.company

        domain = self.domain

        admin_name = self.admin_name

        admin_pass = self.admin_pass

        allow_create_tenants = self.allow_create_tenants

        applications: dict[str, Any] | Unset = UNSET
        if not isinstance(self.applications, Unset):
            applications = self.applications.to_dict()

        contact_name = self.contact_name

        contact_phone = self.contact_phone

        creation_time: str | Unset = UNSET
        if not isinstance(self.creation_time, Unset):
            creation_time = self.creation_time.isoformat()

        custom_properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_properties, Unset):
            custom_properties = self.custom_properties.to_dict()

        id = self.id

        owned_applications: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owned_applications, Unset):
            owned_applications = self.owned_applications.to_dict()

        parent = self.parent

        self_ = self.self_

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "adminEmail": admin_email,
                "company": company,
                "domain": domain,
            }
        )
        if admin_name is not UNSET:
            field_dict["adminName"] = admin_name
        if admin_pass is not UNSET:
            field_dict["adminPass"] = admin_pass
        if allow_create_tenants is not UNSET:
            field_dict["allowCreateTenants"] = allow_create_tenants
        if applications is not UNSET:
            field_dict["applications"] = applications
        if contact_name is not UNSET:
            field_dict["contactName"] = contact_name
        if contact_phone is not UNSET:
            field_dict["contactPhone"] = contact_phone
        if creation_time is not UNSET:
            field_dict["creationTime"] = creation_time
        if custom_properties is not UNSET:
            field_dict["customProperties"] = custom_properties
        if id is not UNSET:
            field_dict["id"] = id
        if owned_applications is not UNSET:
            field_dict["ownedApplications"] = owned_applications
        if parent is not UNSET:
            field_dict["parent"] = parent
        if self_ is not UNSET:
            field_dict["self"] = self_
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_properties import CustomProperties  # noqa: PLC0415
        from ..models.tenant_applications import TenantApplications  # noqa: PLC0415
        from ..models.tenant_owned_applications import TenantOwnedApplications  # noqa: PLC0415

        d = dict(src_dict)
        admin_email = d.pop("adminEmail")

        company = d.pop("company")

        domain = d.pop("domain")

        admin_name = d.pop("adminName", UNSET)

        admin_pass = d.pop("adminPass", UNSET)

        allow_create_tenants = d.pop("allowCreateTenants", UNSET)

        _applications = d.pop("applications", UNSET)
        applications: TenantApplications | Unset
        if isinstance(_applications, Unset):
            applications = UNSET
        else:
            applications = TenantApplications.from_dict(_applications)

        contact_name = d.pop("contactName", UNSET)

        contact_phone = d.pop("contactPhone", UNSET)

        _creation_time = d.pop("creationTime", UNSET)
        creation_time: datetime.datetime | Unset
        if isinstance(_creation_time, Unset):
            creation_time = UNSET
        else:
            creation_time = datetime.datetime.fromisoformat(_creation_time)

        _custom_properties = d.pop("customProperties", UNSET)
        custom_properties: CustomProperties | Unset
        if isinstance(_custom_properties, Unset):
            custom_properties = UNSET
        else:
            custom_properties = CustomProperties.from_dict(_custom_properties)

        id = d.pop("id", UNSET)

        _owned_applications = d.pop("ownedApplications", UNSET)
        owned_applications: TenantOwnedApplications | Unset
        if isinstance(_owned_applications, Unset):
            owned_applications = UNSET
        else:
            owned_applications = TenantOwnedApplications.from_dict(_owned_applications)

        parent = d.pop("parent", UNSET)

        self_ = d.pop("self", UNSET)

        _status = d.pop("status", UNSET)
        status: TenantStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = TenantStatus(_status)

        instance__ = cls(
            admin_email=admin_email,
            company=company,
            domain=domain,
            admin_name=admin_name,
            admin_pass=admin_pass,
            allow_create_tenants=allow_create_tenants,
            applications=applications,
            contact_name=contact_name,
            contact_phone=contact_phone,
            creation_time=creation_time,
            custom_properties=custom_properties,
            id=id,
            owned_applications=owned_applications,
            parent=parent,
            self_=self_,
            status=status,
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
