from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...api import AsyncApiClient
from ...client import AuthenticatedClient, Client
from ...models.alarm import Alarm
from ...models.error import Error
from ...models.post_alarm_collection_resource_body import PostAlarmCollectionResourceBody
from ...models.post_alarm_collection_resource_x_cumulocity_processing_mode import (
    PostAlarmCollectionResourceXCumulocityProcessingMode,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: PostAlarmCollectionResourceBody,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PostAlarmCollectionResourceXCumulocityProcessingMode
    | Unset = PostAlarmCollectionResourceXCumulocityProcessingMode.PERSISTENT,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    if not isinstance(x_cumulocity_processing_mode, Unset):
        headers["X-Cumulocity-Processing-Mode"] = str(x_cumulocity_processing_mode)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/alarm/alarms",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.com.nsn.cumulocity.alarm+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Alarm | Any | Error | None:
    if response.status_code == 201:
        response_201 = Alarm.from_dict(response.json())

        return response_201

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 422:
        response_422 = cast(Any, None)
        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Response[Alarm | Any | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PostAlarmCollectionResourceBody,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PostAlarmCollectionResourceXCumulocityProcessingMode
    | Unset = PostAlarmCollectionResourceXCumulocityProcessingMode.PERSISTENT,
) -> Response[Alarm | Any | Error]:
    """
    Args:
        accept (str | Unset):  Example: application/json.
        x_cumulocity_processing_mode (PostAlarmCollectionResourceXCumulocityProcessingMode |
            Unset):  Default: PostAlarmCollectionResourceXCumulocityProcessingMode.PERSISTENT.
            Example: PERSISTENT.
        body (PostAlarmCollectionResourceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Alarm | Any | Error]
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
    body: PostAlarmCollectionResourceBody,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PostAlarmCollectionResourceXCumulocityProcessingMode
    | Unset = PostAlarmCollectionResourceXCumulocityProcessingMode.PERSISTENT,
) -> Alarm | Any | Error | None:
    """
    Args:
        accept (str | Unset):  Example: application/json.
        x_cumulocity_processing_mode (PostAlarmCollectionResourceXCumulocityProcessingMode |
            Unset):  Default: PostAlarmCollectionResourceXCumulocityProcessingMode.PERSISTENT.
            Example: PERSISTENT.
        body (PostAlarmCollectionResourceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Alarm | Any | Error
    """

    return sync_detailed(
        client=client,
        body=body,
        accept=accept,
        x_cumulocity_processing_mode=x_cumulocity_processing_mode,
    ).parsed


async def asyncio_detailed(
    *,
    body: PostAlarmCollectionResourceBody,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PostAlarmCollectionResourceXCumulocityProcessingMode
    | Unset = PostAlarmCollectionResourceXCumulocityProcessingMode.PERSISTENT,
    client: AsyncApiClient,
) -> Response[Alarm | Any | Error]:
    """
    Args:
        accept (str | Unset):  Example: application/json.
        x_cumulocity_processing_mode (PostAlarmCollectionResourceXCumulocityProcessingMode |
            Unset):  Default: PostAlarmCollectionResourceXCumulocityProcessingMode.PERSISTENT.
            Example: PERSISTENT.
        body (PostAlarmCollectionResourceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Alarm | Any | Error]
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
    body: PostAlarmCollectionResourceBody,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PostAlarmCollectionResourceXCumulocityProcessingMode
    | Unset = PostAlarmCollectionResourceXCumulocityProcessingMode.PERSISTENT,
    client: AsyncApiClient,
) -> Alarm | Any | Error | None:
    """
    Args:
        accept (str | Unset):  Example: application/json.
        x_cumulocity_processing_mode (PostAlarmCollectionResourceXCumulocityProcessingMode |
            Unset):  Default: PostAlarmCollectionResourceXCumulocityProcessingMode.PERSISTENT.
            Example: PERSISTENT.
        body (PostAlarmCollectionResourceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Alarm | Any | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            accept=accept,
            x_cumulocity_processing_mode=x_cumulocity_processing_mode,
        )
    ).parsed
