import datetime
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...api import AsyncApiClient
from ...client import AuthenticatedClient, Client
from ...models.delete_measurement_collection_resource_x_cumulocity_processing_mode import (
    DeleteMeasurementCollectionResourceXCumulocityProcessingMode,
)
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    fragment_type: str | Unset = UNSET,
    source: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    x_cumulocity_processing_mode: DeleteMeasurementCollectionResourceXCumulocityProcessingMode
    | Unset = DeleteMeasurementCollectionResourceXCumulocityProcessingMode.PERSISTENT,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_cumulocity_processing_mode, Unset):
        headers["X-Cumulocity-Processing-Mode"] = str(x_cumulocity_processing_mode)

    params: dict[str, Any] = {}

    json_date_from: str | Unset = UNSET
    if not isinstance(date_from, Unset):
        json_date_from = date_from.isoformat()
    params["dateFrom"] = json_date_from

    json_date_to: str | Unset = UNSET
    if not isinstance(date_to, Unset):
        json_date_to = date_to.isoformat()
    params["dateTo"] = json_date_to

    params["fragmentType"] = fragment_type

    params["source"] = source

    params["type"] = type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/measurement/measurements",
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

    if response.status_code == 422:
        response_422 = cast(Any, None)
        return response_422

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
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    fragment_type: str | Unset = UNSET,
    source: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    x_cumulocity_processing_mode: DeleteMeasurementCollectionResourceXCumulocityProcessingMode
    | Unset = DeleteMeasurementCollectionResourceXCumulocityProcessingMode.PERSISTENT,
) -> Response[Any | Error]:
    """
    Args:
        date_from (datetime.datetime | Unset):  Example: 2020-03-01.
        date_to (datetime.datetime | Unset):  Example: 2020-03-30.
        fragment_type (str | Unset):  Example: c8y_IsDevice.
        source (str | Unset):  Example: 251994.
        type_ (str | Unset):  Example: c8y_Water.
        x_cumulocity_processing_mode (DeleteMeasurementCollectionResourceXCumulocityProcessingMode
            | Unset):  Default:
            DeleteMeasurementCollectionResourceXCumulocityProcessingMode.PERSISTENT. Example:
            PERSISTENT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        date_from=date_from,
        date_to=date_to,
        fragment_type=fragment_type,
        source=source,
        type_=type_,
        x_cumulocity_processing_mode=x_cumulocity_processing_mode,
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
    fragment_type: str | Unset = UNSET,
    source: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    x_cumulocity_processing_mode: DeleteMeasurementCollectionResourceXCumulocityProcessingMode
    | Unset = DeleteMeasurementCollectionResourceXCumulocityProcessingMode.PERSISTENT,
) -> Any | Error | None:
    """
    Args:
        date_from (datetime.datetime | Unset):  Example: 2020-03-01.
        date_to (datetime.datetime | Unset):  Example: 2020-03-30.
        fragment_type (str | Unset):  Example: c8y_IsDevice.
        source (str | Unset):  Example: 251994.
        type_ (str | Unset):  Example: c8y_Water.
        x_cumulocity_processing_mode (DeleteMeasurementCollectionResourceXCumulocityProcessingMode
            | Unset):  Default:
            DeleteMeasurementCollectionResourceXCumulocityProcessingMode.PERSISTENT. Example:
            PERSISTENT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        client=client,
        date_from=date_from,
        date_to=date_to,
        fragment_type=fragment_type,
        source=source,
        type_=type_,
        x_cumulocity_processing_mode=x_cumulocity_processing_mode,
    ).parsed


async def asyncio_detailed(
    *,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    fragment_type: str | Unset = UNSET,
    source: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    x_cumulocity_processing_mode: DeleteMeasurementCollectionResourceXCumulocityProcessingMode
    | Unset = DeleteMeasurementCollectionResourceXCumulocityProcessingMode.PERSISTENT,
    client: AsyncApiClient,
) -> Response[Any | Error]:
    """
    Args:
        date_from (datetime.datetime | Unset):  Example: 2020-03-01.
        date_to (datetime.datetime | Unset):  Example: 2020-03-30.
        fragment_type (str | Unset):  Example: c8y_IsDevice.
        source (str | Unset):  Example: 251994.
        type_ (str | Unset):  Example: c8y_Water.
        x_cumulocity_processing_mode (DeleteMeasurementCollectionResourceXCumulocityProcessingMode
            | Unset):  Default:
            DeleteMeasurementCollectionResourceXCumulocityProcessingMode.PERSISTENT. Example:
            PERSISTENT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        date_from=date_from,
        date_to=date_to,
        fragment_type=fragment_type,
        source=source,
        type_=type_,
        x_cumulocity_processing_mode=x_cumulocity_processing_mode,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    fragment_type: str | Unset = UNSET,
    source: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    x_cumulocity_processing_mode: DeleteMeasurementCollectionResourceXCumulocityProcessingMode
    | Unset = DeleteMeasurementCollectionResourceXCumulocityProcessingMode.PERSISTENT,
    client: AsyncApiClient,
) -> Any | Error | None:
    """
    Args:
        date_from (datetime.datetime | Unset):  Example: 2020-03-01.
        date_to (datetime.datetime | Unset):  Example: 2020-03-30.
        fragment_type (str | Unset):  Example: c8y_IsDevice.
        source (str | Unset):  Example: 251994.
        type_ (str | Unset):  Example: c8y_Water.
        x_cumulocity_processing_mode (DeleteMeasurementCollectionResourceXCumulocityProcessingMode
            | Unset):  Default:
            DeleteMeasurementCollectionResourceXCumulocityProcessingMode.PERSISTENT. Example:
            PERSISTENT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            date_from=date_from,
            date_to=date_to,
            fragment_type=fragment_type,
            source=source,
            type_=type_,
            x_cumulocity_processing_mode=x_cumulocity_processing_mode,
        )
    ).parsed
