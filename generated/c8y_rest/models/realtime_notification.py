from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_notification_channel import RealtimeNotificationChannel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_notification_advice import RealtimeNotificationAdvice
    from ..models.realtime_notification_data_type_0 import RealtimeNotificationDataType0
    from ..models.realtime_notification_ext import RealtimeNotificationExt


T = TypeVar("T", bound="RealtimeNotification")


@_attrs_define
class RealtimeNotification:
    """
    Example:
        [{'channel': '/meta/handshake', 'clientId': '69wzith4teyensmz6zyk516um4yum0mvp', 'minimumVersion': '1.0',
            'successful': True, 'supportedConnectionTypes': ['long-polling', 'smartrest-long-polling', 'websocket'],
            'version': '1.0'}]

    Attributes:
        channel (RealtimeNotificationChannel):
        advice (RealtimeNotificationAdvice | Unset):
        client_id (str | Unset):
        connection_type (str | Unset):
        data (None | RealtimeNotificationDataType0 | Unset):
        error (str | Unset):
        ext (RealtimeNotificationExt | Unset):
        id (str | Unset):
        minimum_version (str | Unset):
        subscription (str | Unset):
        successful (bool | Unset):
        supported_connection_types (list[str] | Unset):
        version (str | Unset):
    """

    channel: RealtimeNotificationChannel
    advice: RealtimeNotificationAdvice | Unset = UNSET
    client_id: str | Unset = UNSET
    connection_type: str | Unset = UNSET
    data: None | RealtimeNotificationDataType0 | Unset = UNSET
    error: str | Unset = UNSET
    ext: RealtimeNotificationExt | Unset = UNSET
    id: str | Unset = UNSET
    minimum_version: str | Unset = UNSET
    subscription: str | Unset = UNSET
    successful: bool | Unset = UNSET
    supported_connection_types: list[str] | Unset = UNSET
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.realtime_notification_data_type_0 import RealtimeNotificationDataType0  # noqa: PLC0415

        channel = self.channel.value

        advice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.advice, Unset):
            advice = self.advice.to_dict()

        client_id = self.client_id

        connection_type = self.connection_type

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, RealtimeNotificationDataType0):
            data = self.data.to_dict()
        else:
            data = self.data

        error = self.error

        ext: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ext, Unset):
            ext = self.ext.to_dict()

        id = self.id

        minimum_version = self.minimum_version

        subscription = self.subscription

        successful = self.successful

        supported_connection_types: list[str] | Unset = UNSET
        if not isinstance(self.supported_connection_types, Unset):
            supported_connection_types = self.supported_connection_types

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel": channel,
            }
        )
        if advice is not UNSET:
            field_dict["advice"] = advice
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if connection_type is not UNSET:
            field_dict["connectionType"] = connection_type
        if data is not UNSET:
            field_dict["data"] = data
        if error is not UNSET:
            field_dict["error"] = error
        if ext is not UNSET:
            field_dict["ext"] = ext
        if id is not UNSET:
            field_dict["id"] = id
        if minimum_version is not UNSET:
            field_dict["minimumVersion"] = minimum_version
        if subscription is not UNSET:
            field_dict["subscription"] = subscription
        if successful is not UNSET:
            field_dict["successful"] = successful
        if supported_connection_types is not UNSET:
            field_dict["supportedConnectionTypes"] = supported_connection_types
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.realtime_notification_advice import RealtimeNotificationAdvice  # noqa: PLC0415
        from ..models.realtime_notification_data_type_0 import RealtimeNotificationDataType0  # noqa: PLC0415
        from ..models.realtime_notification_ext import RealtimeNotificationExt  # noqa: PLC0415

        d = dict(src_dict)
        channel = RealtimeNotificationChannel(d.pop("channel"))

        _advice = d.pop("advice", UNSET)
        advice: RealtimeNotificationAdvice | Unset
        if isinstance(_advice, Unset):
            advice = UNSET
        else:
            advice = RealtimeNotificationAdvice.from_dict(_advice)

        client_id = d.pop("clientId", UNSET)

        connection_type = d.pop("connectionType", UNSET)

        def _parse_data(data: object) -> None | RealtimeNotificationDataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = RealtimeNotificationDataType0.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RealtimeNotificationDataType0 | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        error = d.pop("error", UNSET)

        _ext = d.pop("ext", UNSET)
        ext: RealtimeNotificationExt | Unset
        if isinstance(_ext, Unset):
            ext = UNSET
        else:
            ext = RealtimeNotificationExt.from_dict(_ext)

        id = d.pop("id", UNSET)

        minimum_version = d.pop("minimumVersion", UNSET)

        subscription = d.pop("subscription", UNSET)

        successful = d.pop("successful", UNSET)

        supported_connection_types = cast(list[str], d.pop("supportedConnectionTypes", UNSET))

        version = d.pop("version", UNSET)

        instance__ = cls(
            channel=channel,
            advice=advice,
            client_id=client_id,
            connection_type=connection_type,
            data=data,
            error=error,
            ext=ext,
            id=id,
            minimum_version=minimum_version,
            subscription=subscription,
            successful=successful,
            supported_connection_types=supported_connection_types,
            version=version,
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
