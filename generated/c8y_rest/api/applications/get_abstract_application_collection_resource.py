from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...api import AsyncApiClient
from ...client import AuthenticatedClient, Client
from ...models.application_collection import ApplicationCollection
from ...models.error import Error
from ...models.get_abstract_application_collection_resource_type import GetAbstractApplicationCollectionResourceType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    current_page: int | Unset = 1,
    name: str | Unset = UNSET,
    owner: str | Unset = UNSET,
    page_size: int | Unset = 5,
    provided_for: str | Unset = UNSET,
    subscriber: str | Unset = UNSET,
    tenant: str | Unset = UNSET,
    type_: GetAbstractApplicationCollectionResourceType | Unset = UNSET,
    user: str | Unset = UNSET,
    with_total_elements: bool | Unset = False,
    with_total_pages: bool | Unset = False,
    has_versions: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["currentPage"] = current_page

    params["name"] = name

    params["owner"] = owner

    params["pageSize"] = page_size

    params["providedFor"] = provided_for

    params["subscriber"] = subscriber

    params["tenant"] = tenant

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["user"] = user

    params["withTotalElements"] = with_total_elements

    params["withTotalPages"] = with_total_pages

    params["hasVersions"] = has_versions

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/application/applications",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Any | ApplicationCollection | Error | None:
    if response.status_code == 200:
        response_200 = ApplicationCollection.from_dict(response.json())

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
) -> Response[Any | ApplicationCollection | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    current_page: int | Unset = 1,
    name: str | Unset = UNSET,
    owner: str | Unset = UNSET,
    page_size: int | Unset = 5,
    provided_for: str | Unset = UNSET,
    subscriber: str | Unset = UNSET,
    tenant: str | Unset = UNSET,
    type_: GetAbstractApplicationCollectionResourceType | Unset = UNSET,
    user: str | Unset = UNSET,
    with_total_elements: bool | Unset = False,
    with_total_pages: bool | Unset = False,
    has_versions: bool | Unset = UNSET,
) -> Response[Any | ApplicationCollection | Error]:
    """
    Args:
        current_page (int | Unset):  Default: 1. Example: 3.
        name (str | Unset):  Example: devicemanagement.
        owner (str | Unset):  Example: management.
        page_size (int | Unset):  Default: 5. Example: 10.
        provided_for (str | Unset):  Example: t07007007.
        subscriber (str | Unset):  Example: management.
        tenant (str | Unset):  Example: management.
        type_ (GetAbstractApplicationCollectionResourceType | Unset):  Example: HOSTED.
        user (str | Unset):  Example: jdoe.
        with_total_elements (bool | Unset):  Default: False. Example: True.
        with_total_pages (bool | Unset):  Default: False. Example: True.
        has_versions (bool | Unset):  Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApplicationCollection | Error]
    """

    kwargs = _get_kwargs(
        current_page=current_page,
        name=name,
        owner=owner,
        page_size=page_size,
        provided_for=provided_for,
        subscriber=subscriber,
        tenant=tenant,
        type_=type_,
        user=user,
        with_total_elements=with_total_elements,
        with_total_pages=with_total_pages,
        has_versions=has_versions,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    current_page: int | Unset = 1,
    name: str | Unset = UNSET,
    owner: str | Unset = UNSET,
    page_size: int | Unset = 5,
    provided_for: str | Unset = UNSET,
    subscriber: str | Unset = UNSET,
    tenant: str | Unset = UNSET,
    type_: GetAbstractApplicationCollectionResourceType | Unset = UNSET,
    user: str | Unset = UNSET,
    with_total_elements: bool | Unset = False,
    with_total_pages: bool | Unset = False,
    has_versions: bool | Unset = UNSET,
) -> Any | ApplicationCollection | Error | None:
    """
    Args:
        current_page (int | Unset):  Default: 1. Example: 3.
        name (str | Unset):  Example: devicemanagement.
        owner (str | Unset):  Example: management.
        page_size (int | Unset):  Default: 5. Example: 10.
        provided_for (str | Unset):  Example: t07007007.
        subscriber (str | Unset):  Example: management.
        tenant (str | Unset):  Example: management.
        type_ (GetAbstractApplicationCollectionResourceType | Unset):  Example: HOSTED.
        user (str | Unset):  Example: jdoe.
        with_total_elements (bool | Unset):  Default: False. Example: True.
        with_total_pages (bool | Unset):  Default: False. Example: True.
        has_versions (bool | Unset):  Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApplicationCollection | Error
    """

    return sync_detailed(
        client=client,
        current_page=current_page,
        name=name,
        owner=owner,
        page_size=page_size,
        provided_for=provided_for,
        subscriber=subscriber,
        tenant=tenant,
        type_=type_,
        user=user,
        with_total_elements=with_total_elements,
        with_total_pages=with_total_pages,
        has_versions=has_versions,
    ).parsed


async def asyncio_detailed(
    *,
    current_page: int | Unset = 1,
    name: str | Unset = UNSET,
    owner: str | Unset = UNSET,
    page_size: int | Unset = 5,
    provided_for: str | Unset = UNSET,
    subscriber: str | Unset = UNSET,
    tenant: str | Unset = UNSET,
    type_: GetAbstractApplicationCollectionResourceType | Unset = UNSET,
    user: str | Unset = UNSET,
    with_total_elements: bool | Unset = False,
    with_total_pages: bool | Unset = False,
    has_versions: bool | Unset = UNSET,
    client: AsyncApiClient,
) -> Response[Any | ApplicationCollection | Error]:
    """
    Args:
        current_page (int | Unset):  Default: 1. Example: 3.
        name (str | Unset):  Example: devicemanagement.
        owner (str | Unset):  Example: management.
        page_size (int | Unset):  Default: 5. Example: 10.
        provided_for (str | Unset):  Example: t07007007.
        subscriber (str | Unset):  Example: management.
        tenant (str | Unset):  Example: management.
        type_ (GetAbstractApplicationCollectionResourceType | Unset):  Example: HOSTED.
        user (str | Unset):  Example: jdoe.
        with_total_elements (bool | Unset):  Default: False. Example: True.
        with_total_pages (bool | Unset):  Default: False. Example: True.
        has_versions (bool | Unset):  Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApplicationCollection | Error]
    """

    kwargs = _get_kwargs(
        current_page=current_page,
        name=name,
        owner=owner,
        page_size=page_size,
        provided_for=provided_for,
        subscriber=subscriber,
        tenant=tenant,
        type_=type_,
        user=user,
        with_total_elements=with_total_elements,
        with_total_pages=with_total_pages,
        has_versions=has_versions,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    current_page: int | Unset = 1,
    name: str | Unset = UNSET,
    owner: str | Unset = UNSET,
    page_size: int | Unset = 5,
    provided_for: str | Unset = UNSET,
    subscriber: str | Unset = UNSET,
    tenant: str | Unset = UNSET,
    type_: GetAbstractApplicationCollectionResourceType | Unset = UNSET,
    user: str | Unset = UNSET,
    with_total_elements: bool | Unset = False,
    with_total_pages: bool | Unset = False,
    has_versions: bool | Unset = UNSET,
    client: AsyncApiClient,
) -> Any | ApplicationCollection | Error | None:
    """
    Args:
        current_page (int | Unset):  Default: 1. Example: 3.
        name (str | Unset):  Example: devicemanagement.
        owner (str | Unset):  Example: management.
        page_size (int | Unset):  Default: 5. Example: 10.
        provided_for (str | Unset):  Example: t07007007.
        subscriber (str | Unset):  Example: management.
        tenant (str | Unset):  Example: management.
        type_ (GetAbstractApplicationCollectionResourceType | Unset):  Example: HOSTED.
        user (str | Unset):  Example: jdoe.
        with_total_elements (bool | Unset):  Default: False. Example: True.
        with_total_pages (bool | Unset):  Default: False. Example: True.
        has_versions (bool | Unset):  Example: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApplicationCollection | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            current_page=current_page,
            name=name,
            owner=owner,
            page_size=page_size,
            provided_for=provided_for,
            subscriber=subscriber,
            tenant=tenant,
            type_=type_,
            user=user,
            with_total_elements=with_total_elements,
            with_total_pages=with_total_pages,
            has_versions=has_versions,
        )
    ).parsed
