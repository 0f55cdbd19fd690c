"""Alarms: creation with de-duplication, status changes, filters, counts, bulk updates and deletes.

Behaviour (the platform's documented rules, plus the emulator's choices where it is silent):

- ``POST /alarm/alarms`` needs ``source.id`` (an existing managed object; else 422), ``type``,
  ``text``, ``severity`` and ``time``; ``status`` defaults to ACTIVE. Read-only members (``id``,
  ``self``, ``count``, ``creationTime``, ``lastUpdated``, ``firstOccurrenceTime``) are ignored.
- De-duplication: when an ACTIVE or ACKNOWLEDGED alarm of the same source and type exists, no
  alarm is created; that alarm's ``count`` goes up by one, its ``time`` becomes the new time, the
  rest of the request is ignored, and the answer (201) is that alarm. ``firstOccurrenceTime`` keeps
  the time of the first occurrence and shows once ``count`` is above 1. CLEARED alarms are never
  de-duplicated. The check and the update are one transaction, and a partial unique index on
  (source, type) of non-cleared alarms holds the rule in the database too.
- ``PUT /alarm/alarms/{id}`` changes only ``text``, ``status``, ``severity`` and custom
  fragments (``null`` removes a fragment). ``source``, ``type``, ``time``, ``id``, ``self`` and
  ``creationTime`` may be repeated with their current value, as clients that send back what they
  read do (:mod:`c8y_emulator.readonly`); a different value is refused with 422. ``count``,
  ``lastUpdated`` and ``firstOccurrenceTime`` change with every occurrence and update, so a
  copy read earlier may be stale: they are ignored.
  Emulator rule: a CLEARED alarm cannot be re-opened while another open alarm of its source
  and type exists (422), so that de-duplication always has one alarm to count on.
- ``PUT /alarm/alarms?<filters>`` sets the ``status`` of every matching alarm (body
  ``{"status": ...}`` and nothing else); at least one filter is required. It answers 200 without a
  body once the change is applied (the emulator never defers it).
- ``DELETE /alarm/alarms?<filters>`` needs at least one of ``source``, ``dateFrom``, ``dateTo``,
  ``createdFrom``, ``createdTo`` (422 otherwise).
- ``POST /alarm/alarms/upsert`` updates the open alarm of the source and type (``text``,
  ``severity``, ``status``, custom fragments; ``time`` ignored; 200) or creates one (``severity``
  MAJOR, ``status`` ACTIVE and ``time`` now unless given; 201). Upserts do not change ``count``.
- Filters: ``source``, ``status`` and ``severity`` and ``type`` (comma-separated lists),
  ``resolved`` (true: CLEARED only, false: ACTIVE and ACKNOWLEDGED; wins over ``status``),
  ``dateFrom``/``dateTo`` on ``time``, ``createdFrom``/``createdTo`` on ``creationTime``,
  ``lastUpdatedFrom``/``lastUpdatedTo`` on ``lastUpdated`` (each range: from inclusive, to
  exclusive), and ``withSourceAssets`` / ``withSourceDevices`` / ``withSourceAdditions`` /
  ``withSourceChildren``, which add the alarms of every descendant of ``source`` over those
  references (they need ``source``). Lists are newest first (by ``time``, then id).
- ``GET /alarm/alarms/count`` answers the number of alarms matching the filters as a bare JSON
  integer (no implicit status filter).
- Deleting a managed object deletes its alarms.

Storage: one row per alarm; ``body`` holds the alarm's JSON without ``id``, ``self`` and
``source``, which are spliced in front when answering (the source's name comes from the inventory
row, so a renamed device shows its new name).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import orjson

from c8y_emulator import audit, media
from c8y_emulator.access import ANY_USER, check_target, data_rules, restrict
from c8y_emulator.errors import ApiError, invalid_data, not_found
from c8y_emulator.paging import fetch_page, page_response, parse_page_request
from c8y_emulator.readonly import refuse_changes
from c8y_emulator.storage import Storage, fetch_raw_text, gone_document, parse_id
from c8y_emulator.timestamps import date_param, format_millis, now_millis, parse_timestamp
from c8y_emulator.web import Request, Response, Router, json_response, write_response

AREA = "alarm"
API_PATH = "/alarm"
BASE_PATH = "/alarm/alarms"
INVENTORY_PATH = "/inventory/managedObjects"

ALARM = media.vendor("alarm")
ALARM_COLLECTION = media.vendor("alarmcollection")
ALARM_API = media.vendor("alarmapi")

STATUSES = ("ACTIVE", "ACKNOWLEDGED", "CLEARED")
OPEN_STATUSES = ("ACTIVE", "ACKNOWLEDGED")
SEVERITIES = ("CRITICAL", "MAJOR", "MINOR", "WARNING")

# The managed object (and type) an item of this API belongs to, for inventory role checks.
_TARGET = "SELECT source_id, type FROM alarms WHERE id = ?"

SCHEMA = """
CREATE TABLE IF NOT EXISTS alarms (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL,
    type TEXT NOT NULL,
    status TEXT NOT NULL,
    severity TEXT NOT NULL,
    time_ms INTEGER NOT NULL,
    created_ms INTEGER NOT NULL,
    updated_ms INTEGER NOT NULL,
    body TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS alarms_by_time ON alarms (time_ms, id);
CREATE INDEX IF NOT EXISTS alarms_by_source ON alarms (source_id, time_ms);
CREATE UNIQUE INDEX IF NOT EXISTS alarms_open_by_source_and_type
    ON alarms (source_id, type) WHERE status <> 'CLEARED';
"""

# Members the server owns: ignored on create, refused on update unless unchanged.
READ_ONLY = frozenset({"id", "self", "count", "creationTime", "lastUpdated", "firstOccurrenceTime"})
# Members fixed at creation: refused on update unless unchanged.
IMMUTABLE = frozenset({"source", "type", "time"})
# Read-only members that name the alarm: a PUT may repeat them only unchanged. The others
# (count, lastUpdated, firstOccurrenceTime) move with every occurrence and update, so a copy a
# client read a moment ago may be stale: ignored in a PUT, as the platform does.
IDENTITY = frozenset({"id", "self", "creationTime"}) | IMMUTABLE
# Filters of which DELETE needs at least one (the platform's guard against deleting everything).
DELETE_GUARDS = ("source", "dateFrom", "dateTo", "createdFrom", "createdTo")
SOURCE_SCOPES = {
    "withSourceAssets": ("childAssets",),
    "withSourceDevices": ("childDevices",),
    "withSourceAdditions": ("childAdditions",),
    "withSourceChildren": ("childAssets", "childDevices", "childAdditions"),
}
FILTERS = (
    "source",
    "status",
    "severity",
    "type",
    "resolved",
    "dateFrom",
    "dateTo",
    "createdFrom",
    "createdTo",
    "lastUpdatedFrom",
    "lastUpdatedTo",
    *SOURCE_SCOPES,
)


# --- validation --------------------------------------------------------------------------------


def _missing(raw_id: str) -> ApiError:
    return not_found(AREA, f"Finding alarm from database failed : No alarm for gid '{raw_id}'!")


def _enum(value: Any, name: str, allowed: Sequence[str]) -> str:
    if not isinstance(value, str) or value not in allowed:
        raise invalid_data(AREA, f"Field {name} must be one of {', '.join(allowed)}, got {value!r}")
    return value


def _text(value: Any, name: str, *, required: bool) -> str:
    if not isinstance(value, str) or (required and not value):
        qualifier = "a non-empty string" if required else "a string"
        raise invalid_data(AREA, f"Field {name} must be {qualifier}, got {value!r}")
    return value


def _source_id(cur: sqlite3.Cursor, document: dict[str, Any]) -> int:
    source = document.get("source")
    raw = source.get("id") if isinstance(source, dict) else None
    if isinstance(raw, int) and not isinstance(raw, bool):
        raw = str(raw)
    if not isinstance(raw, str) or not raw:
        raise invalid_data(AREA, 'Field source must be {"id": "<managed object id>"}')
    source_id = parse_id(raw)
    if source_id is None or not _object_exists(cur, source_id):
        raise invalid_data(AREA, f"Alarm source '{raw}' is not a managed object of this tenant")
    return source_id


def _object_exists(cur: sqlite3.Cursor, object_id: int) -> bool:
    found = cur.execute("SELECT 1 FROM managed_objects WHERE id = ?", (object_id,)).fetchone()
    return found is not None


def _custom_fragments(document: dict[str, Any], reserved: frozenset[str]) -> dict[str, Any]:
    fragments: dict[str, Any] = {}
    for key, value in document.items():
        if key in reserved:
            continue
        if key == "":
            raise invalid_data(AREA, "Fragment names must not be empty")
        fragments[key] = value
    return fragments


_STANDARD = frozenset({"source", "type", "text", "severity", "status", "time"}) | READ_ONLY


# --- rows and rendering ------------------------------------------------------------------------


_ROW_SQL = (
    "SELECT CAST(a.id AS TEXT), CAST(a.source_id AS TEXT), m.name, a.body "
    "FROM alarms a LEFT JOIN managed_objects m ON m.id = a.source_id"
)


def _render_rows(
    base_url: str, rows: Sequence[tuple[bytes, bytes, bytes | None, bytes]]
) -> list[bytes]:
    alarm_base = (base_url + BASE_PATH + "/").encode()
    source_base = (base_url + INVENTORY_PATH + "/").encode()
    out: list[bytes] = []
    for alarm_id, source_id, name, body in rows:
        name_part = b'"name":' + orjson.dumps(name.decode()) + b"," if name is not None else b""
        out.append(
            b'{"id":"'
            + alarm_id
            + b'","self":"'
            + alarm_base
            + alarm_id
            + b'","source":{"id":"'
            + source_id
            + b'",'
            + name_part
            + b'"self":"'
            + source_base
            + source_id
            + b'"},'
            + body[1:]
        )
    return out


def _render_one(request: Request, cur: sqlite3.Cursor, alarm_id: int) -> bytes:
    rows = fetch_raw_text(cur, _ROW_SQL + " WHERE a.id = ?", (alarm_id,))
    if not rows:
        raise _missing(str(alarm_id))
    return _render_rows(request.base_url, rows)[0]


def _load(cur: sqlite3.Cursor, alarm_id: int) -> tuple[int, str, str, dict[str, Any]] | None:
    row = cur.execute(
        "SELECT source_id, type, status, body FROM alarms WHERE id = ?", (alarm_id,)
    ).fetchone()
    if row is None:
        return None
    return int(row[0]), str(row[1]), str(row[2]), orjson.loads(row[3])


def _store(cur: sqlite3.Cursor, alarm_id: int, document: dict[str, Any], updated_ms: int) -> None:
    document["lastUpdated"] = format_millis(updated_ms)
    cur.execute(
        "UPDATE alarms SET status = ?, severity = ?, time_ms = ?, updated_ms = ?, body = ? "
        "WHERE id = ?",
        (
            document["status"],
            document["severity"],
            parse_timestamp(document["time"], "time", AREA),
            updated_ms,
            orjson.dumps(document).decode(),
            alarm_id,
        ),
    )


def _open_alarm(cur: sqlite3.Cursor, source_id: int, alarm_type: str) -> int | None:
    row = cur.execute(
        "SELECT id FROM alarms WHERE source_id = ? AND type = ? AND status <> 'CLEARED'",
        (source_id, alarm_type),
    ).fetchone()
    return int(row[0]) if row else None


def _insert(cur: sqlite3.Cursor, storage: Storage, source_id: int, document: dict[str, Any]) -> int:
    """Store a new alarm from validated members (type, text?, severity, status, time, fragments)."""
    stamp = now_millis()
    time_ms = parse_timestamp(document["time"], "time", AREA)
    document["time"] = format_millis(time_ms)
    document["count"] = 1
    document["creationTime"] = format_millis(stamp)
    document["lastUpdated"] = format_millis(stamp)
    alarm_id = storage.next_id(cur)
    cur.execute(
        "INSERT INTO alarms (id, source_id, type, status, severity, time_ms, created_ms, "
        "updated_ms, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            alarm_id,
            source_id,
            document["type"],
            document["status"],
            document["severity"],
            time_ms,
            stamp,
            stamp,
            orjson.dumps(document).decode(),
        ),
    )
    return alarm_id


def _reopen_conflict(
    cur: sqlite3.Cursor, alarm_id: int, source_id: int, alarm_type: str
) -> ApiError | None:
    other = _open_alarm(cur, source_id, alarm_type)
    if other is None or other == alarm_id:
        return None
    return invalid_data(
        AREA,
        f"Alarm {alarm_id} cannot be re-opened: alarm {other} of the same source ({source_id}) "
        f"and type ({alarm_type!r}) is still open",
    )


# --- filters -----------------------------------------------------------------------------------


@dataclass(slots=True)
class _Where:
    clauses: list[str] = field(default_factory=list)
    args: list[Any] = field(default_factory=list)

    def sql(self) -> str:
        return " AND ".join(self.clauses) if self.clauses else "1"


def _list_param(request: Request, name: str) -> list[str]:
    return [
        part.strip()
        for value in request.query.get(name, [])
        for part in value.split(",")
        if part.strip()
    ]


def _descendants_sql(kinds: Sequence[str]) -> str:
    """A subquery of the object ``?`` and everything below it over ``kinds`` references
    (cycles tolerated: UNION keeps each id once)."""
    marks = ",".join("?" * len(kinds))
    return (
        "WITH RECURSIVE tree(id) AS (SELECT ? UNION SELECT r.child_id "
        "FROM managed_object_references r JOIN tree ON r.parent_id = tree.id "
        f"WHERE r.kind IN ({marks})) SELECT id FROM tree"
    )


def _where(request: Request) -> _Where:
    where = _Where()
    raw_source = request.param("source")
    kinds: set[str] = set()
    for flag, scope in SOURCE_SCOPES.items():
        if request.flag(flag, AREA):
            kinds.update(scope)
            if not raw_source:
                raise invalid_data(AREA, f"Query parameter {flag} needs the source parameter")
    if raw_source:
        source_id = parse_id(raw_source.strip())
        if source_id is None:
            where.clauses.append("0")
        elif kinds:
            kind_list = sorted(kinds)
            where.clauses.append(f"a.source_id IN ({_descendants_sql(kind_list)})")
            where.args.extend((source_id, *kind_list))
        else:
            where.clauses.append("a.source_id = ?")
            where.args.append(source_id)
    resolved = request.param("resolved")
    statuses = _list_param(request, "status")
    for status in statuses:
        if status not in STATUSES:
            raise invalid_data(
                AREA, f"Query parameter status must list {', '.join(STATUSES)}, got {status!r}"
            )
    if resolved is not None and resolved != "":
        statuses = ["CLEARED"] if request.flag("resolved", AREA) else list(OPEN_STATUSES)
    if statuses:
        where.clauses.append(f"a.status IN ({','.join('?' * len(statuses))})")
        where.args.extend(statuses)
    severities = _list_param(request, "severity")
    for severity in severities:
        if severity not in SEVERITIES:
            raise invalid_data(
                AREA,
                f"Query parameter severity must list {', '.join(SEVERITIES)}, got {severity!r}",
            )
    if severities:
        where.clauses.append(f"a.severity IN ({','.join('?' * len(severities))})")
        where.args.extend(severities)
    types = _list_param(request, "type")
    if types:
        where.clauses.append(f"a.type IN ({','.join('?' * len(types))})")
        where.args.extend(types)
    for column, start, end in (
        ("time_ms", "dateFrom", "dateTo"),
        ("created_ms", "createdFrom", "createdTo"),
        ("updated_ms", "lastUpdatedFrom", "lastUpdatedTo"),
    ):
        low = date_param(request, start, AREA)
        high = date_param(request, end, AREA)
        if low is not None:
            where.clauses.append(f"a.{column} >= ?")
            where.args.append(low)
        if high is not None:
            where.clauses.append(f"a.{column} < ?")
            where.args.append(high)
    return where


def _has_any(request: Request, names: Sequence[str]) -> bool:
    return any((request.param(name) or "").strip() for name in names)


# --- handlers ----------------------------------------------------------------------------------


def register(router: Router, storage: Storage) -> None:
    """Add the alarm routes to ``router`` and the source cleanup to ``storage``."""
    storage.add_source_deleted_hook(_delete_for_sources)
    api = _AlarmApi(storage)
    rules = data_rules("ROLE_ALARM", "ALARM", _TARGET)
    router.add("GET", API_PATH, api.get_api, access=ANY_USER)
    router.add("GET", BASE_PATH, api.list_alarms, access=rules.read)
    router.add("POST", BASE_PATH, api.create_alarm, access=rules.write)
    router.add("PUT", BASE_PATH, api.update_alarms, access=rules.admin)
    router.add("DELETE", BASE_PATH, api.delete_alarms, access=rules.admin)
    router.add("GET", BASE_PATH + "/count", api.count_alarms, access=rules.read)
    router.add("POST", BASE_PATH + "/upsert", api.upsert_alarm, access=rules.write)
    router.add("GET", BASE_PATH + "/{id}", api.get_alarm, access=rules.read_one)
    router.add("PUT", BASE_PATH + "/{id}", api.update_alarm, access=rules.write_one)


def _delete_for_sources(cur: sqlite3.Cursor, ids: list[int]) -> None:
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        cur.execute(f"DELETE FROM alarms WHERE source_id IN ({','.join('?' * len(chunk))})", chunk)


class _AlarmApi:
    def __init__(self, storage: Storage) -> None:
        self.storage = storage

    def get_api(self, request: Request, params: dict[str, str]) -> Response:
        alarms = request.url(BASE_PATH)
        span = "dateFrom={dateFrom}&dateTo={dateTo}"
        document = {
            "self": request.url(API_PATH),
            "alarms": {"self": alarms, "alarms": []},
            "alarmsForSource": alarms + "?source={source}",
            "alarmsForStatus": alarms + "?status={status}",
            "alarmsForTime": f"{alarms}?{span}",
            "alarmsForSourceAndStatus": alarms + "?source={source}&status={status}",
            "alarmsForSourceAndTime": f"{alarms}?source={{source}}&{span}",
            "alarmsForStatusAndTime": f"{alarms}?status={{status}}&{span}",
            "alarmsForSourceAndStatusAndTime": (
                f"{alarms}?source={{source}}&status={{status}}&{span}"
            ),
        }
        return json_response(request, 200, document, ALARM_API)

    def list_alarms(self, request: Request, params: dict[str, str]) -> Response:
        page = parse_page_request(request, AREA)
        with self.storage.read() as cur:
            where = _where(request)
            restrict(request.visibility, cur, where.clauses, where.args, "a.source_id", "a.type")
            found = fetch_page(
                cur,
                page,
                select=f"{_ROW_SQL} WHERE {where.sql()} ORDER BY a.time_ms DESC, a.id DESC",
                count=f"SELECT COUNT(*) FROM alarms a WHERE {where.sql()}",
                args=where.args,
            )
        return page_response(
            request,
            page,
            key="alarms",
            items=_render_rows(request.base_url, found.rows),
            has_more=found.has_more,
            total=found.total,
            media_type=ALARM_COLLECTION,
        )

    def count_alarms(self, request: Request, params: dict[str, str]) -> Response:
        with self.storage.read() as cur:
            where = _where(request)
            restrict(request.visibility, cur, where.clauses, where.args, "a.source_id", "a.type")
            count = cur.execute(
                f"SELECT COUNT(*) FROM alarms a WHERE {where.sql()}", where.args
            ).fetchone()[0]
        accepted = media.accepted_types(request.headers)
        plain = "text/plain" in accepted and media.JSON not in accepted
        return Response(200, str(count).encode(), "text/plain" if plain else media.JSON)

    def get_alarm(self, request: Request, params: dict[str, str]) -> Response:
        alarm_id = parse_id(params["id"])
        if alarm_id is None:
            raise _missing(params["id"])
        with self.storage.read() as cur:
            rows = fetch_raw_text(cur, _ROW_SQL + " WHERE a.id = ?", (alarm_id,))
        if not rows:
            raise _missing(params["id"])
        body = _render_rows(request.base_url, rows)[0]
        return Response(200, body, media.negotiate(request.headers, ALARM))

    def create_alarm(self, request: Request, params: dict[str, str]) -> Response:
        document = request.json_object(AREA)
        members: dict[str, Any] = {
            "type": _text(document.get("type"), "type", required=True),
            "text": _text(document.get("text"), "text", required=False),
            "severity": _enum(document.get("severity"), "severity", SEVERITIES),
            "status": _enum(document.get("status", "ACTIVE"), "status", STATUSES),
            "time": document.get("time"),
        }
        time_ms = parse_timestamp(members["time"], "time", AREA)
        fragments = _custom_fragments(document, _STANDARD)
        with self.storage.write() as cur:
            source_id = _source_id(cur, document)
            check_target(request.visibility, cur, source_id, members["type"])
            existing = (
                _open_alarm(cur, source_id, members["type"])
                if members["status"] != "CLEARED"
                else None
            )
            if existing is not None:
                self._count_occurrence(cur, existing, time_ms)
                alarm_id = existing
            else:
                members.update({k: v for k, v in fragments.items() if v is not None})
                alarm_id = _insert(cur, self.storage, source_id, members)
                _audit(cur, request, alarm_id, members, None)
            body = _render_one(request, cur, alarm_id)
            self.storage.notify(cur, "alarms", "UPDATE" if existing else "CREATE", body)
        response = write_response(request, 201, body, ALARM)
        response.headers.append((b"location", request.url(f"{BASE_PATH}/{alarm_id}").encode()))
        return response

    @staticmethod
    def _count_occurrence(cur: sqlite3.Cursor, alarm_id: int, time_ms: int) -> None:
        loaded = _load(cur, alarm_id)
        assert loaded is not None
        document = loaded[3]
        document.setdefault("firstOccurrenceTime", document["time"])
        document["count"] = int(document.get("count", 1)) + 1
        document["time"] = format_millis(time_ms)
        _store(cur, alarm_id, document, now_millis())

    def update_alarm(self, request: Request, params: dict[str, str]) -> Response:
        document = request.json_object(AREA)
        alarm_id = parse_id(params["id"])
        fixed = READ_ONLY | IMMUTABLE
        changes = _update_members({k: v for k, v in document.items() if k not in fixed})
        if alarm_id is None:
            raise _missing(params["id"])
        with self.storage.write() as cur:
            loaded = _load(cur, alarm_id)
            if loaded is None:
                raise _missing(params["id"])
            source_id, alarm_type, old_status, current = loaded
            refuse_changes(
                AREA,
                f"Alarm {alarm_id}",
                document,
                {
                    **current,
                    "id": str(alarm_id),
                    "self": request.url(f"{BASE_PATH}/{alarm_id}"),
                    "source": {"id": str(source_id)},
                },
                IDENTITY,
                "only text, status, severity and custom fragments can change",
            )
            if old_status == "CLEARED" and changes.get("status", "CLEARED") != "CLEARED":
                conflict = _reopen_conflict(cur, alarm_id, source_id, alarm_type)
                if conflict is not None:
                    raise conflict
            before = dict(current)
            _apply(current, changes)
            _store(cur, alarm_id, current, now_millis())
            _audit(cur, request, alarm_id, current, before)
            body = _render_one(request, cur, alarm_id)
            self.storage.notify(cur, "alarms", "UPDATE", body)
        return write_response(request, 200, body, ALARM)

    def update_alarms(self, request: Request, params: dict[str, str]) -> Response:
        document = request.json_object(AREA)
        if set(document) != {"status"}:
            raise invalid_data(
                AREA,
                "A bulk alarm update changes only the status: the body must be "
                '{"status": "ACTIVE" | "ACKNOWLEDGED" | "CLEARED"}',
            )
        status = _enum(document["status"], "status", STATUSES)
        if not _has_any(request, FILTERS):
            raise invalid_data(
                AREA, "A bulk alarm update needs at least one filter query parameter"
            )
        with self.storage.write() as cur:
            where = _where(request)
            rows = cur.execute(
                f"SELECT a.id, a.source_id, a.type, a.status, a.body FROM alarms a "
                f"WHERE {where.sql()} AND a.status <> ? ORDER BY a.id",
                (*where.args, status),
            ).fetchall()
            stamp = now_millis()
            listening = self.storage.listening(cur, "alarms")
            for alarm_id, source_id, alarm_type, old_status, body in rows:
                if status != "CLEARED" and old_status == "CLEARED":
                    # Checked against the alarms re-opened earlier in this loop as well.
                    conflict = _reopen_conflict(cur, alarm_id, int(source_id), str(alarm_type))
                    if conflict is not None:
                        raise conflict
                current = orjson.loads(body)
                current["status"] = status
                _store(cur, int(alarm_id), current, stamp)
                if listening:
                    self.storage.notify(
                        cur, "alarms", "UPDATE", _render_one(request, cur, alarm_id)
                    )
                _audit(cur, request, int(alarm_id), current, {**current, "status": old_status})
        return Response(200)

    def delete_alarms(self, request: Request, params: dict[str, str]) -> Response:
        parse_page_request(request, AREA)  # refuse what a GET refuses before deleting anything
        if not _has_any(request, DELETE_GUARDS):
            raise invalid_data(
                AREA,
                "Deleting alarms needs at least one of the query parameters "
                + ", ".join(DELETE_GUARDS),
            )
        with self.storage.write() as cur:
            where = _where(request)
            if self.storage.listening(cur, "alarms"):
                for gone in cur.execute(
                    f"SELECT a.id, a.source_id FROM alarms a WHERE {where.sql()}", where.args
                ).fetchall():
                    self.storage.notify(cur, "alarms", "DELETE", gone_document(*gone))
            cur.execute(f"DELETE FROM alarms AS a WHERE {where.sql()}", where.args)
        return Response(204)

    def upsert_alarm(self, request: Request, params: dict[str, str]) -> Response:
        document = request.json_object(AREA)
        alarm_type = _text(document.get("type"), "type", required=True)
        refused = sorted(READ_ONLY & set(document))
        changes = _update_members({k: v for k, v in document.items() if k not in refused})
        changes.pop("source", None)
        changes.pop("type", None)
        time_value = changes.pop("time", None)
        if time_value is not None:
            parse_timestamp(time_value, "time", AREA)
        with self.storage.write() as cur:
            source_id = _source_id(cur, document)
            check_target(request.visibility, cur, source_id, alarm_type)
            existing = _open_alarm(cur, source_id, alarm_type)
            if existing is not None:
                loaded = _load(cur, existing)
                assert loaded is not None
                current = loaded[3]
                before = dict(current)
                _apply(current, changes)
                _store(cur, existing, current, now_millis())
                _audit(cur, request, existing, current, before)
                alarm_id, status = existing, 200
            else:
                members = {
                    "type": alarm_type,
                    "severity": "MAJOR",
                    "status": "ACTIVE",
                    "time": time_value if time_value is not None else format_millis(now_millis()),
                }
                members.update({k: v for k, v in changes.items() if v is not None})
                alarm_id, status = _insert(cur, self.storage, source_id, members), 201
                _audit(cur, request, alarm_id, members, None)
            body = _render_one(request, cur, alarm_id)
            self.storage.notify(cur, "alarms", "CREATE" if status == 201 else "UPDATE", body)
        response = write_response(request, status, body, ALARM)
        if status == 201:
            response.headers.append((b"location", request.url(f"{BASE_PATH}/{alarm_id}").encode()))
        return response


def _update_members(document: dict[str, Any]) -> dict[str, Any]:
    """Validate the changeable members of an update (text, status, severity, fragments)."""
    changes: dict[str, Any] = {}
    for key, value in document.items():
        if key == "text":
            changes[key] = _text(value, "text", required=False)
        elif key == "status":
            changes[key] = _enum(value, "status", STATUSES)
        elif key == "severity":
            changes[key] = _enum(value, "severity", SEVERITIES)
        elif key == "":
            raise invalid_data(AREA, "Fragment names must not be empty")
        else:
            changes[key] = value
    return changes


def _apply(current: dict[str, Any], changes: dict[str, Any]) -> None:
    for key, value in changes.items():
        if value is None:
            current.pop(key, None)
        else:
            current[key] = value


# What an alarm's audit record lists among its changes (attribute -> the platform's value type).
_AUDITED = {
    "status": "com.cumulocity.model.event.CumulocityAlarmStatuses",
    "severity": "com.cumulocity.model.event.CumulocitySeverities",
    "text": "java.lang.String",
}


def _audit(
    cur: sqlite3.Cursor,
    request: Request,
    alarm_id: int,
    alarm: dict[str, Any],
    before: dict[str, Any] | None,
) -> None:
    """Write the audit record of an alarm created (``before`` None) or updated."""
    audit.record(
        cur,
        type="Alarm",
        source=alarm_id,
        activity="Alarm created" if before is None else "Alarm updated",
        text=str(alarm.get("text", "")),
        user=request.user,
        severity=alarm["severity"],
        changes=() if before is None else audit.changes_between(before, alarm, _AUDITED),
    )
