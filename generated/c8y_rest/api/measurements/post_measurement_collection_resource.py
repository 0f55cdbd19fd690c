from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...api import AsyncApiClient
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.measurement import Measurement
from ...models.measurement_collection import MeasurementCollection
from ...models.post_measurement_collection_resource_x_cumulocity_processing_mode import (
    PostMeasurementCollectionResourceXCumulocityProcessingMode,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: Measurement | MeasurementCollection | Unset = UNSET,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PostMeasurementCollectionResourceXCumulocityProcessingMode
    | Unset = PostMeasurementCollectionResourceXCumulocityProcessingMode.PERSISTENT,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    if not isinstance(x_cumulocity_processing_mode, Unset):
        headers["X-Cumulocity-Processing-Mode"] = str(x_cumulocity_processing_mode)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/measurement/measurements",
    }

    if isinstance(body, Measurement):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/vnd.com.nsn.cumulocity.measurement+json"
    if isinstance(body, MeasurementCollection):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/vnd.com.nsn.cumulocity.measurementcollection+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Any | Error | Measurement | None:
    if response.status_code == 201:
        response_201 = Measurement.from_dict(response.json())

        return response_201

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
) -> Response[Any | Error | Measurement]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: Measurement | MeasurementCollection | Unset = UNSET,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PostMeasurementCollectionResourceXCumulocityProcessingMode
    | Unset = PostMeasurementCollectionResourceXCumulocityProcessingMode.PERSISTENT,
) -> Response[Any | Error | Measurement]:
    """
    Args:
        accept (str | Unset):  Example: application/json.
        x_cumulocity_processing_mode (PostMeasurementCollectionResourceXCumulocityProcessingMode |
            Unset):  Default: PostMeasurementCollectionResourceXCumulocityProcessingMode.PERSISTENT.
            Example: PERSISTENT.
        body (Measurement):  Example: {'id': '20200301', 'self':
            'https://<TENANT_DOMAIN>/measurement/measurements/20200301', 'source': {'id': '251982',
            'self': 'https://<TENANT_DOMAIN>/inventory/managedObjects/251982'}, 'time':
            '2020-03-19T12:03:27.845Z', 'type': 'c8y_TemperatureMeasurement', 'c8y_Steam':
            {'Temperature': {'unit': 'C', 'value': 100}}}.
        body (MeasurementCollection):  Example: {'prev':
            'https://<TENANT_DOMAIN>/measurement/measurements?pageSize=1&currentPage=1', 'self':
            'https://<TENANT_DOMAIN>/measurement/measurements?pageSize=1&currentPage=2', 'next':
            'https://<TENANT_DOMAIN>/measurement/measurements?pageSize=1&currentPage=3',
            'measurements': [{'id': '20200301', 'self':
            'https://<TENANT_DOMAIN>/measurement/measurements/20200301', 'source': {'id': '251982',
            'self': 'https://<TENANT_DOMAIN>/inventory/managedObjects/251982'}, 'time':
            '2020-03-19T12:03:27.845Z', 'type': 'c8y_TemperatureMeasurement', 'c8y_Steam':
            {'Temperature': {'unit': 'C', 'value': 100}}}], 'statistics': {'totalPages': 10,
            'pageSize': 1, 'currentPage': 2}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | Measurement]
    """

    kwargs = _get_kwargs(
        body=body,
        accept=accept,
        x_cumulocity_processing_mode=x_cumulocity_processing_mode,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: Measurement | MeasurementCollection | Unset = UNSET,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PostMeasurementCollectionResourceXCumulocityProcessingMode
    | Unset = PostMeasurementCollectionResourceXCumulocityProcessingMode.PERSISTENT,
) -> Any | Error | Measurement | None:
    """
    Args:
        accept (str | Unset):  Example: application/json.
        x_cumulocity_processing_mode (PostMeasurementCollectionResourceXCumulocityProcessingMode |
            Unset):  Default: PostMeasurementCollectionResourceXCumulocityProcessingMode.PERSISTENT.
            Example: PERSISTENT.
        body (Measurement):  Example: {'id': '20200301', 'self':
            'https://<TENANT_DOMAIN>/measurement/measurements/20200301', 'source': {'id': '251982',
            'self': 'https://<TENANT_DOMAIN>/inventory/managedObjects/251982'}, 'time':
            '2020-03-19T12:03:27.845Z', 'type': 'c8y_TemperatureMeasurement', 'c8y_Steam':
            {'Temperature': {'unit': 'C', 'value': 100}}}.
        body (MeasurementCollection):  Example: {'prev':
            'https://<TENANT_DOMAIN>/measurement/measurements?pageSize=1&currentPage=1', 'self':
            'https://<TENANT_DOMAIN>/measurement/measurements?pageSize=1&currentPage=2', 'next':
            'https://<TENANT_DOMAIN>/measurement/measurements?pageSize=1&currentPage=3',
            'measurements': [{'id': '20200301', 'self':
            'https://<TENANT_DOMAIN>/measurement/measurements/20200301', 'source': {'id': '251982',
            'self': 'https://<TENANT_DOMAIN>/inventory/managedObjects/251982'}, 'time':
            '2020-03-19T12:03:27.845Z', 'type': 'c8y_TemperatureMeasurement', 'c8y_Steam':
            {'Temperature': {'unit': 'C', 'value': 100}}}], 'statistics': {'totalPages': 10,
            'pageSize': 1, 'currentPage': 2}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | Measurement
    """

    return sync_detailed(
        client=client,
        body=body,
        accept=accept,
        x_cumulocity_processing_mode=x_cumulocity_processing_mode,
    ).parsed


async def asyncio_detailed(
    *,
    body: Measurement | MeasurementCollection | Unset = UNSET,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PostMeasurementCollectionResourceXCumulocityProcessingMode
    | Unset = PostMeasurementCollectionResourceXCumulocityProcessingMode.PERSISTENT,
    client: AsyncApiClient,
) -> Response[Any | Error | Measurement]:
    """
    Args:
        accept (str | Unset):  Example: application/json.
        x_cumulocity_processing_mode (PostMeasurementCollectionResourceXCumulocityProcessingMode |
            Unset):  Default: PostMeasurementCollectionResourceXCumulocityProcessingMode.PERSISTENT.
            Example: PERSISTENT.
        body (Measurement):  Example: {'id': '20200301', 'self':
            'https://<TENANT_DOMAIN>/measurement/measurements/20200301', 'source': {'id': '251982',
            'self': 'https://<TENANT_DOMAIN>/inventory/managedObjects/251982'}, 'time':
            '2020-03-19T12:03:27.845Z', 'type': 'c8y_TemperatureMeasurement', 'c8y_Steam':
            {'Temperature': {'unit': 'C', 'value': 100}}}.
        body (MeasurementCollection):  Example: {'prev':
            'https://<TENANT_DOMAIN>/measurement/measurements?pageSize=1&currentPage=1', 'self':
            'https://<TENANT_DOMAIN>/measurement/measurements?pageSize=1&currentPage=2', 'next':
            'https://<TENANT_DOMAIN>/measurement/measurements?pageSize=1&currentPage=3',
            'measurements': [{'id': '20200301', 'self':
            'https://<TENANT_DOMAIN>/measurement/measurements/20200301', 'source': {'id': '251982',
            'self': 'https://<TENANT_DOMAIN>/inventory/managedObjects/251982'}, 'time':
            '2020-03-19T12:03:27.845Z', 'type': 'c8y_TemperatureMeasurement', 'c8y_Steam':
            {'Temperature': {'unit': 'C', 'value': 100}}}], 'statistics': {'totalPages': 10,
            'pageSize': 1, 'currentPage': 2}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | Measurement]
    """

    kwargs = _get_kwargs(
        body=body,
        accept=accept,
        x_cumulocity_processing_mode=x_cumulocity_processing_mode,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    body: Measurement | MeasurementCollection | Unset = UNSET,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PostMeasurementCollectionResourceXCumulocityProcessingMode
    | Unset = PostMeasurementCollectionResourceXCumulocityProcessingMode.PERSISTENT,
    client: AsyncApiClient,
) -> Any | Error | Measurement | None:
    """
    Args:
        accept (str | Unset):  Example: application/json.
        x_cumulocity_processing_mode (PostMeasurementCollectionResourceXCumulocityProcessingMode |
            Unset):  Default: PostMeasurementCollectionResourceXCumulocityProcessingMode.PERSISTENT.
            Example: PERSISTENT.
        body (Measurement):  Example: {'id': '20200301', 'self':
            'https://<TENANT_DOMAIN>/measurement/measurements/20200301', 'source': {'id': '251982',
            'self': 'https://<TENANT_DOMAIN>/inventory/managedObjects/251982'}, 'time':
            '2020-03-19T12:03:27.845Z', 'type': 'c8y_TemperatureMeasurement', 'c8y_Steam':
            {'Temperature': {'unit': 'C', 'value': 100}}}.
        body (MeasurementCollection):  Example: {'prev':
            'https://<TENANT_DOMAIN>/measurement/measurements?pageSize=1&currentPage=1', 'self':
            'https://<TENANT_DOMAIN>/measurement/measurements?pageSize=1&currentPage=2', 'next':
            'https://<TENANT_DOMAIN>/measurement/measurements?pageSize=1&currentPage=3',
            'measurements': [{'id': '20200301', 'self':
            'https://<TENANT_DOMAIN>/measurement/measurements/20200301', 'source': {'id': '251982',
            'self': 'https://<TENANT_DOMAIN>/inventory/managedObjects/251982'}, 'time':
            '2020-03-19T12:03:27.845Z', 'type': 'c8y_TemperatureMeasurement', 'c8y_Steam':
            {'Temperature': {'unit': 'C', 'value': 100}}}], 'statistics': {'totalPages': 10,
            'pageSize': 1, 'currentPage': 2}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | Measurement
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            accept=accept,
            x_cumulocity_processing_mode=x_cumulocity_processing_mode,
        )
    ).parsed
