from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="C8YLogfileRequest")


@_attrs_define
class C8YLogfileRequest:
    """
    Example:
        {'logFile': 'syslog', 'dateFrom': '2022-01-01T00:00:00.000Z', 'dateTo': '2022-01-30T23:59:59.999Z',
            'searchText': 'sms', 'maximumLines': 1000, 'file': 'https://<TENANT_DOMAIN>/inventory/binaries/30761423'}

    Attributes:
        log_file (str | Unset):
        date_from (datetime.datetime | Unset):
        date_to (datetime.datetime | Unset):
        search_text (str | Unset):
        maximum_lines (int | Unset):
        file (str | Unset):
    """

    log_file: str | Unset = UNSET
    date_from: datetime.datetime | Unset = UNSET
    date_to: datetime.datetime | Unset = UNSET
    search_text: str | Unset = UNSET
    maximum_lines: int | Unset = UNSET
    file: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        log_file = self.log_file

        date_from: str | Unset = UNSET
        if not isinstance(self.date_from, Unset):
            date_from = self.date_from.isoformat()

        date_to: str | Unset = UNSET
        if not isinstance(self.date_to, Unset):
            date_to = self.date_to.isoformat()

        search_text = self.search_text

        maximum_lines = self.maximum_lines

        file = self.file

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if log_file is not UNSET:
            field_dict["logFile"] = log_file
        if date_from is not UNSET:
            field_dict["dateFrom"] = date_from
        if date_to is not UNSET:
            field_dict["dateTo"] = date_to
        if search_text is not UNSET:
            field_dict["searchText"] = search_text
        if maximum_lines is not UNSET:
            field_dict["maximumLines"] = maximum_lines
        if file is not UNSET:
            field_dict["file"] = file

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        log_file = d.pop("logFile", UNSET)

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

        search_text = d.pop("searchText", UNSET)

        maximum_lines = d.pop("maximumLines", UNSET)

        file = d.pop("file", UNSET)

        instance__ = cls(
            log_file=log_file,
            date_from=date_from,
            date_to=date_to,
            search_text=search_text,
            maximum_lines=maximum_lines,
            file=file,
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
