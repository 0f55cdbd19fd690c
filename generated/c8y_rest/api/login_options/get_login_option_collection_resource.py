from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...api import AsyncApiClient
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.login_option_collection import LoginOptionCollection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    management: bool | Unset = False,
    tenant_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["management"] = management

    params["tenantId"] = tenant_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tenant/loginOptions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Any | Error | LoginOptionCollection | None:
    if response.status_code == 200:
        response_200 = LoginOptionCollection.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Response[Any | Error | LoginOptionCollection]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    management: bool | Unset = False,
    tenant_id: str | Unset = UNSET,
) -> Response[Any | Error | LoginOptionCollection]:
    """
    Args:
        management (bool | Unset):  Default: False. Example: True.
        tenant_id (str | Unset):  Example: t07007007.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | LoginOptionCollection]
    """

    kwargs = _get_kwargs(
        management=management,
        tenant_id=tenant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    management: bool | Unset = False,
    tenant_id: str | Unset = UNSET,
) -> Any | Error | LoginOptionCollection | None:
    """
    Args:
        management (bool | Unset):  Default: False. Example: True.
        tenant_id (str | Unset):  Example: t07007007.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | LoginOptionCollection
    """

    return sync_detailed(
        client=client,
        management=management,
        tenant_id=tenant_id,
    ).parsed


async def asyncio_detailed(
    *,
    management: bool | Unset = False,
    tenant_id: str | Unset = UNSET,
    client: AsyncApiClient,
) -> Response[Any | Error | LoginOptionCollection]:
    """
    Args:
        management (bool | Unset):  Default: False. Example: True.
        tenant_id (str | Unset):  Example: t07007007.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | LoginOptionCollection]
    """

    kwargs = _get_kwargs(
        management=management,
        tenant_id=tenant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    management: bool | Unset = False,
    tenant_id: str | Unset = UNSET,
    client: AsyncApiClient,
) -> Any | Error | LoginOptionCollection | None:
    """
    Args:
        management (bool | Unset):  Default: False. Example: True.
        tenant_id (str | Unset):  Example: t07007007.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | LoginOptionCollection
    """

    return (
        await asyncio_detailed(
            client=client,
            management=management,
            tenant_id=tenant_id,
        )
    ).parsed
