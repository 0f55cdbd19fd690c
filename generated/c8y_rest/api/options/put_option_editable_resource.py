from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...api import AsyncApiClient
from ...client import AuthenticatedClient, Client
from ...models.editable_option import EditableOption
from ...models.error import Error
from ...types import UNSET, Response


def _get_kwargs(
    category: str,
    key: str,
    *,
    body: EditableOption,
    target_tenant: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["targetTenant"] = target_tenant

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/tenant/options/{category}/{key}/editable".format(
            category=quote(str(category), safe=""),
            key=quote(str(key), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Any | Error | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
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

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Response[Any | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    category: str,
    key: str,
    *,
    client: AuthenticatedClient,
    body: EditableOption,
    target_tenant: str,
) -> Response[Any | Error]:
    """
    Args:
        category (str):  Example: alarm.type.mapping.
        key (str):  Example: temp_too_high.
        target_tenant (str):  Example: t07007007.
        body (EditableOption):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        category=category,
        key=key,
        body=body,
        target_tenant=target_tenant,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    category: str,
    key: str,
    *,
    client: AuthenticatedClient,
    body: EditableOption,
    target_tenant: str,
) -> Any | Error | None:
    """
    Args:
        category (str):  Example: alarm.type.mapping.
        key (str):  Example: temp_too_high.
        target_tenant (str):  Example: t07007007.
        body (EditableOption):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        category=category,
        key=key,
        client=client,
        body=body,
        target_tenant=target_tenant,
    ).parsed


async def asyncio_detailed(
    category: str,
    key: str,
    *,
    body: EditableOption,
    target_tenant: str,
    client: AsyncApiClient,
) -> Response[Any | Error]:
    """
    Args:
        category (str):  Example: alarm.type.mapping.
        key (str):  Example: temp_too_high.
        target_tenant (str):  Example: t07007007.
        body (EditableOption):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        category=category,
        key=key,
        body=body,
        target_tenant=target_tenant,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    category: str,
    key: str,
    *,
    body: EditableOption,
    target_tenant: str,
    client: AsyncApiClient,
) -> Any | Error | None:
    """
    Args:
        category (str):  Example: alarm.type.mapping.
        key (str):  Example: temp_too_high.
        target_tenant (str):  Example: t07007007.
        body (EditableOption):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            category=category,
            key=key,
            client=client,
            body=body,
            target_tenant=target_tenant,
        )
    ).parsed
