"""Tenant options: category/key/value settings of the tenant, under ``/tenant/options``.

Behaviour:

- ``GET /tenant/options`` lists every option (paged, ordered by category, then key);
  ``GET /tenant/options/{category}`` answers the category as a ``{key: value}`` object, with
  encrypted options under their key without ``credentials.`` (as pyc8y documents the platform;
  ``{}`` for a category without options: the emulator's choice); ``GET .../{category}/{key}``
  one option (full key), 404 when there is none.
- ``POST /tenant/options`` sets an option: ``category``, ``key`` (non-empty strings without
  ``/``) and a string ``value``. The platform answers 200 and overwrites an existing option of
  the same category and key, which is what clients rely on to "set" a value.
- ``PUT .../{category}/{key}`` changes the value of an existing option (body ``{"value": ...}``;
  404 for an unknown one). ``PUT .../{category}`` sets several options of one category at once
  (``{key: value, ...}``, string values; missing ones are created) and answers the category.
- ``DELETE .../{category}/{key}`` removes an option (204; 404 for an unknown one).
- ``PUT .../{category}/{key}/editable?targetTenant=...`` with ``{"editable": bool}`` marks an
  option (non-)editable; afterwards a PUT or DELETE of it by the tenant is refused with 403.
  On the platform the management tenant does this for its subtenants; the emulator lets a
  tenant mark only its own options, so ``targetTenant`` must be the tenant's own id (404
  otherwise); a missing ``targetTenant`` or a malformed body is a 400, the status the spec lists.

Encrypted credentials: a key starting with ``credentials.`` has its value encrypted before it is
stored (Fernet from ``cryptography``, with a key generated once per database and kept in
``emulator_meta``). Answers carry the stored cipher text behind the platform's ``{cipher}``
marker and never the value in clear; the platform decrypts such options only for the system
user of the microservice that owns the category. The emulator's option routes never decrypt;
only the current application's settings (``/application/currentApplication/settings``), whose
caller is that microservice, show them in clear (:class:`TenantOptionStores` feeds them). No
error message quotes a value.

Every change writes an audit record of type ``Option`` (source ``<category>/<key>``, the
emulator's choice of id) that names the option and never its value.
"""

from __future__ import annotations

import sqlite3
from typing import Any
from urllib.parse import quote

import orjson
from cryptography.fernet import Fernet

from c8y_emulator import audit, media
from c8y_emulator.access import require
from c8y_emulator.errors import ApiError, bad_request, forbidden, invalid_data, not_found
from c8y_emulator.paging import fetch_page, page_response, parse_page_request
from c8y_emulator.storage import Storage
from c8y_emulator.web import Request, Response, Router, json_response, write_response

AREA = "options"
BASE_PATH = "/tenant/options"

OPTION = media.vendor("option")
OPTION_COLLECTION = media.vendor("optioncollection")

READ = require("ROLE_OPTION_MANAGEMENT_READ")
ADMIN = require("ROLE_OPTION_MANAGEMENT_ADMIN")

ENCRYPTED_PREFIX = "credentials."
CIPHER_MARK = "{cipher}"
"""What the platform puts in front of the cipher text of an encrypted option's value."""
_KEY_NAME = "tenant_options.fernet_key"

SCHEMA = """
CREATE TABLE IF NOT EXISTS tenant_options (
    category TEXT NOT NULL,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    editable INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (category, key)
);
"""


def is_encrypted(key: str) -> bool:
    """Whether the option ``key`` holds an encrypted value (``credentials.`` keys)."""
    return key.startswith(ENCRYPTED_PREFIX)


def _name(value: Any, field: str) -> str:
    if not isinstance(value, str) or not value or "/" in value:
        raise invalid_data(AREA, f"Field {field} must be a non-empty string without '/'")
    return value


def _value(value: Any, key: str) -> str:
    # The value itself is never quoted: it may be a credential.
    if not isinstance(value, str):
        raise invalid_data(AREA, f"The value of option {key!r} must be a string")
    return value


def _missing(category: str, key: str) -> ApiError:
    return not_found(AREA, f"Unable to find option by given key: {category}/{key}")


class TenantOptionStore:
    """The tenant's options in the database, with the cipher of the encrypted ones.

    Args:
        storage: The tenant's database.
        tenant_id: The tenant's id (the only ``targetTenant`` the emulator knows).
    """

    def __init__(self, storage: Storage, tenant_id: str) -> None:
        self.storage = storage
        self.tenant_id = tenant_id
        self._ciphers: dict[str, Fernet] = {}

    def _cipher(self, cur: sqlite3.Cursor) -> Fernet:
        """The database's cipher; its key is made on first use (inside a write transaction).

        The key is read every time, not kept: a reset of the emulator empties ``emulator_meta``
        with the options, and values written afterwards must use the key stored with them.
        """
        found = cur.execute(
            "SELECT value FROM emulator_meta WHERE key = ?", (_KEY_NAME,)
        ).fetchone()
        if found is None:
            secret = Fernet.generate_key().decode()
            cur.execute("INSERT INTO emulator_meta (key, value) VALUES (?, ?)", (_KEY_NAME, secret))
        else:
            secret = str(found[0])
        cipher = self._ciphers.get(secret)
        if cipher is None:
            cipher = self._ciphers[secret] = Fernet(secret.encode())
        return cipher

    def stored_value(self, cur: sqlite3.Cursor, key: str, value: str) -> str:
        """What the database keeps for ``value``: the cipher text for an encrypted key."""
        if not is_encrypted(key):
            return value
        return self._cipher(cur).encrypt(value.encode()).decode()

    @staticmethod
    def shown_value(key: str, stored: str) -> str:
        """What an answer shows of a stored value: encrypted ones as ``{cipher}<cipher text>``."""
        return CIPHER_MARK + stored if is_encrypted(key) else stored

    def clear_values(self, category: str) -> dict[str, str]:
        """The category's options with encrypted values decrypted (never answered to clients).

        For the owner of the category (a microservice's system user), which is the one caller
        the platform shows encrypted options in clear.
        """
        with self.storage.read() as cur:
            rows = cur.execute(
                "SELECT key, value FROM tenant_options WHERE category = ? ORDER BY key",
                (category,),
            ).fetchall()
            # An encrypted value was stored with the key, so reading never has to make one.
            cipher = self._cipher(cur) if any(is_encrypted(key) for key, _ in rows) else None
        return {
            key: cipher.decrypt(value.encode()).decode() if cipher and is_encrypted(key) else value
            for key, value in rows
        }

    def put(self, cur: sqlite3.Cursor, category: str, key: str, value: str, *, user: str) -> str:
        """Create or overwrite an option (403 when it is not editable) and audit the change.

        Returns:
            The value as stored (see :meth:`stored_value`).
        """
        row = cur.execute(
            "SELECT editable FROM tenant_options WHERE category = ? AND key = ?", (category, key)
        ).fetchone()
        if row is not None and not row[0]:
            raise forbidden(f"Option {category}/{key} is not editable")
        stored = self.stored_value(cur, key, value)
        cur.execute(
            "INSERT INTO tenant_options (category, key, value) VALUES (?, ?, ?) "
            "ON CONFLICT (category, key) DO UPDATE SET value = excluded.value",
            (category, key, stored),
        )
        _audit(cur, category, key, "created" if row is None else "updated", user)
        return stored


class TenantOptionStores:
    """The option stores of the tenants that share an application registry.

    Called as ``(tenant_id, category)``, it is the registry's settings lookup
    (:attr:`c8y_emulator.applications.ApplicationRegistry.options`): a microservice reading its
    current settings owns their category, so it gets encrypted values in clear, as on the
    platform.
    """

    def __init__(self) -> None:
        self._stores: dict[str, TenantOptionStore] = {}

    def add(self, store: TenantOptionStore) -> None:
        """Serve the options of ``store``'s tenant."""
        self._stores[store.tenant_id] = store

    def __call__(self, tenant_id: str, category: str) -> dict[str, str]:
        store = self._stores.get(tenant_id)
        return {} if store is None else store.clear_values(category)


def _option_document(request: Request, category: str, key: str, stored: str) -> dict[str, Any]:
    return {
        "category": category,
        "key": key,
        "value": TenantOptionStore.shown_value(key, stored),
        "self": request.url(f"{BASE_PATH}/{quote(category, safe='')}/{quote(key, safe='')}"),
    }


def _render(request: Request, category: str, key: str, stored: str) -> bytes:
    return orjson.dumps(_option_document(request, category, key, stored))


def register(router: Router, store: TenantOptionStore) -> None:
    """Add the tenant option routes to ``router``."""
    api = _OptionApi(store)
    item = BASE_PATH + "/{category}/{key}"
    router.add("GET", BASE_PATH, api.list_options, access=READ)
    router.add("POST", BASE_PATH, api.create_option, access=ADMIN)
    router.add("GET", BASE_PATH + "/{category}", api.get_category, access=READ)
    router.add("PUT", BASE_PATH + "/{category}", api.update_category, access=ADMIN)
    router.add("GET", item, api.get_option, access=READ)
    router.add("PUT", item, api.update_option, access=ADMIN)
    router.add("DELETE", item, api.delete_option, access=ADMIN)
    router.add("PUT", item + "/editable", api.set_editable, access=ADMIN)


class _OptionApi:
    def __init__(self, store: TenantOptionStore) -> None:
        self.store = store
        self.storage = store.storage

    def list_options(self, request: Request, params: dict[str, str]) -> Response:
        page = parse_page_request(request, AREA)
        with self.storage.read() as cur:
            found = fetch_page(
                cur,
                page,
                select="SELECT category, key, value FROM tenant_options ORDER BY category, key",
                count="SELECT COUNT(*) FROM tenant_options",
                args=(),
            )
        items = [
            _render(request, category.decode(), key.decode(), value.decode())
            for category, key, value in found.rows
        ]
        return page_response(
            request,
            page,
            key="options",
            items=items,
            has_more=found.has_more,
            total=found.total,
            media_type=OPTION_COLLECTION,
        )

    def _category(self, cur: sqlite3.Cursor, category: str) -> dict[str, str]:
        # Encrypted options under their key without the prefix (a plain option of the same
        # name, sorting after it, wins).
        rows = cur.execute(
            "SELECT key, value FROM tenant_options WHERE category = ? ORDER BY key", (category,)
        ).fetchall()
        return {
            key.removeprefix(ENCRYPTED_PREFIX): TenantOptionStore.shown_value(key, value)
            for key, value in rows
        }

    def get_category(self, request: Request, params: dict[str, str]) -> Response:
        with self.storage.read() as cur:
            document = self._category(cur, params["category"])
        return json_response(request, 200, document, OPTION)

    def update_category(self, request: Request, params: dict[str, str]) -> Response:
        category = _name(params["category"], "category")
        document = request.json_object(AREA)
        values = {_name(k, "key"): _value(v, k) for k, v in document.items()}
        with self.storage.write() as cur:
            for key, value in values.items():
                self.store.put(cur, category, key, value, user=request.user)
            answer = self._category(cur, category)
        return write_response(request, 200, orjson.dumps(answer), OPTION)

    def get_option(self, request: Request, params: dict[str, str]) -> Response:
        category, key = params["category"], params["key"]
        with self.storage.read() as cur:
            row = cur.execute(
                "SELECT value FROM tenant_options WHERE category = ? AND key = ?", (category, key)
            ).fetchone()
        if row is None:
            raise _missing(category, key)
        return json_response(request, 200, _option_document(request, category, key, row[0]), OPTION)

    def create_option(self, request: Request, params: dict[str, str]) -> Response:
        document = request.json_object(AREA)
        category = _name(document.get("category"), "category")
        key = _name(document.get("key"), "key")
        if "value" not in document:
            raise invalid_data(AREA, f"Field value is required for option {key!r}")
        value = _value(document["value"], key)
        with self.storage.write() as cur:
            stored = self.store.put(cur, category, key, value, user=request.user)
        return write_response(request, 200, _render(request, category, key, stored), OPTION)

    @staticmethod
    def _stored(cur: sqlite3.Cursor, category: str, key: str) -> str:
        row = cur.execute(
            "SELECT value FROM tenant_options WHERE category = ? AND key = ?", (category, key)
        ).fetchone()
        if row is None:
            raise _missing(category, key)
        return str(row[0])

    def update_option(self, request: Request, params: dict[str, str]) -> Response:
        category, key = params["category"], params["key"]
        document = request.json_object(AREA)
        unknown = sorted(set(document) - {"value", "category", "key", "self"})
        if unknown:
            raise invalid_data(AREA, f"Only the value of an option can change, got {unknown}")
        if "value" not in document:
            raise invalid_data(AREA, f"Field value is required for option {key!r}")
        value = _value(document["value"], key)
        for field in ("category", "key"):
            if field in document and document[field] != params[field]:
                raise invalid_data(AREA, f"Field {field} of an option cannot change")
        with self.storage.write() as cur:
            self._stored(cur, category, key)  # 404 before anything changes
            stored = self.store.put(cur, category, key, value, user=request.user)
        return write_response(request, 200, _render(request, category, key, stored), OPTION)

    def delete_option(self, request: Request, params: dict[str, str]) -> Response:
        category, key = params["category"], params["key"]
        with self.storage.write() as cur:
            row = cur.execute(
                "SELECT editable FROM tenant_options WHERE category = ? AND key = ?",
                (category, key),
            ).fetchone()
            if row is None:
                raise _missing(category, key)
            if not row[0]:
                raise forbidden(f"Option {category}/{key} is not editable")
            cur.execute(
                "DELETE FROM tenant_options WHERE category = ? AND key = ?", (category, key)
            )
            _audit(cur, category, key, "deleted", request.user)
        return Response(204)

    def set_editable(self, request: Request, params: dict[str, str]) -> Response:
        target = request.param("targetTenant")
        if not target:
            raise bad_request(AREA, "Query parameter targetTenant is required")
        if target != self.store.tenant_id:
            raise not_found(AREA, f"Tenant {target} not found")
        document = request.json_object(AREA)
        editable = document.get("editable")
        if not isinstance(editable, bool) or set(document) != {"editable"}:
            raise bad_request(AREA, 'The body must be {"editable": true | false}')
        category, key = params["category"], params["key"]
        with self.storage.write() as cur:
            self._stored(cur, category, key)
            cur.execute(
                "UPDATE tenant_options SET editable = ? WHERE category = ? AND key = ?",
                (int(editable), category, key),
            )
        return Response(200)


def _audit(cur: sqlite3.Cursor, category: str, key: str, verb: str, user: str) -> None:
    """Write the audit record of an option change: names only, never the value."""
    audit.record(
        cur,
        type="Option",
        source=f"{category}/{key}",
        activity=f"Option {verb}",
        text=f"Option '{category}/{key}' {verb}",
        user=user,
    )
