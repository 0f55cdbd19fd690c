from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...api import AsyncApiClient
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.managed_object import ManagedObject
from ...models.managed_object_collection_create import ManagedObjectCollectionCreate
from ...models.managed_object_create import ManagedObjectCreate
from ...models.post_managed_object_collection_resource_x_cumulocity_processing_mode import (
    PostManagedObjectCollectionResourceXCumulocityProcessingMode,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ManagedObjectCreate | ManagedObjectCollectionCreate | Unset = UNSET,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PostManagedObjectCollectionResourceXCumulocityProcessingMode
    | Unset = PostManagedObjectCollectionResourceXCumulocityProcessingMode.PERSISTENT,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    if not isinstance(x_cumulocity_processing_mode, Unset):
        headers["X-Cumulocity-Processing-Mode"] = str(x_cumulocity_processing_mode)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/inventory/managedObjects",
    }

    if isinstance(body, ManagedObjectCreate):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/vnd.com.nsn.cumulocity.managedobject+json"
    if isinstance(body, ManagedObjectCollectionCreate):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/vnd.com.nsn.cumulocity.managedobjectcollection+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Any | Error | ManagedObject | None:
    if response.status_code == 201:
        response_201 = ManagedObject.from_dict(response.json())

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
) -> Response[Any | Error | ManagedObject]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ManagedObjectCreate | ManagedObjectCollectionCreate | Unset = UNSET,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PostManagedObjectCollectionResourceXCumulocityProcessingMode
    | Unset = PostManagedObjectCollectionResourceXCumulocityProcessingMode.PERSISTENT,
) -> Response[Any | Error | ManagedObject]:
    """
    Args:
        accept (str | Unset):  Example: application/json.
        x_cumulocity_processing_mode (PostManagedObjectCollectionResourceXCumulocityProcessingMode
            | Unset):  Default:
            PostManagedObjectCollectionResourceXCumulocityProcessingMode.PERSISTENT. Example:
            PERSISTENT.
        body (ManagedObjectCreate):  Example: {'name': 'My tracking device', 'externalIds':
            [{'externalId': 'simulator_145074_1', 'type': 'c8y_Serial'}], 'c8y_IsDevice': {},
            'c8y_DeviceTypes': ['deviceSubsetType'], 'c8y_SupportedOperations': ['c8y_Restart']}.
        body (ManagedObjectCollectionCreate):  Example: {'managedObjects': [{'name': 'My tracking
            device', 'c8y_IsDevice': {}}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | ManagedObject]
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
    body: ManagedObjectCreate | ManagedObjectCollectionCreate | Unset = UNSET,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PostManagedObjectCollectionResourceXCumulocityProcessingMode
    | Unset = PostManagedObjectCollectionResourceXCumulocityProcessingMode.PERSISTENT,
) -> Any | Error | ManagedObject | None:
    """
    Args:
        accept (str | Unset):  Example: application/json.
        x_cumulocity_processing_mode (PostManagedObjectCollectionResourceXCumulocityProcessingMode
            | Unset):  Default:
            PostManagedObjectCollectionResourceXCumulocityProcessingMode.PERSISTENT. Example:
            PERSISTENT.
        body (ManagedObjectCreate):  Example: {'name': 'My tracking device', 'externalIds':
            [{'externalId': 'simulator_145074_1', 'type': 'c8y_Serial'}], 'c8y_IsDevice': {},
            'c8y_DeviceTypes': ['deviceSubsetType'], 'c8y_SupportedOperations': ['c8y_Restart']}.
        body (ManagedObjectCollectionCreate):  Example: {'managedObjects': [{'name': 'My tracking
            device', 'c8y_IsDevice': {}}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | ManagedObject
    """

    return sync_detailed(
        client=client,
        body=body,
        accept=accept,
        x_cumulocity_processing_mode=x_cumulocity_processing_mode,
    ).parsed


async def asyncio_detailed(
    *,
    body: ManagedObjectCreate | ManagedObjectCollectionCreate | Unset = UNSET,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PostManagedObjectCollectionResourceXCumulocityProcessingMode
    | Unset = PostManagedObjectCollectionResourceXCumulocityProcessingMode.PERSISTENT,
    client: AsyncApiClient,
) -> Response[Any | Error | ManagedObject]:
    """
    Args:
        accept (str | Unset):  Example: application/json.
        x_cumulocity_processing_mode (PostManagedObjectCollectionResourceXCumulocityProcessingMode
            | Unset):  Default:
            PostManagedObjectCollectionResourceXCumulocityProcessingMode.PERSISTENT. Example:
            PERSISTENT.
        body (ManagedObjectCreate):  Example: {'name': 'My tracking device', 'externalIds':
            [{'externalId': 'simulator_145074_1', 'type': 'c8y_Serial'}], 'c8y_IsDevice': {},
            'c8y_DeviceTypes': ['deviceSubsetType'], 'c8y_SupportedOperations': ['c8y_Restart']}.
        body (ManagedObjectCollectionCreate):  Example: {'managedObjects': [{'name': 'My tracking
            device', 'c8y_IsDevice': {}}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | ManagedObject]
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
    body: ManagedObjectCreate | ManagedObjectCollectionCreate | Unset = UNSET,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PostManagedObjectCollectionResourceXCumulocityProcessingMode
    | Unset = PostManagedObjectCollectionResourceXCumulocityProcessingMode.PERSISTENT,
    client: AsyncApiClient,
) -> Any | Error | ManagedObject | None:
    """
    Args:
        accept (str | Unset):  Example: application/json.
        x_cumulocity_processing_mode (PostManagedObjectCollectionResourceXCumulocityProcessingMode
            | Unset):  Default:
            PostManagedObjectCollectionResourceXCumulocityProcessingMode.PERSISTENT. Example:
            PERSISTENT.
        body (ManagedObjectCreate):  Example: {'name': 'My tracking device', 'externalIds':
            [{'externalId': 'simulator_145074_1', 'type': 'c8y_Serial'}], 'c8y_IsDevice': {},
            'c8y_DeviceTypes': ['deviceSubsetType'], 'c8y_SupportedOperations': ['c8y_Restart']}.
        body (ManagedObjectCollectionCreate):  Example: {'managedObjects': [{'name': 'My tracking
            device', 'c8y_IsDevice': {}}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | ManagedObject
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            accept=accept,
            x_cumulocity_processing_mode=x_cumulocity_processing_mode,
        )
    ).parsed
