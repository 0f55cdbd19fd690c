from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.access_mapping_with_id import AccessMappingWithId
    from ..models.auth_config_on_new_user_dynamic_mapping_configuration import (
        AuthConfigOnNewUserDynamicMappingConfiguration,
    )
    from ..models.inventory_access_mapping_with_id import InventoryAccessMappingWithId


T = TypeVar("T", bound="AuthConfigOnNewUserDynamicMapping")


@_attrs_define
class AuthConfigOnNewUserDynamicMapping:
    """
    Attributes:
        configuration (AuthConfigOnNewUserDynamicMappingConfiguration | Unset):
        mappings (list[AccessMappingWithId] | Unset):
        inventory_mappings (list[InventoryAccessMappingWithId] | Unset):
    """

    configuration: AuthConfigOnNewUserDynamicMappingConfiguration | Unset = UNSET
    mappings: list[AccessMappingWithId] | Unset = UNSET
    inventory_mappings: list[InventoryAccessMappingWithId] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configuration, Unset):
            configuration = self.configuration.to_dict()

        mappings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mappings, Unset):
            mappings = []
            for mappings_item_data in self.mappings:
                mappings_item = mappings_item_data.to_dict()
                mappings.append(mappings_item)

        inventory_mappings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inventory_mappings, Unset):
            inventory_mappings = []
            for inventory_mappings_item_data in self.inventory_mappings:
                inventory_mappings_item = inventory_mappings_item_data.to_dict()
                inventory_mappings.append(inventory_mappings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if configuration is not UNSET:
            field_dict["configuration"] = configuration
        if mappings is not UNSET:
            field_dict["mappings"] = mappings
        if inventory_mappings is not UNSET:
            field_dict["inventoryMappings"] = inventory_mappings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.access_mapping_with_id import AccessMappingWithId  # noqa: PLC0415
        from ..models.auth_config_on_new_user_dynamic_mapping_configuration import (
            AuthConfigOnNewUserDynamicMappingConfiguration,  # noqa: PLC0415
        )
        from ..models.inventory_access_mapping_with_id import InventoryAccessMappingWithId  # noqa: PLC0415

        d = dict(src_dict)
        _configuration = d.pop("configuration", UNSET)
        configuration: AuthConfigOnNewUserDynamicMappingConfiguration | Unset
        if isinstance(_configuration, Unset):
            configuration = UNSET
        else:
            configuration = AuthConfigOnNewUserDynamicMappingConfiguration.from_dict(_configuration)

        _mappings = d.pop("mappings", UNSET)
        mappings: list[AccessMappingWithId] | Unset = UNSET
        if _mappings is not UNSET:
            mappings = []
            for mappings_item_data in _mappings:
                mappings_item = AccessMappingWithId.from_dict(mappings_item_data)

                mappings.append(mappings_item)

        _inventory_mappings = d.pop("inventoryMappings", UNSET)
        inventory_mappings: list[InventoryAccessMappingWithId] | Unset = UNSET
        if _inventory_mappings is not UNSET:
            inventory_mappings = []
            for inventory_mappings_item_data in _inventory_mappings:
                inventory_mappings_item = InventoryAccessMappingWithId.from_dict(inventory_mappings_item_data)

                inventory_mappings.append(inventory_mappings_item)

        instance__ = cls(
            configuration=configuration,
            mappings=mappings,
            inventory_mappings=inventory_mappings,
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
