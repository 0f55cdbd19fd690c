"""Helpers for microservices: clients from the platform's bootstrap environment.

The platform starts a microservice with its bootstrap credentials in the environment
(``C8Y_BOOTSTRAP_TENANT``, ``C8Y_BOOTSTRAP_USER``, ``C8Y_BOOTSTRAP_PASSWORD``), the internal
base URL (``C8Y_BASEURL``) and its isolation (``C8Y_MICROSERVICE_ISOLATION``: ``MULTI_TENANT`` or
``PER_TENANT``); a ``PER_TENANT`` microservice also gets its service user (``C8Y_TENANT``,
``C8Y_USER``, ``C8Y_PASSWORD``). `Microservice` turns that into clients:

- `Microservice.tenant_clients`: one client per subscribed tenant, signed in as the service user
  of that tenant (``GET /application/currentApplication/subscriptions``, as the bootstrap user);
- `Microservice.own_tenant_client`: the client of the microservice's own tenant;
- `Microservice.user_client`: a client signed in with the ``Authorization`` of an incoming
  request, so it can do exactly what that user may do and nothing more.

Example::

    async with Microservice.from_env() as service:
        for tenant, c8y in (await service.tenant_clients()).items():
            print(tenant, await c8y.device_inventory.get_count())

No password, token or ``Authorization`` value is ever part of a `repr`, a log line or an
exception message of this module.
"""

from __future__ import annotations

import base64
import binascii
import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import TracebackType
from typing import Any, Self

import httpx

from c8y_objects._http import DEFAULT_LIMITS, _BorrowedTransport
from c8y_objects.applications import ApplicationSubscription
from c8y_objects.client import CumulocityClient
from c8y_objects.errors import ConfigurationError, CumulocityError
from c8y_rest import wire

__all__ = [
    "BootstrapSettings",
    "InvalidAuthorizationError",
    "Isolation",
    "Microservice",
    "UserCredentials",
    "parse_authorization",
]

log: logging.Logger = logging.getLogger(__name__)

ENV_BASE_URL = "C8Y_BASEURL"
ENV_BOOTSTRAP_TENANT = "C8Y_BOOTSTRAP_TENANT"
ENV_BOOTSTRAP_USER = "C8Y_BOOTSTRAP_USER"
ENV_BOOTSTRAP_PASSWORD = "C8Y_BOOTSTRAP_PASSWORD"
ENV_ISOLATION = "C8Y_MICROSERVICE_ISOLATION"
ENV_APPLICATION_NAME = "APPLICATION_NAME"
ENV_APPLICATION_KEY = "APPLICATION_KEY"
ENV_TENANT = "C8Y_TENANT"
ENV_USER = "C8Y_USER"
ENV_PASSWORD = "C8Y_PASSWORD"


class Isolation(StrEnum):
    """How the platform runs a microservice (``C8Y_MICROSERVICE_ISOLATION``)."""

    MULTI_TENANT = "MULTI_TENANT"
    """One instance serves every subscribed tenant."""
    PER_TENANT = "PER_TENANT"
    """One instance per subscribed tenant."""


class InvalidAuthorizationError(CumulocityError, ValueError):
    """An incoming ``Authorization`` header that is missing or malformed (never quoted)."""


@dataclass(frozen=True, slots=True)
class UserCredentials:
    """The credentials of an incoming request: Basic (tenant, user, password) or a token.

    The repr shows the tenant and user only.
    """

    tenant_id: str | None
    username: str | None
    password: str | None = field(default=None, repr=False)
    token: str | None = field(default=None, repr=False)


def parse_authorization(header: str | None) -> UserCredentials:
    """Read an ``Authorization`` header value: ``Basic`` or ``Bearer`` (pure).

    Basic credentials name their tenant as ``<tenant>/<user>``; without the prefix the tenant
    is left None.

    Raises:
        InvalidAuthorizationError: No header, another scheme, or malformed credentials (the
            message never repeats the value).
    """
    if not header or not header.strip():
        raise InvalidAuthorizationError("the request has no Authorization header")
    scheme, _, value = header.strip().partition(" ")
    value = value.strip()
    if scheme.lower() == "bearer":
        if not value:
            raise InvalidAuthorizationError("the Bearer authorization has no token")
        return UserCredentials(None, None, token=value)
    if scheme.lower() != "basic":
        raise InvalidAuthorizationError(
            "the Authorization header is neither Basic nor Bearer credentials"
        )
    try:
        decoded = base64.b64decode(value, validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        raise InvalidAuthorizationError("the Basic credentials are not valid base64") from None
    login, sep, password = decoded.partition(":")
    if not sep or not login:
        raise InvalidAuthorizationError("the Basic credentials lack a user name or password")
    tenant, slash, user = login.partition("/")
    if slash and tenant and user:
        return UserCredentials(tenant, user, password)
    if slash:
        raise InvalidAuthorizationError("the Basic user name has an empty tenant or user part")
    return UserCredentials(None, login, password)


def _required(environ: Mapping[str, str], name: str) -> str:
    value = environ.get(name, "")
    if not value.strip():
        raise ConfigurationError(f"environment variable {name} is not set")
    return value if name == ENV_BOOTSTRAP_PASSWORD else value.strip()  # a password as given


@dataclass(frozen=True, slots=True)
class BootstrapSettings:
    """What the platform tells a microservice at start (see the module docstring).

    The repr leaves the passwords out.
    """

    base_url: str
    tenant_id: str
    username: str
    password: str = field(repr=False)
    isolation: Isolation = Isolation.MULTI_TENANT
    application_name: str | None = None
    application_key: str | None = None
    service_tenant_id: str | None = None
    """``C8Y_TENANT`` of a ``PER_TENANT`` microservice (its own service user), else None."""
    service_username: str | None = None
    service_password: str | None = field(default=None, repr=False)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Self:
        """Read the settings from environment variables (default: `os.environ`).

        Raises:
            ConfigurationError: A required variable is missing or the isolation is unknown;
                the message names the variable.
        """
        env = os.environ if environ is None else environ
        raw_isolation = env.get(ENV_ISOLATION, "").strip() or Isolation.MULTI_TENANT
        if raw_isolation not in Isolation.__members__:
            raise ConfigurationError(
                f"environment variable {ENV_ISOLATION} must be MULTI_TENANT or PER_TENANT"
            )
        service = [env.get(name, "") for name in (ENV_TENANT, ENV_USER, ENV_PASSWORD)]
        has_service = all(value.strip() for value in service)
        return cls(
            base_url=_required(env, ENV_BASE_URL),
            tenant_id=_required(env, ENV_BOOTSTRAP_TENANT),
            username=_required(env, ENV_BOOTSTRAP_USER),
            password=_required(env, ENV_BOOTSTRAP_PASSWORD),
            isolation=Isolation(raw_isolation),
            application_name=env.get(ENV_APPLICATION_NAME) or None,
            application_key=env.get(ENV_APPLICATION_KEY) or None,
            service_tenant_id=service[0].strip() if has_service else None,
            service_username=service[1].strip() if has_service else None,
            service_password=service[2] if has_service else None,
        )


class Microservice:
    """Clients for a microservice: per subscribed tenant, for its own tenant, per user.

    Use it as an async context manager (or call `aclose`): it closes every client it made but
    those of `user_client`, which the caller closes.

    Every client sends through one shared transport (one connection pool), so a client is cheap
    to make and closing one never cuts the requests of another. A ``transport`` passed in the
    client options belongs to the caller and is never closed here; otherwise the microservice
    builds one (with ``verify`` and the SDK's pool limits) and `aclose` closes it.

    Args:
        settings: The bootstrap settings (`BootstrapSettings.from_env`).
        **client_options: Further `CumulocityClient` arguments for every client (e.g.
            ``transport``, ``verify``, ``timeout``, ``max_retries``).
    """

    def __init__(self, settings: BootstrapSettings, **client_options: Any) -> None:
        for reserved in ("base_url", "tenant_id", "username", "password", "token"):
            if reserved in client_options:
                raise ConfigurationError(
                    f"client option {reserved} comes from the bootstrap settings; leave it out"
                )
        self.settings = settings
        transport: httpx.AsyncBaseTransport | None = client_options.pop("transport", None)
        if transport is not None and "verify" in client_options:
            raise ConfigurationError(
                "verify applies to the transport the microservice builds; configure TLS on "
                "the transport you pass instead"
            )
        verify = client_options.pop("verify", True)
        self._owns_transport = transport is None
        self._transport = transport or httpx.AsyncHTTPTransport(
            verify=verify, limits=DEFAULT_LIMITS
        )
        self._options = client_options
        self._bootstrap: CumulocityClient | None = None
        self._tenants: dict[str, CumulocityClient] = {}

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **client_options: Any) -> Self:
        """Build from environment variables (see `BootstrapSettings.from_env`).

        Raises:
            ConfigurationError: A required variable is missing; the message names it.
        """
        return cls(BootstrapSettings.from_env(environ), **client_options)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self.settings.base_url!r}, "
            f"tenant_id={self.settings.tenant_id!r}, username={self.settings.username!r}, "
            f"isolation={self.settings.isolation.value!r}, tenants={sorted(self._tenants)!r})"
        )

    def _client(self, **credentials: Any) -> CumulocityClient:
        options = {"application_key": self.settings.application_key, **self._options}
        return CumulocityClient(
            self.settings.base_url,
            **credentials,
            **options,
            transport=_BorrowedTransport(self._transport),
        )

    @property
    def bootstrap(self) -> CumulocityClient:
        """The client of the bootstrap user (in the microservice's own tenant)."""
        if self._bootstrap is None:
            settings = self.settings
            self._bootstrap = self._client(
                tenant_id=settings.tenant_id,
                username=settings.username,
                password=settings.password,
            )
        return self._bootstrap

    async def get_subscriptions(self) -> list[ApplicationSubscription]:
        """The service users of the subscribed tenants, read now (as the bootstrap user)."""
        return await self.bootstrap.applications.get_current_subscriptions()

    def _service_client(self, subscription: ApplicationSubscription) -> CumulocityClient:
        if not (subscription.tenant_id and subscription.username and subscription.password):
            raise ConfigurationError("a subscription without tenant, user name or password")
        return self._client(
            tenant_id=subscription.tenant_id,
            username=subscription.username,
            password=subscription.password,
        )

    async def tenant_clients(self) -> dict[str, CumulocityClient]:
        """A client per subscribed tenant, by tenant ID, from the current subscriptions.

        Clients of tenants subscribed before are kept; those of tenants no longer subscribed
        are closed.
        """
        subscriptions = {s.tenant_id: s for s in await self.get_subscriptions() if s.tenant_id}
        for tenant in [t for t in self._tenants if t not in subscriptions]:
            await self._tenants.pop(tenant).aclose()
        for tenant, subscription in subscriptions.items():
            if tenant not in self._tenants:
                self._tenants[tenant] = self._service_client(subscription)
        log.debug("microservice clients for tenants %s", sorted(self._tenants))
        return dict(self._tenants)

    async def tenant_client(self, tenant_id: str) -> CumulocityClient:
        """The client of one subscribed tenant (its service user).

        Raises:
            ConfigurationError: The tenant is not subscribed to the microservice.
        """
        if tenant_id not in self._tenants:
            await self.tenant_clients()
        client = self._tenants.get(tenant_id)
        if client is None:
            raise ConfigurationError(f"tenant {tenant_id!r} is not subscribed to the microservice")
        return client

    async def own_tenant_client(self) -> CumulocityClient:
        """The client of the microservice's own tenant (single-tenant use).

        A ``PER_TENANT`` microservice signs in with its service user from ``C8Y_TENANT`` /
        ``C8Y_USER`` / ``C8Y_PASSWORD``; otherwise the service user of the bootstrap tenant's
        subscription is used.

        Raises:
            ConfigurationError: The bootstrap tenant is not subscribed (and no service user is
                in the environment).
        """
        settings = self.settings
        tenant = settings.service_tenant_id or settings.tenant_id
        if tenant in self._tenants:
            return self._tenants[tenant]
        if settings.service_username is not None:
            self._tenants[tenant] = self._client(
                tenant_id=tenant,
                username=settings.service_username,
                password=settings.service_password,
            )
            return self._tenants[tenant]
        return await self.tenant_client(tenant)

    async def user_client(self, authorization: str | None) -> CumulocityClient:
        """A client signed in as the user of an incoming request; the caller closes it.

        It sends that user's own credentials and nothing else, so the platform lets it do what
        the user may do, no more. A Basic login without tenant prefix is taken to be of the
        bootstrap tenant; for a bearer token the tenant is asked for
        (``GET /tenant/currentTenant``).

        Args:
            authorization: The request's ``Authorization`` header value.

        Raises:
            InvalidAuthorizationError: The header is missing or malformed.
            AuthenticationError: The platform refused a token.
        """
        credentials = parse_authorization(authorization)
        if credentials.token is None:
            return self._client(
                tenant_id=credentials.tenant_id or self.settings.tenant_id,
                username=credentials.username,
                password=credentials.password,
            )
        # The token's tenant first (a probe client, closed again): the client's tenant ID
        # fills the paths that name the tenant.
        async with self._client(
            tenant_id=self.settings.tenant_id, token=credentials.token
        ) as probe:
            current = await probe.call(wire.GET_CURRENT_TENANT_RESOURCE)
        name = current.get("name") if isinstance(current, dict) else None
        if not isinstance(name, str) or not name:
            raise ConfigurationError("the current tenant of the token has no name")
        return self._client(tenant_id=name, token=credentials.token)

    async def aclose(self) -> None:
        """Close the bootstrap and the tenant clients, and the transport if it was built here."""
        clients = list(self._tenants.values())
        if self._bootstrap is not None:
            clients.append(self._bootstrap)
        self._tenants.clear()
        self._bootstrap = None
        for client in clients:
            await client.aclose()
        if self._owns_transport:
            await self._transport.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
