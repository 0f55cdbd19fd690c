from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...api import AsyncApiClient
from ...client import AuthenticatedClient, Client
from ...models.access_token import AccessToken
from ...models.error import Error
from ...models.login_form import LoginForm
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: LoginForm,
    tenant_id: str | Unset = UNSET,
    accept: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    params: dict[str, Any] = {}

    params["tenant_id"] = tenant_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tenant/oauth/token",
        "params": params,
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> AccessToken | Any | Error | None:
    if response.status_code == 200:
        response_200 = AccessToken.from_dict(response.json())

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
) -> Response[AccessToken | Any | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LoginForm,
    tenant_id: str | Unset = UNSET,
    accept: str | Unset = UNSET,
) -> Response[AccessToken | Any | Error]:
    """
    Args:
        tenant_id (str | Unset):  Example: t07007007.
        accept (str | Unset):  Example: application/json.
        body (LoginForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessToken | Any | Error]
    """

    kwargs = _get_kwargs(
        body=body,
        tenant_id=tenant_id,
        accept=accept,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: LoginForm,
    tenant_id: str | Unset = UNSET,
    accept: str | Unset = UNSET,
) -> AccessToken | Any | Error | None:
    """
    Args:
        tenant_id (str | Unset):  Example: t07007007.
        accept (str | Unset):  Example: application/json.
        body (LoginForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessToken | Any | Error
    """

    return sync_detailed(
        client=client,
        body=body,
        tenant_id=tenant_id,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    *,
    body: LoginForm,
    tenant_id: str | Unset = UNSET,
    accept: str | Unset = UNSET,
    client: AsyncApiClient,
) -> Response[AccessToken | Any | Error]:
    """
    Args:
        tenant_id (str | Unset):  Example: t07007007.
        accept (str | Unset):  Example: application/json.
        body (LoginForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessToken | Any | Error]
    """

    kwargs = _get_kwargs(
        body=body,
        tenant_id=tenant_id,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    body: LoginForm,
    tenant_id: str | Unset = UNSET,
    accept: str | Unset = UNSET,
    client: AsyncApiClient,
) -> AccessToken | Any | Error | None:
    """
    Args:
        tenant_id (str | Unset):  Example: t07007007.
        accept (str | Unset):  Example: application/json.
        body (LoginForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessToken | Any | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            tenant_id=tenant_id,
            accept=accept,
        )
    ).parsed
