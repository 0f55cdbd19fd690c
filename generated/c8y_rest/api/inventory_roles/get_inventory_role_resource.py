from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...api import AsyncApiClient
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.inventory_role_collection import InventoryRoleCollection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    current_page: int | Unset = 1,
    page_size: int | Unset = 5,
    with_total_elements: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["currentPage"] = current_page

    params["pageSize"] = page_size

    params["withTotalElements"] = with_total_elements

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/user/inventoryroles",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Any | Error | InventoryRoleCollection | None:
    if response.status_code == 200:
        response_200 = InventoryRoleCollection.from_dict(response.json())

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
) -> Response[Any | Error | InventoryRoleCollection]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    current_page: int | Unset = 1,
    page_size: int | Unset = 5,
    with_total_elements: bool | Unset = False,
) -> Response[Any | Error | InventoryRoleCollection]:
    """
    Args:
        current_page (int | Unset):  Default: 1. Example: 3.
        page_size (int | Unset):  Default: 5. Example: 10.
        with_total_elements (bool | Unset):  Default: False. Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | InventoryRoleCollection]
    """

    kwargs = _get_kwargs(
        current_page=current_page,
        page_size=page_size,
        with_total_elements=with_total_elements,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    current_page: int | Unset = 1,
    page_size: int | Unset = 5,
    with_total_elements: bool | Unset = False,
) -> Any | Error | InventoryRoleCollection | None:
    """
    Args:
        current_page (int | Unset):  Default: 1. Example: 3.
        page_size (int | Unset):  Default: 5. Example: 10.
        with_total_elements (bool | Unset):  Default: False. Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | InventoryRoleCollection
    """

    return sync_detailed(
        client=client,
        current_page=current_page,
        page_size=page_size,
        with_total_elements=with_total_elements,
    ).parsed


async def asyncio_detailed(
    *,
    current_page: int | Unset = 1,
    page_size: int | Unset = 5,
    with_total_elements: bool | Unset = False,
    client: AsyncApiClient,
) -> Response[Any | Error | InventoryRoleCollection]:
    """
    Args:
        current_page (int | Unset):  Default: 1. Example: 3.
        page_size (int | Unset):  Default: 5. Example: 10.
        with_total_elements (bool | Unset):  Default: False. Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | InventoryRoleCollection]
    """

    kwargs = _get_kwargs(
        current_page=current_page,
        page_size=page_size,
        with_total_elements=with_total_elements,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    current_page: int | Unset = 1,
    page_size: int | Unset = 5,
    with_total_elements: bool | Unset = False,
    client: AsyncApiClient,
) -> Any | Error | InventoryRoleCollection | None:
    """
    Args:
        current_page (int | Unset):  Default: 1. Example: 3.
        page_size (int | Unset):  Default: 5. Example: 10.
        with_total_elements (bool | Unset):  Default: False. Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | InventoryRoleCollection
    """

    return (
        await asyncio_detailed(
            client=client,
            current_page=current_page,
            page_size=page_size,
            with_total_elements=with_total_elements,
        )
    ).parsed
