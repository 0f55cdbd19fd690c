from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...api import AsyncApiClient
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.new_device_request import NewDeviceRequest
from ...models.post_new_device_request_collection_resource_body import PostNewDeviceRequestCollectionResourceBody
from ...models.post_new_device_request_collection_resource_x_cumulocity_processing_mode import (
    PostNewDeviceRequestCollectionResourceXCumulocityProcessingMode,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: PostNewDeviceRequestCollectionResourceBody,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PostNewDeviceRequestCollectionResourceXCumulocityProcessingMode
    | Unset = PostNewDeviceRequestCollectionResourceXCumulocityProcessingMode.PERSISTENT,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    if not isinstance(x_cumulocity_processing_mode, Unset):
        headers["X-Cumulocity-Processing-Mode"] = str(x_cumulocity_processing_mode)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/devicecontrol/newDeviceRequests",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.com.nsn.cumulocity.newdevicerequest+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Any | Error | NewDeviceRequest | None:
    if response.status_code == 201:
        response_201 = NewDeviceRequest.from_dict(response.json())

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
) -> Response[Any | Error | NewDeviceRequest]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PostNewDeviceRequestCollectionResourceBody,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PostNewDeviceRequestCollectionResourceXCumulocityProcessingMode
    | Unset = PostNewDeviceRequestCollectionResourceXCumulocityProcessingMode.PERSISTENT,
) -> Response[Any | Error | NewDeviceRequest]:
    """
    Args:
        accept (str | Unset):  Example: application/json.
        x_cumulocity_processing_mode
            (PostNewDeviceRequestCollectionResourceXCumulocityProcessingMode | Unset):  Default:
            PostNewDeviceRequestCollectionResourceXCumulocityProcessingMode.PERSISTENT. Example:
            PERSISTENT.
        body (PostNewDeviceRequestCollectionResourceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | NewDeviceRequest]
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
    body: PostNewDeviceRequestCollectionResourceBody,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PostNewDeviceRequestCollectionResourceXCumulocityProcessingMode
    | Unset = PostNewDeviceRequestCollectionResourceXCumulocityProcessingMode.PERSISTENT,
) -> Any | Error | NewDeviceRequest | None:
    """
    Args:
        accept (str | Unset):  Example: application/json.
        x_cumulocity_processing_mode
            (PostNewDeviceRequestCollectionResourceXCumulocityProcessingMode | Unset):  Default:
            PostNewDeviceRequestCollectionResourceXCumulocityProcessingMode.PERSISTENT. Example:
            PERSISTENT.
        body (PostNewDeviceRequestCollectionResourceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | NewDeviceRequest
    """

    return sync_detailed(
        client=client,
        body=body,
        accept=accept,
        x_cumulocity_processing_mode=x_cumulocity_processing_mode,
    ).parsed


async def asyncio_detailed(
    *,
    body: PostNewDeviceRequestCollectionResourceBody,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PostNewDeviceRequestCollectionResourceXCumulocityProcessingMode
    | Unset = PostNewDeviceRequestCollectionResourceXCumulocityProcessingMode.PERSISTENT,
    client: AsyncApiClient,
) -> Response[Any | Error | NewDeviceRequest]:
    """
    Args:
        accept (str | Unset):  Example: application/json.
        x_cumulocity_processing_mode
            (PostNewDeviceRequestCollectionResourceXCumulocityProcessingMode | Unset):  Default:
            PostNewDeviceRequestCollectionResourceXCumulocityProcessingMode.PERSISTENT. Example:
            PERSISTENT.
        body (PostNewDeviceRequestCollectionResourceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | NewDeviceRequest]
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
    body: PostNewDeviceRequestCollectionResourceBody,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PostNewDeviceRequestCollectionResourceXCumulocityProcessingMode
    | Unset = PostNewDeviceRequestCollectionResourceXCumulocityProcessingMode.PERSISTENT,
    client: AsyncApiClient,
) -> Any | Error | NewDeviceRequest | None:
    """
    Args:
        accept (str | Unset):  Example: application/json.
        x_cumulocity_processing_mode
            (PostNewDeviceRequestCollectionResourceXCumulocityProcessingMode | Unset):  Default:
            PostNewDeviceRequestCollectionResourceXCumulocityProcessingMode.PERSISTENT. Example:
            PERSISTENT.
        body (PostNewDeviceRequestCollectionResourceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | NewDeviceRequest
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            accept=accept,
            x_cumulocity_processing_mode=x_cumulocity_processing_mode,
        )
    ).parsed
