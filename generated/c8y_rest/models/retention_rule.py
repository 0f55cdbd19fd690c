from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.retention_rule_data_type import RetentionRuleDataType
from ..types import UNSET, Unset

T = TypeVar("T", bound="RetentionRule")


@_attrs_define
class RetentionRule:
    """
    Example:
        {'dataType': 'ALARM', 'editable': True, 'fragmentType': '*', 'id': '1569', 'maximumAge': 20, 'self':
            'https://<TENANT_DOMAIN>/retention/retentions/1569', 'source': '*', 'type': '*'}

    Attributes:
        data_type (RetentionRuleDataType | Unset):  Default: RetentionRuleDataType.VALUE_6.
        editable (bool | Unset):  Default: True.
        fragment_type (str | Unset):  Default: '*'.
        id (str | Unset):
        maximum_age (int | Unset):
        self_ (str | Unset):
        source (str | Unset):  Default: '*'.
        type_ (str | Unset):  Default: '*'.
    """

    data_type: RetentionRuleDataType | Unset = RetentionRuleDataType.VALUE_6
    editable: bool | Unset = True
    fragment_type: str | Unset = "*"
    id: str | Unset = UNSET
    maximum_age: int | Unset = UNSET
    self_: str | Unset = UNSET
    source: str | Unset = "*"
    type_: str | Unset = "*"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_type: str | Unset = UNSET
        if not isinstance(self.data_type, Unset):
            data_type = self.data_type.value

        editable = self.editable

        fragment_type = self.fragment_type

        id = self.id

        maximum_age = self.maximum_age

        self_ = self.self_

        source = self.source

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data_type is not UNSET:
            field_dict["dataType"] = data_type
        if editable is not UNSET:
            field_dict["editable"] = editable
        if fragment_type is not UNSET:
            field_dict["fragmentType"] = fragment_type
        if id is not UNSET:
            field_dict["id"] = id
        if maximum_age is not UNSET:
            field_dict["maximumAge"] = maximum_age
        if self_ is not UNSET:
            field_dict["self"] = self_
        if source is not UNSET:
            field_dict["source"] = source
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _data_type = d.pop("dataType", UNSET)
        data_type: RetentionRuleDataType | Unset
        if isinstance(_data_type, Unset):
            data_type = UNSET
        else:
            data_type = RetentionRuleDataType(_data_type)

        editable = d.pop("editable", UNSET)

        fragment_type = d.pop("fragmentType", UNSET)

        id = d.pop("id", UNSET)

        maximum_age = d.pop("maximumAge", UNSET)

        self_ = d.pop("self", UNSET)

        source = d.pop("source", UNSET)

        type_ = d.pop("type", UNSET)

        instance__ = cls(
            data_type=data_type,
            editable=editable,
            fragment_type=fragment_type,
            id=id,
            maximum_age=maximum_age,
            self_=self_,
            source=source,
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
