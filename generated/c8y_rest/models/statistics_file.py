from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.statistics_file_type import StatisticsFileType
from ..types import UNSET, Unset

T = TypeVar("T", bound="StatisticsFile")


@_attrs_define
class StatisticsFile:
    """
    Example:
        {'id': '62', 'instanceName': 'cumulocity.default.svc.cluster.local', 'generationDate':
            '2020-06-14T11:43:27.203Z', 'dateFrom': '2020-03-01T00:00:00.000Z', 'dateTo': '2020-03-19T00:00:00.000Z',
            'type': 'TEST'}

    Attributes:
        id (str | Unset):
        instance_name (str | Unset):
        generation_date (datetime.datetime | Unset):
        date_from (datetime.datetime | Unset):
        date_to (datetime.datetime | Unset):
        type_ (StatisticsFileType | Unset):
    """

    id: str | Unset = UNSET
    instance_name: str | Unset = UNSET
    generation_date: datetime.datetime | Unset = UNSET
    date_from: datetime.datetime | Unset = UNSET
    date_to: datetime.datetime | Unset = UNSET
    type_: StatisticsFileType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        instance_name = self.instance_name

        generation_date: str | Unset = UNSET
        if not isinstance(self.generation_date, Unset):
            generation_date = self.generation_date.isoformat()

        date_from: str | Unset = UNSET
        if not isinstance(self.date_from, Unset):
            date_from = self.date_from.isoformat()

        date_to: str | Unset = UNSET
        if not isinstance(self.date_to, Unset):
            date_to = self.date_to.isoformat()

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if instance_name is not UNSET:
            field_dict["instanceName"] = instance_name
        if generation_date is not UNSET:
            field_dict["generationDate"] = generation_date
        if date_from is not UNSET:
            field_dict["dateFrom"] = date_from
        if date_to is not UNSET:
            field_dict["dateTo"] = date_to
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        instance_name = d.pop("instanceName", UNSET)

        _generation_date = d.pop("generationDate", UNSET)
        generation_date: datetime.datetime | Unset
        if isinstance(_generation_date, Unset):
            generation_date = UNSET
        else:
            generation_date = datetime.datetime.fromisoformat(_generation_date)

        _date_from = d.pop("dateFrom", UNSET)
        date_from: datetime.datetime | Unset
        if isinstance(_date_from, Unset):
            date_from = UNSET
        else:
            date_from = datetime.datetime.fromisoformat(_date_from)

        _date_to = d.pop("dateTo", UNSET)
        date_to: datetime.datetime | Unset
        if isinstance(_date_to, Unset):
            date_to = UNSET
        else:
            date_to = datetime.datetime.fromisoformat(_date_to)

        _type_ = d.pop("type", UNSET)
        type_: StatisticsFileType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = StatisticsFileType(_type_)

        instance__ = cls(
            id=id,
            instance_name=instance_name,
            generation_date=generation_date,
            date_from=date_from,
            date_to=date_to,
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
