from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...api import AsyncApiClient
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.managed_object import ManagedObject
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    skip_children_names: bool | Unset = False,
    with_children: bool | Unset = False,
    with_children_count: bool | Unset = False,
    with_parents: bool | Unset = False,
    with_latest_values: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["skipChildrenNames"] = skip_children_names

    params["withChildren"] = with_children

    params["withChildrenCount"] = with_children_count

    params["withParents"] = with_parents

    params["withLatestValues"] = with_latest_values

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/inventory/managedObjects/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Any | Error | ManagedObject | None:
    if response.status_code == 200:
        response_200 = ManagedObject.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Response[Any | Error | ManagedObject]:
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
    skip_children_names: bool | Unset = False,
    with_children: bool | Unset = False,
    with_children_count: bool | Unset = False,
    with_parents: bool | Unset = False,
    with_latest_values: bool | Unset = False,
) -> Response[Any | Error | ManagedObject]:
    """
    Args:
        id (str):  Example: 251982.
        skip_children_names (bool | Unset):  Default: False. Example: True.
        with_children (bool | Unset):  Default: False. Example: False.
        with_children_count (bool | Unset):  Default: False. Example: True.
        with_parents (bool | Unset):  Default: False. Example: True.
        with_latest_values (bool | Unset):  Default: False. Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | ManagedObject]
    """

    kwargs = _get_kwargs(
        id=id,
        skip_children_names=skip_children_names,
        with_children=with_children,
        with_children_count=with_children_count,
        with_parents=with_parents,
        with_latest_values=with_latest_values,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    skip_children_names: bool | Unset = False,
    with_children: bool | Unset = False,
    with_children_count: bool | Unset = False,
    with_parents: bool | Unset = False,
    with_latest_values: bool | Unset = False,
) -> Any | Error | ManagedObject | None:
    """
    Args:
        id (str):  Example: 251982.
        skip_children_names (bool | Unset):  Default: False. Example: True.
        with_children (bool | Unset):  Default: False. Example: False.
        with_children_count (bool | Unset):  Default: False. Example: True.
        with_parents (bool | Unset):  Default: False. Example: True.
        with_latest_values (bool | Unset):  Default: False. Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | ManagedObject
    """

    return sync_detailed(
        id=id,
        client=client,
        skip_children_names=skip_children_names,
        with_children=with_children,
        with_children_count=with_children_count,
        with_parents=with_parents,
        with_latest_values=with_latest_values,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    skip_children_names: bool | Unset = False,
    with_children: bool | Unset = False,
    with_children_count: bool | Unset = False,
    with_parents: bool | Unset = False,
    with_latest_values: bool | Unset = False,
    client: AsyncApiClient,
) -> Response[Any | Error | ManagedObject]:
    """
    Args:
        id (str):  Example: 251982.
        skip_children_names (bool | Unset):  Default: False. Example: True.
        with_children (bool | Unset):  Default: False. Example: False.
        with_children_count (bool | Unset):  Default: False. Example: True.
        with_parents (bool | Unset):  Default: False. Example: True.
        with_latest_values (bool | Unset):  Default: False. Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | ManagedObject]
    """

    kwargs = _get_kwargs(
        id=id,
        skip_children_names=skip_children_names,
        with_children=with_children,
        with_children_count=with_children_count,
        with_parents=with_parents,
        with_latest_values=with_latest_values,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    skip_children_names: bool | Unset = False,
    with_children: bool | Unset = False,
    with_children_count: bool | Unset = False,
    with_parents: bool | Unset = False,
    with_latest_values: bool | Unset = False,
    client: AsyncApiClient,
) -> Any | Error | ManagedObject | None:
    """
    Args:
        id (str):  Example: 251982.
        skip_children_names (bool | Unset):  Default: False. Example: True.
        with_children (bool | Unset):  Default: False. Example: False.
        with_children_count (bool | Unset):  Default: False. Example: True.
        with_parents (bool | Unset):  Default: False. Example: True.
        with_latest_values (bool | Unset):  Default: False. Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | ManagedObject
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            skip_children_names=skip_children_names,
            with_children=with_children,
            with_children_count=with_children_count,
            with_parents=with_parents,
            with_latest_values=with_latest_values,
        )
    ).parsed
