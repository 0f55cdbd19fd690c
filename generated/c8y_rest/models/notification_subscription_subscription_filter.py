from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_subscription_subscription_filter_apis_item import (
    NotificationSubscriptionSubscriptionFilterApisItem,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationSubscriptionSubscriptionFilter")


@_attrs_define
class NotificationSubscriptionSubscriptionFilter:
    """
    Attributes:
        apis (list[NotificationSubscriptionSubscriptionFilterApisItem] | Unset):
        type_filter (str | Unset):
    """

    apis: list[NotificationSubscriptionSubscriptionFilterApisItem] | Unset = UNSET
    type_filter: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        apis: list[str] | Unset = UNSET
        if not isinstance(self.apis, Unset):
            apis = []
            for apis_item_data in self.apis:
                apis_item = apis_item_data.value
                apis.append(apis_item)

        type_filter = self.type_filter

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if apis is not UNSET:
            field_dict["apis"] = apis
        if type_filter is not UNSET:
            field_dict["typeFilter"] = type_filter

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _apis = d.pop("apis", UNSET)
        apis: list[NotificationSubscriptionSubscriptionFilterApisItem] | Unset = UNSET
        if _apis is not UNSET:
            apis = []
            for apis_item_data in _apis:
                apis_item = NotificationSubscriptionSubscriptionFilterApisItem(apis_item_data)

                apis.append(apis_item)

        type_filter = d.pop("typeFilter", UNSET)

        instance__ = cls(
            apis=apis,
            type_filter=type_filter,
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
