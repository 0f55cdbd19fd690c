from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...api import AsyncApiClient
from ...client import AuthenticatedClient, Client
from ...models.application import Application
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: Application,
    accept: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/application/currentApplication",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.com.nsn.cumulocity.application+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Application | Error | None:
    if response.status_code == 200:
        response_200 = Application.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Response[Application | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: Application,
    accept: str | Unset = UNSET,
) -> Response[Application | Error]:
    """
    Args:
        accept (str | Unset):  Example: application/json.
        body (Application):  Example: {'availability': 'PRIVATE', 'contextPath': 'myapplication',
            'id': '20200301', 'key': 'my-application-key', 'name': 'my-application', 'owner': {'self':
            'https://<TENANT_DOMAIN>/tenant/tenants/t07007007', 'tenant': {'id': 't07007007'}},
            'self': 'https://<TENANT_DOMAIN>/application/applications/20200301', 'type': 'HOSTED'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Application | Error]
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
    body: Application,
    accept: str | Unset = UNSET,
) -> Application | Error | None:
    """
    Args:
        accept (str | Unset):  Example: application/json.
        body (Application):  Example: {'availability': 'PRIVATE', 'contextPath': 'myapplication',
            'id': '20200301', 'key': 'my-application-key', 'name': 'my-application', 'owner': {'self':
            'https://<TENANT_DOMAIN>/tenant/tenants/t07007007', 'tenant': {'id': 't07007007'}},
            'self': 'https://<TENANT_DOMAIN>/application/applications/20200301', 'type': 'HOSTED'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Application | Error
    """

    return sync_detailed(
        client=client,
        body=body,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    *,
    body: Application,
    accept: str | Unset = UNSET,
    client: AsyncApiClient,
) -> Response[Application | Error]:
    """
    Args:
        accept (str | Unset):  Example: application/json.
        body (Application):  Example: {'availability': 'PRIVATE', 'contextPath': 'myapplication',
            'id': '20200301', 'key': 'my-application-key', 'name': 'my-application', 'owner': {'self':
            'https://<TENANT_DOMAIN>/tenant/tenants/t07007007', 'tenant': {'id': 't07007007'}},
            'self': 'https://<TENANT_DOMAIN>/application/applications/20200301', 'type': 'HOSTED'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Application | Error]
    """

    kwargs = _get_kwargs(
        body=body,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    body: Application,
    accept: str | Unset = UNSET,
    client: AsyncApiClient,
) -> Application | Error | None:
    """
    Args:
        accept (str | Unset):  Example: application/json.
        body (Application):  Example: {'availability': 'PRIVATE', 'contextPath': 'myapplication',
            'id': '20200301', 'key': 'my-application-key', 'name': 'my-application', 'owner': {'self':
            'https://<TENANT_DOMAIN>/tenant/tenants/t07007007', 'tenant': {'id': 't07007007'}},
            'self': 'https://<TENANT_DOMAIN>/application/applications/20200301', 'type': 'HOSTED'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Application | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            accept=accept,
        )
    ).parsed
