from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.c8y_availability_data_status import C8YAvailabilityDataStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="C8YAvailability")


@_attrs_define
class C8YAvailability:
    """
    Attributes:
        status (C8YAvailabilityDataStatus | Unset):
        last_message (datetime.datetime | Unset):  Example: 20130-03-19T00:00:00.000Z.
    """

    status: C8YAvailabilityDataStatus | Unset = UNSET
    last_message: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        last_message: str | Unset = UNSET
        if not isinstance(self.last_message, Unset):
            last_message = self.last_message.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if last_message is not UNSET:
            field_dict["lastMessage"] = last_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: C8YAvailabilityDataStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = C8YAvailabilityDataStatus(_status)

        _last_message = d.pop("lastMessage", UNSET)
        last_message: datetime.datetime | Unset
        if isinstance(_last_message, Unset):
            last_message = UNSET
        else:
            last_message = datetime.datetime.fromisoformat(_last_message)

        instance__ = cls(
            status=status,
            last_message=last_message,
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
