from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...api import AsyncApiClient
from ...client import AuthenticatedClient, Client
from ...models.current_tenant import CurrentTenant
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    with_parent: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["withParent"] = with_parent

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tenant/currentTenant",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Any | CurrentTenant | Error | None:
    if response.status_code == 200:
        response_200 = CurrentTenant.from_dict(response.json())

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
) -> Response[Any | CurrentTenant | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    with_parent: bool | Unset = False,
) -> Response[Any | CurrentTenant | Error]:
    """
    Args:
        with_parent (bool | Unset):  Default: False. Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CurrentTenant | Error]
    """

    kwargs = _get_kwargs(
        with_parent=with_parent,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    with_parent: bool | Unset = False,
) -> Any | CurrentTenant | Error | None:
    """
    Args:
        with_parent (bool | Unset):  Default: False. Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CurrentTenant | Error
    """

    return sync_detailed(
        client=client,
        with_parent=with_parent,
    ).parsed


async def asyncio_detailed(
    *,
    with_parent: bool | Unset = False,
    client: AsyncApiClient,
) -> Response[Any | CurrentTenant | Error]:
    """
    Args:
        with_parent (bool | Unset):  Default: False. Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CurrentTenant | Error]
    """

    kwargs = _get_kwargs(
        with_parent=with_parent,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    with_parent: bool | Unset = False,
    client: AsyncApiClient,
) -> Any | CurrentTenant | Error | None:
    """
    Args:
        with_parent (bool | Unset):  Default: False. Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CurrentTenant | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            with_parent=with_parent,
        )
    ).parsed
