from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.crl_entry import CRLEntry


T = TypeVar("T", bound="UpdateCRLEntries")


@_attrs_define
class UpdateCRLEntries:
    """
    Attributes:
        crls (list[CRLEntry] | Unset):
    """

    crls: list[CRLEntry] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        crls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.crls, Unset):
            crls = []
            for crls_item_data in self.crls:
                crls_item = crls_item_data.to_dict()
                crls.append(crls_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if crls is not UNSET:
            field_dict["crls"] = crls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.crl_entry import CRLEntry  # noqa: PLC0415

        d = dict(src_dict)
        _crls = d.pop("crls", UNSET)
        crls: list[CRLEntry] | Unset = UNSET
        if _crls is not UNSET:
            crls = []
            for crls_item_data in _crls:
                crls_item = CRLEntry.from_dict(crls_item_data)

                crls.append(crls_item)

        instance__ = cls(
            crls=crls,
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
