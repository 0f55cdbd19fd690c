"""User management: users, user groups, global roles, inventory roles and their assignments.

The routes under ``/user/{tenantId}/...`` and ``/user/roles``, ``/user/inventoryroles``. Each
declares the roles it needs (:mod:`c8y_emulator.access` enforces them); the groups' roles are
what :meth:`UserStore.effective_roles` answers.

Users are addressed by their user name (the platform's ``userId`` is the name). A fresh tenant
holds the platform's built-in global roles (:data:`BUILTIN_ROLES`, fixed, not editable), its
built-in groups (:data:`BUILTIN_GROUPS`) and the configured administrator in ``admins``. Passwords
follow :mod:`c8y_emulator.passwords` and are stored only as salted digests; no answer, log record
or error message carries one.

Storage: ``users`` (name, digest, JSON body of the public members, ``owner`` and
``delegatedBy`` among them), ``user_groups``, ``user_group_members``, ``user_group_roles``,
``user_totp`` (a user's TOTP secret and whether it is active), ``inventory_roles`` and
``inventory_assignments``. Deleting a user takes its memberships, TOTP secret and assignments
with it; the users it owned move up to its owner and a delegation to it ends.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import sqlite3
import time
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import quote, unquote, urlsplit

import orjson

from c8y_emulator import audit, media
from c8y_emulator.access import ANY_USER, API_NAMES, require
from c8y_emulator.auth import Authenticator
from c8y_emulator.errors import ApiError, conflict, forbidden, invalid_data, not_found
from c8y_emulator.paging import page_response, parse_page_request, slice_page
from c8y_emulator.passwords import (
    VerifiedLogins,
    configured_hash,
    hash_password,
    policy_error,
    verify_password,
)
from c8y_emulator.storage import Storage, now_iso, parse_id
from c8y_emulator.web import Request, Response, Router, json_response, write_response

AREA = "user"

USER = media.vendor("user")
USER_COLLECTION = media.vendor("usercollection")
GROUP = media.vendor("group")
GROUP_COLLECTION = media.vendor("groupcollection")
GROUP_REFERENCE_COLLECTION = media.vendor("groupreferencecollection")
USER_REFERENCE = media.vendor("userreference")
USER_REFERENCE_COLLECTION = media.vendor("userreferencecollection")
ROLE = media.vendor("role")
ROLE_COLLECTION = media.vendor("rolecollection")
ROLE_REFERENCE = media.vendor("rolereference")
ROLE_REFERENCE_COLLECTION = media.vendor("rolereferencecollection")
INVENTORY_ROLE = media.vendor("inventoryrole")
INVENTORY_ROLE_COLLECTION = media.vendor("inventoryrolecollection")
INVENTORY_ASSIGNMENT = media.vendor("inventoryassignment")
INVENTORY_ASSIGNMENT_COLLECTION = media.vendor("inventoryassignmentcollection")

_READ_ROLES = (
    "ROLE_ALARM_READ",
    "ROLE_AUDIT_READ",
    "ROLE_DEVICE_CONTROL_READ",
    "ROLE_EVENT_READ",
    "ROLE_IDENTITY_READ",
    "ROLE_INVENTORY_READ",
    "ROLE_MEASUREMENT_READ",
    "ROLE_USER_MANAGEMENT_READ",
    "ROLE_OPTION_MANAGEMENT_READ",
    "ROLE_TENANT_MANAGEMENT_READ",
    "ROLE_APPLICATION_MANAGEMENT_READ",
    "ROLE_BULK_OPERATION_READ",
)
_OWN_ROLES = ("ROLE_USER_MANAGEMENT_OWN_READ", "ROLE_USER_MANAGEMENT_OWN_ADMIN")
_ADMIN_ROLES = (
    "ROLE_ALARM_ADMIN",
    "ROLE_AUDIT_ADMIN",
    "ROLE_DEVICE_CONTROL_ADMIN",
    "ROLE_EVENT_ADMIN",
    "ROLE_IDENTITY_ADMIN",
    "ROLE_INVENTORY_ADMIN",
    "ROLE_INVENTORY_CREATE",
    "ROLE_MEASUREMENT_ADMIN",
    "ROLE_USER_MANAGEMENT_ADMIN",
    "ROLE_USER_MANAGEMENT_CREATE",
    "ROLE_OPTION_MANAGEMENT_ADMIN",
    "ROLE_TENANT_MANAGEMENT_ADMIN",
    "ROLE_NOTIFICATION_2_ADMIN",
    "ROLE_APPLICATION_MANAGEMENT_ADMIN",
    "ROLE_BULK_OPERATION_ADMIN",
)
BUILTIN_ROLES: tuple[str, ...] = tuple(sorted({*_READ_ROLES, *_OWN_ROLES, *_ADMIN_ROLES}))
"""The platform's global roles for the APIs the emulator serves (they cannot be created)."""

BUILTIN_GROUPS: dict[str, tuple[str, ...]] = {
    "admins": BUILTIN_ROLES,
    "readers": (*_READ_ROLES, *_OWN_ROLES),
    "devices": (
        "ROLE_INVENTORY_READ",
        "ROLE_INVENTORY_CREATE",
        "ROLE_IDENTITY_READ",
        "ROLE_IDENTITY_ADMIN",
        "ROLE_MEASUREMENT_ADMIN",
        "ROLE_EVENT_ADMIN",
        "ROLE_ALARM_ADMIN",
        "ROLE_DEVICE_CONTROL_READ",
        "ROLE_DEVICE_CONTROL_ADMIN",
        *_OWN_ROLES,
    ),
    "business": (
        *(r for r in _READ_ROLES if "MANAGEMENT" not in r),
        "ROLE_ALARM_ADMIN",
        "ROLE_DEVICE_CONTROL_ADMIN",
        "ROLE_EVENT_ADMIN",
        "ROLE_IDENTITY_ADMIN",
        "ROLE_INVENTORY_ADMIN",
        "ROLE_INVENTORY_CREATE",
        "ROLE_MEASUREMENT_ADMIN",
        *_OWN_ROLES,
    ),
}
"""Built-in groups of a fresh tenant and their roles."""

SEED_USERS: dict[str, tuple[str, str]] = {
    "reader": ("readers", "Reader-Pass-1"),
    "device_demo": ("devices", "Device-Pass-1"),
}
"""The seeded users (see README): name -> (group, password)."""

SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    username TEXT PRIMARY KEY,
    seq INTEGER NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    body TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS user_groups (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    body TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS user_group_members (
    group_id INTEGER NOT NULL REFERENCES user_groups (id) ON DELETE CASCADE,
    username TEXT NOT NULL REFERENCES users (username) ON DELETE CASCADE,
    PRIMARY KEY (group_id, username)
);
-- Every admitted request reads its caller's roles through the memberships by user name.
CREATE INDEX IF NOT EXISTS user_group_members_by_user ON user_group_members (username);
CREATE TABLE IF NOT EXISTS user_group_roles (
    group_id INTEGER NOT NULL REFERENCES user_groups (id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    PRIMARY KEY (group_id, role)
);
CREATE TABLE IF NOT EXISTS inventory_roles (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    body TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS user_totp (
    username TEXT PRIMARY KEY REFERENCES users (username) ON DELETE CASCADE,
    secret TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS inventory_assignments (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL REFERENCES users (username) ON DELETE CASCADE,
    managed_object TEXT NOT NULL,
    roles TEXT NOT NULL
);
-- Every request of a caller restricted by inventory roles reads their assignments.
CREATE INDEX IF NOT EXISTS inventory_assignments_by_user ON inventory_assignments (username);
"""

# Members a client may write on a user (userName only on create) and their JSON types.
_USER_FIELDS: dict[str, type | tuple[type, ...]] = {
    "email": str,
    "firstName": str,
    "lastName": str,
    "phone": str,
    "displayName": str,
    "enabled": bool,
    "newsletter": bool,
    "customProperties": dict,
}
_CURRENT_USER_FIELDS = ("email", "firstName", "lastName", "phone")
# Members of the answer a client may send back; ignored as the platform does.
_USER_READ_ONLY = frozenset(
    {
        "id",
        "self",
        "userName",
        "owner",
        "delegatedBy",
        "groups",
        "roles",
        "applications",
        "devicePermissions",
        "lastPasswordChange",
        "passwordStrength",
        "shouldResetPassword",
        "twoFactorAuthenticationEnabled",
        "effectiveRoles",
    }
)
_SCOPES = API_NAMES | {"*"}  # an inventory role permission's scope: the APIs access.py applies
_PERMISSIONS = frozenset({"ADMIN", "READ", "*"})


def local_id(cur: sqlite3.Cursor) -> int:
    """Allocate the next id of a user management object (groups, roles, assignments, ...).

    A counter of its own, not the global one of :meth:`Storage.next_id`: the platform numbers
    groups and roles apart from the inventory, and a fresh tenant's built-ins must not shift
    the ids of managed objects.
    """
    row = cur.execute(
        "INSERT INTO emulator_meta (key, value) VALUES ('user_management_last_id', '1') "
        "ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1 RETURNING value"
    ).fetchone()
    return int(row[0])


def _user_missing(name: str) -> ApiError:
    return not_found(AREA, f"Could not find user by name {name}")


def _group_missing(raw_id: str) -> ApiError:
    return not_found(AREA, f"Could not find group by id {raw_id}")


def _role_missing(raw: str) -> ApiError:
    return not_found(AREA, f"Could not find role {raw}")


def _last_segment(value: Any) -> str | None:
    """The last path segment of a ``self`` URL."""
    if not isinstance(value, str) or not value:
        return None
    return unquote(urlsplit(value).path.rstrip("/").rsplit("/", 1)[-1]) or None


def _insert_user(cur: sqlite3.Cursor, name: str, digest: str, **members: Any) -> None:
    """Add a user whose password (stored as ``digest``) was set just now.

    It is enabled unless ``members`` (further members of its body) say otherwise.
    """
    body = {"enabled": True, "lastPasswordChange": now_iso(), **members}
    cur.execute(
        "INSERT INTO users (username, seq, password_hash, body) VALUES (?, ?, ?, ?)",
        (name, local_id(cur), digest, orjson.dumps(body).decode()),
    )


def _insert_group(cur: sqlite3.Cursor, name: str, roles: Iterable[str]) -> int:
    """Add a group holding ``roles`` (no description); answer its id."""
    group_id = local_id(cur)
    cur.execute("INSERT INTO user_groups (id, name, body) VALUES (?, ?, '{}')", (group_id, name))
    cur.executemany(
        "INSERT INTO user_group_roles (group_id, role) VALUES (?, ?)",
        [(group_id, role) for role in roles],
    )
    return group_id


class UserStore:
    """The users, groups and roles of the tenant, with password checks for the authenticator.

    Args:
        storage: The database.
        tenant_id: The tenant id.
        admin: The configured administrator's name.
        admin_password: Its configured password (exempt from the policy: it is configuration).
        seed_users: Whether to create :data:`SEED_USERS` (when absent).
    """

    def __init__(
        self,
        storage: Storage,
        tenant_id: str,
        admin: str,
        admin_password: str,
        *,
        seed_users: bool = True,
    ) -> None:
        self.storage = storage
        self.tenant_id = tenant_id
        self.admin = admin
        self._logins = VerifiedLogins()
        self._admin_password = admin_password
        self._seed_users = seed_users
        self.install()

    def install(self) -> None:
        """Create the built-in groups, the administrator and the seed users where missing.

        Runs on open and after the control API's reset emptied every table.
        """
        with self.storage.write() as cur:
            if cur.execute("SELECT COUNT(*) FROM user_groups").fetchone()[0] == 0:
                for name, roles in BUILTIN_GROUPS.items():
                    _insert_group(cur, name, roles)
            self._ensure_user(cur, self.admin, self._admin_password, "admins")
            if self._seed_users:
                for name, (group, password) in SEED_USERS.items():
                    if name != self.admin:
                        self._ensure_user(cur, name, password, group, replace=False)

    def _ensure_user(
        self, cur: sqlite3.Cursor, name: str, password: str, group: str, *, replace: bool = True
    ) -> None:
        """Create a configured user; the administrator's password follows the configuration."""
        row = cur.execute("SELECT password_hash FROM users WHERE username = ?", (name,)).fetchone()
        if row is None:
            _insert_user(cur, name, configured_hash(name, password))
            cur.execute(
                "INSERT OR IGNORE INTO user_group_members (group_id, username) "
                "SELECT id, ? FROM user_groups WHERE name = ?",
                (name, group),
            )
        elif replace and not verify_password(password, str(row[0])):
            cur.execute(
                "UPDATE users SET password_hash = ? WHERE username = ?",
                (configured_hash(name, password), name),
            )

    # --- microservice users (c8y_emulator.applications) ------------------------------------

    def add_service_user(
        self, cur: sqlite3.Cursor, name: str, password: str, roles: list[str]
    ) -> None:
        """Create (or renew) a microservice's bootstrap or service user with ``roles``.

        The roles go to a group of the user's own name (the emulator's roles come from groups).
        """
        cur.execute("DELETE FROM users WHERE username = ?", (name,))
        _insert_user(cur, name, hash_password(password))
        cur.execute("DELETE FROM user_groups WHERE name = ?", (name,))
        if roles:
            group_id = _insert_group(cur, name, sorted(set(roles)))
            cur.execute(
                "INSERT INTO user_group_members (group_id, username) VALUES (?, ?)",
                (group_id, name),
            )

    def remove_service_user(self, cur: sqlite3.Cursor, name: str) -> None:
        """Delete a microservice user and its group (an unsubscription, a deleted application)."""
        cur.execute("DELETE FROM users WHERE username = ?", (name,))
        cur.execute("DELETE FROM user_groups WHERE name = ?", (name,))

    # --- authentication -------------------------------------------------------------------

    def verify(self, username: str, password: str) -> bool | None:
        """Check a login: True, False, or None for a name this store does not keep."""
        with self.storage.read() as cur:
            row = cur.execute(
                "SELECT password_hash, body FROM users WHERE username = ?", (username,)
            ).fetchone()
        if row is None:
            # The configured administrator lives here; once deleted it is gone for good.
            return False if username == self.admin else None
        stored, body = str(row[0]), orjson.loads(row[1])
        if body.get("enabled", True) is False:
            return False
        return self._logins.check(username, password, stored)

    # --- reading ----------------------------------------------------------------------------

    def user_row(self, cur: sqlite3.Cursor, name: str) -> dict[str, Any]:
        row = cur.execute("SELECT body FROM users WHERE username = ?", (name,)).fetchone()
        if row is None:
            raise _user_missing(name)
        body: dict[str, Any] = orjson.loads(row[0])
        return body

    def tfa_enabled(self, cur: sqlite3.Cursor, name: str) -> bool:
        """Whether the user's two-factor authentication is on (an activated TOTP secret)."""
        row = cur.execute("SELECT active FROM user_totp WHERE username = ?", (name,)).fetchone()
        return bool(row and row[0])

    def group_ids_of(self, cur: sqlite3.Cursor, name: str) -> list[int]:
        rows = cur.execute(
            "SELECT group_id FROM user_group_members WHERE username = ? ORDER BY group_id",
            (name,),
        ).fetchall()
        return [int(r[0]) for r in rows]

    def roles_of(self, cur: sqlite3.Cursor, name: str) -> list[str]:
        """The global roles ``name`` holds through its groups (sorted)."""
        rows = cur.execute(
            "SELECT DISTINCT r.role FROM user_group_roles r JOIN user_group_members m "
            "ON m.group_id = r.group_id WHERE m.username = ? ORDER BY r.role",
            (name,),
        ).fetchall()
        return [str(r[0]) for r in rows]

    def effective_roles(self, cur: sqlite3.Cursor, name: str) -> frozenset[str]:
        """The global roles of any user who can sign in, device users of registrations included.

        A device user (kept by :mod:`c8y_emulator.deviceregistration`, not in this store)
        holds the devices group's roles, as on the platform.
        """
        # Asked on every request: one query for a user holding roles (memberships need a user).
        roles = frozenset(self.roles_of(cur, name))
        if roles or cur.execute("SELECT 1 FROM users WHERE username = ?", (name,)).fetchone():
            return roles
        if cur.execute("SELECT 1 FROM device_users WHERE username = ?", (name,)).fetchone():
            rows = cur.execute(
                "SELECT r.role FROM user_group_roles r JOIN user_groups g ON g.id = r.group_id "
                "WHERE g.name = 'devices'"
            ).fetchall()
            return frozenset(str(r[0]) for r in rows)
        return frozenset()

    def role_document(self, request: Request, role: str) -> dict[str, Any]:
        return {"id": role, "name": role, "self": request.url(f"/user/roles/{role}")}

    def group_document(
        self, request: Request, cur: sqlite3.Cursor, group_id: int, *, members: bool = True
    ) -> dict[str, Any]:
        row = cur.execute("SELECT name, body FROM user_groups WHERE id = ?", (group_id,)).fetchone()
        if row is None:
            raise _group_missing(str(group_id))
        own = request.url(f"/user/{self.tenant_id}/groups/{group_id}")
        roles = cur.execute(
            "SELECT role FROM user_group_roles WHERE group_id = ? ORDER BY role", (group_id,)
        ).fetchall()
        document: dict[str, Any] = {
            "id": group_id,
            "name": row[0],
            "self": own,
            **orjson.loads(row[1]),
            "roles": {
                "self": own + "/roles",
                "references": [
                    {"role": self.role_document(request, r[0]), "self": f"{own}/roles/{r[0]}"}
                    for r in roles
                ],
            },
            "devicePermissions": {},
        }
        if members:
            names = cur.execute(
                "SELECT username FROM user_group_members WHERE group_id = ? ORDER BY username",
                (group_id,),
            ).fetchall()
            document["users"] = {
                "self": own + "/users",
                "references": [
                    {"userName": n[0], "id": n[0], "self": self.user_url(request, n[0])}
                    for n in names
                ],
            }
        return document

    def user_url(self, request: Request, name: str) -> str:
        return request.url(f"/user/{self.tenant_id}/users/{name}")

    def user_document(
        self, request: Request, cur: sqlite3.Cursor, name: str, *, subusers: bool = False
    ) -> dict[str, Any]:
        body = self.user_row(cur, name)
        own = self.user_url(request, name)
        groups = [
            {
                "group": self.group_document(request, cur, gid, members=False),
                "self": request.url(f"/user/{self.tenant_id}/groups/{gid}/users/{name}"),
            }
            for gid in self.group_ids_of(cur, name)
        ]
        document: dict[str, Any] = {
            "id": name,
            "self": own,
            "userName": name,
            "enabled": True,
            "shouldResetPassword": False,
            "twoFactorAuthenticationEnabled": self.tfa_enabled(cur, name),
            "customProperties": {},
            **body,
            "groups": {"self": own + "/groups", "references": groups},
            "roles": {"self": own + "/roles", "references": []},
            "devicePermissions": {},
            "applications": [],
        }
        if subusers:
            document["subusersCount"] = cur.execute(
                "SELECT COUNT(*) FROM users WHERE json_extract(body, '$.owner') = ?", (name,)
            ).fetchone()[0]
        return document


def totp_matches(secret: str, code: str, now: float) -> bool:
    """Whether ``code`` is the RFC 6238 code of ``secret`` (base32) for the 30 s step of ``now``.

    The step before and the one after count too, for clocks a little apart.
    """
    key = base64.b32decode(secret + "=" * (-len(secret) % 8))
    step = int(now) // 30
    for counter in (c for c in (step - 1, step, step + 1) if c >= 0):
        mac = hmac.new(key, counter.to_bytes(8, "big"), hashlib.sha1).digest()
        offset = mac[-1] & 0x0F
        value = int.from_bytes(mac[offset : offset + 4], "big") & 0x7FFFFFFF
        if hmac.compare_digest(f"{value % 1_000_000:06d}", code):
            return True
    return False


def _check_tenant(store: UserStore, params: Mapping[str, str]) -> None:
    tenant = params.get("tenantId")
    if tenant is not None and tenant != store.tenant_id:
        raise not_found(AREA, f"Unknown tenant {tenant}")


def _own_fields(document: Mapping[str, Any]) -> dict[str, Any]:
    """The changes a user may make to its own profile without the user admin role (pure).

    Raises:
        ApiError: 422 for a password (the platform changes the own password only together
            with the current one) or a member outside the profile.
    """
    if "password" in document:
        raise invalid_data(AREA, "Change the password with PUT /user/currentUser/password")
    return _user_fields(document, allowed=_CURRENT_USER_FIELDS)


def _user_fields(document: Mapping[str, Any], *, allowed: Any = None) -> dict[str, Any]:
    """The writable user members of ``document``, type-checked; unknown members refused."""
    names = allowed if allowed is not None else _USER_FIELDS
    fields: dict[str, Any] = {}
    for name, value in document.items():
        if name in ("password", "userName", "sendPasswordResetEmail") or name in _USER_READ_ONLY:
            continue
        if name not in names:
            raise invalid_data(AREA, f"Unknown or read-only user field {name}")
        expected = _USER_FIELDS[name]
        if not isinstance(value, expected) or (expected is not bool and isinstance(value, bool)):
            raise invalid_data(AREA, f"Field {name} has the wrong type: {type(value).__name__}")
        fields[name] = value
    return fields


_ADMIN_ROLE = "ROLE_USER_MANAGEMENT_ADMIN"
_READ = require("ROLE_USER_MANAGEMENT_READ", _ADMIN_ROLE)
_READ_OWN = require("ROLE_USER_MANAGEMENT_READ", _ADMIN_ROLE, own=_OWN_ROLES)
_ADMIN = require(_ADMIN_ROLE)
# The own-admin role lets users edit their own profile; groups and roles are not in it.
_ADMIN_OWN = require(_ADMIN_ROLE, own=("ROLE_USER_MANAGEMENT_OWN_ADMIN",))
# Creating users and putting them into groups: the create role too, within its own rights
# (checked by the handlers: see _UsersApi._check_grant).
_CREATE = require("ROLE_USER_MANAGEMENT_ADMIN", "ROLE_USER_MANAGEMENT_CREATE")


def register(router: Router, store: UserStore, auth: Authenticator) -> None:
    """Add the user management routes to ``router``."""
    api = _UsersApi(store, auth)
    base = "/user/{tenantId}"
    router.add("GET", "/user/currentUser", api.get_current_user, access=ANY_USER)
    router.add("PUT", "/user/currentUser", api.update_current_user, access=ANY_USER)
    router.add("PUT", "/user/currentUser/password", api.change_password, access=ANY_USER)
    router.add("GET", base + "/users", api.list_users, access=_READ)
    router.add("POST", base + "/users", api.create_user, access=_CREATE)
    router.add("GET", base + "/users/{userId}", api.get_user, access=_READ_OWN)
    router.add("PUT", base + "/users/{userId}", api.update_user, access=_ADMIN_OWN)
    router.add("DELETE", base + "/users/{userId}", api.delete_user, access=_ADMIN)
    router.add("GET", base + "/userByName/{username}", api.get_user_by_name, access=_READ_OWN)
    router.add("GET", base + "/users/{userId}/tfa", api.get_tfa, access=_READ_OWN)
    router.add("GET", base + "/users/{userId}/groups", api.list_user_groups, access=_READ_OWN)
    router.add("GET", base + "/groups", api.list_groups, access=_READ)
    router.add("POST", base + "/groups", api.create_group, access=_ADMIN)
    router.add("GET", base + "/groups/{groupId}", api.get_group, access=_READ)
    router.add("PUT", base + "/groups/{groupId}", api.update_group, access=_ADMIN)
    router.add("DELETE", base + "/groups/{groupId}", api.delete_group, access=_ADMIN)
    router.add("GET", base + "/groupByName/{groupName}", api.get_group_by_name, access=_READ)
    router.add("GET", base + "/groups/{groupId}/users", api.list_members, access=_READ)
    router.add("POST", base + "/groups/{groupId}/users", api.add_member, access=_CREATE)
    router.add(
        "DELETE", base + "/groups/{groupId}/users/{userId}", api.remove_member, access=_ADMIN
    )
    router.add("GET", base + "/groups/{groupId}/roles", api.list_group_roles, access=_READ)
    router.add("POST", base + "/groups/{groupId}/roles", api.add_group_role, access=_ADMIN)
    router.add(
        "DELETE", base + "/groups/{groupId}/roles/{roleId}", api.remove_group_role, access=_ADMIN
    )
    router.add("GET", "/user/roles", api.list_roles, access=_READ)
    router.add("GET", "/user/roles/{name}", api.get_role, access=_READ)
    router.add("GET", "/user/inventoryroles", api.list_inventory_roles, access=_READ)
    router.add("POST", "/user/inventoryroles", api.create_inventory_role, access=_ADMIN)
    router.add("GET", "/user/inventoryroles/{id}", api.get_inventory_role, access=_READ)
    router.add("PUT", "/user/inventoryroles/{id}", api.update_inventory_role, access=_ADMIN)
    router.add("DELETE", "/user/inventoryroles/{id}", api.delete_inventory_role, access=_ADMIN)
    assignments = base + "/users/{userId}/roles/inventory"
    router.add("GET", assignments, api.list_assignments, access=_READ_OWN)
    router.add("POST", assignments, api.create_assignment, access=_ADMIN)
    router.add("GET", assignments + "/{id}", api.get_assignment, access=_READ_OWN)
    router.add("PUT", assignments + "/{id}", api.update_assignment, access=_ADMIN)
    router.add("DELETE", assignments + "/{id}", api.delete_assignment, access=_ADMIN)
    register_owner_delegate_totp_logout(router, api)


def register_owner_delegate_totp_logout(router: Router, api: _UsersApi) -> None:
    """Owner, delegate, TOTP and logout routes (the first three are missing from the spec).

    Logging out every user needs ``ROLE_USER_MANAGEMENT_ADMIN``, as the platform states; the
    owner, delegate and TOTP revoke routes need it too (they change another user's account).
    """
    user = "/user/{tenantId}/users/{userId}"
    router.add("PUT", user + "/owner", api.set_owner, access=_ADMIN)
    router.add("DELETE", user + "/owner", api.clear_owner, access=_ADMIN)
    router.add("PUT", user + "/delegatedby", api.set_delegate, access=_ADMIN)
    router.add("DELETE", user + "/delegatedby", api.clear_delegate, access=_ADMIN)
    router.add("DELETE", user + "/totpSecret/revoke", api.revoke_totp_secret, access=_ADMIN)
    router.add("POST", "/user/logout/{tenantId}/allUsers", api.logout_all_users, access=_ADMIN)
    totp = "/user/currentUser/totpSecret"
    router.add("POST", totp, api.create_totp_secret, access=ANY_USER)
    router.add("GET", totp + "/activity", api.get_totp_activity, access=ANY_USER)
    router.add("POST", totp + "/activity", api.set_totp_activity, access=ANY_USER)
    router.add("POST", totp + "/verify", api.verify_totp_code, access=ANY_USER)


class _UsersApi:
    def __init__(self, store: UserStore, auth: Authenticator) -> None:
        self.store = store
        self.storage = store.storage
        self.auth = auth
        self.tenant_id = store.tenant_id

    # --- current user -----------------------------------------------------------------------

    def _current_document(self, request: Request) -> dict[str, Any]:
        name = request.user or self.auth.username
        with self.storage.read() as cur:
            known = cur.execute("SELECT 1 FROM users WHERE username = ?", (name,)).fetchone()
            body = self.store.user_row(cur, name) if known is not None else {}
            roles = sorted(self.store.effective_roles(cur, name))
            tfa = self.store.tfa_enabled(cur, name)
        document: dict[str, Any] = {
            "self": request.url("/user/currentUser"),
            "id": name,
            "userName": name,
            "shouldResetPassword": False,
            "twoFactorAuthenticationEnabled": tfa,
            **{k: body[k] for k in (*_CURRENT_USER_FIELDS, "lastPasswordChange") if k in body},
            "effectiveRoles": [self.store.role_document(request, r) for r in roles],
            "devicePermissions": {},
        }
        return document

    def get_current_user(self, request: Request, params: dict[str, str]) -> Response:
        return json_response(request, 200, self._current_document(request), media.CURRENT_USER)

    def update_current_user(self, request: Request, params: dict[str, str]) -> Response:
        document = request.json_object(AREA)
        fields = _own_fields(document)
        name = request.user or self.auth.username
        with self.storage.write() as cur:
            body = self.store.user_row(cur, name)
            before = dict(body)
            body.update(fields)
            changes = audit.changes_between(before, body, _AUDITED_USER_FIELDS)
            _audit(cur, request, "User", name, name, "updated", changes)
            cur.execute(
                "UPDATE users SET body = ? WHERE username = ?", (orjson.dumps(body).decode(), name)
            )
        answer = orjson.dumps(self._current_document(request))
        return write_response(request, 200, answer, media.CURRENT_USER)

    def change_password(self, request: Request, params: dict[str, str]) -> Response:
        document = request.json_object(AREA)
        current, new = document.get("currentUserPassword"), document.get("newPassword")
        if not isinstance(current, str) or not current:
            raise invalid_data(AREA, "Field currentUserPassword is required")
        error = policy_error(AREA, new, "newPassword")
        if error is not None:
            raise error
        assert isinstance(new, str)
        name = request.user or self.auth.username
        with self.storage.write() as cur:
            row = cur.execute(
                "SELECT password_hash, body FROM users WHERE username = ?", (name,)
            ).fetchone()
            if row is None:
                raise _user_missing(name)
            if not verify_password(current, str(row[0])):
                raise invalid_data(AREA, "The current password is not correct")
            body = orjson.loads(row[1])
            body["lastPasswordChange"] = now_iso()
            cur.execute(
                "UPDATE users SET password_hash = ?, body = ? WHERE username = ?",
                (hash_password(new), orjson.dumps(body).decode(), name),
            )
        self.auth.revoke_tokens(name)
        return Response(200)

    # --- users ------------------------------------------------------------------------------

    def list_users(self, request: Request, params: dict[str, str]) -> Response:
        _check_tenant(self.store, params)
        page = parse_page_request(request, AREA)
        prefix = request.param("username") or ""
        contains = request.param("usernameContains") or ""
        owner = request.param("owner")
        only_devices = request.flag("onlyDevices", AREA)
        subusers = request.flag("withSubusersCount", AREA)
        wanted_groups: set[int] | None = None
        raw_groups = request.param("groups")
        if raw_groups:
            wanted_groups = set()
            for part in raw_groups.split(","):
                group_id = parse_id(part.strip())
                if group_id is None:
                    raise invalid_data(AREA, f"groups must be comma-separated ids, got {part!r}")
                wanted_groups.add(group_id)
        with self.storage.read() as cur:
            names = [
                str(r[0])
                for r in cur.execute(
                    "SELECT username, body FROM users ORDER BY username"
                ).fetchall()
                if str(r[0]).lower().startswith(prefix.lower())
                and contains.lower() in str(r[0]).lower()
                and (owner is None or orjson.loads(r[1]).get("owner") == owner)
                and (not only_devices or str(r[0]).startswith("device_"))
            ]
            if wanted_groups is not None:
                names = [n for n in names if wanted_groups & set(self.store.group_ids_of(cur, n))]
            chunk, has_more = slice_page(names, page)
            items = [
                orjson.dumps(self.store.user_document(request, cur, n, subusers=subusers))
                for n in chunk
            ]
        return page_response(
            request,
            page,
            key="users",
            items=items,
            has_more=has_more,
            total=len(names),
            media_type=USER_COLLECTION,
        )

    def create_user(self, request: Request, params: dict[str, str]) -> Response:
        _check_tenant(self.store, params)
        document = request.json_object(AREA)
        name = document.get("userName")
        if not isinstance(name, str) or not name or len(name) > 1000:
            raise invalid_data(AREA, "Field userName must be a string of 1 to 1000 characters")
        if name != name.strip() or any(c in name for c in "/\\+$:") or not name.isprintable():
            raise invalid_data(AREA, "Field userName must not hold whitespace edges or / \\ + $ :")
        if "password" not in document:
            # The platform then mails a reset link; the emulator has no mail, so it asks for one.
            raise invalid_data(AREA, "Field password is required (the emulator sends no mails)")
        error = policy_error(AREA, document["password"])
        if error is not None:
            raise error
        fields = _user_fields(document)
        digest = hash_password(document["password"])
        with self.storage.write() as cur:
            if cur.execute("SELECT 1 FROM users WHERE username = ?", (name,)).fetchone():
                raise conflict(AREA, f"User {name} already exists")
            owner = request.user or self.auth.username
            _insert_user(cur, name, digest, **fields, owner=owner)
            _audit(cur, request, "User", name, name, "created")
            answer = orjson.dumps(self.store.user_document(request, cur, name))
        response = write_response(request, 201, answer, USER)
        response.headers.append((b"location", self.store.user_url(request, name).encode()))
        return response

    def get_user(self, request: Request, params: dict[str, str]) -> Response:
        _check_tenant(self.store, params)
        with self.storage.read() as cur:
            document = self.store.user_document(request, cur, params["userId"])
        return json_response(request, 200, document, USER)

    def get_user_by_name(self, request: Request, params: dict[str, str]) -> Response:
        return self.get_user(request, {**params, "userId": params["username"]})

    def update_user(self, request: Request, params: dict[str, str]) -> Response:
        _check_tenant(self.store, params)
        name = params["userId"]
        document = request.json_object(AREA)
        if "userName" in document and document["userName"] != name:
            raise invalid_data(AREA, "Field userName cannot be changed")
        digest: str | None = None
        if "password" in document:
            error = policy_error(AREA, document["password"])
            if error is not None:
                raise error
        fields = _user_fields(document)
        with self.storage.write() as cur:
            body = self.store.user_row(cur, name)
            if request.user == name and _ADMIN_ROLE not in self.store.effective_roles(cur, name):
                # The own-profile role reaches this path too: no more than /user/currentUser.
                fields = _own_fields(document)
            before = dict(body)
            body.update(fields)
            changes = audit.changes_between(before, body, _AUDITED_USER_FIELDS)
            _audit(cur, request, "User", name, name, "updated", changes)
            if "password" in document:
                digest = hash_password(document["password"])
                body["lastPasswordChange"] = now_iso()
                cur.execute("UPDATE users SET password_hash = ? WHERE username = ?", (digest, name))
            cur.execute(
                "UPDATE users SET body = ? WHERE username = ?", (orjson.dumps(body).decode(), name)
            )
            answer = orjson.dumps(self.store.user_document(request, cur, name))
        if digest is not None or fields.get("enabled") is False:
            self.auth.revoke_tokens(name)
        return write_response(request, 200, answer, USER)

    def delete_user(self, request: Request, params: dict[str, str]) -> Response:
        _check_tenant(self.store, params)
        name = params["userId"]
        with self.storage.write() as cur:
            gone = self.store.user_row(cur, name)
            cur.execute("DELETE FROM users WHERE username = ?", (name,))
            self._forget_references(cur, name, gone.get("owner"))
            _audit(cur, request, "User", name, name, "deleted")
        self.auth.revoke_tokens(name)
        return Response(204)

    def get_tfa(self, request: Request, params: dict[str, str]) -> Response:
        _check_tenant(self.store, params)
        with self.storage.read() as cur:
            self.store.user_row(cur, params["userId"])
            enabled = self.store.tfa_enabled(cur, params["userId"])
        document = {"tfaEnabled": enabled, "tfaEnforced": False}
        return json_response(request, 200, document, media.JSON)

    def list_user_groups(self, request: Request, params: dict[str, str]) -> Response:
        _check_tenant(self.store, params)
        page = parse_page_request(request, AREA)
        name = params["userId"]
        with self.storage.read() as cur:
            self.store.user_row(cur, name)
            group_ids = self.store.group_ids_of(cur, name)
            chunk, has_more = slice_page(group_ids, page)
            items = [
                orjson.dumps(
                    {
                        "group": self.store.group_document(request, cur, gid, members=False),
                        "self": request.url(f"/user/{self.tenant_id}/groups/{gid}/users/{name}"),
                    }
                )
                for gid in chunk
            ]
        return page_response(
            request,
            page,
            key="references",
            items=items,
            has_more=has_more,
            total=len(group_ids),
            media_type=GROUP_REFERENCE_COLLECTION,
        )

    # --- groups -----------------------------------------------------------------------------

    def _group_id(self, cur: sqlite3.Cursor, raw: str) -> int:
        group_id = parse_id(raw)
        if (
            group_id is None
            or not cur.execute("SELECT 1 FROM user_groups WHERE id = ?", (group_id,)).fetchone()
        ):
            raise _group_missing(raw)
        return group_id

    def list_groups(self, request: Request, params: dict[str, str]) -> Response:
        _check_tenant(self.store, params)
        page = parse_page_request(request, AREA)
        with self.storage.read() as cur:
            ids = [int(r[0]) for r in cur.execute("SELECT id FROM user_groups ORDER BY id")]
            chunk, has_more = slice_page(ids, page)
            items = [orjson.dumps(self.store.group_document(request, cur, gid)) for gid in chunk]
        return page_response(
            request,
            page,
            key="groups",
            items=items,
            has_more=has_more,
            total=len(ids),
            media_type=GROUP_COLLECTION,
        )

    def _group_body(self, document: Mapping[str, Any]) -> tuple[str | None, dict[str, Any]]:
        name = document.get("name")
        if name is not None and (not isinstance(name, str) or not name.strip()):
            raise invalid_data(AREA, "Field name must be a non-empty string")
        body: dict[str, Any] = {}
        for key, value in document.items():
            if key in ("name", "id", "self", "roles", "users", "applications", "devicePermissions"):
                continue
            if (key == "description" and isinstance(value, str)) or (
                key == "customProperties" and isinstance(value, dict)
            ):
                body[key] = value
            else:
                raise invalid_data(AREA, f"Unknown or invalid group field {key}")
        return name, body

    def create_group(self, request: Request, params: dict[str, str]) -> Response:
        _check_tenant(self.store, params)
        name, body = self._group_body(request.json_object(AREA))
        if name is None:
            raise invalid_data(AREA, "Field name is required")
        with self.storage.write() as cur:
            if cur.execute("SELECT 1 FROM user_groups WHERE name = ?", (name,)).fetchone():
                raise conflict(AREA, f"Group {name} already exists")
            group_id = local_id(cur)
            cur.execute(
                "INSERT INTO user_groups (id, name, body) VALUES (?, ?, ?)",
                (group_id, name, orjson.dumps(body).decode()),
            )
            _audit(cur, request, "Group", group_id, name, "created")
            answer = orjson.dumps(self.store.group_document(request, cur, group_id))
        return write_response(request, 201, answer, GROUP)

    def get_group(self, request: Request, params: dict[str, str]) -> Response:
        _check_tenant(self.store, params)
        with self.storage.read() as cur:
            group_id = self._group_id(cur, params["groupId"])
            document = self.store.group_document(request, cur, group_id)
        return json_response(request, 200, document, GROUP)

    def get_group_by_name(self, request: Request, params: dict[str, str]) -> Response:
        _check_tenant(self.store, params)
        with self.storage.read() as cur:
            row = cur.execute(
                "SELECT id FROM user_groups WHERE name = ?", (params["groupName"],)
            ).fetchone()
            if row is None:
                raise not_found(AREA, f"Could not find group by name {params['groupName']}")
            document = self.store.group_document(request, cur, int(row[0]))
        return json_response(request, 200, document, GROUP)

    def update_group(self, request: Request, params: dict[str, str]) -> Response:
        _check_tenant(self.store, params)
        request.flag("forceLogout", AREA)
        name, body = self._group_body(request.json_object(AREA))
        with self.storage.write() as cur:
            group_id = self._group_id(cur, params["groupId"])
            row = cur.execute("SELECT name, body FROM user_groups WHERE id = ?", (group_id,))
            old_name, old_body = row.fetchone()
            new_name = old_name if name is None else name
            if cur.execute(
                "SELECT 1 FROM user_groups WHERE name = ? AND id != ?", (new_name, group_id)
            ).fetchone():
                raise conflict(AREA, f"Group {new_name} already exists")
            merged = {**orjson.loads(old_body), **body}
            cur.execute(
                "UPDATE user_groups SET name = ?, body = ? WHERE id = ?",
                (new_name, orjson.dumps(merged).decode(), group_id),
            )
            changes = audit.changes_between(
                {**orjson.loads(old_body), "name": old_name},
                {**merged, "name": new_name},
                _AUDITED_GROUP_FIELDS,
            )
            _audit(cur, request, "Group", group_id, new_name, "updated", changes)
            answer = orjson.dumps(self.store.group_document(request, cur, group_id))
        return write_response(request, 200, answer, GROUP)

    def delete_group(self, request: Request, params: dict[str, str]) -> Response:
        _check_tenant(self.store, params)
        request.flag("forceLogout", AREA)
        with self.storage.write() as cur:
            group_id = self._group_id(cur, params["groupId"])
            (name,) = cur.execute(
                "SELECT name FROM user_groups WHERE id = ?", (group_id,)
            ).fetchone()
            cur.execute("DELETE FROM user_groups WHERE id = ?", (group_id,))
            _audit(cur, request, "Group", group_id, name, "deleted")
        return Response(204)

    def list_members(self, request: Request, params: dict[str, str]) -> Response:
        _check_tenant(self.store, params)
        page = parse_page_request(request, AREA)
        with self.storage.read() as cur:
            group_id = self._group_id(cur, params["groupId"])
            names = [
                str(r[0])
                for r in cur.execute(
                    "SELECT username FROM user_group_members WHERE group_id = ? ORDER BY username",
                    (group_id,),
                )
            ]
            chunk, has_more = slice_page(names, page)
            base = request.url(f"/user/{self.tenant_id}/groups/{group_id}/users")
            items = [
                orjson.dumps(
                    {"user": self.store.user_document(request, cur, n), "self": f"{base}/{n}"}
                )
                for n in chunk
            ]
        return page_response(
            request,
            page,
            key="references",
            items=items,
            has_more=has_more,
            total=len(names),
            media_type=USER_REFERENCE_COLLECTION,
        )

    def add_member(self, request: Request, params: dict[str, str]) -> Response:
        _check_tenant(self.store, params)
        document = request.json_object(AREA)
        user = document.get("user")
        if not isinstance(user, dict):
            raise invalid_data(AREA, "Field user must be an object with self (or id)")
        name = _last_segment(user.get("self")) or user.get("id") or user.get("userName")
        if not isinstance(name, str) or not name:
            raise invalid_data(AREA, "Field user must name the user by self, id or userName")
        with self.storage.write() as cur:
            group_id = self._group_id(cur, params["groupId"])
            target = self.store.user_row(cur, name)
            self._check_grant(cur, request.user, name, target, group_id)
            cur.execute(
                "INSERT OR IGNORE INTO user_group_members (group_id, username) VALUES (?, ?)",
                (group_id, name),
            )
            reference = {
                "user": self.store.user_document(request, cur, name),
                "self": request.url(f"/user/{self.tenant_id}/groups/{group_id}/users/{name}"),
            }
        return write_response(request, 201, orjson.dumps(reference), USER_REFERENCE)

    def _check_grant(
        self,
        cur: sqlite3.Cursor,
        caller: str,
        name: str,
        target: Mapping[str, Any],
        group_id: int,
    ) -> None:
        """Refuse (403) a group membership the caller may not grant.

        A user administrator grants any group. A caller with only the create role (the route
        lets nobody else through) may put the users it created into groups whose roles it
        holds itself, and never itself: nobody raises their own rights.
        """
        held = self.store.effective_roles(cur, caller)
        if "ROLE_USER_MANAGEMENT_ADMIN" in held:
            return
        group_roles = {
            str(r[0])
            for r in cur.execute(
                "SELECT role FROM user_group_roles WHERE group_id = ?", (group_id,)
            ).fetchall()
        }
        if name == caller or target.get("owner") != caller or not group_roles <= held:
            raise forbidden()

    def remove_member(self, request: Request, params: dict[str, str]) -> Response:
        _check_tenant(self.store, params)
        with self.storage.write() as cur:
            group_id = self._group_id(cur, params["groupId"])
            deleted = cur.execute(
                "DELETE FROM user_group_members WHERE group_id = ? AND username = ?",
                (group_id, params["userId"]),
            ).rowcount
            if not deleted:
                raise _user_missing(params["userId"])
        return Response(204)

    def list_group_roles(self, request: Request, params: dict[str, str]) -> Response:
        # The spec's RoleReferenceCollection declared ``references`` as one object; the
        # platform answers a list, and openapi/overlay.yaml fixes the schema.
        _check_tenant(self.store, params)
        page = parse_page_request(request, AREA)
        with self.storage.read() as cur:
            group_id = self._group_id(cur, params["groupId"])
            roles = [
                str(r[0])
                for r in cur.execute(
                    "SELECT role FROM user_group_roles WHERE group_id = ? ORDER BY role",
                    (group_id,),
                )
            ]
        chunk, has_more = slice_page(roles, page)
        base = request.url(f"/user/{self.tenant_id}/groups/{group_id}/roles")
        items = [
            orjson.dumps({"role": self.store.role_document(request, r), "self": f"{base}/{r}"})
            for r in chunk
        ]
        return page_response(
            request,
            page,
            key="references",
            items=items,
            has_more=has_more,
            total=len(roles),
            media_type=ROLE_REFERENCE_COLLECTION,
        )

    def add_group_role(self, request: Request, params: dict[str, str]) -> Response:
        _check_tenant(self.store, params)
        document = request.json_object(AREA)
        role = document.get("role")
        if not isinstance(role, dict):
            raise invalid_data(AREA, "Field role must be an object with self (or id)")
        name = _last_segment(role.get("self")) or role.get("id") or role.get("name")
        if not isinstance(name, str) or name not in BUILTIN_ROLES:
            raise invalid_data(AREA, f"Field role must name a known role, got {name!r}")
        with self.storage.write() as cur:
            group_id = self._group_id(cur, params["groupId"])
            cur.execute(
                "INSERT OR IGNORE INTO user_group_roles (group_id, role) VALUES (?, ?)",
                (group_id, name),
            )
        reference = {
            "role": self.store.role_document(request, name),
            "self": request.url(f"/user/{self.tenant_id}/groups/{group_id}/roles/{name}"),
        }
        return write_response(request, 201, orjson.dumps(reference), ROLE_REFERENCE)

    def remove_group_role(self, request: Request, params: dict[str, str]) -> Response:
        _check_tenant(self.store, params)
        with self.storage.write() as cur:
            group_id = self._group_id(cur, params["groupId"])
            deleted = cur.execute(
                "DELETE FROM user_group_roles WHERE group_id = ? AND role = ?",
                (group_id, params["roleId"]),
            ).rowcount
            if not deleted:
                raise _role_missing(params["roleId"])
        return Response(204)

    # --- global roles -----------------------------------------------------------------------

    def list_roles(self, request: Request, params: dict[str, str]) -> Response:
        page = parse_page_request(request, AREA)
        chunk, has_more = slice_page(BUILTIN_ROLES, page)
        items = [orjson.dumps(self.store.role_document(request, r)) for r in chunk]
        return page_response(
            request,
            page,
            key="roles",
            items=items,
            has_more=has_more,
            total=len(BUILTIN_ROLES),
            media_type=ROLE_COLLECTION,
        )

    def get_role(self, request: Request, params: dict[str, str]) -> Response:
        if params["name"] not in BUILTIN_ROLES:
            raise _role_missing(params["name"])
        return json_response(request, 200, self.store.role_document(request, params["name"]), ROLE)

    # --- inventory roles --------------------------------------------------------------------

    def _inventory_role(self, request: Request, cur: sqlite3.Cursor, raw: str) -> dict[str, Any]:
        role_id = parse_id(raw)
        row = (
            None
            if role_id is None
            else cur.execute(
                "SELECT name, body FROM inventory_roles WHERE id = ?", (role_id,)
            ).fetchone()
        )
        if row is None:
            raise not_found(AREA, f"Could not find inventory role by id {raw}")
        return {
            "id": role_id,
            "name": row[0],
            **orjson.loads(row[1]),
            "self": request.url(f"/user/inventoryroles/{role_id}"),
        }

    def _inventory_role_body(
        self, cur: sqlite3.Cursor, document: Mapping[str, Any]
    ) -> tuple[str | None, dict[str, Any]]:
        name = document.get("name")
        if name is not None and (not isinstance(name, str) or not name.strip()):
            raise invalid_data(AREA, "Field name must be a non-empty string")
        body: dict[str, Any] = {}
        for key, value in document.items():
            if key in ("name", "id", "self"):
                continue
            if key == "description" and isinstance(value, str):
                body[key] = value
            elif key == "permissions" and isinstance(value, list):
                body[key] = [self._permission(cur, p) for p in value]
            else:
                raise invalid_data(AREA, f"Unknown or invalid inventory role field {key}")
        return name, body

    def _permission(self, cur: sqlite3.Cursor, value: Any) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise invalid_data(AREA, "Each permission must be an object")
        scope, level = value.get("scope", "*"), value.get("permission", "*")
        kind = value.get("type", "*")
        if scope not in _SCOPES:
            raise invalid_data(AREA, f"Permission scope must be one of {sorted(_SCOPES)}")
        if level not in _PERMISSIONS:
            raise invalid_data(AREA, f"Permission permission must be one of {sorted(_PERMISSIONS)}")
        if not isinstance(kind, str) or not kind:
            raise invalid_data(AREA, "Permission type must be a non-empty string")
        unknown = set(value) - {"id", "scope", "permission", "type"}
        if unknown:
            raise invalid_data(AREA, f"Unknown permission fields {sorted(unknown)}")
        return {
            "id": local_id(cur),
            "scope": scope,
            "permission": level,
            "type": kind,
        }

    def list_inventory_roles(self, request: Request, params: dict[str, str]) -> Response:
        page = parse_page_request(request, AREA)
        with self.storage.read() as cur:
            ids = [str(r[0]) for r in cur.execute("SELECT id FROM inventory_roles ORDER BY id")]
            chunk, has_more = slice_page(ids, page)
            items = [orjson.dumps(self._inventory_role(request, cur, i)) for i in chunk]
        return page_response(
            request,
            page,
            key="roles",
            items=items,
            has_more=has_more,
            total=len(ids),
            media_type=INVENTORY_ROLE_COLLECTION,
        )

    def create_inventory_role(self, request: Request, params: dict[str, str]) -> Response:
        document = request.json_object(AREA)
        with self.storage.write() as cur:
            name, body = self._inventory_role_body(cur, document)
            if name is None:
                raise invalid_data(AREA, "Field name is required")
            if cur.execute("SELECT 1 FROM inventory_roles WHERE name = ?", (name,)).fetchone():
                raise conflict(AREA, f"Inventory role {name} already exists")
            body.setdefault("permissions", [])
            role_id = local_id(cur)
            cur.execute(
                "INSERT INTO inventory_roles (id, name, body) VALUES (?, ?, ?)",
                (role_id, name, orjson.dumps(body).decode()),
            )
            answer = orjson.dumps(self._inventory_role(request, cur, str(role_id)))
        return write_response(request, 201, answer, INVENTORY_ROLE)

    def get_inventory_role(self, request: Request, params: dict[str, str]) -> Response:
        with self.storage.read() as cur:
            document = self._inventory_role(request, cur, params["id"])
        return json_response(request, 200, document, INVENTORY_ROLE)

    def update_inventory_role(self, request: Request, params: dict[str, str]) -> Response:
        document = request.json_object(AREA)
        with self.storage.write() as cur:
            current = self._inventory_role(request, cur, params["id"])
            name, body = self._inventory_role_body(cur, document)
            new_name = current["name"] if name is None else name
            if cur.execute(
                "SELECT 1 FROM inventory_roles WHERE name = ? AND id != ?",
                (new_name, current["id"]),
            ).fetchone():
                raise conflict(AREA, f"Inventory role {new_name} already exists")
            merged = {
                k: v for k, v in current.items() if k in ("description", "permissions")
            } | body
            cur.execute(
                "UPDATE inventory_roles SET name = ?, body = ? WHERE id = ?",
                (new_name, orjson.dumps(merged).decode(), current["id"]),
            )
            answer = orjson.dumps(self._inventory_role(request, cur, params["id"]))
        return write_response(request, 200, answer, INVENTORY_ROLE)

    def delete_inventory_role(self, request: Request, params: dict[str, str]) -> Response:
        with self.storage.write() as cur:
            current = self._inventory_role(request, cur, params["id"])
            cur.execute("DELETE FROM inventory_roles WHERE id = ?", (current["id"],))
            # Assignments keep their other roles; one left without any is removed.
            for assignment_id, raw in cur.execute(
                "SELECT id, roles FROM inventory_assignments"
            ).fetchall():
                roles = [r for r in orjson.loads(raw) if r != current["id"]]
                if not roles:
                    cur.execute("DELETE FROM inventory_assignments WHERE id = ?", (assignment_id,))
                else:
                    cur.execute(
                        "UPDATE inventory_assignments SET roles = ? WHERE id = ?",
                        (orjson.dumps(roles).decode(), assignment_id),
                    )
        return Response(204)

    # --- inventory role assignments ---------------------------------------------------------

    def _role_ids(self, cur: sqlite3.Cursor, document: Mapping[str, Any]) -> list[int]:
        roles = document.get("roles")
        if not isinstance(roles, list) or not roles:
            raise invalid_data(AREA, "Field roles must be a non-empty list of {id} objects")
        ids: list[int] = []
        for role in roles:
            raw = role.get("id") if isinstance(role, dict) else None
            role_id = parse_id(str(raw)) if isinstance(raw, int | str) else None
            if (
                role_id is None
                or not cur.execute(
                    "SELECT 1 FROM inventory_roles WHERE id = ?", (role_id,)
                ).fetchone()
            ):
                raise invalid_data(AREA, f"Unknown inventory role {raw!r}")
            if role_id not in ids:
                ids.append(role_id)
        return ids

    def _assignment(
        self, request: Request, cur: sqlite3.Cursor, name: str, raw: str
    ) -> dict[str, Any]:
        assignment_id = parse_id(raw)
        row = (
            None
            if assignment_id is None
            else cur.execute(
                "SELECT managed_object, roles FROM inventory_assignments "
                "WHERE id = ? AND username = ?",
                (assignment_id, name),
            ).fetchone()
        )
        if row is None:
            raise not_found(AREA, f"Could not find inventory assignment {raw} of user {name}")
        return {
            "id": assignment_id,
            "managedObject": row[0],
            "roles": [self._inventory_role(request, cur, str(r)) for r in orjson.loads(row[1])],
            "self": request.url(
                f"/user/{self.tenant_id}/users/{name}/roles/inventory/{assignment_id}"
            ),
        }

    def list_assignments(self, request: Request, params: dict[str, str]) -> Response:
        _check_tenant(self.store, params)
        name = params["userId"]
        with self.storage.read() as cur:
            self.store.user_row(cur, name)
            ids = [
                str(r[0])
                for r in cur.execute(
                    "SELECT id FROM inventory_assignments WHERE username = ? ORDER BY id", (name,)
                )
            ]
            assignments = [self._assignment(request, cur, name, i) for i in ids]
        # The platform answers every assignment at once, without paging (as the spec shows).
        document = {
            "self": request.url(f"/user/{self.tenant_id}/users/{name}/roles/inventory"),
            "inventoryAssignments": assignments,
        }
        return json_response(request, 200, document, INVENTORY_ASSIGNMENT_COLLECTION)

    def create_assignment(self, request: Request, params: dict[str, str]) -> Response:
        _check_tenant(self.store, params)
        name = params["userId"]
        document = request.json_object(AREA)
        raw_object = document.get("managedObject")
        object_id = parse_id(str(raw_object)) if isinstance(raw_object, int | str) else None
        with self.storage.write() as cur:
            self.store.user_row(cur, name)
            if (
                object_id is None
                or not cur.execute(
                    "SELECT 1 FROM managed_objects WHERE id = ?", (object_id,)
                ).fetchone()
            ):
                raise invalid_data(
                    AREA, f"Field managedObject must name a managed object, got {raw_object!r}"
                )
            roles = self._role_ids(cur, document)
            assignment_id = local_id(cur)
            cur.execute(
                "INSERT INTO inventory_assignments (id, username, managed_object, roles) "
                "VALUES (?, ?, ?, ?)",
                (assignment_id, name, str(object_id), orjson.dumps(roles).decode()),
            )
            answer = orjson.dumps(self._assignment(request, cur, name, str(assignment_id)))
        # The spec documents 200 for the creation, and the emulator answers that.
        return write_response(request, 200, answer, INVENTORY_ASSIGNMENT)

    def get_assignment(self, request: Request, params: dict[str, str]) -> Response:
        _check_tenant(self.store, params)
        with self.storage.read() as cur:
            document = self._assignment(request, cur, params["userId"], params["id"])
        return json_response(request, 200, document, INVENTORY_ASSIGNMENT)

    def update_assignment(self, request: Request, params: dict[str, str]) -> Response:
        _check_tenant(self.store, params)
        name = params["userId"]
        document = request.json_object(AREA)
        with self.storage.write() as cur:
            current = self._assignment(request, cur, name, params["id"])
            sent_object = document.get("managedObject")
            if sent_object is not None and str(sent_object) != current["managedObject"]:
                raise invalid_data(AREA, "Field managedObject of an assignment cannot change")
            roles = self._role_ids(cur, document)
            cur.execute(
                "UPDATE inventory_assignments SET roles = ? WHERE id = ?",
                (orjson.dumps(roles).decode(), current["id"]),
            )
            answer = orjson.dumps(self._assignment(request, cur, name, params["id"]))
        return write_response(request, 200, answer, INVENTORY_ASSIGNMENT)

    def delete_assignment(self, request: Request, params: dict[str, str]) -> Response:
        _check_tenant(self.store, params)
        with self.storage.write() as cur:
            current = self._assignment(request, cur, params["userId"], params["id"])
            cur.execute("DELETE FROM inventory_assignments WHERE id = ?", (current["id"],))
        return Response(204)

    # --- owner and delegate -----------------------------------------------------------------

    def _named_user(self, cur: sqlite3.Cursor, document: Mapping[str, Any], key: str) -> str:
        """The existing user named by member ``key`` of a request body."""
        name = document.get(key)
        if not isinstance(name, str) or not name:
            raise invalid_data(AREA, f"Field {key} must be a user name")
        self.store.user_row(cur, name)
        return name

    def _forget_references(self, cur: sqlite3.Cursor, name: str, owner: object) -> None:
        """Mend the references to a deleted user, so none names a user that is gone.

        The spec does not say what happens to them; we chose: the users it owned move up to
        its own owner (or have none), and a delegation to it ends.
        """
        for key, value in (
            ("owner", owner if isinstance(owner, str) else None),
            ("delegatedBy", None),
        ):
            rows = cur.execute(
                f"SELECT username FROM users WHERE json_extract(body, '$.{key}') = ?", (name,)
            ).fetchall()
            for (other,) in rows:
                self._set_reference(other, key, value, cur)

    def _set_reference(self, name: str, key: str, value: str | None, cur: sqlite3.Cursor) -> None:
        body = self.store.user_row(cur, name)
        if value is None:
            body.pop(key, None)
        else:
            body[key] = value
        cur.execute(
            "UPDATE users SET body = ? WHERE username = ?", (orjson.dumps(body).decode(), name)
        )

    def set_owner(self, request: Request, params: dict[str, str]) -> Response:
        _check_tenant(self.store, params)
        name = params["userId"]
        document = request.json_object(AREA)
        with self.storage.write() as cur:
            self.store.user_row(cur, name)
            owner = self._named_user(cur, document, "owner")
            # Walk up from the new owner: meeting the user itself would close a cycle.
            seen: set[str] = set()
            step: str | None = owner
            while step is not None and step not in seen:
                if step == name:
                    raise invalid_data(AREA, f"User {owner} cannot own {name}: owners would cycle")
                seen.add(step)
                found = self.store.user_row(cur, step).get("owner")
                step = found if isinstance(found, str) else None
            self._set_reference(name, "owner", owner, cur)
        return Response(200)

    def clear_owner(self, request: Request, params: dict[str, str]) -> Response:
        _check_tenant(self.store, params)
        with self.storage.write() as cur:
            self._set_reference(params["userId"], "owner", None, cur)
        return Response(204)

    def set_delegate(self, request: Request, params: dict[str, str]) -> Response:
        _check_tenant(self.store, params)
        name = params["userId"]
        document = request.json_object(AREA)
        with self.storage.write() as cur:
            self.store.user_row(cur, name)
            delegate = self._named_user(cur, document, "delegatedBy")
            if delegate == name:
                raise invalid_data(AREA, f"User {name} cannot be its own delegate")
            self._set_reference(name, "delegatedBy", delegate, cur)
        return Response(200)

    def clear_delegate(self, request: Request, params: dict[str, str]) -> Response:
        _check_tenant(self.store, params)
        with self.storage.write() as cur:
            self._set_reference(params["userId"], "delegatedBy", None, cur)
        return Response(204)

    # --- TOTP and sessions ------------------------------------------------------------------

    def revoke_totp_secret(self, request: Request, params: dict[str, str]) -> Response:
        _check_tenant(self.store, params)
        with self.storage.write() as cur:
            self.store.user_row(cur, params["userId"])
            cur.execute("DELETE FROM user_totp WHERE username = ?", (params["userId"],))
        return Response(204)

    def _totp_owner(self, request: Request, cur: sqlite3.Cursor) -> str:
        """The current user, who must be a user of the store (not a device user)."""
        name = request.user or self.auth.username
        self.store.user_row(cur, name)
        return name

    def create_totp_secret(self, request: Request, params: dict[str, str]) -> Response:
        # A new secret replaces the old one and is inactive until the user activates it.
        secret = base64.b32encode(secrets.token_bytes(20)).decode().rstrip("=")
        with self.storage.write() as cur:
            name = self._totp_owner(request, cur)
            cur.execute(
                "INSERT INTO user_totp (username, secret, active) VALUES (?, ?, 0) "
                "ON CONFLICT (username) DO UPDATE SET secret = excluded.secret, active = 0",
                (name, secret),
            )
        label = f"{self.tenant_id}:{name}"
        uri = f"otpauth://totp/{quote(label)}?secret={secret}&issuer={quote(self.tenant_id)}"
        document = {"rawSecret": secret, "secretQrUrl": uri}
        return json_response(request, 200, document, media.JSON)

    def get_totp_activity(self, request: Request, params: dict[str, str]) -> Response:
        with self.storage.read() as cur:
            name = self._totp_owner(request, cur)
            document = {"isActive": self.store.tfa_enabled(cur, name)}
        return json_response(request, 200, document, media.JSON)

    def set_totp_activity(self, request: Request, params: dict[str, str]) -> Response:
        active = request.json_object(AREA).get("isActive")
        if not isinstance(active, bool):
            raise invalid_data(AREA, "Field isActive must be true or false")
        with self.storage.write() as cur:
            name = self._totp_owner(request, cur)
            changed = cur.execute(
                "UPDATE user_totp SET active = ? WHERE username = ?", (int(active), name)
            ).rowcount
            if not changed and active:
                raise conflict(AREA, f"User {name} has no TOTP secret to activate")
        return Response(204)

    def verify_totp_code(self, request: Request, params: dict[str, str]) -> Response:
        code = request.json_object(AREA).get("code")
        if not isinstance(code, str) or len(code) != 6 or not code.isdigit():
            raise invalid_data(AREA, "Field code must be the 6 digits the authenticator app shows")
        with self.storage.read() as cur:
            name = self._totp_owner(request, cur)
            row = cur.execute("SELECT secret FROM user_totp WHERE username = ?", (name,)).fetchone()
        if row is None:
            raise not_found(AREA, f"User {name} has no TOTP secret")
        if not totp_matches(str(row[0]), code, time.time()):
            raise forbidden("Invalid verification code")
        return Response(204)

    def logout_all_users(self, request: Request, params: dict[str, str]) -> Response:
        # Ends every token and login cookie of the tenant (the caller's too); Basic
        # credentials keep working, as on the platform, which only ends token sessions.
        _check_tenant(self.store, params)
        self.auth.revoke_all_tokens()
        return Response(200)


# What user and group audit records list among their changes (never a password).
_AUDITED_USER_FIELDS = {name: "java.lang.String" for name in _USER_FIELDS}
_AUDITED_GROUP_FIELDS = {name: "java.lang.String" for name in ("name", "description")}


def _audit(
    cur: sqlite3.Cursor,
    request: Request,
    kind: str,
    source: str | int,
    name: str,
    verb: str,
    changes: list[dict[str, Any]] | None = None,
) -> None:
    """Write the audit record of a user or group (``kind``) created, updated or deleted."""
    audit.record(
        cur,
        type=kind,
        source=source,
        activity=f"{kind} {verb}",
        text=f"{kind} '{name}' {verb}",
        user=request.user,
        changes=changes or (),
    )
