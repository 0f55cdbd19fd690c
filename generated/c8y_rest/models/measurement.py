from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.c8y_steam import C8YSteam
    from ..models.measurement_source import MeasurementSource


T = TypeVar("T", bound="Measurement")


@_attrs_define
class Measurement:
    """
    Example:
        {'id': '20200301', 'self': 'https://<TENANT_DOMAIN>/measurement/measurements/20200301', 'source': {'id':
            '251982', 'self': 'https://<TENANT_DOMAIN>/inventory/managedObjects/251982'}, 'time':
            '2020-03-19T12:03:27.845Z', 'type': 'c8y_TemperatureMeasurement', 'c8y_Steam': {'Temperature': {'unit': 'C',
            'value': 100}}}

    Attributes:
        source (MeasurementSource):
        time (datetime.datetime):
        type_ (str):
        id (str | Unset):
        self_ (str | Unset):
        c_8_y_steam (C8YSteam | Unset):
    """

    source: MeasurementSource
    time: datetime.datetime
    type_: str
    id: str | Unset = UNSET
    self_: str | Unset = UNSET
    c_8_y_steam: C8YSteam | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source.to_dict()

        time = self.time.isoformat()

        type_ = self.type_

        id = self.id

        self_ = self.self_

        c_8_y_steam: dict[str, Any] | Unset = UNSET
        if not isinstance(self.c_8_y_steam, Unset):
            c_8_y_steam = self.c_8_y_steam.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "time": time,
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if self_ is not UNSET:
            field_dict["self"] = self_
        if c_8_y_steam is not UNSET:
            field_dict["c8y_Steam"] = c_8_y_steam

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.c8y_steam import C8YSteam  # noqa: PLC0415
        from ..models.measurement_source import MeasurementSource  # noqa: PLC0415

        d = dict(src_dict)
        source = MeasurementSource.from_dict(d.pop("source"))

        time = datetime.datetime.fromisoformat(d.pop("time"))

        type_ = d.pop("type")

        id = d.pop("id", UNSET)

        self_ = d.pop("self", UNSET)

        _c_8_y_steam = d.pop("c8y_Steam", UNSET)
        c_8_y_steam: C8YSteam | Unset
        if isinstance(_c_8_y_steam, Unset):
            c_8_y_steam = UNSET
        else:
            c_8_y_steam = C8YSteam.from_dict(_c_8_y_steam)

        instance__ = cls(
            source=source,
            time=time,
            type_=type_,
            id=id,
            self_=self_,
            c_8_y_steam=c_8_y_steam,
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
