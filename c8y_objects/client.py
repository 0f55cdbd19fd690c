"""The entry point of the SDK: `CumulocityClient`, a connection with the main API objects.

The connection (`c8y_objects._http.CumulocityConnection`) knows nothing of the main API
classes; this module sits on top of both, so neither imports the other back.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cached_property
from typing import Any, NoReturn, Self

import httpx

from c8y_objects._http import CumulocityConnection
from c8y_objects.alarms import Alarms
from c8y_objects.applications import Applications
from c8y_objects.audit import AuditRecords
from c8y_objects.binaries import Binaries
from c8y_objects.errors import ConfigurationError
from c8y_objects.events import Events
from c8y_objects.identity import Identity
from c8y_objects.inventory import DeviceGroupInventory, DeviceInventory, Inventory
from c8y_objects.measurements import Measurements
from c8y_objects.notifications import Subscriptions, Tokens
from c8y_objects.operations import BulkOperations, Operations
from c8y_objects.tenant_options import TenantOptions
from c8y_objects.users import InventoryRoles, UserGroups, Users

__all__ = ["CumulocityClient", "RestClient", "settings_from_env"]


# Environment variables read by `CumulocityClient.from_env`, first match wins.
ENV_BASE_URL = ("C8Y_BASEURL", "C8Y_URL", "C8Y_HOST")
ENV_TENANT = ("C8Y_TENANT",)
ENV_USER = ("C8Y_USER", "C8Y_USERNAME")
ENV_TOKEN = ("C8Y_TOKEN",)


def settings_from_env(environ: Mapping[str, str]) -> dict[str, str]:
    """Read connection settings from environment variables (pure).

    Returns:
        Keyword arguments for `CumulocityClient`: ``base_url``, ``tenant_id`` and either
        ``token`` or ``username`` and ``password``.

    Raises:
        ConfigurationError: A required variable is missing; the message names it.
    """

    def first(names: tuple[str, ...]) -> str | None:
        for name in names:
            value = environ.get(name, "").strip()
            if value:
                return value
        return None

    def required(names: tuple[str, ...]) -> str:
        value = first(names)
        if value is None:
            raise ConfigurationError(f"environment variable {' / '.join(names)} is not set")
        return value

    settings = {"base_url": required(ENV_BASE_URL), "tenant_id": required(ENV_TENANT)}
    token = first(ENV_TOKEN)
    if token is not None:
        settings["token"] = token
        return settings
    settings["username"] = required(ENV_USER)
    password = environ.get("C8Y_PASSWORD")
    if password is None:
        raise ConfigurationError(
            "environment variable C8Y_PASSWORD is not set (or set C8Y_TOKEN instead)"
        )
    settings["password"] = password
    return settings


class RestClient:
    """The connection as the generated ``c8y_rest`` operations take it (``c8y.rest``): async only.

    Pass it as ``client=`` to an operation's ``asyncio`` or ``asyncio_detailed`` function
    (``await get_alarm_resource.asyncio(id, client=c8y.rest)``): the request goes through the
    connection's shared ``httpx.AsyncClient``, with its authentication, base URL and retries.
    It is a `c8y_rest.api.AsyncApiClient`, not a `c8y_rest.AuthenticatedClient`, so a type
    checker refuses it for the ``sync`` and ``sync_detailed`` functions; called anyway, they
    raise `ConfigurationError`.

    Attributes:
        raise_on_unexpected_status: Whether a status the spec does not document raises
            `c8y_rest.errors.UnexpectedStatus` (default False: the result is None).
    """

    __slots__ = ("_http", "raise_on_unexpected_status")

    def __init__(
        self, http: httpx.AsyncClient, *, raise_on_unexpected_status: bool = False
    ) -> None:
        self._http = http
        self.raise_on_unexpected_status: bool = raise_on_unexpected_status

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The connection's shared async HTTP client."""
        return self._http

    def get_httpx_client(self) -> NoReturn:
        """Refuse a synchronous request: the connection has no sync client.

        Raises:
            ConfigurationError: Always; the message names the async functions to call instead.
        """
        raise ConfigurationError(
            "c8y.rest is async only: call the operation's asyncio() or asyncio_detailed() "
            "function (await ...(client=c8y.rest)), not sync() or sync_detailed()"
        )

    def __repr__(self) -> str:
        return f"RestClient(base_url={str(self._http.base_url)!r})"


class CumulocityClient(CumulocityConnection):
    """The entry point of the SDK: a connection plus the main API objects.

    Example:
        ``async with CumulocityClient.from_env() as c8y: n = await c8y.inventory.get_count()``

    Takes the same arguments as `CumulocityConnection`.
    """

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **kwargs: Any) -> Self:
        """Create a client from ``C8Y_*`` environment variables.

        Reads ``C8Y_BASEURL`` (or ``C8Y_URL`` / ``C8Y_HOST``), ``C8Y_TENANT``, and ``C8Y_TOKEN``
        or ``C8Y_USER`` (or ``C8Y_USERNAME``) with ``C8Y_PASSWORD``.

        Args:
            environ: The variables to read (defaults to `os.environ`).
            **kwargs: Further constructor arguments (e.g. ``transport``, ``max_retries``).

        Raises:
            ConfigurationError: A required variable is missing; the message names it.
        """
        settings: dict[str, Any] = dict(
            settings_from_env(os.environ if environ is None else environ)
        )
        settings.update(kwargs)
        return cls(**settings)

    @cached_property
    def rest(self) -> RestClient:
        """This connection for the generated ``c8y_rest`` operations' async functions.

        ``await get_alarm_resource.asyncio(id, client=c8y.rest)`` sends the request through
        this connection (auth, retries, base URL). The ``sync`` functions are refused, by the
        type checker and at run time (`RestClient`). Closing this client closes it too.
        """
        return RestClient(self._http)

    @cached_property
    def inventory(self) -> Inventory:
        """The Inventory API (managed objects)."""

        return Inventory(self)

    @cached_property
    def device_inventory(self) -> DeviceInventory:
        """The Device Inventory API (managed objects that are devices)."""

        return DeviceInventory(self)

    @cached_property
    def group_inventory(self) -> DeviceGroupInventory:
        """The Device Group Inventory API (groups and subgroups of devices)."""

        return DeviceGroupInventory(self)

    @cached_property
    def identity(self) -> Identity:
        """The Identity API (external IDs)."""

        return Identity(self)

    @cached_property
    def binaries(self) -> Binaries:
        """The Binaries API (stored files)."""

        return Binaries(self)

    @cached_property
    def measurements(self) -> Measurements:
        """The Measurements API."""

        return Measurements(self)

    @cached_property
    def events(self) -> Events:
        """The Events API (events and their attachments)."""

        return Events(self)

    @cached_property
    def alarms(self) -> Alarms:
        """The Alarms API."""

        return Alarms(self)

    @cached_property
    def operations(self) -> Operations:
        """The Operations API (device control)."""

        return Operations(self)

    @cached_property
    def bulk_operations(self) -> BulkOperations:
        """The Bulk Operations API (one operation for every device of a group)."""

        return BulkOperations(self)

    @cached_property
    def users(self) -> Users:
        """The Users API (the tenant's users, the current user, passwords)."""

        return Users(self)

    @cached_property
    def user_groups(self) -> UserGroups:
        """The user groups (global roles) API."""

        return UserGroups(self)

    @cached_property
    def inventory_roles(self) -> InventoryRoles:
        """The inventory roles API (roles and their assignments to users)."""

        return InventoryRoles(self)

    @cached_property
    def applications(self) -> Applications:
        """The Applications API (applications, subscriptions, the current application)."""

        return Applications(self)

    @cached_property
    def subscriptions(self) -> Subscriptions:
        """The Notification 2.0 subscriptions API."""
        return Subscriptions(self)

    @cached_property
    def tokens(self) -> Tokens:
        """The Notification 2.0 tokens API (tokens, unsubscribing, the consumer URL)."""
        return Tokens(self)

    @cached_property
    def tenant_options(self) -> TenantOptions:
        """The tenant options API (settings by category and key; encrypted credentials)."""

        return TenantOptions(self)

    @cached_property
    def audit_records(self) -> AuditRecords:
        """The Audit API (who changed what)."""

        return AuditRecords(self)
