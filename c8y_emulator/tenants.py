"""Several emulated tenants behind one base URL: a management tenant and subscribed tenants.

The platform tells tenants apart by their credentials: a microservice talks to one internal base
URL and signs each request as ``<tenant>/<user>``.
[`TenantDispatcher`][c8y_emulator.tenants.TenantDispatcher] does the same for a set of
[`EmulatorApp`][c8y_emulator.EmulatorApp] tenants, each with its own database: a request goes
to the tenant of its Basic credentials (``<tenant>/<user>``), of its bearer token or login cookie
(the tenant that issued it), or of its ``tenant_id`` / ``tenantId`` query parameter (the login
endpoints); a Notification 2.0 consumer goes to the tenant that issued its token; everything
else, credentials without a tenant prefix included, goes to the management tenant.

The tenants share the management tenant's `c8y_emulator.applications.ApplicationRegistry`:
the management tenant owns the applications it creates and subscribes the other tenants to them.
A single [`EmulatorApp`][c8y_emulator.EmulatorApp] is unchanged by all this (it is its own
management tenant).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from http.cookies import CookieError, SimpleCookie
from typing import Any
from urllib.parse import parse_qsl

from c8y_emulator.app import EmulatorApp, Receive, Scope, Send
from c8y_emulator.auth import decode_basic
from c8y_emulator.errors import ApiError

__all__ = ["TenantDispatcher", "create_tenants", "tenant_database"]


def tenant_database(database: str, tenant_id: str) -> str:
    """The database of a subscribed tenant: ``:memory:``, or a file beside ``database``.

    ``fleet.db`` gives ``fleet.t200.db`` for tenant ``t200``.
    """
    if database == ":memory:":
        return database
    root, ext = os.path.splitext(database)
    return f"{root}.{tenant_id}{ext}"


class TenantDispatcher:
    """An ASGI app routing each request to the emulated tenant it belongs to.

    Args:
        management: The management tenant (owner of the shared application registry).
        tenants: The other tenants, created with ``application_registry=`` of `management`.

    Raises:
        ValueError: Two tenants with the same id, or a tenant on another registry.
    """

    def __init__(self, management: EmulatorApp, tenants: Sequence[EmulatorApp] = ()) -> None:
        self.management = management
        self.tenants: dict[str, EmulatorApp] = {management.tenant_id: management}
        for app in tenants:
            if app.tenant_id in self.tenants:
                raise ValueError(f"tenant {app.tenant_id} is given twice")
            if app.applications is not management.applications:
                raise ValueError(
                    f"tenant {app.tenant_id} does not share the management tenant's applications"
                )
            self.tenants[app.tenant_id] = app

    def close(self) -> None:
        """Close every tenant's database."""
        for app in self.tenants.values():
            app.close()

    def route(self, scope: Scope) -> EmulatorApp:
        """The tenant a request belongs to (see the module docstring)."""
        headers: dict[str, str] = {}
        for raw_name, raw_value in scope.get("headers", ()):
            headers[raw_name.decode("latin-1").lower()] = raw_value.decode("latin-1")
        scheme, _, credentials = headers.get("authorization", "").partition(" ")
        scheme = scheme.lower()
        if scheme == "basic":
            return self._basic_tenant(credentials.strip())
        if scheme == "bearer":
            return self._token_tenant(credentials.strip())
        cookie = headers.get("cookie")
        if cookie:
            try:
                morsel = SimpleCookie(cookie).get("authorization")
            except CookieError:
                morsel = None
            if morsel is not None:
                return self._token_tenant(morsel.value)
        query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1")))
        named = query.get("tenant_id") or query.get("tenantId")
        return self.tenants.get(named or "", self.management)

    def _basic_tenant(self, credentials: str) -> EmulatorApp:
        try:
            decoded = decode_basic(credentials)
        except ApiError:
            return self.management  # it answers the malformed credentials with 401
        tenant, sep, _ = decoded.partition(":")[0].partition("/")
        return self.tenants.get(tenant, self.management) if sep else self.management

    def _token_tenant(self, token: str) -> EmulatorApp:
        for app in self.tenants.values():
            if app.auth.owns_token(token):
                return app
        return self.management

    def _consumer_tenant(self, scope: Scope) -> EmulatorApp:
        # A Notification 2.0 consumer authenticates with its token alone: the tenant whose
        # hub issued it serves it (the management tenant refuses a token it does not know).
        query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1")))
        token = query.get("token", "")
        for app in self.tenants.values():
            if app.notifications.check_token(token) is not None:
                return app
        return self.management

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve one ASGI connection scope with the tenant it belongs to."""
        if scope["type"] == "http":
            app = self.route(scope)
        elif scope["type"] == "websocket":
            app = self._consumer_tenant(scope)
        else:
            app = self.management
        await app(scope, receive, send)


def create_tenants(
    database: str = ":memory:",
    management_tenant: str = "management",
    tenant_ids: Sequence[str] = ("t100", "t200"),
    username: str = "admin",
    password: str = "admin",
    **options: Any,
) -> TenantDispatcher:
    """Create a management tenant and further tenants behind one dispatcher.

    Args:
        database: The management tenant's database (``:memory:`` or a file); the others get
            their own ([`tenant_database`][c8y_emulator.tenants.tenant_database]).
        management_tenant: The management tenant's id.
        tenant_ids: The ids of the other tenants (to subscribe to applications).
        username: Each tenant's administrator.
        password: Its password (the same in every tenant).
        **options: Further [`EmulatorApp`][c8y_emulator.EmulatorApp] keywords for every tenant.

    Raises:
        ValueError: A tenant id is given twice.
    """
    management = EmulatorApp(database, management_tenant, username, password, **options)
    others: list[EmulatorApp] = []
    try:
        for tenant in tenant_ids:
            others.append(
                EmulatorApp(
                    tenant_database(database, tenant),
                    tenant,
                    username,
                    password,
                    application_registry=management.applications,
                    **options,
                )
            )
        return TenantDispatcher(management, others)
    except BaseException:
        for app in (management, *others):
            app.close()
        raise
