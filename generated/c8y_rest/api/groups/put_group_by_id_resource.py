from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...api import AsyncApiClient
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.group import Group
from ...models.put_group_by_id_resource_body import PutGroupByIdResourceBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tenant_id: str,
    group_id: int,
    *,
    body: PutGroupByIdResourceBody,
    force_logout: bool | Unset = False,
    accept: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    params: dict[str, Any] = {}

    params["forceLogout"] = force_logout

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/user/{tenant_id}/groups/{group_id}".format(
            tenant_id=quote(str(tenant_id), safe=""),
            group_id=quote(str(group_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.com.nsn.cumulocity.group+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Any | Error | Group | None:
    if response.status_code == 200:
        response_200 = Group.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

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
) -> Response[Any | Error | Group]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    tenant_id: str,
    group_id: int,
    *,
    client: AuthenticatedClient,
    body: PutGroupByIdResourceBody,
    force_logout: bool | Unset = False,
    accept: str | Unset = UNSET,
) -> Response[Any | Error | Group]:
    """
    Args:
        tenant_id (str):  Example: t07007007.
        group_id (int):  Example: 2.
        force_logout (bool | Unset):  Default: False. Example: True.
        accept (str | Unset):  Example: application/json.
        body (PutGroupByIdResourceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | Group]
    """

    kwargs = _get_kwargs(
        tenant_id=tenant_id,
        group_id=group_id,
        body=body,
        force_logout=force_logout,
        accept=accept,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tenant_id: str,
    group_id: int,
    *,
    client: AuthenticatedClient,
    body: PutGroupByIdResourceBody,
    force_logout: bool | Unset = False,
    accept: str | Unset = UNSET,
) -> Any | Error | Group | None:
    """
    Args:
        tenant_id (str):  Example: t07007007.
        group_id (int):  Example: 2.
        force_logout (bool | Unset):  Default: False. Example: True.
        accept (str | Unset):  Example: application/json.
        body (PutGroupByIdResourceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | Group
    """

    return sync_detailed(
        tenant_id=tenant_id,
        group_id=group_id,
        client=client,
        body=body,
        force_logout=force_logout,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    tenant_id: str,
    group_id: int,
    *,
    body: PutGroupByIdResourceBody,
    force_logout: bool | Unset = False,
    accept: str | Unset = UNSET,
    client: AsyncApiClient,
) -> Response[Any | Error | Group]:
    """
    Args:
        tenant_id (str):  Example: t07007007.
        group_id (int):  Example: 2.
        force_logout (bool | Unset):  Default: False. Example: True.
        accept (str | Unset):  Example: application/json.
        body (PutGroupByIdResourceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | Group]
    """

    kwargs = _get_kwargs(
        tenant_id=tenant_id,
        group_id=group_id,
        body=body,
        force_logout=force_logout,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tenant_id: str,
    group_id: int,
    *,
    body: PutGroupByIdResourceBody,
    force_logout: bool | Unset = False,
    accept: str | Unset = UNSET,
    client: AsyncApiClient,
) -> Any | Error | Group | None:
    """
    Args:
        tenant_id (str):  Example: t07007007.
        group_id (int):  Example: 2.
        force_logout (bool | Unset):  Default: False. Example: True.
        accept (str | Unset):  Example: application/json.
        body (PutGroupByIdResourceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | Group
    """

    return (
        await asyncio_detailed(
            tenant_id=tenant_id,
            group_id=group_id,
            client=client,
            body=body,
            force_logout=force_logout,
            accept=accept,
        )
    ).parsed
