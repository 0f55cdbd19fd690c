from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.usage_statistics_resources_used_by import UsageStatisticsResourcesUsedBy


T = TypeVar("T", bound="UsageStatisticsResources")


@_attrs_define
class UsageStatisticsResources:
    """
    Example:
        {'cpu': 0, 'memory': 0, 'usedBy': []}

    Attributes:
        cpu (int | Unset):
        memory (int | Unset):
        used_by (list[UsageStatisticsResourcesUsedBy] | Unset):
    """

    cpu: int | Unset = UNSET
    memory: int | Unset = UNSET
    used_by: list[UsageStatisticsResourcesUsedBy] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cpu = self.cpu

        memory = self.memory

        used_by: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.used_by, Unset):
            used_by = []
            for used_by_item_data in self.used_by:
                used_by_item = used_by_item_data.to_dict()
                used_by.append(used_by_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if memory is not UNSET:
            field_dict["memory"] = memory
        if used_by is not UNSET:
            field_dict["usedBy"] = used_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.usage_statistics_resources_used_by import UsageStatisticsResourcesUsedBy  # noqa: PLC0415

        d = dict(src_dict)
        cpu = d.pop("cpu", UNSET)

        memory = d.pop("memory", UNSET)

        _used_by = d.pop("usedBy", UNSET)
        used_by: list[UsageStatisticsResourcesUsedBy] | Unset = UNSET
        if _used_by is not UNSET:
            used_by = []
            for used_by_item_data in _used_by:
                used_by_item = UsageStatisticsResourcesUsedBy.from_dict(used_by_item_data)

                used_by.append(used_by_item)

        instance__ = cls(
            cpu=cpu,
            memory=memory,
            used_by=used_by,
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
