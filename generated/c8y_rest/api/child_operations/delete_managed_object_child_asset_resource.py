from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...api import AsyncApiClient
from ...client import AuthenticatedClient, Client
from ...models.delete_managed_object_child_asset_resource_x_cumulocity_processing_mode import (
    DeleteManagedObjectChildAssetResourceXCumulocityProcessingMode,
)
from ...models.error import Error
from ...types import Response, Unset


def _get_kwargs(
    id: str,
    child_id: str,
    *,
    x_cumulocity_processing_mode: DeleteManagedObjectChildAssetResourceXCumulocityProcessingMode
    | Unset = DeleteManagedObjectChildAssetResourceXCumulocityProcessingMode.PERSISTENT,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_cumulocity_processing_mode, Unset):
        headers["X-Cumulocity-Processing-Mode"] = str(x_cumulocity_processing_mode)

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/inventory/managedObjects/{id}/childAssets/{child_id}".format(
            id=quote(str(id), safe=""),
            child_id=quote(str(child_id), safe=""),
        ),
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

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

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
    id: str,
    child_id: str,
    *,
    client: AuthenticatedClient,
    x_cumulocity_processing_mode: DeleteManagedObjectChildAssetResourceXCumulocityProcessingMode
    | Unset = DeleteManagedObjectChildAssetResourceXCumulocityProcessingMode.PERSISTENT,
) -> Response[Any | Error]:
    """
    Args:
        id (str):  Example: 251982.
        child_id (str):  Example: 72022.
        x_cumulocity_processing_mode
            (DeleteManagedObjectChildAssetResourceXCumulocityProcessingMode | Unset):  Default:
            DeleteManagedObjectChildAssetResourceXCumulocityProcessingMode.PERSISTENT. Example:
            PERSISTENT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        id=id,
        child_id=child_id,
        x_cumulocity_processing_mode=x_cumulocity_processing_mode,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    child_id: str,
    *,
    client: AuthenticatedClient,
    x_cumulocity_processing_mode: DeleteManagedObjectChildAssetResourceXCumulocityProcessingMode
    | Unset = DeleteManagedObjectChildAssetResourceXCumulocityProcessingMode.PERSISTENT,
) -> Any | Error | None:
    """
    Args:
        id (str):  Example: 251982.
        child_id (str):  Example: 72022.
        x_cumulocity_processing_mode
            (DeleteManagedObjectChildAssetResourceXCumulocityProcessingMode | Unset):  Default:
            DeleteManagedObjectChildAssetResourceXCumulocityProcessingMode.PERSISTENT. Example:
            PERSISTENT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        id=id,
        child_id=child_id,
        client=client,
        x_cumulocity_processing_mode=x_cumulocity_processing_mode,
    ).parsed


async def asyncio_detailed(
    id: str,
    child_id: str,
    *,
    x_cumulocity_processing_mode: DeleteManagedObjectChildAssetResourceXCumulocityProcessingMode
    | Unset = DeleteManagedObjectChildAssetResourceXCumulocityProcessingMode.PERSISTENT,
    client: AsyncApiClient,
) -> Response[Any | Error]:
    """
    Args:
        id (str):  Example: 251982.
        child_id (str):  Example: 72022.
        x_cumulocity_processing_mode
            (DeleteManagedObjectChildAssetResourceXCumulocityProcessingMode | Unset):  Default:
            DeleteManagedObjectChildAssetResourceXCumulocityProcessingMode.PERSISTENT. Example:
            PERSISTENT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        id=id,
        child_id=child_id,
        x_cumulocity_processing_mode=x_cumulocity_processing_mode,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    child_id: str,
    *,
    x_cumulocity_processing_mode: DeleteManagedObjectChildAssetResourceXCumulocityProcessingMode
    | Unset = DeleteManagedObjectChildAssetResourceXCumulocityProcessingMode.PERSISTENT,
    client: AsyncApiClient,
) -> Any | Error | None:
    """
    Args:
        id (str):  Example: 251982.
        child_id (str):  Example: 72022.
        x_cumulocity_processing_mode
            (DeleteManagedObjectChildAssetResourceXCumulocityProcessingMode | Unset):  Default:
            DeleteManagedObjectChildAssetResourceXCumulocityProcessingMode.PERSISTENT. Example:
            PERSISTENT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            id=id,
            child_id=child_id,
            client=client,
            x_cumulocity_processing_mode=x_cumulocity_processing_mode,
        )
    ).parsed
