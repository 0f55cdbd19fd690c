from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...api import AsyncApiClient
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.tenant_collection import TenantCollection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    current_page: int | Unset = 1,
    page_size: int | Unset = 5,
    with_total_elements: bool | Unset = False,
    with_total_pages: bool | Unset = False,
    company: str | Unset = UNSET,
    domain: str | Unset = UNSET,
    parent: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["currentPage"] = current_page

    params["pageSize"] = page_size

    params["withTotalElements"] = with_total_elements

    params["withTotalPages"] = with_total_pages

    params["company"] = company

    params["domain"] = domain

    params["parent"] = parent

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tenant/tenants",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Any | Error | TenantCollection | None:
    if response.status_code == 200:
        response_200 = TenantCollection.from_dict(response.json())

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
) -> Response[Any | Error | TenantCollection]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    current_page: int | Unset = 1,
    page_size: int | Unset = 5,
    with_total_elements: bool | Unset = False,
    with_total_pages: bool | Unset = False,
    company: str | Unset = UNSET,
    domain: str | Unset = UNSET,
    parent: str | Unset = UNSET,
) -> Response[Any | Error | TenantCollection]:
    """
    Args:
        current_page (int | Unset):  Default: 1. Example: 3.
        page_size (int | Unset):  Default: 5. Example: 10.
        with_total_elements (bool | Unset):  Default: False. Example: True.
        with_total_pages (bool | Unset):  Default: False. Example: True.
        company (str | Unset):  Example: ACME AG.
        domain (str | Unset):  Example: mytenant.cumulocity.com.
        parent (str | Unset):  Example: management.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | TenantCollection]
    """

    kwargs = _get_kwargs(
        current_page=current_page,
        page_size=page_size,
        with_total_elements=with_total_elements,
        with_total_pages=with_total_pages,
        company=company,
        domain=domain,
        parent=parent,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    current_page: int | Unset = 1,
    page_size: int | Unset = 5,
    with_total_elements: bool | Unset = False,
    with_total_pages: bool | Unset = False,
    company: str | Unset = UNSET,
    domain: str | Unset = UNSET,
    parent: str | Unset = UNSET,
) -> Any | Error | TenantCollection | None:
    """
    Args:
        current_page (int | Unset):  Default: 1. Example: 3.
        page_size (int | Unset):  Default: 5. Example: 10.
        with_total_elements (bool | Unset):  Default: False. Example: True.
        with_total_pages (bool | Unset):  Default: False. Example: True.
        company (str | Unset):  Example: ACME AG.
        domain (str | Unset):  Example: mytenant.cumulocity.com.
        parent (str | Unset):  Example: management.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | TenantCollection
    """

    return sync_detailed(
        client=client,
        current_page=current_page,
        page_size=page_size,
        with_total_elements=with_total_elements,
        with_total_pages=with_total_pages,
        company=company,
        domain=domain,
        parent=parent,
    ).parsed


async def asyncio_detailed(
    *,
    current_page: int | Unset = 1,
    page_size: int | Unset = 5,
    with_total_elements: bool | Unset = False,
    with_total_pages: bool | Unset = False,
    company: str | Unset = UNSET,
    domain: str | Unset = UNSET,
    parent: str | Unset = UNSET,
    client: AsyncApiClient,
) -> Response[Any | Error | TenantCollection]:
    """
    Args:
        current_page (int | Unset):  Default: 1. Example: 3.
        page_size (int | Unset):  Default: 5. Example: 10.
        with_total_elements (bool | Unset):  Default: False. Example: True.
        with_total_pages (bool | Unset):  Default: False. Example: True.
        company (str | Unset):  Example: ACME AG.
        domain (str | Unset):  Example: mytenant.cumulocity.com.
        parent (str | Unset):  Example: management.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | TenantCollection]
    """

    kwargs = _get_kwargs(
        current_page=current_page,
        page_size=page_size,
        with_total_elements=with_total_elements,
        with_total_pages=with_total_pages,
        company=company,
        domain=domain,
        parent=parent,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    current_page: int | Unset = 1,
    page_size: int | Unset = 5,
    with_total_elements: bool | Unset = False,
    with_total_pages: bool | Unset = False,
    company: str | Unset = UNSET,
    domain: str | Unset = UNSET,
    parent: str | Unset = UNSET,
    client: AsyncApiClient,
) -> Any | Error | TenantCollection | None:
    """
    Args:
        current_page (int | Unset):  Default: 1. Example: 3.
        page_size (int | Unset):  Default: 5. Example: 10.
        with_total_elements (bool | Unset):  Default: False. Example: True.
        with_total_pages (bool | Unset):  Default: False. Example: True.
        company (str | Unset):  Example: ACME AG.
        domain (str | Unset):  Example: mytenant.cumulocity.com.
        parent (str | Unset):  Example: management.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | TenantCollection
    """

    return (
        await asyncio_detailed(
            client=client,
            current_page=current_page,
            page_size=page_size,
            with_total_elements=with_total_elements,
            with_total_pages=with_total_pages,
            company=company,
            domain=domain,
            parent=parent,
        )
    ).parsed
