from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audit_record_changes_item_change_type import AuditRecordChangesItemChangeType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_record_changes_item_new_value_type_1 import AuditRecordChangesItemNewValueType1
    from ..models.audit_record_changes_item_previous_value_type_1 import AuditRecordChangesItemPreviousValueType1


T = TypeVar("T", bound="AuditRecordChangesItem")


@_attrs_define
class AuditRecordChangesItem:
    """
    Attributes:
        attribute (str | Unset):
        change_type (AuditRecordChangesItemChangeType | Unset):
        new_value (AuditRecordChangesItemNewValueType1 | None | str | Unset):
        previous_value (AuditRecordChangesItemPreviousValueType1 | None | str | Unset):
        type_ (None | str | Unset):
    """

    attribute: str | Unset = UNSET
    change_type: AuditRecordChangesItemChangeType | Unset = UNSET
    new_value: AuditRecordChangesItemNewValueType1 | None | str | Unset = UNSET
    previous_value: AuditRecordChangesItemPreviousValueType1 | None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.audit_record_changes_item_new_value_type_1 import AuditRecordChangesItemNewValueType1  # noqa: PLC0415
        from ..models.audit_record_changes_item_previous_value_type_1 import AuditRecordChangesItemPreviousValueType1  # noqa: PLC0415

        attribute = self.attribute

        change_type: str | Unset = UNSET
        if not isinstance(self.change_type, Unset):
            change_type = self.change_type.value

        new_value: dict[str, Any] | None | str | Unset
        if isinstance(self.new_value, Unset):
            new_value = UNSET
        elif isinstance(self.new_value, AuditRecordChangesItemNewValueType1):
            new_value = self.new_value.to_dict()
        else:
            new_value = self.new_value

        previous_value: dict[str, Any] | None | str | Unset
        if isinstance(self.previous_value, Unset):
            previous_value = UNSET
        elif isinstance(self.previous_value, AuditRecordChangesItemPreviousValueType1):
            previous_value = self.previous_value.to_dict()
        else:
            previous_value = self.previous_value

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attribute is not UNSET:
            field_dict["attribute"] = attribute
        if change_type is not UNSET:
            field_dict["changeType"] = change_type
        if new_value is not UNSET:
            field_dict["newValue"] = new_value
        if previous_value is not UNSET:
            field_dict["previousValue"] = previous_value
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_record_changes_item_new_value_type_1 import AuditRecordChangesItemNewValueType1  # noqa: PLC0415
        from ..models.audit_record_changes_item_previous_value_type_1 import AuditRecordChangesItemPreviousValueType1  # noqa: PLC0415

        d = dict(src_dict)
        attribute = d.pop("attribute", UNSET)

        _change_type = d.pop("changeType", UNSET)
        change_type: AuditRecordChangesItemChangeType | Unset
        if isinstance(_change_type, Unset):
            change_type = UNSET
        else:
            change_type = AuditRecordChangesItemChangeType(_change_type)

        def _parse_new_value(data: object) -> AuditRecordChangesItemNewValueType1 | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                new_value_type_1 = AuditRecordChangesItemNewValueType1.from_dict(data)

                return new_value_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuditRecordChangesItemNewValueType1 | None | str | Unset, data)

        new_value = _parse_new_value(d.pop("newValue", UNSET))

        def _parse_previous_value(data: object) -> AuditRecordChangesItemPreviousValueType1 | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                previous_value_type_1 = AuditRecordChangesItemPreviousValueType1.from_dict(data)

                return previous_value_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuditRecordChangesItemPreviousValueType1 | None | str | Unset, data)

        previous_value = _parse_previous_value(d.pop("previousValue", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        instance__ = cls(
            attribute=attribute,
            change_type=change_type,
            new_value=new_value,
            previous_value=previous_value,
            type_=type_,
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
