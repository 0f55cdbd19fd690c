"""Inventory: managed objects, their child references and availability.

Storage: each managed object is one row whose ``body`` column holds the object's JSON text
(every fragment plus ``owner``, ``creationTime`` and ``lastUpdated``). Answers splice that stored
text after a generated ``id``/``self`` prefix instead of parsing and re-serialising it, so a page of
2000 objects costs little more than reading the rows. ``type``, ``name`` and ``owner`` are kept in
columns too, for SQL filtering; ``ref_count`` counts the references an object takes part in, so
objects without any skip the reference lookup.

References (``childDevices``, ``childAssets``, ``childAdditions``) are rows of
``managed_object_references``; every object shows the three child fragments (references listed
unless ``withChildren=false``, counted with ``withChildrenCount=true``) and the three parent
fragments (``deviceParents``, ``assetParents``, ``additionParents``: the direct parents, or every
ancestor with ``withParents=true``). The default of ``withChildren`` follows the feature toggle
``core.inventory.without.children`` (:mod:`c8y_emulator.features`): off, as on existing tenants,
children are listed; on, they are listed only with ``withChildren=true``. Answers to POST and PUT
and the objects inside reference answers follow the same default.

``DELETE`` with ``withDeviceUser=true`` also removes the device users
(:mod:`c8y_emulator.deviceregistration`) that own a deleted object.

Read-only members (``id``, ``self``, ``creationTime``, ``lastUpdated`` and the six reference
fragments) are ignored when a client sends them. A PUT merges top-level fragments; a ``null``
value removes the fragment; a body holding only ``id`` is an availability heartbeat.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import orjson

from c8y_emulator import deviceregistration, identity, media
from c8y_emulator.access import ANY_USER, INVENTORY_RULES, check_target, restrict
from c8y_emulator.errors import ApiError, invalid_data, not_found
from c8y_emulator.paging import PageRequest, page_response, parse_page_request
from c8y_emulator.query import (
    ParsedQuery,
    Predicate,
    QueryError,
    compile_filter,
    parse_query,
    sort_documents,
)
from c8y_emulator.storage import Storage, fetch_raw_text, now_iso, parse_id
from c8y_emulator.web import Request, Response, Router, json_response, write_response

AREA = "inventory"
BASE_PATH = "/inventory/managedObjects"
MAX_BULK = 50

SCHEMA = """
CREATE TABLE IF NOT EXISTS managed_objects (
    id INTEGER PRIMARY KEY,
    type TEXT,
    name TEXT,
    owner TEXT NOT NULL,
    last_message TEXT,
    ref_count INTEGER NOT NULL DEFAULT 0,
    body TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS managed_objects_by_type ON managed_objects (type, id);
CREATE INDEX IF NOT EXISTS managed_objects_by_owner ON managed_objects (owner, id);
CREATE TABLE IF NOT EXISTS managed_object_references (
    parent_id INTEGER NOT NULL,
    kind TEXT NOT NULL,
    child_id INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    PRIMARY KEY (parent_id, kind, child_id)
);
CREATE INDEX IF NOT EXISTS managed_object_references_by_child
    ON managed_object_references (child_id, kind);
"""

CHILD_KINDS = ("childDevices", "childAssets", "childAdditions")
PARENT_OF = {
    "childDevices": "deviceParents",
    "childAssets": "assetParents",
    "childAdditions": "additionParents",
}
REFERENCE_FRAGMENTS = frozenset(CHILD_KINDS) | frozenset(PARENT_OF.values())
READ_ONLY = frozenset({"id", "self", "creationTime", "lastUpdated"}) | REFERENCE_FRAGMENTS
STRING_FIELDS = ("name", "type", "owner")


# --- validation --------------------------------------------------------------------------------


def _clean_fragments(document: dict[str, Any], *, for_update: bool) -> dict[str, Any]:
    """Drop read-only members and check the types of the standard ones."""
    fragments: dict[str, Any] = {}
    for key, value in document.items():
        if key in READ_ONLY:
            continue
        if key == "":
            raise invalid_data(AREA, "Fragment names must not be empty")
        if key in STRING_FIELDS and value is not None and not isinstance(value, str):
            raise invalid_data(AREA, f"Field {key} must be a string, got {type(value).__name__}")
        if key == "owner" and value is None and for_update:
            raise invalid_data(AREA, "Field owner cannot be removed")
        if value is None and not for_update:
            continue
        fragments[key] = value
    return fragments


def _missing(raw_id: str) -> ApiError:
    return not_found(
        AREA, f"Finding managed object from database failed : No managedObject for id '{raw_id}'!"
    )


# --- rows and rendering ------------------------------------------------------------------------


_Row = tuple[bytes, bytes, int]
"""A stored managed object: id as ASCII bytes, JSON body bytes, reference count."""


@dataclass(frozen=True, slots=True)
class RenderOptions:
    """What an object's reference fragments show."""

    with_children: bool = False
    with_children_count: bool = False
    with_parents: bool = False
    skip_children_names: bool = False

    @classmethod
    def from_request(cls, request: Request, *, children_default: bool = False) -> RenderOptions:
        """Read ``withChildren``, ``withChildrenCount``, ``withParents``, ``skipChildrenNames``.

        Args:
            request: The request.
            children_default: ``withChildren`` when the request does not say.
        """
        return cls(
            with_children=request.flag("withChildren", AREA, children_default),
            with_children_count=request.flag("withChildrenCount", AREA),
            with_parents=request.flag("withParents", AREA),
            skip_children_names=request.flag("skipChildrenNames", AREA),
        )


_Ref = tuple[int, str | None]  # (id, name)


@dataclass(slots=True)
class _Relations:
    children: dict[tuple[int, str], list[_Ref]]
    parents: dict[tuple[int, str], list[_Ref]]


class Renderer:
    """Builds managed object JSON bytes from stored rows for one request's base URL."""

    def __init__(self, base_url: str, options: RenderOptions) -> None:
        self.base = base_url.encode()
        self.options = options
        mo = base_url + BASE_PATH + "/"  # the app admits only [A-Za-z0-9.:_-[]] hosts
        self._mo = mo
        simple = (
            '{"id":"%(id)s","self":"'
            + mo
            + '%(id)s",'
            + ",".join(
                f'"{kind}":{{"self":"{mo}%(id)s/{kind}","references":[]}}'
                for kind in (*CHILD_KINDS, *PARENT_OF.values())
            )
        )
        # The prefix of an object without references, split where its id goes.
        self._parts = simple.encode().split(b"%(id)s")

    def render_rows(self, cur: sqlite3.Cursor, rows: Sequence[_Row]) -> list[bytes]:
        """Render rows in order (one batched reference lookup for those that need it)."""
        opts = self.options
        needs_lookup = [int(row[0]) for row in rows if row[2] or opts.with_children_count]
        relations = _load_relations(cur, needs_lookup, opts) if needs_lookup else None
        out: list[bytes] = []
        parts = self._parts
        for row in rows:
            sid, body, ref_count = row
            tail = b"}" if len(body) <= 2 else b"," + body[1:]
            if relations is None or (ref_count == 0 and not opts.with_children_count):
                out.append(sid.join(parts) + tail)
            else:
                out.append(self._with_references(int(sid), relations) + tail)
        return out

    def _tuple(self, parent: int, kind: str, ref: _Ref, *, child: int) -> dict[str, Any]:
        managed: dict[str, Any] = {"id": str(ref[0]), "self": f"{self._mo}{ref[0]}"}
        if ref[1] is not None and not self.options.skip_children_names:
            managed["name"] = ref[1]
        return {"managedObject": managed, "self": f"{self._mo}{parent}/{kind}/{child}"}

    def _with_references(self, object_id: int, relations: _Relations) -> bytes:
        opts = self.options
        head: dict[str, Any] = {"id": str(object_id), "self": f"{self._mo}{object_id}"}
        for kind in CHILD_KINDS:
            refs = relations.children.get((object_id, kind), [])
            fragment: dict[str, Any] = {"self": f"{self._mo}{object_id}/{kind}"}
            fragment["references"] = (
                [self._tuple(object_id, kind, ref, child=ref[0]) for ref in refs]
                if opts.with_children
                else []
            )
            if opts.with_children_count:
                fragment["count"] = len(refs)
            head[kind] = fragment
        for kind, parent_kind in PARENT_OF.items():
            refs = relations.parents.get((object_id, kind), [])
            head[parent_kind] = {
                "self": f"{self._mo}{object_id}/{parent_kind}",
                "references": [self._tuple(ref[0], kind, ref, child=object_id) for ref in refs],
            }
        return orjson.dumps(head)[:-1]


def _load_relations(cur: sqlite3.Cursor, ids: list[int], opts: RenderOptions) -> _Relations:
    children: dict[tuple[int, str], list[_Ref]] = {}
    parents: dict[tuple[int, str], list[_Ref]] = {}
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        for parent_id, kind, child_id, child_name in cur.execute(
            "SELECT r.parent_id, r.kind, r.child_id, m.name FROM managed_object_references r "
            f"JOIN managed_objects m ON m.id = r.child_id WHERE r.parent_id IN ({marks}) "
            "ORDER BY r.seq",
            chunk,
        ):
            children.setdefault((parent_id, kind), []).append((child_id, child_name))
        for parent_id, kind, child_id, parent_name in cur.execute(
            "SELECT r.parent_id, r.kind, r.child_id, m.name FROM managed_object_references r "
            f"JOIN managed_objects m ON m.id = r.parent_id WHERE r.child_id IN ({marks}) "
            "ORDER BY r.seq",
            chunk,
        ):
            parents.setdefault((child_id, kind), []).append((parent_id, parent_name))
    if opts.with_parents:
        for object_id in ids:
            for kind in CHILD_KINDS:
                direct = parents.get((object_id, kind))
                if direct:
                    parents[(object_id, kind)] = _ancestors(cur, object_id, kind)
    return _Relations(children, parents)


def _ancestors(cur: sqlite3.Cursor, object_id: int, kind: str) -> list[_Ref]:
    """All ancestors over references of ``kind``, nearest first, each once."""
    seen: set[int] = {object_id}
    result: list[_Ref] = []
    frontier = [object_id]
    while frontier:
        next_frontier: list[int] = []
        for current in frontier:
            for parent_id, name in cur.execute(
                "SELECT r.parent_id, m.name FROM managed_object_references r "
                "JOIN managed_objects m ON m.id = r.parent_id "
                "WHERE r.child_id = ? AND r.kind = ? ORDER BY r.seq",
                (current, kind),
            ):
                if parent_id not in seen:
                    seen.add(parent_id)
                    result.append((parent_id, name))
                    next_frontier.append(parent_id)
        frontier = next_frontier
    return result


def _chunks(ids: Sequence[int], size: int = 900) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


_ROW_COLUMNS = "CAST(managed_objects.id AS TEXT), managed_objects.body, managed_objects.ref_count"


def _fetch_row(cur: sqlite3.Cursor, object_id: int) -> _Row | None:
    found = fetch_raw_text(
        cur, f"SELECT {_ROW_COLUMNS} FROM managed_objects WHERE id = ?", (object_id,)
    )
    return found[0] if found else None


def _document(row: _Row) -> dict[str, Any]:
    document: dict[str, Any] = orjson.loads(row[1])
    document["id"] = row[0].decode()
    return document


# --- writes ------------------------------------------------------------------------------------


def insert_managed_object(
    cur: sqlite3.Cursor, storage: Storage, document: dict[str, Any], owner: str
) -> int:
    """Create one managed object from a client document (inside the caller's transaction).

    ``externalIds`` in the document are registered with the identity service in the same
    transaction.

    Raises:
        ApiError: 422 for invalid fields, 409 for an external id that is already taken.
    """
    external_ids = document.get("externalIds")
    fragments = _clean_fragments(
        {k: v for k, v in document.items() if k != "externalIds"}, for_update=False
    )
    pairs = identity.parse_external_id_list(external_ids) if external_ids is not None else []
    stamp = now_iso()
    fragments.setdefault("owner", owner)
    fragments["creationTime"] = stamp
    fragments["lastUpdated"] = stamp
    object_id = storage.next_id(cur)
    cur.execute(
        "INSERT INTO managed_objects (id, type, name, owner, body) VALUES (?, ?, ?, ?, ?)",
        (
            object_id,
            fragments.get("type"),
            fragments.get("name"),
            fragments["owner"],
            orjson.dumps(fragments).decode(),
        ),
    )
    for id_type, value in pairs:
        identity.insert_external_id(cur, object_id, id_type, value)
    return object_id


def _update_managed_object(cur: sqlite3.Cursor, object_id: int, changes: dict[str, Any]) -> None:
    row = cur.execute("SELECT body FROM managed_objects WHERE id = ?", (object_id,)).fetchone()
    if row is None:
        raise _missing(str(object_id))
    fragments: dict[str, Any] = orjson.loads(row[0])
    for key, value in _clean_fragments(changes, for_update=True).items():
        if value is None:
            fragments.pop(key, None)
        else:
            fragments[key] = value
    fragments["lastUpdated"] = now_iso()
    cur.execute(
        "UPDATE managed_objects SET type = ?, name = ?, owner = ?, body = ? WHERE id = ?",
        (
            fragments.get("type"),
            fragments.get("name"),
            fragments["owner"],
            orjson.dumps(fragments).decode(),
            object_id,
        ),
    )


def _check_child(request: Request, cur: sqlite3.Cursor, child_id: int) -> None:
    """Refuse (403) a restricted caller's reference to a child it does not reach itself.

    The route's rule checks only the parent: without this, linking any object below an
    assigned group would put it in the caller's subtree, and a reference would show it.
    """
    if request.visibility is not None:
        row = cur.execute("SELECT type FROM managed_objects WHERE id = ?", (child_id,)).fetchone()
        check_target(request.visibility, cur, child_id, row[0] if row else None)


def _exists(cur: sqlite3.Cursor, object_id: int) -> bool:
    return (
        cur.execute("SELECT 1 FROM managed_objects WHERE id = ?", (object_id,)).fetchone()
        is not None
    )


def add_reference(cur: sqlite3.Cursor, parent_id: int, kind: str, child_id: int) -> None:
    """Assign ``child_id`` to ``parent_id`` as a ``kind`` reference (no-op when present)."""
    if parent_id == child_id:
        raise invalid_data(AREA, f"Managed object {parent_id} cannot be its own child")
    if cur.execute(
        "SELECT 1 FROM managed_object_references WHERE parent_id = ? AND kind = ? AND child_id = ?",
        (parent_id, kind, child_id),
    ).fetchone():
        return
    seq = cur.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM managed_object_references").fetchone()[
        0
    ]
    cur.execute(
        "INSERT INTO managed_object_references (parent_id, kind, child_id, seq) "
        "VALUES (?, ?, ?, ?)",
        (parent_id, kind, child_id, seq),
    )
    cur.execute(
        "UPDATE managed_objects SET ref_count = ref_count + 1 WHERE id IN (?, ?)",
        (parent_id, child_id),
    )


def _remove_reference(cur: sqlite3.Cursor, parent_id: int, kind: str, child_id: int) -> bool:
    cur.execute(
        "DELETE FROM managed_object_references WHERE parent_id = ? AND kind = ? AND child_id = ?",
        (parent_id, kind, child_id),
    )
    if cur.rowcount == 0:
        return False
    cur.execute(
        "UPDATE managed_objects SET ref_count = ref_count - 1 WHERE id IN (?, ?)",
        (parent_id, child_id),
    )
    return True


def _is_group(cur: sqlite3.Cursor, object_id: int) -> bool:
    row = cur.execute(
        "SELECT json_type(body, '$.c8y_IsDeviceGroup') IS NOT NULL "
        "FROM managed_objects WHERE id = ?",
        (object_id,),
    ).fetchone()
    return bool(row and row[0])


def _is_device_or_group(cur: sqlite3.Cursor, object_id: int) -> bool:
    row = cur.execute(
        "SELECT json_type(body, '$.c8y_IsDeviceGroup') IS NOT NULL "
        "OR json_type(body, '$.c8y_IsDevice') IS NOT NULL FROM managed_objects WHERE id = ?",
        (object_id,),
    ).fetchone()
    return bool(row and row[0])


def _children(cur: sqlite3.Cursor, object_id: int, kinds: Sequence[str]) -> list[int]:
    marks = ",".join("?" * len(kinds))
    return [
        r[0]
        for r in cur.execute(
            "SELECT child_id FROM managed_object_references "
            f"WHERE parent_id = ? AND kind IN ({marks}) ORDER BY seq",
            (object_id, *kinds),
        )
    ]


def _deletion_set(cur: sqlite3.Cursor, root: int, *, cascade: bool, force: bool) -> list[int]:
    """Ids to delete for DELETE ``root``: the platform's cascade rules, cycles tolerated."""
    doomed: list[int] = [root]
    seen = {root}
    frontier = [root]
    while frontier:
        current = frontier.pop()
        if force or (cascade and _is_device_or_group(cur, current)):
            candidates = _children(cur, current, CHILD_KINDS)
        elif _is_group(cur, current):
            # Without cascade, deleting a group removes its subgroups but keeps the devices.
            candidates = [c for c in _children(cur, current, ("childAssets",)) if _is_group(cur, c)]
        else:
            candidates = []
        for child in candidates:
            if child not in seen:
                seen.add(child)
                doomed.append(child)
                frontier.append(child)
    return doomed


def _owners(cur: sqlite3.Cursor, ids: Sequence[int]) -> list[str]:
    owners: set[str] = set()
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        rows = cur.execute(f"SELECT owner FROM managed_objects WHERE id IN ({marks})", chunk)
        owners.update(str(row[0]) for row in rows)
    return sorted(owners)


def delete_managed_objects(cur: sqlite3.Cursor, storage: Storage, ids: list[int]) -> None:
    """Delete objects, their references (fixing the other side's counts) and dependent data."""
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        refs = cur.execute(
            "SELECT parent_id, kind, child_id FROM managed_object_references "
            f"WHERE parent_id IN ({marks}) OR child_id IN ({marks})",
            (*chunk, *chunk),
        ).fetchall()
        for parent_id, kind, child_id in refs:
            _remove_reference(cur, parent_id, kind, child_id)
    storage.source_deleted(cur, ids)
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        cur.execute(f"DELETE FROM managed_objects WHERE id IN ({marks})", chunk)


# --- queries -----------------------------------------------------------------------------------


def _group_members(cur: sqlite3.Cursor, raw_ids: Sequence[str]) -> set[str]:
    ids = [i for i in (parse_id(r) for r in raw_ids) if i is not None]
    members: set[str] = set()
    for object_id in ids:
        members.update(str(c) for c in _children(cur, object_id, ("childAssets",)))
    return members


def _hierarchy_members(cur: sqlite3.Cursor, raw_ids: Sequence[str]) -> set[str]:
    ids = [i for i in (parse_id(r) for r in raw_ids) if i is not None]
    members: set[int] = set()
    frontier = [i for i in ids if _exists(cur, i)]
    while frontier:
        current = frontier.pop()
        if current in members:
            continue
        members.add(current)
        frontier.extend(_children(cur, current, ("childAssets", "childDevices")))
    return {str(m) for m in members}


def _compile_query(
    cur: sqlite3.Cursor, text: str, *, device_only: bool
) -> tuple[Predicate | None, ParsedQuery]:
    try:
        parsed = parse_query(text)
    except QueryError as exc:
        raise invalid_data(
            AREA, f"Find by filter query failed : Query could not be understood: {exc}"
        ) from None
    predicate = (
        compile_filter(
            parsed.filter,
            group_members=lambda ids: _group_members(cur, ids),
            hierarchy_members=lambda ids: _hierarchy_members(cur, ids),
        )
        if parsed.filter is not None
        else None
    )
    if device_only:
        inner = predicate
        predicate = (
            (lambda doc: "c8y_IsDevice" in doc and inner(doc))
            if inner is not None
            else (lambda doc: "c8y_IsDevice" in doc)
        )
    return predicate, parsed


_TEXT_SPLIT = re.compile(r"[\s/\-.,;:|\\]+")


def _text_predicate(cur: sqlite3.Cursor, text: str) -> Predicate:
    stripped = text.strip()
    if len(stripped) >= 2 and stripped[0] == stripped[-1] == '"':
        phrase = stripped[1:-1].lower()

        def matches(values: list[str]) -> bool:
            return any(phrase in v.lower() for v in values)
    else:
        tokens = {t.lower() for t in _TEXT_SPLIT.split(stripped) if t}

        def matches(values: list[str]) -> bool:
            for value in values:
                words = {w.lower() for w in _TEXT_SPLIT.split(value) if w}
                if tokens & words:
                    return True
            return False

    def predicate(doc: dict[str, Any]) -> bool:
        values = [doc["id"]] + [
            doc[k] for k in ("type", "name", "owner") if isinstance(doc.get(k), str)
        ]
        values.extend(identity.external_id_values(cur, int(doc["id"])))
        return matches(values)

    return predicate


def _json_key_path(fragment: str) -> str | None:
    if '"' in fragment or "\\" in fragment:
        return None
    return f'$."{fragment}"'


@dataclass(slots=True)
class _Selection:
    where: list[str]
    args: list[Any]
    predicates: list[Predicate]
    order: tuple[tuple[tuple[str, ...], bool], ...]


def _selection(request: Request, cur: sqlite3.Cursor) -> _Selection:
    where: list[str] = []
    args: list[Any] = []
    predicates: list[Predicate] = []
    order: tuple[tuple[tuple[str, ...], bool], ...] = ()
    query_text = request.param("query")
    legacy_text = request.param("q")
    for text, device_only in ((query_text, False), (legacy_text, True)):
        if text:
            predicate, parsed = _compile_query(cur, text, device_only=device_only)
            if predicate is not None:
                predicates.append(predicate)
            order = order or parsed.order
    object_type = request.param("type")
    if object_type and not (query_text or legacy_text):  # documented: query overrides type
        where.append("type = ?")
        args.append(object_type)
    owner = request.param("owner")
    if owner:
        where.append("owner = ?")
        args.append(owner)
    fragment = request.param("fragmentType")
    if fragment:
        key_path = _json_key_path(fragment)
        if key_path is None:
            predicates.append(lambda doc, f=fragment: f in doc)  # type: ignore[misc]
        else:
            where.append("json_type(body, ?) IS NOT NULL")
            args.append(key_path)
    raw_ids = [p for value in request.query.get("ids", []) for p in value.split(",") if p.strip()]
    if raw_ids:
        ids = [i for i in (parse_id(r.strip()) for r in raw_ids) if i is not None]
        where.append(f"id IN ({','.join('?' * len(ids))})" if ids else "0")
        args.extend(ids)
    if request.flag("onlyRoots", AREA):
        where.append(
            "NOT EXISTS (SELECT 1 FROM managed_object_references r "
            "WHERE r.child_id = managed_objects.id)"
        )
    for param, kind in (
        ("childDeviceId", "childDevices"),
        ("childAssetId", "childAssets"),
        ("childAdditionId", "childAdditions"),
    ):
        raw = request.param(param)
        if raw:
            where.append(
                "id IN (SELECT parent_id FROM managed_object_references "
                "WHERE kind = ? AND child_id = ?)"
            )
            args.extend((kind, parse_id(raw) or -1))
    text = request.param("text")
    if text and text.strip():
        predicates.append(_text_predicate(cur, text))
    return _Selection(where, args, predicates, order)


def _select_rows(
    cur: sqlite3.Cursor,
    selection: _Selection,
    page: PageRequest,
    *,
    join: str = "",
    order_sql: str = "managed_objects.id",
) -> tuple[list[_Row], bool, int | None]:
    """Run a selection; return the page's rows, whether more follow, and the total if asked."""
    where = " AND ".join(selection.where) if selection.where else "1"
    base = f"SELECT {_ROW_COLUMNS} FROM managed_objects {join} WHERE {where}"
    if not selection.predicates and not selection.order:
        rows: list[_Row] = fetch_raw_text(
            cur,
            f"{base} ORDER BY {order_sql} LIMIT ? OFFSET ?",
            (*selection.args, page.page_size + 1, page.offset),
        )
        total = None
        if page.needs_total:
            total = cur.execute(
                f"SELECT COUNT(*) FROM managed_objects {join} WHERE {where}", selection.args
            ).fetchone()[0]
        return rows[: page.page_size], len(rows) > page.page_size, total
    candidates: list[_Row] = fetch_raw_text(cur, f"{base} ORDER BY {order_sql}", selection.args)
    documents = []
    by_id: dict[str, _Row] = {}
    for row in candidates:
        document = _document(row)
        if all(p(document) for p in selection.predicates):
            documents.append(document)
            by_id[document["id"]] = row
    if selection.order:
        documents = sort_documents(documents, selection.order)
    start, end = page.offset, page.offset + page.page_size
    chosen = [by_id[d["id"]] for d in documents[start:end]]
    return chosen, len(documents) > end, len(documents)


# --- handlers ----------------------------------------------------------------------------------


ChildrenDefault = Callable[[], bool]
"""Tells whether answers list children when ``withChildren`` is not given."""


def register(
    router: Router, storage: Storage, children_default: ChildrenDefault = lambda: False
) -> None:
    """Add the inventory's routes to ``router``.

    Args:
        router: The app's router.
        storage: The database.
        children_default: The current default of ``withChildren`` (a feature toggle).
    """
    api = _InventoryApi(storage, children_default)
    router.add("GET", "/inventory", api.get_api, access=ANY_USER)
    router.add("GET", BASE_PATH, api.list_objects, access=INVENTORY_RULES.read)
    router.add("POST", BASE_PATH, api.create_objects, access=INVENTORY_RULES.write)
    router.add("PUT", BASE_PATH, api.update_objects, access=INVENTORY_RULES.admin)
    router.add("GET", BASE_PATH + "/{id}", api.get_object, access=INVENTORY_RULES.read_one)
    router.add("PUT", BASE_PATH + "/{id}", api.update_object, access=INVENTORY_RULES.write_one)
    router.add("DELETE", BASE_PATH + "/{id}", api.delete_object, access=INVENTORY_RULES.write_one)
    router.add(
        "GET",
        BASE_PATH + "/{id}/availability",
        api.get_availability,
        access=INVENTORY_RULES.read_one,
    )
    for kind in CHILD_KINDS:
        refs = _ReferenceApi(storage, kind, children_default)
        router.add(
            "GET",
            f"{BASE_PATH}/{{id}}/{kind}",
            refs.list_references,
            access=INVENTORY_RULES.read_one,
        )
        router.add(
            "POST",
            f"{BASE_PATH}/{{id}}/{kind}",
            refs.add_references,
            access=INVENTORY_RULES.write_one,
        )
        router.add(
            "DELETE",
            f"{BASE_PATH}/{{id}}/{kind}",
            refs.remove_references,
            access=INVENTORY_RULES.write_one,
        )
        router.add(
            "GET",
            f"{BASE_PATH}/{{id}}/{kind}/{{childId}}",
            refs.get_reference,
            access=INVENTORY_RULES.read_one,
        )
        router.add(
            "DELETE",
            f"{BASE_PATH}/{{id}}/{kind}/{{childId}}",
            refs.remove_reference,
            access=INVENTORY_RULES.write_one,
        )


def _render_one(
    request: Request, cur: sqlite3.Cursor, object_id: int, options: RenderOptions | None = None
) -> bytes:
    row = _fetch_row(cur, object_id)
    if row is None:
        raise _missing(str(object_id))
    return Renderer(request.base_url, options or RenderOptions()).render_rows(cur, [row])[0]


class _InventoryApi:
    def __init__(self, storage: Storage, children_default: ChildrenDefault) -> None:
        self.storage = storage
        self.children_default = children_default

    def _options(self, request: Request | None = None) -> RenderOptions:
        """Render options of a request (defaults only, for POST and PUT answers: None)."""
        default = self.children_default()
        if request is None:
            return RenderOptions(with_children=default)
        return RenderOptions.from_request(request, children_default=default)

    def get_api(self, request: Request, params: dict[str, str]) -> Response:
        mo = request.url(BASE_PATH)
        document = {
            "self": request.url("/inventory"),
            "managedObjects": {"self": mo, "references": []},
            "managedObjectsForType": mo + "?type={type}",
            "managedObjectsForFragmentType": mo + "?fragmentType={fragmentType}",
            "managedObjectsForListOfIds": mo + "?ids={ids}",
        }
        return json_response(request, 200, document, media.INVENTORY_API)

    def list_objects(self, request: Request, params: dict[str, str]) -> Response:
        page = parse_page_request(request, AREA)
        options = self._options(request)
        with self.storage.read() as cur:
            selection = _selection(request, cur)
            restrict(
                request.visibility,
                cur,
                selection.where,
                selection.args,
                "managed_objects.id",
                "managed_objects.type",
            )
            rows, has_more, total = _select_rows(cur, selection, page)
            items = Renderer(request.base_url, options).render_rows(cur, rows)
        return page_response(
            request,
            page,
            key="managedObjects",
            items=items,
            has_more=has_more,
            total=total,
            media_type=media.MANAGED_OBJECT_COLLECTION,
        )

    def create_objects(self, request: Request, params: dict[str, str]) -> Response:
        document = request.json_object(AREA)
        if request.content_type == media.MANAGED_OBJECT_COLLECTION:
            return self._create_many(request, document)
        with self.storage.write() as cur:
            object_id = insert_managed_object(cur, self.storage, document, request.user)
            body = _render_one(request, cur, object_id, self._options())
            self.storage.notify(cur, "managedobjects", "CREATE", body)
        response = write_response(request, 201, body, media.MANAGED_OBJECT)
        response.headers.append((b"location", request.url(f"{BASE_PATH}/{object_id}").encode()))
        return response

    def _create_many(self, request: Request, document: dict[str, Any]) -> Response:
        items = document.get("managedObjects")
        if not isinstance(items, list) or not items:
            raise invalid_data(AREA, "managedObjects must be a non-empty list of managed objects")
        if len(items) > MAX_BULK:
            raise invalid_data(
                AREA, f"At most {MAX_BULK} managed objects per bulk request, got {len(items)}"
            )
        if not all(isinstance(item, dict) for item in items):
            raise invalid_data(AREA, "Every entry of managedObjects must be a JSON object")
        with self.storage.write() as cur:
            ids = [insert_managed_object(cur, self.storage, item, request.user) for item in items]
            rows = [r for r in (_fetch_row(cur, i) for i in ids) if r is not None]
            rendered = Renderer(request.base_url, self._options()).render_rows(cur, rows)
            for one in rendered:
                self.storage.notify(cur, "managedobjects", "CREATE", one)
        body = b'{"managedObjects":[' + b",".join(rendered) + b"]}"
        return write_response(request, 201, body, media.MANAGED_OBJECT_COLLECTION)

    def get_object(self, request: Request, params: dict[str, str]) -> Response:
        object_id = parse_id(params["id"])
        options = self._options(request)
        with self.storage.read() as cur:
            row = _fetch_row(cur, object_id) if object_id is not None else None
            if row is None:
                raise _missing(params["id"])
            body = Renderer(request.base_url, options).render_rows(cur, [row])[0]
        return Response(200, body, media.negotiate(request.headers, media.MANAGED_OBJECT))

    def update_object(self, request: Request, params: dict[str, str]) -> Response:
        object_id = parse_id(params["id"])
        document = request.json_object(AREA)
        if object_id is None:
            raise _missing(params["id"])
        heartbeat = set(document) <= {"id"} and "id" in document
        with self.storage.write() as cur:
            if not _exists(cur, object_id):
                raise _missing(params["id"])
            if heartbeat:
                cur.execute(
                    "UPDATE managed_objects SET last_message = ? WHERE id = ?",
                    (now_iso(), object_id),
                )
                body = orjson.dumps({"id": str(object_id)})
            else:
                _update_managed_object(cur, object_id, document)
                body = _render_one(request, cur, object_id, self._options())
                self.storage.notify(cur, "managedobjects", "UPDATE", body)
        return write_response(request, 200, body, media.MANAGED_OBJECT)

    def update_objects(self, request: Request, params: dict[str, str]) -> Response:
        document = request.json_object(AREA)
        items = document.get("managedObjects")
        if not isinstance(items, list) or not items:
            raise invalid_data(AREA, "managedObjects must be a non-empty list of managed objects")
        if len(items) > MAX_BULK:
            raise invalid_data(
                AREA, f"At most {MAX_BULK} managed objects per bulk request, got {len(items)}"
            )
        targets: list[tuple[int, dict[str, Any]]] = []
        for item in items:
            if not isinstance(item, dict) or not isinstance(item.get("id"), str):
                raise invalid_data(
                    AREA, "Every entry of managedObjects must be an object with a string id"
                )
            object_id = parse_id(item["id"])
            if object_id is None:
                raise _missing(item["id"])
            targets.append((object_id, item))
        with self.storage.write() as cur:
            for object_id, item in targets:
                if not _exists(cur, object_id):
                    raise _missing(str(object_id))
                _update_managed_object(cur, object_id, item)
            rows = [r for r in (_fetch_row(cur, i) for i, _ in targets) if r is not None]
            rendered = Renderer(request.base_url, self._options()).render_rows(cur, rows)
            for one in rendered:
                self.storage.notify(cur, "managedobjects", "UPDATE", one)
        body = b'{"managedObjects":[' + b",".join(rendered) + b"]}"
        return write_response(request, 200, body, media.MANAGED_OBJECT_COLLECTION)

    def delete_object(self, request: Request, params: dict[str, str]) -> Response:
        object_id = parse_id(params["id"])
        cascade = request.flag("cascade", AREA)
        force = request.flag("forceCascade", AREA)
        with_device_user = request.flag("withDeviceUser", AREA)
        if object_id is None:
            raise _missing(params["id"])
        with self.storage.write() as cur:
            if not _exists(cur, object_id):
                raise _missing(params["id"])
            doomed = _deletion_set(cur, object_id, cascade=cascade, force=force)
            owners = _owners(cur, doomed) if with_device_user else []
            for gone in doomed:
                self.storage.notify(cur, "managedobjects", "DELETE", b'{"id":"%d"}' % gone)
            delete_managed_objects(cur, self.storage, doomed)
            # The device user of a registered device owns it (deviceregistration.py).
            deviceregistration.delete_device_users(cur, owners)
        return Response(204)

    def _load(self, params: dict[str, str]) -> dict[str, Any]:
        object_id = parse_id(params["id"])
        with self.storage.read() as cur:
            row = _fetch_row(cur, object_id) if object_id is not None else None
            if row is None:
                raise _missing(params["id"])
            document = _document(row)
            last_message = cur.execute(
                "SELECT last_message FROM managed_objects WHERE id = ?", (object_id,)
            ).fetchone()[0]
        document["_lastMessage"] = last_message
        return document

    def get_availability(self, request: Request, params: dict[str, str]) -> Response:
        document = self._load(params)
        required = document.get("c8y_RequiredAvailability")
        interval = required.get("responseInterval") if isinstance(required, dict) else None
        if not isinstance(interval, int) or isinstance(interval, bool):
            raise not_found(
                AREA,
                f"Managed object {params['id']} is not monitored "
                "(it has no c8y_RequiredAvailability.responseInterval)",
            )
        availability = document.get("c8y_Availability")
        last_message = None
        if isinstance(availability, dict) and isinstance(availability.get("lastMessage"), str):
            last_message = availability["lastMessage"]
        last_message = last_message or document["_lastMessage"]
        status = availability.get("status") if isinstance(availability, dict) else None
        if status not in ("AVAILABLE", "UNAVAILABLE", "MAINTENANCE"):
            status = _data_status(last_message, interval)
        connection = document.get("c8y_Connection")
        connection_status = connection.get("status") if isinstance(connection, dict) else None
        if connection_status not in ("CONNECTED", "DISCONNECTED", "MAINTENANCE"):
            connection_status = "MAINTENANCE" if interval <= 0 else "DISCONNECTED"
        answer: dict[str, Any] = {
            "deviceId": str(document["id"]),
            "interval": interval,
            "dataStatus": status,
            "connectionStatus": connection_status,
        }
        if last_message:
            answer["lastMessage"] = last_message
        with self.storage.read() as cur:
            external = identity.external_id_values(cur, int(document["id"]))
        if external:
            answer["externalId"] = external[0]
        return json_response(request, 200, answer, media.JSON)


def _data_status(last_message: str | None, interval: int) -> str:
    if interval <= 0:
        return "MAINTENANCE"
    if not last_message:
        return "UNAVAILABLE"
    try:
        seen = datetime.fromisoformat(last_message.replace("Z", "+00:00"))
    except ValueError:
        return "UNAVAILABLE"
    if seen.tzinfo is None:
        seen = seen.replace(tzinfo=UTC)
    age_minutes = (datetime.now(UTC) - seen).total_seconds() / 60
    return "AVAILABLE" if age_minutes <= interval else "UNAVAILABLE"


class _ReferenceApi:
    """The five reference operations of one kind (childDevices, childAssets, childAdditions)."""

    def __init__(self, storage: Storage, kind: str, children_default: ChildrenDefault) -> None:
        self.storage = storage
        self.kind = kind
        self.children_default = children_default

    def _options(self) -> RenderOptions:
        return RenderOptions(with_children=self.children_default())

    def _parent(self, cur: sqlite3.Cursor, raw: str) -> int:
        parent_id = parse_id(raw)
        if parent_id is None or not _exists(cur, parent_id):
            raise _missing(raw)
        return parent_id

    def _reference(self, request: Request, cur: sqlite3.Cursor, parent_id: int, row: _Row) -> bytes:
        rendered = Renderer(request.base_url, self._options()).render_rows(cur, [row])[0]
        ref_self = request.url(f"{BASE_PATH}/{parent_id}/{self.kind}/{row[0].decode()}")
        return b'{"managedObject":' + rendered + b',"self":' + orjson.dumps(ref_self) + b"}"

    def list_references(self, request: Request, params: dict[str, str]) -> Response:
        page = parse_page_request(request, AREA)
        with self.storage.read() as cur:
            parent_id = self._parent(cur, params["id"])
            predicates: list[Predicate] = []
            order: tuple[tuple[tuple[str, ...], bool], ...] = ()
            text = request.param("query")
            if text:
                predicate, parsed = _compile_query(cur, text, device_only=False)
                if predicate is not None:
                    predicates.append(predicate)
                order = parsed.order
            selection = _Selection(
                ["r.parent_id = ?", "r.kind = ?"], [parent_id, self.kind], predicates, order
            )
            restrict(
                request.visibility,
                cur,
                selection.where,
                selection.args,
                "managed_objects.id",
                "managed_objects.type",
            )
            rows, has_more, total = _select_rows(
                cur,
                selection,
                page,
                join="JOIN managed_object_references r ON r.child_id = managed_objects.id",
                order_sql="r.seq",
            )
            items = [self._reference(request, cur, parent_id, row) for row in rows]
        return page_response(
            request,
            page,
            key="references",
            items=items,
            has_more=has_more,
            total=total,
            media_type=media.MANAGED_OBJECT_REFERENCE_COLLECTION,
        )

    def _child_ids(self, document: dict[str, Any], content_type: str) -> list[str] | None:
        """Return the referenced ids of a reference body, or None for a new-object body."""
        if content_type == media.MANAGED_OBJECT:
            return None
        if content_type == media.MANAGED_OBJECT_REFERENCE_COLLECTION or (
            content_type != media.MANAGED_OBJECT_REFERENCE and "references" in document
        ):
            references = document.get("references")
            if not isinstance(references, list) or not references:
                raise invalid_data(
                    AREA, 'references must be a non-empty list of {"managedObject": {"id": ...}}'
                )
            return [self._reference_id(item) for item in references]
        if content_type == media.MANAGED_OBJECT_REFERENCE or "managedObject" in document:
            return [self._reference_id(document)]
        return None

    @staticmethod
    def _reference_id(item: Any) -> str:
        managed = item.get("managedObject") if isinstance(item, dict) else None
        child = managed.get("id") if isinstance(managed, dict) else None
        if isinstance(child, int) and not isinstance(child, bool):
            child = str(child)
        if not isinstance(child, str) or not child:
            raise invalid_data(AREA, 'A reference must be {"managedObject": {"id": "<id>"}}')
        return child

    def add_references(self, request: Request, params: dict[str, str]) -> Response:
        document = request.json_object(AREA)
        raw_children = self._child_ids(document, request.content_type)
        with self.storage.write() as cur:
            parent_id = self._parent(cur, params["id"])
            if raw_children is None:
                child_ids = [insert_managed_object(cur, self.storage, document, request.user)]
            else:
                child_ids = []
                for raw in raw_children:
                    child_id = parse_id(raw)
                    if child_id is None or not _exists(cur, child_id):
                        raise _missing(raw)
                    _check_child(request, cur, child_id)
                    child_ids.append(child_id)
            for child_id in child_ids:
                add_reference(cur, parent_id, self.kind, child_id)
            rows = [r for r in (_fetch_row(cur, c) for c in child_ids) if r is not None]
            if raw_children is None:
                body = Renderer(request.base_url, self._options()).render_rows(cur, rows)[0]
                media_type = media.MANAGED_OBJECT
            elif (
                len(rows) == 1
                and request.content_type != media.MANAGED_OBJECT_REFERENCE_COLLECTION
                and "references" not in document
            ):
                body = self._reference(request, cur, parent_id, rows[0])
                media_type = media.MANAGED_OBJECT_REFERENCE
            else:
                items = [self._reference(request, cur, parent_id, row) for row in rows]
                body = b'{"references":[' + b",".join(items) + b"]}"
                media_type = media.MANAGED_OBJECT_REFERENCE_COLLECTION
        response = write_response(request, 201, body, media_type)
        if len(child_ids) == 1:
            location = f"{BASE_PATH}/{parent_id}/{self.kind}/{child_ids[0]}"
            response.headers.append((b"location", request.url(location).encode()))
        return response

    def _not_a_child(self, parent: str, child: str) -> ApiError:
        return invalid_data(
            AREA, f"managedObject {child} is not a child of {parent} in {self.kind}"
        )

    def _child(
        self, request: Request, cur: sqlite3.Cursor, params: dict[str, str]
    ) -> tuple[int, int]:
        parent_id = self._parent(cur, params["id"])
        child_id = parse_id(params["childId"])
        if child_id is None or not _exists(cur, child_id):
            raise _missing(params["childId"])
        _check_child(request, cur, child_id)
        if not cur.execute(
            "SELECT 1 FROM managed_object_references "
            "WHERE parent_id = ? AND kind = ? AND child_id = ?",
            (parent_id, self.kind, child_id),
        ).fetchone():
            raise self._not_a_child(params["id"], params["childId"])
        return parent_id, child_id

    def get_reference(self, request: Request, params: dict[str, str]) -> Response:
        with self.storage.read() as cur:
            parent_id, child_id = self._child(request, cur, params)
            row = _fetch_row(cur, child_id)
            assert row is not None
            body = self._reference(request, cur, parent_id, row)
        return Response(200, body, media.negotiate(request.headers, media.MANAGED_OBJECT_REFERENCE))

    def remove_reference(self, request: Request, params: dict[str, str]) -> Response:
        with self.storage.write() as cur:
            parent_id, child_id = self._child(request, cur, params)
            _remove_reference(cur, parent_id, self.kind, child_id)
        return Response(204)

    def remove_references(self, request: Request, params: dict[str, str]) -> Response:
        document = request.json_object(AREA)
        references = document.get("references")
        if not isinstance(references, list) or not references:
            raise invalid_data(
                AREA, 'references must be a non-empty list of {"managedObject": {"id": ...}}'
            )
        raw_children = [self._reference_id(item) for item in references]
        with self.storage.write() as cur:
            parent_id = self._parent(cur, params["id"])
            for raw in raw_children:
                child_id = parse_id(raw)
                if child_id is not None and _exists(cur, child_id):
                    _check_child(request, cur, child_id)
                if child_id is None or not _remove_reference(cur, parent_id, self.kind, child_id):
                    raise self._not_a_child(params["id"], raw)
        return Response(204)
