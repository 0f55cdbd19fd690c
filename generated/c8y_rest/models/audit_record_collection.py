from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_record import AuditRecord
    from ..models.page_statistics import PageStatistics


T = TypeVar("T", bound="AuditRecordCollection")


@_attrs_define
class AuditRecordCollection:
    """
    Example:
        {'prev': 'https://<TENANT_DOMAIN>/audit/auditRecords?pageSize=1&currentPage=1', 'self':
            'https://<TENANT_DOMAIN>/audit/auditRecords?pageSize=1&currentPage=2', 'next':
            'https://<TENANT_DOMAIN>/audit/auditRecords?pageSize=1&currentPage=3', 'auditRecords': [{'activity': 'Operation
            created', 'creationTime': '2020-03-19T12:16:31.586Z', 'id': '20200301', 'self':
            'https://<TENANT_DOMAIN>/audit/auditRecords/20200301', 'source': {'id': '251982', 'self':
            'https://<TENANT_DOMAIN>/inventory/managedObjects/251982'}, 'text': "Operation created: status='PENDING'",
            'time': '2020-03-19T00:00:00.000Z', 'type': 'Operation', 'user': 'rina'}], 'statistics': {'currentPage': 2,
            'pageSize': 1, 'totalPages': 3}}

    Attributes:
        prev (str | Unset):
        self_ (str | Unset):
        next_ (str | Unset):
        statistics (PageStatistics | Unset):
        audit_records (list[AuditRecord] | Unset):
    """

    prev: str | Unset = UNSET
    self_: str | Unset = UNSET
    next_: str | Unset = UNSET
    statistics: PageStatistics | Unset = UNSET
    audit_records: list[AuditRecord] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prev = self.prev

        self_ = self.self_

        next_ = self.next_

        statistics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.statistics, Unset):
            statistics = self.statistics.to_dict()

        audit_records: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.audit_records, Unset):
            audit_records = []
            for audit_records_item_data in self.audit_records:
                audit_records_item = audit_records_item_data.to_dict()
                audit_records.append(audit_records_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prev is not UNSET:
            field_dict["prev"] = prev
        if self_ is not UNSET:
            field_dict["self"] = self_
        if next_ is not UNSET:
            field_dict["next"] = next_
        if statistics is not UNSET:
            field_dict["statistics"] = statistics
        if audit_records is not UNSET:
            field_dict["auditRecords"] = audit_records

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_record import AuditRecord  # noqa: PLC0415
        from ..models.page_statistics import PageStatistics  # noqa: PLC0415

        d = dict(src_dict)
        prev = d.pop("prev", UNSET)

        self_ = d.pop("self", UNSET)

        next_ = d.pop("next", UNSET)

        _statistics = d.pop("statistics", UNSET)
        statistics: PageStatistics | Unset
        if isinstance(_statistics, Unset):
            statistics = UNSET
        else:
            statistics = PageStatistics.from_dict(_statistics)

        _audit_records = d.pop("auditRecords", UNSET)
        audit_records: list[AuditRecord] | Unset = UNSET
        if _audit_records is not UNSET:
            audit_records = []
            for audit_records_item_data in _audit_records:
                audit_records_item = AuditRecord.from_dict(audit_records_item_data)

                audit_records.append(audit_records_item)

        instance__ = cls(
            prev=prev,
            self_=self_,
            next_=next_,
            statistics=statistics,
            audit_records=audit_records,
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
