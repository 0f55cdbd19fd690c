from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...api import AsyncApiClient
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.managed_object import ManagedObject
from ...models.put_managed_object_resource_x_cumulocity_processing_mode import (
    PutManagedObjectResourceXCumulocityProcessingMode,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    body: ManagedObject,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PutManagedObjectResourceXCumulocityProcessingMode
    | Unset = PutManagedObjectResourceXCumulocityProcessingMode.PERSISTENT,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    if not isinstance(x_cumulocity_processing_mode, Unset):
        headers["X-Cumulocity-Processing-Mode"] = str(x_cumulocity_processing_mode)

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/inventory/managedObjects/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.com.nsn.cumulocity.managedobject+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Any | Error | ManagedObject | None:
    if response.status_code == 200:
        response_200 = ManagedObject.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Response[Any | Error | ManagedObject]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    body: ManagedObject,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PutManagedObjectResourceXCumulocityProcessingMode
    | Unset = PutManagedObjectResourceXCumulocityProcessingMode.PERSISTENT,
) -> Response[Any | Error | ManagedObject]:
    """
    Args:
        id (str):  Example: 251982.
        accept (str | Unset):  Example: application/json.
        x_cumulocity_processing_mode (PutManagedObjectResourceXCumulocityProcessingMode | Unset):
            Default: PutManagedObjectResourceXCumulocityProcessingMode.PERSISTENT. Example:
            PERSISTENT.
        body (ManagedObject):  Example: {'creationTime': '2017-12-12T22:09:06.881+01:00', 'id':
            '51994', 'lastUpdated': '2018-07-19T12:01:50.731Z', 'name': 'My tracking device', 'owner':
            'manga', 'self': 'https://<TENANT_DOMAIN>/inventory/managedObjects/51994', 'c8y_IsDevice':
            {}, 'c8y_DeviceTypes': ['deviceSubsetType'], 'c8y_SupportedOperations': ['c8y_Restart'],
            'c8y_LatestMeasurements': {'c8y_Temperature': {'T': {'value': 10, 'unit': 'C', 'time':
            '2020-06-09T09:48:40.008Z'}}}, 'c8y_PreviousMeasurements': {'c8y_Temperature': {'T':
            {'value': 15, 'unit': 'C', 'time': '2020-06-09T08:48:40.008Z'}}}, 'childAdditions':
            {'self': 'https://<TENANT_DOMAIN>/inventory/managedObjects/51994/childAdditions',
            'references': []}, 'childAssets': {'self':
            'https://<TENANT_DOMAIN>/inventory/managedObjects/51994/childAssets', 'references': []},
            'childDevices': {'self':
            'https://<TENANT_DOMAIN>/inventory/managedObjects/51994/childDevices', 'references': []},
            'additionParents': {'self':
            'https://<TENANT_DOMAIN>/inventory/managedObjects/51994/additionParents', 'references':
            []}, 'assetParents': {'self':
            'https://<TENANT_DOMAIN>/inventory/managedObjects/51994/assetParents', 'references': []},
            'deviceParents': {'self':
            'https://<TENANT_DOMAIN>/inventory/managedObjects/51994/deviceParents', 'references':
            []}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | ManagedObject]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        accept=accept,
        x_cumulocity_processing_mode=x_cumulocity_processing_mode,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    body: ManagedObject,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PutManagedObjectResourceXCumulocityProcessingMode
    | Unset = PutManagedObjectResourceXCumulocityProcessingMode.PERSISTENT,
) -> Any | Error | ManagedObject | None:
    """
    Args:
        id (str):  Example: 251982.
        accept (str | Unset):  Example: application/json.
        x_cumulocity_processing_mode (PutManagedObjectResourceXCumulocityProcessingMode | Unset):
            Default: PutManagedObjectResourceXCumulocityProcessingMode.PERSISTENT. Example:
            PERSISTENT.
        body (ManagedObject):  Example: {'creationTime': '2017-12-12T22:09:06.881+01:00', 'id':
            '51994', 'lastUpdated': '2018-07-19T12:01:50.731Z', 'name': 'My tracking device', 'owner':
            'manga', 'self': 'https://<TENANT_DOMAIN>/inventory/managedObjects/51994', 'c8y_IsDevice':
            {}, 'c8y_DeviceTypes': ['deviceSubsetType'], 'c8y_SupportedOperations': ['c8y_Restart'],
            'c8y_LatestMeasurements': {'c8y_Temperature': {'T': {'value': 10, 'unit': 'C', 'time':
            '2020-06-09T09:48:40.008Z'}}}, 'c8y_PreviousMeasurements': {'c8y_Temperature': {'T':
            {'value': 15, 'unit': 'C', 'time': '2020-06-09T08:48:40.008Z'}}}, 'childAdditions':
            {'self': 'https://<TENANT_DOMAIN>/inventory/managedObjects/51994/childAdditions',
            'references': []}, 'childAssets': {'self':
            'https://<TENANT_DOMAIN>/inventory/managedObjects/51994/childAssets', 'references': []},
            'childDevices': {'self':
            'https://<TENANT_DOMAIN>/inventory/managedObjects/51994/childDevices', 'references': []},
            'additionParents': {'self':
            'https://<TENANT_DOMAIN>/inventory/managedObjects/51994/additionParents', 'references':
            []}, 'assetParents': {'self':
            'https://<TENANT_DOMAIN>/inventory/managedObjects/51994/assetParents', 'references': []},
            'deviceParents': {'self':
            'https://<TENANT_DOMAIN>/inventory/managedObjects/51994/deviceParents', 'references':
            []}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | ManagedObject
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        accept=accept,
        x_cumulocity_processing_mode=x_cumulocity_processing_mode,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    body: ManagedObject,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PutManagedObjectResourceXCumulocityProcessingMode
    | Unset = PutManagedObjectResourceXCumulocityProcessingMode.PERSISTENT,
    client: AsyncApiClient,
) -> Response[Any | Error | ManagedObject]:
    """
    Args:
        id (str):  Example: 251982.
        accept (str | Unset):  Example: application/json.
        x_cumulocity_processing_mode (PutManagedObjectResourceXCumulocityProcessingMode | Unset):
            Default: PutManagedObjectResourceXCumulocityProcessingMode.PERSISTENT. Example:
            PERSISTENT.
        body (ManagedObject):  Example: {'creationTime': '2017-12-12T22:09:06.881+01:00', 'id':
            '51994', 'lastUpdated': '2018-07-19T12:01:50.731Z', 'name': 'My tracking device', 'owner':
            'manga', 'self': 'https://<TENANT_DOMAIN>/inventory/managedObjects/51994', 'c8y_IsDevice':
            {}, 'c8y_DeviceTypes': ['deviceSubsetType'], 'c8y_SupportedOperations': ['c8y_Restart'],
            'c8y_LatestMeasurements': {'c8y_Temperature': {'T': {'value': 10, 'unit': 'C', 'time':
            '2020-06-09T09:48:40.008Z'}}}, 'c8y_PreviousMeasurements': {'c8y_Temperature': {'T':
            {'value': 15, 'unit': 'C', 'time': '2020-06-09T08:48:40.008Z'}}}, 'childAdditions':
            {'self': 'https://<TENANT_DOMAIN>/inventory/managedObjects/51994/childAdditions',
            'references': []}, 'childAssets': {'self':
            'https://<TENANT_DOMAIN>/inventory/managedObjects/51994/childAssets', 'references': []},
            'childDevices': {'self':
            'https://<TENANT_DOMAIN>/inventory/managedObjects/51994/childDevices', 'references': []},
            'additionParents': {'self':
            'https://<TENANT_DOMAIN>/inventory/managedObjects/51994/additionParents', 'references':
            []}, 'assetParents': {'self':
            'https://<TENANT_DOMAIN>/inventory/managedObjects/51994/assetParents', 'references': []},
            'deviceParents': {'self':
            'https://<TENANT_DOMAIN>/inventory/managedObjects/51994/deviceParents', 'references':
            []}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | ManagedObject]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        accept=accept,
        x_cumulocity_processing_mode=x_cumulocity_processing_mode,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    body: ManagedObject,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PutManagedObjectResourceXCumulocityProcessingMode
    | Unset = PutManagedObjectResourceXCumulocityProcessingMode.PERSISTENT,
    client: AsyncApiClient,
) -> Any | Error | ManagedObject | None:
    """
    Args:
        id (str):  Example: 251982.
        accept (str | Unset):  Example: application/json.
        x_cumulocity_processing_mode (PutManagedObjectResourceXCumulocityProcessingMode | Unset):
            Default: PutManagedObjectResourceXCumulocityProcessingMode.PERSISTENT. Example:
            PERSISTENT.
        body (ManagedObject):  Example: {'creationTime': '2017-12-12T22:09:06.881+01:00', 'id':
            '51994', 'lastUpdated': '2018-07-19T12:01:50.731Z', 'name': 'My tracking device', 'owner':
            'manga', 'self': 'https://<TENANT_DOMAIN>/inventory/managedObjects/51994', 'c8y_IsDevice':
            {}, 'c8y_DeviceTypes': ['deviceSubsetType'], 'c8y_SupportedOperations': ['c8y_Restart'],
            'c8y_LatestMeasurements': {'c8y_Temperature': {'T': {'value': 10, 'unit': 'C', 'time':
            '2020-06-09T09:48:40.008Z'}}}, 'c8y_PreviousMeasurements': {'c8y_Temperature': {'T':
            {'value': 15, 'unit': 'C', 'time': '2020-06-09T08:48:40.008Z'}}}, 'childAdditions':
            {'self': 'https://<TENANT_DOMAIN>/inventory/managedObjects/51994/childAdditions',
            'references': []}, 'childAssets': {'self':
            'https://<TENANT_DOMAIN>/inventory/managedObjects/51994/childAssets', 'references': []},
            'childDevices': {'self':
            'https://<TENANT_DOMAIN>/inventory/managedObjects/51994/childDevices', 'references': []},
            'additionParents': {'self':
            'https://<TENANT_DOMAIN>/inventory/managedObjects/51994/additionParents', 'references':
            []}, 'assetParents': {'self':
            'https://<TENANT_DOMAIN>/inventory/managedObjects/51994/assetParents', 'references': []},
            'deviceParents': {'self':
            'https://<TENANT_DOMAIN>/inventory/managedObjects/51994/deviceParents', 'references':
            []}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | ManagedObject
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            accept=accept,
            x_cumulocity_processing_mode=x_cumulocity_processing_mode,
        )
    ).parsed
