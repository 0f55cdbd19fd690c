from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...api import AsyncApiClient
from ...client import AuthenticatedClient, Client
from ...models.application_version import ApplicationVersion
from ...models.error import Error
from ...models.get_application_version_resource_accept import GetApplicationVersionResourceAccept
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    version: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    accept: GetApplicationVersionResourceAccept,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Accept"] = str(accept)

    params: dict[str, Any] = {}

    params["version"] = version

    params["tag"] = tag

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/application/applications/{id}/versions?version=1.0".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Any | ApplicationVersion | Error | None:
    if response.status_code == 200:
        response_200 = ApplicationVersion.from_dict(response.json())

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

    if response.status_code == 422:
        response_422 = cast(Any, None)
        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Response[Any | ApplicationVersion | Error]:
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
    version: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    accept: GetApplicationVersionResourceAccept,
) -> Response[Any | ApplicationVersion | Error]:
    """
    Args:
        id (str):  Example: 20200301.
        version (str | Unset):  Example: 1.
        tag (str | Unset):  Example: tag1.
        accept (GetApplicationVersionResourceAccept):  Example:
            application/vnd.com.nsn.cumulocity.applicationVersion+json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApplicationVersion | Error]
    """

    kwargs = _get_kwargs(
        id=id,
        version=version,
        tag=tag,
        accept=accept,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    version: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    accept: GetApplicationVersionResourceAccept,
) -> Any | ApplicationVersion | Error | None:
    """
    Args:
        id (str):  Example: 20200301.
        version (str | Unset):  Example: 1.
        tag (str | Unset):  Example: tag1.
        accept (GetApplicationVersionResourceAccept):  Example:
            application/vnd.com.nsn.cumulocity.applicationVersion+json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApplicationVersion | Error
    """

    return sync_detailed(
        id=id,
        client=client,
        version=version,
        tag=tag,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    version: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    accept: GetApplicationVersionResourceAccept,
    client: AsyncApiClient,
) -> Response[Any | ApplicationVersion | Error]:
    """
    Args:
        id (str):  Example: 20200301.
        version (str | Unset):  Example: 1.
        tag (str | Unset):  Example: tag1.
        accept (GetApplicationVersionResourceAccept):  Example:
            application/vnd.com.nsn.cumulocity.applicationVersion+json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApplicationVersion | Error]
    """

    kwargs = _get_kwargs(
        id=id,
        version=version,
        tag=tag,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    version: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    accept: GetApplicationVersionResourceAccept,
    client: AsyncApiClient,
) -> Any | ApplicationVersion | Error | None:
    """
    Args:
        id (str):  Example: 20200301.
        version (str | Unset):  Example: 1.
        tag (str | Unset):  Example: tag1.
        accept (GetApplicationVersionResourceAccept):  Example:
            application/vnd.com.nsn.cumulocity.applicationVersion+json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApplicationVersion | Error
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            version=version,
            tag=tag,
            accept=accept,
        )
    ).parsed
