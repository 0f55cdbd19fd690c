"""Applications, their binaries, tenant subscriptions and the current (microservice) application.

Routes: ``/application/applications[/{id}[/binaries[/{binaryId}]|/bootstrapUser]]``, the
lookups ``/application/applicationsByName|ByTenant|ByOwner|ByUser/...``, the current application
``/application/currentApplication[/settings|/subscriptions]`` and the subscriptions
``/tenant/tenants/{tenantId}/applications[/{applicationId}]``.

One :class:`ApplicationRegistry` holds the applications of every tenant an emulator serves: a
single :class:`~c8y_emulator.app.EmulatorApp` has its own; the tenants of a
:class:`~c8y_emulator.tenants.TenantDispatcher` share the management tenant's. A tenant sees the
applications it owns and those it subscribes to.

Microservices get the platform's users: creating a ``MICROSERVICE`` application creates its
bootstrap user ``servicebootstrap_<name>`` in the owner tenant; subscribing a tenant creates the
service user ``service_<name>`` there, holding the application's ``requiredRoles`` (through a group
of the same name: the emulator's roles come from groups). Both are ordinary users of their tenant,
so they log in and are checked like any other. Their passwords are random; the platform hands
them out in clear to whoever may read them (``bootstrapUser``, ``currentApplication/
subscriptions``), so the registry keeps them next to the application, and nothing else (logs,
errors) ever carries one.

``currentApplication`` is the application of the caller: the one whose bootstrap user (in the
owner tenant) or service user (in a subscribed tenant) signed the request; anybody else gets 403.
Its settings are the manifest's defaults, overridden by what :attr:`ApplicationRegistry.options`
(a tenant option lookup, when the emulator has one) holds in the application's category.
"""

from __future__ import annotations

import io
import re
import secrets
import sqlite3
import string
import zipfile
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import orjson

from c8y_emulator import media
from c8y_emulator.access import ANY_USER, require
from c8y_emulator.errors import ApiError, conflict, forbidden, invalid_data, not_found
from c8y_emulator.multipart import is_form_data, parse_form_data
from c8y_emulator.paging import page_response, parse_page_request, slice_page
from c8y_emulator.storage import Storage, now_iso, parse_id
from c8y_emulator.users import UserStore
from c8y_emulator.web import Request, Response, Router, json_response, write_response

AREA = "application"

APPLICATION = media.vendor("application")
APPLICATION_COLLECTION = media.vendor("applicationcollection")
APPLICATION_BINARIES = media.vendor("applicationbinaries")
APPLICATION_REFERENCE = media.vendor("applicationreference")
APPLICATION_REFERENCE_COLLECTION = media.vendor("applicationreferencecollection")
APPLICATION_USER_COLLECTION = media.vendor("applicationusercollection")
USER = media.vendor("user")
OPTION = media.vendor("option")
ZIP = "application/zip"

TYPES = frozenset({"EXTERNAL", "HOSTED", "MICROSERVICE"})
AVAILABILITIES = frozenset({"MARKET", "PRIVATE"})
BOOTSTRAP_PREFIX = "servicebootstrap_"
SERVICE_PREFIX = "service_"
# The platform's rule for microservice names: lower-case letters, digits and dashes, 23 at most
# (the name goes into user names and the container's host name).
_MICROSERVICE_NAME = re.compile(r"[a-z0-9-]{1,23}")
_PASSWORD_ALPHABET = string.ascii_letters + string.digits

SCHEMA = """
CREATE TABLE IF NOT EXISTS applications (
    id INTEGER PRIMARY KEY,
    owner TEXT NOT NULL,
    body TEXT NOT NULL,
    bootstrap_user TEXT,
    bootstrap_password TEXT
);
CREATE TABLE IF NOT EXISTS application_subscriptions (
    application_id INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    tenant TEXT NOT NULL,
    service_user TEXT,
    service_password TEXT,
    PRIMARY KEY (application_id, tenant)
);
CREATE TABLE IF NOT EXISTS application_binaries (
    id INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    created TEXT NOT NULL,
    content BLOB NOT NULL
);
"""

# Members a client may write, with their JSON types; others are kept as sent (custom members).
_FIELDS: dict[str, type | tuple[type, ...]] = {
    "name": str,
    "key": str,
    "type": str,
    "availability": str,
    "contextPath": str,
    "description": str,
    "externalUrl": str,
    "manifest": dict,
    "roles": list,
    "requiredRoles": list,
    "breadcrumbs": bool,
    "contentSecurityPolicy": str,
    "dynamicOptionsUrl": str,
    "globalTitle": str,
    "legacy": bool,
    "rightDrawer": bool,
    "upgrade": bool,
}
# Members the platform maintains: ignored in a request body, as the platform does.
_READ_ONLY = frozenset(
    {"id", "self", "owner", "activeVersionId", "resourcesUrl", "applicationVersions"}
)
_UNIQUE = ("key", "name", "contextPath")

OptionLookup = Callable[[str, str], Mapping[str, str]]
"""``(tenant_id, category)`` -> the tenant's options of that category, by key."""


def _new_password() -> str:
    return "".join(secrets.choice(_PASSWORD_ALPHABET) for _ in range(32))


def _app_missing(raw_id: str) -> ApiError:
    return not_found(AREA, f"Application with id {raw_id} not found")


@dataclass(frozen=True, slots=True)
class _Row:
    id: int
    owner: str
    body: dict[str, Any]


class ApplicationRegistry:
    """The applications of the tenants one emulator serves, and who subscribes to them.

    Args:
        storage: The database holding the applications (the management tenant's).
        management_tenant: The tenant that may subscribe any other tenant.
    """

    def __init__(self, storage: Storage, management_tenant: str) -> None:
        self.storage = storage
        self.management_tenant = management_tenant
        self._tenants: dict[str, UserStore] = {}
        self.options: OptionLookup | None = None
        """Reads tenant options for the current application's settings (None: defaults only)."""

    def add_tenant(self, users: UserStore) -> None:
        """Make a tenant known (its users receive the service users of its subscriptions)."""
        self._tenants[users.tenant_id] = users

    @property
    def tenant_ids(self) -> list[str]:
        """The tenants the registry knows, sorted."""
        return sorted(self._tenants)

    def users_of(self, tenant_id: str) -> UserStore:
        """The user store of a known tenant.

        Raises:
            ApiError: 404 for a tenant the emulator does not serve.
        """
        users = self._tenants.get(tenant_id)
        if users is None:
            raise not_found("tenant", f"Tenant {tenant_id} not found")
        return users

    # --- reading ----------------------------------------------------------------------------

    def rows(self, cur: sqlite3.Cursor) -> list[_Row]:
        """Every application, oldest first."""
        return [
            _Row(int(r[0]), str(r[1]), orjson.loads(r[2]))
            for r in cur.execute("SELECT id, owner, body FROM applications ORDER BY id")
        ]

    def subscribers(self, cur: sqlite3.Cursor, app_id: int) -> list[str]:
        """The tenants subscribed to an application, sorted."""
        rows = cur.execute(
            "SELECT tenant FROM application_subscriptions WHERE application_id = ? ORDER BY tenant",
            (app_id,),
        )
        return [str(r[0]) for r in rows]

    def visible_to(self, cur: sqlite3.Cursor, row: _Row, tenant: str) -> bool:
        """Whether a tenant owns or subscribes to an application."""
        return row.owner == tenant or tenant in self.subscribers(cur, row.id)

    def row(self, cur: sqlite3.Cursor, raw_id: str, tenant: str) -> _Row:
        """One application the tenant sees.

        Raises:
            ApiError: 404 for an unknown id or an application the tenant neither owns nor
                subscribes to.
        """
        app_id = parse_id(raw_id)
        found = (
            None
            if app_id is None
            else cur.execute(
                "SELECT owner, body FROM applications WHERE id = ?", (app_id,)
            ).fetchone()
        )
        if app_id is None or found is None:
            raise _app_missing(raw_id)
        row = _Row(app_id, str(found[0]), orjson.loads(found[1]))
        if not self.visible_to(cur, row, tenant):
            raise _app_missing(raw_id)
        return row

    def document(self, request: Request, row: _Row) -> dict[str, Any]:
        """The application's JSON as the platform answers it."""
        return {
            **row.body,
            "id": str(row.id),
            "self": request.url(f"/application/applications/{row.id}"),
            "owner": {
                "self": request.url(f"/tenant/tenants/{row.owner}"),
                "tenant": {"id": row.owner},
            },
        }

    def current(self, cur: sqlite3.Cursor, tenant: str, user: str) -> _Row:
        """The application whose bootstrap or service user ``user`` of ``tenant`` is.

        Raises:
            ApiError: 403 for any other caller.
        """
        found = cur.execute(
            "SELECT id FROM applications WHERE owner = ? AND bootstrap_user = ?", (tenant, user)
        ).fetchone()
        if found is None:
            found = cur.execute(
                "SELECT application_id FROM application_subscriptions "
                "WHERE tenant = ? AND service_user = ?",
                (tenant, user),
            ).fetchone()
        if found is None:
            raise forbidden("Only a microservice's bootstrap or service users have an application")
        return self.row(cur, str(found[0]), tenant)

    # --- writing ----------------------------------------------------------------------------

    def create_service_user(
        self, cur: sqlite3.Cursor, tenant: str, name: str, roles: list[str]
    ) -> tuple[str, str]:
        """Create the service user of a subscription in ``tenant``; return name and password."""
        user = SERVICE_PREFIX + name
        password = _new_password()
        self.add_user(cur, tenant, user, password, roles)
        return user, password

    def add_user(
        self, cur: sqlite3.Cursor, tenant: str, name: str, password: str, roles: list[str]
    ) -> None:
        """Create (or renew) a microservice user with ``roles`` in ``tenant``'s database."""
        users = self.users_of(tenant)
        with self._writing(users, cur) as target:
            users.add_service_user(target, name, password, roles)

    def drop_user(self, cur: sqlite3.Cursor, tenant: str, user: str | None) -> None:
        """Delete a microservice user of ``tenant`` (nothing for None or an unknown tenant)."""
        if user is None or tenant not in self._tenants:
            return
        users = self._tenants[tenant]
        with self._writing(users, cur) as target:
            users.remove_service_user(target, user)

    @contextmanager
    def _writing(self, users: UserStore, cur: sqlite3.Cursor) -> Iterator[sqlite3.Cursor]:
        """A cursor on ``users``' database: ``cur`` when it is the registry's own, else a write."""
        if users.storage is self.storage:
            yield cur
        else:
            with users.storage.write() as other:
                yield other


def _check_fields(document: Mapping[str, Any]) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    for name, value in document.items():
        if name in _READ_ONLY:
            continue
        expected = _FIELDS.get(name)
        if expected is not None and (
            not isinstance(value, expected) or (expected is not bool and isinstance(value, bool))
        ):
            raise invalid_data(AREA, f"Field {name} has the wrong type: {type(value).__name__}")
        if expected is list and not all(isinstance(item, str) for item in value):
            raise invalid_data(AREA, f"Field {name} must be a list of role names")
        if name in ("name", "key", "contextPath") and not value.strip():
            raise invalid_data(AREA, f"Field {name} must not be empty")
        fields[name] = value
    if "type" in fields and fields["type"] not in TYPES:
        raise invalid_data(AREA, f"Field type must be one of {', '.join(sorted(TYPES))}")
    availability = fields.get("availability")
    if availability is not None and availability not in AVAILABILITIES:
        raise invalid_data(
            AREA, f"Field availability must be one of {', '.join(sorted(AVAILABILITIES))}"
        )
    return fields


def _check_unique(
    cur: sqlite3.Cursor, registry: ApplicationRegistry, body: Mapping[str, Any], own_id: int | None
) -> None:
    for other in registry.rows(cur):
        if other.id == own_id:
            continue
        for member in _UNIQUE:
            if member in body and other.body.get(member) == body[member]:
                raise conflict(AREA, f"An application with {member} {body[member]!r} exists")


def _check_microservice_name(body: Mapping[str, Any]) -> None:
    if body.get("type") == "MICROSERVICE" and not _MICROSERVICE_NAME.fullmatch(body["name"]):
        raise invalid_data(
            AREA,
            "A microservice's name has 1 to 23 characters: lower-case letters, digits and dashes",
        )


def _manifest_settings(manifest: Any) -> dict[str, str]:
    """Default settings of a manifest: a list of ``{key, defaultValue}`` or a key-value map."""
    settings = manifest.get("settings") if isinstance(manifest, dict) else None
    if isinstance(settings, dict):
        return {str(k): str(v) for k, v in settings.items()}
    found: dict[str, str] = {}
    if isinstance(settings, list):
        for item in settings:
            if isinstance(item, dict) and isinstance(item.get("key"), str):
                default = item.get("defaultValue")
                if isinstance(default, bool):  # JSON's spelling, as options are text
                    found[item["key"]] = "true" if default else "false"
                elif default is not None:
                    found[item["key"]] = str(default)
    return found


def option_category(body: Mapping[str, Any]) -> str | None:
    """An application's tenant option category: the manifest's ``settingsCategory``, else its
    ``name``, else the application's ``contextPath`` (the platform's rule)."""
    manifest = body.get("manifest")
    if isinstance(manifest, dict):
        for member in ("settingsCategory", "name"):
            value = manifest.get(member)
            if isinstance(value, str) and value:
                return value
    context = body.get("contextPath")
    return context if isinstance(context, str) and context else None


def _zip_manifest(data: bytes) -> dict[str, Any] | None:
    """The ``cumulocity.json`` manifest of an uploaded zip, or None when it has none.

    Raises:
        ApiError: 422 when the upload is not a zip archive or its manifest is not a JSON object.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if "cumulocity.json" not in archive.namelist():
                return None
            raw = archive.read("cumulocity.json")
    except (zipfile.BadZipFile, OSError, RuntimeError, ValueError):
        raise invalid_data(AREA, "The uploaded file is not a zip archive") from None
    try:
        manifest = orjson.loads(raw)
    except orjson.JSONDecodeError:
        raise invalid_data(AREA, "cumulocity.json of the upload is not valid JSON") from None
    if not isinstance(manifest, dict):
        raise invalid_data(AREA, "cumulocity.json of the upload is not a JSON object")
    return manifest


def register(router: Router, registry: ApplicationRegistry, tenant_id: str) -> None:
    """Add the application and subscription routes of tenant ``tenant_id`` to ``router``."""
    api = _ApplicationsApi(registry, tenant_id)
    read = require("ROLE_APPLICATION_MANAGEMENT_READ", "ROLE_APPLICATION_MANAGEMENT_ADMIN")
    admin = require("ROLE_APPLICATION_MANAGEMENT_ADMIN")
    apps = "/application/applications"
    router.add("GET", apps, api.list_applications, access=read)
    router.add("POST", apps, api.create_application, access=admin)
    router.add("GET", apps + "/{id}", api.get_application, access=read)
    router.add("PUT", apps + "/{id}", api.update_application, access=admin)
    router.add("DELETE", apps + "/{id}", api.delete_application, access=admin)
    router.add("GET", apps + "/{id}/binaries", api.list_binaries, access=read)
    router.add("POST", apps + "/{id}/binaries", api.upload_binary, access=admin)
    router.add("GET", apps + "/{id}/binaries/{binaryId}", api.get_binary, access=read)
    router.add("DELETE", apps + "/{id}/binaries/{binaryId}", api.delete_binary, access=admin)
    router.add("GET", apps + "/{id}/bootstrapUser", api.get_bootstrap_user, access=admin)
    router.add("GET", "/application/applicationsByName/{name}", api.by_name, access=read)
    router.add("GET", "/application/applicationsByTenant/{tenantId}", api.by_tenant, access=read)
    router.add("GET", "/application/applicationsByOwner/{tenantId}", api.by_owner, access=read)
    router.add("GET", "/application/applicationsByUser/{username}", api.by_user, access=read)
    # The platform lets only the microservice's own users here; the handlers check who it is.
    current = "/application/currentApplication"
    router.add("GET", current, api.get_current, access=ANY_USER)
    router.add("PUT", current, api.update_current, access=ANY_USER)
    router.add("GET", current + "/settings", api.get_current_settings, access=ANY_USER)
    router.add("GET", current + "/subscriptions", api.get_current_subscriptions, access=ANY_USER)
    subscriptions = "/tenant/tenants/{tenantId}/applications"
    router.add(
        "GET",
        subscriptions,
        api.list_subscriptions,
        access=require(
            "ROLE_TENANT_MANAGEMENT_READ",
            "ROLE_TENANT_MANAGEMENT_ADMIN",
            "ROLE_APPLICATION_MANAGEMENT_READ",
            "ROLE_APPLICATION_MANAGEMENT_ADMIN",
        ),
    )
    subscribe = require("ROLE_TENANT_MANAGEMENT_ADMIN", "ROLE_APPLICATION_MANAGEMENT_ADMIN")
    router.add("POST", subscriptions, api.subscribe, access=subscribe)
    router.add("DELETE", subscriptions + "/{applicationId}", api.unsubscribe, access=subscribe)


class _ApplicationsApi:
    def __init__(self, registry: ApplicationRegistry, tenant_id: str) -> None:
        self.registry = registry
        self.storage = registry.storage
        self.tenant = tenant_id

    # --- applications -----------------------------------------------------------------------

    def _page(self, request: Request, keep: Callable[[sqlite3.Cursor, _Row], bool]) -> Response:
        page = parse_page_request(request, AREA)
        with self.storage.read() as cur:
            rows = [
                r
                for r in self.registry.rows(cur)
                if self.registry.visible_to(cur, r, self.tenant) and keep(cur, r)
            ]
        items, has_more = slice_page(rows, page)
        return page_response(
            request,
            page,
            key="applications",
            items=[orjson.dumps(self.registry.document(request, r)) for r in items],
            has_more=has_more,
            total=len(rows),
            media_type=APPLICATION_COLLECTION,
        )

    def list_applications(self, request: Request, params: dict[str, str]) -> Response:
        name = request.param("name")
        kind = request.param("type")
        if kind is not None and kind not in TYPES:
            choices = ", ".join(sorted(TYPES))
            raise invalid_data(AREA, f"Query parameter type must be one of {choices}")
        owner = request.param("owner")
        tenant = request.param("tenant")
        subscriber = request.param("subscriber")
        provided_for = request.param("providedFor")
        user = request.param("user")
        has_versions = (
            request.flag("hasVersions", AREA)
            if request.param("hasVersions") not in (None, "")
            else None
        )
        registry = self.registry
        if user is not None:
            self._require_user(user)

        def keep(cur: sqlite3.Cursor, row: _Row) -> bool:
            subscribed = registry.subscribers(cur, row.id)
            return (
                (name is None or row.body.get("name") == name)
                and (kind is None or row.body.get("type") == kind)
                and (owner is None or row.owner == owner)
                and (tenant is None or row.owner == tenant or tenant in subscribed)
                and (subscriber is None or subscriber in subscribed)
                and (
                    provided_for is None
                    or (provided_for in subscribed and row.owner != provided_for)
                )
                and (has_versions is None or ("applicationVersions" in row.body) == has_versions)
            )

        return self._page(request, keep)

    def _require_user(self, username: str) -> None:
        users = self.registry.users_of(self.tenant)
        with users.storage.read() as cur:
            users.user_row(cur, username)  # 404 for an unknown user

    def by_name(self, request: Request, params: dict[str, str]) -> Response:
        name = params["name"]
        return self._page(request, lambda cur, row: row.body.get("name") == name)

    def by_tenant(self, request: Request, params: dict[str, str]) -> Response:
        tenant = params["tenantId"]
        registry = self.registry
        return self._page(request, lambda cur, row: registry.visible_to(cur, row, tenant))

    def by_owner(self, request: Request, params: dict[str, str]) -> Response:
        owner = params["tenantId"]
        return self._page(request, lambda cur, row: row.owner == owner)

    def by_user(self, request: Request, params: dict[str, str]) -> Response:
        # Every application of the tenant is available to each of its users: the emulator has
        # no per-user application assignment.
        self._require_user(params["username"])
        return self._page(request, lambda cur, row: True)

    def create_application(self, request: Request, params: dict[str, str]) -> Response:
        fields = _check_fields(request.json_object(AREA))
        missing = [m for m in ("name", "key", "type") if m not in fields]
        if missing:
            raise invalid_data(AREA, f"Missing required field(s): {', '.join(missing)}")
        if fields["type"] == "EXTERNAL" and "externalUrl" not in fields:
            raise invalid_data(AREA, "An EXTERNAL application needs an externalUrl")
        _check_microservice_name(fields)
        fields.setdefault("availability", "PRIVATE")
        bootstrap: tuple[str, str] | None = None
        if fields["type"] == "MICROSERVICE":
            bootstrap = (BOOTSTRAP_PREFIX + fields["name"], _new_password())
        with self.storage.write() as cur:
            _check_unique(cur, self.registry, fields, None)
            if bootstrap is not None:
                self.registry.add_user(cur, self.tenant, *bootstrap, [])
            app_id = _next_id(cur)
            cur.execute(
                "INSERT INTO applications (id, owner, body, bootstrap_user, bootstrap_password) "
                "VALUES (?, ?, ?, ?, ?)",
                (
                    app_id,
                    self.tenant,
                    orjson.dumps(fields).decode(),
                    bootstrap and bootstrap[0],
                    bootstrap and bootstrap[1],
                ),
            )
            document = self.registry.document(request, _Row(app_id, self.tenant, fields))
        return write_response(request, 201, orjson.dumps(document), APPLICATION)

    def get_application(self, request: Request, params: dict[str, str]) -> Response:
        with self.storage.read() as cur:
            row = self.registry.row(cur, params["id"], self.tenant)
        return json_response(request, 200, self.registry.document(request, row), APPLICATION)

    def _owned(self, cur: sqlite3.Cursor, raw_id: str) -> _Row:
        row = self.registry.row(cur, raw_id, self.tenant)
        if row.owner != self.tenant:
            raise forbidden(f"Application {raw_id} belongs to tenant {row.owner}")
        return row

    def _update(self, request: Request, cur: sqlite3.Cursor, row: _Row) -> dict[str, Any]:
        fields = _check_fields(request.json_object(AREA))
        if "type" in fields and fields["type"] != row.body.get("type"):
            raise invalid_data(AREA, "The type of an application cannot change")
        body = {**row.body, **fields}
        _check_microservice_name(body)
        _check_unique(cur, self.registry, fields, row.id)
        cur.execute(
            "UPDATE applications SET body = ? WHERE id = ?", (orjson.dumps(body).decode(), row.id)
        )
        return self.registry.document(request, _Row(row.id, row.owner, body))

    def update_application(self, request: Request, params: dict[str, str]) -> Response:
        with self.storage.write() as cur:
            document = self._update(request, cur, self._owned(cur, params["id"]))
        return write_response(request, 200, orjson.dumps(document), APPLICATION)

    def delete_application(self, request: Request, params: dict[str, str]) -> Response:
        force = request.flag("force", AREA)
        with self.storage.write() as cur:
            row = self._owned(cur, params["id"])
            others = [t for t in self.registry.subscribers(cur, row.id) if t != self.tenant]
            if others and not force:
                # Deleting an application other tenants use needs force=true (which
                # unsubscribes them first), as on the platform.
                raise conflict(
                    AREA,
                    f"Application {row.id} is subscribed by {', '.join(others)}; "
                    "delete it with force=true",
                )
            for tenant, user in cur.execute(
                "SELECT tenant, service_user FROM application_subscriptions "
                "WHERE application_id = ?",
                (row.id,),
            ).fetchall():
                self.registry.drop_user(cur, str(tenant), user)
            bootstrap = cur.execute(
                "SELECT bootstrap_user FROM applications WHERE id = ?", (row.id,)
            ).fetchone()[0]
            self.registry.drop_user(cur, row.owner, bootstrap)
            cur.execute("DELETE FROM applications WHERE id = ?", (row.id,))
        return Response(204)

    # --- binaries ---------------------------------------------------------------------------

    def _binary_document(self, request: Request, row: _Row, binary: Any) -> dict[str, Any]:
        binary_id, name, created, length = binary
        return {
            "id": str(binary_id),
            "name": name,
            "created": created,
            "length": int(length),
            "contextPath": row.body.get("contextPath", row.body.get("name")),
            "downloadUrl": request.url(f"/application/applications/{row.id}/binaries/{binary_id}"),
        }

    def list_binaries(self, request: Request, params: dict[str, str]) -> Response:
        with self.storage.read() as cur:
            row = self.registry.row(cur, params["id"], self.tenant)
            binaries = cur.execute(
                "SELECT id, name, created, length(content) FROM application_binaries "
                "WHERE application_id = ? ORDER BY id",
                (row.id,),
            ).fetchall()
        document = {"attachments": [self._binary_document(request, row, b) for b in binaries]}
        return json_response(request, 200, document, APPLICATION_BINARIES)

    def upload_binary(self, request: Request, params: dict[str, str]) -> Response:
        header = request.headers.get("content-type")
        with self.storage.read() as cur:
            self._owned(cur, params["id"])
        if not is_form_data(header):
            raise invalid_data(AREA, "Upload an application binary as multipart/form-data")
        parts = [p for p in parse_form_data(request.body, header or "", AREA) if p.name == "file"]
        if len(parts) != 1:
            raise invalid_data(AREA, "The form needs exactly one part named file")
        part = parts[0]
        manifest = _zip_manifest(part.data)
        with self.storage.write() as cur:
            row = self._owned(cur, params["id"])
            binary_id = _next_id(cur)
            cur.execute(
                "INSERT INTO application_binaries (id, application_id, name, created, content) "
                "VALUES (?, ?, ?, ?, ?)",
                (binary_id, row.id, part.filename or "application.zip", now_iso(), part.data),
            )
            body = {**row.body, "activeVersionId": str(binary_id)}
            if manifest is not None:
                body["manifest"] = manifest
                for member in ("roles", "requiredRoles"):
                    if isinstance(manifest.get(member), list):
                        body[member] = [str(r) for r in manifest[member]]
            cur.execute(
                "UPDATE applications SET body = ? WHERE id = ?",
                (orjson.dumps(body).decode(), row.id),
            )
            document = self.registry.document(request, _Row(row.id, row.owner, body))
        return json_response(request, 201, document, APPLICATION)

    def _binary(self, cur: sqlite3.Cursor, row: _Row, raw_id: str) -> tuple[int, bytes]:
        binary_id = parse_id(raw_id)
        found = (
            None
            if binary_id is None
            else cur.execute(
                "SELECT content FROM application_binaries WHERE id = ? AND application_id = ?",
                (binary_id, row.id),
            ).fetchone()
        )
        if binary_id is None or found is None:
            raise not_found(AREA, f"Binary {raw_id} of application {row.id} not found")
        return binary_id, bytes(found[0])

    def get_binary(self, request: Request, params: dict[str, str]) -> Response:
        with self.storage.read() as cur:
            row = self.registry.row(cur, params["id"], self.tenant)
            _, content = self._binary(cur, row, params["binaryId"])
        return Response(200, content, ZIP)

    def delete_binary(self, request: Request, params: dict[str, str]) -> Response:
        with self.storage.write() as cur:
            row = self._owned(cur, params["id"])
            binary_id, _ = self._binary(cur, row, params["binaryId"])
            cur.execute("DELETE FROM application_binaries WHERE id = ?", (binary_id,))
            if row.body.get("activeVersionId") == str(binary_id):
                body = {k: v for k, v in row.body.items() if k != "activeVersionId"}
                cur.execute(
                    "UPDATE applications SET body = ? WHERE id = ?",
                    (orjson.dumps(body).decode(), row.id),
                )
        return Response(204)

    def get_bootstrap_user(self, request: Request, params: dict[str, str]) -> Response:
        with self.storage.read() as cur:
            row = self._owned(cur, params["id"])
            name, password = cur.execute(
                "SELECT bootstrap_user, bootstrap_password FROM applications WHERE id = ?",
                (row.id,),
            ).fetchone()
        if name is None:
            raise invalid_data(AREA, f"Application {row.id} is not a microservice")
        document = {"tenant": row.owner, "name": name, "password": password}
        return json_response(request, 200, document, USER)

    # --- the current application ------------------------------------------------------------

    def get_current(self, request: Request, params: dict[str, str]) -> Response:
        with self.storage.read() as cur:
            row = self.registry.current(cur, self.tenant, request.user)
        return json_response(request, 200, self.registry.document(request, row), APPLICATION)

    def update_current(self, request: Request, params: dict[str, str]) -> Response:
        with self.storage.write() as cur:
            row = self.registry.current(cur, self.tenant, request.user)
            if row.owner != self.tenant:
                raise forbidden("Only the bootstrap user may change its application")
            document = self._update(request, cur, row)
        return write_response(request, 200, orjson.dumps(document), APPLICATION)

    def get_current_settings(self, request: Request, params: dict[str, str]) -> Response:
        with self.storage.read() as cur:
            row = self.registry.current(cur, self.tenant, request.user)
        settings = _manifest_settings(row.body.get("manifest"))
        category = option_category(row.body)
        if category is not None and self.registry.options is not None:
            settings.update(self.registry.options(self.tenant, category))
        return json_response(request, 200, settings, OPTION)

    def get_current_subscriptions(self, request: Request, params: dict[str, str]) -> Response:
        with self.storage.read() as cur:
            row = self.registry.current(cur, self.tenant, request.user)
            if row.owner != self.tenant:
                raise forbidden("Only the bootstrap user may list the subscriptions")
            users = [
                {"tenant": str(t), "name": str(u), "password": str(p)}
                for t, u, p in cur.execute(
                    "SELECT tenant, service_user, service_password FROM "
                    "application_subscriptions WHERE application_id = ? AND service_user IS NOT "
                    "NULL ORDER BY tenant",
                    (row.id,),
                )
            ]
        return json_response(request, 200, {"users": users}, APPLICATION_USER_COLLECTION)

    # --- subscriptions ----------------------------------------------------------------------

    def _target_tenant(self, raw: str) -> str:
        self.registry.users_of(raw)  # 404 for a tenant the emulator does not serve
        if raw != self.tenant and self.tenant != self.registry.management_tenant:
            raise forbidden(f"Tenant {self.tenant} cannot manage the subscriptions of {raw}")
        return raw

    def _reference(self, request: Request, tenant: str, row: _Row) -> dict[str, Any]:
        return {
            "self": request.url(f"/tenant/tenants/{tenant}/applications/{row.id}"),
            "application": self.registry.document(request, row),
        }

    def list_subscriptions(self, request: Request, params: dict[str, str]) -> Response:
        tenant = self._target_tenant(params["tenantId"])
        page = parse_page_request(request, AREA)
        with self.storage.read() as cur:
            rows = [
                r for r in self.registry.rows(cur) if tenant in self.registry.subscribers(cur, r.id)
            ]
        items, has_more = slice_page(rows, page)
        return page_response(
            request,
            page,
            key="references",
            items=[orjson.dumps(self._reference(request, tenant, r)) for r in items],
            has_more=has_more,
            total=len(rows),
            media_type=APPLICATION_REFERENCE_COLLECTION,
        )

    def subscribe(self, request: Request, params: dict[str, str]) -> Response:
        tenant = self._target_tenant(params["tenantId"])
        document = request.json_object(AREA)
        reference = document.get("application")
        if not isinstance(reference, dict):
            raise invalid_data(AREA, "Field application must be an object with the self URL")
        raw_id = reference.get("id")
        if raw_id is None:
            self_url = reference.get("self")
            if not isinstance(self_url, str) or not self_url:
                raise invalid_data(AREA, "Field application needs its self URL (or id)")
            raw_id = self_url.rstrip("/").rsplit("/", 1)[-1]
        if not isinstance(raw_id, str | int) or isinstance(raw_id, bool):
            raise invalid_data(AREA, "Field application.id must be text")
        with self.storage.write() as cur:
            row = self.registry.row(cur, str(raw_id), self.tenant)
            if tenant in self.registry.subscribers(cur, row.id):
                raise conflict(AREA, f"Tenant {tenant} is already subscribed to {row.id}")
            user: str | None = None
            password: str | None = None
            if row.body.get("type") == "MICROSERVICE":
                user, password = self.registry.create_service_user(
                    cur, tenant, str(row.body["name"]), list(row.body.get("requiredRoles", []))
                )
            cur.execute(
                "INSERT INTO application_subscriptions "
                "(application_id, tenant, service_user, service_password) VALUES (?, ?, ?, ?)",
                (row.id, tenant, user, password),
            )
            answer = self._reference(request, tenant, row)
        return write_response(request, 201, orjson.dumps(answer), APPLICATION_REFERENCE)

    def unsubscribe(self, request: Request, params: dict[str, str]) -> Response:
        tenant = self._target_tenant(params["tenantId"])
        with self.storage.write() as cur:
            row = self.registry.row(cur, params["applicationId"], self.tenant)
            found = cur.execute(
                "SELECT service_user FROM application_subscriptions "
                "WHERE application_id = ? AND tenant = ?",
                (row.id, tenant),
            ).fetchone()
            if found is None:
                raise not_found(AREA, f"Tenant {tenant} is not subscribed to {row.id}")
            self.registry.drop_user(cur, tenant, found[0])
            cur.execute(
                "DELETE FROM application_subscriptions WHERE application_id = ? AND tenant = ?",
                (row.id, tenant),
            )
        return Response(204)


def _next_id(cur: sqlite3.Cursor) -> int:
    """Allocate an application or binary id (a counter apart from the inventory's)."""
    row = cur.execute(
        "INSERT INTO emulator_meta (key, value) VALUES ('application_last_id', '100') "
        "ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1 RETURNING value"
    ).fetchone()
    return int(row[0])
