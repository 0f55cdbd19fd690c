from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audit_record_c8y_metadata_action import AuditRecordC8YMetadataAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditRecordC8YMetadata")


@_attrs_define
class AuditRecordC8YMetadata:
    """
    Attributes:
        action (AuditRecordC8YMetadataAction | Unset):
    """

    action: AuditRecordC8YMetadataAction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _action = d.pop("action", UNSET)
        action: AuditRecordC8YMetadataAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = AuditRecordC8YMetadataAction(_action)

        instance__ = cls(
            action=action,
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
