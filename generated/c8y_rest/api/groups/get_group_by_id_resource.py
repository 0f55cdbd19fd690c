from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...api import AsyncApiClient
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.group import Group
from ...types import Response


def _get_kwargs(
    tenant_id: str,
    group_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/user/{tenant_id}/groups/{group_id}".format(
            tenant_id=quote(str(tenant_id), safe=""),
            group_id=quote(str(group_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Error | Group | None:
    if response.status_code == 200:
        response_200 = Group.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

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
) -> Response[Error | Group]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    tenant_id: str,
    group_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Error | Group]:
    """
    Args:
        tenant_id (str):  Example: t07007007.
        group_id (int):  Example: 2.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Group]
    """

    kwargs = _get_kwargs(
        tenant_id=tenant_id,
        group_id=group_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tenant_id: str,
    group_id: int,
    *,
    client: AuthenticatedClient,
) -> Error | Group | None:
    """
    Args:
        tenant_id (str):  Example: t07007007.
        group_id (int):  Example: 2.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Group
    """

    return sync_detailed(
        tenant_id=tenant_id,
        group_id=group_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    tenant_id: str,
    group_id: int,
    *,
    client: AsyncApiClient,
) -> Response[Error | Group]:
    """
    Args:
        tenant_id (str):  Example: t07007007.
        group_id (int):  Example: 2.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Group]
    """

    kwargs = _get_kwargs(
        tenant_id=tenant_id,
        group_id=group_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant_id: str,
    group_id: int,
    *,
    client: AsyncApiClient,
) -> Error | Group | None:
    """
    Args:
        tenant_id (str):  Example: t07007007.
        group_id (int):  Example: 2.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Group
    """

    return (
        await asyncio_detailed(
            tenant_id=tenant_id,
            group_id=group_id,
            client=client,
        )
    ).parsed
