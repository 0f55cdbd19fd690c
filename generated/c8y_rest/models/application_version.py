from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplicationVersion")


@_attrs_define
class ApplicationVersion:
    """
    Example:
        {'version': '1.0', 'binaryId': '315165', 'tags': ['tag-1', 'latest']}

    Attributes:
        version (str | Unset):
        binary_id (str | Unset):
        tag (list[str] | Unset):
    """

    version: str | Unset = UNSET
    binary_id: str | Unset = UNSET
    tag: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        binary_id = self.binary_id

        tag: list[str] | Unset = UNSET
        if not isinstance(self.tag, Unset):
            tag = self.tag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if version is not UNSET:
            field_dict["version"] = version
        if binary_id is not UNSET:
            field_dict["binaryId"] = binary_id
        if tag is not UNSET:
            field_dict["tag"] = tag

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        version = d.pop("version", UNSET)

        binary_id = d.pop("binaryId", UNSET)

        tag = cast(list[str], d.pop("tag", UNSET))

        instance__ = cls(
            version=version,
            binary_id=binary_id,
            tag=tag,
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
