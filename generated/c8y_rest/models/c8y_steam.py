from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.c8y_steam_temperature import C8YSteamTemperature


T = TypeVar("T", bound="C8YSteam")


@_attrs_define
class C8YSteam:
    """
    Attributes:
        temperature (C8YSteamTemperature | Unset):
    """

    temperature: C8YSteamTemperature | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        temperature: dict[str, Any] | Unset = UNSET
        if not isinstance(self.temperature, Unset):
            temperature = self.temperature.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if temperature is not UNSET:
            field_dict["Temperature"] = temperature

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.c8y_steam_temperature import C8YSteamTemperature  # noqa: PLC0415

        d = dict(src_dict)
        _temperature = d.pop("Temperature", UNSET)
        temperature: C8YSteamTemperature | Unset
        if isinstance(_temperature, Unset):
            temperature = UNSET
        else:
            temperature = C8YSteamTemperature.from_dict(_temperature)

        instance__ = cls(
            temperature=temperature,
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
