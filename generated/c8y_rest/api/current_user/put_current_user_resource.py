from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...api import AsyncApiClient
from ...client import AuthenticatedClient, Client
from ...models.current_user import CurrentUser
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CurrentUser,
    accept: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/user/currentUser",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.com.nsn.cumulocity.currentuser+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Any | CurrentUser | Error | None:
    if response.status_code == 200:
        response_200 = CurrentUser.from_dict(response.json())

        return response_200

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
) -> Response[Any | CurrentUser | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CurrentUser,
    accept: str | Unset = UNSET,
) -> Response[Any | CurrentUser | Error]:
    """
    Args:
        accept (str | Unset):  Example: application/json.
        body (CurrentUser):  Example: {'self': 'https://<TENANT_DOMAIN>/user/currentUser', 'id':
            'jdoe', 'firstName': 'John', 'lastName': 'Doe', 'userName': 'jdoe', 'phone':
            '+1-541-754-3010', 'email': 'johndoe@example.com', 'lastPasswordChange':
            '2020-06-09T09:48:40.008Z', 'shouldResetPassword': False, 'effectiveRoles': [{'id':
            'ROLE_ALARM_ADMIN', 'name': 'ROLE_ALARM_ADMIN', 'self':
            'https://<TENANT_DOMAIN>/user/roles/ROLE_ALARM_ADMIN'}], 'twoFactorAuthenticationEnabled':
            False, 'devicePermissions': {}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CurrentUser | Error]
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
    body: CurrentUser,
    accept: str | Unset = UNSET,
) -> Any | CurrentUser | Error | None:
    """
    Args:
        accept (str | Unset):  Example: application/json.
        body (CurrentUser):  Example: {'self': 'https://<TENANT_DOMAIN>/user/currentUser', 'id':
            'jdoe', 'firstName': 'John', 'lastName': 'Doe', 'userName': 'jdoe', 'phone':
            '+1-541-754-3010', 'email': 'johndoe@example.com', 'lastPasswordChange':
            '2020-06-09T09:48:40.008Z', 'shouldResetPassword': False, 'effectiveRoles': [{'id':
            'ROLE_ALARM_ADMIN', 'name': 'ROLE_ALARM_ADMIN', 'self':
            'https://<TENANT_DOMAIN>/user/roles/ROLE_ALARM_ADMIN'}], 'twoFactorAuthenticationEnabled':
            False, 'devicePermissions': {}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CurrentUser | Error
    """

    return sync_detailed(
        client=client,
        body=body,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    *,
    body: CurrentUser,
    accept: str | Unset = UNSET,
    client: AsyncApiClient,
) -> Response[Any | CurrentUser | Error]:
    """
    Args:
        accept (str | Unset):  Example: application/json.
        body (CurrentUser):  Example: {'self': 'https://<TENANT_DOMAIN>/user/currentUser', 'id':
            'jdoe', 'firstName': 'John', 'lastName': 'Doe', 'userName': 'jdoe', 'phone':
            '+1-541-754-3010', 'email': 'johndoe@example.com', 'lastPasswordChange':
            '2020-06-09T09:48:40.008Z', 'shouldResetPassword': False, 'effectiveRoles': [{'id':
            'ROLE_ALARM_ADMIN', 'name': 'ROLE_ALARM_ADMIN', 'self':
            'https://<TENANT_DOMAIN>/user/roles/ROLE_ALARM_ADMIN'}], 'twoFactorAuthenticationEnabled':
            False, 'devicePermissions': {}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CurrentUser | Error]
    """

    kwargs = _get_kwargs(
        body=body,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    body: CurrentUser,
    accept: str | Unset = UNSET,
    client: AsyncApiClient,
) -> Any | CurrentUser | Error | None:
    """
    Args:
        accept (str | Unset):  Example: application/json.
        body (CurrentUser):  Example: {'self': 'https://<TENANT_DOMAIN>/user/currentUser', 'id':
            'jdoe', 'firstName': 'John', 'lastName': 'Doe', 'userName': 'jdoe', 'phone':
            '+1-541-754-3010', 'email': 'johndoe@example.com', 'lastPasswordChange':
            '2020-06-09T09:48:40.008Z', 'shouldResetPassword': False, 'effectiveRoles': [{'id':
            'ROLE_ALARM_ADMIN', 'name': 'ROLE_ALARM_ADMIN', 'self':
            'https://<TENANT_DOMAIN>/user/roles/ROLE_ALARM_ADMIN'}], 'twoFactorAuthenticationEnabled':
            False, 'devicePermissions': {}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CurrentUser | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            accept=accept,
        )
    ).parsed
