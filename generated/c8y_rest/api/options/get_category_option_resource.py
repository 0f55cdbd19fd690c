from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...api import AsyncApiClient
from ...client import AuthenticatedClient, Client
from ...models.category_options import CategoryOptions
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    category: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tenant/options/{category}".format(
            category=quote(str(category), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Any | CategoryOptions | Error | None:
    if response.status_code == 200:
        response_200 = CategoryOptions.from_dict(response.json())

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
) -> Response[Any | CategoryOptions | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    category: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | CategoryOptions | Error]:
    """
    Args:
        category (str):  Example: alarm.type.mapping.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CategoryOptions | Error]
    """

    kwargs = _get_kwargs(
        category=category,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    category: str,
    *,
    client: AuthenticatedClient,
) -> Any | CategoryOptions | Error | None:
    """
    Args:
        category (str):  Example: alarm.type.mapping.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CategoryOptions | Error
    """

    return sync_detailed(
        category=category,
        client=client,
    ).parsed


async def asyncio_detailed(
    category: str,
    *,
    client: AsyncApiClient,
) -> Response[Any | CategoryOptions | Error]:
    """
    Args:
        category (str):  Example: alarm.type.mapping.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CategoryOptions | Error]
    """

    kwargs = _get_kwargs(
        category=category,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    category: str,
    *,
    client: AsyncApiClient,
) -> Any | CategoryOptions | Error | None:
    """
    Args:
        category (str):  Example: alarm.type.mapping.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CategoryOptions | Error
    """

    return (
        await asyncio_detailed(
            category=category,
            client=client,
        )
    ).parsed
