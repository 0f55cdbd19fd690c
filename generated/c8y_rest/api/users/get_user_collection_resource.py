from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...api import AsyncApiClient
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.user_collection import UserCollection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tenant_id: str,
    *,
    current_page: int | Unset = 1,
    groups: list[str] | Unset = UNSET,
    only_devices: bool | Unset = False,
    owner: str | Unset = UNSET,
    page_size: int | Unset = 5,
    username: str | Unset = UNSET,
    username_contains: str | Unset = UNSET,
    with_subusers_count: bool | Unset = False,
    with_total_elements: bool | Unset = False,
    with_total_pages: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["currentPage"] = current_page

    json_groups: list[str] | Unset = UNSET
    if not isinstance(groups, Unset):
        json_groups = groups

    params["groups"] = json_groups

    params["onlyDevices"] = only_devices

    params["owner"] = owner

    params["pageSize"] = page_size

    params["username"] = username

    params["usernameContains"] = username_contains

    params["withSubusersCount"] = with_subusers_count

    params["withTotalElements"] = with_total_elements

    params["withTotalPages"] = with_total_pages

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/user/{tenant_id}/users".format(
            tenant_id=quote(str(tenant_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Error | UserCollection | None:
    if response.status_code == 200:
        response_200 = UserCollection.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Response[Error | UserCollection]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    tenant_id: str,
    *,
    client: AuthenticatedClient,
    current_page: int | Unset = 1,
    groups: list[str] | Unset = UNSET,
    only_devices: bool | Unset = False,
    owner: str | Unset = UNSET,
    page_size: int | Unset = 5,
    username: str | Unset = UNSET,
    username_contains: str | Unset = UNSET,
    with_subusers_count: bool | Unset = False,
    with_total_elements: bool | Unset = False,
    with_total_pages: bool | Unset = False,
) -> Response[Error | UserCollection]:
    """
    Args:
        tenant_id (str):  Example: t07007007.
        current_page (int | Unset):  Default: 1. Example: 3.
        groups (list[str] | Unset):  Example: ['2', '3', '4'].
        only_devices (bool | Unset):  Default: False. Example: True.
        owner (str | Unset):  Example: admin.
        page_size (int | Unset):  Default: 5. Example: 10.
        username (str | Unset):  Example: jdoe.
        username_contains (str | Unset):  Example: doe.
        with_subusers_count (bool | Unset):  Default: False. Example: True.
        with_total_elements (bool | Unset):  Default: False. Example: True.
        with_total_pages (bool | Unset):  Default: False. Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UserCollection]
    """

    kwargs = _get_kwargs(
        tenant_id=tenant_id,
        current_page=current_page,
        groups=groups,
        only_devices=only_devices,
        owner=owner,
        page_size=page_size,
        username=username,
        username_contains=username_contains,
        with_subusers_count=with_subusers_count,
        with_total_elements=with_total_elements,
        with_total_pages=with_total_pages,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tenant_id: str,
    *,
    client: AuthenticatedClient,
    current_page: int | Unset = 1,
    groups: list[str] | Unset = UNSET,
    only_devices: bool | Unset = False,
    owner: str | Unset = UNSET,
    page_size: int | Unset = 5,
    username: str | Unset = UNSET,
    username_contains: str | Unset = UNSET,
    with_subusers_count: bool | Unset = False,
    with_total_elements: bool | Unset = False,
    with_total_pages: bool | Unset = False,
) -> Error | UserCollection | None:
    """
    Args:
        tenant_id (str):  Example: t07007007.
        current_page (int | Unset):  Default: 1. Example: 3.
        groups (list[str] | Unset):  Example: ['2', '3', '4'].
        only_devices (bool | Unset):  Default: False. Example: True.
        owner (str | Unset):  Example: admin.
        page_size (int | Unset):  Default: 5. Example: 10.
        username (str | Unset):  Example: jdoe.
        username_contains (str | Unset):  Example: doe.
        with_subusers_count (bool | Unset):  Default: False. Example: True.
        with_total_elements (bool | Unset):  Default: False. Example: True.
        with_total_pages (bool | Unset):  Default: False. Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UserCollection
    """

    return sync_detailed(
        tenant_id=tenant_id,
        client=client,
        current_page=current_page,
        groups=groups,
        only_devices=only_devices,
        owner=owner,
        page_size=page_size,
        username=username,
        username_contains=username_contains,
        with_subusers_count=with_subusers_count,
        with_total_elements=with_total_elements,
        with_total_pages=with_total_pages,
    ).parsed


async def asyncio_detailed(
    tenant_id: str,
    *,
    current_page: int | Unset = 1,
    groups: list[str] | Unset = UNSET,
    only_devices: bool | Unset = False,
    owner: str | Unset = UNSET,
    page_size: int | Unset = 5,
    username: str | Unset = UNSET,
    username_contains: str | Unset = UNSET,
    with_subusers_count: bool | Unset = False,
    with_total_elements: bool | Unset = False,
    with_total_pages: bool | Unset = False,
    client: AsyncApiClient,
) -> Response[Error | UserCollection]:
    """
    Args:
        tenant_id (str):  Example: t07007007.
        current_page (int | Unset):  Default: 1. Example: 3.
        groups (list[str] | Unset):  Example: ['2', '3', '4'].
        only_devices (bool | Unset):  Default: False. Example: True.
        owner (str | Unset):  Example: admin.
        page_size (int | Unset):  Default: 5. Example: 10.
        username (str | Unset):  Example: jdoe.
        username_contains (str | Unset):  Example: doe.
        with_subusers_count (bool | Unset):  Default: False. Example: True.
        with_total_elements (bool | Unset):  Default: False. Example: True.
        with_total_pages (bool | Unset):  Default: False. Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UserCollection]
    """

    kwargs = _get_kwargs(
        tenant_id=tenant_id,
        current_page=current_page,
        groups=groups,
        only_devices=only_devices,
        owner=owner,
        page_size=page_size,
        username=username,
        username_contains=username_contains,
        with_subusers_count=with_subusers_count,
        with_total_elements=with_total_elements,
        with_total_pages=with_total_pages,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant_id: str,
    *,
    current_page: int | Unset = 1,
    groups: list[str] | Unset = UNSET,
    only_devices: bool | Unset = False,
    owner: str | Unset = UNSET,
    page_size: int | Unset = 5,
    username: str | Unset = UNSET,
    username_contains: str | Unset = UNSET,
    with_subusers_count: bool | Unset = False,
    with_total_elements: bool | Unset = False,
    with_total_pages: bool | Unset = False,
    client: AsyncApiClient,
) -> Error | UserCollection | None:
    """
    Args:
        tenant_id (str):  Example: t07007007.
        current_page (int | Unset):  Default: 1. Example: 3.
        groups (list[str] | Unset):  Example: ['2', '3', '4'].
        only_devices (bool | Unset):  Default: False. Example: True.
        owner (str | Unset):  Example: admin.
        page_size (int | Unset):  Default: 5. Example: 10.
        username (str | Unset):  Example: jdoe.
        username_contains (str | Unset):  Example: doe.
        with_subusers_count (bool | Unset):  Default: False. Example: True.
        with_total_elements (bool | Unset):  Default: False. Example: True.
        with_total_pages (bool | Unset):  Default: False. Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UserCollection
    """

    return (
        await asyncio_detailed(
            tenant_id=tenant_id,
            client=client,
            current_page=current_page,
            groups=groups,
            only_devices=only_devices,
            owner=owner,
            page_size=page_size,
            username=username,
            username_contains=username_contains,
            with_subusers_count=with_subusers_count,
            with_total_elements=with_total_elements,
            with_total_pages=with_total_pages,
        )
    ).parsed
