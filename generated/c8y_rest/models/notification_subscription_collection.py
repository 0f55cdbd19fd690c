from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notification_subscription import NotificationSubscription
    from ..models.page_statistics import PageStatistics


T = TypeVar("T", bound="NotificationSubscriptionCollection")


@_attrs_define
class NotificationSubscriptionCollection:
    """
    Example:
        {'self': 'https://<TENANT_DOMAIN>/notification2/subscriptions?pageSize=5&currentPage=1', 'subscriptions':
            [{'id': '102700509', 'self': 'http://<TENANT_DOMAIN>/notification2/subscriptions/102700509', 'source': {'name':
            'Test Device', 'self': 'http://<TENANT_DOMAIN>/inventory/managedObjects/251982', 'id': '251982'}, 'context':
            'mo', 'subscription': 'testSubscription', 'subscriptionFilter': {'apis': ['measurements', 'events'],
            'typeFilter': "'c8y_Speed' or 'c8y_LocationUpdate'"}, 'fragmentsToCopy': ['c8y_MaxSpeedMeasurement',
            'c8y_Position'], 'nonPersistent': False}], 'statistics': {'totalPages': 1, 'currentPage': 1, 'pageSize': 5}}

    Attributes:
        next_ (str | Unset):
        prev (str | Unset):
        self_ (str | Unset):
        statistics (PageStatistics | Unset):
        subscriptions (list[NotificationSubscription] | Unset):
    """

    next_: str | Unset = UNSET
    prev: str | Unset = UNSET
    self_: str | Unset = UNSET
    statistics: PageStatistics | Unset = UNSET
    subscriptions: list[NotificationSubscription] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        next_ = self.next_

        prev = self.prev

        self_ = self.self_

        statistics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.statistics, Unset):
            statistics = self.statistics.to_dict()

        subscriptions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subscriptions, Unset):
            subscriptions = []
            for subscriptions_item_data in self.subscriptions:
                subscriptions_item = subscriptions_item_data.to_dict()
                subscriptions.append(subscriptions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if next_ is not UNSET:
            field_dict["next"] = next_
        if prev is not UNSET:
            field_dict["prev"] = prev
        if self_ is not UNSET:
            field_dict["self"] = self_
        if statistics is not UNSET:
            field_dict["statistics"] = statistics
        if subscriptions is not UNSET:
            field_dict["subscriptions"] = subscriptions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notification_subscription import NotificationSubscription  # noqa: PLC0415
        from ..models.page_statistics import PageStatistics  # noqa: PLC0415

        d = dict(src_dict)
        next_ = d.pop("next", UNSET)

        prev = d.pop("prev", UNSET)

        self_ = d.pop("self", UNSET)

        _statistics = d.pop("statistics", UNSET)
        statistics: PageStatistics | Unset
        if isinstance(_statistics, Unset):
            statistics = UNSET
        else:
            statistics = PageStatistics.from_dict(_statistics)

        _subscriptions = d.pop("subscriptions", UNSET)
        subscriptions: list[NotificationSubscription] | Unset = UNSET
        if _subscriptions is not UNSET:
            subscriptions = []
            for subscriptions_item_data in _subscriptions:
                subscriptions_item = NotificationSubscription.from_dict(subscriptions_item_data)

                subscriptions.append(subscriptions_item)

        instance__ = cls(
            next_=next_,
            prev=prev,
            self_=self_,
            statistics=statistics,
            subscriptions=subscriptions,
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
