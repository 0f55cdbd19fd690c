import datetime
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...api import AsyncApiClient
from ...client import AuthenticatedClient, Client
from ...models.delete_operation_collection_resource_status import DeleteOperationCollectionResourceStatus
from ...models.delete_operation_collection_resource_x_cumulocity_processing_mode import (
    DeleteOperationCollectionResourceXCumulocityProcessingMode,
)
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    agent_id: str | Unset = UNSET,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    device_id: str | Unset = UNSET,
    status: DeleteOperationCollectionResourceStatus | Unset = UNSET,
    x_cumulocity_processing_mode: DeleteOperationCollectionResourceXCumulocityProcessingMode
    | Unset = DeleteOperationCollectionResourceXCumulocityProcessingMode.PERSISTENT,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_cumulocity_processing_mode, Unset):
        headers["X-Cumulocity-Processing-Mode"] = str(x_cumulocity_processing_mode)

    params: dict[str, Any] = {}

    params["agentId"] = agent_id

    json_date_from: str | Unset = UNSET
    if not isinstance(date_from, Unset):
        json_date_from = date_from.isoformat()
    params["dateFrom"] = json_date_from

    json_date_to: str | Unset = UNSET
    if not isinstance(date_to, Unset):
        json_date_to = date_to.isoformat()
    params["dateTo"] = json_date_to

    params["deviceId"] = device_id

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/devicecontrol/operations",
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
    agent_id: str | Unset = UNSET,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    device_id: str | Unset = UNSET,
    status: DeleteOperationCollectionResourceStatus | Unset = UNSET,
    x_cumulocity_processing_mode: DeleteOperationCollectionResourceXCumulocityProcessingMode
    | Unset = DeleteOperationCollectionResourceXCumulocityProcessingMode.PERSISTENT,
) -> Response[Any | Error]:
    """
    Args:
        agent_id (str | Unset):  Example: simulator_145074_1.
        date_from (datetime.datetime | Unset):  Example: 2020-03-01.
        date_to (datetime.datetime | Unset):  Example: 2020-03-30.
        device_id (str | Unset):  Example: 1234.
        status (DeleteOperationCollectionResourceStatus | Unset):  Example: FAILED.
        x_cumulocity_processing_mode (DeleteOperationCollectionResourceXCumulocityProcessingMode |
            Unset):  Default: DeleteOperationCollectionResourceXCumulocityProcessingMode.PERSISTENT.
            Example: PERSISTENT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        date_from=date_from,
        date_to=date_to,
        device_id=device_id,
        status=status,
        x_cumulocity_processing_mode=x_cumulocity_processing_mode,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    agent_id: str | Unset = UNSET,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    device_id: str | Unset = UNSET,
    status: DeleteOperationCollectionResourceStatus | Unset = UNSET,
    x_cumulocity_processing_mode: DeleteOperationCollectionResourceXCumulocityProcessingMode
    | Unset = DeleteOperationCollectionResourceXCumulocityProcessingMode.PERSISTENT,
) -> Any | Error | None:
    """
    Args:
        agent_id (str | Unset):  Example: simulator_145074_1.
        date_from (datetime.datetime | Unset):  Example: 2020-03-01.
        date_to (datetime.datetime | Unset):  Example: 2020-03-30.
        device_id (str | Unset):  Example: 1234.
        status (DeleteOperationCollectionResourceStatus | Unset):  Example: FAILED.
        x_cumulocity_processing_mode (DeleteOperationCollectionResourceXCumulocityProcessingMode |
            Unset):  Default: DeleteOperationCollectionResourceXCumulocityProcessingMode.PERSISTENT.
            Example: PERSISTENT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        client=client,
        agent_id=agent_id,
        date_from=date_from,
        date_to=date_to,
        device_id=device_id,
        status=status,
        x_cumulocity_processing_mode=x_cumulocity_processing_mode,
    ).parsed


async def asyncio_detailed(
    *,
    agent_id: str | Unset = UNSET,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    device_id: str | Unset = UNSET,
    status: DeleteOperationCollectionResourceStatus | Unset = UNSET,
    x_cumulocity_processing_mode: DeleteOperationCollectionResourceXCumulocityProcessingMode
    | Unset = DeleteOperationCollectionResourceXCumulocityProcessingMode.PERSISTENT,
    client: AsyncApiClient,
) -> Response[Any | Error]:
    """
    Args:
        agent_id (str | Unset):  Example: simulator_145074_1.
        date_from (datetime.datetime | Unset):  Example: 2020-03-01.
        date_to (datetime.datetime | Unset):  Example: 2020-03-30.
        device_id (str | Unset):  Example: 1234.
        status (DeleteOperationCollectionResourceStatus | Unset):  Example: FAILED.
        x_cumulocity_processing_mode (DeleteOperationCollectionResourceXCumulocityProcessingMode |
            Unset):  Default: DeleteOperationCollectionResourceXCumulocityProcessingMode.PERSISTENT.
            Example: PERSISTENT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        date_from=date_from,
        date_to=date_to,
        device_id=device_id,
        status=status,
        x_cumulocity_processing_mode=x_cumulocity_processing_mode,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    agent_id: str | Unset = UNSET,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    device_id: str | Unset = UNSET,
    status: DeleteOperationCollectionResourceStatus | Unset = UNSET,
    x_cumulocity_processing_mode: DeleteOperationCollectionResourceXCumulocityProcessingMode
    | Unset = DeleteOperationCollectionResourceXCumulocityProcessingMode.PERSISTENT,
    client: AsyncApiClient,
) -> Any | Error | None:
    """
    Args:
        agent_id (str | Unset):  Example: simulator_145074_1.
        date_from (datetime.datetime | Unset):  Example: 2020-03-01.
        date_to (datetime.datetime | Unset):  Example: 2020-03-30.
        device_id (str | Unset):  Example: 1234.
        status (DeleteOperationCollectionResourceStatus | Unset):  Example: FAILED.
        x_cumulocity_processing_mode (DeleteOperationCollectionResourceXCumulocityProcessingMode |
            Unset):  Default: DeleteOperationCollectionResourceXCumulocityProcessingMode.PERSISTENT.
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
            agent_id=agent_id,
            date_from=date_from,
            date_to=date_to,
            device_id=device_id,
            status=status,
            x_cumulocity_processing_mode=x_cumulocity_processing_mode,
        )
    ).parsed
