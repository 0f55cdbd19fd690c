"""The entry point of the SDK: `CumulocityClient`, a connection with the main API objects.

The connection (`c8y_objects._http.CumulocityConnection`) knows nothing of the main API
classes; this module sits on top of both, so neither imports the other back.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Self

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

if TYPE_CHECKING:
    import c8y_rest

__all__ = ["CumulocityClient", "settings_from_env"]


# Environment variables read by `CumulocityClient.from_env`, first match wins.
ENV_BASE_URL = ("C8Y_BASEURL", "C8Y_URL", "C8Y_HOST")
ENV_TENANT = ("C8Y_TENANT",)
ENV_USER = ("C8Y_USER", "C8Y_USERNAME")
ENV_PASSWORD = ("C8Y_PASSWORD",)
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
    def rest(self) -> c8y_rest.AuthenticatedClient:
        """The generated low-level client, sharing this connection (auth, retries, base URL).

        It is the generator's `AuthenticatedClient` type, which every generated operation
        accepts; its own ``token`` stays empty because the shared `httpx.AsyncClient` already
        sends the ``Authorization`` header. Do not enter or close it on its own; closing this
        client closes both.
        """
        import c8y_rest

        client = c8y_rest.AuthenticatedClient(base_url=self.base_url, token="")
        return client.set_async_httpx_client(self._http)

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
