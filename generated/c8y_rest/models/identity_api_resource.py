from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IdentityApiResource")


@_attrs_define
class IdentityApiResource:
    """
    Example:
        {'externalId': 'https://<TENANT_DOMAIN>/identity/externalIds/{type}/{externaId}', 'externalIdsOfGlobalId':
            'https://<TENANT_DOMAIN>/identity/globalIds/{managedObjectId}/externalIds', 'self':
            'https://<TENANT_DOMAIN>/identity'}

    Attributes:
        external_id (str | Unset):
        external_ids_of_global_id (str | Unset):
        self_ (str | Unset):
    """

    external_id: str | Unset = UNSET
    external_ids_of_global_id: str | Unset = UNSET
    self_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        external_ids_of_global_id = self.external_ids_of_global_id

        self_ = self.self_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if external_ids_of_global_id is not UNSET:
            field_dict["externalIdsOfGlobalId"] = external_ids_of_global_id
        if self_ is not UNSET:
            field_dict["self"] = self_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_id = d.pop("externalId", UNSET)

        external_ids_of_global_id = d.pop("externalIdsOfGlobalId", UNSET)

        self_ = d.pop("self", UNSET)

        instance__ = cls(
            external_id=external_id,
            external_ids_of_global_id=external_ids_of_global_id,
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
