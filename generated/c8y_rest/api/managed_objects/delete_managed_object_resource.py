from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...api import AsyncApiClient
from ...client import AuthenticatedClient, Client
from ...models.delete_managed_object_resource_x_cumulocity_processing_mode import (
    DeleteManagedObjectResourceXCumulocityProcessingMode,
)
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    cascade: bool | Unset = False,
    force_cascade: bool | Unset = False,
    with_device_user: bool | Unset = False,
    x_cumulocity_processing_mode: DeleteManagedObjectResourceXCumulocityProcessingMode
    | Unset = DeleteManagedObjectResourceXCumulocityProcessingMode.PERSISTENT,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_cumulocity_processing_mode, Unset):
        headers["X-Cumulocity-Processing-Mode"] = str(x_cumulocity_processing_mode)

    params: dict[str, Any] = {}

    params["cascade"] = cascade

    params["forceCascade"] = force_cascade

    params["withDeviceUser"] = with_device_user

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/inventory/managedObjects/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Any | Error | str | None:
    if response.status_code == 204:
        response_204 = cast(str, response.content)
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

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Response[Any | Error | str]:
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
    cascade: bool | Unset = False,
    force_cascade: bool | Unset = False,
    with_device_user: bool | Unset = False,
    x_cumulocity_processing_mode: DeleteManagedObjectResourceXCumulocityProcessingMode
    | Unset = DeleteManagedObjectResourceXCumulocityProcessingMode.PERSISTENT,
) -> Response[Any | Error | str]:
    """
    Args:
        id (str):  Example: 251982.
        cascade (bool | Unset):  Default: False. Example: True.
        force_cascade (bool | Unset):  Default: False. Example: True.
        with_device_user (bool | Unset):  Default: False. Example: True.
        x_cumulocity_processing_mode (DeleteManagedObjectResourceXCumulocityProcessingMode |
            Unset):  Default: DeleteManagedObjectResourceXCumulocityProcessingMode.PERSISTENT.
            Example: PERSISTENT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | str]
    """

    kwargs = _get_kwargs(
        id=id,
        cascade=cascade,
        force_cascade=force_cascade,
        with_device_user=with_device_user,
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
    cascade: bool | Unset = False,
    force_cascade: bool | Unset = False,
    with_device_user: bool | Unset = False,
    x_cumulocity_processing_mode: DeleteManagedObjectResourceXCumulocityProcessingMode
    | Unset = DeleteManagedObjectResourceXCumulocityProcessingMode.PERSISTENT,
) -> Any | Error | str | None:
    """
    Args:
        id (str):  Example: 251982.
        cascade (bool | Unset):  Default: False. Example: True.
        force_cascade (bool | Unset):  Default: False. Example: True.
        with_device_user (bool | Unset):  Default: False. Example: True.
        x_cumulocity_processing_mode (DeleteManagedObjectResourceXCumulocityProcessingMode |
            Unset):  Default: DeleteManagedObjectResourceXCumulocityProcessingMode.PERSISTENT.
            Example: PERSISTENT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | str
    """

    return sync_detailed(
        id=id,
        client=client,
        cascade=cascade,
        force_cascade=force_cascade,
        with_device_user=with_device_user,
        x_cumulocity_processing_mode=x_cumulocity_processing_mode,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    cascade: bool | Unset = False,
    force_cascade: bool | Unset = False,
    with_device_user: bool | Unset = False,
    x_cumulocity_processing_mode: DeleteManagedObjectResourceXCumulocityProcessingMode
    | Unset = DeleteManagedObjectResourceXCumulocityProcessingMode.PERSISTENT,
    client: AsyncApiClient,
) -> Response[Any | Error | str]:
    """
    Args:
        id (str):  Example: 251982.
        cascade (bool | Unset):  Default: False. Example: True.
        force_cascade (bool | Unset):  Default: False. Example: True.
        with_device_user (bool | Unset):  Default: False. Example: True.
        x_cumulocity_processing_mode (DeleteManagedObjectResourceXCumulocityProcessingMode |
            Unset):  Default: DeleteManagedObjectResourceXCumulocityProcessingMode.PERSISTENT.
            Example: PERSISTENT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | str]
    """

    kwargs = _get_kwargs(
        id=id,
        cascade=cascade,
        force_cascade=force_cascade,
        with_device_user=with_device_user,
        x_cumulocity_processing_mode=x_cumulocity_processing_mode,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    cascade: bool | Unset = False,
    force_cascade: bool | Unset = False,
    with_device_user: bool | Unset = False,
    x_cumulocity_processing_mode: DeleteManagedObjectResourceXCumulocityProcessingMode
    | Unset = DeleteManagedObjectResourceXCumulocityProcessingMode.PERSISTENT,
    client: AsyncApiClient,
) -> Any | Error | str | None:
    """
    Args:
        id (str):  Example: 251982.
        cascade (bool | Unset):  Default: False. Example: True.
        force_cascade (bool | Unset):  Default: False. Example: True.
        with_device_user (bool | Unset):  Default: False. Example: True.
        x_cumulocity_processing_mode (DeleteManagedObjectResourceXCumulocityProcessingMode |
            Unset):  Default: DeleteManagedObjectResourceXCumulocityProcessingMode.PERSISTENT.
            Example: PERSISTENT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | str
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            cascade=cascade,
            force_cascade=force_cascade,
            with_device_user=with_device_user,
            x_cumulocity_processing_mode=x_cumulocity_processing_mode,
        )
    ).parsed
