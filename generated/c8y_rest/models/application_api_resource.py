from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplicationApiResource")


@_attrs_define
class ApplicationApiResource:
    """
    Example:
        {'applications': 'https://<TENANT_DOMAIN>/application/applications', 'applicationById':
            'https://<TENANT_DOMAIN>/application/applications/{id}', 'applicationsByName':
            'https://<TENANT_DOMAIN>/application/applicationsByName/{name}', 'applicationsByTenant':
            'https://<TENANT_DOMAIN>/application/applicationsByTenant/{tenantId}', 'applicationsByOwner':
            'https://<TENANT_DOMAIN>/application/applicationsByOwner/{tenantId}', 'applicationsByUser':
            'https://<TENANT_DOMAIN>/application/applicationsByUser/{username}', 'self':
            'https://<TENANT_DOMAIN>/application'}

    Attributes:
        applications (str | Unset):
        application_by_id (str | Unset):
        applications_by_name (str | Unset):
        applications_by_tenant (str | Unset):
        applications_by_owner (str | Unset):
        applications_by_user (str | Unset):
        self_ (str | Unset):
    """

    applications: str | Unset = UNSET
    application_by_id: str | Unset = UNSET
    applications_by_name: str | Unset = UNSET
    applications_by_tenant: str | Unset = UNSET
    applications_by_owner: str | Unset = UNSET
    applications_by_user: str | Unset = UNSET
    self_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        applications = self.applications

        application_by_id = self.application_by_id

        applications_by_name = self.applications_by_name

        applications_by_tenant = self.applications_by_tenant

        applications_by_owner = self.applications_by_owner

        applications_by_user = self.applications_by_user

        self_ = self.self_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if applications is not UNSET:
            field_dict["applications"] = applications
        if application_by_id is not UNSET:
            field_dict["applicationById"] = application_by_id
        if applications_by_name is not UNSET:
            field_dict["applicationsByName"] = applications_by_name
        if applications_by_tenant is not UNSET:
            field_dict["applicationsByTenant"] = applications_by_tenant
        if applications_by_owner is not UNSET:
            field_dict["applicationsByOwner"] = applications_by_owner
        if applications_by_user is not UNSET:
            field_dict["applicationsByUser"] = applications_by_user
        if self_ is not UNSET:
            field_dict["self"] = self_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        applications = d.pop("applications", UNSET)

        application_by_id = d.pop("applicationById", UNSET)

        applications_by_name = d.pop("applicationsByName", UNSET)

        applications_by_tenant = d.pop("applicationsByTenant", UNSET)

        applications_by_owner = d.pop("applicationsByOwner", UNSET)

        applications_by_user = d.pop("applicationsByUser", UNSET)

        self_ = d.pop("self", UNSET)

        instance__ = cls(
            applications=applications,
            application_by_id=application_by_id,
            applications_by_name=applications_by_name,
            applications_by_tenant=applications_by_tenant,
            applications_by_owner=applications_by_owner,
            applications_by_user=applications_by_user,
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
