from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CRLEntry")


@_attrs_define
class CRLEntry:
    """
    Attributes:
        serial_number_in_hex (str):  Example: 1000.
        revocation_date (datetime.datetime | Unset):  Example: 2023-01-11T16:12:36.288Z.
    """

    serial_number_in_hex: str
    revocation_date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        serial_number_in_hex = self.serial_number_in_hex

        revocation_date: str | Unset = UNSET
        if not isinstance(self.revocation_date, Unset):
            revocation_date = self.revocation_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "serialNumberInHex": serial_number_in_hex,
            }
        )
        if revocation_date is not UNSET:
            field_dict["revocationDate"] = revocation_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        serial_number_in_hex = d.pop("serialNumberInHex")

        _revocation_date = d.pop("revocationDate", UNSET)
        revocation_date: datetime.datetime | Unset
        if isinstance(_revocation_date, Unset):
            revocation_date = UNSET
        else:
            revocation_date = datetime.datetime.fromisoformat(_revocation_date)

        instance__ = cls(
            serial_number_in_hex=serial_number_in_hex,
            revocation_date=revocation_date,
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
