from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...api import AsyncApiClient
from ...client import AuthenticatedClient, Client
from ...models.access_mapping_with_id import AccessMappingWithId
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    type_or_id: str,
    id: str,
    *,
    accept: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tenant/loginOptions/{type_or_id}/accessMappings/{id}".format(
            type_or_id=quote(str(type_or_id), safe=""),
            id=quote(str(id), safe=""),
        ),
    }

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

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

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
    id: str,
    *,
    client: AuthenticatedClient,
    accept: str | Unset = UNSET,
) -> Response[AccessMappingWithId | Any | Error]:
    """
    Args:
        type_or_id (str):  Example: OAUTH2.
        id (str):  Example: d7dfe6aa-6a7d-494b-9575-7e58c1651b86.
        accept (str | Unset):  Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessMappingWithId | Any | Error]
    """

    kwargs = _get_kwargs(
        type_or_id=type_or_id,
        id=id,
        accept=accept,
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
    accept: str | Unset = UNSET,
) -> AccessMappingWithId | Any | Error | None:
    """
    Args:
        type_or_id (str):  Example: OAUTH2.
        id (str):  Example: d7dfe6aa-6a7d-494b-9575-7e58c1651b86.
        accept (str | Unset):  Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessMappingWithId | Any | Error
    """

    return sync_detailed(
        type_or_id=type_or_id,
        id=id,
        client=client,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    type_or_id: str,
    id: str,
    *,
    accept: str | Unset = UNSET,
    client: AsyncApiClient,
) -> Response[AccessMappingWithId | Any | Error]:
    """
    Args:
        type_or_id (str):  Example: OAUTH2.
        id (str):  Example: d7dfe6aa-6a7d-494b-9575-7e58c1651b86.
        accept (str | Unset):  Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessMappingWithId | Any | Error]
    """

    kwargs = _get_kwargs(
        type_or_id=type_or_id,
        id=id,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    type_or_id: str,
    id: str,
    *,
    accept: str | Unset = UNSET,
    client: AsyncApiClient,
) -> AccessMappingWithId | Any | Error | None:
    """
    Args:
        type_or_id (str):  Example: OAUTH2.
        id (str):  Example: d7dfe6aa-6a7d-494b-9575-7e58c1651b86.
        accept (str | Unset):  Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessMappingWithId | Any | Error
    """

    return (
        await asyncio_detailed(
            type_or_id=type_or_id,
            id=id,
            client=client,
            accept=accept,
        )
    ).parsed
