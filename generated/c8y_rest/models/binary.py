from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.binary_c8y_is_binary import BinaryC8YIsBinary


T = TypeVar("T", bound="Binary")


@_attrs_define
class Binary:
    """
    Example:
        {'c8y_IsBinary': {}, 'contentType': 'text/plain', 'id': '123153092', 'lastUpdated': '2020-10-15T22:15:17.267Z',
            'length': 365, 'name': 'HelloWorld', 'owner': 'manga', 'self':
            'https://<TENANT_DOMAIN>/inventory/binaries/123153092', 'type': 'text/plain'}

    Attributes:
        c_8_y_is_binary (BinaryC8YIsBinary | Unset):
        content_type (str | Unset):
        id (str | Unset):
        last_updated (datetime.datetime | Unset):
        length (int | Unset):
        name (str | Unset):
        owner (str | Unset):
        self_ (str | Unset):
        type_ (str | Unset):
    """

    c_8_y_is_binary: BinaryC8YIsBinary | Unset = UNSET
    content_type: str | Unset = UNSET
    id: str | Unset = UNSET
    last_updated: datetime.datetime | Unset = UNSET
    length: int | Unset = UNSET
    name: str | Unset = UNSET
    owner: str | Unset = UNSET
    self_: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        c_8_y_is_binary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.c_8_y_is_binary, Unset):
            c_8_y_is_binary = self.c_8_y_is_binary.to_dict()

        content_type = self.content_type

        id = self.id

        last_updated: str | Unset = UNSET
        if not isinstance(self.last_updated, Unset):
            last_updated = self.last_updated.isoformat()

        length = self.length

        name = self.name

        owner = self.owner

        self_ = self.self_

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if c_8_y_is_binary is not UNSET:
            field_dict["c8y_IsBinary"] = c_8_y_is_binary
        if content_type is not UNSET:
            field_dict["contentType"] = content_type
        if id is not UNSET:
            field_dict["id"] = id
        if last_updated is not UNSET:
            field_dict["lastUpdated"] = last_updated
        if length is not UNSET:
            field_dict["length"] = length
        if name is not UNSET:
            field_dict["name"] = name
        if owner is not UNSET:
            field_dict["owner"] = owner
        if self_ is not UNSET:
            field_dict["self"] = self_
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.binary_c8y_is_binary import BinaryC8YIsBinary  # noqa: PLC0415

        d = dict(src_dict)
        _c_8_y_is_binary = d.pop("c8y_IsBinary", UNSET)
        c_8_y_is_binary: BinaryC8YIsBinary | Unset
        if isinstance(_c_8_y_is_binary, Unset):
            c_8_y_is_binary = UNSET
        else:
            c_8_y_is_binary = BinaryC8YIsBinary.from_dict(_c_8_y_is_binary)

        content_type = d.pop("contentType", UNSET)

        id = d.pop("id", UNSET)

        _last_updated = d.pop("lastUpdated", UNSET)
        last_updated: datetime.datetime | Unset
        if isinstance(_last_updated, Unset):
            last_updated = UNSET
        else:
            last_updated = datetime.datetime.fromisoformat(_last_updated)

        length = d.pop("length", UNSET)

        name = d.pop("name", UNSET)

        owner = d.pop("owner", UNSET)

        self_ = d.pop("self", UNSET)

        type_ = d.pop("type", UNSET)

        instance__ = cls(
            c_8_y_is_binary=c_8_y_is_binary,
            content_type=content_type,
            id=id,
            last_updated=last_updated,
            length=length,
            name=name,
            owner=owner,
            self_=self_,
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
