from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notification_api_resource_notification_subscriptions import (
        NotificationApiResourceNotificationSubscriptions,
    )


T = TypeVar("T", bound="NotificationApiResource")


@_attrs_define
class NotificationApiResource:
    """
    Example:
        {'notificationSubscriptions': {'self': 'https://<TENANT_DOMAIN>/notification2/subscriptions', 'subscriptions':
            None}, 'notificationSubscriptionsBySource':
            'https://<TENANT_DOMAIN>/notification2/subscriptions?source={source}',
            'notificationSubscriptionsBySourceAndContext':
            'https://<TENANT_DOMAIN>/notification2/subscriptions?source={source}&context={context}',
            'notificationSubscriptionsByContext': 'https://<TENANT_DOMAIN>/notification2/subscriptions?context={context}',
            'self': 'https://<TENANT_DOMAIN>/notification2'}

    Attributes:
        self_ (str | Unset):
        notification_subscriptions (NotificationApiResourceNotificationSubscriptions | Unset):
        notification_subscriptions_by_source (str | Unset):
        notification_subscriptions_by_source_and_context (str | Unset):
        notification_subscriptions_by_context (str | Unset):
    """

    self_: str | Unset = UNSET
    notification_subscriptions: NotificationApiResourceNotificationSubscriptions | Unset = UNSET
    notification_subscriptions_by_source: str | Unset = UNSET
    notification_subscriptions_by_source_and_context: str | Unset = UNSET
    notification_subscriptions_by_context: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_ = self.self_

        notification_subscriptions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notification_subscriptions, Unset):
            notification_subscriptions = self.notification_subscriptions.to_dict()

        notification_subscriptions_by_source = self.notification_subscriptions_by_source

        notification_subscriptions_by_source_and_context = self.notification_subscriptions_by_source_and_context

        notification_subscriptions_by_context = self.notification_subscriptions_by_context

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if self_ is not UNSET:
            field_dict["self"] = self_
        if notification_subscriptions is not UNSET:
            field_dict["notificationSubscriptions"] = notification_subscriptions
        if notification_subscriptions_by_source is not UNSET:
            field_dict["notificationSubscriptionsBySource"] = notification_subscriptions_by_source
        if notification_subscriptions_by_source_and_context is not UNSET:
            field_dict["notificationSubscriptionsBySourceAndContext"] = notification_subscriptions_by_source_and_context
        if notification_subscriptions_by_context is not UNSET:
            field_dict["notificationSubscriptionsByContext"] = notification_subscriptions_by_context

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notification_api_resource_notification_subscriptions import (
            NotificationApiResourceNotificationSubscriptions,  # noqa: PLC0415
        )

        d = dict(src_dict)
        self_ = d.pop("self", UNSET)

        _notification_subscriptions = d.pop("notificationSubscriptions", UNSET)
        notification_subscriptions: NotificationApiResourceNotificationSubscriptions | Unset
        if isinstance(_notification_subscriptions, Unset):
            notification_subscriptions = UNSET
        else:
            notification_subscriptions = NotificationApiResourceNotificationSubscriptions.from_dict(
                _notification_subscriptions
            )

        notification_subscriptions_by_source = d.pop("notificationSubscriptionsBySource", UNSET)

        notification_subscriptions_by_source_and_context = d.pop("notificationSubscriptionsBySourceAndContext", UNSET)

        notification_subscriptions_by_context = d.pop("notificationSubscriptionsByContext", UNSET)

        instance__ = cls(
            self_=self_,
            notification_subscriptions=notification_subscriptions,
            notification_subscriptions_by_source=notification_subscriptions_by_source,
            notification_subscriptions_by_source_and_context=notification_subscriptions_by_source_and_context,
            notification_subscriptions_by_context=notification_subscriptions_by_context,
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
