from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...api import AsyncApiClient
from ...client import AuthenticatedClient, Client
from ...models.audit_record import AuditRecord
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: AuditRecord,
    accept: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/audit/auditRecords",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.com.nsn.cumulocity.auditrecord+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Any | AuditRecord | Error | None:
    if response.status_code == 201:
        response_201 = AuditRecord.from_dict(response.json())

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
) -> Response[Any | AuditRecord | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AuditRecord,
    accept: str | Unset = UNSET,
) -> Response[Any | AuditRecord | Error]:
    """
    Args:
        accept (str | Unset):  Example: application/json.
        body (AuditRecord):  Example: {'activity': 'Operation created', 'creationTime':
            '2020-03-19T12:16:31.586Z', 'id': '20200301', 'self':
            'https://<TENANT_DOMAIN>/audit/auditRecords/20200301', 'source': {'id': '251982', 'self':
            'https://<TENANT_DOMAIN>/inventory/managedObjects/251982'}, 'text': "Operation created:
            status='PENDING'", 'time': '2020-03-19T00:00:00.000Z', 'type': 'Operation', 'user':
            'rina'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AuditRecord | Error]
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
    body: AuditRecord,
    accept: str | Unset = UNSET,
) -> Any | AuditRecord | Error | None:
    """
    Args:
        accept (str | Unset):  Example: application/json.
        body (AuditRecord):  Example: {'activity': 'Operation created', 'creationTime':
            '2020-03-19T12:16:31.586Z', 'id': '20200301', 'self':
            'https://<TENANT_DOMAIN>/audit/auditRecords/20200301', 'source': {'id': '251982', 'self':
            'https://<TENANT_DOMAIN>/inventory/managedObjects/251982'}, 'text': "Operation created:
            status='PENDING'", 'time': '2020-03-19T00:00:00.000Z', 'type': 'Operation', 'user':
            'rina'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AuditRecord | Error
    """

    return sync_detailed(
        client=client,
        body=body,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    *,
    body: AuditRecord,
    accept: str | Unset = UNSET,
    client: AsyncApiClient,
) -> Response[Any | AuditRecord | Error]:
    """
    Args:
        accept (str | Unset):  Example: application/json.
        body (AuditRecord):  Example: {'activity': 'Operation created', 'creationTime':
            '2020-03-19T12:16:31.586Z', 'id': '20200301', 'self':
            'https://<TENANT_DOMAIN>/audit/auditRecords/20200301', 'source': {'id': '251982', 'self':
            'https://<TENANT_DOMAIN>/inventory/managedObjects/251982'}, 'text': "Operation created:
            status='PENDING'", 'time': '2020-03-19T00:00:00.000Z', 'type': 'Operation', 'user':
            'rina'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AuditRecord | Error]
    """

    kwargs = _get_kwargs(
        body=body,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    body: AuditRecord,
    accept: str | Unset = UNSET,
    client: AsyncApiClient,
) -> Any | AuditRecord | Error | None:
    """
    Args:
        accept (str | Unset):  Example: application/json.
        body (AuditRecord):  Example: {'activity': 'Operation created', 'creationTime':
            '2020-03-19T12:16:31.586Z', 'id': '20200301', 'self':
            'https://<TENANT_DOMAIN>/audit/auditRecords/20200301', 'source': {'id': '251982', 'self':
            'https://<TENANT_DOMAIN>/inventory/managedObjects/251982'}, 'text': "Operation created:
            status='PENDING'", 'time': '2020-03-19T00:00:00.000Z', 'type': 'Operation', 'user':
            'rina'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AuditRecord | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            accept=accept,
        )
    ).parsed
