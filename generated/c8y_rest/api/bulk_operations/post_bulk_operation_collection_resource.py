from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...api import AsyncApiClient
from ...client import AuthenticatedClient, Client
from ...models.bulk_operation import BulkOperation
from ...models.error import Error
from ...models.post_bulk_operation_collection_resource_x_cumulocity_processing_mode import (
    PostBulkOperationCollectionResourceXCumulocityProcessingMode,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: BulkOperation,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PostBulkOperationCollectionResourceXCumulocityProcessingMode
    | Unset = PostBulkOperationCollectionResourceXCumulocityProcessingMode.PERSISTENT,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    if not isinstance(x_cumulocity_processing_mode, Unset):
        headers["X-Cumulocity-Processing-Mode"] = str(x_cumulocity_processing_mode)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/devicecontrol/bulkoperations",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.com.nsn.cumulocity.bulkoperation+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Any | BulkOperation | Error | None:
    if response.status_code == 201:
        response_201 = BulkOperation.from_dict(response.json())

        return response_201

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
) -> Response[Any | BulkOperation | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BulkOperation,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PostBulkOperationCollectionResourceXCumulocityProcessingMode
    | Unset = PostBulkOperationCollectionResourceXCumulocityProcessingMode.PERSISTENT,
) -> Response[Any | BulkOperation | Error]:
    """
    Args:
        accept (str | Unset):  Example: application/json.
        x_cumulocity_processing_mode (PostBulkOperationCollectionResourceXCumulocityProcessingMode
            | Unset):  Default:
            PostBulkOperationCollectionResourceXCumulocityProcessingMode.PERSISTENT. Example:
            PERSISTENT.
        body (BulkOperation):  Example: {'self':
            'https://<TENANT_DOMAIN>/devicecontrol/bulkoperations/1237', 'id': '1237', 'groupId':
            '12359', 'failedParentId': '1236', 'startDate': '2022-05-01T22:21:22', 'creationRamp': 15,
            'operationPrototype': {'description': 'Restart device', 'c8y_Restart': {}}, 'status':
            'IN_PROGRESS', 'generalStatus': 'EXECUTING', 'progress': {'pending': 0, 'failed': 0,
            'executing': 0, 'successful': 0, 'all': 1}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BulkOperation | Error]
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
    body: BulkOperation,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PostBulkOperationCollectionResourceXCumulocityProcessingMode
    | Unset = PostBulkOperationCollectionResourceXCumulocityProcessingMode.PERSISTENT,
) -> Any | BulkOperation | Error | None:
    """
    Args:
        accept (str | Unset):  Example: application/json.
        x_cumulocity_processing_mode (PostBulkOperationCollectionResourceXCumulocityProcessingMode
            | Unset):  Default:
            PostBulkOperationCollectionResourceXCumulocityProcessingMode.PERSISTENT. Example:
            PERSISTENT.
        body (BulkOperation):  Example: {'self':
            'https://<TENANT_DOMAIN>/devicecontrol/bulkoperations/1237', 'id': '1237', 'groupId':
            '12359', 'failedParentId': '1236', 'startDate': '2022-05-01T22:21:22', 'creationRamp': 15,
            'operationPrototype': {'description': 'Restart device', 'c8y_Restart': {}}, 'status':
            'IN_PROGRESS', 'generalStatus': 'EXECUTING', 'progress': {'pending': 0, 'failed': 0,
            'executing': 0, 'successful': 0, 'all': 1}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BulkOperation | Error
    """

    return sync_detailed(
        client=client,
        body=body,
        accept=accept,
        x_cumulocity_processing_mode=x_cumulocity_processing_mode,
    ).parsed


async def asyncio_detailed(
    *,
    body: BulkOperation,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PostBulkOperationCollectionResourceXCumulocityProcessingMode
    | Unset = PostBulkOperationCollectionResourceXCumulocityProcessingMode.PERSISTENT,
    client: AsyncApiClient,
) -> Response[Any | BulkOperation | Error]:
    """
    Args:
        accept (str | Unset):  Example: application/json.
        x_cumulocity_processing_mode (PostBulkOperationCollectionResourceXCumulocityProcessingMode
            | Unset):  Default:
            PostBulkOperationCollectionResourceXCumulocityProcessingMode.PERSISTENT. Example:
            PERSISTENT.
        body (BulkOperation):  Example: {'self':
            'https://<TENANT_DOMAIN>/devicecontrol/bulkoperations/1237', 'id': '1237', 'groupId':
            '12359', 'failedParentId': '1236', 'startDate': '2022-05-01T22:21:22', 'creationRamp': 15,
            'operationPrototype': {'description': 'Restart device', 'c8y_Restart': {}}, 'status':
            'IN_PROGRESS', 'generalStatus': 'EXECUTING', 'progress': {'pending': 0, 'failed': 0,
            'executing': 0, 'successful': 0, 'all': 1}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BulkOperation | Error]
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
    body: BulkOperation,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PostBulkOperationCollectionResourceXCumulocityProcessingMode
    | Unset = PostBulkOperationCollectionResourceXCumulocityProcessingMode.PERSISTENT,
    client: AsyncApiClient,
) -> Any | BulkOperation | Error | None:
    """
    Args:
        accept (str | Unset):  Example: application/json.
        x_cumulocity_processing_mode (PostBulkOperationCollectionResourceXCumulocityProcessingMode
            | Unset):  Default:
            PostBulkOperationCollectionResourceXCumulocityProcessingMode.PERSISTENT. Example:
            PERSISTENT.
        body (BulkOperation):  Example: {'self':
            'https://<TENANT_DOMAIN>/devicecontrol/bulkoperations/1237', 'id': '1237', 'groupId':
            '12359', 'failedParentId': '1236', 'startDate': '2022-05-01T22:21:22', 'creationRamp': 15,
            'operationPrototype': {'description': 'Restart device', 'c8y_Restart': {}}, 'status':
            'IN_PROGRESS', 'generalStatus': 'EXECUTING', 'progress': {'pending': 0, 'failed': 0,
            'executing': 0, 'successful': 0, 'all': 1}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BulkOperation | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            accept=accept,
            x_cumulocity_processing_mode=x_cumulocity_processing_mode,
        )
    ).parsed
