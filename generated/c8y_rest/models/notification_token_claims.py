from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_token_claims_type import NotificationTokenClaimsType
from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationTokenClaims")


@_attrs_define
class NotificationTokenClaims:
    """
    Attributes:
        subscriber (str):
        subscription (str):
        expires_in_minutes (int | Unset):  Default: 1440.
        type_ (NotificationTokenClaimsType | Unset):  Default: NotificationTokenClaimsType.NOTIFICATION.
        signed (bool | Unset):  Default: True.
        shared (bool | Unset):  Default: False.
        non_persistent (bool | Unset):  Default: False.
    """

    subscriber: str
    subscription: str
    expires_in_minutes: int | Unset = 1440
    type_: NotificationTokenClaimsType | Unset = NotificationTokenClaimsType.NOTIFICATION
    signed: bool | Unset = True
    shared: bool | Unset = False
    non_persistent: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscriber = self.subscriber

        subscription = self.subscription

        expires_in_minutes = self.expires_in_minutes

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        signed = self.signed

        shared = self.shared

        non_persistent = self.non_persistent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subscriber": subscriber,
                "subscription": subscription,
            }
        )
        if expires_in_minutes is not UNSET:
            field_dict["expiresInMinutes"] = expires_in_minutes
        if type_ is not UNSET:
            field_dict["type"] = type_
        if signed is not UNSET:
            field_dict["signed"] = signed
        if shared is not UNSET:
            field_dict["shared"] = shared
        if non_persistent is not UNSET:
            field_dict["nonPersistent"] = non_persistent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subscriber = d.pop("subscriber")

        subscription = d.pop("subscription")

        expires_in_minutes = d.pop("expiresInMinutes", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: NotificationTokenClaimsType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = NotificationTokenClaimsType(_type_)

        signed = d.pop("signed", UNSET)

        shared = d.pop("shared", UNSET)

        non_persistent = d.pop("nonPersistent", UNSET)

        instance__ = cls(
            subscriber=subscriber,
            subscription=subscription,
            expires_in_minutes=expires_in_minutes,
            type_=type_,
            signed=signed,
            shared=shared,
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
