from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...api import AsyncApiClient
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.post_notification_realtime_resource_x_cumulocity_processing_mode import (
    PostNotificationRealtimeResourceXCumulocityProcessingMode,
)
from ...models.realtime_notification import RealtimeNotification
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: RealtimeNotification,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PostNotificationRealtimeResourceXCumulocityProcessingMode
    | Unset = PostNotificationRealtimeResourceXCumulocityProcessingMode.PERSISTENT,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    if not isinstance(x_cumulocity_processing_mode, Unset):
        headers["X-Cumulocity-Processing-Mode"] = str(x_cumulocity_processing_mode)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/notification/realtime",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Any | Error | RealtimeNotification | None:
    if response.status_code == 200:
        response_200 = RealtimeNotification.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

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
) -> Response[Any | Error | RealtimeNotification]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: RealtimeNotification,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PostNotificationRealtimeResourceXCumulocityProcessingMode
    | Unset = PostNotificationRealtimeResourceXCumulocityProcessingMode.PERSISTENT,
) -> Response[Any | Error | RealtimeNotification]:
    """
    Args:
        accept (str | Unset):  Example: application/json.
        x_cumulocity_processing_mode (PostNotificationRealtimeResourceXCumulocityProcessingMode |
            Unset):  Default: PostNotificationRealtimeResourceXCumulocityProcessingMode.PERSISTENT.
            Example: PERSISTENT.
        body (RealtimeNotification):  Example: [{'channel': '/meta/handshake', 'clientId':
            '69wzith4teyensmz6zyk516um4yum0mvp', 'minimumVersion': '1.0', 'successful': True,
            'supportedConnectionTypes': ['long-polling', 'smartrest-long-polling', 'websocket'],
            'version': '1.0'}].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | RealtimeNotification]
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
    body: RealtimeNotification,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PostNotificationRealtimeResourceXCumulocityProcessingMode
    | Unset = PostNotificationRealtimeResourceXCumulocityProcessingMode.PERSISTENT,
) -> Any | Error | RealtimeNotification | None:
    """
    Args:
        accept (str | Unset):  Example: application/json.
        x_cumulocity_processing_mode (PostNotificationRealtimeResourceXCumulocityProcessingMode |
            Unset):  Default: PostNotificationRealtimeResourceXCumulocityProcessingMode.PERSISTENT.
            Example: PERSISTENT.
        body (RealtimeNotification):  Example: [{'channel': '/meta/handshake', 'clientId':
            '69wzith4teyensmz6zyk516um4yum0mvp', 'minimumVersion': '1.0', 'successful': True,
            'supportedConnectionTypes': ['long-polling', 'smartrest-long-polling', 'websocket'],
            'version': '1.0'}].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | RealtimeNotification
    """

    return sync_detailed(
        client=client,
        body=body,
        accept=accept,
        x_cumulocity_processing_mode=x_cumulocity_processing_mode,
    ).parsed


async def asyncio_detailed(
    *,
    body: RealtimeNotification,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PostNotificationRealtimeResourceXCumulocityProcessingMode
    | Unset = PostNotificationRealtimeResourceXCumulocityProcessingMode.PERSISTENT,
    client: AsyncApiClient,
) -> Response[Any | Error | RealtimeNotification]:
    """
    Args:
        accept (str | Unset):  Example: application/json.
        x_cumulocity_processing_mode (PostNotificationRealtimeResourceXCumulocityProcessingMode |
            Unset):  Default: PostNotificationRealtimeResourceXCumulocityProcessingMode.PERSISTENT.
            Example: PERSISTENT.
        body (RealtimeNotification):  Example: [{'channel': '/meta/handshake', 'clientId':
            '69wzith4teyensmz6zyk516um4yum0mvp', 'minimumVersion': '1.0', 'successful': True,
            'supportedConnectionTypes': ['long-polling', 'smartrest-long-polling', 'websocket'],
            'version': '1.0'}].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | RealtimeNotification]
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
    body: RealtimeNotification,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PostNotificationRealtimeResourceXCumulocityProcessingMode
    | Unset = PostNotificationRealtimeResourceXCumulocityProcessingMode.PERSISTENT,
    client: AsyncApiClient,
) -> Any | Error | RealtimeNotification | None:
    """
    Args:
        accept (str | Unset):  Example: application/json.
        x_cumulocity_processing_mode (PostNotificationRealtimeResourceXCumulocityProcessingMode |
            Unset):  Default: PostNotificationRealtimeResourceXCumulocityProcessingMode.PERSISTENT.
            Example: PERSISTENT.
        body (RealtimeNotification):  Example: [{'channel': '/meta/handshake', 'clientId':
            '69wzith4teyensmz6zyk516um4yum0mvp', 'minimumVersion': '1.0', 'successful': True,
            'supportedConnectionTypes': ['long-polling', 'smartrest-long-polling', 'websocket'],
            'version': '1.0'}].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | RealtimeNotification
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            accept=accept,
            x_cumulocity_processing_mode=x_cumulocity_processing_mode,
        )
    ).parsed
