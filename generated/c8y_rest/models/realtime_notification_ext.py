from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_notification_ext_system_of_units import RealtimeNotificationExtSystemOfUnits
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_notification_ext_com_cumulocity_authn import RealtimeNotificationExtComCumulocityAuthn


T = TypeVar("T", bound="RealtimeNotificationExt")


@_attrs_define
class RealtimeNotificationExt:
    """
    Attributes:
        com_cumulocity_authn (RealtimeNotificationExtComCumulocityAuthn | Unset):
        system_of_units (RealtimeNotificationExtSystemOfUnits | Unset):
    """

    com_cumulocity_authn: RealtimeNotificationExtComCumulocityAuthn | Unset = UNSET
    system_of_units: RealtimeNotificationExtSystemOfUnits | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        com_cumulocity_authn: dict[str, Any] | Unset = UNSET
        if not isinstance(self.com_cumulocity_authn, Unset):
            com_cumulocity_authn = self.com_cumulocity_authn.to_dict()

        system_of_units: str | Unset = UNSET
        if not isinstance(self.system_of_units, Unset):
            system_of_units = self.system_of_units.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if com_cumulocity_authn is not UNSET:
            field_dict["com.cumulocity.authn"] = com_cumulocity_authn
        if system_of_units is not UNSET:
            field_dict["systemOfUnits"] = system_of_units

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.realtime_notification_ext_com_cumulocity_authn import RealtimeNotificationExtComCumulocityAuthn  # noqa: PLC0415

        d = dict(src_dict)
        _com_cumulocity_authn = d.pop("com.cumulocity.authn", UNSET)
        com_cumulocity_authn: RealtimeNotificationExtComCumulocityAuthn | Unset
        if isinstance(_com_cumulocity_authn, Unset):
            com_cumulocity_authn = UNSET
        else:
            com_cumulocity_authn = RealtimeNotificationExtComCumulocityAuthn.from_dict(_com_cumulocity_authn)

        _system_of_units = d.pop("systemOfUnits", UNSET)
        system_of_units: RealtimeNotificationExtSystemOfUnits | Unset
        if isinstance(_system_of_units, Unset):
            system_of_units = UNSET
        else:
            system_of_units = RealtimeNotificationExtSystemOfUnits(_system_of_units)

        instance__ = cls(
            com_cumulocity_authn=com_cumulocity_authn,
            system_of_units=system_of_units,
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
