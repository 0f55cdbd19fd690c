from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeviceStatistics")


@_attrs_define
class DeviceStatistics:
    """
    Attributes:
        count (int | Unset):
        device_id (str | Unset):
        device_parents (list[str] | None | Unset):
        device_type (str | Unset):
    """

    count: int | Unset = UNSET
    device_id: str | Unset = UNSET
    device_parents: list[str] | None | Unset = UNSET
    device_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        device_id = self.device_id

        device_parents: list[str] | None | Unset
        if isinstance(self.device_parents, Unset):
            device_parents = UNSET
        elif isinstance(self.device_parents, list):
            device_parents = self.device_parents

        else:
            device_parents = self.device_parents

        device_type = self.device_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if device_id is not UNSET:
            field_dict["deviceId"] = device_id
        if device_parents is not UNSET:
            field_dict["deviceParents"] = device_parents
        if device_type is not UNSET:
            field_dict["deviceType"] = device_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count", UNSET)

        device_id = d.pop("deviceId", UNSET)

        def _parse_device_parents(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                device_parents_type_0 = cast(list[str], data)

                return device_parents_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        device_parents = _parse_device_parents(d.pop("deviceParents", UNSET))

        device_type = d.pop("deviceType", UNSET)

        instance__ = cls(
            count=count,
            device_id=device_id,
            device_parents=device_parents,
            device_type=device_type,
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
