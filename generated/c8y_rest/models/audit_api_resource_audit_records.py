from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_record import AuditRecord


T = TypeVar("T", bound="AuditApiResourceAuditRecords")


@_attrs_define
class AuditApiResourceAuditRecords:
    """
    Attributes:
        self_ (str | Unset):
        audit_records (list[AuditRecord] | None | Unset):
    """

    self_: str | Unset = UNSET
    audit_records: list[AuditRecord] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_ = self.self_

        audit_records: list[dict[str, Any]] | None | Unset
        if isinstance(self.audit_records, Unset):
            audit_records = UNSET
        elif isinstance(self.audit_records, list):
            audit_records = []
            for audit_records_type_0_item_data in self.audit_records:
                audit_records_type_0_item = audit_records_type_0_item_data.to_dict()
                audit_records.append(audit_records_type_0_item)

        else:
            audit_records = self.audit_records

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if self_ is not UNSET:
            field_dict["self"] = self_
        if audit_records is not UNSET:
            field_dict["auditRecords"] = audit_records

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_record import AuditRecord  # noqa: PLC0415

        d = dict(src_dict)
        self_ = d.pop("self", UNSET)

        def _parse_audit_records(data: object) -> list[AuditRecord] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                audit_records_type_0 = []
                _audit_records_type_0 = data
                for audit_records_type_0_item_data in _audit_records_type_0:
                    audit_records_type_0_item = AuditRecord.from_dict(audit_records_type_0_item_data)

                    audit_records_type_0.append(audit_records_type_0_item)

                return audit_records_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AuditRecord] | None | Unset, data)

        audit_records = _parse_audit_records(d.pop("auditRecords", UNSET))

        instance__ = cls(
            self_=self_,
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
