from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...api import AsyncApiClient
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.post_renew_certificate_authority_resource_response_201 import (
    PostRenewCertificateAuthorityResourceResponse201,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    accept: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/certificate-authority/renew",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Error | PostRenewCertificateAuthorityResourceResponse201 | None:
    if response.status_code == 201:
        response_201 = PostRenewCertificateAuthorityResourceResponse201.from_dict(response.json())

        return response_201

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

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
) -> Response[Error | PostRenewCertificateAuthorityResourceResponse201]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    accept: str | Unset = UNSET,
) -> Response[Error | PostRenewCertificateAuthorityResourceResponse201]:
    """
    Args:
        accept (str | Unset):  Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PostRenewCertificateAuthorityResourceResponse201]
    """

    kwargs = _get_kwargs(
        accept=accept,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    accept: str | Unset = UNSET,
) -> Error | PostRenewCertificateAuthorityResourceResponse201 | None:
    """
    Args:
        accept (str | Unset):  Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PostRenewCertificateAuthorityResourceResponse201
    """

    return sync_detailed(
        client=client,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    *,
    accept: str | Unset = UNSET,
    client: AsyncApiClient,
) -> Response[Error | PostRenewCertificateAuthorityResourceResponse201]:
    """
    Args:
        accept (str | Unset):  Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PostRenewCertificateAuthorityResourceResponse201]
    """

    kwargs = _get_kwargs(
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    accept: str | Unset = UNSET,
    client: AsyncApiClient,
) -> Error | PostRenewCertificateAuthorityResourceResponse201 | None:
    """
    Args:
        accept (str | Unset):  Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PostRenewCertificateAuthorityResourceResponse201
    """

    return (
        await asyncio_detailed(
            client=client,
            accept=accept,
        )
    ).parsed
