import datetime
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...api import AsyncApiClient
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_operation_collection_resource_status import GetOperationCollectionResourceStatus
from ...models.operation_collection import OperationCollection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    agent_id: str | Unset = UNSET,
    bulk_operation_id: int | Unset = UNSET,
    current_page: int | Unset = 1,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    device_id: str | Unset = UNSET,
    fragment_type: str | Unset = UNSET,
    page_size: int | Unset = 5,
    revert: bool | Unset = False,
    status: GetOperationCollectionResourceStatus | Unset = UNSET,
    with_total_elements: bool | Unset = False,
    with_total_pages: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["agentId"] = agent_id

    params["bulkOperationId"] = bulk_operation_id

    params["currentPage"] = current_page

    json_date_from: str | Unset = UNSET
    if not isinstance(date_from, Unset):
        json_date_from = date_from.isoformat()
    params["dateFrom"] = json_date_from

    json_date_to: str | Unset = UNSET
    if not isinstance(date_to, Unset):
        json_date_to = date_to.isoformat()
    params["dateTo"] = json_date_to

    params["deviceId"] = device_id

    params["fragmentType"] = fragment_type

    params["pageSize"] = page_size

    params["revert"] = revert

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["withTotalElements"] = with_total_elements

    params["withTotalPages"] = with_total_pages

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/devicecontrol/operations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Any | Error | OperationCollection | None:
    if response.status_code == 200:
        response_200 = OperationCollection.from_dict(response.json())

        return response_200

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
) -> Response[Any | Error | OperationCollection]:
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
    bulk_operation_id: int | Unset = UNSET,
    current_page: int | Unset = 1,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    device_id: str | Unset = UNSET,
    fragment_type: str | Unset = UNSET,
    page_size: int | Unset = 5,
    revert: bool | Unset = False,
    status: GetOperationCollectionResourceStatus | Unset = UNSET,
    with_total_elements: bool | Unset = False,
    with_total_pages: bool | Unset = False,
) -> Response[Any | Error | OperationCollection]:
    """
    Args:
        agent_id (str | Unset):  Example: simulator_145074_1.
        bulk_operation_id (int | Unset):  Example: 1237.
        current_page (int | Unset):  Default: 1. Example: 3.
        date_from (datetime.datetime | Unset):  Example: 2020-03-01.
        date_to (datetime.datetime | Unset):  Example: 2020-03-30.
        device_id (str | Unset):  Example: 1234.
        fragment_type (str | Unset):  Example: com_cumulocity_model_WebCamDevice.
        page_size (int | Unset):  Default: 5. Example: 10.
        revert (bool | Unset):  Default: False. Example: True.
        status (GetOperationCollectionResourceStatus | Unset):  Example: FAILED.
        with_total_elements (bool | Unset):  Default: False. Example: True.
        with_total_pages (bool | Unset):  Default: False. Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | OperationCollection]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        bulk_operation_id=bulk_operation_id,
        current_page=current_page,
        date_from=date_from,
        date_to=date_to,
        device_id=device_id,
        fragment_type=fragment_type,
        page_size=page_size,
        revert=revert,
        status=status,
        with_total_elements=with_total_elements,
        with_total_pages=with_total_pages,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    agent_id: str | Unset = UNSET,
    bulk_operation_id: int | Unset = UNSET,
    current_page: int | Unset = 1,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    device_id: str | Unset = UNSET,
    fragment_type: str | Unset = UNSET,
    page_size: int | Unset = 5,
    revert: bool | Unset = False,
    status: GetOperationCollectionResourceStatus | Unset = UNSET,
    with_total_elements: bool | Unset = False,
    with_total_pages: bool | Unset = False,
) -> Any | Error | OperationCollection | None:
    """
    Args:
        agent_id (str | Unset):  Example: simulator_145074_1.
        bulk_operation_id (int | Unset):  Example: 1237.
        current_page (int | Unset):  Default: 1. Example: 3.
        date_from (datetime.datetime | Unset):  Example: 2020-03-01.
        date_to (datetime.datetime | Unset):  Example: 2020-03-30.
        device_id (str | Unset):  Example: 1234.
        fragment_type (str | Unset):  Example: com_cumulocity_model_WebCamDevice.
        page_size (int | Unset):  Default: 5. Example: 10.
        revert (bool | Unset):  Default: False. Example: True.
        status (GetOperationCollectionResourceStatus | Unset):  Example: FAILED.
        with_total_elements (bool | Unset):  Default: False. Example: True.
        with_total_pages (bool | Unset):  Default: False. Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | OperationCollection
    """

    return sync_detailed(
        client=client,
        agent_id=agent_id,
        bulk_operation_id=bulk_operation_id,
        current_page=current_page,
        date_from=date_from,
        date_to=date_to,
        device_id=device_id,
        fragment_type=fragment_type,
        page_size=page_size,
        revert=revert,
        status=status,
        with_total_elements=with_total_elements,
        with_total_pages=with_total_pages,
    ).parsed


async def asyncio_detailed(
    *,
    agent_id: str | Unset = UNSET,
    bulk_operation_id: int | Unset = UNSET,
    current_page: int | Unset = 1,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    device_id: str | Unset = UNSET,
    fragment_type: str | Unset = UNSET,
    page_size: int | Unset = 5,
    revert: bool | Unset = False,
    status: GetOperationCollectionResourceStatus | Unset = UNSET,
    with_total_elements: bool | Unset = False,
    with_total_pages: bool | Unset = False,
    client: AsyncApiClient,
) -> Response[Any | Error | OperationCollection]:
    """
    Args:
        agent_id (str | Unset):  Example: simulator_145074_1.
        bulk_operation_id (int | Unset):  Example: 1237.
        current_page (int | Unset):  Default: 1. Example: 3.
        date_from (datetime.datetime | Unset):  Example: 2020-03-01.
        date_to (datetime.datetime | Unset):  Example: 2020-03-30.
        device_id (str | Unset):  Example: 1234.
        fragment_type (str | Unset):  Example: com_cumulocity_model_WebCamDevice.
        page_size (int | Unset):  Default: 5. Example: 10.
        revert (bool | Unset):  Default: False. Example: True.
        status (GetOperationCollectionResourceStatus | Unset):  Example: FAILED.
        with_total_elements (bool | Unset):  Default: False. Example: True.
        with_total_pages (bool | Unset):  Default: False. Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | OperationCollection]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        bulk_operation_id=bulk_operation_id,
        current_page=current_page,
        date_from=date_from,
        date_to=date_to,
        device_id=device_id,
        fragment_type=fragment_type,
        page_size=page_size,
        revert=revert,
        status=status,
        with_total_elements=with_total_elements,
        with_total_pages=with_total_pages,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    agent_id: str | Unset = UNSET,
    bulk_operation_id: int | Unset = UNSET,
    current_page: int | Unset = 1,
    date_from: datetime.datetime | Unset = UNSET,
    date_to: datetime.datetime | Unset = UNSET,
    device_id: str | Unset = UNSET,
    fragment_type: str | Unset = UNSET,
    page_size: int | Unset = 5,
    revert: bool | Unset = False,
    status: GetOperationCollectionResourceStatus | Unset = UNSET,
    with_total_elements: bool | Unset = False,
    with_total_pages: bool | Unset = False,
    client: AsyncApiClient,
) -> Any | Error | OperationCollection | None:
    """
    Args:
        agent_id (str | Unset):  Example: simulator_145074_1.
        bulk_operation_id (int | Unset):  Example: 1237.
        current_page (int | Unset):  Default: 1. Example: 3.
        date_from (datetime.datetime | Unset):  Example: 2020-03-01.
        date_to (datetime.datetime | Unset):  Example: 2020-03-30.
        device_id (str | Unset):  Example: 1234.
        fragment_type (str | Unset):  Example: com_cumulocity_model_WebCamDevice.
        page_size (int | Unset):  Default: 5. Example: 10.
        revert (bool | Unset):  Default: False. Example: True.
        status (GetOperationCollectionResourceStatus | Unset):  Example: FAILED.
        with_total_elements (bool | Unset):  Default: False. Example: True.
        with_total_pages (bool | Unset):  Default: False. Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | OperationCollection
    """

    return (
        await asyncio_detailed(
            client=client,
            agent_id=agent_id,
            bulk_operation_id=bulk_operation_id,
            current_page=current_page,
            date_from=date_from,
            date_to=date_to,
            device_id=device_id,
            fragment_type=fragment_type,
            page_size=page_size,
            revert=revert,
            status=status,
            with_total_elements=with_total_elements,
            with_total_pages=with_total_pages,
        )
    ).parsed
