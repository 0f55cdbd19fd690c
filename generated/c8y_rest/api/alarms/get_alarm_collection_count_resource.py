import datetime
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...api import AsyncApiClient
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_alarm_collection_count_resource_severity import GetAlarmCollectionCountResourceSeverity
from ...models.get_alarm_collection_count_resource_status import GetAlarmCollectionCountResourceStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    resolved: bool | Unset = False,
    severity: GetAlarmCollectionCountResourceSeverity | Unset = UNSET,
    source: str | Unset = UNSET,
    status: GetAlarmCollectionCountResourceStatus | Unset = UNSET,
    type_: list[str] | Unset = UNSET,
    with_source_children: bool | Unset = False,
    with_source_assets: bool | Unset = False,
    with_source_devices: bool | Unset = False,
    with_source_additions: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_date_from: str | Unset = UNSET
    if not isinstance(date_from, Unset):
        json_date_from = date_from.isoformat()
    params["dateFrom"] = json_date_from

    json_date_to: str | Unset = UNSET
    if not isinstance(date_to, Unset):
        json_date_to = date_to.isoformat()
    params["dateTo"] = json_date_to

    params["resolved"] = resolved

    json_severity: str | Unset = UNSET
    if not isinstance(severity, Unset):
        json_severity = severity.value

    params["severity"] = json_severity

    params["source"] = source

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_type_: list[str] | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    params["withSourceChildren"] = with_source_children

    params["withSourceAssets"] = with_source_assets

    params["withSourceDevices"] = with_source_devices

    params["withSourceAdditions"] = with_source_additions

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/alarm/alarms/count",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Error | int | None:
    if response.status_code == 200:
        response_200 = cast(int, response.json())
        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Response[Error | int]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    resolved: bool | Unset = False,
    severity: GetAlarmCollectionCountResourceSeverity | Unset = UNSET,
    source: str | Unset = UNSET,
    status: GetAlarmCollectionCountResourceStatus | Unset = UNSET,
    type_: list[str] | Unset = UNSET,
    with_source_children: bool | Unset = False,
    with_source_assets: bool | Unset = False,
    with_source_devices: bool | Unset = False,
    with_source_additions: bool | Unset = False,
) -> Response[Error | int]:
    """
    Args:
        date_from (datetime.datetime | Unset):  Example: 2020-03-01.
        date_to (datetime.datetime | Unset):  Example: 2020-03-30.
        resolved (bool | Unset):  Default: False. Example: True.
        severity (GetAlarmCollectionCountResourceSeverity | Unset):  Example: ['CRITICAL',
            'MAJOR'].
        source (str | Unset):  Example: 251994.
        status (GetAlarmCollectionCountResourceStatus | Unset):  Example: ['ACTIVE',
            'ACKNOWLEDGED'].
        type_ (list[str] | Unset):  Example: ['c8y_UnavailabilityAlarm', 'c8y_TemperatureAlarm'].
        with_source_children (bool | Unset):  Default: False. Example: True.
        with_source_assets (bool | Unset):  Default: False. Example: True.
        with_source_devices (bool | Unset):  Default: False. Example: True.
        with_source_additions (bool | Unset):  Default: False. Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | int]
    """

    kwargs = _get_kwargs(
        date_from=date_from,
        date_to=date_to,
        resolved=resolved,
        severity=severity,
        source=source,
        status=status,
        type_=type_,
        with_source_children=with_source_children,
        with_source_assets=with_source_assets,
        with_source_devices=with_source_devices,
        with_source_additions=with_source_additions,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    resolved: bool | Unset = False,
    severity: GetAlarmCollectionCountResourceSeverity | Unset = UNSET,
    source: str | Unset = UNSET,
    status: GetAlarmCollectionCountResourceStatus | Unset = UNSET,
    type_: list[str] | Unset = UNSET,
    with_source_children: bool | Unset = False,
    with_source_assets: bool | Unset = False,
    with_source_devices: bool | Unset = False,
    with_source_additions: bool | Unset = False,
) -> Error | int | None:
    """
    Args:
        date_from (datetime.datetime | Unset):  Example: 2020-03-01.
        date_to (datetime.datetime | Unset):  Example: 2020-03-30.
        resolved (bool | Unset):  Default: False. Example: True.
        severity (GetAlarmCollectionCountResourceSeverity | Unset):  Example: ['CRITICAL',
            'MAJOR'].
        source (str | Unset):  Example: 251994.
        status (GetAlarmCollectionCountResourceStatus | Unset):  Example: ['ACTIVE',
            'ACKNOWLEDGED'].
        type_ (list[str] | Unset):  Example: ['c8y_UnavailabilityAlarm', 'c8y_TemperatureAlarm'].
        with_source_children (bool | Unset):  Default: False. Example: True.
        with_source_assets (bool | Unset):  Default: False. Example: True.
        with_source_devices (bool | Unset):  Default: False. Example: True.
        with_source_additions (bool | Unset):  Default: False. Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | int
    """

    return sync_detailed(
        client=client,
        date_from=date_from,
        date_to=date_to,
        resolved=resolved,
        severity=severity,
        source=source,
        status=status,
        type_=type_,
        with_source_children=with_source_children,
        with_source_assets=with_source_assets,
        with_source_devices=with_source_devices,
        with_source_additions=with_source_additions,
    ).parsed


async def asyncio_detailed(
    *,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    resolved: bool | Unset = False,
    severity: GetAlarmCollectionCountResourceSeverity | Unset = UNSET,
    source: str | Unset = UNSET,
    status: GetAlarmCollectionCountResourceStatus | Unset = UNSET,
    type_: list[str] | Unset = UNSET,
    with_source_children: bool | Unset = False,
    with_source_assets: bool | Unset = False,
    with_source_devices: bool | Unset = False,
    with_source_additions: bool | Unset = False,
    client: AsyncApiClient,
) -> Response[Error | int]:
    """
    Args:
        date_from (datetime.datetime | Unset):  Example: 2020-03-01.
        date_to (datetime.datetime | Unset):  Example: 2020-03-30.
        resolved (bool | Unset):  Default: False. Example: True.
        severity (GetAlarmCollectionCountResourceSeverity | Unset):  Example: ['CRITICAL',
            'MAJOR'].
        source (str | Unset):  Example: 251994.
        status (GetAlarmCollectionCountResourceStatus | Unset):  Example: ['ACTIVE',
            'ACKNOWLEDGED'].
        type_ (list[str] | Unset):  Example: ['c8y_UnavailabilityAlarm', 'c8y_TemperatureAlarm'].
        with_source_children (bool | Unset):  Default: False. Example: True.
        with_source_assets (bool | Unset):  Default: False. Example: True.
        with_source_devices (bool | Unset):  Default: False. Example: True.
        with_source_additions (bool | Unset):  Default: False. Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | int]
    """

    kwargs = _get_kwargs(
        date_from=date_from,
        date_to=date_to,
        resolved=resolved,
        severity=severity,
        source=source,
        status=status,
        type_=type_,
        with_source_children=with_source_children,
        with_source_assets=with_source_assets,
        with_source_devices=with_source_devices,
        with_source_additions=with_source_additions,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    resolved: bool | Unset = False,
    severity: GetAlarmCollectionCountResourceSeverity | Unset = UNSET,
    source: str | Unset = UNSET,
    status: GetAlarmCollectionCountResourceStatus | Unset = UNSET,
    type_: list[str] | Unset = UNSET,
    with_source_children: bool | Unset = False,
    with_source_assets: bool | Unset = False,
    with_source_devices: bool | Unset = False,
    with_source_additions: bool | Unset = False,
    client: AsyncApiClient,
) -> Error | int | None:
    """
    Args:
        date_from (datetime.datetime | Unset):  Example: 2020-03-01.
        date_to (datetime.datetime | Unset):  Example: 2020-03-30.
        resolved (bool | Unset):  Default: False. Example: True.
        severity (GetAlarmCollectionCountResourceSeverity | Unset):  Example: ['CRITICAL',
            'MAJOR'].
        source (str | Unset):  Example: 251994.
        status (GetAlarmCollectionCountResourceStatus | Unset):  Example: ['ACTIVE',
            'ACKNOWLEDGED'].
        type_ (list[str] | Unset):  Example: ['c8y_UnavailabilityAlarm', 'c8y_TemperatureAlarm'].
        with_source_children (bool | Unset):  Default: False. Example: True.
        with_source_assets (bool | Unset):  Default: False. Example: True.
        with_source_devices (bool | Unset):  Default: False. Example: True.
        with_source_additions (bool | Unset):  Default: False. Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | int
    """

    return (
        await asyncio_detailed(
            client=client,
            date_from=date_from,
            date_to=date_to,
            resolved=resolved,
            severity=severity,
            source=source,
            status=status,
            type_=type_,
            with_source_children=with_source_children,
            with_source_assets=with_source_assets,
            with_source_devices=with_source_devices,
            with_source_additions=with_source_additions,
        )
    ).parsed
