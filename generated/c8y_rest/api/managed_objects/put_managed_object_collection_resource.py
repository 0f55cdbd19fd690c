from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...api import AsyncApiClient
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.managed_object_collection import ManagedObjectCollection
from ...models.managed_object_collection_update import ManagedObjectCollectionUpdate
from ...models.put_managed_object_collection_resource_x_cumulocity_processing_mode import (
    PutManagedObjectCollectionResourceXCumulocityProcessingMode,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ManagedObjectCollectionUpdate,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PutManagedObjectCollectionResourceXCumulocityProcessingMode
    | Unset = PutManagedObjectCollectionResourceXCumulocityProcessingMode.PERSISTENT,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    if not isinstance(x_cumulocity_processing_mode, Unset):
        headers["X-Cumulocity-Processing-Mode"] = str(x_cumulocity_processing_mode)

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/inventory/managedObjects",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.com.nsn.cumulocity.managedobjectcollection+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Any | Error | ManagedObjectCollection | None:
    if response.status_code == 200:
        response_200 = ManagedObjectCollection.from_dict(response.json())

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
) -> Response[Any | Error | ManagedObjectCollection]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ManagedObjectCollectionUpdate,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PutManagedObjectCollectionResourceXCumulocityProcessingMode
    | Unset = PutManagedObjectCollectionResourceXCumulocityProcessingMode.PERSISTENT,
) -> Response[Any | Error | ManagedObjectCollection]:
    """
    Args:
        accept (str | Unset):  Example: application/json.
        x_cumulocity_processing_mode (PutManagedObjectCollectionResourceXCumulocityProcessingMode
            | Unset):  Default:
            PutManagedObjectCollectionResourceXCumulocityProcessingMode.PERSISTENT. Example:
            PERSISTENT.
        body (ManagedObjectCollectionUpdate):  Example: {'managedObjects': [{'id': '51994',
            'name': 'My tracking device', 'owner': 'manga', 'c8y_IsDevice': {}}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | ManagedObjectCollection]
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
    body: ManagedObjectCollectionUpdate,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PutManagedObjectCollectionResourceXCumulocityProcessingMode
    | Unset = PutManagedObjectCollectionResourceXCumulocityProcessingMode.PERSISTENT,
) -> Any | Error | ManagedObjectCollection | None:
    """
    Args:
        accept (str | Unset):  Example: application/json.
        x_cumulocity_processing_mode (PutManagedObjectCollectionResourceXCumulocityProcessingMode
            | Unset):  Default:
            PutManagedObjectCollectionResourceXCumulocityProcessingMode.PERSISTENT. Example:
            PERSISTENT.
        body (ManagedObjectCollectionUpdate):  Example: {'managedObjects': [{'id': '51994',
            'name': 'My tracking device', 'owner': 'manga', 'c8y_IsDevice': {}}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | ManagedObjectCollection
    """

    return sync_detailed(
        client=client,
        body=body,
        accept=accept,
        x_cumulocity_processing_mode=x_cumulocity_processing_mode,
    ).parsed


async def asyncio_detailed(
    *,
    body: ManagedObjectCollectionUpdate,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PutManagedObjectCollectionResourceXCumulocityProcessingMode
    | Unset = PutManagedObjectCollectionResourceXCumulocityProcessingMode.PERSISTENT,
    client: AsyncApiClient,
) -> Response[Any | Error | ManagedObjectCollection]:
    """
    Args:
        accept (str | Unset):  Example: application/json.
        x_cumulocity_processing_mode (PutManagedObjectCollectionResourceXCumulocityProcessingMode
            | Unset):  Default:
            PutManagedObjectCollectionResourceXCumulocityProcessingMode.PERSISTENT. Example:
            PERSISTENT.
        body (ManagedObjectCollectionUpdate):  Example: {'managedObjects': [{'id': '51994',
            'name': 'My tracking device', 'owner': 'manga', 'c8y_IsDevice': {}}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | ManagedObjectCollection]
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
    body: ManagedObjectCollectionUpdate,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PutManagedObjectCollectionResourceXCumulocityProcessingMode
    | Unset = PutManagedObjectCollectionResourceXCumulocityProcessingMode.PERSISTENT,
    client: AsyncApiClient,
) -> Any | Error | ManagedObjectCollection | None:
    """
    Args:
        accept (str | Unset):  Example: application/json.
        x_cumulocity_processing_mode (PutManagedObjectCollectionResourceXCumulocityProcessingMode
            | Unset):  Default:
            PutManagedObjectCollectionResourceXCumulocityProcessingMode.PERSISTENT. Example:
            PERSISTENT.
        body (ManagedObjectCollectionUpdate):  Example: {'managedObjects': [{'id': '51994',
            'name': 'My tracking device', 'owner': 'manga', 'c8y_IsDevice': {}}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | ManagedObjectCollection
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            accept=accept,
            x_cumulocity_processing_mode=x_cumulocity_processing_mode,
        )
    ).parsed
