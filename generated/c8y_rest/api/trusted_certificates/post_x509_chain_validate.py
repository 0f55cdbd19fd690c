from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...api import AsyncApiClient
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.post_x509_chain_validate_body import PostX509ChainValidateBody
from ...models.verify_certificate_chain import VerifyCertificateChain
from ...types import Response


def _get_kwargs(
    *,
    body: PostX509ChainValidateBody,
    x_cumulocity_client_cert_chain: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Cumulocity-Client-Cert-Chain"] = x_cumulocity_client_cert_chain

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tenant/trusted-certificates/verify-cert-chain",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | AsyncApiClient, response: httpx.Response
) -> Error | VerifyCertificateChain | None:
    if response.status_code == 200:
        response_200 = VerifyCertificateChain.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

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
) -> Response[Error | VerifyCertificateChain]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PostX509ChainValidateBody,
    x_cumulocity_client_cert_chain: str,
) -> Response[Error | VerifyCertificateChain]:
    """
    Args:
        x_cumulocity_client_cert_chain (str):  Example: -----BEGIN CERTIFICATE-----
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
            zngrsOfyKr8YYlDRy6RiAR2HQode00Hs4WoakfuTpaISZIs= -----END CERTIFICATE-----,-----BEGIN
            CERTIFICATE-----  ..  -----END CERTIFICATE-----,-----BEGIN CERTIFICATE-----  ..  -----END
            CERTIFICATE-----.
        body (PostX509ChainValidateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VerifyCertificateChain]
    """

    kwargs = _get_kwargs(
        body=body,
        x_cumulocity_client_cert_chain=x_cumulocity_client_cert_chain,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: PostX509ChainValidateBody,
    x_cumulocity_client_cert_chain: str,
) -> Error | VerifyCertificateChain | None:
    """
    Args:
        x_cumulocity_client_cert_chain (str):  Example: -----BEGIN CERTIFICATE-----
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
            zngrsOfyKr8YYlDRy6RiAR2HQode00Hs4WoakfuTpaISZIs= -----END CERTIFICATE-----,-----BEGIN
            CERTIFICATE-----  ..  -----END CERTIFICATE-----,-----BEGIN CERTIFICATE-----  ..  -----END
            CERTIFICATE-----.
        body (PostX509ChainValidateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VerifyCertificateChain
    """

    return sync_detailed(
        client=client,
        body=body,
        x_cumulocity_client_cert_chain=x_cumulocity_client_cert_chain,
    ).parsed


async def asyncio_detailed(
    *,
    body: PostX509ChainValidateBody,
    x_cumulocity_client_cert_chain: str,
    client: AsyncApiClient,
) -> Response[Error | VerifyCertificateChain]:
    """
    Args:
        x_cumulocity_client_cert_chain (str):  Example: -----BEGIN CERTIFICATE-----
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
            zngrsOfyKr8YYlDRy6RiAR2HQode00Hs4WoakfuTpaISZIs= -----END CERTIFICATE-----,-----BEGIN
            CERTIFICATE-----  ..  -----END CERTIFICATE-----,-----BEGIN CERTIFICATE-----  ..  -----END
            CERTIFICATE-----.
        body (PostX509ChainValidateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VerifyCertificateChain]
    """

    kwargs = _get_kwargs(
        body=body,
        x_cumulocity_client_cert_chain=x_cumulocity_client_cert_chain,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    body: PostX509ChainValidateBody,
    x_cumulocity_client_cert_chain: str,
    client: AsyncApiClient,
) -> Error | VerifyCertificateChain | None:
    """
    Args:
        x_cumulocity_client_cert_chain (str):  Example: -----BEGIN CERTIFICATE-----
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
            zngrsOfyKr8YYlDRy6RiAR2HQode00Hs4WoakfuTpaISZIs= -----END CERTIFICATE-----,-----BEGIN
            CERTIFICATE-----  ..  -----END CERTIFICATE-----,-----BEGIN CERTIFICATE-----  ..  -----END
            CERTIFICATE-----.
        body (PostX509ChainValidateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VerifyCertificateChain
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_cumulocity_client_cert_chain=x_cumulocity_client_cert_chain,
        )
    ).parsed
