from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.c8y_availability_connection_status import C8YAvailabilityConnectionStatus
from ..models.c8y_availability_data_status import C8YAvailabilityDataStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ManagedObjectAvailability")


@_attrs_define
class ManagedObjectAvailability:
    """
    Attributes:
        device_id (str | Unset):
        external_id (str | Unset):
        last_message (datetime.datetime | Unset):  Example: 2013-03-19T00:00:00.000Z.
        interval (int | Unset):
        data_status (C8YAvailabilityDataStatus | Unset):
        connection_status (C8YAvailabilityConnectionStatus | Unset):
    """

    device_id: str | Unset = UNSET
    external_id: str | Unset = UNSET
    last_message: datetime.datetime | Unset = UNSET
    interval: int | Unset = UNSET
    data_status: C8YAvailabilityDataStatus | Unset = UNSET
    connection_status: C8YAvailabilityConnectionStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device_id = self.device_id

        external_id = self.external_id

        last_message: str | Unset = UNSET
        if not isinstance(self.last_message, Unset):
            last_message = self.last_message.isoformat()

        interval = self.interval

        data_status: str | Unset = UNSET
        if not isinstance(self.data_status, Unset):
            data_status = self.data_status.value

        connection_status: str | Unset = UNSET
        if not isinstance(self.connection_status, Unset):
            connection_status = self.connection_status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if device_id is not UNSET:
            field_dict["deviceId"] = device_id
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if last_message is not UNSET:
            field_dict["lastMessage"] = last_message
        if interval is not UNSET:
            field_dict["interval"] = interval
        if data_status is not UNSET:
            field_dict["dataStatus"] = data_status
        if connection_status is not UNSET:
            field_dict["connectionStatus"] = connection_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        device_id = d.pop("deviceId", UNSET)

        external_id = d.pop("externalId", UNSET)

        _last_message = d.pop("lastMessage", UNSET)
        last_message: datetime.datetime | Unset
        if isinstance(_last_message, Unset):
            last_message = UNSET
        else:
            last_message = datetime.datetime.fromisoformat(_last_message)

        interval = d.pop("interval", UNSET)

        _data_status = d.pop("dataStatus", UNSET)
        data_status: C8YAvailabilityDataStatus | Unset
        if isinstance(_data_status, Unset):
            data_status = UNSET
        else:
            data_status = C8YAvailabilityDataStatus(_data_status)

        _connection_status = d.pop("connectionStatus", UNSET)
        connection_status: C8YAvailabilityConnectionStatus | Unset
        if isinstance(_connection_status, Unset):
            connection_status = UNSET
        else:
            connection_status = C8YAvailabilityConnectionStatus(_connection_status)

        instance__ = cls(
            device_id=device_id,
            external_id=external_id,
            last_message=last_message,
            interval=interval,
            data_status=data_status,
            connection_status=connection_status,
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
