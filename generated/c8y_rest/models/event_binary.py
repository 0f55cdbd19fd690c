from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EventBinary")


@_attrs_define
class EventBinary:
    """
    Example:
        {'name': 'hello.txt', 'self': 'https://<TENANT_DOMAIN>/event/events/102522209/binaries', 'source': '102522209',
            'type': 'text/plain'}

    Attributes:
        name (str | Unset):
        self_ (str | Unset):
        source (str | Unset):
        type_ (str | Unset):
    """

    name: str | Unset = UNSET
    self_: str | Unset = UNSET
    source: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        self_ = self.self_

        source = self.source

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
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
        name = d.pop("name", UNSET)

        self_ = d.pop("self", UNSET)

        source = d.pop("source", UNSET)

        type_ = d.pop("type", UNSET)

        instance__ = cls(
            name=name,
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
