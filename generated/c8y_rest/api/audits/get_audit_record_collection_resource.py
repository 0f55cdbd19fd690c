import datetime
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...api import AsyncApiClient
from ...client import AuthenticatedClient, Client
from ...models.audit_record_collection import AuditRecordCollection
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    application: str | Unset = UNSET,
    current_page: int | Unset = 1,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    page_size: int | Unset = 5,
    source: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    user: str | Unset = UNSET,
    with_total_elements: bool | Unset = False,
    with_total_pages: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["application"] = application

    params["currentPage"] = current_page

    json_date_from: str | Unset = UNSET
    if not isinstance(date_from, Unset):
        json_date_from = date_from.isoformat()
    params["dateFrom"] = json_date_from

    json_date_to: str | Unset = UNSET
    if not isinstance(date_to, Unset):
        json_date_to = date_to.isoformat()
    params["dateTo"] = json_date_to

    params["pageSize"] = page_size

    params["source"] = source

    params["type"] = type_

    params["user"] = user

    params["withTotalElements"] = with_total_elements

    params["withTotalPages"] = with_total_pages

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/audit/auditRecords",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Any | AuditRecordCollection | Error | None:
    if response.status_code == 200:
        response_200 = AuditRecordCollection.from_dict(response.json())

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
) -> Response[Any | AuditRecordCollection | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    application: str | Unset = UNSET,
    current_page: int | Unset = 1,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    page_size: int | Unset = 5,
    source: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    user: str | Unset = UNSET,
    with_total_elements: bool | Unset = False,
    with_total_pages: bool | Unset = False,
) -> Response[Any | AuditRecordCollection | Error]:
    """
    Args:
        application (str | Unset):  Example: cockpit.
        current_page (int | Unset):  Default: 1. Example: 3.
        date_from (datetime.datetime | Unset):  Example: 2020-03-01.
        date_to (datetime.datetime | Unset):  Example: 2020-03-30.
        page_size (int | Unset):  Default: 5. Example: 10.
        source (str | Unset):  Example: 251994.
        type_ (str | Unset):  Example: Operation.
        user (str | Unset):  Example: rina.
        with_total_elements (bool | Unset):  Default: False. Example: True.
        with_total_pages (bool | Unset):  Default: False. Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AuditRecordCollection | Error]
    """

    kwargs = _get_kwargs(
        application=application,
        current_page=current_page,
        date_from=date_from,
        date_to=date_to,
        page_size=page_size,
        source=source,
        type_=type_,
        user=user,
        with_total_elements=with_total_elements,
        with_total_pages=with_total_pages,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    application: str | Unset = UNSET,
    current_page: int | Unset = 1,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    page_size: int | Unset = 5,
    source: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    user: str | Unset = UNSET,
    with_total_elements: bool | Unset = False,
    with_total_pages: bool | Unset = False,
) -> Any | AuditRecordCollection | Error | None:
    """
    Args:
        application (str | Unset):  Example: cockpit.
        current_page (int | Unset):  Default: 1. Example: 3.
        date_from (datetime.datetime | Unset):  Example: 2020-03-01.
        date_to (datetime.datetime | Unset):  Example: 2020-03-30.
        page_size (int | Unset):  Default: 5. Example: 10.
        source (str | Unset):  Example: 251994.
        type_ (str | Unset):  Example: Operation.
        user (str | Unset):  Example: rina.
        with_total_elements (bool | Unset):  Default: False. Example: True.
        with_total_pages (bool | Unset):  Default: False. Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AuditRecordCollection | Error
    """

    return sync_detailed(
        client=client,
        application=application,
        current_page=current_page,
        date_from=date_from,
        date_to=date_to,
        page_size=page_size,
        source=source,
        type_=type_,
        user=user,
        with_total_elements=with_total_elements,
        with_total_pages=with_total_pages,
    ).parsed


async def asyncio_detailed(
    *,
    application: str | Unset = UNSET,
    current_page: int | Unset = 1,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    page_size: int | Unset = 5,
    source: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    user: str | Unset = UNSET,
    with_total_elements: bool | Unset = False,
    with_total_pages: bool | Unset = False,
    client: AsyncApiClient,
) -> Response[Any | AuditRecordCollection | Error]:
    """
    Args:
        application (str | Unset):  Example: cockpit.
        current_page (int | Unset):  Default: 1. Example: 3.
        date_from (datetime.datetime | Unset):  Example: 2020-03-01.
        date_to (datetime.datetime | Unset):  Example: 2020-03-30.
        page_size (int | Unset):  Default: 5. Example: 10.
        source (str | Unset):  Example: 251994.
        type_ (str | Unset):  Example: Operation.
        user (str | Unset):  Example: rina.
        with_total_elements (bool | Unset):  Default: False. Example: True.
        with_total_pages (bool | Unset):  Default: False. Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AuditRecordCollection | Error]
    """

    kwargs = _get_kwargs(
        application=application,
        current_page=current_page,
        date_from=date_from,
        date_to=date_to,
        page_size=page_size,
        source=source,
        type_=type_,
        user=user,
        with_total_elements=with_total_elements,
        with_total_pages=with_total_pages,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    application: str | Unset = UNSET,
    current_page: int | Unset = 1,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    page_size: int | Unset = 5,
    source: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    user: str | Unset = UNSET,
    with_total_elements: bool | Unset = False,
    with_total_pages: bool | Unset = False,
    client: AsyncApiClient,
) -> Any | AuditRecordCollection | Error | None:
    """
    Args:
        application (str | Unset):  Example: cockpit.
        current_page (int | Unset):  Default: 1. Example: 3.
        date_from (datetime.datetime | Unset):  Example: 2020-03-01.
        date_to (datetime.datetime | Unset):  Example: 2020-03-30.
        page_size (int | Unset):  Default: 5. Example: 10.
        source (str | Unset):  Example: 251994.
        type_ (str | Unset):  Example: Operation.
        user (str | Unset):  Example: rina.
        with_total_elements (bool | Unset):  Default: False. Example: True.
        with_total_pages (bool | Unset):  Default: False. Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AuditRecordCollection | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            application=application,
            current_page=current_page,
            date_from=date_from,
            date_to=date_to,
            page_size=page_size,
            source=source,
            type_=type_,
            user=user,
            with_total_elements=with_total_elements,
            with_total_pages=with_total_pages,
        )
    ).parsed
