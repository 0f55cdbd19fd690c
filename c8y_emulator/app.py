"""The emulator's ASGI application: request reading, authentication, faults, dispatch, logging.

[`EmulatorApp`][c8y_emulator.EmulatorApp] is a plain ASGI callable. Per request it reads the
body (at most ``max_body_bytes``, default 8 MiB; more is answered 413), authenticates, checks
the route's access rule, applies an armed fault, routes to the resource handler and records the
request in the log. Every failure is answered with the platform's error body; an unexpected
exception becomes a 500 with the exception named, and the server keeps running.
"""

from __future__ import annotations

import asyncio
import http
import logging
import re
from collections.abc import Awaitable, Callable, Mapping, MutableMapping
from typing import Any
from urllib.parse import parse_qsl, quote

from c8y_emulator import (
    alarms,
    applications,
    audit,
    binaries,
    bulkoperations,
    control,
    deviceregistration,
    events,
    features,
    identity,
    inventory,
    measurements,
    notifications,
    operations,
    tenant,
    tenant_options,
    users,
)
from c8y_emulator.access import AccessControl
from c8y_emulator.applications import ApplicationRegistry
from c8y_emulator.auth import Authenticator
from c8y_emulator.errors import (
    ApiError,
    forbidden,
    method_not_allowed,
    not_found,
    payload_too_large,
)
from c8y_emulator.faults import Fault, FaultRegistry, RequestLog
from c8y_emulator.storage import Storage
from c8y_emulator.web import Handler, Request, Response, Route, Router

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

MAX_BODY_BYTES = 8 * 1024 * 1024
_HOST = re.compile(r"[A-Za-z0-9._\-]+(:\d{1,5})?|\[[0-9A-Fa-f:.]+\](:\d{1,5})?")
CONTROL_PREFIX = "/_emulator"
_SLASHES = re.compile(r"//+")

logger = logging.getLogger("c8y_emulator")


class _ClientGone(Exception):
    """The client disconnected before its request body arrived."""


class EmulatorApp:
    """A Cumulocity tenant as an ASGI application.

    Args:
        database: SQLite path, or ``":memory:"``.
        tenant_id: The tenant id.
        username: The single user's name.
        password: The single user's password.
        max_body_bytes: Largest accepted request body; larger ones get 413.
        feature_toggles: Default values of the platform's feature toggles the emulator knows
            (`c8y_emulator.features.KNOWN_TOGGLES`), e.g.
            ``{"core.inventory.without.children": True}``.
        seed_users: Whether a new database also gets the read-only and the device user of
            `c8y_emulator.users.SEED_USERS` (the administrator is always there).
        application_registry: The application registry shared by the tenants of a
            `c8y_emulator.tenants.TenantDispatcher`; None (one tenant): the app keeps
            its own, in its database, and its tenant is the management tenant.
    """

    def __init__(
        self,
        database: str = ":memory:",
        tenant_id: str = "t12345",
        username: str = "admin",
        password: str = "admin",
        *,
        max_body_bytes: int = MAX_BODY_BYTES,
        feature_toggles: Mapping[str, bool] | None = None,
        seed_users: bool = True,
        application_registry: ApplicationRegistry | None = None,
    ) -> None:
        self.tenant_id = tenant_id
        self.username = username
        self.password = password
        self.max_body_bytes = max_body_bytes
        self.storage = Storage(
            database,
            schemas=[
                inventory.SCHEMA,
                identity.SCHEMA,
                alarms.SCHEMA,
                operations.SCHEMA,
                bulkoperations.SCHEMA,
                binaries.SCHEMA,
                measurements.SCHEMA,
                events.SCHEMA,
                features.SCHEMA,
                deviceregistration.SCHEMA,
                users.SCHEMA,
                applications.SCHEMA,
                notifications.SCHEMA,
                audit.SCHEMA,
                tenant_options.SCHEMA,
            ],
        )
        self.users = users.UserStore(
            self.storage, tenant_id, username, password, seed_users=seed_users
        )
        self.feature_toggles = features.FeatureToggles(self.storage, tenant_id, feature_toggles)
        self.auth: Authenticator = deviceregistration.TenantAuthenticator(
            self.storage, tenant_id, username, password
        )
        self.auth.verifier = self.users.verify
        self.access = AccessControl(self.storage, self.users.effective_roles)
        self.applications = application_registry or ApplicationRegistry(self.storage, tenant_id)
        self.applications.add_tenant(self.users)
        self.faults = FaultRegistry()
        self.request_log = RequestLog()
        self.router = Router()
        inventory.register(self.router, self.storage, self.feature_toggles.children_by_default)
        identity.register(self.router, self.storage)
        alarms.register(self.router, self.storage)
        create_due_operations = bulkoperations.register(self.router, self.storage)
        operations.register(self.router, self.storage, create_due_operations)
        binaries.register(self.router, self.storage)
        measurements.register(self.router, self.storage)
        events.register(self.router, self.storage)
        tenant.register(self.router, self.auth)
        users.register(self.router, self.users, self.auth)
        applications.register(self.router, self.applications, tenant_id)
        features.register(self.router, self.feature_toggles)
        deviceregistration.register(self.router, self.storage, tenant_id)
        self.notifications = notifications.register(self.router, self.storage, tenant_id)
        audit.register(self.router, self.storage)
        self.tenant_options = tenant_options.TenantOptionStore(self.storage, tenant_id)
        tenant_options.register(self.router, self.tenant_options)
        if self.applications.options is None:  # the first tenant of a shared registry
            self.applications.options = tenant_options.TenantOptionStores()
        if isinstance(self.applications.options, tenant_options.TenantOptionStores):
            self.applications.options.add(self.tenant_options)
        self.control_router = Router()
        self.controls = control.register(self.control_router, self)

    def close(self) -> None:
        """Close the database."""
        self.storage.close()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve one ASGI connection scope."""
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] == "websocket":  # the Notification 2.0 consumer endpoint
            await self.notifications.serve(scope, receive, send)
            return
        if scope["type"] != "http":
            return
        method = scope["method"].upper()
        path: str = scope["path"]
        raw = scope.get("raw_path")
        raw_path = raw.decode("latin-1") if raw else quote(path)
        # The platform's front proxy merges repeated slashes (clients such as c8y_api send
        # /alarm/alarms//{id}); so does the emulator, before routing.
        raw_path = _SLASHES.sub("/", raw_path.split("?", 1)[0])
        path = _SLASHES.sub("/", path)
        raw_query = scope.get("query_string", b"").decode("latin-1")
        is_control = path == CONTROL_PREFIX or path.startswith(CONTROL_PREFIX + "/")
        try:
            body = await self._read_body(scope, receive)
        except _ClientGone:
            return
        except ApiError as exc:
            await _send(send, exc.status, exc.header_list(), exc.body())
            if not is_control:
                self.request_log.record(method, path, raw_query, exc.status)
            return
        request = _build_request(scope, method, path, raw_query, body)
        fault: Fault | None = None
        logged: dict[str, Any] = {"content_type": request.headers.get("content-type")}
        try:
            route_match = (self.control_router if is_control else self.router).match(
                request.method, raw_path
            )
            if not isinstance(route_match, list):
                logged.update(route=route_match[0].template, params=route_match[1])
            self._admit(request, route_match)
            if not is_control:
                fault = self.faults.take(request.method, path)
                if fault is not None:
                    if fault.kind == "status":
                        raise _fault_error(fault)
                    if fault.kind == "delay":
                        await asyncio.sleep(fault.delay)
                        fault = None
                    elif fault.kind == "drop":
                        self.request_log.record(request.method, path, raw_query, 0, **logged)
                        await _drop(send, receive)
                        return
            response = self._dispatch(request, route_match)
        except ApiError as exc:
            response = Response(exc.status, exc.body(), None, exc.header_list())
        if not is_control:
            self.request_log.record(request.method, path, raw_query, response.status, **logged)
        headers = response.header_list()
        if fault is not None and fault.kind == "truncate":
            await _send_truncated(send, receive, response.status, headers, response.body)
            return
        await _send(send, response.status, headers, response.body)

    def _admit(
        self, request: Request, route_match: tuple[Route, dict[str, str]] | list[str]
    ) -> None:
        """Authenticate the caller and apply the route's access rule (public routes: neither).

        Raises:
            ApiError: 401 or 403; a 500 naming any unexpected failure on the way.
        """
        if not isinstance(route_match, list) and route_match[0].public:
            return
        try:
            request.user = self.auth.authenticate(request.headers)
            if isinstance(route_match, list):
                return
            route, params = route_match
            # A route without a rule is refused: access is declared, never assumed.
            if route.access is None:
                raise forbidden()
            request.visibility = self.access.check(route.access, request.user, params)
        except ApiError:
            raise
        except Exception as exc:
            raise _unexpected(exc, "admitting", request) from exc

    def _dispatch(
        self, request: Request, route_match: tuple[Route, dict[str, str]] | list[str]
    ) -> Response:
        if isinstance(route_match, list):
            if route_match:
                raise method_not_allowed(request.method, request.path, route_match)
            raise not_found("general", f"No resource at {request.method} {request.path}")
        route, params = route_match
        handler: Handler = route.handler
        try:
            return handler(request, params)
        except ApiError:
            raise
        except Exception as exc:
            raise _unexpected(exc, "in", request) from exc

    async def _read_body(self, scope: Scope, receive: Receive) -> bytes:
        for name, value in scope.get("headers", ()):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = 0
                if declared > self.max_body_bytes:
                    raise payload_too_large(self.max_body_bytes)
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                raise _ClientGone
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body_bytes:
                raise payload_too_large(self.max_body_bytes)
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)


def _unexpected(exc: Exception, stage: str, request: Request) -> ApiError:
    """Log an unexpected exception and answer it as a 500 naming it (the server keeps running)."""
    logger.exception("unexpected error %s %s %s", stage, request.method, request.path)
    return ApiError(
        500,
        "general/Internal Server Error",
        f"Unexpected emulator error: {type(exc).__name__}: {exc}",
    )


def _build_request(scope: Scope, method: str, path: str, raw_query: str, body: bytes) -> Request:
    headers: dict[str, str] = {}
    for raw_name, raw_value in scope.get("headers", ()):
        name = raw_name.decode("latin-1").lower()
        value = raw_value.decode("latin-1")
        headers[name] = f"{headers[name]},{value}" if name in headers else value
    override = headers.get("x-http-method")
    if method == "POST" and override:
        method = override.strip().upper()
    query: dict[str, list[str]] = {}
    for key, value in parse_qsl(raw_query, keep_blank_values=True):
        query.setdefault(key, []).append(value)
    host = headers.get("host", "")
    if not _HOST.fullmatch(host):
        # Links are spliced into JSON: only a well-formed host name or address may go in.
        server = scope.get("server")
        host = f"{server[0]}:{server[1]}" if server else "localhost"
    scheme = "https" if scope.get("scheme") == "https" else "http"
    base_url = f"{scheme}://{host}"
    return Request(method, path, raw_query, query, headers, body, base_url)


def _fault_error(fault: Fault) -> ApiError:
    try:
        phrase = http.HTTPStatus(fault.status).phrase
    except ValueError:
        phrase = "Injected Fault"
    headers: list[tuple[bytes, bytes]] = []
    if fault.retry_after is not None:
        headers.append((b"retry-after", f"{fault.retry_after:g}".encode()))
    return ApiError(
        fault.status,
        f"general/{phrase}",
        f"Fault injected by the emulator (fault {fault.id}, status {fault.status})",
        headers=headers,
    )


async def _send(send: Send, status: int, headers: list[tuple[bytes, bytes]], body: bytes) -> None:
    headers.append((b"content-length", str(len(body)).encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def _transport(send: Send) -> asyncio.BaseTransport | None:
    """Return the socket transport under uvicorn (its send is a method of the request cycle).

    The one place that relies on uvicorn's internals: the ``send`` callable uvicorn hands to an
    ASGI app is a bound method of its per-request ``RequestResponseCycle`` (h11 and httptools
    protocols alike), which keeps the connection's ``transport`` as a plain attribute. None
    in-process (httpx.ASGITransport) or under a server without that attribute;
    tests/emulator/test_server.py fails when uvicorn changes it.
    """
    transport = getattr(getattr(send, "__self__", None), "transport", None)
    return transport if isinstance(transport, asyncio.BaseTransport) else None


async def _wait_disconnect(receive: Receive) -> None:
    while (await receive())["type"] != "http.disconnect":
        pass


async def _drop(send: Send, receive: Receive) -> None:
    transport = _transport(send)
    if transport is None:
        import httpx  # in-process: surface the drop as the client library's own error

        raise httpx.RemoteProtocolError("Server disconnected without sending a response.")
    transport.close()
    await _wait_disconnect(receive)


async def _send_truncated(
    send: Send, receive: Receive, status: int, headers: list[tuple[bytes, bytes]], body: bytes
) -> None:
    if not body:
        await _drop(send, receive)
        return
    headers.append((b"content-length", str(len(body)).encode()))
    transport = _transport(send)
    await send({"type": "http.response.start", "status": status, "headers": headers})
    # In-process the cut body simply ends; on a socket the connection closes mid-body.
    await send(
        {
            "type": "http.response.body",
            "body": body[: len(body) // 2],
            "more_body": transport is not None,
        }
    )
    if transport is not None:
        transport.close()
        await _wait_disconnect(receive)


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return


def create_app(
    database: str = ":memory:",
    tenant_id: str = "t12345",
    username: str = "admin",
    password: str = "admin",
    *,
    max_body_bytes: int = MAX_BODY_BYTES,
    feature_toggles: Mapping[str, bool] | None = None,
    seed_users: bool = True,
) -> EmulatorApp:
    """Create the emulator's ASGI application.

    Args:
        database: SQLite file path; ``":memory:"`` (default) keeps nothing after the app is gone.
        tenant_id: Tenant id the app emulates.
        username: Name of its single user.
        password: That user's password.
        max_body_bytes: Largest accepted request body (413 above it).
        feature_toggles: Default values of known feature toggles (see
            [`EmulatorApp`][c8y_emulator.EmulatorApp]).
        seed_users: Whether to add the seeded read-only and device users (see README).

    Returns:
        The ASGI app; use it in-process with ``httpx.ASGITransport(app)`` or serve it with
        [`c8y_emulator.Emulator`][c8y_emulator.Emulator].
    """
    return EmulatorApp(
        database,
        tenant_id,
        username,
        password,
        max_body_bytes=max_body_bytes,
        feature_toggles=feature_toggles,
        seed_users=seed_users,
    )
