from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...api import AsyncApiClient
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.notification_subscription import NotificationSubscription
from ...models.post_notification_subscription_resource_x_cumulocity_processing_mode import (
    PostNotificationSubscriptionResourceXCumulocityProcessingMode,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: NotificationSubscription,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PostNotificationSubscriptionResourceXCumulocityProcessingMode
    | Unset = PostNotificationSubscriptionResourceXCumulocityProcessingMode.PERSISTENT,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    if not isinstance(x_cumulocity_processing_mode, Unset):
        headers["X-Cumulocity-Processing-Mode"] = str(x_cumulocity_processing_mode)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/notification2/subscriptions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.com.nsn.cumulocity.subscription+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Any | Error | NotificationSubscription | None:
    if response.status_code == 201:
        response_201 = NotificationSubscription.from_dict(response.json())

        return response_201

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = cast(Any, None)
        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Response[Any | Error | NotificationSubscription]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: NotificationSubscription,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PostNotificationSubscriptionResourceXCumulocityProcessingMode
    | Unset = PostNotificationSubscriptionResourceXCumulocityProcessingMode.PERSISTENT,
) -> Response[Any | Error | NotificationSubscription]:
    """
    Args:
        accept (str | Unset):  Example: application/json.
        x_cumulocity_processing_mode
            (PostNotificationSubscriptionResourceXCumulocityProcessingMode | Unset):  Default:
            PostNotificationSubscriptionResourceXCumulocityProcessingMode.PERSISTENT. Example:
            PERSISTENT.
        body (NotificationSubscription):  Example: {'id': '102700509', 'self':
            'http://<TENANT_DOMAIN>/notification2/subscriptions/102700509', 'source': {'name': 'Test
            Device', 'self': 'http://<TENANT_DOMAIN>/inventory/managedObjects/251982', 'id':
            '251982'}, 'context': 'mo', 'subscription': 'testSubscription', 'subscriptionFilter':
            {'apis': ['measurements', 'events'], 'typeFilter': "'c8y_Speed' or 'c8y_LocationUpdate'"},
            'fragmentsToCopy': ['c8y_MaxSpeedMeasurement', 'c8y_Position'], 'nonPersistent': False}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | NotificationSubscription]
    """

    kwargs = _get_kwargs(
        body=body,
        accept=accept,
        x_cumulocity_processing_mode=x_cumulocity_processing_mode,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: NotificationSubscription,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PostNotificationSubscriptionResourceXCumulocityProcessingMode
    | Unset = PostNotificationSubscriptionResourceXCumulocityProcessingMode.PERSISTENT,
) -> Any | Error | NotificationSubscription | None:
    """
    Args:
        accept (str | Unset):  Example: application/json.
        x_cumulocity_processing_mode
            (PostNotificationSubscriptionResourceXCumulocityProcessingMode | Unset):  Default:
            PostNotificationSubscriptionResourceXCumulocityProcessingMode.PERSISTENT. Example:
            PERSISTENT.
        body (NotificationSubscription):  Example: {'id': '102700509', 'self':
            'http://<TENANT_DOMAIN>/notification2/subscriptions/102700509', 'source': {'name': 'Test
            Device', 'self': 'http://<TENANT_DOMAIN>/inventory/managedObjects/251982', 'id':
            '251982'}, 'context': 'mo', 'subscription': 'testSubscription', 'subscriptionFilter':
            {'apis': ['measurements', 'events'], 'typeFilter': "'c8y_Speed' or 'c8y_LocationUpdate'"},
            'fragmentsToCopy': ['c8y_MaxSpeedMeasurement', 'c8y_Position'], 'nonPersistent': False}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | NotificationSubscription
    """

    return sync_detailed(
        client=client,
        body=body,
        accept=accept,
        x_cumulocity_processing_mode=x_cumulocity_processing_mode,
    ).parsed


async def asyncio_detailed(
    *,
    body: NotificationSubscription,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PostNotificationSubscriptionResourceXCumulocityProcessingMode
    | Unset = PostNotificationSubscriptionResourceXCumulocityProcessingMode.PERSISTENT,
    client: AsyncApiClient,
) -> Response[Any | Error | NotificationSubscription]:
    """
    Args:
        accept (str | Unset):  Example: application/json.
        x_cumulocity_processing_mode
            (PostNotificationSubscriptionResourceXCumulocityProcessingMode | Unset):  Default:
            PostNotificationSubscriptionResourceXCumulocityProcessingMode.PERSISTENT. Example:
            PERSISTENT.
        body (NotificationSubscription):  Example: {'id': '102700509', 'self':
            'http://<TENANT_DOMAIN>/notification2/subscriptions/102700509', 'source': {'name': 'Test
            Device', 'self': 'http://<TENANT_DOMAIN>/inventory/managedObjects/251982', 'id':
            '251982'}, 'context': 'mo', 'subscription': 'testSubscription', 'subscriptionFilter':
            {'apis': ['measurements', 'events'], 'typeFilter': "'c8y_Speed' or 'c8y_LocationUpdate'"},
            'fragmentsToCopy': ['c8y_MaxSpeedMeasurement', 'c8y_Position'], 'nonPersistent': False}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | NotificationSubscription]
    """

    kwargs = _get_kwargs(
        body=body,
        accept=accept,
        x_cumulocity_processing_mode=x_cumulocity_processing_mode,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    body: NotificationSubscription,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PostNotificationSubscriptionResourceXCumulocityProcessingMode
    | Unset = PostNotificationSubscriptionResourceXCumulocityProcessingMode.PERSISTENT,
    client: AsyncApiClient,
) -> Any | Error | NotificationSubscription | None:
    """
    Args:
        accept (str | Unset):  Example: application/json.
        x_cumulocity_processing_mode
            (PostNotificationSubscriptionResourceXCumulocityProcessingMode | Unset):  Default:
            PostNotificationSubscriptionResourceXCumulocityProcessingMode.PERSISTENT. Example:
            PERSISTENT.
        body (NotificationSubscription):  Example: {'id': '102700509', 'self':
            'http://<TENANT_DOMAIN>/notification2/subscriptions/102700509', 'source': {'name': 'Test
            Device', 'self': 'http://<TENANT_DOMAIN>/inventory/managedObjects/251982', 'id':
            '251982'}, 'context': 'mo', 'subscription': 'testSubscription', 'subscriptionFilter':
            {'apis': ['measurements', 'events'], 'typeFilter': "'c8y_Speed' or 'c8y_LocationUpdate'"},
            'fragmentsToCopy': ['c8y_MaxSpeedMeasurement', 'c8y_Position'], 'nonPersistent': False}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | NotificationSubscription
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            accept=accept,
            x_cumulocity_processing_mode=x_cumulocity_processing_mode,
        )
    ).parsed
