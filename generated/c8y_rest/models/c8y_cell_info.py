from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.c8y_cell_tower import C8YCellTower


T = TypeVar("T", bound="C8YCellInfo")


@_attrs_define
class C8YCellInfo:
    """
    Example:
        {'radioType': 'gsm', 'cellTowers': [{'mobileCountryCode': 240, 'mobileNetworkCode': 1, 'locationAreaCode': 3012,
            'cellId': 11950}]}

    Attributes:
        cell_towers (list[C8YCellTower]):
        radio_type (str | Unset):
    """

    cell_towers: list[C8YCellTower]
    radio_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cell_towers = []
        for cell_towers_item_data in self.cell_towers:
            cell_towers_item = cell_towers_item_data.to_dict()
            cell_towers.append(cell_towers_item)

        radio_type = self.radio_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cellTowers": cell_towers,
            }
        )
        if radio_type is not UNSET:
            field_dict["radioType"] = radio_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.c8y_cell_tower import C8YCellTower  # noqa: PLC0415

        d = dict(src_dict)
        cell_towers = []
        _cell_towers = d.pop("cellTowers")
        for cell_towers_item_data in _cell_towers:
            cell_towers_item = C8YCellTower.from_dict(cell_towers_item_data)

            cell_towers.append(cell_towers_item)

        radio_type = d.pop("radioType", UNSET)

        instance__ = cls(
            cell_towers=cell_towers,
            radio_type=radio_type,
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
