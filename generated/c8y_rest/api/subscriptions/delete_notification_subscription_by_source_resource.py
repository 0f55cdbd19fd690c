from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...api import AsyncApiClient
from ...client import AuthenticatedClient, Client
from ...models.delete_notification_subscription_by_source_resource_context import (
    DeleteNotificationSubscriptionBySourceResourceContext,
)
from ...models.delete_notification_subscription_by_source_resource_x_cumulocity_processing_mode import (
    DeleteNotificationSubscriptionBySourceResourceXCumulocityProcessingMode,
)
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    context: DeleteNotificationSubscriptionBySourceResourceContext
    | Unset = DeleteNotificationSubscriptionBySourceResourceContext.MO,
    source: str | Unset = UNSET,
    x_cumulocity_processing_mode: DeleteNotificationSubscriptionBySourceResourceXCumulocityProcessingMode
    | Unset = DeleteNotificationSubscriptionBySourceResourceXCumulocityProcessingMode.PERSISTENT,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_cumulocity_processing_mode, Unset):
        headers["X-Cumulocity-Processing-Mode"] = str(x_cumulocity_processing_mode)

    params: dict[str, Any] = {}

    json_context: str | Unset = UNSET
    if not isinstance(context, Unset):
        json_context = context.value

    params["context"] = json_context

    params["source"] = source

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/notification2/subscriptions",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Any | Error | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

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
) -> Response[Any | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    context: DeleteNotificationSubscriptionBySourceResourceContext
    | Unset = DeleteNotificationSubscriptionBySourceResourceContext.MO,
    source: str | Unset = UNSET,
    x_cumulocity_processing_mode: DeleteNotificationSubscriptionBySourceResourceXCumulocityProcessingMode
    | Unset = DeleteNotificationSubscriptionBySourceResourceXCumulocityProcessingMode.PERSISTENT,
) -> Response[Any | Error]:
    """
    Args:
        context (DeleteNotificationSubscriptionBySourceResourceContext | Unset):  Default:
            DeleteNotificationSubscriptionBySourceResourceContext.MO. Example: tenant.
        source (str | Unset):  Example: 251982.
        x_cumulocity_processing_mode
            (DeleteNotificationSubscriptionBySourceResourceXCumulocityProcessingMode | Unset):
            Default:
            DeleteNotificationSubscriptionBySourceResourceXCumulocityProcessingMode.PERSISTENT.
            Example: PERSISTENT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        context=context,
        source=source,
        x_cumulocity_processing_mode=x_cumulocity_processing_mode,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    context: DeleteNotificationSubscriptionBySourceResourceContext
    | Unset = DeleteNotificationSubscriptionBySourceResourceContext.MO,
    source: str | Unset = UNSET,
    x_cumulocity_processing_mode: DeleteNotificationSubscriptionBySourceResourceXCumulocityProcessingMode
    | Unset = DeleteNotificationSubscriptionBySourceResourceXCumulocityProcessingMode.PERSISTENT,
) -> Any | Error | None:
    """
    Args:
        context (DeleteNotificationSubscriptionBySourceResourceContext | Unset):  Default:
            DeleteNotificationSubscriptionBySourceResourceContext.MO. Example: tenant.
        source (str | Unset):  Example: 251982.
        x_cumulocity_processing_mode
            (DeleteNotificationSubscriptionBySourceResourceXCumulocityProcessingMode | Unset):
            Default:
            DeleteNotificationSubscriptionBySourceResourceXCumulocityProcessingMode.PERSISTENT.
            Example: PERSISTENT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        client=client,
        context=context,
        source=source,
        x_cumulocity_processing_mode=x_cumulocity_processing_mode,
    ).parsed


async def asyncio_detailed(
    *,
    context: DeleteNotificationSubscriptionBySourceResourceContext
    | Unset = DeleteNotificationSubscriptionBySourceResourceContext.MO,
    source: str | Unset = UNSET,
    x_cumulocity_processing_mode: DeleteNotificationSubscriptionBySourceResourceXCumulocityProcessingMode
    | Unset = DeleteNotificationSubscriptionBySourceResourceXCumulocityProcessingMode.PERSISTENT,
    client: AsyncApiClient,
) -> Response[Any | Error]:
    """
    Args:
        context (DeleteNotificationSubscriptionBySourceResourceContext | Unset):  Default:
            DeleteNotificationSubscriptionBySourceResourceContext.MO. Example: tenant.
        source (str | Unset):  Example: 251982.
        x_cumulocity_processing_mode
            (DeleteNotificationSubscriptionBySourceResourceXCumulocityProcessingMode | Unset):
            Default:
            DeleteNotificationSubscriptionBySourceResourceXCumulocityProcessingMode.PERSISTENT.
            Example: PERSISTENT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        context=context,
        source=source,
        x_cumulocity_processing_mode=x_cumulocity_processing_mode,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    context: DeleteNotificationSubscriptionBySourceResourceContext
    | Unset = DeleteNotificationSubscriptionBySourceResourceContext.MO,
    source: str | Unset = UNSET,
    x_cumulocity_processing_mode: DeleteNotificationSubscriptionBySourceResourceXCumulocityProcessingMode
    | Unset = DeleteNotificationSubscriptionBySourceResourceXCumulocityProcessingMode.PERSISTENT,
    client: AsyncApiClient,
) -> Any | Error | None:
    """
    Args:
        context (DeleteNotificationSubscriptionBySourceResourceContext | Unset):  Default:
            DeleteNotificationSubscriptionBySourceResourceContext.MO. Example: tenant.
        source (str | Unset):  Example: 251982.
        x_cumulocity_processing_mode
            (DeleteNotificationSubscriptionBySourceResourceXCumulocityProcessingMode | Unset):
            Default:
            DeleteNotificationSubscriptionBySourceResourceXCumulocityProcessingMode.PERSISTENT.
            Example: PERSISTENT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            context=context,
            source=source,
            x_cumulocity_processing_mode=x_cumulocity_processing_mode,
        )
    ).parsed
