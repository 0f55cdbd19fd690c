from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_api_resource_audit_records import AuditApiResourceAuditRecords


T = TypeVar("T", bound="AuditApiResource")


@_attrs_define
class AuditApiResource:
    """
    Example:
        {'auditRecords': {'self': 'https://<TENANT_DOMAIN>/audit/auditRecords', 'auditRecords': []},
            'auditRecordsForApplication': 'https://<TENANT_DOMAIN>/audit/auditRecords?application={application}',
            'auditRecordsForType': 'https://<TENANT_DOMAIN>/audit/auditRecords?type={type}', 'auditRecordsForUser':
            'https://<TENANT_DOMAIN>/audit/auditRecords?user={user}', 'auditRecordsForTypeAndApplication':
            'https://<TENANT_DOMAIN>/audit/auditRecords?type={type}&application={application}',
            'auditRecordsForTypeAndUserAndApplication':
            'https://<TENANT_DOMAIN>/audit/auditRecords?type={type}&user={user}&application={application}',
            'auditRecordsForUserAndApplication':
            'https://<TENANT_DOMAIN>/audit/auditRecords?user={user}&application={application}',
            'auditRecordsForUserAndType': 'https://<TENANT_DOMAIN>/audit/auditRecords?user={user}&type={type}', 'self':
            'https://<TENANT_DOMAIN>/audit'}

    Attributes:
        audit_records (AuditApiResourceAuditRecords | Unset):
        audit_records_for_application (str | Unset):
        audit_records_for_type (str | Unset):
        audit_records_for_user (str | Unset):
        audit_records_for_type_and_application (str | Unset):
        audit_records_for_type_and_user_and_application (str | Unset):
        audit_records_for_user_and_application (str | Unset):
        audit_records_for_user_and_type (str | Unset):
        self_ (str | Unset):
    """

    audit_records: AuditApiResourceAuditRecords | Unset = UNSET
    audit_records_for_application: str | Unset = UNSET
    audit_records_for_type: str | Unset = UNSET
    audit_records_for_user: str | Unset = UNSET
    audit_records_for_type_and_application: str | Unset = UNSET
    audit_records_for_type_and_user_and_application: str | Unset = UNSET
    audit_records_for_user_and_application: str | Unset = UNSET
    audit_records_for_user_and_type: str | Unset = UNSET
    self_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audit_records: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audit_records, Unset):
            audit_records = self.audit_records.to_dict()

        audit_records_for_application = self.audit_records_for_application

        audit_records_for_type = self.audit_records_for_type

        audit_records_for_user = self.audit_records_for_user

        audit_records_for_type_and_application = self.audit_records_for_type_and_application

        audit_records_for_type_and_user_and_application = self.audit_records_for_type_and_user_and_application

        audit_records_for_user_and_application = self.audit_records_for_user_and_application

        audit_records_for_user_and_type = self.audit_records_for_user_and_type

        self_ = self.self_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if audit_records is not UNSET:
            field_dict["auditRecords"] = audit_records
        if audit_records_for_application is not UNSET:
            field_dict["auditRecordsForApplication"] = audit_records_for_application
        if audit_records_for_type is not UNSET:
            field_dict["auditRecordsForType"] = audit_records_for_type
        if audit_records_for_user is not UNSET:
            field_dict["auditRecordsForUser"] = audit_records_for_user
        if audit_records_for_type_and_application is not UNSET:
            field_dict["auditRecordsForTypeAndApplication"] = audit_records_for_type_and_application
        if audit_records_for_type_and_user_and_application is not UNSET:
            field_dict["auditRecordsForTypeAndUserAndApplication"] = audit_records_for_type_and_user_and_application
        if audit_records_for_user_and_application is not UNSET:
            field_dict["auditRecordsForUserAndApplication"] = audit_records_for_user_and_application
        if audit_records_for_user_and_type is not UNSET:
            field_dict["auditRecordsForUserAndType"] = audit_records_for_user_and_type
        if self_ is not UNSET:
            field_dict["self"] = self_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_api_resource_audit_records import AuditApiResourceAuditRecords  # noqa: PLC0415

        d = dict(src_dict)
        _audit_records = d.pop("auditRecords", UNSET)
        audit_records: AuditApiResourceAuditRecords | Unset
        if isinstance(_audit_records, Unset):
            audit_records = UNSET
        else:
            audit_records = AuditApiResourceAuditRecords.from_dict(_audit_records)

        audit_records_for_application = d.pop("auditRecordsForApplication", UNSET)

        audit_records_for_type = d.pop("auditRecordsForType", UNSET)

        audit_records_for_user = d.pop("auditRecordsForUser", UNSET)

        audit_records_for_type_and_application = d.pop("auditRecordsForTypeAndApplication", UNSET)

        audit_records_for_type_and_user_and_application = d.pop("auditRecordsForTypeAndUserAndApplication", UNSET)

        audit_records_for_user_and_application = d.pop("auditRecordsForUserAndApplication", UNSET)

        audit_records_for_user_and_type = d.pop("auditRecordsForUserAndType", UNSET)

        self_ = d.pop("self", UNSET)

        instance__ = cls(
            audit_records=audit_records,
            audit_records_for_application=audit_records_for_application,
            audit_records_for_type=audit_records_for_type,
            audit_records_for_user=audit_records_for_user,
            audit_records_for_type_and_application=audit_records_for_type_and_application,
            audit_records_for_type_and_user_and_application=audit_records_for_type_and_user_and_application,
            audit_records_for_user_and_application=audit_records_for_user_and_application,
            audit_records_for_user_and_type=audit_records_for_user_and_type,
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
