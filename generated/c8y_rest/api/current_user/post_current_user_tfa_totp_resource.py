from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...api import AsyncApiClient
from ...client import AuthenticatedClient, Client
from ...models.current_user_totp_secret import CurrentUserTotpSecret
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    accept: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/user/currentUser/totpSecret",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Any | CurrentUserTotpSecret | Error | None:
    if response.status_code == 200:
        response_200 = CurrentUserTotpSecret.from_dict(response.json())

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
) -> Response[Any | CurrentUserTotpSecret | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    accept: str | Unset = UNSET,
) -> Response[Any | CurrentUserTotpSecret | Error]:
    """
    Args:
        accept (str | Unset):  Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CurrentUserTotpSecret | Error]
    """

    kwargs = _get_kwargs(
        accept=accept,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    accept: str | Unset = UNSET,
) -> Any | CurrentUserTotpSecret | Error | None:
    """
    Args:
        accept (str | Unset):  Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CurrentUserTotpSecret | Error
    """

    return sync_detailed(
        client=client,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    *,
    accept: str | Unset = UNSET,
    client: AsyncApiClient,
) -> Response[Any | CurrentUserTotpSecret | Error]:
    """
    Args:
        accept (str | Unset):  Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CurrentUserTotpSecret | Error]
    """

    kwargs = _get_kwargs(
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    accept: str | Unset = UNSET,
    client: AsyncApiClient,
) -> Any | CurrentUserTotpSecret | Error | None:
    """
    Args:
        accept (str | Unset):  Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CurrentUserTotpSecret | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            accept=accept,
        )
    ).parsed
