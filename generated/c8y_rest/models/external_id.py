from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.external_id_managed_object import ExternalIdManagedObject


T = TypeVar("T", bound="ExternalId")


@_attrs_define
class ExternalId:
    """
    Example:
        {'externalId': 'simulator_145074_1', 'managedObject': {'id': '251982', 'self':
            'https://<TENANT_DOMAIN>/inventory/managedObjects/251982'}, 'self':
            'https://<TENANT_DOMAIN>/identity/externalIds/c8y_Serial/simulator_145074_1', 'type': 'c8y_Serial'}

    Attributes:
        external_id (str):
        type_ (str):
        managed_object (ExternalIdManagedObject | Unset):
        self_ (str | Unset):
    """

    external_id: str
    type_: str
    managed_object: ExternalIdManagedObject | Unset = UNSET
    self_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        type_ = self.type_

        managed_object: dict[str, Any] | Unset = UNSET
        if not isinstance(self.managed_object, Unset):
            managed_object = self.managed_object.to_dict()

        self_ = self.self_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "type": type_,
            }
        )
        if managed_object is not UNSET:
            field_dict["managedObject"] = managed_object
        if self_ is not UNSET:
            field_dict["self"] = self_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.external_id_managed_object import ExternalIdManagedObject  # noqa: PLC0415

        d = dict(src_dict)
        external_id = d.pop("externalId")

        type_ = d.pop("type")

        _managed_object = d.pop("managedObject", UNSET)
        managed_object: ExternalIdManagedObject | Unset
        if isinstance(_managed_object, Unset):
            managed_object = UNSET
        else:
            managed_object = ExternalIdManagedObject.from_dict(_managed_object)

        self_ = d.pop("self", UNSET)

        instance__ = cls(
            external_id=external_id,
            type_=type_,
            managed_object=managed_object,
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
