from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...api import AsyncApiClient
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.managed_object_reference_collection import ManagedObjectReferenceCollection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    current_page: int | Unset = 1,
    page_size: int | Unset = 5,
    query: str | Unset = UNSET,
    with_children: bool | Unset = False,
    with_children_count: bool | Unset = False,
    with_total_elements: bool | Unset = False,
    with_total_pages: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["currentPage"] = current_page

    params["pageSize"] = page_size

    params["query"] = query

    params["withChildren"] = with_children

    params["withChildrenCount"] = with_children_count

    params["withTotalElements"] = with_total_elements

    params["withTotalPages"] = with_total_pages

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/inventory/managedObjects/{id}/childAdditions".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Any | Error | ManagedObjectReferenceCollection | None:
    if response.status_code == 200:
        response_200 = ManagedObjectReferenceCollection.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Response[Any | Error | ManagedObjectReferenceCollection]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    current_page: int | Unset = 1,
    page_size: int | Unset = 5,
    query: str | Unset = UNSET,
    with_children: bool | Unset = False,
    with_children_count: bool | Unset = False,
    with_total_elements: bool | Unset = False,
    with_total_pages: bool | Unset = False,
) -> Response[Any | Error | ManagedObjectReferenceCollection]:
    """
    Args:
        id (str):  Example: 251982.
        current_page (int | Unset):  Default: 1. Example: 3.
        page_size (int | Unset):  Default: 5. Example: 10.
        query (str | Unset):  Example: $filter=(owner+eq+'manga').
        with_children (bool | Unset):  Default: False. Example: False.
        with_children_count (bool | Unset):  Default: False. Example: True.
        with_total_elements (bool | Unset):  Default: False. Example: True.
        with_total_pages (bool | Unset):  Default: False. Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | ManagedObjectReferenceCollection]
    """

    kwargs = _get_kwargs(
        id=id,
        current_page=current_page,
        page_size=page_size,
        query=query,
        with_children=with_children,
        with_children_count=with_children_count,
        with_total_elements=with_total_elements,
        with_total_pages=with_total_pages,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    current_page: int | Unset = 1,
    page_size: int | Unset = 5,
    query: str | Unset = UNSET,
    with_children: bool | Unset = False,
    with_children_count: bool | Unset = False,
    with_total_elements: bool | Unset = False,
    with_total_pages: bool | Unset = False,
) -> Any | Error | ManagedObjectReferenceCollection | None:
    """
    Args:
        id (str):  Example: 251982.
        current_page (int | Unset):  Default: 1. Example: 3.
        page_size (int | Unset):  Default: 5. Example: 10.
        query (str | Unset):  Example: $filter=(owner+eq+'manga').
        with_children (bool | Unset):  Default: False. Example: False.
        with_children_count (bool | Unset):  Default: False. Example: True.
        with_total_elements (bool | Unset):  Default: False. Example: True.
        with_total_pages (bool | Unset):  Default: False. Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | ManagedObjectReferenceCollection
    """

    return sync_detailed(
        id=id,
        client=client,
        current_page=current_page,
        page_size=page_size,
        query=query,
        with_children=with_children,
        with_children_count=with_children_count,
        with_total_elements=with_total_elements,
        with_total_pages=with_total_pages,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    current_page: int | Unset = 1,
    page_size: int | Unset = 5,
    query: str | Unset = UNSET,
    with_children: bool | Unset = False,
    with_children_count: bool | Unset = False,
    with_total_elements: bool | Unset = False,
    with_total_pages: bool | Unset = False,
    client: AsyncApiClient,
) -> Response[Any | Error | ManagedObjectReferenceCollection]:
    """
    Args:
        id (str):  Example: 251982.
        current_page (int | Unset):  Default: 1. Example: 3.
        page_size (int | Unset):  Default: 5. Example: 10.
        query (str | Unset):  Example: $filter=(owner+eq+'manga').
        with_children (bool | Unset):  Default: False. Example: False.
        with_children_count (bool | Unset):  Default: False. Example: True.
        with_total_elements (bool | Unset):  Default: False. Example: True.
        with_total_pages (bool | Unset):  Default: False. Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | ManagedObjectReferenceCollection]
    """

    kwargs = _get_kwargs(
        id=id,
        current_page=current_page,
        page_size=page_size,
        query=query,
        with_children=with_children,
        with_children_count=with_children_count,
        with_total_elements=with_total_elements,
        with_total_pages=with_total_pages,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    current_page: int | Unset = 1,
    page_size: int | Unset = 5,
    query: str | Unset = UNSET,
    with_children: bool | Unset = False,
    with_children_count: bool | Unset = False,
    with_total_elements: bool | Unset = False,
    with_total_pages: bool | Unset = False,
    client: AsyncApiClient,
) -> Any | Error | ManagedObjectReferenceCollection | None:
    """
    Args:
        id (str):  Example: 251982.
        current_page (int | Unset):  Default: 1. Example: 3.
        page_size (int | Unset):  Default: 5. Example: 10.
        query (str | Unset):  Example: $filter=(owner+eq+'manga').
        with_children (bool | Unset):  Default: False. Example: False.
        with_children_count (bool | Unset):  Default: False. Example: True.
        with_total_elements (bool | Unset):  Default: False. Example: True.
        with_total_pages (bool | Unset):  Default: False. Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | ManagedObjectReferenceCollection
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            current_page=current_page,
            page_size=page_size,
            query=query,
            with_children=with_children,
            with_children_count=with_children_count,
            with_total_elements=with_total_elements,
            with_total_pages=with_total_pages,
        )
    ).parsed
