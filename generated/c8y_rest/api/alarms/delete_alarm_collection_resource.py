import datetime
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...api import AsyncApiClient
from ...client import AuthenticatedClient, Client
from ...models.delete_alarm_collection_resource_severity import DeleteAlarmCollectionResourceSeverity
from ...models.delete_alarm_collection_resource_status import DeleteAlarmCollectionResourceStatus
from ...models.delete_alarm_collection_resource_x_cumulocity_processing_mode import (
    DeleteAlarmCollectionResourceXCumulocityProcessingMode,
)
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    created_from: datetime.datetime | Unset = UNSET,
    created_to: datetime.datetime | Unset = UNSET,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    resolved: bool | Unset = False,
    severity: DeleteAlarmCollectionResourceSeverity | Unset = UNSET,
    source: str | Unset = UNSET,
    status: DeleteAlarmCollectionResourceStatus | Unset = UNSET,
    type_: list[str] | Unset = UNSET,
    with_source_children: bool | Unset = False,
    with_source_assets: bool | Unset = False,
    with_source_devices: bool | Unset = False,
    with_source_additions: bool | Unset = False,
    x_cumulocity_processing_mode: DeleteAlarmCollectionResourceXCumulocityProcessingMode
    | Unset = DeleteAlarmCollectionResourceXCumulocityProcessingMode.PERSISTENT,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_cumulocity_processing_mode, Unset):
        headers["X-Cumulocity-Processing-Mode"] = str(x_cumulocity_processing_mode)

    params: dict[str, Any] = {}

    json_created_from: str | Unset = UNSET
    if not isinstance(created_from, Unset):
        json_created_from = created_from.isoformat()
    params["createdFrom"] = json_created_from

    json_created_to: str | Unset = UNSET
    if not isinstance(created_to, Unset):
        json_created_to = created_to.isoformat()
    params["createdTo"] = json_created_to

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
        "method": "delete",
        "url": "/alarm/alarms",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Any | Error | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | Error]:
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
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    resolved: bool | Unset = False,
    severity: DeleteAlarmCollectionResourceSeverity | Unset = UNSET,
    source: str | Unset = UNSET,
    status: DeleteAlarmCollectionResourceStatus | Unset = UNSET,
    type_: list[str] | Unset = UNSET,
    with_source_children: bool | Unset = False,
    with_source_assets: bool | Unset = False,
    with_source_devices: bool | Unset = False,
    with_source_additions: bool | Unset = False,
    x_cumulocity_processing_mode: DeleteAlarmCollectionResourceXCumulocityProcessingMode
    | Unset = DeleteAlarmCollectionResourceXCumulocityProcessingMode.PERSISTENT,
) -> Response[Any | Error]:
    """
    Args:
        created_from (datetime.datetime | Unset):  Example: 2021-03-01.
        created_to (datetime.datetime | Unset):  Example: 2021-03-30.
        date_from (datetime.datetime | Unset):  Example: 2020-03-01.
        date_to (datetime.datetime | Unset):  Example: 2020-03-30.
        resolved (bool | Unset):  Default: False. Example: True.
        severity (DeleteAlarmCollectionResourceSeverity | Unset):  Example: ['CRITICAL', 'MAJOR'].
        source (str | Unset):  Example: 251994.
        status (DeleteAlarmCollectionResourceStatus | Unset):  Example: ['ACTIVE',
            'ACKNOWLEDGED'].
        type_ (list[str] | Unset):  Example: ['c8y_UnavailabilityAlarm', 'c8y_TemperatureAlarm'].
        with_source_children (bool | Unset):  Default: False. Example: True.
        with_source_assets (bool | Unset):  Default: False. Example: True.
        with_source_devices (bool | Unset):  Default: False. Example: True.
        with_source_additions (bool | Unset):  Default: False. Example: True.
        x_cumulocity_processing_mode (DeleteAlarmCollectionResourceXCumulocityProcessingMode |
            Unset):  Default: DeleteAlarmCollectionResourceXCumulocityProcessingMode.PERSISTENT.
            Example: PERSISTENT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        created_from=created_from,
        created_to=created_to,
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
        x_cumulocity_processing_mode=x_cumulocity_processing_mode,
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
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    resolved: bool | Unset = False,
    severity: DeleteAlarmCollectionResourceSeverity | Unset = UNSET,
    source: str | Unset = UNSET,
    status: DeleteAlarmCollectionResourceStatus | Unset = UNSET,
    type_: list[str] | Unset = UNSET,
    with_source_children: bool | Unset = False,
    with_source_assets: bool | Unset = False,
    with_source_devices: bool | Unset = False,
    with_source_additions: bool | Unset = False,
    x_cumulocity_processing_mode: DeleteAlarmCollectionResourceXCumulocityProcessingMode
    | Unset = DeleteAlarmCollectionResourceXCumulocityProcessingMode.PERSISTENT,
) -> Any | Error | None:
    """
    Args:
        created_from (datetime.datetime | Unset):  Example: 2021-03-01.
        created_to (datetime.datetime | Unset):  Example: 2021-03-30.
        date_from (datetime.datetime | Unset):  Example: 2020-03-01.
        date_to (datetime.datetime | Unset):  Example: 2020-03-30.
        resolved (bool | Unset):  Default: False. Example: True.
        severity (DeleteAlarmCollectionResourceSeverity | Unset):  Example: ['CRITICAL', 'MAJOR'].
        source (str | Unset):  Example: 251994.
        status (DeleteAlarmCollectionResourceStatus | Unset):  Example: ['ACTIVE',
            'ACKNOWLEDGED'].
        type_ (list[str] | Unset):  Example: ['c8y_UnavailabilityAlarm', 'c8y_TemperatureAlarm'].
        with_source_children (bool | Unset):  Default: False. Example: True.
        with_source_assets (bool | Unset):  Default: False. Example: True.
        with_source_devices (bool | Unset):  Default: False. Example: True.
        with_source_additions (bool | Unset):  Default: False. Example: True.
        x_cumulocity_processing_mode (DeleteAlarmCollectionResourceXCumulocityProcessingMode |
            Unset):  Default: DeleteAlarmCollectionResourceXCumulocityProcessingMode.PERSISTENT.
            Example: PERSISTENT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        client=client,
        created_from=created_from,
        created_to=created_to,
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
        x_cumulocity_processing_mode=x_cumulocity_processing_mode,
    ).parsed


async def asyncio_detailed(
    *,
    created_from: datetime.datetime | Unset = UNSET,
    created_to: datetime.datetime | Unset = UNSET,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    resolved: bool | Unset = False,
    severity: DeleteAlarmCollectionResourceSeverity | Unset = UNSET,
    source: str | Unset = UNSET,
    status: DeleteAlarmCollectionResourceStatus | Unset = UNSET,
    type_: list[str] | Unset = UNSET,
    with_source_children: bool | Unset = False,
    with_source_assets: bool | Unset = False,
    with_source_devices: bool | Unset = False,
    with_source_additions: bool | Unset = False,
    x_cumulocity_processing_mode: DeleteAlarmCollectionResourceXCumulocityProcessingMode
    | Unset = DeleteAlarmCollectionResourceXCumulocityProcessingMode.PERSISTENT,
    client: AsyncApiClient,
) -> Response[Any | Error]:
    """
    Args:
        created_from (datetime.datetime | Unset):  Example: 2021-03-01.
        created_to (datetime.datetime | Unset):  Example: 2021-03-30.
        date_from (datetime.datetime | Unset):  Example: 2020-03-01.
        date_to (datetime.datetime | Unset):  Example: 2020-03-30.
        resolved (bool | Unset):  Default: False. Example: True.
        severity (DeleteAlarmCollectionResourceSeverity | Unset):  Example: ['CRITICAL', 'MAJOR'].
        source (str | Unset):  Example: 251994.
        status (DeleteAlarmCollectionResourceStatus | Unset):  Example: ['ACTIVE',
            'ACKNOWLEDGED'].
        type_ (list[str] | Unset):  Example: ['c8y_UnavailabilityAlarm', 'c8y_TemperatureAlarm'].
        with_source_children (bool | Unset):  Default: False. Example: True.
        with_source_assets (bool | Unset):  Default: False. Example: True.
        with_source_devices (bool | Unset):  Default: False. Example: True.
        with_source_additions (bool | Unset):  Default: False. Example: True.
        x_cumulocity_processing_mode (DeleteAlarmCollectionResourceXCumulocityProcessingMode |
            Unset):  Default: DeleteAlarmCollectionResourceXCumulocityProcessingMode.PERSISTENT.
            Example: PERSISTENT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        created_from=created_from,
        created_to=created_to,
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
        x_cumulocity_processing_mode=x_cumulocity_processing_mode,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    created_from: datetime.datetime | Unset = UNSET,
    created_to: datetime.datetime | Unset = UNSET,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    resolved: bool | Unset = False,
    severity: DeleteAlarmCollectionResourceSeverity | Unset = UNSET,
    source: str | Unset = UNSET,
    status: DeleteAlarmCollectionResourceStatus | Unset = UNSET,
    type_: list[str] | Unset = UNSET,
    with_source_children: bool | Unset = False,
    with_source_assets: bool | Unset = False,
    with_source_devices: bool | Unset = False,
    with_source_additions: bool | Unset = False,
    x_cumulocity_processing_mode: DeleteAlarmCollectionResourceXCumulocityProcessingMode
    | Unset = DeleteAlarmCollectionResourceXCumulocityProcessingMode.PERSISTENT,
    client: AsyncApiClient,
) -> Any | Error | None:
    """
    Args:
        created_from (datetime.datetime | Unset):  Example: 2021-03-01.
        created_to (datetime.datetime | Unset):  Example: 2021-03-30.
        date_from (datetime.datetime | Unset):  Example: 2020-03-01.
        date_to (datetime.datetime | Unset):  Example: 2020-03-30.
        resolved (bool | Unset):  Default: False. Example: True.
        severity (DeleteAlarmCollectionResourceSeverity | Unset):  Example: ['CRITICAL', 'MAJOR'].
        source (str | Unset):  Example: 251994.
        status (DeleteAlarmCollectionResourceStatus | Unset):  Example: ['ACTIVE',
            'ACKNOWLEDGED'].
        type_ (list[str] | Unset):  Example: ['c8y_UnavailabilityAlarm', 'c8y_TemperatureAlarm'].
        with_source_children (bool | Unset):  Default: False. Example: True.
        with_source_assets (bool | Unset):  Default: False. Example: True.
        with_source_devices (bool | Unset):  Default: False. Example: True.
        with_source_additions (bool | Unset):  Default: False. Example: True.
        x_cumulocity_processing_mode (DeleteAlarmCollectionResourceXCumulocityProcessingMode |
            Unset):  Default: DeleteAlarmCollectionResourceXCumulocityProcessingMode.PERSISTENT.
            Example: PERSISTENT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            created_from=created_from,
            created_to=created_to,
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
            x_cumulocity_processing_mode=x_cumulocity_processing_mode,
        )
    ).parsed
