from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...api import AsyncApiClient
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.option import Option
from ...types import Response


def _get_kwargs(
    category: str,
    key: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tenant/options/{category}/{key}".format(
            category=quote(str(category), safe=""),
            key=quote(str(key), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Any | Error | Option | None:
    if response.status_code == 200:
        response_200 = Option.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Response[Any | Error | Option]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    category: str,
    key: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | Error | Option]:
    """
    Args:
        category (str):  Example: alarm.type.mapping.
        key (str):  Example: temp_too_high.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | Option]
    """

    kwargs = _get_kwargs(
        category=category,
        key=key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    category: str,
    key: str,
    *,
    client: AuthenticatedClient,
) -> Any | Error | Option | None:
    """
    Args:
        category (str):  Example: alarm.type.mapping.
        key (str):  Example: temp_too_high.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | Option
    """

    return sync_detailed(
        category=category,
        key=key,
        client=client,
    ).parsed


async def asyncio_detailed(
    category: str,
    key: str,
    *,
    client: AsyncApiClient,
) -> Response[Any | Error | Option]:
    """
    Args:
        category (str):  Example: alarm.type.mapping.
        key (str):  Example: temp_too_high.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | Option]
    """

    kwargs = _get_kwargs(
        category=category,
        key=key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    category: str,
    key: str,
    *,
    client: AsyncApiClient,
) -> Any | Error | Option | None:
    """
    Args:
        category (str):  Example: alarm.type.mapping.
        key (str):  Example: temp_too_high.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | Option
    """

    return (
        await asyncio_detailed(
            category=category,
            key=key,
            client=client,
        )
    ).parsed
