import datetime
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...api import AsyncApiClient
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.measurement_collection import MeasurementCollection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    current_page: int | Unset = 1,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    page_size: int | Unset = 5,
    revert: bool | Unset = UNSET,
    source: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    value_fragment_series: str | Unset = UNSET,
    value_fragment_type: str | Unset = UNSET,
    with_total_elements: bool | Unset = False,
    with_total_pages: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

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

    params["revert"] = revert

    params["source"] = source

    params["type"] = type_

    params["valueFragmentSeries"] = value_fragment_series

    params["valueFragmentType"] = value_fragment_type

    params["withTotalElements"] = with_total_elements

    params["withTotalPages"] = with_total_pages

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/measurement/measurements",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Any | Error | MeasurementCollection | None:
    if response.status_code == 200:
        response_200 = MeasurementCollection.from_dict(response.json())

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
) -> Response[Any | Error | MeasurementCollection]:
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
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    page_size: int | Unset = 5,
    revert: bool | Unset = UNSET,
    source: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    value_fragment_series: str | Unset = UNSET,
    value_fragment_type: str | Unset = UNSET,
    with_total_elements: bool | Unset = False,
    with_total_pages: bool | Unset = False,
) -> Response[Any | Error | MeasurementCollection]:
    """
    Args:
        current_page (int | Unset):  Default: 1. Example: 3.
        date_from (datetime.datetime | Unset):  Example: 2020-03-01.
        date_to (datetime.datetime | Unset):  Example: 2020-03-30.
        page_size (int | Unset):  Default: 5. Example: 10.
        revert (bool | Unset):  Example: True.
        source (str | Unset):  Example: 251994.
        type_ (str | Unset):  Example: c8y_Water.
        value_fragment_series (str | Unset):  Example: Temperature.
        value_fragment_type (str | Unset):  Example: c8y_Steam.
        with_total_elements (bool | Unset):  Default: False. Example: True.
        with_total_pages (bool | Unset):  Default: False. Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | MeasurementCollection]
    """

    kwargs = _get_kwargs(
        current_page=current_page,
        date_from=date_from,
        date_to=date_to,
        page_size=page_size,
        revert=revert,
        source=source,
        type_=type_,
        value_fragment_series=value_fragment_series,
        value_fragment_type=value_fragment_type,
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
    current_page: int | Unset = 1,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    page_size: int | Unset = 5,
    revert: bool | Unset = UNSET,
    source: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    value_fragment_series: str | Unset = UNSET,
    value_fragment_type: str | Unset = UNSET,
    with_total_elements: bool | Unset = False,
    with_total_pages: bool | Unset = False,
) -> Any | Error | MeasurementCollection | None:
    """
    Args:
        current_page (int | Unset):  Default: 1. Example: 3.
        date_from (datetime.datetime | Unset):  Example: 2020-03-01.
        date_to (datetime.datetime | Unset):  Example: 2020-03-30.
        page_size (int | Unset):  Default: 5. Example: 10.
        revert (bool | Unset):  Example: True.
        source (str | Unset):  Example: 251994.
        type_ (str | Unset):  Example: c8y_Water.
        value_fragment_series (str | Unset):  Example: Temperature.
        value_fragment_type (str | Unset):  Example: c8y_Steam.
        with_total_elements (bool | Unset):  Default: False. Example: True.
        with_total_pages (bool | Unset):  Default: False. Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | MeasurementCollection
    """

    return sync_detailed(
        client=client,
        current_page=current_page,
        date_from=date_from,
        date_to=date_to,
        page_size=page_size,
        revert=revert,
        source=source,
        type_=type_,
        value_fragment_series=value_fragment_series,
        value_fragment_type=value_fragment_type,
        with_total_elements=with_total_elements,
        with_total_pages=with_total_pages,
    ).parsed


async def asyncio_detailed(
    *,
    current_page: int | Unset = 1,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    page_size: int | Unset = 5,
    revert: bool | Unset = UNSET,
    source: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    value_fragment_series: str | Unset = UNSET,
    value_fragment_type: str | Unset = UNSET,
    with_total_elements: bool | Unset = False,
    with_total_pages: bool | Unset = False,
    client: AsyncApiClient,
) -> Response[Any | Error | MeasurementCollection]:
    """
    Args:
        current_page (int | Unset):  Default: 1. Example: 3.
        date_from (datetime.datetime | Unset):  Example: 2020-03-01.
        date_to (datetime.datetime | Unset):  Example: 2020-03-30.
        page_size (int | Unset):  Default: 5. Example: 10.
        revert (bool | Unset):  Example: True.
        source (str | Unset):  Example: 251994.
        type_ (str | Unset):  Example: c8y_Water.
        value_fragment_series (str | Unset):  Example: Temperature.
        value_fragment_type (str | Unset):  Example: c8y_Steam.
        with_total_elements (bool | Unset):  Default: False. Example: True.
        with_total_pages (bool | Unset):  Default: False. Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | MeasurementCollection]
    """

    kwargs = _get_kwargs(
        current_page=current_page,
        date_from=date_from,
        date_to=date_to,
        page_size=page_size,
        revert=revert,
        source=source,
        type_=type_,
        value_fragment_series=value_fragment_series,
        value_fragment_type=value_fragment_type,
        with_total_elements=with_total_elements,
        with_total_pages=with_total_pages,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    current_page: int | Unset = 1,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    page_size: int | Unset = 5,
    revert: bool | Unset = UNSET,
    source: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    value_fragment_series: str | Unset = UNSET,
    value_fragment_type: str | Unset = UNSET,
    with_total_elements: bool | Unset = False,
    with_total_pages: bool | Unset = False,
    client: AsyncApiClient,
) -> Any | Error | MeasurementCollection | None:
    """
    Args:
        current_page (int | Unset):  Default: 1. Example: 3.
        date_from (datetime.datetime | Unset):  Example: 2020-03-01.
        date_to (datetime.datetime | Unset):  Example: 2020-03-30.
        page_size (int | Unset):  Default: 5. Example: 10.
        revert (bool | Unset):  Example: True.
        source (str | Unset):  Example: 251994.
        type_ (str | Unset):  Example: c8y_Water.
        value_fragment_series (str | Unset):  Example: Temperature.
        value_fragment_type (str | Unset):  Example: c8y_Steam.
        with_total_elements (bool | Unset):  Default: False. Example: True.
        with_total_pages (bool | Unset):  Default: False. Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | MeasurementCollection
    """

    return (
        await asyncio_detailed(
            client=client,
            current_page=current_page,
            date_from=date_from,
            date_to=date_to,
            page_size=page_size,
            revert=revert,
            source=source,
            type_=type_,
            value_fragment_series=value_fragment_series,
            value_fragment_type=value_fragment_type,
            with_total_elements=with_total_elements,
            with_total_pages=with_total_pages,
        )
    ).parsed
