from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...api import AsyncApiClient
from ...client import AuthenticatedClient, Client
from ...models.device_access_token import DeviceAccessToken
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    accept: str | Unset = UNSET,
    x_ssl_cert_chain: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    if not isinstance(x_ssl_cert_chain, Unset):
        headers["X-Ssl-Cert-Chain"] = x_ssl_cert_chain

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/devicecontrol/deviceAccessToken",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Any | DeviceAccessToken | Error | None:
    if response.status_code == 200:
        response_200 = DeviceAccessToken.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Response[Any | DeviceAccessToken | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = UNSET,
    x_ssl_cert_chain: str | Unset = UNSET,
) -> Response[Any | DeviceAccessToken | Error]:
    """
    Args:
        accept (str | Unset):  Example: application/json.
        x_ssl_cert_chain (str | Unset):  Example: -----BEGIN CERTIFICATE-----
            MIIDTzCCAjegAwIBAgIUB1a5GM9ubBpN5tyU7YO8D3C8zUUwDQYJKoZIhvcNAQEL
            BQAwUjELMAkGA1UEBhMCRVUxCzAJBgNVBAgMAlBMMRswGQYDVQQKDBJJb3QgRGV2
            aWNlIEZhY3RvcnkxGTAXBgNVBAMMEElvdERldkZhY3RvcnlDQTQwHhcNMjMwMTMx
            MDMzMTEyWhcNMzMwMTI4MDMzMTEyWjBSMQswCQYDVQQGEwJFVTELMAkGA1UECAwC
            UEwxGzAZBgNVBAoMEklvdCBEZXZpY2UgRmFjdG9yeTEZMBcGA1UEAwwQSW90RGV2
            RmFjdG9yeUNBNDCCASIwDQYJKoZIhvcNAQEBBQADggEPADCCAQoCggEBANeyb0T9
            2Ac4G83GGO+vNiieyItY1Tf0Rm1tJPIevDnSg+leplLIEUeE0y7UNAJDMxEEJx6V
            cFzG2yK4yPJibMw2AAo4Wy9U4Ie4F7kLmgUnh8prxcX19AKhHujZCEjhgmk3MCEc
            FbSjgSWNaXX6vO5JPj8aMtMKFUIsah9VH8G+HnfPuH4LF0MQFKU+K3bZRrsAUD7a
            oWGaUGGiLOQgUdURfPj3AJc4gAT+t9f/CX7OrOg+A9RpVVswkYfrCz6hhEJb/jDj
            9XO+OdphmXLvjjYsRbEmUZAXJ0M6Iv1WZW9vV7Nd5H4L89wQKRYqFFhAwnLp7Dh2
            f85VbHZT7+UmUacCAwEAAaMdMBswDAYDVR0TBAUwAwEB/zALBgNVHQ8EBAMCAuQw
            DQYJKoZIhvcNAQELBQADggEBAKoSCWwoUIIr5HjQQOThQFgnxcKJX9nwSkZbQOMf
            9G7XV5SQTUJTxTAE5sntVoLGtIdA8F7ytbW1Gv1CFlZpu0hRoj92JTS8rCVD4X7f
            hCbXometLrSPV63BRB2NEmmtOBPXNsENdujhkK0ouXodSJc2xE6VTeaH5ng0jceD
            riy8qB5wN+AfEyoz36QJaHIt77Stp2ZQU0gK44B+uuSEPCUJfQVEBwkGhYB4Ut2+
            s++cqJ7gRXV08Zt5J7q6kTcnmhsm0oJelQDLIJh+hEBzdjCdtKfYslRvFq3I85Y0
            zngrsOfyKr8YYlDRy6RiAR2HQode00Hs4WoakfuTpaISZIs= -----END CERTIFICATE----- -----BEGIN
            CERTIFICATE-----  ..  -----END CERTIFICATE----- -----BEGIN CERTIFICATE-----  ..  -----END
            CERTIFICATE-----.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeviceAccessToken | Error]
    """

    kwargs = _get_kwargs(
        accept=accept,
        x_ssl_cert_chain=x_ssl_cert_chain,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = UNSET,
    x_ssl_cert_chain: str | Unset = UNSET,
) -> Any | DeviceAccessToken | Error | None:
    """
    Args:
        accept (str | Unset):  Example: application/json.
        x_ssl_cert_chain (str | Unset):  Example: -----BEGIN CERTIFICATE-----
            MIIDTzCCAjegAwIBAgIUB1a5GM9ubBpN5tyU7YO8D3C8zUUwDQYJKoZIhvcNAQEL
            BQAwUjELMAkGA1UEBhMCRVUxCzAJBgNVBAgMAlBMMRswGQYDVQQKDBJJb3QgRGV2
            aWNlIEZhY3RvcnkxGTAXBgNVBAMMEElvdERldkZhY3RvcnlDQTQwHhcNMjMwMTMx
            MDMzMTEyWhcNMzMwMTI4MDMzMTEyWjBSMQswCQYDVQQGEwJFVTELMAkGA1UECAwC
            UEwxGzAZBgNVBAoMEklvdCBEZXZpY2UgRmFjdG9yeTEZMBcGA1UEAwwQSW90RGV2
            RmFjdG9yeUNBNDCCASIwDQYJKoZIhvcNAQEBBQADggEPADCCAQoCggEBANeyb0T9
            2Ac4G83GGO+vNiieyItY1Tf0Rm1tJPIevDnSg+leplLIEUeE0y7UNAJDMxEEJx6V
            cFzG2yK4yPJibMw2AAo4Wy9U4Ie4F7kLmgUnh8prxcX19AKhHujZCEjhgmk3MCEc
            FbSjgSWNaXX6vO5JPj8aMtMKFUIsah9VH8G+HnfPuH4LF0MQFKU+K3bZRrsAUD7a
            oWGaUGGiLOQgUdURfPj3AJc4gAT+t9f/CX7OrOg+A9RpVVswkYfrCz6hhEJb/jDj
            9XO+OdphmXLvjjYsRbEmUZAXJ0M6Iv1WZW9vV7Nd5H4L89wQKRYqFFhAwnLp7Dh2
            f85VbHZT7+UmUacCAwEAAaMdMBswDAYDVR0TBAUwAwEB/zALBgNVHQ8EBAMCAuQw
            DQYJKoZIhvcNAQELBQADggEBAKoSCWwoUIIr5HjQQOThQFgnxcKJX9nwSkZbQOMf
            9G7XV5SQTUJTxTAE5sntVoLGtIdA8F7ytbW1Gv1CFlZpu0hRoj92JTS8rCVD4X7f
            hCbXometLrSPV63BRB2NEmmtOBPXNsENdujhkK0ouXodSJc2xE6VTeaH5ng0jceD
            riy8qB5wN+AfEyoz36QJaHIt77Stp2ZQU0gK44B+uuSEPCUJfQVEBwkGhYB4Ut2+
            s++cqJ7gRXV08Zt5J7q6kTcnmhsm0oJelQDLIJh+hEBzdjCdtKfYslRvFq3I85Y0
            zngrsOfyKr8YYlDRy6RiAR2HQode00Hs4WoakfuTpaISZIs= -----END CERTIFICATE----- -----BEGIN
            CERTIFICATE-----  ..  -----END CERTIFICATE----- -----BEGIN CERTIFICATE-----  ..  -----END
            CERTIFICATE-----.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeviceAccessToken | Error
    """

    return sync_detailed(
        client=client,
        accept=accept,
        x_ssl_cert_chain=x_ssl_cert_chain,
    ).parsed


async def asyncio_detailed(
    *,
    accept: str | Unset = UNSET,
    x_ssl_cert_chain: str | Unset = UNSET,
    client: AsyncApiClient,
) -> Response[Any | DeviceAccessToken | Error]:
    """
    Args:
        accept (str | Unset):  Example: application/json.
        x_ssl_cert_chain (str | Unset):  Example: -----BEGIN CERTIFICATE-----
            MIIDTzCCAjegAwIBAgIUB1a5GM9ubBpN5tyU7YO8D3C8zUUwDQYJKoZIhvcNAQEL
            BQAwUjELMAkGA1UEBhMCRVUxCzAJBgNVBAgMAlBMMRswGQYDVQQKDBJJb3QgRGV2
            aWNlIEZhY3RvcnkxGTAXBgNVBAMMEElvdERldkZhY3RvcnlDQTQwHhcNMjMwMTMx
            MDMzMTEyWhcNMzMwMTI4MDMzMTEyWjBSMQswCQYDVQQGEwJFVTELMAkGA1UECAwC
            UEwxGzAZBgNVBAoMEklvdCBEZXZpY2UgRmFjdG9yeTEZMBcGA1UEAwwQSW90RGV2
            RmFjdG9yeUNBNDCCASIwDQYJKoZIhvcNAQEBBQADggEPADCCAQoCggEBANeyb0T9
            2Ac4G83GGO+vNiieyItY1Tf0Rm1tJPIevDnSg+leplLIEUeE0y7UNAJDMxEEJx6V
            cFzG2yK4yPJibMw2AAo4Wy9U4Ie4F7kLmgUnh8prxcX19AKhHujZCEjhgmk3MCEc
            FbSjgSWNaXX6vO5JPj8aMtMKFUIsah9VH8G+HnfPuH4LF0MQFKU+K3bZRrsAUD7a
            oWGaUGGiLOQgUdURfPj3AJc4gAT+t9f/CX7OrOg+A9RpVVswkYfrCz6hhEJb/jDj
            9XO+OdphmXLvjjYsRbEmUZAXJ0M6Iv1WZW9vV7Nd5H4L89wQKRYqFFhAwnLp7Dh2
            f85VbHZT7+UmUacCAwEAAaMdMBswDAYDVR0TBAUwAwEB/zALBgNVHQ8EBAMCAuQw
            DQYJKoZIhvcNAQELBQADggEBAKoSCWwoUIIr5HjQQOThQFgnxcKJX9nwSkZbQOMf
            9G7XV5SQTUJTxTAE5sntVoLGtIdA8F7ytbW1Gv1CFlZpu0hRoj92JTS8rCVD4X7f
            hCbXometLrSPV63BRB2NEmmtOBPXNsENdujhkK0ouXodSJc2xE6VTeaH5ng0jceD
            riy8qB5wN+AfEyoz36QJaHIt77Stp2ZQU0gK44B+uuSEPCUJfQVEBwkGhYB4Ut2+
            s++cqJ7gRXV08Zt5J7q6kTcnmhsm0oJelQDLIJh+hEBzdjCdtKfYslRvFq3I85Y0
            zngrsOfyKr8YYlDRy6RiAR2HQode00Hs4WoakfuTpaISZIs= -----END CERTIFICATE----- -----BEGIN
            CERTIFICATE-----  ..  -----END CERTIFICATE----- -----BEGIN CERTIFICATE-----  ..  -----END
            CERTIFICATE-----.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeviceAccessToken | Error]
    """

    kwargs = _get_kwargs(
        accept=accept,
        x_ssl_cert_chain=x_ssl_cert_chain,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    accept: str | Unset = UNSET,
    x_ssl_cert_chain: str | Unset = UNSET,
    client: AsyncApiClient,
) -> Any | DeviceAccessToken | Error | None:
    """
    Args:
        accept (str | Unset):  Example: application/json.
        x_ssl_cert_chain (str | Unset):  Example: -----BEGIN CERTIFICATE-----
            MIIDTzCCAjegAwIBAgIUB1a5GM9ubBpN5tyU7YO8D3C8zUUwDQYJKoZIhvcNAQEL
            BQAwUjELMAkGA1UEBhMCRVUxCzAJBgNVBAgMAlBMMRswGQYDVQQKDBJJb3QgRGV2
            aWNlIEZhY3RvcnkxGTAXBgNVBAMMEElvdERldkZhY3RvcnlDQTQwHhcNMjMwMTMx
            MDMzMTEyWhcNMzMwMTI4MDMzMTEyWjBSMQswCQYDVQQGEwJFVTELMAkGA1UECAwC
            UEwxGzAZBgNVBAoMEklvdCBEZXZpY2UgRmFjdG9yeTEZMBcGA1UEAwwQSW90RGV2
            RmFjdG9yeUNBNDCCASIwDQYJKoZIhvcNAQEBBQADggEPADCCAQoCggEBANeyb0T9
            2Ac4G83GGO+vNiieyItY1Tf0Rm1tJPIevDnSg+leplLIEUeE0y7UNAJDMxEEJx6V
            cFzG2yK4yPJibMw2AAo4Wy9U4Ie4F7kLmgUnh8prxcX19AKhHujZCEjhgmk3MCEc
            FbSjgSWNaXX6vO5JPj8aMtMKFUIsah9VH8G+HnfPuH4LF0MQFKU+K3bZRrsAUD7a
            oWGaUGGiLOQgUdURfPj3AJc4gAT+t9f/CX7OrOg+A9RpVVswkYfrCz6hhEJb/jDj
            9XO+OdphmXLvjjYsRbEmUZAXJ0M6Iv1WZW9vV7Nd5H4L89wQKRYqFFhAwnLp7Dh2
            f85VbHZT7+UmUacCAwEAAaMdMBswDAYDVR0TBAUwAwEB/zALBgNVHQ8EBAMCAuQw
            DQYJKoZIhvcNAQELBQADggEBAKoSCWwoUIIr5HjQQOThQFgnxcKJX9nwSkZbQOMf
            9G7XV5SQTUJTxTAE5sntVoLGtIdA8F7ytbW1Gv1CFlZpu0hRoj92JTS8rCVD4X7f
            hCbXometLrSPV63BRB2NEmmtOBPXNsENdujhkK0ouXodSJc2xE6VTeaH5ng0jceD
            riy8qB5wN+AfEyoz36QJaHIt77Stp2ZQU0gK44B+uuSEPCUJfQVEBwkGhYB4Ut2+
            s++cqJ7gRXV08Zt5J7q6kTcnmhsm0oJelQDLIJh+hEBzdjCdtKfYslRvFq3I85Y0
            zngrsOfyKr8YYlDRy6RiAR2HQode00Hs4WoakfuTpaISZIs= -----END CERTIFICATE----- -----BEGIN
            CERTIFICATE-----  ..  -----END CERTIFICATE----- -----BEGIN CERTIFICATE-----  ..  -----END
            CERTIFICATE-----.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeviceAccessToken | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            accept=accept,
            x_ssl_cert_chain=x_ssl_cert_chain,
        )
    ).parsed
