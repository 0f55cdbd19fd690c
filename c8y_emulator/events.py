"""Events: creation, updates, filters, deletion, and one attached file per event.

Behaviour (the platform's documented rules, plus the emulator's choices where it is silent):

- ``POST /event/events`` needs ``source.id`` (an existing managed object; else 422), ``type``,
  ``text`` and ``time``; ``creationTime`` and ``lastUpdated`` are set by the emulator and times
  are answered as UTC with milliseconds. Read-only members (``id``, ``self``, ``creationTime``,
  ``lastUpdated``, ``c8y_IsBinary``) are ignored.
- ``PUT /event/events/{id}`` changes ``text`` and custom fragments (``null`` removes one). The
  read-only members are ignored; ``source``, ``type`` and ``time`` are fixed at creation: sending
  one with a different value is refused with 422, the same value is ignored.
- Filters: ``source`` (with ``withSourceAssets`` / ``withSourceDevices`` /
  ``withSourceAdditions`` / ``withSourceChildren``, the events of every descendant of the source
  over those references; they need ``source``), ``type``, ``fragmentType`` (and
  ``fragmentValue``, which needs ``fragmentType`` and matches a string value), ``dateFrom`` /
  ``dateTo`` on ``time``, ``createdFrom`` / ``createdTo`` and ``lastUpdatedFrom`` /
  ``lastUpdatedTo`` (each range: from inclusive, to exclusive). Lists are newest first (by
  ``time``, then id), oldest first with ``revert=true``.
- ``DELETE /event/events`` needs one of ``source``, ``dateFrom``, ``dateTo``, ``createdFrom``,
  ``createdTo`` (422 otherwise) and narrows with ``type`` and ``fragmentType``.
- ``/event/events/{id}/binaries``: POST attaches a file (``multipart/form-data`` with ``object``
  and ``file`` parts or the ``file`` part alone, as clients send it; or the raw content with its
  Content-Type and an optional Content-Disposition file name) and answers 201 with
  ``{name, type, source, self}``; a second POST is refused with 409. PUT uploads a file whether
  or not one is attached (201). GET answers the bytes with the stored content type (404 without
  an attachment); DELETE removes it. While a file is attached, the event carries
  ``c8y_IsBinary: {name, length, type}``. Attachments share the binaries' size limit (the app's
  ``max_body_bytes``).
- Creating an event sets its source's last message time; deleting a managed object deletes its
  events and their attachments.

Storage: one row per event; ``body`` holds the event's JSON without ``id``, ``self`` and
``source``, which are spliced in front when answering (the source's name comes from the inventory
row). Attachments are BLOBs in ``event_binaries``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import orjson

from c8y_emulator import media
from c8y_emulator.access import ANY_USER, check_target, data_rules, restrict
from c8y_emulator.binaries import Upload, content_response, read_upload
from c8y_emulator.errors import ApiError, conflict, invalid_data, not_found
from c8y_emulator.paging import fetch_page, page_response, parse_page_request
from c8y_emulator.storage import Storage, fetch_raw_text, gone_document, now_iso, parse_id
from c8y_emulator.timestamps import date_param, format_millis, now_millis, parse_timestamp
from c8y_emulator.web import Request, Response, Router, json_response, write_response

AREA = "event"
API_PATH = "/event"
BASE_PATH = "/event/events"
INVENTORY_PATH = "/inventory/managedObjects"

EVENT = media.vendor("event")
EVENT_COLLECTION = media.vendor("eventcollection")
EVENT_API = media.vendor("eventapi")

READ_ONLY = frozenset({"id", "self", "creationTime", "lastUpdated", "c8y_IsBinary"})
IMMUTABLE = ("source", "type", "time")
DELETE_GUARDS = ("source", "dateFrom", "dateTo", "createdFrom", "createdTo")
SOURCE_SCOPES = {
    "withSourceAssets": ("childAssets",),
    "withSourceDevices": ("childDevices",),
    "withSourceAdditions": ("childAdditions",),
    "withSourceChildren": ("childAssets", "childDevices", "childAdditions"),
}

# The managed object (and type) an item of this API belongs to, for inventory role checks.
_TARGET = "SELECT source, type FROM events WHERE id = ?"

SCHEMA = """
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY,
    source INTEGER NOT NULL,
    type TEXT NOT NULL,
    time_ms INTEGER NOT NULL,
    created_ms INTEGER NOT NULL,
    updated_ms INTEGER NOT NULL,
    body TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_by_source ON events (source, time_ms, id);
CREATE INDEX IF NOT EXISTS events_by_time ON events (time_ms, id);
CREATE TABLE IF NOT EXISTS event_binaries (
    event_id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    content BLOB NOT NULL
);
"""


# --- validation --------------------------------------------------------------------------------


def _missing(raw_id: str) -> ApiError:
    return not_found(AREA, f"Finding event from database failed : No event for gid '{raw_id}'!")


def _string(value: Any, name: str) -> str:
    if not isinstance(value, str) or not value:
        raise invalid_data(AREA, f"Field {name} must be a non-empty string, got {value!r}")
    return value


def _raw_source(document: dict[str, Any]) -> str:
    source = document.get("source")
    raw = source.get("id") if isinstance(source, dict) else None
    if isinstance(raw, int) and not isinstance(raw, bool):
        raw = str(raw)
    if not isinstance(raw, str) or not raw:
        raise invalid_data(AREA, 'Field source must be {"id": "<managed object id>"}')
    return raw


def _fragments(document: dict[str, Any], skip: frozenset[str]) -> dict[str, Any]:
    fragments: dict[str, Any] = {}
    for key, value in document.items():
        if key in skip:
            continue
        if key == "":
            raise invalid_data(AREA, "Fragment names must not be empty")
        fragments[key] = value
    return fragments


def _json_key_path(name: str, parameter: str) -> str:
    if '"' in name or "\\" in name:
        raise invalid_data(
            AREA, f"Query parameter {parameter} must not contain a double quote or backslash"
        )
    return f'$."{name}"'


# --- rows and rendering ------------------------------------------------------------------------


_ROW_SQL = (
    "SELECT CAST(e.id AS TEXT), CAST(e.source AS TEXT), m.name, e.body "
    "FROM events e LEFT JOIN managed_objects m ON m.id = e.source"
)


def _render_rows(
    base_url: str, rows: Sequence[tuple[bytes, bytes, bytes | None, bytes]]
) -> list[bytes]:
    own = (base_url + BASE_PATH + "/").encode()
    source_base = (base_url + INVENTORY_PATH + "/").encode()
    out: list[bytes] = []
    for event_id, source_id, name, body in rows:
        name_part = b'"name":' + orjson.dumps(name.decode()) + b"," if name is not None else b""
        out.append(
            b"".join(
                (
                    b'{"id":"',
                    event_id,
                    b'","self":"',
                    own,
                    event_id,
                    b'","source":{"id":"',
                    source_id,
                    b'",',
                    name_part,
                    b'"self":"',
                    source_base,
                    source_id,
                    b'"},',
                    body[1:],
                )
            )
        )
    return out


def _render_one(request: Request, cur: sqlite3.Cursor, event_id: int) -> bytes:
    rows = fetch_raw_text(cur, _ROW_SQL + " WHERE e.id = ?", (event_id,))
    if not rows:
        raise _missing(str(event_id))
    return _render_rows(request.base_url, rows)[0]


def _load(cur: sqlite3.Cursor, raw_id: str) -> tuple[int, int, dict[str, Any]]:
    """Return (id, source, stored document) of an event, or raise its 404."""
    event_id = parse_id(raw_id)
    row = (
        cur.execute("SELECT source, body FROM events WHERE id = ?", (event_id,)).fetchone()
        if event_id is not None
        else None
    )
    if event_id is None or row is None:
        raise _missing(raw_id)
    return event_id, int(row[0]), orjson.loads(row[1])


def _store(cur: sqlite3.Cursor, event_id: int, document: dict[str, Any]) -> None:
    stamp = now_millis()
    document["lastUpdated"] = format_millis(stamp)
    cur.execute(
        "UPDATE events SET updated_ms = ?, body = ? WHERE id = ?",
        (stamp, orjson.dumps(document).decode(), event_id),
    )


def _delete_for_sources(cur: sqlite3.Cursor, ids: list[int]) -> None:
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        marks = ",".join("?" * len(chunk))
        cur.execute(
            "DELETE FROM event_binaries WHERE event_id IN "
            f"(SELECT id FROM events WHERE source IN ({marks}))",
            chunk,
        )
        cur.execute(f"DELETE FROM events WHERE source IN ({marks})", chunk)


# --- filters -----------------------------------------------------------------------------------


@dataclass(slots=True)
class _Where:
    clauses: list[str] = field(default_factory=list)
    args: list[Any] = field(default_factory=list)

    def sql(self) -> str:
        return " AND ".join(self.clauses) if self.clauses else "1"


def _descendants_sql(kinds: Sequence[str]) -> str:
    """A subquery of the source and everything below it over ``kinds`` (cycles tolerated).

    Its parameters are the root id followed by ``kinds``.
    """
    marks = ",".join("?" * len(kinds))
    return (
        "WITH RECURSIVE tree(id) AS (SELECT ? UNION SELECT r.child_id "
        "FROM managed_object_references r JOIN tree ON r.parent_id = tree.id "
        f"WHERE r.kind IN ({marks})) SELECT id FROM tree"
    )


def _where(request: Request, *, for_delete: bool) -> _Where:
    where = _Where()
    raw_source = (request.param("source") or "").strip()
    kinds: set[str] = set()
    if not for_delete:
        for flag, scope in SOURCE_SCOPES.items():
            if request.flag(flag, AREA):
                kinds.update(scope)
                if not raw_source:
                    raise invalid_data(AREA, f"Query parameter {flag} needs the source parameter")
    if raw_source:
        source_id = parse_id(raw_source)
        if source_id is None:
            where.clauses.append("0")
        elif kinds:
            where.clauses.append(f"e.source IN ({_descendants_sql(sorted(kinds))})")
            where.args.extend((source_id, *sorted(kinds)))
        else:
            where.clauses.append("e.source = ?")
            where.args.append(source_id)
    event_type = request.param("type")
    if event_type:
        where.clauses.append("e.type = ?")
        where.args.append(event_type)
    fragment = request.param("fragmentType")
    value = None if for_delete else request.param("fragmentValue")
    if value and not fragment:
        raise invalid_data(AREA, "Query parameter fragmentValue needs the fragmentType parameter")
    if fragment:
        path = _json_key_path(fragment, "fragmentType")
        if value:
            where.clauses.append("json_type(e.body, ?) = 'text' AND json_extract(e.body, ?) = ?")
            where.args.extend((path, path, value))
        else:
            where.clauses.append("json_type(e.body, ?) IS NOT NULL")
            where.args.append(path)
    ranges = [("time_ms", "dateFrom", "dateTo"), ("created_ms", "createdFrom", "createdTo")]
    if not for_delete:
        ranges.append(("updated_ms", "lastUpdatedFrom", "lastUpdatedTo"))
    for column, start, end in ranges:
        low = date_param(request, start, AREA)
        high = date_param(request, end, AREA)
        if low is not None:
            where.clauses.append(f"e.{column} >= ?")
            where.args.append(low)
        if high is not None:
            where.clauses.append(f"e.{column} < ?")
            where.args.append(high)
    return where


# --- handlers ----------------------------------------------------------------------------------


def register(router: Router, storage: Storage) -> None:
    """Add the event routes to ``router`` and the source cleanup to ``storage``."""
    storage.add_source_deleted_hook(_delete_for_sources)
    api = _EventApi(storage)
    rules = data_rules("ROLE_EVENT", "EVENT", _TARGET)
    router.add("GET", API_PATH, api.get_api, access=ANY_USER)
    router.add("GET", BASE_PATH, api.list_events, access=rules.read)
    router.add("POST", BASE_PATH, api.create_event, access=rules.write)
    router.add("DELETE", BASE_PATH, api.delete_events, access=rules.admin)
    router.add("GET", BASE_PATH + "/{id}", api.get_event, access=rules.read_one)
    router.add("PUT", BASE_PATH + "/{id}", api.update_event, access=rules.write_one)
    router.add("DELETE", BASE_PATH + "/{id}", api.delete_event, access=rules.write_one)
    attachments = _AttachmentApi(storage)
    router.add("POST", BASE_PATH + "/{id}/binaries", attachments.attach, access=rules.write_one)
    router.add("PUT", BASE_PATH + "/{id}/binaries", attachments.replace, access=rules.write_one)
    router.add("GET", BASE_PATH + "/{id}/binaries", attachments.download, access=rules.read_one)
    router.add("DELETE", BASE_PATH + "/{id}/binaries", attachments.remove, access=rules.write_one)


class _EventApi:
    def __init__(self, storage: Storage) -> None:
        self.storage = storage

    def get_api(self, request: Request, params: dict[str, str]) -> Response:
        own = request.url(BASE_PATH)
        document = {
            "self": request.url(API_PATH),
            "events": {"self": own, "events": []},
            "eventsForSource": own + "?source={source}",
            "eventsForSourceAndType": own + "?source={source}&type={type}",
            "eventsForType": own + "?type={type}",
            "eventsForFragmentType": own + "?fragmentType={fragmentType}",
            "eventsForTime": own + "?dateFrom={dateFrom}&dateTo={dateTo}",
            "eventsForSourceAndTime": own + "?source={source}&dateFrom={dateFrom}&dateTo={dateTo}",
        }
        return json_response(request, 200, document, EVENT_API)

    def create_event(self, request: Request, params: dict[str, str]) -> Response:
        document = request.json_object(AREA)
        raw_source = _raw_source(document)
        event_type = _string(document.get("type"), "type")
        text = document.get("text")
        if not isinstance(text, str):
            raise invalid_data(AREA, f"Field text must be a string, got {text!r}")
        if "time" not in document:
            raise invalid_data(AREA, "Field time is required (an ISO 8601 date-time)")
        time_ms = parse_timestamp(document["time"], "time", AREA)
        stamp = now_millis()
        body: dict[str, Any] = {
            "type": event_type,
            "text": text,
            "time": format_millis(time_ms),
            "creationTime": format_millis(stamp),
            "lastUpdated": format_millis(stamp),
        }
        body.update(_fragments(document, READ_ONLY | {"source", "type", "text", "time"}))
        with self.storage.write() as cur:
            source_id = parse_id(raw_source)
            if (
                source_id is None
                or not cur.execute(
                    "SELECT 1 FROM managed_objects WHERE id = ?", (source_id,)
                ).fetchone()
            ):
                raise invalid_data(
                    AREA, f"Event source '{raw_source}' is not a managed object of this tenant"
                )
            check_target(request.visibility, cur, source_id, event_type)
            event_id = self.storage.next_id(cur)
            cur.execute(
                "INSERT INTO events (id, source, type, time_ms, created_ms, updated_ms, body) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    event_id,
                    source_id,
                    event_type,
                    time_ms,
                    stamp,
                    stamp,
                    orjson.dumps(body).decode(),
                ),
            )
            cur.execute(
                "UPDATE managed_objects SET last_message = ? WHERE id = ?", (now_iso(), source_id)
            )
            rendered = _render_one(request, cur, event_id)
            self.storage.notify(cur, "events", "CREATE", rendered)
        response = write_response(request, 201, rendered, EVENT)
        response.headers.append((b"location", request.url(f"{BASE_PATH}/{event_id}").encode()))
        return response

    def list_events(self, request: Request, params: dict[str, str]) -> Response:
        page = parse_page_request(request, AREA)
        order = "ASC" if request.flag("revert", AREA) else "DESC"
        with self.storage.read() as cur:
            where = _where(request, for_delete=False)
            restrict(request.visibility, cur, where.clauses, where.args, "e.source", "e.type")
            found = fetch_page(
                cur,
                page,
                select=f"{_ROW_SQL} WHERE {where.sql()} ORDER BY e.time_ms {order}, e.id {order}",
                count=f"SELECT COUNT(*) FROM events e WHERE {where.sql()}",
                args=where.args,
            )
        return page_response(
            request,
            page,
            key="events",
            items=_render_rows(request.base_url, found.rows),
            has_more=found.has_more,
            total=found.total,
            media_type=EVENT_COLLECTION,
        )

    def delete_events(self, request: Request, params: dict[str, str]) -> Response:
        # Refuse what a GET refuses (paging, withSource*, fragmentValue, lastUpdated*) before
        # deleting anything.
        parse_page_request(request, AREA)
        _where(request, for_delete=False)
        if not any((request.param(name) or "").strip() for name in DELETE_GUARDS):
            raise invalid_data(
                AREA,
                "Deleting events needs at least one of the query parameters "
                f"{', '.join(DELETE_GUARDS)}",
            )
        with self.storage.write() as cur:
            where = _where(request, for_delete=True)
            selected = f"SELECT e.id FROM events e WHERE {where.sql()}"
            if self.storage.listening(cur, "events"):
                for gone in cur.execute(
                    f"SELECT e.id, e.source FROM events e WHERE {where.sql()}", where.args
                ).fetchall():
                    self.storage.notify(cur, "events", "DELETE", gone_document(*gone))
            cur.execute(f"DELETE FROM event_binaries WHERE event_id IN ({selected})", where.args)
            cur.execute(f"DELETE FROM events WHERE id IN ({selected})", where.args)
        return Response(204)

    def get_event(self, request: Request, params: dict[str, str]) -> Response:
        event_id = parse_id(params["id"])
        with self.storage.read() as cur:
            if event_id is None:
                raise _missing(params["id"])
            rows = fetch_raw_text(cur, _ROW_SQL + " WHERE e.id = ?", (event_id,))
            if not rows:
                raise _missing(params["id"])
        body = _render_rows(request.base_url, rows)[0]
        return Response(200, body, media.negotiate(request.headers, EVENT))

    def update_event(self, request: Request, params: dict[str, str]) -> Response:
        changes = request.json_object(AREA)
        if "text" in changes and not isinstance(changes["text"], str):
            raise invalid_data(AREA, f"Field text must be a string, got {changes['text']!r}")
        with self.storage.write() as cur:
            event_id, source_id, document = _load(cur, params["id"])
            self._check_immutable(changes, source_id, document)
            for key, value in _fragments(changes, READ_ONLY | frozenset(IMMUTABLE)).items():
                if value is None:
                    document.pop(key, None)
                else:
                    document[key] = value
            _store(cur, event_id, document)
            body = _render_one(request, cur, event_id)
            self.storage.notify(cur, "events", "UPDATE", body)
        return write_response(request, 200, body, EVENT)

    @staticmethod
    def _check_immutable(changes: dict[str, Any], source_id: int, document: dict[str, Any]) -> None:
        if "source" in changes and _raw_source(changes) != str(source_id):
            raise invalid_data(AREA, "Field source cannot be changed after the event was created")
        if "type" in changes and changes["type"] != document["type"]:
            raise invalid_data(AREA, "Field type cannot be changed after the event was created")
        if "time" in changes:
            sent = parse_timestamp(changes["time"], "time", AREA)
            if format_millis(sent) != document["time"]:
                raise invalid_data(AREA, "Field time cannot be changed after the event was created")

    def delete_event(self, request: Request, params: dict[str, str]) -> Response:
        with self.storage.write() as cur:
            event_id, source_id, _ = _load(cur, params["id"])
            # Like every delete: the id and the source, no rendering of what is going away.
            self.storage.notify(cur, "events", "DELETE", gone_document(event_id, source_id))
            cur.execute("DELETE FROM event_binaries WHERE event_id = ?", (event_id,))
            cur.execute("DELETE FROM events WHERE id = ?", (event_id,))
        return Response(204)


class _AttachmentApi:
    """The one file of an event."""

    def __init__(self, storage: Storage) -> None:
        self.storage = storage

    def _store(self, request: Request, raw_id: str, *, replace: bool) -> Response:
        # The spec asks for object and file parts; the platform (and clients relying on it)
        # also takes a form with the file part alone, its name and type then come from it.
        upload: Upload = read_upload(request, AREA, raw_allowed=True, object_optional=True)
        with self.storage.write() as cur:
            event_id, _, document = _load(cur, raw_id)
            exists = cur.execute(
                "SELECT 1 FROM event_binaries WHERE event_id = ?", (event_id,)
            ).fetchone()
            if exists and not replace:
                raise conflict(
                    AREA,
                    f"Event {event_id} already has an attachment; replace it with PUT "
                    "or delete it first",
                )
            cur.execute(
                "INSERT OR REPLACE INTO event_binaries (event_id, name, content_type, content) "
                "VALUES (?, ?, ?, ?)",
                (event_id, upload.name, upload.content_type, upload.data),
            )
            document["c8y_IsBinary"] = {
                "name": upload.name,
                "length": len(upload.data),
                "type": upload.type,
            }
            _store(cur, event_id, document)
        own = request.url(f"{BASE_PATH}/{event_id}/binaries")
        answer = {
            "self": own,
            "source": str(event_id),
            "name": upload.name,
            "type": upload.type,
        }
        return write_response(request, 201, orjson.dumps(answer), media.JSON)

    def attach(self, request: Request, params: dict[str, str]) -> Response:
        return self._store(request, params["id"], replace=False)

    def replace(self, request: Request, params: dict[str, str]) -> Response:
        return self._store(request, params["id"], replace=True)

    def download(self, request: Request, params: dict[str, str]) -> Response:
        with self.storage.read() as cur:
            event_id, _, _ = _load(cur, params["id"])
            row = cur.execute(
                "SELECT name, content_type, content FROM event_binaries WHERE event_id = ?",
                (event_id,),
            ).fetchone()
        if row is None:
            raise not_found(AREA, f"Event {event_id} has no attachment")
        name, content_type, content = row
        return content_response(bytes(content), content_type, name, request.headers.get("range"))

    def remove(self, request: Request, params: dict[str, str]) -> Response:
        with self.storage.write() as cur:
            event_id, _, document = _load(cur, params["id"])
            cur.execute("DELETE FROM event_binaries WHERE event_id = ?", (event_id,))
            if cur.rowcount == 0:
                raise not_found(AREA, f"Event {event_id} has no attachment")
            document.pop("c8y_IsBinary", None)
            _store(cur, event_id, document)
        return Response(204)
