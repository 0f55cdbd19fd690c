from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...api import AsyncApiClient
from ...client import AuthenticatedClient, Client
from ...models.application_version import ApplicationVersion
from ...models.application_version_tag import ApplicationVersionTag
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    version: str,
    *,
    body: ApplicationVersionTag,
    accept: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/application/applications/{id}/versions/{version}".format(
            id=quote(str(id), safe=""),
            version=quote(str(version), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Any | ApplicationVersion | Error | None:
    if response.status_code == 201:
        response_201 = ApplicationVersion.from_dict(response.json())

        return response_201

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

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
    version: str,
    *,
    client: AuthenticatedClient,
    body: ApplicationVersionTag,
    accept: str | Unset = UNSET,
) -> Response[Any | ApplicationVersion | Error]:
    """
    Args:
        id (str):  Example: 20200301.
        version (str):  Example: 1.0.
        accept (str | Unset):  Example: application/json.
        body (ApplicationVersionTag):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApplicationVersion | Error]
    """

    kwargs = _get_kwargs(
        id=id,
        version=version,
        body=body,
        accept=accept,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    version: str,
    *,
    client: AuthenticatedClient,
    body: ApplicationVersionTag,
    accept: str | Unset = UNSET,
) -> Any | ApplicationVersion | Error | None:
    """
    Args:
        id (str):  Example: 20200301.
        version (str):  Example: 1.0.
        accept (str | Unset):  Example: application/json.
        body (ApplicationVersionTag):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApplicationVersion | Error
    """

    return sync_detailed(
        id=id,
        version=version,
        client=client,
        body=body,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    id: str,
    version: str,
    *,
    body: ApplicationVersionTag,
    accept: str | Unset = UNSET,
    client: AsyncApiClient,
) -> Response[Any | ApplicationVersion | Error]:
    """
    Args:
        id (str):  Example: 20200301.
        version (str):  Example: 1.0.
        accept (str | Unset):  Example: application/json.
        body (ApplicationVersionTag):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApplicationVersion | Error]
    """

    kwargs = _get_kwargs(
        id=id,
        version=version,
        body=body,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    version: str,
    *,
    body: ApplicationVersionTag,
    accept: str | Unset = UNSET,
    client: AsyncApiClient,
) -> Any | ApplicationVersion | Error | None:
    """
    Args:
        id (str):  Example: 20200301.
        version (str):  Example: 1.0.
        accept (str | Unset):  Example: application/json.
        body (ApplicationVersionTag):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApplicationVersion | Error
    """

    return (
        await asyncio_detailed(
            id=id,
            version=version,
            client=client,
            body=body,
            accept=accept,
        )
    ).parsed
