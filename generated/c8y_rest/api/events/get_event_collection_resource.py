import datetime
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...api import AsyncApiClient
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.event_collection import EventCollection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    created_from: datetime.datetime | Unset = UNSET,
    created_to: datetime.datetime | Unset = UNSET,
    current_page: int | Unset = 1,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    fragment_type: str | Unset = UNSET,
    fragment_value: str | Unset = UNSET,
    last_updated_from: datetime.datetime | Unset = UNSET,
    last_updated_to: datetime.datetime | Unset = UNSET,
    page_size: int | Unset = 5,
    revert: bool | Unset = False,
    source: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    with_source_children: bool | Unset = False,
    with_source_assets: bool | Unset = False,
    with_source_devices: bool | Unset = False,
    with_source_additions: bool | Unset = False,
    with_total_elements: bool | Unset = False,
    with_total_pages: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_created_from: str | Unset = UNSET
    if not isinstance(created_from, Unset):
        json_created_from = created_from.isoformat()
    params["createdFrom"] = json_created_from

    json_created_to: str | Unset = UNSET
    if not isinstance(created_to, Unset):
        json_created_to = created_to.isoformat()
    params["createdTo"] = json_created_to

    params["currentPage"] = current_page

    json_date_from: str | Unset = UNSET
    if not isinstance(date_from, Unset):
        json_date_from = date_from.isoformat()
    params["dateFrom"] = json_date_from

    json_date_to: str | Unset = UNSET
    if not isinstance(date_to, Unset):
        json_date_to = date_to.isoformat()
    params["dateTo"] = json_date_to

    params["fragmentType"] = fragment_type

    params["fragmentValue"] = fragment_value

    json_last_updated_from: str | Unset = UNSET
    if not isinstance(last_updated_from, Unset):
        json_last_updated_from = last_updated_from.isoformat()
    params["lastUpdatedFrom"] = json_last_updated_from

    json_last_updated_to: str | Unset = UNSET
    if not isinstance(last_updated_to, Unset):
        json_last_updated_to = last_updated_to.isoformat()
    params["lastUpdatedTo"] = json_last_updated_to

    params["pageSize"] = page_size

    params["revert"] = revert

    params["source"] = source

    params["type"] = type_

    params["withSourceChildren"] = with_source_children

    params["withSourceAssets"] = with_source_assets

    params["withSourceDevices"] = with_source_devices

    params["withSourceAdditions"] = with_source_additions

    params["withTotalElements"] = with_total_elements

    params["withTotalPages"] = with_total_pages

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/event/events",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Any | Error | EventCollection | None:
    if response.status_code == 200:
        response_200 = EventCollection.from_dict(response.json())

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
) -> Response[Any | Error | EventCollection]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    created_from: datetime.datetime | Unset = UNSET,
    created_to: datetime.datetime | Unset = UNSET,
    current_page: int | Unset = 1,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    fragment_type: str | Unset = UNSET,
    fragment_value: str | Unset = UNSET,
    last_updated_from: datetime.datetime | Unset = UNSET,
    last_updated_to: datetime.datetime | Unset = UNSET,
    page_size: int | Unset = 5,
    revert: bool | Unset = False,
    source: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    with_source_children: bool | Unset = False,
    with_source_assets: bool | Unset = False,
    with_source_devices: bool | Unset = False,
    with_source_additions: bool | Unset = False,
    with_total_elements: bool | Unset = False,
    with_total_pages: bool | Unset = False,
) -> Response[Any | Error | EventCollection]:
    """
    Args:
        created_from (datetime.datetime | Unset):  Example: 2020-03-01.
        created_to (datetime.datetime | Unset):  Example: 2020-03-30.
        current_page (int | Unset):  Default: 1. Example: 3.
        date_from (datetime.datetime | Unset):  Example: 2020-03-01.
        date_to (datetime.datetime | Unset):  Example: 2020-03-30.
        fragment_type (str | Unset):  Example: c8y_IsDevice.
        fragment_value (str | Unset):  Example: lorem.
        last_updated_from (datetime.datetime | Unset):  Example: 2020-03-01.
        last_updated_to (datetime.datetime | Unset):  Example: 2020-03-30.
        page_size (int | Unset):  Default: 5. Example: 10.
        revert (bool | Unset):  Default: False. Example: True.
        source (str | Unset):  Example: 251994.
        type_ (str | Unset):  Example: c8y_OutgoingSmsLog.
        with_source_children (bool | Unset):  Default: False. Example: True.
        with_source_assets (bool | Unset):  Default: False. Example: True.
        with_source_devices (bool | Unset):  Default: False. Example: True.
        with_source_additions (bool | Unset):  Default: False. Example: True.
        with_total_elements (bool | Unset):  Default: False. Example: True.
        with_total_pages (bool | Unset):  Default: False. Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | EventCollection]
    """

    kwargs = _get_kwargs(
        created_from=created_from,
        created_to=created_to,
        current_page=current_page,
        date_from=date_from,
        date_to=date_to,
        fragment_type=fragment_type,
        fragment_value=fragment_value,
        last_updated_from=last_updated_from,
        last_updated_to=last_updated_to,
        page_size=page_size,
        revert=revert,
        source=source,
        type_=type_,
        with_source_children=with_source_children,
        with_source_assets=with_source_assets,
        with_source_devices=with_source_devices,
        with_source_additions=with_source_additions,
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
    created_from: datetime.datetime | Unset = UNSET,
    created_to: datetime.datetime | Unset = UNSET,
    current_page: int | Unset = 1,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    fragment_type: str | Unset = UNSET,
    fragment_value: str | Unset = UNSET,
    last_updated_from: datetime.datetime | Unset = UNSET,
    last_updated_to: datetime.datetime | Unset = UNSET,
    page_size: int | Unset = 5,
    revert: bool | Unset = False,
    source: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    with_source_children: bool | Unset = False,
    with_source_assets: bool | Unset = False,
    with_source_devices: bool | Unset = False,
    with_source_additions: bool | Unset = False,
    with_total_elements: bool | Unset = False,
    with_total_pages: bool | Unset = False,
) -> Any | Error | EventCollection | None:
    """
    Args:
        created_from (datetime.datetime | Unset):  Example: 2020-03-01.
        created_to (datetime.datetime | Unset):  Example: 2020-03-30.
        current_page (int | Unset):  Default: 1. Example: 3.
        date_from (datetime.datetime | Unset):  Example: 2020-03-01.
        date_to (datetime.datetime | Unset):  Example: 2020-03-30.
        fragment_type (str | Unset):  Example: c8y_IsDevice.
        fragment_value (str | Unset):  Example: lorem.
        last_updated_from (datetime.datetime | Unset):  Example: 2020-03-01.
        last_updated_to (datetime.datetime | Unset):  Example: 2020-03-30.
        page_size (int | Unset):  Default: 5. Example: 10.
        revert (bool | Unset):  Default: False. Example: True.
        source (str | Unset):  Example: 251994.
        type_ (str | Unset):  Example: c8y_OutgoingSmsLog.
        with_source_children (bool | Unset):  Default: False. Example: True.
        with_source_assets (bool | Unset):  Default: False. Example: True.
        with_source_devices (bool | Unset):  Default: False. Example: True.
        with_source_additions (bool | Unset):  Default: False. Example: True.
        with_total_elements (bool | Unset):  Default: False. Example: True.
        with_total_pages (bool | Unset):  Default: False. Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | EventCollection
    """

    return sync_detailed(
        client=client,
        created_from=created_from,
        created_to=created_to,
        current_page=current_page,
        date_from=date_from,
        date_to=date_to,
        fragment_type=fragment_type,
        fragment_value=fragment_value,
        last_updated_from=last_updated_from,
        last_updated_to=last_updated_to,
        page_size=page_size,
        revert=revert,
        source=source,
        type_=type_,
        with_source_children=with_source_children,
        with_source_assets=with_source_assets,
        with_source_devices=with_source_devices,
        with_source_additions=with_source_additions,
        with_total_elements=with_total_elements,
        with_total_pages=with_total_pages,
    ).parsed


async def asyncio_detailed(
    *,
    created_from: datetime.datetime | Unset = UNSET,
    created_to: datetime.datetime | Unset = UNSET,
    current_page: int | Unset = 1,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    fragment_type: str | Unset = UNSET,
    fragment_value: str | Unset = UNSET,
    last_updated_from: datetime.datetime | Unset = UNSET,
    last_updated_to: datetime.datetime | Unset = UNSET,
    page_size: int | Unset = 5,
    revert: bool | Unset = False,
    source: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    with_source_children: bool | Unset = False,
    with_source_assets: bool | Unset = False,
    with_source_devices: bool | Unset = False,
    with_source_additions: bool | Unset = False,
    with_total_elements: bool | Unset = False,
    with_total_pages: bool | Unset = False,
    client: AsyncApiClient,
) -> Response[Any | Error | EventCollection]:
    """
    Args:
        created_from (datetime.datetime | Unset):  Example: 2020-03-01.
        created_to (datetime.datetime | Unset):  Example: 2020-03-30.
        current_page (int | Unset):  Default: 1. Example: 3.
        date_from (datetime.datetime | Unset):  Example: 2020-03-01.
        date_to (datetime.datetime | Unset):  Example: 2020-03-30.
        fragment_type (str | Unset):  Example: c8y_IsDevice.
        fragment_value (str | Unset):  Example: lorem.
        last_updated_from (datetime.datetime | Unset):  Example: 2020-03-01.
        last_updated_to (datetime.datetime | Unset):  Example: 2020-03-30.
        page_size (int | Unset):  Default: 5. Example: 10.
        revert (bool | Unset):  Default: False. Example: True.
        source (str | Unset):  Example: 251994.
        type_ (str | Unset):  Example: c8y_OutgoingSmsLog.
        with_source_children (bool | Unset):  Default: False. Example: True.
        with_source_assets (bool | Unset):  Default: False. Example: True.
        with_source_devices (bool | Unset):  Default: False. Example: True.
        with_source_additions (bool | Unset):  Default: False. Example: True.
        with_total_elements (bool | Unset):  Default: False. Example: True.
        with_total_pages (bool | Unset):  Default: False. Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | EventCollection]
    """

    kwargs = _get_kwargs(
        created_from=created_from,
        created_to=created_to,
        current_page=current_page,
        date_from=date_from,
        date_to=date_to,
        fragment_type=fragment_type,
        fragment_value=fragment_value,
        last_updated_from=last_updated_from,
        last_updated_to=last_updated_to,
        page_size=page_size,
        revert=revert,
        source=source,
        type_=type_,
        with_source_children=with_source_children,
        with_source_assets=with_source_assets,
        with_source_devices=with_source_devices,
        with_source_additions=with_source_additions,
        with_total_elements=with_total_elements,
        with_total_pages=with_total_pages,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    created_from: datetime.datetime | Unset = UNSET,
    created_to: datetime.datetime | Unset = UNSET,
    current_page: int | Unset = 1,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    fragment_type: str | Unset = UNSET,
    fragment_value: str | Unset = UNSET,
    last_updated_from: datetime.datetime | Unset = UNSET,
    last_updated_to: datetime.datetime | Unset = UNSET,
    page_size: int | Unset = 5,
    revert: bool | Unset = False,
    source: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    with_source_children: bool | Unset = False,
    with_source_assets: bool | Unset = False,
    with_source_devices: bool | Unset = False,
    with_source_additions: bool | Unset = False,
    with_total_elements: bool | Unset = False,
    with_total_pages: bool | Unset = False,
    client: AsyncApiClient,
) -> Any | Error | EventCollection | None:
    """
    Args:
        created_from (datetime.datetime | Unset):  Example: 2020-03-01.
        created_to (datetime.datetime | Unset):  Example: 2020-03-30.
        current_page (int | Unset):  Default: 1. Example: 3.
        date_from (datetime.datetime | Unset):  Example: 2020-03-01.
        date_to (datetime.datetime | Unset):  Example: 2020-03-30.
        fragment_type (str | Unset):  Example: c8y_IsDevice.
        fragment_value (str | Unset):  Example: lorem.
        last_updated_from (datetime.datetime | Unset):  Example: 2020-03-01.
        last_updated_to (datetime.datetime | Unset):  Example: 2020-03-30.
        page_size (int | Unset):  Default: 5. Example: 10.
        revert (bool | Unset):  Default: False. Example: True.
        source (str | Unset):  Example: 251994.
        type_ (str | Unset):  Example: c8y_OutgoingSmsLog.
        with_source_children (bool | Unset):  Default: False. Example: True.
        with_source_assets (bool | Unset):  Default: False. Example: True.
        with_source_devices (bool | Unset):  Default: False. Example: True.
        with_source_additions (bool | Unset):  Default: False. Example: True.
        with_total_elements (bool | Unset):  Default: False. Example: True.
        with_total_pages (bool | Unset):  Default: False. Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | EventCollection
    """

    return (
        await asyncio_detailed(
            client=client,
            created_from=created_from,
            created_to=created_to,
            current_page=current_page,
            date_from=date_from,
            date_to=date_to,
            fragment_type=fragment_type,
            fragment_value=fragment_value,
            last_updated_from=last_updated_from,
            last_updated_to=last_updated_to,
            page_size=page_size,
            revert=revert,
            source=source,
            type_=type_,
            with_source_children=with_source_children,
            with_source_assets=with_source_assets,
            with_source_devices=with_source_devices,
            with_source_additions=with_source_additions,
            with_total_elements=with_total_elements,
            with_total_pages=with_total_pages,
        )
    ).parsed
