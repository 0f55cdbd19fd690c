from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...api import AsyncApiClient
from ...client import AuthenticatedClient, Client
from ...models.child_operations_add_multiple import ChildOperationsAddMultiple
from ...models.child_operations_add_one import ChildOperationsAddOne
from ...models.error import Error
from ...models.managed_object import ManagedObject
from ...models.post_managed_object_child_devices_resource_x_cumulocity_processing_mode import (
    PostManagedObjectChildDevicesResourceXCumulocityProcessingMode,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    body: ChildOperationsAddOne | ChildOperationsAddMultiple | ManagedObject | Unset = UNSET,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PostManagedObjectChildDevicesResourceXCumulocityProcessingMode
    | Unset = PostManagedObjectChildDevicesResourceXCumulocityProcessingMode.PERSISTENT,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    if not isinstance(x_cumulocity_processing_mode, Unset):
        headers["X-Cumulocity-Processing-Mode"] = str(x_cumulocity_processing_mode)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/inventory/managedObjects/{id}/childDevices".format(
            id=quote(str(id), safe=""),
        ),
    }

    if isinstance(body, ChildOperationsAddOne):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/vnd.com.nsn.cumulocity.managedobjectreference+json"
    if isinstance(body, ChildOperationsAddMultiple):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/vnd.com.nsn.cumulocity.managedobjectreferencecollection+json"
    if isinstance(body, ManagedObject):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/vnd.com.nsn.cumulocity.managedobject+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Any | Error | None:
    if response.status_code == 201:
        response_201 = cast(Any, None)
        return response_201

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
) -> Response[Any | Error]:
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
    body: ChildOperationsAddOne | ChildOperationsAddMultiple | ManagedObject | Unset = UNSET,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PostManagedObjectChildDevicesResourceXCumulocityProcessingMode
    | Unset = PostManagedObjectChildDevicesResourceXCumulocityProcessingMode.PERSISTENT,
) -> Response[Any | Error]:
    """
    Args:
        id (str):  Example: 251982.
        accept (str | Unset):  Example: application/json.
        x_cumulocity_processing_mode
            (PostManagedObjectChildDevicesResourceXCumulocityProcessingMode | Unset):  Default:
            PostManagedObjectChildDevicesResourceXCumulocityProcessingMode.PERSISTENT. Example:
            PERSISTENT.
        body (ChildOperationsAddOne):
        body (ChildOperationsAddMultiple):
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
        Response[Any | Error]
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
    body: ChildOperationsAddOne | ChildOperationsAddMultiple | ManagedObject | Unset = UNSET,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PostManagedObjectChildDevicesResourceXCumulocityProcessingMode
    | Unset = PostManagedObjectChildDevicesResourceXCumulocityProcessingMode.PERSISTENT,
) -> Any | Error | None:
    """
    Args:
        id (str):  Example: 251982.
        accept (str | Unset):  Example: application/json.
        x_cumulocity_processing_mode
            (PostManagedObjectChildDevicesResourceXCumulocityProcessingMode | Unset):  Default:
            PostManagedObjectChildDevicesResourceXCumulocityProcessingMode.PERSISTENT. Example:
            PERSISTENT.
        body (ChildOperationsAddOne):
        body (ChildOperationsAddMultiple):
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
        Any | Error
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
    body: ChildOperationsAddOne | ChildOperationsAddMultiple | ManagedObject | Unset = UNSET,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PostManagedObjectChildDevicesResourceXCumulocityProcessingMode
    | Unset = PostManagedObjectChildDevicesResourceXCumulocityProcessingMode.PERSISTENT,
    client: AsyncApiClient,
) -> Response[Any | Error]:
    """
    Args:
        id (str):  Example: 251982.
        accept (str | Unset):  Example: application/json.
        x_cumulocity_processing_mode
            (PostManagedObjectChildDevicesResourceXCumulocityProcessingMode | Unset):  Default:
            PostManagedObjectChildDevicesResourceXCumulocityProcessingMode.PERSISTENT. Example:
            PERSISTENT.
        body (ChildOperationsAddOne):
        body (ChildOperationsAddMultiple):
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
        Response[Any | Error]
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
    body: ChildOperationsAddOne | ChildOperationsAddMultiple | ManagedObject | Unset = UNSET,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PostManagedObjectChildDevicesResourceXCumulocityProcessingMode
    | Unset = PostManagedObjectChildDevicesResourceXCumulocityProcessingMode.PERSISTENT,
    client: AsyncApiClient,
) -> Any | Error | None:
    """
    Args:
        id (str):  Example: 251982.
        accept (str | Unset):  Example: application/json.
        x_cumulocity_processing_mode
            (PostManagedObjectChildDevicesResourceXCumulocityProcessingMode | Unset):  Default:
            PostManagedObjectChildDevicesResourceXCumulocityProcessingMode.PERSISTENT. Example:
            PERSISTENT.
        body (ChildOperationsAddOne):
        body (ChildOperationsAddMultiple):
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
        Any | Error
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
