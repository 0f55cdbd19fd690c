from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...api import AsyncApiClient
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.feature_toggle import FeatureToggle
from ...types import Response


def _get_kwargs(
    feature_key: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/features/{feature_key}".format(
            feature_key=quote(str(feature_key), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Error | FeatureToggle | None:
    if response.status_code == 200:
        response_200 = FeatureToggle.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Response[Error | FeatureToggle]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    feature_key: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | FeatureToggle]:
    """
    Args:
        feature_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FeatureToggle]
    """

    kwargs = _get_kwargs(
        feature_key=feature_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    feature_key: str,
    *,
    client: AuthenticatedClient,
) -> Error | FeatureToggle | None:
    """
    Args:
        feature_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FeatureToggle
    """

    return sync_detailed(
        feature_key=feature_key,
        client=client,
    ).parsed


async def asyncio_detailed(
    feature_key: str,
    *,
    client: AsyncApiClient,
) -> Response[Error | FeatureToggle]:
    """
    Args:
        feature_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FeatureToggle]
    """

    kwargs = _get_kwargs(
        feature_key=feature_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    feature_key: str,
    *,
    client: AsyncApiClient,
) -> Error | FeatureToggle | None:
    """
    Args:
        feature_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FeatureToggle
    """

    return (
        await asyncio_detailed(
            feature_key=feature_key,
            client=client,
        )
    ).parsed
