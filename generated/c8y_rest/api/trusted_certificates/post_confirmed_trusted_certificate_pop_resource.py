from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...api import AsyncApiClient
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.trusted_certificate import TrustedCertificate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tenant_id: str,
    fingerprint: str,
    *,
    accept: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tenant/tenants/{tenant_id}/trusted-certificates-pop/{fingerprint}/confirmed".format(
            tenant_id=quote(str(tenant_id), safe=""),
            fingerprint=quote(str(fingerprint), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Any | Error | TrustedCertificate | None:
    if response.status_code == 200:
        response_200 = TrustedCertificate.from_dict(response.json())

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
        response_422 = Error.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Response[Any | Error | TrustedCertificate]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    tenant_id: str,
    fingerprint: str,
    *,
    client: AuthenticatedClient,
    accept: str | Unset = UNSET,
) -> Response[Any | Error | TrustedCertificate]:
    """
    Args:
        tenant_id (str):  Example: t07007007.
        fingerprint (str):  Example: df9c19e0433c6861fak899078b76fe56a3e7dd14.
        accept (str | Unset):  Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | TrustedCertificate]
    """

    kwargs = _get_kwargs(
        tenant_id=tenant_id,
        fingerprint=fingerprint,
        accept=accept,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tenant_id: str,
    fingerprint: str,
    *,
    client: AuthenticatedClient,
    accept: str | Unset = UNSET,
) -> Any | Error | TrustedCertificate | None:
    """
    Args:
        tenant_id (str):  Example: t07007007.
        fingerprint (str):  Example: df9c19e0433c6861fak899078b76fe56a3e7dd14.
        accept (str | Unset):  Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | TrustedCertificate
    """

    return sync_detailed(
        tenant_id=tenant_id,
        fingerprint=fingerprint,
        client=client,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    tenant_id: str,
    fingerprint: str,
    *,
    accept: str | Unset = UNSET,
    client: AsyncApiClient,
) -> Response[Any | Error | TrustedCertificate]:
    """
    Args:
        tenant_id (str):  Example: t07007007.
        fingerprint (str):  Example: df9c19e0433c6861fak899078b76fe56a3e7dd14.
        accept (str | Unset):  Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | TrustedCertificate]
    """

    kwargs = _get_kwargs(
        tenant_id=tenant_id,
        fingerprint=fingerprint,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant_id: str,
    fingerprint: str,
    *,
    accept: str | Unset = UNSET,
    client: AsyncApiClient,
) -> Any | Error | TrustedCertificate | None:
    """
    Args:
        tenant_id (str):  Example: t07007007.
        fingerprint (str):  Example: df9c19e0433c6861fak899078b76fe56a3e7dd14.
        accept (str | Unset):  Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | TrustedCertificate
    """

    return (
        await asyncio_detailed(
            tenant_id=tenant_id,
            fingerprint=fingerprint,
            client=client,
            accept=accept,
        )
    ).parsed
