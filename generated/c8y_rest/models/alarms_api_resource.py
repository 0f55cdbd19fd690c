from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alarms_api_resource_alarms import AlarmsApiResourceAlarms


T = TypeVar("T", bound="AlarmsApiResource")


@_attrs_define
class AlarmsApiResource:
    """
    Example:
        {'alarms': {'self': 'https://<TENANT_DOMAIN>/alarm/alarms', 'alarms': []}, 'alarmsForSource':
            'https://<TENANT_DOMAIN>/alarm/alarms?source={source}', 'alarmsForStatus':
            'https://<TENANT_DOMAIN>/alarm/alarms?status={status}', 'alarmsForSourceAndStatusAndTime':
            'https://<TENANT_DOMAIN>/alarm/alarms?source={source}&status={status}&dateFrom={dateFrom}&dateTo={dateTo}',
            'alarmsForStatusAndTime':
            'https://<TENANT_DOMAIN>/alarm/alarms?status={status}&dateFrom={dateFrom}&dateTo={dateTo}',
            'alarmsForSourceAndTime':
            'https://<TENANT_DOMAIN>/alarm/alarms?source={source}&dateFrom={dateFrom}&dateTo={dateTo}', 'alarmsForTime':
            'https://<TENANT_DOMAIN>/alarm/alarms?dateFrom={dateFrom}&dateTo={dateTo}', 'alarmsForSourceAndStatus':
            'https://<TENANT_DOMAIN>/alarm/alarms?source={source}&status={status}', 'self': 'https://<TENANT_DOMAIN>/alarm'}

    Attributes:
        alarms (AlarmsApiResourceAlarms | Unset):
        alarms_for_source (str | Unset):
        alarms_for_status (str | Unset):
        alarms_for_source_and_status_and_time (str | Unset):
        alarms_for_status_and_time (str | Unset):
        alarms_for_source_and_time (str | Unset):
        alarms_for_time (str | Unset):
        alarms_for_source_and_status (str | Unset):
        self_ (str | Unset):
    """

    alarms: AlarmsApiResourceAlarms | Unset = UNSET
    alarms_for_source: str | Unset = UNSET
    alarms_for_status: str | Unset = UNSET
    alarms_for_source_and_status_and_time: str | Unset = UNSET
    alarms_for_status_and_time: str | Unset = UNSET
    alarms_for_source_and_time: str | Unset = UNSET
    alarms_for_time: str | Unset = UNSET
    alarms_for_source_and_status: str | Unset = UNSET
    self_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alarms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.alarms, Unset):
            alarms = self.alarms.to_dict()

        alarms_for_source = self.alarms_for_source

        alarms_for_status = self.alarms_for_status

        alarms_for_source_and_status_and_time = self.alarms_for_source_and_status_and_time

        alarms_for_status_and_time = self.alarms_for_status_and_time

        alarms_for_source_and_time = self.alarms_for_source_and_time

        alarms_for_time = self.alarms_for_time

        alarms_for_source_and_status = self.alarms_for_source_and_status

        self_ = self.self_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alarms is not UNSET:
            field_dict["alarms"] = alarms
        if alarms_for_source is not UNSET:
            field_dict["alarmsForSource"] = alarms_for_source
        if alarms_for_status is not UNSET:
            field_dict["alarmsForStatus"] = alarms_for_status
        if alarms_for_source_and_status_and_time is not UNSET:
            field_dict["alarmsForSourceAndStatusAndTime"] = alarms_for_source_and_status_and_time
        if alarms_for_status_and_time is not UNSET:
            field_dict["alarmsForStatusAndTime"] = alarms_for_status_and_time
        if alarms_for_source_and_time is not UNSET:
            field_dict["alarmsForSourceAndTime"] = alarms_for_source_and_time
        if alarms_for_time is not UNSET:
            field_dict["alarmsForTime"] = alarms_for_time
        if alarms_for_source_and_status is not UNSET:
            field_dict["alarmsForSourceAndStatus"] = alarms_for_source_and_status
        if self_ is not UNSET:
            field_dict["self"] = self_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alarms_api_resource_alarms import AlarmsApiResourceAlarms  # noqa: PLC0415

        d = dict(src_dict)
        _alarms = d.pop("alarms", UNSET)
        alarms: AlarmsApiResourceAlarms | Unset
        if isinstance(_alarms, Unset):
            alarms = UNSET
        else:
            alarms = AlarmsApiResourceAlarms.from_dict(_alarms)

        alarms_for_source = d.pop("alarmsForSource", UNSET)

        alarms_for_status = d.pop("alarmsForStatus", UNSET)

        alarms_for_source_and_status_and_time = d.pop("alarmsForSourceAndStatusAndTime", UNSET)

        alarms_for_status_and_time = d.pop("alarmsForStatusAndTime", UNSET)

        alarms_for_source_and_time = d.pop("alarmsForSourceAndTime", UNSET)

        alarms_for_time = d.pop("alarmsForTime", UNSET)

        alarms_for_source_and_status = d.pop("alarmsForSourceAndStatus", UNSET)

        self_ = d.pop("self", UNSET)

        instance__ = cls(
            alarms=alarms,
            alarms_for_source=alarms_for_source,
            alarms_for_status=alarms_for_status,
            alarms_for_source_and_status_and_time=alarms_for_source_and_status_and_time,
            alarms_for_status_and_time=alarms_for_status_and_time,
            alarms_for_source_and_time=alarms_for_source_and_time,
            alarms_for_time=alarms_for_time,
            alarms_for_source_and_status=alarms_for_source_and_status,
            self_=self_,
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
