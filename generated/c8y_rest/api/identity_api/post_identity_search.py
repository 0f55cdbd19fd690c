from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...api import AsyncApiClient
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.external_ids import ExternalIds
from ...models.identity_search_criteria import IdentitySearchCriteria
from ...types import Response


def _get_kwargs(
    *,
    body: IdentitySearchCriteria,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/identity/search",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Any | Error | ExternalIds | None:
    if response.status_code == 200:
        response_200 = ExternalIds.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

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
) -> Response[Any | Error | ExternalIds]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: IdentitySearchCriteria,
) -> Response[Any | Error | ExternalIds]:
    """
    Args:
        body (IdentitySearchCriteria):  Example: {'externalIds': [{'externalId':
            'simulator_145074_1', 'type': 'c8y_Serial'}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | ExternalIds]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: IdentitySearchCriteria,
) -> Any | Error | ExternalIds | None:
    """
    Args:
        body (IdentitySearchCriteria):  Example: {'externalIds': [{'externalId':
            'simulator_145074_1', 'type': 'c8y_Serial'}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | ExternalIds
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    body: IdentitySearchCriteria,
    client: AsyncApiClient,
) -> Response[Any | Error | ExternalIds]:
    """
    Args:
        body (IdentitySearchCriteria):  Example: {'externalIds': [{'externalId':
            'simulator_145074_1', 'type': 'c8y_Serial'}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | ExternalIds]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    body: IdentitySearchCriteria,
    client: AsyncApiClient,
) -> Any | Error | ExternalIds | None:
    """
    Args:
        body (IdentitySearchCriteria):  Example: {'externalIds': [{'externalId':
            'simulator_145074_1', 'type': 'c8y_Serial'}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | ExternalIds
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
