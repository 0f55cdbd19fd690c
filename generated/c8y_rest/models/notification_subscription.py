from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_subscription_context import NotificationSubscriptionContext
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notification_subscription_source import NotificationSubscriptionSource
    from ..models.notification_subscription_subscription_filter import NotificationSubscriptionSubscriptionFilter


T = TypeVar("T", bound="NotificationSubscription")


@_attrs_define
class NotificationSubscription:
    """
    Example:
        {'id': '102700509', 'self': 'http://<TENANT_DOMAIN>/notification2/subscriptions/102700509', 'source': {'name':
            'Test Device', 'self': 'http://<TENANT_DOMAIN>/inventory/managedObjects/251982', 'id': '251982'}, 'context':
            'mo', 'subscription': 'testSubscription', 'subscriptionFilter': {'apis': ['measurements', 'events'],
            'typeFilter': "'c8y_Speed' or 'c8y_LocationUpdate'"}, 'fragmentsToCopy': ['c8y_MaxSpeedMeasurement',
            'c8y_Position'], 'nonPersistent': False}

    Attributes:
        context (NotificationSubscriptionContext):
        subscription (str):
        fragments_to_copy (list[str] | Unset):
        id (str | Unset):
        self_ (str | Unset):
        source (NotificationSubscriptionSource | Unset):
        subscription_filter (NotificationSubscriptionSubscriptionFilter | Unset):
        non_persistent (bool | Unset):  Default: False.
    """

    context: NotificationSubscriptionContext
    subscription: str
    fragments_to_copy: list[str] | Unset = UNSET
    id: str | Unset = UNSET
    self_: str | Unset = UNSET
    source: NotificationSubscriptionSource | Unset = UNSET
    subscription_filter: NotificationSubscriptionSubscriptionFilter | Unset = UNSET
    non_persistent: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        context = self.context.value

        subscription = self.subscription

        fragments_to_copy: list[str] | Unset = UNSET
        if not isinstance(self.fragments_to_copy, Unset):
            fragments_to_copy = self.fragments_to_copy

        id = self.id

        self_ = self.self_

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        subscription_filter: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscription_filter, Unset):
            subscription_filter = self.subscription_filter.to_dict()

        non_persistent = self.non_persistent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "context": context,
                "subscription": subscription,
            }
        )
        if fragments_to_copy is not UNSET:
            field_dict["fragmentsToCopy"] = fragments_to_copy
        if id is not UNSET:
            field_dict["id"] = id
        if self_ is not UNSET:
            field_dict["self"] = self_
        if source is not UNSET:
            field_dict["source"] = source
        if subscription_filter is not UNSET:
            field_dict["subscriptionFilter"] = subscription_filter
        if non_persistent is not UNSET:
            field_dict["nonPersistent"] = non_persistent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notification_subscription_source import NotificationSubscriptionSource  # noqa: PLC0415
        from ..models.notification_subscription_subscription_filter import NotificationSubscriptionSubscriptionFilter  # noqa: PLC0415

        d = dict(src_dict)
        context = NotificationSubscriptionContext(d.pop("context"))

        subscription = d.pop("subscription")

        fragments_to_copy = cast(list[str], d.pop("fragmentsToCopy", UNSET))

        id = d.pop("id", UNSET)

        self_ = d.pop("self", UNSET)

        _source = d.pop("source", UNSET)
        source: NotificationSubscriptionSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = NotificationSubscriptionSource.from_dict(_source)

        _subscription_filter = d.pop("subscriptionFilter", UNSET)
        subscription_filter: NotificationSubscriptionSubscriptionFilter | Unset
        if isinstance(_subscription_filter, Unset):
            subscription_filter = UNSET
        else:
            subscription_filter = NotificationSubscriptionSubscriptionFilter.from_dict(_subscription_filter)

        non_persistent = d.pop("nonPersistent", UNSET)

        instance__ = cls(
            context=context,
            subscription=subscription,
            fragments_to_copy=fragments_to_copy,
            id=id,
            self_=self_,
            source=source,
            subscription_filter=subscription_filter,
            non_persistent=non_persistent,
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
