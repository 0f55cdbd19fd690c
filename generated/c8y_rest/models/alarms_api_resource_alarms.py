from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alarm import Alarm


T = TypeVar("T", bound="AlarmsApiResourceAlarms")


@_attrs_define
class AlarmsApiResourceAlarms:
    """
    Attributes:
        self_ (str | Unset):
        alarms (list[Alarm] | None | Unset):
    """

    self_: str | Unset = UNSET
    alarms: list[Alarm] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_ = self.self_

        alarms: list[dict[str, Any]] | None | Unset
        if isinstance(self.alarms, Unset):
            alarms = UNSET
        elif isinstance(self.alarms, list):
            alarms = []
            for alarms_type_0_item_data in self.alarms:
                alarms_type_0_item = alarms_type_0_item_data.to_dict()
                alarms.append(alarms_type_0_item)

        else:
            alarms = self.alarms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if self_ is not UNSET:
            field_dict["self"] = self_
        if alarms is not UNSET:
            field_dict["alarms"] = alarms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alarm import Alarm  # noqa: PLC0415

        d = dict(src_dict)
        self_ = d.pop("self", UNSET)

        def _parse_alarms(data: object) -> list[Alarm] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                alarms_type_0 = []
                _alarms_type_0 = data
                for alarms_type_0_item_data in _alarms_type_0:
                    alarms_type_0_item = Alarm.from_dict(alarms_type_0_item_data)

                    alarms_type_0.append(alarms_type_0_item)

                return alarms_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Alarm] | None | Unset, data)

        alarms = _parse_alarms(d.pop("alarms", UNSET))

        instance__ = cls(
            self_=self_,
            alarms=alarms,
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
