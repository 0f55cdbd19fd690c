from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...api import AsyncApiClient
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.managed_object_collection import ManagedObjectCollection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    child_addition_id: str | Unset = UNSET,
    child_asset_id: str | Unset = UNSET,
    child_device_id: str | Unset = UNSET,
    current_page: int | Unset = 1,
    fragment_type: str | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    only_roots: bool | Unset = False,
    owner: str | Unset = UNSET,
    page_size: int | Unset = 5,
    q: str | Unset = UNSET,
    query: str | Unset = UNSET,
    skip_children_names: bool | Unset = False,
    text: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    with_children: bool | Unset = False,
    with_children_count: bool | Unset = False,
    with_groups: bool | Unset = False,
    with_parents: bool | Unset = False,
    with_total_elements: bool | Unset = False,
    with_total_pages: bool | Unset = False,
    with_latest_values: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["childAdditionId"] = child_addition_id

    params["childAssetId"] = child_asset_id

    params["childDeviceId"] = child_device_id

    params["currentPage"] = current_page

    params["fragmentType"] = fragment_type

    json_ids: list[str] | Unset = UNSET
    if not isinstance(ids, Unset):
        json_ids = ids

    params["ids"] = json_ids

    params["onlyRoots"] = only_roots

    params["owner"] = owner

    params["pageSize"] = page_size

    params["q"] = q

    params["query"] = query

    params["skipChildrenNames"] = skip_children_names

    params["text"] = text

    params["type"] = type_

    params["withChildren"] = with_children

    params["withChildrenCount"] = with_children_count

    params["withGroups"] = with_groups

    params["withParents"] = with_parents

    params["withTotalElements"] = with_total_elements

    params["withTotalPages"] = with_total_pages

    params["withLatestValues"] = with_latest_values

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/inventory/managedObjects",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Any | Error | ManagedObjectCollection | None:
    if response.status_code == 200:
        response_200 = ManagedObjectCollection.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = cast(Any, None)
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
) -> Response[Any | Error | ManagedObjectCollection]:
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
    fragment_type: str | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    only_roots: bool | Unset = False,
    owner: str | Unset = UNSET,
    page_size: int | Unset = 5,
    q: str | Unset = UNSET,
    query: str | Unset = UNSET,
    skip_children_names: bool | Unset = False,
    text: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    with_children: bool | Unset = False,
    with_children_count: bool | Unset = False,
    with_groups: bool | Unset = False,
    with_parents: bool | Unset = False,
    with_total_elements: bool | Unset = False,
    with_total_pages: bool | Unset = False,
    with_latest_values: bool | Unset = False,
) -> Response[Any | Error | ManagedObjectCollection]:
    """
    Args:
        child_addition_id (str | Unset):  Example: 3003.
        child_asset_id (str | Unset):  Example: 200.
        child_device_id (str | Unset):  Example: 2001.
        current_page (int | Unset):  Default: 1. Example: 3.
        fragment_type (str | Unset):  Example: c8y_IsDevice.
        ids (list[str] | Unset):  Example: ['200', '300'].
        only_roots (bool | Unset):  Default: False. Example: True.
        owner (str | Unset):  Example: manga.
        page_size (int | Unset):  Default: 5. Example: 10.
        q (str | Unset):  Example: $filter=(owner+eq+'manga').
        query (str | Unset):  Example: $filter=(owner+eq+'manga').
        skip_children_names (bool | Unset):  Default: False. Example: True.
        text (str | Unset):  Example: my_value.
        type_ (str | Unset):  Example: c8y_DeviceGroup.
        with_children (bool | Unset):  Default: False. Example: False.
        with_children_count (bool | Unset):  Default: False. Example: True.
        with_groups (bool | Unset):  Default: False. Example: True.
        with_parents (bool | Unset):  Default: False. Example: True.
        with_total_elements (bool | Unset):  Default: False. Example: True.
        with_total_pages (bool | Unset):  Default: False. Example: True.
        with_latest_values (bool | Unset):  Default: False. Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | ManagedObjectCollection]
    """

    kwargs = _get_kwargs(
        child_addition_id=child_addition_id,
        child_asset_id=child_asset_id,
        child_device_id=child_device_id,
        current_page=current_page,
        fragment_type=fragment_type,
        ids=ids,
        only_roots=only_roots,
        owner=owner,
        page_size=page_size,
        q=q,
        query=query,
        skip_children_names=skip_children_names,
        text=text,
        type_=type_,
        with_children=with_children,
        with_children_count=with_children_count,
        with_groups=with_groups,
        with_parents=with_parents,
        with_total_elements=with_total_elements,
        with_total_pages=with_total_pages,
        with_latest_values=with_latest_values,
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
    fragment_type: str | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    only_roots: bool | Unset = False,
    owner: str | Unset = UNSET,
    page_size: int | Unset = 5,
    q: str | Unset = UNSET,
    query: str | Unset = UNSET,
    skip_children_names: bool | Unset = False,
    text: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    with_children: bool | Unset = False,
    with_children_count: bool | Unset = False,
    with_groups: bool | Unset = False,
    with_parents: bool | Unset = False,
    with_total_elements: bool | Unset = False,
    with_total_pages: bool | Unset = False,
    with_latest_values: bool | Unset = False,
) -> Any | Error | ManagedObjectCollection | None:
    """
    Args:
        child_addition_id (str | Unset):  Example: 3003.
        child_asset_id (str | Unset):  Example: 200.
        child_device_id (str | Unset):  Example: 2001.
        current_page (int | Unset):  Default: 1. Example: 3.
        fragment_type (str | Unset):  Example: c8y_IsDevice.
        ids (list[str] | Unset):  Example: ['200', '300'].
        only_roots (bool | Unset):  Default: False. Example: True.
        owner (str | Unset):  Example: manga.
        page_size (int | Unset):  Default: 5. Example: 10.
        q (str | Unset):  Example: $filter=(owner+eq+'manga').
        query (str | Unset):  Example: $filter=(owner+eq+'manga').
        skip_children_names (bool | Unset):  Default: False. Example: True.
        text (str | Unset):  Example: my_value.
        type_ (str | Unset):  Example: c8y_DeviceGroup.
        with_children (bool | Unset):  Default: False. Example: False.
        with_children_count (bool | Unset):  Default: False. Example: True.
        with_groups (bool | Unset):  Default: False. Example: True.
        with_parents (bool | Unset):  Default: False. Example: True.
        with_total_elements (bool | Unset):  Default: False. Example: True.
        with_total_pages (bool | Unset):  Default: False. Example: True.
        with_latest_values (bool | Unset):  Default: False. Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | ManagedObjectCollection
    """

    return sync_detailed(
        client=client,
        child_addition_id=child_addition_id,
        child_asset_id=child_asset_id,
        child_device_id=child_device_id,
        current_page=current_page,
        fragment_type=fragment_type,
        ids=ids,
        only_roots=only_roots,
        owner=owner,
        page_size=page_size,
        q=q,
        query=query,
        skip_children_names=skip_children_names,
        text=text,
        type_=type_,
        with_children=with_children,
        with_children_count=with_children_count,
        with_groups=with_groups,
        with_parents=with_parents,
        with_total_elements=with_total_elements,
        with_total_pages=with_total_pages,
        with_latest_values=with_latest_values,
    ).parsed


async def asyncio_detailed(
    *,
    child_addition_id: str | Unset = UNSET,
    child_asset_id: str | Unset = UNSET,
    child_device_id: str | Unset = UNSET,
    current_page: int | Unset = 1,
    fragment_type: str | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    only_roots: bool | Unset = False,
    owner: str | Unset = UNSET,
    page_size: int | Unset = 5,
    q: str | Unset = UNSET,
    query: str | Unset = UNSET,
    skip_children_names: bool | Unset = False,
    text: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    with_children: bool | Unset = False,
    with_children_count: bool | Unset = False,
    with_groups: bool | Unset = False,
    with_parents: bool | Unset = False,
    with_total_elements: bool | Unset = False,
    with_total_pages: bool | Unset = False,
    with_latest_values: bool | Unset = False,
    client: AsyncApiClient,
) -> Response[Any | Error | ManagedObjectCollection]:
    """
    Args:
        child_addition_id (str | Unset):  Example: 3003.
        child_asset_id (str | Unset):  Example: 200.
        child_device_id (str | Unset):  Example: 2001.
        current_page (int | Unset):  Default: 1. Example: 3.
        fragment_type (str | Unset):  Example: c8y_IsDevice.
        ids (list[str] | Unset):  Example: ['200', '300'].
        only_roots (bool | Unset):  Default: False. Example: True.
        owner (str | Unset):  Example: manga.
        page_size (int | Unset):  Default: 5. Example: 10.
        q (str | Unset):  Example: $filter=(owner+eq+'manga').
        query (str | Unset):  Example: $filter=(owner+eq+'manga').
        skip_children_names (bool | Unset):  Default: False. Example: True.
        text (str | Unset):  Example: my_value.
        type_ (str | Unset):  Example: c8y_DeviceGroup.
        with_children (bool | Unset):  Default: False. Example: False.
        with_children_count (bool | Unset):  Default: False. Example: True.
        with_groups (bool | Unset):  Default: False. Example: True.
        with_parents (bool | Unset):  Default: False. Example: True.
        with_total_elements (bool | Unset):  Default: False. Example: True.
        with_total_pages (bool | Unset):  Default: False. Example: True.
        with_latest_values (bool | Unset):  Default: False. Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | ManagedObjectCollection]
    """

    kwargs = _get_kwargs(
        child_addition_id=child_addition_id,
        child_asset_id=child_asset_id,
        child_device_id=child_device_id,
        current_page=current_page,
        fragment_type=fragment_type,
        ids=ids,
        only_roots=only_roots,
        owner=owner,
        page_size=page_size,
        q=q,
        query=query,
        skip_children_names=skip_children_names,
        text=text,
        type_=type_,
        with_children=with_children,
        with_children_count=with_children_count,
        with_groups=with_groups,
        with_parents=with_parents,
        with_total_elements=with_total_elements,
        with_total_pages=with_total_pages,
        with_latest_values=with_latest_values,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    child_addition_id: str | Unset = UNSET,
    child_asset_id: str | Unset = UNSET,
    child_device_id: str | Unset = UNSET,
    current_page: int | Unset = 1,
    fragment_type: str | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    only_roots: bool | Unset = False,
    owner: str | Unset = UNSET,
    page_size: int | Unset = 5,
    q: str | Unset = UNSET,
    query: str | Unset = UNSET,
    skip_children_names: bool | Unset = False,
    text: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    with_children: bool | Unset = False,
    with_children_count: bool | Unset = False,
    with_groups: bool | Unset = False,
    with_parents: bool | Unset = False,
    with_total_elements: bool | Unset = False,
    with_total_pages: bool | Unset = False,
    with_latest_values: bool | Unset = False,
    client: AsyncApiClient,
) -> Any | Error | ManagedObjectCollection | None:
    """
    Args:
        child_addition_id (str | Unset):  Example: 3003.
        child_asset_id (str | Unset):  Example: 200.
        child_device_id (str | Unset):  Example: 2001.
        current_page (int | Unset):  Default: 1. Example: 3.
        fragment_type (str | Unset):  Example: c8y_IsDevice.
        ids (list[str] | Unset):  Example: ['200', '300'].
        only_roots (bool | Unset):  Default: False. Example: True.
        owner (str | Unset):  Example: manga.
        page_size (int | Unset):  Default: 5. Example: 10.
        q (str | Unset):  Example: $filter=(owner+eq+'manga').
        query (str | Unset):  Example: $filter=(owner+eq+'manga').
        skip_children_names (bool | Unset):  Default: False. Example: True.
        text (str | Unset):  Example: my_value.
        type_ (str | Unset):  Example: c8y_DeviceGroup.
        with_children (bool | Unset):  Default: False. Example: False.
        with_children_count (bool | Unset):  Default: False. Example: True.
        with_groups (bool | Unset):  Default: False. Example: True.
        with_parents (bool | Unset):  Default: False. Example: True.
        with_total_elements (bool | Unset):  Default: False. Example: True.
        with_total_pages (bool | Unset):  Default: False. Example: True.
        with_latest_values (bool | Unset):  Default: False. Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | ManagedObjectCollection
    """

    return (
        await asyncio_detailed(
            client=client,
            child_addition_id=child_addition_id,
            child_asset_id=child_asset_id,
            child_device_id=child_device_id,
            current_page=current_page,
            fragment_type=fragment_type,
            ids=ids,
            only_roots=only_roots,
            owner=owner,
            page_size=page_size,
            q=q,
            query=query,
            skip_children_names=skip_children_names,
            text=text,
            type_=type_,
            with_children=with_children,
            with_children_count=with_children_count,
            with_groups=with_groups,
            with_parents=with_parents,
            with_total_elements=with_total_elements,
            with_total_pages=with_total_pages,
            with_latest_values=with_latest_values,
        )
    ).parsed
