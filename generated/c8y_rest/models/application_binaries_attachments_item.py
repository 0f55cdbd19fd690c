from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplicationBinariesAttachmentsItem")


@_attrs_define
class ApplicationBinariesAttachmentsItem:
    """
    Attributes:
        context_path (str | Unset):  Example: tracking.
        created (datetime.datetime | Unset):  Example: 2020-09-09T13:23:57.744Z.
        description (str | Unset):  Example: Sample description.
        download_url (str | Unset):  Example: http://example.com.
        id (str | Unset):  Example: 30874797.
        length (int | Unset):  Example: 5262152.
        name (str | Unset):  Example: tracking.zip.
    """

    context_path: str | Unset = UNSET
    created: datetime.datetime | Unset = UNSET
    description: str | Unset = UNSET
    download_url: str | Unset = UNSET
    id: str | Unset = UNSET
    length: int | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        context_path = self.context_path

        created: str | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.isoformat()

        description = self.description

        download_url = self.download_url

        id = self.id

        length = self.length

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if context_path is not UNSET:
            field_dict["contextPath"] = context_path
        if created is not UNSET:
            field_dict["created"] = created
        if description is not UNSET:
            field_dict["description"] = description
        if download_url is not UNSET:
            field_dict["downloadUrl"] = download_url
        if id is not UNSET:
            field_dict["id"] = id
        if length is not UNSET:
            field_dict["length"] = length
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        context_path = d.pop("contextPath", UNSET)

        _created = d.pop("created", UNSET)
        created: datetime.datetime | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = datetime.datetime.fromisoformat(_created)

        description = d.pop("description", UNSET)

        download_url = d.pop("downloadUrl", UNSET)

        id = d.pop("id", UNSET)

        length = d.pop("length", UNSET)

        name = d.pop("name", UNSET)

        instance__ = cls(
            context_path=context_path,
            created=created,
            description=description,
            download_url=download_url,
            id=id,
            length=length,
            name=name,
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
