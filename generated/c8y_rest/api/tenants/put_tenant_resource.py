from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...api import AsyncApiClient
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.put_tenant_resource_body import PutTenantResourceBody
from ...models.tenant import Tenant
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tenant_id: str,
    *,
    body: PutTenantResourceBody,
    accept: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/tenant/tenants/{tenant_id}".format(
            tenant_id=quote(str(tenant_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.com.nsn.cumulocity.tenant+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Any | Error | Tenant | None:
    if response.status_code == 200:
        response_200 = Tenant.from_dict(response.json())

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
) -> Response[Any | Error | Tenant]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    tenant_id: str,
    *,
    client: AuthenticatedClient,
    body: PutTenantResourceBody,
    accept: str | Unset = UNSET,
) -> Response[Any | Error | Tenant]:
    """
    Args:
        tenant_id (str):  Example: t07007007.
        accept (str | Unset):  Example: application/json.
        body (PutTenantResourceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | Tenant]
    """

    kwargs = _get_kwargs(
        tenant_id=tenant_id,
        body=body,
        accept=accept,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tenant_id: str,
    *,
    client: AuthenticatedClient,
    body: PutTenantResourceBody,
    accept: str | Unset = UNSET,
) -> Any | Error | Tenant | None:
    """
    Args:
        tenant_id (str):  Example: t07007007.
        accept (str | Unset):  Example: application/json.
        body (PutTenantResourceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | Tenant
    """

    return sync_detailed(
        tenant_id=tenant_id,
        client=client,
        body=body,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    tenant_id: str,
    *,
    body: PutTenantResourceBody,
    accept: str | Unset = UNSET,
    client: AsyncApiClient,
) -> Response[Any | Error | Tenant]:
    """
    Args:
        tenant_id (str):  Example: t07007007.
        accept (str | Unset):  Example: application/json.
        body (PutTenantResourceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | Tenant]
    """

    kwargs = _get_kwargs(
        tenant_id=tenant_id,
        body=body,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant_id: str,
    *,
    body: PutTenantResourceBody,
    accept: str | Unset = UNSET,
    client: AsyncApiClient,
) -> Any | Error | Tenant | None:
    """
    Args:
        tenant_id (str):  Example: t07007007.
        accept (str | Unset):  Example: application/json.
        body (PutTenantResourceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | Tenant
    """

    return (
        await asyncio_detailed(
            tenant_id=tenant_id,
            client=client,
            body=body,
            accept=accept,
        )
    ).parsed
