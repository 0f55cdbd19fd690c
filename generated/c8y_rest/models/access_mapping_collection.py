from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.access_mapping_with_id import AccessMappingWithId


T = TypeVar("T", bound="AccessMappingCollection")


@_attrs_define
class AccessMappingCollection:
    """
    Attributes:
        access_mappings (list[AccessMappingWithId] | Unset):
        self_ (str | Unset):  Example: https://<TENANT_DOMAIN>/tenant/loginOptions/OAUTH2/accessMappings.
    """

    access_mappings: list[AccessMappingWithId] | Unset = UNSET
    self_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_mappings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.access_mappings, Unset):
            access_mappings = []
            for access_mappings_item_data in self.access_mappings:
                access_mappings_item = access_mappings_item_data.to_dict()
                access_mappings.append(access_mappings_item)

        self_ = self.self_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_mappings is not UNSET:
            field_dict["accessMappings"] = access_mappings
        if self_ is not UNSET:
            field_dict["self"] = self_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.access_mapping_with_id import AccessMappingWithId  # noqa: PLC0415

        d = dict(src_dict)
        _access_mappings = d.pop("accessMappings", UNSET)
        access_mappings: list[AccessMappingWithId] | Unset = UNSET
        if _access_mappings is not UNSET:
            access_mappings = []
            for access_mappings_item_data in _access_mappings:
                access_mappings_item = AccessMappingWithId.from_dict(access_mappings_item_data)

                access_mappings.append(access_mappings_item)

        self_ = d.pop("self", UNSET)

        instance__ = cls(
            access_mappings=access_mappings,
            self_=self_,
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
