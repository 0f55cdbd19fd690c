from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...api import AsyncApiClient
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.post_retention_rule_collection_resource_body import PostRetentionRuleCollectionResourceBody
from ...models.retention_rule import RetentionRule
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: PostRetentionRuleCollectionResourceBody,
    accept: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/retention/retentions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.com.nsn.cumulocity.retentionrule+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Any | Error | RetentionRule | None:
    if response.status_code == 201:
        response_201 = RetentionRule.from_dict(response.json())

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
) -> Response[Any | Error | RetentionRule]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PostRetentionRuleCollectionResourceBody,
    accept: str | Unset = UNSET,
) -> Response[Any | Error | RetentionRule]:
    """
    Args:
        accept (str | Unset):  Example: application/json.
        body (PostRetentionRuleCollectionResourceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | RetentionRule]
    """

    kwargs = _get_kwargs(
        body=body,
        accept=accept,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: PostRetentionRuleCollectionResourceBody,
    accept: str | Unset = UNSET,
) -> Any | Error | RetentionRule | None:
    """
    Args:
        accept (str | Unset):  Example: application/json.
        body (PostRetentionRuleCollectionResourceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | RetentionRule
    """

    return sync_detailed(
        client=client,
        body=body,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    *,
    body: PostRetentionRuleCollectionResourceBody,
    accept: str | Unset = UNSET,
    client: AsyncApiClient,
) -> Response[Any | Error | RetentionRule]:
    """
    Args:
        accept (str | Unset):  Example: application/json.
        body (PostRetentionRuleCollectionResourceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | RetentionRule]
    """

    kwargs = _get_kwargs(
        body=body,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    body: PostRetentionRuleCollectionResourceBody,
    accept: str | Unset = UNSET,
    client: AsyncApiClient,
) -> Any | Error | RetentionRule | None:
    """
    Args:
        accept (str | Unset):  Example: application/json.
        body (PostRetentionRuleCollectionResourceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | RetentionRule
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            accept=accept,
        )
    ).parsed
