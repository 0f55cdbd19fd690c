from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...api import AsyncApiClient
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.post_trusted_certificate_collection_resource_x_cumulocity_processing_mode import (
    PostTrustedCertificateCollectionResourceXCumulocityProcessingMode,
)
from ...models.trusted_certificate import TrustedCertificate
from ...models.uploaded_trusted_certificate import UploadedTrustedCertificate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tenant_id: str,
    *,
    body: UploadedTrustedCertificate,
    add_to_trust_store: bool | Unset = True,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PostTrustedCertificateCollectionResourceXCumulocityProcessingMode
    | Unset = PostTrustedCertificateCollectionResourceXCumulocityProcessingMode.PERSISTENT,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    if not isinstance(x_cumulocity_processing_mode, Unset):
        headers["X-Cumulocity-Processing-Mode"] = str(x_cumulocity_processing_mode)

    params: dict[str, Any] = {}

    params["addToTrustStore"] = add_to_trust_store

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tenant/tenants/{tenant_id}/trusted-certificates".format(
            tenant_id=quote(str(tenant_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Any | Error | TrustedCertificate | None:
    if response.status_code == 201:
        response_201 = TrustedCertificate.from_dict(response.json())

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
        response_409 = cast(Any, None)
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
) -> Response[Any | Error | TrustedCertificate]:
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
    body: UploadedTrustedCertificate,
    add_to_trust_store: bool | Unset = True,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PostTrustedCertificateCollectionResourceXCumulocityProcessingMode
    | Unset = PostTrustedCertificateCollectionResourceXCumulocityProcessingMode.PERSISTENT,
) -> Response[Any | Error | TrustedCertificate]:
    """
    Args:
        tenant_id (str):  Example: t07007007.
        add_to_trust_store (bool | Unset):  Default: True. Example: True.
        accept (str | Unset):  Example: application/json.
        x_cumulocity_processing_mode
            (PostTrustedCertificateCollectionResourceXCumulocityProcessingMode | Unset):  Default:
            PostTrustedCertificateCollectionResourceXCumulocityProcessingMode.PERSISTENT. Example:
            PERSISTENT.
        body (UploadedTrustedCertificate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | TrustedCertificate]
    """

    kwargs = _get_kwargs(
        tenant_id=tenant_id,
        body=body,
        add_to_trust_store=add_to_trust_store,
        accept=accept,
        x_cumulocity_processing_mode=x_cumulocity_processing_mode,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tenant_id: str,
    *,
    client: AuthenticatedClient,
    body: UploadedTrustedCertificate,
    add_to_trust_store: bool | Unset = True,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PostTrustedCertificateCollectionResourceXCumulocityProcessingMode
    | Unset = PostTrustedCertificateCollectionResourceXCumulocityProcessingMode.PERSISTENT,
) -> Any | Error | TrustedCertificate | None:
    """
    Args:
        tenant_id (str):  Example: t07007007.
        add_to_trust_store (bool | Unset):  Default: True. Example: True.
        accept (str | Unset):  Example: application/json.
        x_cumulocity_processing_mode
            (PostTrustedCertificateCollectionResourceXCumulocityProcessingMode | Unset):  Default:
            PostTrustedCertificateCollectionResourceXCumulocityProcessingMode.PERSISTENT. Example:
            PERSISTENT.
        body (UploadedTrustedCertificate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | TrustedCertificate
    """

    return sync_detailed(
        tenant_id=tenant_id,
        client=client,
        body=body,
        add_to_trust_store=add_to_trust_store,
        accept=accept,
        x_cumulocity_processing_mode=x_cumulocity_processing_mode,
    ).parsed


async def asyncio_detailed(
    tenant_id: str,
    *,
    body: UploadedTrustedCertificate,
    add_to_trust_store: bool | Unset = True,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PostTrustedCertificateCollectionResourceXCumulocityProcessingMode
    | Unset = PostTrustedCertificateCollectionResourceXCumulocityProcessingMode.PERSISTENT,
    client: AsyncApiClient,
) -> Response[Any | Error | TrustedCertificate]:
    """
    Args:
        tenant_id (str):  Example: t07007007.
        add_to_trust_store (bool | Unset):  Default: True. Example: True.
        accept (str | Unset):  Example: application/json.
        x_cumulocity_processing_mode
            (PostTrustedCertificateCollectionResourceXCumulocityProcessingMode | Unset):  Default:
            PostTrustedCertificateCollectionResourceXCumulocityProcessingMode.PERSISTENT. Example:
            PERSISTENT.
        body (UploadedTrustedCertificate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | TrustedCertificate]
    """

    kwargs = _get_kwargs(
        tenant_id=tenant_id,
        body=body,
        add_to_trust_store=add_to_trust_store,
        accept=accept,
        x_cumulocity_processing_mode=x_cumulocity_processing_mode,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant_id: str,
    *,
    body: UploadedTrustedCertificate,
    add_to_trust_store: bool | Unset = True,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PostTrustedCertificateCollectionResourceXCumulocityProcessingMode
    | Unset = PostTrustedCertificateCollectionResourceXCumulocityProcessingMode.PERSISTENT,
    client: AsyncApiClient,
) -> Any | Error | TrustedCertificate | None:
    """
    Args:
        tenant_id (str):  Example: t07007007.
        add_to_trust_store (bool | Unset):  Default: True. Example: True.
        accept (str | Unset):  Example: application/json.
        x_cumulocity_processing_mode
            (PostTrustedCertificateCollectionResourceXCumulocityProcessingMode | Unset):  Default:
            PostTrustedCertificateCollectionResourceXCumulocityProcessingMode.PERSISTENT. Example:
            PERSISTENT.
        body (UploadedTrustedCertificate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | TrustedCertificate
    """

    return (
        await asyncio_detailed(
            tenant_id=tenant_id,
            client=client,
            body=body,
            add_to_trust_store=add_to_trust_store,
            accept=accept,
            x_cumulocity_processing_mode=x_cumulocity_processing_mode,
        )
    ).parsed
