from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_new_device_request_credential_updated_list_item import (
        BulkNewDeviceRequestCredentialUpdatedListItem,
    )
    from ..models.bulk_new_device_request_failed_creation_list_item import BulkNewDeviceRequestFailedCreationListItem


T = TypeVar("T", bound="BulkNewDeviceRequest")


@_attrs_define
class BulkNewDeviceRequest:
    """
    Attributes:
        number_of_all (int | Unset):  Example: 5.
        number_of_created (int | Unset):  Example: 3.
        number_of_failed (int | Unset):  Example: 1.
        number_of_successful (int | Unset):  Example: 4.
        credential_updated_list (list[BulkNewDeviceRequestCredentialUpdatedListItem] | Unset):
        failed_creation_list (list[BulkNewDeviceRequestFailedCreationListItem] | Unset):
    """

    number_of_all: int | Unset = UNSET
    number_of_created: int | Unset = UNSET
    number_of_failed: int | Unset = UNSET
    number_of_successful: int | Unset = UNSET
    credential_updated_list: list[BulkNewDeviceRequestCredentialUpdatedListItem] | Unset = UNSET
    failed_creation_list: list[BulkNewDeviceRequestFailedCreationListItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number_of_all = self.number_of_all

        number_of_created = self.number_of_created

        number_of_failed = self.number_of_failed

        number_of_successful = self.number_of_successful

        credential_updated_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.credential_updated_list, Unset):
            credential_updated_list = []
            for credential_updated_list_item_data in self.credential_updated_list:
                credential_updated_list_item = credential_updated_list_item_data.to_dict()
                credential_updated_list.append(credential_updated_list_item)

        failed_creation_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.failed_creation_list, Unset):
            failed_creation_list = []
            for failed_creation_list_item_data in self.failed_creation_list:
                failed_creation_list_item = failed_creation_list_item_data.to_dict()
                failed_creation_list.append(failed_creation_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if number_of_all is not UNSET:
            field_dict["numberOfAll"] = number_of_all
        if number_of_created is not UNSET:
            field_dict["numberOfCreated"] = number_of_created
        if number_of_failed is not UNSET:
            field_dict["numberOfFailed"] = number_of_failed
        if number_of_successful is not UNSET:
            field_dict["numberOfSuccessful"] = number_of_successful
        if credential_updated_list is not UNSET:
            field_dict["credentialUpdatedList"] = credential_updated_list
        if failed_creation_list is not UNSET:
            field_dict["failedCreationList"] = failed_creation_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bulk_new_device_request_credential_updated_list_item import (
            BulkNewDeviceRequestCredentialUpdatedListItem,  # noqa: PLC0415
        )
        from ..models.bulk_new_device_request_failed_creation_list_item import (
            BulkNewDeviceRequestFailedCreationListItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        number_of_all = d.pop("numberOfAll", UNSET)

        number_of_created = d.pop("numberOfCreated", UNSET)

        number_of_failed = d.pop("numberOfFailed", UNSET)

        number_of_successful = d.pop("numberOfSuccessful", UNSET)

        _credential_updated_list = d.pop("credentialUpdatedList", UNSET)
        credential_updated_list: list[BulkNewDeviceRequestCredentialUpdatedListItem] | Unset = UNSET
        if _credential_updated_list is not UNSET:
            credential_updated_list = []
            for credential_updated_list_item_data in _credential_updated_list:
                credential_updated_list_item = BulkNewDeviceRequestCredentialUpdatedListItem.from_dict(
                    credential_updated_list_item_data
                )

                credential_updated_list.append(credential_updated_list_item)

        _failed_creation_list = d.pop("failedCreationList", UNSET)
        failed_creation_list: list[BulkNewDeviceRequestFailedCreationListItem] | Unset = UNSET
        if _failed_creation_list is not UNSET:
            failed_creation_list = []
            for failed_creation_list_item_data in _failed_creation_list:
                failed_creation_list_item = BulkNewDeviceRequestFailedCreationListItem.from_dict(
                    failed_creation_list_item_data
                )

                failed_creation_list.append(failed_creation_list_item)

        instance__ = cls(
            number_of_all=number_of_all,
            number_of_created=number_of_created,
            number_of_failed=number_of_failed,
            number_of_successful=number_of_successful,
            credential_updated_list=credential_updated_list,
            failed_creation_list=failed_creation_list,
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
