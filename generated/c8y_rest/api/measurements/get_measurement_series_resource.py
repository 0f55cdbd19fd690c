import datetime
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...api import AsyncApiClient
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_measurement_series_resource_aggregation_function import (
    GetMeasurementSeriesResourceAggregationFunction,
)
from ...models.get_measurement_series_resource_aggregation_type import GetMeasurementSeriesResourceAggregationType
from ...models.measurement_series import MeasurementSeries
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    aggregation_function: GetMeasurementSeriesResourceAggregationFunction | Unset = UNSET,
    aggregation_interval: str | Unset = UNSET,
    aggregation_type: GetMeasurementSeriesResourceAggregationType | Unset = UNSET,
    date_from: datetime.datetime,
    date_to: datetime.datetime,
    revert: bool | Unset = UNSET,
    series: list[str] | Unset = UNSET,
    source: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_aggregation_function: str | Unset = UNSET
    if not isinstance(aggregation_function, Unset):
        json_aggregation_function = aggregation_function.value

    params["aggregationFunction"] = json_aggregation_function

    params["aggregationInterval"] = aggregation_interval

    json_aggregation_type: str | Unset = UNSET
    if not isinstance(aggregation_type, Unset):
        json_aggregation_type = aggregation_type.value

    params["aggregationType"] = json_aggregation_type

    json_date_from = date_from.isoformat()
    params["dateFrom"] = json_date_from

    json_date_to = date_to.isoformat()
    params["dateTo"] = json_date_to

    params["revert"] = revert

    json_series: list[str] | Unset = UNSET
    if not isinstance(series, Unset):
        json_series = series

    params["series"] = json_series

    params["source"] = source

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/measurement/measurements/series",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Any | Error | MeasurementSeries | None:
    if response.status_code == 200:
        response_200 = MeasurementSeries.from_dict(response.json())

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
) -> Response[Any | Error | MeasurementSeries]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    aggregation_function: GetMeasurementSeriesResourceAggregationFunction | Unset = UNSET,
    aggregation_interval: str | Unset = UNSET,
    aggregation_type: GetMeasurementSeriesResourceAggregationType | Unset = UNSET,
    date_from: datetime.datetime,
    date_to: datetime.datetime,
    revert: bool | Unset = UNSET,
    series: list[str] | Unset = UNSET,
    source: str,
) -> Response[Any | Error | MeasurementSeries]:
    """
    Args:
        aggregation_function (GetMeasurementSeriesResourceAggregationFunction | Unset):  Example:
            min&aggregationFunction=max&aggregationFunction=count.
        aggregation_interval (str | Unset):  Example: ['300s', '25m', '12h', '7d', '4w', '6M',
            '3q', '5y'].
        aggregation_type (GetMeasurementSeriesResourceAggregationType | Unset):  Example:
            MINUTELY.
        date_from (datetime.datetime):  Example: 2020-03-01.
        date_to (datetime.datetime):  Example: 2020-03-30.
        revert (bool | Unset):  Example: True.
        series (list[str] | Unset):  Example: c8y_Speed.speedX&series=c8y_Speed.speedY.
        source (str):  Example: 251994.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | MeasurementSeries]
    """

    kwargs = _get_kwargs(
        aggregation_function=aggregation_function,
        aggregation_interval=aggregation_interval,
        aggregation_type=aggregation_type,
        date_from=date_from,
        date_to=date_to,
        revert=revert,
        series=series,
        source=source,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    aggregation_function: GetMeasurementSeriesResourceAggregationFunction | Unset = UNSET,
    aggregation_interval: str | Unset = UNSET,
    aggregation_type: GetMeasurementSeriesResourceAggregationType | Unset = UNSET,
    date_from: datetime.datetime,
    date_to: datetime.datetime,
    revert: bool | Unset = UNSET,
    series: list[str] | Unset = UNSET,
    source: str,
) -> Any | Error | MeasurementSeries | None:
    """
    Args:
        aggregation_function (GetMeasurementSeriesResourceAggregationFunction | Unset):  Example:
            min&aggregationFunction=max&aggregationFunction=count.
        aggregation_interval (str | Unset):  Example: ['300s', '25m', '12h', '7d', '4w', '6M',
            '3q', '5y'].
        aggregation_type (GetMeasurementSeriesResourceAggregationType | Unset):  Example:
            MINUTELY.
        date_from (datetime.datetime):  Example: 2020-03-01.
        date_to (datetime.datetime):  Example: 2020-03-30.
        revert (bool | Unset):  Example: True.
        series (list[str] | Unset):  Example: c8y_Speed.speedX&series=c8y_Speed.speedY.
        source (str):  Example: 251994.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | MeasurementSeries
    """

    return sync_detailed(
        client=client,
        aggregation_function=aggregation_function,
        aggregation_interval=aggregation_interval,
        aggregation_type=aggregation_type,
        date_from=date_from,
        date_to=date_to,
        revert=revert,
        series=series,
        source=source,
    ).parsed


async def asyncio_detailed(
    *,
    aggregation_function: GetMeasurementSeriesResourceAggregationFunction | Unset = UNSET,
    aggregation_interval: str | Unset = UNSET,
    aggregation_type: GetMeasurementSeriesResourceAggregationType | Unset = UNSET,
    date_from: datetime.datetime,
    date_to: datetime.datetime,
    revert: bool | Unset = UNSET,
    series: list[str] | Unset = UNSET,
    source: str,
    client: AsyncApiClient,
) -> Response[Any | Error | MeasurementSeries]:
    """
    Args:
        aggregation_function (GetMeasurementSeriesResourceAggregationFunction | Unset):  Example:
            min&aggregationFunction=max&aggregationFunction=count.
        aggregation_interval (str | Unset):  Example: ['300s', '25m', '12h', '7d', '4w', '6M',
            '3q', '5y'].
        aggregation_type (GetMeasurementSeriesResourceAggregationType | Unset):  Example:
            MINUTELY.
        date_from (datetime.datetime):  Example: 2020-03-01.
        date_to (datetime.datetime):  Example: 2020-03-30.
        revert (bool | Unset):  Example: True.
        series (list[str] | Unset):  Example: c8y_Speed.speedX&series=c8y_Speed.speedY.
        source (str):  Example: 251994.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | MeasurementSeries]
    """

    kwargs = _get_kwargs(
        aggregation_function=aggregation_function,
        aggregation_interval=aggregation_interval,
        aggregation_type=aggregation_type,
        date_from=date_from,
        date_to=date_to,
        revert=revert,
        series=series,
        source=source,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    aggregation_function: GetMeasurementSeriesResourceAggregationFunction | Unset = UNSET,
    aggregation_interval: str | Unset = UNSET,
    aggregation_type: GetMeasurementSeriesResourceAggregationType | Unset = UNSET,
    date_from: datetime.datetime,
    date_to: datetime.datetime,
    revert: bool | Unset = UNSET,
    series: list[str] | Unset = UNSET,
    source: str,
    client: AsyncApiClient,
) -> Any | Error | MeasurementSeries | None:
    """
    Args:
        aggregation_function (GetMeasurementSeriesResourceAggregationFunction | Unset):  Example:
            min&aggregationFunction=max&aggregationFunction=count.
        aggregation_interval (str | Unset):  Example: ['300s', '25m', '12h', '7d', '4w', '6M',
            '3q', '5y'].
        aggregation_type (GetMeasurementSeriesResourceAggregationType | Unset):  Example:
            MINUTELY.
        date_from (datetime.datetime):  Example: 2020-03-01.
        date_to (datetime.datetime):  Example: 2020-03-30.
        revert (bool | Unset):  Example: True.
        series (list[str] | Unset):  Example: c8y_Speed.speedX&series=c8y_Speed.speedY.
        source (str):  Example: 251994.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | MeasurementSeries
    """

    return (
        await asyncio_detailed(
            client=client,
            aggregation_function=aggregation_function,
            aggregation_interval=aggregation_interval,
            aggregation_type=aggregation_type,
            date_from=date_from,
            date_to=date_to,
            revert=revert,
            series=series,
            source=source,
        )
    ).parsed
