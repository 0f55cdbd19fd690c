from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...api import AsyncApiClient
from ...client import AuthenticatedClient, Client
from ...models.binary_collection import BinaryCollection
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    child_addition_id: str | Unset = UNSET,
    child_asset_id: str | Unset = UNSET,
    child_device_id: str | Unset = UNSET,
    current_page: int | Unset = 1,
    ids: list[str] | Unset = UNSET,
    owner: str | Unset = UNSET,
    page_size: int | Unset = 5,
    type_: str | Unset = UNSET,
    with_total_pages: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["childAdditionId"] = child_addition_id

    params["childAssetId"] = child_asset_id

    params["childDeviceId"] = child_device_id

    params["currentPage"] = current_page

    json_ids: list[str] | Unset = UNSET
    if not isinstance(ids, Unset):
        json_ids = ids

    params["ids"] = json_ids

    params["owner"] = owner

    params["pageSize"] = page_size

    params["type"] = type_

    params["withTotalPages"] = with_total_pages

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/inventory/binaries",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Any | BinaryCollection | Error | None:
    if response.status_code == 200:
        response_200 = BinaryCollection.from_dict(response.json())

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
) -> Response[Any | BinaryCollection | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    child_addition_id: str | Unset = UNSET,
    child_asset_id: str | Unset = UNSET,
    child_device_id: str | Unset = UNSET,
    current_page: int | Unset = 1,
    ids: list[str] | Unset = UNSET,
    owner: str | Unset = UNSET,
    page_size: int | Unset = 5,
    type_: str | Unset = UNSET,
    with_total_pages: bool | Unset = False,
) -> Response[Any | BinaryCollection | Error]:
    """
    Args:
        child_addition_id (str | Unset):  Example: 3003.
        child_asset_id (str | Unset):  Example: 200.
        child_device_id (str | Unset):  Example: 2001.
        current_page (int | Unset):  Default: 1. Example: 3.
        ids (list[str] | Unset):  Example: ['200', '300'].
        owner (str | Unset):  Example: manga.
        page_size (int | Unset):  Default: 5. Example: 10.
        type_ (str | Unset):  Example: c8y_DeviceGroup.
        with_total_pages (bool | Unset):  Default: False. Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BinaryCollection | Error]
    """

    kwargs = _get_kwargs(
        child_addition_id=child_addition_id,
        child_asset_id=child_asset_id,
        child_device_id=child_device_id,
        current_page=current_page,
        ids=ids,
        owner=owner,
        page_size=page_size,
        type_=type_,
        with_total_pages=with_total_pages,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    child_addition_id: str | Unset = UNSET,
    child_asset_id: str | Unset = UNSET,
    child_device_id: str | Unset = UNSET,
    current_page: int | Unset = 1,
    ids: list[str] | Unset = UNSET,
    owner: str | Unset = UNSET,
    page_size: int | Unset = 5,
    type_: str | Unset = UNSET,
    with_total_pages: bool | Unset = False,
) -> Any | BinaryCollection | Error | None:
    """
    Args:
        child_addition_id (str | Unset):  Example: 3003.
        child_asset_id (str | Unset):  Example: 200.
        child_device_id (str | Unset):  Example: 2001.
        current_page (int | Unset):  Default: 1. Example: 3.
        ids (list[str] | Unset):  Example: ['200', '300'].
        owner (str | Unset):  Example: manga.
        page_size (int | Unset):  Default: 5. Example: 10.
        type_ (str | Unset):  Example: c8y_DeviceGroup.
        with_total_pages (bool | Unset):  Default: False. Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BinaryCollection | Error
    """

    return sync_detailed(
        client=client,
        child_addition_id=child_addition_id,
        child_asset_id=child_asset_id,
        child_device_id=child_device_id,
        current_page=current_page,
        ids=ids,
        owner=owner,
        page_size=page_size,
        type_=type_,
        with_total_pages=with_total_pages,
    ).parsed


async def asyncio_detailed(
    *,
    child_addition_id: str | Unset = UNSET,
    child_asset_id: str | Unset = UNSET,
    child_device_id: str | Unset = UNSET,
    current_page: int | Unset = 1,
    ids: list[str] | Unset = UNSET,
    owner: str | Unset = UNSET,
    page_size: int | Unset = 5,
    type_: str | Unset = UNSET,
    with_total_pages: bool | Unset = False,
    client: AsyncApiClient,
) -> Response[Any | BinaryCollection | Error]:
    """
    Args:
        child_addition_id (str | Unset):  Example: 3003.
        child_asset_id (str | Unset):  Example: 200.
        child_device_id (str | Unset):  Example: 2001.
        current_page (int | Unset):  Default: 1. Example: 3.
        ids (list[str] | Unset):  Example: ['200', '300'].
        owner (str | Unset):  Example: manga.
        page_size (int | Unset):  Default: 5. Example: 10.
        type_ (str | Unset):  Example: c8y_DeviceGroup.
        with_total_pages (bool | Unset):  Default: False. Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BinaryCollection | Error]
    """

    kwargs = _get_kwargs(
        child_addition_id=child_addition_id,
        child_asset_id=child_asset_id,
        child_device_id=child_device_id,
        current_page=current_page,
        ids=ids,
        owner=owner,
        page_size=page_size,
        type_=type_,
        with_total_pages=with_total_pages,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    child_addition_id: str | Unset = UNSET,
    child_asset_id: str | Unset = UNSET,
    child_device_id: str | Unset = UNSET,
    current_page: int | Unset = 1,
    ids: list[str] | Unset = UNSET,
    owner: str | Unset = UNSET,
    page_size: int | Unset = 5,
    type_: str | Unset = UNSET,
    with_total_pages: bool | Unset = False,
    client: AsyncApiClient,
) -> Any | BinaryCollection | Error | None:
    """
    Args:
        child_addition_id (str | Unset):  Example: 3003.
        child_asset_id (str | Unset):  Example: 200.
        child_device_id (str | Unset):  Example: 2001.
        current_page (int | Unset):  Default: 1. Example: 3.
        ids (list[str] | Unset):  Example: ['200', '300'].
        owner (str | Unset):  Example: manga.
        page_size (int | Unset):  Default: 5. Example: 10.
        type_ (str | Unset):  Example: c8y_DeviceGroup.
        with_total_pages (bool | Unset):  Default: False. Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BinaryCollection | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            child_addition_id=child_addition_id,
            child_asset_id=child_asset_id,
            child_device_id=child_device_id,
            current_page=current_page,
            ids=ids,
            owner=owner,
            page_size=page_size,
            type_=type_,
            with_total_pages=with_total_pages,
        )
    ).parsed
