from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...api import AsyncApiClient
from ...client import AuthenticatedClient, Client
from ...models.application import Application
from ...models.error import Error
from ...models.post_binary_application_content_resource_body import PostBinaryApplicationContentResourceBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    body: PostBinaryApplicationContentResourceBody,
    clear_conflicting_options: bool | Unset = False,
    accept: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    params: dict[str, Any] = {}

    params["clearConflictingOptions"] = clear_conflicting_options

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/application/applications/{id}/binaries".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Any | Application | Error | None:
    if response.status_code == 201:
        response_201 = Application.from_dict(response.json())

        return response_201

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
) -> Response[Any | Application | Error]:
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
    body: PostBinaryApplicationContentResourceBody,
    clear_conflicting_options: bool | Unset = False,
    accept: str | Unset = UNSET,
) -> Response[Any | Application | Error]:
    """
    Args:
        id (str):  Example: 20200301.
        clear_conflicting_options (bool | Unset):  Default: False. Example: True.
        accept (str | Unset):  Example: application/json.
        body (PostBinaryApplicationContentResourceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Application | Error]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        clear_conflicting_options=clear_conflicting_options,
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
    body: PostBinaryApplicationContentResourceBody,
    clear_conflicting_options: bool | Unset = False,
    accept: str | Unset = UNSET,
) -> Any | Application | Error | None:
    """
    Args:
        id (str):  Example: 20200301.
        clear_conflicting_options (bool | Unset):  Default: False. Example: True.
        accept (str | Unset):  Example: application/json.
        body (PostBinaryApplicationContentResourceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Application | Error
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        clear_conflicting_options=clear_conflicting_options,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    body: PostBinaryApplicationContentResourceBody,
    clear_conflicting_options: bool | Unset = False,
    accept: str | Unset = UNSET,
    client: AsyncApiClient,
) -> Response[Any | Application | Error]:
    """
    Args:
        id (str):  Example: 20200301.
        clear_conflicting_options (bool | Unset):  Default: False. Example: True.
        accept (str | Unset):  Example: application/json.
        body (PostBinaryApplicationContentResourceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Application | Error]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        clear_conflicting_options=clear_conflicting_options,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    body: PostBinaryApplicationContentResourceBody,
    clear_conflicting_options: bool | Unset = False,
    accept: str | Unset = UNSET,
    client: AsyncApiClient,
) -> Any | Application | Error | None:
    """
    Args:
        id (str):  Example: 20200301.
        clear_conflicting_options (bool | Unset):  Default: False. Example: True.
        accept (str | Unset):  Example: application/json.
        body (PostBinaryApplicationContentResourceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Application | Error
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            clear_conflicting_options=clear_conflicting_options,
            accept=accept,
        )
    ).parsed
