"""Bulk operations: one operation for every device of a group, created on a schedule.

Behaviour (the platform's documented rules, plus the emulator's choices where it is silent):

- ``POST /devicecontrol/bulkoperations`` needs ``operationPrototype`` (an object),
  ``creationRamp`` (seconds between two creations, a number >= 0) and exactly one of
  ``groupId`` (a static device group; its direct ``childAssets`` and ``childDevices`` that carry
  ``c8y_IsDevice`` are the targets) and ``failedParentId`` (an earlier bulk operation; the
  devices whose operation in it FAILED are the targets). ``startDate`` defaults to now. The
  targets are fixed when the bulk operation is created (or re-targeted by a PUT while ACTIVE).
- Target number ``i`` (from 0) is due at ``startDate + i * creationRamp``. The emulator has no
  background clock: due operations are created when any operation or bulk operation request
  arrives, in due order, each with the prototype's fragments and ``bulkOperationId``. A target
  device outside every agent's hierarchy gets a FAILED operation naming the reason.
- ``status``: ACTIVE until the first operation exists, IN_PROGRESS while some are still to be
  created, COMPLETED when all exist, DELETED once cancelled. ``progress`` counts the children by
  status (``pending``, ``executing``, ``successful``, ``failed``); ``all`` is the number of
  targets. ``generalStatus``: SCHEDULED (ACTIVE), EXECUTING or EXECUTING_WITH_ERRORS (a child
  FAILED) while operations are to be created or still run, then SUCCESSFUL or FAILED (some child
  failed), CANCELED once cancelled.
- ``PUT .../{id}`` may change ``startDate``, ``creationRamp``, ``operationPrototype`` and custom
  fragments (applied to the operations not created yet); ``groupId`` / ``failedParentId`` only
  while ACTIVE. Read-only members are ignored; a cancelled bulk operation refuses changes (422).
- ``DELETE .../{id}`` cancels: no further operation is created; the ones created stay. The bulk
  operation remains readable with status DELETED; a second DELETE is a no-op.
- Lists are in ascending id order. Deleting a device removes it from every target list.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

import orjson

from c8y_emulator import media, operations
from c8y_emulator.access import require
from c8y_emulator.errors import ApiError, invalid_data, not_found
from c8y_emulator.paging import page_response, parse_page_request
from c8y_emulator.storage import Storage, parse_id
from c8y_emulator.timestamps import format_millis, now_millis, parse_timestamp
from c8y_emulator.web import Request, Response, Router, write_response

AREA = operations.AREA
BASE_PATH = "/devicecontrol/bulkoperations"

BULK_OPERATION = media.vendor("bulkoperation")
BULK_OPERATION_COLLECTION = media.vendor("bulkoperationcollection")

SCHEMA = """
CREATE TABLE IF NOT EXISTS bulk_operations (
    id INTEGER PRIMARY KEY,
    deleted INTEGER NOT NULL DEFAULT 0,
    start_ms INTEGER NOT NULL,
    ramp_ms INTEGER NOT NULL,
    body TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS bulk_operation_targets (
    bulk_id INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    device_id INTEGER NOT NULL,
    due_ms INTEGER NOT NULL,
    operation_id INTEGER,
    PRIMARY KEY (bulk_id, seq)
);
CREATE INDEX IF NOT EXISTS bulk_operation_targets_due
    ON bulk_operation_targets (due_ms) WHERE operation_id IS NULL;
CREATE INDEX IF NOT EXISTS bulk_operation_targets_by_device
    ON bulk_operation_targets (device_id);
"""

READ_ONLY = frozenset({"id", "self", "status", "generalStatus", "progress"})
TARGETING = ("groupId", "failedParentId")


# --- validation --------------------------------------------------------------------------------


def _missing(raw_id: str) -> ApiError:
    return not_found(
        AREA, f"Finding bulk operation from database failed : No bulk operation for id '{raw_id}'"
    )


def _ramp_ms(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float) or not value >= 0:
        raise invalid_data(
            AREA, f"Field creationRamp must be a number of seconds, 0 or more, got {value!r}"
        )
    if value > 10**9:
        raise invalid_data(AREA, f"Field creationRamp is too large: {value!r} seconds")
    return round(value * 1000)


def _prototype(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise invalid_data(
            AREA, "Field operationPrototype must be an object: the operation for every device"
        )
    operations.operation_fragments(value)  # refused now, not when the children are due
    return value


def _reference(document: dict[str, Any], name: str) -> int | None:
    """The id in member ``name`` (a string or an integer), or None when absent."""
    raw = document.get(name)
    if raw is None:
        return None
    if isinstance(raw, int) and not isinstance(raw, bool):
        raw = str(raw)
    parsed = parse_id(raw) if isinstance(raw, str) else None
    if parsed is None:
        raise invalid_data(AREA, f"Field {name} must be an id, got {document.get(name)!r}")
    return parsed


def _targets(cur: sqlite3.Cursor, document: dict[str, Any], own_id: int | None) -> list[int]:
    """Resolve ``groupId`` / ``failedParentId`` of a request to the target devices."""
    given = [name for name in TARGETING if document.get(name) is not None]
    if len(given) != 1:
        raise invalid_data(AREA, "A bulk operation needs exactly one of groupId and failedParentId")
    if given == ["groupId"]:
        group_id = _reference(document, "groupId")
        assert group_id is not None
        row = cur.execute(
            "SELECT json_type(body, '$.c8y_IsDeviceGroup') IS NOT NULL, "
            "json_type(body, '$.c8y_IsDynamicGroup') IS NOT NULL "
            "FROM managed_objects WHERE id = ?",
            (group_id,),
        ).fetchone()
        if row is None or not (row[0] or row[1]):
            raise invalid_data(AREA, f"groupId {group_id} is not a device group of this tenant")
        if row[1] and not row[0]:
            raise invalid_data(
                AREA, f"Group {group_id} is a dynamic group; the emulator supports static groups"
            )
        members = cur.execute(
            "SELECT r.child_id FROM managed_object_references r "
            "JOIN managed_objects m ON m.id = r.child_id "
            "WHERE r.parent_id = ? AND r.kind IN ('childAssets', 'childDevices') "
            "AND json_type(m.body, '$.c8y_IsDevice') IS NOT NULL ORDER BY r.seq",
            (group_id,),
        ).fetchall()
        return list(dict.fromkeys(int(r[0]) for r in members))
    parent_id = _reference(document, "failedParentId")
    if parent_id is None or parent_id == own_id or not _exists(cur, parent_id):
        raise invalid_data(AREA, f"failedParentId {parent_id} is not a bulk operation")
    failed = cur.execute(
        "SELECT t.device_id FROM bulk_operation_targets t "
        "JOIN operations o ON o.id = t.operation_id "
        "WHERE t.bulk_id = ? AND o.status = 'FAILED' ORDER BY t.seq",
        (parent_id,),
    ).fetchall()
    return list(dict.fromkeys(int(r[0]) for r in failed))


def _exists(cur: sqlite3.Cursor, bulk_id: int) -> bool:
    found = cur.execute("SELECT 1 FROM bulk_operations WHERE id = ?", (bulk_id,)).fetchone()
    return found is not None


def _write_targets(
    cur: sqlite3.Cursor, bulk_id: int, devices: Sequence[int], start_ms: int, ramp_ms: int
) -> None:
    cur.execute("DELETE FROM bulk_operation_targets WHERE bulk_id = ?", (bulk_id,))
    cur.executemany(
        "INSERT INTO bulk_operation_targets (bulk_id, seq, device_id, due_ms) VALUES (?, ?, ?, ?)",
        [(bulk_id, seq, device, start_ms + seq * ramp_ms) for seq, device in enumerate(devices)],
    )


# --- the schedule ------------------------------------------------------------------------------


def create_due_operations(storage: Storage, now_ms: int | None = None) -> int:
    """Create every child operation due by ``now_ms`` (default: now); return how many.

    Runs before each operation and bulk operation request; cheap when nothing is due.
    """
    now = now_millis() if now_ms is None else now_ms
    due_sql = (
        "SELECT t.bulk_id, t.seq, t.device_id FROM bulk_operation_targets t "
        "JOIN bulk_operations b ON b.id = t.bulk_id "
        "WHERE t.operation_id IS NULL AND t.due_ms <= ? AND b.deleted = 0 "
        "ORDER BY t.due_ms, t.bulk_id, t.seq"
    )
    with storage.read() as cur:
        if cur.execute(due_sql + " LIMIT 1", (now,)).fetchone() is None:
            return 0
    with storage.write() as cur:
        due = cur.execute(due_sql, (now,)).fetchall()
        prototypes: dict[int, dict[str, Any]] = {}
        for bulk_id, seq, device_id in due:
            if bulk_id not in prototypes:
                body = cur.execute(
                    "SELECT body FROM bulk_operations WHERE id = ?", (bulk_id,)
                ).fetchone()[0]
                prototypes[bulk_id] = orjson.loads(body).get("operationPrototype", {})
            operation_id = operations.insert_operation(
                cur, storage, int(device_id), prototypes[bulk_id], bulk_id=int(bulk_id)
            )
            cur.execute(
                "UPDATE bulk_operation_targets SET operation_id = ? WHERE bulk_id = ? AND seq = ?",
                (operation_id, bulk_id, seq),
            )
    return len(due)


# --- rendering ---------------------------------------------------------------------------------


def _progress(cur: sqlite3.Cursor, ids: Sequence[int]) -> dict[int, dict[str, int]]:
    counts: dict[int, dict[str, int]] = {
        i: {"pending": 0, "failed": 0, "executing": 0, "successful": 0, "all": 0, "created": 0}
        for i in ids
    }
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        marks = ",".join("?" * len(chunk))
        for bulk_id, total, created, pending, executing, successful, failed in cur.execute(
            "SELECT t.bulk_id, COUNT(*), COUNT(t.operation_id), "
            "COALESCE(SUM(o.status = 'PENDING'), 0), COALESCE(SUM(o.status = 'EXECUTING'), 0), "
            "COALESCE(SUM(o.status = 'SUCCESSFUL'), 0), COALESCE(SUM(o.status = 'FAILED'), 0) "
            "FROM bulk_operation_targets t LEFT JOIN operations o ON o.id = t.operation_id "
            f"WHERE t.bulk_id IN ({marks}) GROUP BY t.bulk_id",
            chunk,
        ):
            counts[bulk_id].update(
                all=total,
                created=created,
                pending=pending,
                executing=executing,
                successful=successful,
                failed=failed,
            )
    return counts


def _statuses(deleted: bool, start_ms: int, now: int, counts: dict[str, int]) -> tuple[str, str]:
    if deleted:
        return "DELETED", "CANCELED"
    if counts["created"] == 0 and (counts["all"] > 0 or now < start_ms):
        return "ACTIVE", "SCHEDULED"
    status = "COMPLETED" if counts["created"] == counts["all"] else "IN_PROGRESS"
    running = counts["pending"] + counts["executing"] > 0 or status == "IN_PROGRESS"
    if running:
        return status, "EXECUTING_WITH_ERRORS" if counts["failed"] else "EXECUTING"
    return status, "FAILED" if counts["failed"] else "SUCCESSFUL"


def _render(request: Request, cur: sqlite3.Cursor, ids: Sequence[int]) -> list[bytes]:
    if not ids:
        return []
    rows = {
        int(r[0]): r
        for r in cur.execute(
            f"SELECT id, deleted, start_ms, body FROM bulk_operations "
            f"WHERE id IN ({','.join('?' * len(ids))})",
            list(ids),
        )
    }
    counts = _progress(cur, ids)
    now = now_millis()
    out: list[bytes] = []
    for bulk_id in ids:
        _, deleted, start_ms, body = rows[bulk_id]
        progress = counts[bulk_id]
        status, general = _statuses(bool(deleted), int(start_ms), now, progress)
        head = {
            "id": str(bulk_id),
            "self": request.url(f"{BASE_PATH}/{bulk_id}"),
            "status": status,
            "generalStatus": general,
            "progress": {k: v for k, v in progress.items() if k != "created"},
        }
        out.append(orjson.dumps(head)[:-1] + b"," + body[1:].encode())
    return out


# --- handlers ----------------------------------------------------------------------------------


_READ = require("ROLE_BULK_OPERATION_READ")
_ADMIN = require("ROLE_BULK_OPERATION_ADMIN")


def register(router: Router, storage: Storage) -> operations.BeforeRequest:
    """Add the bulk operation routes to ``router``.

    Returns:
        The hook that creates due child operations; pass it to
        :func:`c8y_emulator.operations.register`.
    """
    storage.add_source_deleted_hook(_delete_for_devices)
    api = _BulkOperationApi(storage)
    router.add("GET", BASE_PATH, api.list_bulk_operations, access=_READ)
    router.add("POST", BASE_PATH, api.create_bulk_operation, access=_ADMIN)
    router.add("GET", BASE_PATH + "/{id}", api.get_bulk_operation, access=_READ)
    router.add("PUT", BASE_PATH + "/{id}", api.update_bulk_operation, access=_ADMIN)
    router.add("DELETE", BASE_PATH + "/{id}", api.delete_bulk_operation, access=_ADMIN)
    return api.create_due


def _delete_for_devices(cur: sqlite3.Cursor, ids: list[int]) -> None:
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        marks = ",".join("?" * len(chunk))
        cur.execute(f"DELETE FROM bulk_operation_targets WHERE device_id IN ({marks})", chunk)


class _BulkOperationApi:
    def __init__(self, storage: Storage) -> None:
        self.storage = storage

    def create_due(self) -> None:
        create_due_operations(self.storage)

    def _one(self, request: Request, bulk_id: int) -> bytes:
        with self.storage.read() as cur:
            return _render(request, cur, [bulk_id])[0]

    def list_bulk_operations(self, request: Request, params: dict[str, str]) -> Response:
        page = parse_page_request(request, AREA)
        self.create_due()
        with self.storage.read() as cur:
            ids = [
                int(r[0])
                for r in cur.execute(
                    "SELECT id FROM bulk_operations ORDER BY id LIMIT ? OFFSET ?",
                    (page.page_size + 1, page.offset),
                )
            ]
            total = None
            if page.needs_total:
                total = cur.execute("SELECT COUNT(*) FROM bulk_operations").fetchone()[0]
            items = _render(request, cur, ids[: page.page_size])
        return page_response(
            request,
            page,
            key="bulkOperations",
            items=items,
            has_more=len(ids) > page.page_size,
            total=total,
            media_type=BULK_OPERATION_COLLECTION,
        )

    def create_bulk_operation(self, request: Request, params: dict[str, str]) -> Response:
        document = request.json_object(AREA)
        prototype = _prototype(document.get("operationPrototype"))
        ramp_ms = _ramp_ms(document.get("creationRamp"))
        start_ms = (
            parse_timestamp(document["startDate"], "startDate", AREA)
            if document.get("startDate") is not None
            else now_millis()
        )
        stored = {k: v for k, v in _stored_members(document).items() if v is not None}
        for name in TARGETING:
            if document.get(name) is not None:
                stored[name] = str(document[name])
        stored.update(
            operationPrototype=prototype,
            creationRamp=document["creationRamp"],
            startDate=format_millis(start_ms),
        )
        with self.storage.write() as cur:
            devices = _targets(cur, document, None)
            bulk_id = self.storage.next_id(cur)
            cur.execute(
                "INSERT INTO bulk_operations (id, start_ms, ramp_ms, body) VALUES (?, ?, ?, ?)",
                (bulk_id, start_ms, ramp_ms, orjson.dumps(stored).decode()),
            )
            _write_targets(cur, bulk_id, devices, start_ms, ramp_ms)
        self.create_due()
        response = write_response(request, 201, self._one(request, bulk_id), BULK_OPERATION)
        response.headers.append((b"location", request.url(f"{BASE_PATH}/{bulk_id}").encode()))
        return response

    def get_bulk_operation(self, request: Request, params: dict[str, str]) -> Response:
        bulk_id = parse_id(params["id"])
        self.create_due()
        with self.storage.read() as cur:
            if bulk_id is None or not _exists(cur, bulk_id):
                raise _missing(params["id"])
            body = _render(request, cur, [bulk_id])[0]
        return Response(200, body, media.negotiate(request.headers, BULK_OPERATION))

    def update_bulk_operation(self, request: Request, params: dict[str, str]) -> Response:
        document = request.json_object(AREA)
        bulk_id = parse_id(params["id"])
        changes = _stored_members(document)
        prototype = (
            _prototype(document["operationPrototype"]) if "operationPrototype" in document else None
        )
        ramp_ms = _ramp_ms(document["creationRamp"]) if "creationRamp" in document else None
        start_ms = (
            parse_timestamp(document["startDate"], "startDate", AREA)
            if "startDate" in document
            else None
        )
        if bulk_id is None:
            raise _missing(params["id"])
        self.create_due()
        with self.storage.write() as cur:
            row = cur.execute(
                "SELECT deleted, start_ms, ramp_ms, body FROM bulk_operations WHERE id = ?",
                (bulk_id,),
            ).fetchone()
            if row is None:
                raise _missing(params["id"])
            if row[0]:
                raise invalid_data(AREA, f"Bulk operation {bulk_id} is cancelled; it cannot change")
            current: dict[str, Any] = orjson.loads(row[3])
            new_start = row[1] if start_ms is None else start_ms
            new_ramp = row[2] if ramp_ms is None else ramp_ms
            if any(name in document for name in TARGETING):
                created = cur.execute(
                    "SELECT COUNT(operation_id) FROM bulk_operation_targets WHERE bulk_id = ?",
                    (bulk_id,),
                ).fetchone()[0]
                if created:
                    raise invalid_data(
                        AREA,
                        f"Bulk operation {bulk_id} has created operations already; its groupId "
                        "and failedParentId can no longer change",
                    )
                merged = {**{k: current.get(k) for k in TARGETING}, **document}
                if "groupId" in document and "failedParentId" not in document:
                    merged["failedParentId"] = None
                if "failedParentId" in document and "groupId" not in document:
                    merged["groupId"] = None
                _write_targets(cur, bulk_id, _targets(cur, merged, bulk_id), new_start, new_ramp)
                for name in TARGETING:
                    current.pop(name, None)
                    if merged.get(name) is not None:
                        current[name] = str(merged[name])
            else:
                cur.execute(
                    "UPDATE bulk_operation_targets SET due_ms = ? + seq * ? "
                    "WHERE bulk_id = ? AND operation_id IS NULL",
                    (new_start, new_ramp, bulk_id),
                )
            for key, value in changes.items():
                if value is None:
                    current.pop(key, None)
                else:
                    current[key] = value
            if prototype is not None:
                current["operationPrototype"] = prototype
            if ramp_ms is not None:
                current["creationRamp"] = document["creationRamp"]
            if start_ms is not None:
                current["startDate"] = format_millis(start_ms)
            cur.execute(
                "UPDATE bulk_operations SET start_ms = ?, ramp_ms = ?, body = ? WHERE id = ?",
                (new_start, new_ramp, orjson.dumps(current).decode(), bulk_id),
            )
        self.create_due()
        return write_response(request, 200, self._one(request, bulk_id), BULK_OPERATION)

    def delete_bulk_operation(self, request: Request, params: dict[str, str]) -> Response:
        bulk_id = parse_id(params["id"])
        self.create_due()
        with self.storage.write() as cur:
            if bulk_id is None or not _exists(cur, bulk_id):
                raise _missing(params["id"])
            cur.execute("UPDATE bulk_operations SET deleted = 1 WHERE id = ?", (bulk_id,))
        return Response(204)


def _stored_members(document: dict[str, Any]) -> dict[str, Any]:
    """The custom fragments of a request (members the bulk operation does not define)."""
    stored: dict[str, Any] = {}
    for key, value in document.items():
        if key in READ_ONLY or key in _DEFINED:
            continue
        if key == "":
            raise invalid_data(AREA, "Fragment names must not be empty")
        stored[key] = value
    return stored


_DEFINED = frozenset({"operationPrototype", "creationRamp", "startDate", *TARGETING})
