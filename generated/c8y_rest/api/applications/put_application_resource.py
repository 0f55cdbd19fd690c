from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...api import AsyncApiClient
from ...client import AuthenticatedClient, Client
from ...models.application import Application
from ...models.error import Error
from ...models.put_application_resource_body import PutApplicationResourceBody
from ...models.put_application_resource_x_cumulocity_processing_mode import (
    PutApplicationResourceXCumulocityProcessingMode,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    body: PutApplicationResourceBody,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PutApplicationResourceXCumulocityProcessingMode
    | Unset = PutApplicationResourceXCumulocityProcessingMode.PERSISTENT,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    if not isinstance(x_cumulocity_processing_mode, Unset):
        headers["X-Cumulocity-Processing-Mode"] = str(x_cumulocity_processing_mode)

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/application/applications/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.com.nsn.cumulocity.application+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Any | Application | Error | None:
    if response.status_code == 200:
        response_200 = Application.from_dict(response.json())

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
) -> Response[Any | Application | Error]:
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
    body: PutApplicationResourceBody,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PutApplicationResourceXCumulocityProcessingMode
    | Unset = PutApplicationResourceXCumulocityProcessingMode.PERSISTENT,
) -> Response[Any | Application | Error]:
    """
    Args:
        id (str):  Example: 20200301.
        accept (str | Unset):  Example: application/json.
        x_cumulocity_processing_mode (PutApplicationResourceXCumulocityProcessingMode | Unset):
            Default: PutApplicationResourceXCumulocityProcessingMode.PERSISTENT. Example: PERSISTENT.
        body (PutApplicationResourceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Application | Error]
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
    body: PutApplicationResourceBody,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PutApplicationResourceXCumulocityProcessingMode
    | Unset = PutApplicationResourceXCumulocityProcessingMode.PERSISTENT,
) -> Any | Application | Error | None:
    """
    Args:
        id (str):  Example: 20200301.
        accept (str | Unset):  Example: application/json.
        x_cumulocity_processing_mode (PutApplicationResourceXCumulocityProcessingMode | Unset):
            Default: PutApplicationResourceXCumulocityProcessingMode.PERSISTENT. Example: PERSISTENT.
        body (PutApplicationResourceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Application | Error
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
    body: PutApplicationResourceBody,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PutApplicationResourceXCumulocityProcessingMode
    | Unset = PutApplicationResourceXCumulocityProcessingMode.PERSISTENT,
    client: AsyncApiClient,
) -> Response[Any | Application | Error]:
    """
    Args:
        id (str):  Example: 20200301.
        accept (str | Unset):  Example: application/json.
        x_cumulocity_processing_mode (PutApplicationResourceXCumulocityProcessingMode | Unset):
            Default: PutApplicationResourceXCumulocityProcessingMode.PERSISTENT. Example: PERSISTENT.
        body (PutApplicationResourceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Application | Error]
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
    body: PutApplicationResourceBody,
    accept: str | Unset = UNSET,
    x_cumulocity_processing_mode: PutApplicationResourceXCumulocityProcessingMode
    | Unset = PutApplicationResourceXCumulocityProcessingMode.PERSISTENT,
    client: AsyncApiClient,
) -> Any | Application | Error | None:
    """
    Args:
        id (str):  Example: 20200301.
        accept (str | Unset):  Example: application/json.
        x_cumulocity_processing_mode (PutApplicationResourceXCumulocityProcessingMode | Unset):
            Default: PutApplicationResourceXCumulocityProcessingMode.PERSISTENT. Example: PERSISTENT.
        body (PutApplicationResourceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Application | Error
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
