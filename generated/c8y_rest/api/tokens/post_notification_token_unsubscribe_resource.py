from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...api import AsyncApiClient
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.notification_subscription_result import NotificationSubscriptionResult
from ...models.post_notification_token_unsubscribe_resource_x_cumulocity_processing_mode import (
    PostNotificationTokenUnsubscribeResourceXCumulocityProcessingMode,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    token: str,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PostNotificationTokenUnsubscribeResourceXCumulocityProcessingMode
    | Unset = PostNotificationTokenUnsubscribeResourceXCumulocityProcessingMode.PERSISTENT,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    if not isinstance(x_cumulocity_processing_mode, Unset):
        headers["X-Cumulocity-Processing-Mode"] = str(x_cumulocity_processing_mode)

    params: dict[str, Any] = {}

    params["token"] = token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/notification2/unsubscribe",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Any | Error | NotificationSubscriptionResult | None:
    if response.status_code == 200:
        response_200 = NotificationSubscriptionResult.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Response[Any | Error | NotificationSubscriptionResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    token: str,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PostNotificationTokenUnsubscribeResourceXCumulocityProcessingMode
    | Unset = PostNotificationTokenUnsubscribeResourceXCumulocityProcessingMode.PERSISTENT,
) -> Response[Any | Error | NotificationSubscriptionResult]:
    """
    Args:
        token (str):  Example: eyJhbGciOiJSUzI1NiJ9...eyJzdWIiOiJ0ZXN0U32Nya.
        accept (str | Unset):  Example: application/json.
        x_cumulocity_processing_mode
            (PostNotificationTokenUnsubscribeResourceXCumulocityProcessingMode | Unset):  Default:
            PostNotificationTokenUnsubscribeResourceXCumulocityProcessingMode.PERSISTENT. Example:
            PERSISTENT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | NotificationSubscriptionResult]
    """

    kwargs = _get_kwargs(
        token=token,
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
    token: str,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PostNotificationTokenUnsubscribeResourceXCumulocityProcessingMode
    | Unset = PostNotificationTokenUnsubscribeResourceXCumulocityProcessingMode.PERSISTENT,
) -> Any | Error | NotificationSubscriptionResult | None:
    """
    Args:
        token (str):  Example: eyJhbGciOiJSUzI1NiJ9...eyJzdWIiOiJ0ZXN0U32Nya.
        accept (str | Unset):  Example: application/json.
        x_cumulocity_processing_mode
            (PostNotificationTokenUnsubscribeResourceXCumulocityProcessingMode | Unset):  Default:
            PostNotificationTokenUnsubscribeResourceXCumulocityProcessingMode.PERSISTENT. Example:
            PERSISTENT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | NotificationSubscriptionResult
    """

    return sync_detailed(
        client=client,
        token=token,
        accept=accept,
        x_cumulocity_processing_mode=x_cumulocity_processing_mode,
    ).parsed


async def asyncio_detailed(
    *,
    token: str,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PostNotificationTokenUnsubscribeResourceXCumulocityProcessingMode
    | Unset = PostNotificationTokenUnsubscribeResourceXCumulocityProcessingMode.PERSISTENT,
    client: AsyncApiClient,
) -> Response[Any | Error | NotificationSubscriptionResult]:
    """
    Args:
        token (str):  Example: eyJhbGciOiJSUzI1NiJ9...eyJzdWIiOiJ0ZXN0U32Nya.
        accept (str | Unset):  Example: application/json.
        x_cumulocity_processing_mode
            (PostNotificationTokenUnsubscribeResourceXCumulocityProcessingMode | Unset):  Default:
            PostNotificationTokenUnsubscribeResourceXCumulocityProcessingMode.PERSISTENT. Example:
            PERSISTENT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | NotificationSubscriptionResult]
    """

    kwargs = _get_kwargs(
        token=token,
        accept=accept,
        x_cumulocity_processing_mode=x_cumulocity_processing_mode,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    token: str,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PostNotificationTokenUnsubscribeResourceXCumulocityProcessingMode
    | Unset = PostNotificationTokenUnsubscribeResourceXCumulocityProcessingMode.PERSISTENT,
    client: AsyncApiClient,
) -> Any | Error | NotificationSubscriptionResult | None:
    """
    Args:
        token (str):  Example: eyJhbGciOiJSUzI1NiJ9...eyJzdWIiOiJ0ZXN0U32Nya.
        accept (str | Unset):  Example: application/json.
        x_cumulocity_processing_mode
            (PostNotificationTokenUnsubscribeResourceXCumulocityProcessingMode | Unset):  Default:
            PostNotificationTokenUnsubscribeResourceXCumulocityProcessingMode.PERSISTENT. Example:
            PERSISTENT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | NotificationSubscriptionResult
    """

    return (
        await asyncio_detailed(
            client=client,
            token=token,
            accept=accept,
            x_cumulocity_processing_mode=x_cumulocity_processing_mode,
        )
    ).parsed
