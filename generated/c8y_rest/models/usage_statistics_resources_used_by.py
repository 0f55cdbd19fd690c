from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UsageStatisticsResourcesUsedBy")


@_attrs_define
class UsageStatisticsResourcesUsedBy:
    """
    Attributes:
        cause (str | Unset):
        cpu (int | Unset):
        memory (int | Unset):
        name (str | Unset):
    """

    cause: str | Unset = UNSET
    cpu: int | Unset = UNSET
    memory: int | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cause = self.cause

        cpu = self.cpu

        memory = self.memory

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cause is not UNSET:
            field_dict["cause"] = cause
        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if memory is not UNSET:
            field_dict["memory"] = memory
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cause = d.pop("cause", UNSET)

        cpu = d.pop("cpu", UNSET)

        memory = d.pop("memory", UNSET)

        name = d.pop("name", UNSET)

        instance__ = cls(
            cause=cause,
            cpu=cpu,
            memory=memory,
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
