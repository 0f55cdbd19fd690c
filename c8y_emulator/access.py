"""Who may call what: global roles per route, and inventory roles per managed object.

Every route that is not public declares a :class:`Rule` (``router.add(..., access=require(...))``).
After authentication the app asks :class:`AccessControl` whether the caller passes it:

- a caller holding one of the rule's global roles (through a user group) passes unrestricted;
- a rule with ``own`` roles also lets a caller through who addresses themselves (the route's
  ``userId`` or ``username`` parameter is their own name) and holds one of those roles;
- a rule with an ``api`` (``MANAGED_OBJECT``, ``MEASUREMENT``, ``EVENT``, ``ALARM``,
  ``OPERATION``) lets every other caller through *restricted*: the handler only shows and changes
  the managed objects (and their data) the caller owns or reaches through an inventory role
  assignment. :attr:`Request.visibility` carries that restriction;
- anyone else gets the platform's 403 (``security/Forbidden``) before the handler runs, so
  nothing changes.

Inventory roles, as the emulator applies them: an assignment grants its roles' permissions on the
assigned managed object and everything below it (child assets and child devices, transitively).
A permission matches an API when its scope is that API or ``*``, and a level when its permission
is that level or ``*`` (``READ`` does not allow writes, and ``ADMIN`` alone does not allow reads:
the platform's UI offers the two apart and ``*`` for both). A permission naming a ``type`` other
than ``*`` only covers items of that type. The owner of a managed object has every permission on
it and its data.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import orjson

from c8y_emulator.errors import forbidden
from c8y_emulator.storage import Storage, parse_id

Level = Literal["READ", "ADMIN"]
API_NAMES = frozenset({"MANAGED_OBJECT", "MEASUREMENT", "EVENT", "ALARM", "OPERATION", "AUDIT"})


@dataclass(frozen=True, slots=True)
class Rule:
    """What a route needs from its caller (build with :func:`require`)."""

    roles: frozenset[str]
    api: str | None = None
    level: Level = "READ"
    own: frozenset[str] = frozenset()
    target: str | None = None


def require(
    *roles: str,
    api: str | None = None,
    level: Level = "READ",
    own: Iterable[str] = (),
    target: str | None = None,
) -> Rule:
    """Declare the access rule of a route.

    Args:
        *roles: Global roles, any one of which lets the caller through. None: any signed-in user.
        api: Inventory role API through which callers without those roles may still reach the
            objects they own or are assigned (the handler then restricts what it shows).
        level: The permission level that API access needs.
        own: Roles that suffice when the route's ``userId`` / ``username`` is the caller.
        target: For a route addressing one item by its ``{id}``: an SQL query taking that id
            and answering the item's managed object id and type (``SELECT source, type FROM
            events WHERE id = ?``). A restricted caller is then checked against that object
            before the handler runs (403), and a missing item is left to the handler (404).
    """
    if api is not None and api not in API_NAMES:
        raise ValueError(f"unknown inventory role API {api!r}")
    if target is not None and api is None:
        raise ValueError("a target needs the api through which it is reached")
    return Rule(frozenset(roles), api, level, frozenset(own), target)


ANY_USER = Rule(frozenset())
"""Any authenticated user (their own profile, login information, ...)."""


@dataclass(frozen=True, slots=True)
class Grant:
    """Managed objects reachable through one permission, limited to items of ``type``.

    ``select`` is an SQL query (with ``args``) answering the objects' ids. It stays a query, not
    a list of ids, so that a user owning many objects costs SQLite one subquery instead of as
    many bound values (SQLite caps those).
    """

    select: str
    args: tuple[object, ...]
    type: str | None = None


# The objects a user owns; the assigned object and everything below it.
_OWNED = "SELECT id FROM managed_objects WHERE owner = ?"
_SUBTREE = (
    "WITH RECURSIVE below(id) AS (SELECT ? UNION SELECT r.child_id FROM "
    "managed_object_references r JOIN below b ON r.parent_id = b.id "
    "WHERE r.kind IN ('childAssets', 'childDevices')) SELECT id FROM below"
)


@dataclass(slots=True)
class Visibility:
    """The managed objects (and their data) a restricted caller may reach for one API and level.

    Attributes:
        user: The caller.
        api: The inventory role API.
        level: ``READ`` or ``ADMIN``.
    """

    user: str
    api: str
    level: Level
    _grants: list[Grant] | None = field(default=None, repr=False)

    def grants(self, cur: sqlite3.Cursor) -> list[Grant]:
        """The caller's grants: owned objects (any type) and inventory role assignments."""
        if self._grants is None:
            self._grants = _grants(cur, self.user, self.api, self.level)
        return self._grants

    def allows(self, cur: sqlite3.Cursor, object_id: int, item_type: str | None = None) -> bool:
        """Whether the caller reaches ``object_id`` (for an item of ``item_type``)."""
        return any(
            (g.type is None or g.type == item_type)
            and cur.execute(f"SELECT ? IN ({g.select})", (object_id, *g.args)).fetchone()[0]
            for g in self.grants(cur)
        )

    def check(self, cur: sqlite3.Cursor, object_id: int, item_type: str | None = None) -> None:
        """Raise the platform's 403 unless :meth:`allows`."""
        if not self.allows(cur, object_id, item_type):
            raise forbidden()

    def where(
        self, cur: sqlite3.Cursor, column: str, type_column: str | None = None
    ) -> tuple[str, list[object]]:
        """An SQL condition (and its arguments) keeping the rows whose ``column`` is reachable.

        Args:
            cur: The transaction's cursor.
            column: The column holding the managed object id (``id``, ``source``, ...).
            type_column: The column holding the item's type, for typed permissions; without
                one, typed permissions grant nothing.
        """
        clauses: list[str] = []
        args: list[object] = []
        for grant in self.grants(cur):
            if grant.type is not None and type_column is None:
                continue
            clause = f"{column} IN ({grant.select})"
            args.extend(grant.args)
            if grant.type is not None:
                clause = f"({clause} AND {type_column} = ?)"
                args.append(grant.type)
            clauses.append(clause)
        if not clauses:
            return "0", []
        return "(" + " OR ".join(clauses) + ")", args


RolesOf = Callable[[sqlite3.Cursor, str], frozenset[str]]


class AccessControl:
    """Applies route rules to callers.

    Args:
        storage: The tenant's database.
        roles_of: The global roles a user holds, read in a transaction.
    """

    def __init__(self, storage: Storage, roles_of: RolesOf) -> None:
        self._storage = storage
        self._roles_of = roles_of

    def check(self, rule: Rule, user: str, params: Mapping[str, str]) -> Visibility | None:
        """Let the caller through (None: unrestricted; a :class:`Visibility`: restricted).

        Raises:
            ApiError: 403 when the caller may not use the route at all.
        """
        if not rule.roles:
            return None
        # One read for the roles and, for a restricted caller, the target's object.
        with self._storage.read() as cur:
            held = self._roles_of(cur, user)
            if held & rule.roles:
                return None
            addressed = user in (params.get("userId"), params.get("username"))
            if rule.own and held & rule.own and addressed:
                return None
            if rule.api is None:
                raise forbidden()
            visibility = Visibility(user, rule.api, rule.level)
            item_id = None if rule.target is None else parse_id(params.get("id", ""))
            if rule.target is not None and item_id is not None:
                row = cur.execute(rule.target, (item_id,)).fetchone()
                if row is not None:
                    visibility.check(cur, int(row[0]), None if row[1] is None else str(row[1]))
        return visibility


def _permits(permission: Mapping[str, object], api: str, level: Level) -> bool:
    return permission.get("scope") in (api, "*") and permission.get("permission") in (level, "*")


def _grants(cur: sqlite3.Cursor, user: str, api: str, level: Level) -> list[Grant]:
    grants = [Grant(_OWNED, (user,))]
    role_bodies: dict[int, list[Mapping[str, object]]] = {}
    for raw_object, raw_roles in cur.execute(
        "SELECT managed_object, roles FROM inventory_assignments WHERE username = ?", (user,)
    ).fetchall():
        types: set[str | None] = set()
        for role_id in orjson.loads(raw_roles):
            if role_id not in role_bodies:
                row = cur.execute(
                    "SELECT body FROM inventory_roles WHERE id = ?", (role_id,)
                ).fetchone()
                role_bodies[role_id] = orjson.loads(row[0]).get("permissions", []) if row else []
            for permission in role_bodies[role_id]:
                if _permits(permission, api, level):
                    kind = permission.get("type", "*")
                    types.add(None if kind == "*" else str(kind))
        if not types:
            continue
        root = (int(raw_object),)
        grants.extend(Grant(_SUBTREE, root, kind) for kind in sorted(types, key=str))
    return grants


@dataclass(frozen=True, slots=True)
class DataRules:
    """The usual rules of one API whose items belong to managed objects."""

    read: Rule
    """List and query: the global read role, or restricted to reachable objects."""
    read_one: Rule
    """Read one item by ``{id}``: as :attr:`read`, the item's object checked first."""
    write: Rule
    """Create: the global admin role, or restricted (the handler checks the new item's source)."""
    write_one: Rule
    """Change or delete one item by ``{id}``: as :attr:`write`, its object checked first."""
    admin: Rule
    """Collection-wide changes (bulk update, delete by filter): the global admin role only."""


def data_rules(role_prefix: str, api: str, target: str) -> DataRules:
    """The rules of an API whose roles are ``<role_prefix>_READ`` and ``<role_prefix>_ADMIN``.

    Args:
        role_prefix: E.g. ``"ROLE_ALARM"``.
        api: Its inventory role API, e.g. ``"ALARM"``.
        target: The SQL answering an item's managed object and type (see :func:`require`).
    """
    read, admin = f"{role_prefix}_READ", f"{role_prefix}_ADMIN"
    return DataRules(
        read=require(read, api=api),
        read_one=require(read, api=api, target=target),
        write=require(admin, api=api, level="ADMIN"),
        write_one=require(admin, api=api, level="ADMIN", target=target),
        admin=require(admin),
    )


INVENTORY_RULES = DataRules(
    read=require("ROLE_INVENTORY_READ", api="MANAGED_OBJECT"),
    read_one=require(
        "ROLE_INVENTORY_READ",
        api="MANAGED_OBJECT",
        target="SELECT id, type FROM managed_objects WHERE id = ?",
    ),
    # Creating needs the create role; the creator owns (and so reaches) what it creates.
    write=require("ROLE_INVENTORY_ADMIN", "ROLE_INVENTORY_CREATE"),
    write_one=require(
        "ROLE_INVENTORY_ADMIN",
        api="MANAGED_OBJECT",
        level="ADMIN",
        target="SELECT id, type FROM managed_objects WHERE id = ?",
    ),
    admin=require("ROLE_INVENTORY_ADMIN"),
)
"""The inventory's rules (managed objects, their references, binaries)."""


def restrict(
    visibility: Visibility | None,
    cur: sqlite3.Cursor,
    clauses: list[str],
    args: list[Any],
    column: str,
    type_column: str | None = None,
) -> None:
    """Narrow a list query to what a restricted caller reaches (no-op when unrestricted).

    Appends one condition to ``clauses`` and its values to ``args``, so the caller's query
    keeps its other filters. ``column`` holds the managed object id of each row.
    """
    if visibility is not None:
        clause, values = visibility.where(cur, column, type_column)
        clauses.append(clause)
        args.extend(values)


def check_target(
    visibility: Visibility | None,
    cur: sqlite3.Cursor,
    object_id: int,
    item_type: str | None = None,
) -> None:
    """Refuse (403) a restricted caller's write or read on an object it does not reach."""
    if visibility is not None:
        visibility.check(cur, object_id, item_type)
