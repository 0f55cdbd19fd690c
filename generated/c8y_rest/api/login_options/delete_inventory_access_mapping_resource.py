from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...api import AsyncApiClient
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    type_or_id: str,
    id: str,
    *,
    terminate_user_sessions: bool | Unset = True,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["terminateUserSessions"] = terminate_user_sessions

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/tenant/loginOptions/{type_or_id}/inventoryAccessMappings/{id}".format(
            type_or_id=quote(str(type_or_id), safe=""),
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Any | Error | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    type_or_id: str,
    id: str,
    *,
    client: AuthenticatedClient,
    terminate_user_sessions: bool | Unset = True,
) -> Response[Any | Error]:
    """
    Args:
        type_or_id (str):  Example: OAUTH2.
        id (str):  Example: 5e7b7568-1f85-4e89-ae98-d7fbf4852fad.
        terminate_user_sessions (bool | Unset):  Default: True. Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        type_or_id=type_or_id,
        id=id,
        terminate_user_sessions=terminate_user_sessions,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    type_or_id: str,
    id: str,
    *,
    client: AuthenticatedClient,
    terminate_user_sessions: bool | Unset = True,
) -> Any | Error | None:
    """
    Args:
        type_or_id (str):  Example: OAUTH2.
        id (str):  Example: 5e7b7568-1f85-4e89-ae98-d7fbf4852fad.
        terminate_user_sessions (bool | Unset):  Default: True. Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        type_or_id=type_or_id,
        id=id,
        client=client,
        terminate_user_sessions=terminate_user_sessions,
    ).parsed


async def asyncio_detailed(
    type_or_id: str,
    id: str,
    *,
    terminate_user_sessions: bool | Unset = True,
    client: AsyncApiClient,
) -> Response[Any | Error]:
    """
    Args:
        type_or_id (str):  Example: OAUTH2.
        id (str):  Example: 5e7b7568-1f85-4e89-ae98-d7fbf4852fad.
        terminate_user_sessions (bool | Unset):  Default: True. Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        type_or_id=type_or_id,
        id=id,
        terminate_user_sessions=terminate_user_sessions,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    type_or_id: str,
    id: str,
    *,
    terminate_user_sessions: bool | Unset = True,
    client: AsyncApiClient,
) -> Any | Error | None:
    """
    Args:
        type_or_id (str):  Example: OAUTH2.
        id (str):  Example: 5e7b7568-1f85-4e89-ae98-d7fbf4852fad.
        terminate_user_sessions (bool | Unset):  Default: True. Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            type_or_id=type_or_id,
            id=id,
            client=client,
            terminate_user_sessions=terminate_user_sessions,
        )
    ).parsed
