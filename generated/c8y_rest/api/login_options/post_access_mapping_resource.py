from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...api import AsyncApiClient
from ...client import AuthenticatedClient, Client
from ...models.access_mapping import AccessMapping
from ...models.access_mapping_with_id import AccessMappingWithId
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    type_or_id: str,
    *,
    body: AccessMapping,
    terminate_user_sessions: bool | Unset = True,
    accept: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    params: dict[str, Any] = {}

    params["terminateUserSessions"] = terminate_user_sessions

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tenant/loginOptions/{type_or_id}/accessMappings".format(
            type_or_id=quote(str(type_or_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.com.nsn.cumulocity.accessMapping+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> AccessMappingWithId | Any | Error | None:
    if response.status_code == 200:
        response_200 = AccessMappingWithId.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 422:
        response_422 = cast(Any, None)
        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Response[AccessMappingWithId | Any | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    type_or_id: str,
    *,
    client: AuthenticatedClient,
    body: AccessMapping,
    terminate_user_sessions: bool | Unset = True,
    accept: str | Unset = UNSET,
) -> Response[AccessMappingWithId | Any | Error]:
    """
    Args:
        type_or_id (str):  Example: OAUTH2.
        terminate_user_sessions (bool | Unset):  Default: True. Example: True.
        accept (str | Unset):  Example: application/json.
        body (AccessMapping):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessMappingWithId | Any | Error]
    """

    kwargs = _get_kwargs(
        type_or_id=type_or_id,
        body=body,
        terminate_user_sessions=terminate_user_sessions,
        accept=accept,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    type_or_id: str,
    *,
    client: AuthenticatedClient,
    body: AccessMapping,
    terminate_user_sessions: bool | Unset = True,
    accept: str | Unset = UNSET,
) -> AccessMappingWithId | Any | Error | None:
    """
    Args:
        type_or_id (str):  Example: OAUTH2.
        terminate_user_sessions (bool | Unset):  Default: True. Example: True.
        accept (str | Unset):  Example: application/json.
        body (AccessMapping):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessMappingWithId | Any | Error
    """

    return sync_detailed(
        type_or_id=type_or_id,
        client=client,
        body=body,
        terminate_user_sessions=terminate_user_sessions,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    type_or_id: str,
    *,
    body: AccessMapping,
    terminate_user_sessions: bool | Unset = True,
    accept: str | Unset = UNSET,
    client: AsyncApiClient,
) -> Response[AccessMappingWithId | Any | Error]:
    """
    Args:
        type_or_id (str):  Example: OAUTH2.
        terminate_user_sessions (bool | Unset):  Default: True. Example: True.
        accept (str | Unset):  Example: application/json.
        body (AccessMapping):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessMappingWithId | Any | Error]
    """

    kwargs = _get_kwargs(
        type_or_id=type_or_id,
        body=body,
        terminate_user_sessions=terminate_user_sessions,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    type_or_id: str,
    *,
    body: AccessMapping,
    terminate_user_sessions: bool | Unset = True,
    accept: str | Unset = UNSET,
    client: AsyncApiClient,
) -> AccessMappingWithId | Any | Error | None:
    """
    Args:
        type_or_id (str):  Example: OAUTH2.
        terminate_user_sessions (bool | Unset):  Default: True. Example: True.
        accept (str | Unset):  Example: application/json.
        body (AccessMapping):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessMappingWithId | Any | Error
    """

    return (
        await asyncio_detailed(
            type_or_id=type_or_id,
            client=client,
            body=body,
            terminate_user_sessions=terminate_user_sessions,
            accept=accept,
        )
    ).parsed
