from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...api import AsyncApiClient
from ...client import AuthenticatedClient, Client
from ...models.auth_config import AuthConfig
from ...models.error import Error
from ...models.post_login_option_collection_resource_body import PostLoginOptionCollectionResourceBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: PostLoginOptionCollectionResourceBody,
    accept: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tenant/loginOptions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.com.nsn.cumulocity.authconfig+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Any | AuthConfig | Error | None:
    if response.status_code == 200:
        response_200 = AuthConfig.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

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
) -> Response[Any | AuthConfig | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PostLoginOptionCollectionResourceBody,
    accept: str | Unset = UNSET,
) -> Response[Any | AuthConfig | Error]:
    """
    Args:
        accept (str | Unset):  Example: application/json.
        body (PostLoginOptionCollectionResourceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AuthConfig | Error]
    """

    kwargs = _get_kwargs(
        body=body,
        accept=accept,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: PostLoginOptionCollectionResourceBody,
    accept: str | Unset = UNSET,
) -> Any | AuthConfig | Error | None:
    """
    Args:
        accept (str | Unset):  Example: application/json.
        body (PostLoginOptionCollectionResourceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AuthConfig | Error
    """

    return sync_detailed(
        client=client,
        body=body,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    *,
    body: PostLoginOptionCollectionResourceBody,
    accept: str | Unset = UNSET,
    client: AsyncApiClient,
) -> Response[Any | AuthConfig | Error]:
    """
    Args:
        accept (str | Unset):  Example: application/json.
        body (PostLoginOptionCollectionResourceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AuthConfig | Error]
    """

    kwargs = _get_kwargs(
        body=body,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    body: PostLoginOptionCollectionResourceBody,
    accept: str | Unset = UNSET,
    client: AsyncApiClient,
) -> Any | AuthConfig | Error | None:
    """
    Args:
        accept (str | Unset):  Example: application/json.
        body (PostLoginOptionCollectionResourceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AuthConfig | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            accept=accept,
        )
    ).parsed
