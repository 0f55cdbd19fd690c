from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...api import AsyncApiClient
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cookie: str | Unset = UNSET,
    x_xsrf_token: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(cookie, Unset):
        headers["Cookie"] = cookie

    if not isinstance(x_xsrf_token, Unset):
        headers["X-XSRF-TOKEN"] = x_xsrf_token

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/user/logout",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Any | Error | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
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
) -> Response[Any | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    cookie: str | Unset = UNSET,
    x_xsrf_token: str | Unset = UNSET,
) -> Response[Any | Error]:
    """
    Args:
        cookie (str | Unset):  Example: authorization=<ACCESS_TOKEN>.
        x_xsrf_token (str | Unset):  Example: <X-XSRF-TOKEN>.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        cookie=cookie,
        x_xsrf_token=x_xsrf_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    cookie: str | Unset = UNSET,
    x_xsrf_token: str | Unset = UNSET,
) -> Any | Error | None:
    """
    Args:
        cookie (str | Unset):  Example: authorization=<ACCESS_TOKEN>.
        x_xsrf_token (str | Unset):  Example: <X-XSRF-TOKEN>.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        client=client,
        cookie=cookie,
        x_xsrf_token=x_xsrf_token,
    ).parsed


async def asyncio_detailed(
    *,
    cookie: str | Unset = UNSET,
    x_xsrf_token: str | Unset = UNSET,
    client: AsyncApiClient,
) -> Response[Any | Error]:
    """
    Args:
        cookie (str | Unset):  Example: authorization=<ACCESS_TOKEN>.
        x_xsrf_token (str | Unset):  Example: <X-XSRF-TOKEN>.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        cookie=cookie,
        x_xsrf_token=x_xsrf_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    cookie: str | Unset = UNSET,
    x_xsrf_token: str | Unset = UNSET,
    client: AsyncApiClient,
) -> Any | Error | None:
    """
    Args:
        cookie (str | Unset):  Example: authorization=<ACCESS_TOKEN>.
        x_xsrf_token (str | Unset):  Example: <X-XSRF-TOKEN>.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            cookie=cookie,
            x_xsrf_token=x_xsrf_token,
        )
    ).parsed
