from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...api import AsyncApiClient
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_notification_subscription_collection_resource_context import (
    GetNotificationSubscriptionCollectionResourceContext,
)
from ...models.notification_subscription_collection import NotificationSubscriptionCollection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    context: GetNotificationSubscriptionCollectionResourceContext | Unset = UNSET,
    current_page: int | Unset = 1,
    page_size: int | Unset = 5,
    source: str | Unset = UNSET,
    subscription: str | Unset = UNSET,
    type_filter: str | Unset = UNSET,
    with_total_elements: bool | Unset = False,
    with_total_pages: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_context: str | Unset = UNSET
    if not isinstance(context, Unset):
        json_context = context.value

    params["context"] = json_context

    params["currentPage"] = current_page

    params["pageSize"] = page_size

    params["source"] = source

    params["subscription"] = subscription

    params["typeFilter"] = type_filter

    params["withTotalElements"] = with_total_elements

    params["withTotalPages"] = with_total_pages

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/notification2/subscriptions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Error | NotificationSubscriptionCollection | None:
    if response.status_code == 200:
        response_200 = NotificationSubscriptionCollection.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Response[Error | NotificationSubscriptionCollection]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    context: GetNotificationSubscriptionCollectionResourceContext | Unset = UNSET,
    current_page: int | Unset = 1,
    page_size: int | Unset = 5,
    source: str | Unset = UNSET,
    subscription: str | Unset = UNSET,
    type_filter: str | Unset = UNSET,
    with_total_elements: bool | Unset = False,
    with_total_pages: bool | Unset = False,
) -> Response[Error | NotificationSubscriptionCollection]:
    """
    Args:
        context (GetNotificationSubscriptionCollectionResourceContext | Unset):  Example: mo.
        current_page (int | Unset):  Default: 1. Example: 3.
        page_size (int | Unset):  Default: 5. Example: 10.
        source (str | Unset):  Example: 251982.
        subscription (str | Unset):  Example: testSubscription.
        type_filter (str | Unset):  Example: 'c8y_Speed' or 'c8y_LocationUpdate'.
        with_total_elements (bool | Unset):  Default: False. Example: True.
        with_total_pages (bool | Unset):  Default: False. Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | NotificationSubscriptionCollection]
    """

    kwargs = _get_kwargs(
        context=context,
        current_page=current_page,
        page_size=page_size,
        source=source,
        subscription=subscription,
        type_filter=type_filter,
        with_total_elements=with_total_elements,
        with_total_pages=with_total_pages,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    context: GetNotificationSubscriptionCollectionResourceContext | Unset = UNSET,
    current_page: int | Unset = 1,
    page_size: int | Unset = 5,
    source: str | Unset = UNSET,
    subscription: str | Unset = UNSET,
    type_filter: str | Unset = UNSET,
    with_total_elements: bool | Unset = False,
    with_total_pages: bool | Unset = False,
) -> Error | NotificationSubscriptionCollection | None:
    """
    Args:
        context (GetNotificationSubscriptionCollectionResourceContext | Unset):  Example: mo.
        current_page (int | Unset):  Default: 1. Example: 3.
        page_size (int | Unset):  Default: 5. Example: 10.
        source (str | Unset):  Example: 251982.
        subscription (str | Unset):  Example: testSubscription.
        type_filter (str | Unset):  Example: 'c8y_Speed' or 'c8y_LocationUpdate'.
        with_total_elements (bool | Unset):  Default: False. Example: True.
        with_total_pages (bool | Unset):  Default: False. Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | NotificationSubscriptionCollection
    """

    return sync_detailed(
        client=client,
        context=context,
        current_page=current_page,
        page_size=page_size,
        source=source,
        subscription=subscription,
        type_filter=type_filter,
        with_total_elements=with_total_elements,
        with_total_pages=with_total_pages,
    ).parsed


async def asyncio_detailed(
    *,
    context: GetNotificationSubscriptionCollectionResourceContext | Unset = UNSET,
    current_page: int | Unset = 1,
    page_size: int | Unset = 5,
    source: str | Unset = UNSET,
    subscription: str | Unset = UNSET,
    type_filter: str | Unset = UNSET,
    with_total_elements: bool | Unset = False,
    with_total_pages: bool | Unset = False,
    client: AsyncApiClient,
) -> Response[Error | NotificationSubscriptionCollection]:
    """
    Args:
        context (GetNotificationSubscriptionCollectionResourceContext | Unset):  Example: mo.
        current_page (int | Unset):  Default: 1. Example: 3.
        page_size (int | Unset):  Default: 5. Example: 10.
        source (str | Unset):  Example: 251982.
        subscription (str | Unset):  Example: testSubscription.
        type_filter (str | Unset):  Example: 'c8y_Speed' or 'c8y_LocationUpdate'.
        with_total_elements (bool | Unset):  Default: False. Example: True.
        with_total_pages (bool | Unset):  Default: False. Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | NotificationSubscriptionCollection]
    """

    kwargs = _get_kwargs(
        context=context,
        current_page=current_page,
        page_size=page_size,
        source=source,
        subscription=subscription,
        type_filter=type_filter,
        with_total_elements=with_total_elements,
        with_total_pages=with_total_pages,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    context: GetNotificationSubscriptionCollectionResourceContext | Unset = UNSET,
    current_page: int | Unset = 1,
    page_size: int | Unset = 5,
    source: str | Unset = UNSET,
    subscription: str | Unset = UNSET,
    type_filter: str | Unset = UNSET,
    with_total_elements: bool | Unset = False,
    with_total_pages: bool | Unset = False,
    client: AsyncApiClient,
) -> Error | NotificationSubscriptionCollection | None:
    """
    Args:
        context (GetNotificationSubscriptionCollectionResourceContext | Unset):  Example: mo.
        current_page (int | Unset):  Default: 1. Example: 3.
        page_size (int | Unset):  Default: 5. Example: 10.
        source (str | Unset):  Example: 251982.
        subscription (str | Unset):  Example: testSubscription.
        type_filter (str | Unset):  Example: 'c8y_Speed' or 'c8y_LocationUpdate'.
        with_total_elements (bool | Unset):  Default: False. Example: True.
        with_total_pages (bool | Unset):  Default: False. Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | NotificationSubscriptionCollection
    """

    return (
        await asyncio_detailed(
            client=client,
            context=context,
            current_page=current_page,
            page_size=page_size,
            source=source,
            subscription=subscription,
            type_filter=type_filter,
            with_total_elements=with_total_elements,
            with_total_pages=with_total_pages,
        )
    ).parsed
