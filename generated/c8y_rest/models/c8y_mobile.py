from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="C8YMobile")


@_attrs_define
class C8YMobile:
    """
    Example:
        {'imei': '358901048995390', 'cellId': '15DFAC', 'iccid': '89430301901300001342'}

    Attributes:
        imei (str):
        cell_id (str):
        iccid (str):
    """

    imei: str
    cell_id: str
    iccid: str
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        imei = self.imei

        cell_id = self.cell_id

        iccid = self.iccid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "imei": imei,
                "cellId": cell_id,
                "iccid": iccid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        imei = d.pop("imei")

        cell_id = d.pop("cellId")

        iccid = d.pop("iccid")

        instance__ = cls(
            imei=imei,
            cell_id=cell_id,
            iccid=iccid,
        )

        instance__.additional_properties = d
        return instance__

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
