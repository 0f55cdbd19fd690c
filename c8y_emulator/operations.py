"""Device control: operations for devices (``/devicecontrol/operations``) and the API resource.

Behaviour (the platform's documented rules, plus the emulator's choices where it is silent):

- ``POST /devicecontrol/operations`` needs ``deviceId`` (an existing managed object). As the
  platform documents, the device must be in the ``childDevices`` hierarchy of an agent: the device
  itself or its nearest ancestor over ``childDevices`` carrying ``com_cumulocity_model_Agent``
  (else 422); that agent is the operation's agent for the ``agentId`` filter. A new operation is
  PENDING; ``status``, ``failureReason`` and other read-only members of the request are ignored;
  every other member is kept as a fragment.
- ``PUT /devicecontrol/operations/{id}`` needs ``status`` and may set ``failureReason`` and
  custom fragments (``null`` removes one). Emulator rule: the status only moves forward,
  PENDING -> EXECUTING -> SUCCESSFUL or FAILED (PENDING may finish directly); anything else is
  422. Read-only members (``id``, ``self``, ``deviceId``, ``creationTime``,
  ``bulkOperationId``) may be repeated with their current value, as clients that send back what
  they read do; a different value is 422 (:mod:`c8y_emulator.readonly`). The derived
  ``deviceName`` and ``deviceExternalIDs`` of collection entries are ignored.
- Filters: ``deviceId``, ``agentId`` (then every operation shows ``deviceExternalIDs``),
  ``status``, ``fragmentType``, ``bulkOperationId``, ``dateFrom``/``dateTo`` on ``creationTime``
  (from inclusive, to exclusive). Lists are in ascending id order; ``revert=true`` with a date
  range gives the newest first. Collection entries carry ``deviceName``.
- ``DELETE /devicecontrol/operations?<filters>`` deletes the matching operations (the same
  filters as the list).
- Deleting a managed object deletes its operations.

Storage: one row per operation; ``body`` holds its JSON without ``id``, ``self`` and
``deviceId``, which are spliced in front when answering. Bulk operations
(:mod:`c8y_emulator.bulkoperations`) create operations through :func:`insert_operation` and
register a hook that runs before every operation request, so that children due by then exist.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from typing import Any

import orjson

from c8y_emulator import audit, identity, media
from c8y_emulator.access import ANY_USER, check_target, data_rules, restrict
from c8y_emulator.errors import ApiError, invalid_data, not_found
from c8y_emulator.paging import fetch_page, page_response, parse_page_request
from c8y_emulator.readonly import refuse_changes
from c8y_emulator.storage import Storage, fetch_raw_text, parse_id
from c8y_emulator.timestamps import date_param, format_millis, now_millis
from c8y_emulator.web import Request, Response, Router, json_response, write_response

AREA = "devicecontrol"
API_PATH = "/devicecontrol"
BASE_PATH = "/devicecontrol/operations"
INVENTORY_PATH = "/inventory/managedObjects"
AGENT_FRAGMENT = "com_cumulocity_model_Agent"

OPERATION = media.vendor("operation")
OPERATION_COLLECTION = media.vendor("operationcollection")
DEVICE_CONTROL_API = media.vendor("devicecontrolapi")

STATUSES = ("PENDING", "EXECUTING", "SUCCESSFUL", "FAILED")
NEXT_STATUSES = {
    "PENDING": frozenset({"PENDING", "EXECUTING", "SUCCESSFUL", "FAILED"}),
    "EXECUTING": frozenset({"EXECUTING", "SUCCESSFUL", "FAILED"}),
    "SUCCESSFUL": frozenset({"SUCCESSFUL"}),
    "FAILED": frozenset({"FAILED"}),
}

# The managed object (and type) an item of this API belongs to, for inventory role checks.
_TARGET = "SELECT device_id, NULL FROM operations WHERE id = ?"

SCHEMA = """
CREATE TABLE IF NOT EXISTS operations (
    id INTEGER PRIMARY KEY,
    device_id INTEGER NOT NULL,
    agent_id INTEGER,
    status TEXT NOT NULL,
    bulk_id INTEGER,
    created_ms INTEGER NOT NULL,
    body TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS operations_by_device ON operations (device_id, id);
CREATE INDEX IF NOT EXISTS operations_by_agent ON operations (agent_id, status, id);
CREATE INDEX IF NOT EXISTS operations_by_status ON operations (status, id);
CREATE INDEX IF NOT EXISTS operations_by_bulk ON operations (bulk_id, status);
CREATE INDEX IF NOT EXISTS operations_by_time ON operations (created_ms, id);
"""

# Members the server owns or derives; ignored in requests.
READ_ONLY = frozenset(
    {"id", "self", "creationTime", "deviceId", "bulkOperationId", "deviceExternalIDs", "deviceName"}
)

_NOT_FROM_CLIENT = READ_ONLY | {"status", "failureReason"}
# Read-only members a PUT may repeat only with their current value.
_FIXED = frozenset({"id", "self", "creationTime", "deviceId", "bulkOperationId"})

BeforeRequest = Callable[[], None]
"""Run before each operation request (bulk operations create their due children in it)."""


# --- helpers -----------------------------------------------------------------------------------


def _missing(raw_id: str) -> ApiError:
    return not_found(
        AREA, f"Finding device data from database failed : No operation for gid '{raw_id}'!"
    )


def _enum(value: Any, name: str) -> str:
    if not isinstance(value, str) or value not in STATUSES:
        raise invalid_data(
            AREA, f"Field {name} must be one of {', '.join(STATUSES)}, got {value!r}"
        )
    return value


def find_agent(cur: sqlite3.Cursor, device_id: int) -> int | None:
    """Return the device's agent: itself or its nearest ``childDevices`` ancestor with the
    agent fragment (None when there is none)."""
    row = cur.execute(
        "WITH RECURSIVE up(id, depth) AS (SELECT ?, 0 UNION "
        "SELECT r.parent_id, up.depth + 1 FROM managed_object_references r "
        "JOIN up ON r.child_id = up.id WHERE r.kind = 'childDevices' AND up.depth < 64) "
        "SELECT up.id FROM up JOIN managed_objects m ON m.id = up.id "
        "WHERE json_type(m.body, ?) IS NOT NULL ORDER BY up.depth LIMIT 1",
        (device_id, f'$."{AGENT_FRAGMENT}"'),
    ).fetchone()
    return int(row[0]) if row else None


def _object_exists(cur: sqlite3.Cursor, object_id: int) -> bool:
    found = cur.execute("SELECT 1 FROM managed_objects WHERE id = ?", (object_id,)).fetchone()
    return found is not None


def operation_fragments(document: dict[str, Any]) -> dict[str, Any]:
    """Return the members a new operation takes from a client document (read-only ones and
    ``null`` values dropped).

    Raises:
        ApiError: 422 for an empty fragment name.
    """
    fragments: dict[str, Any] = {}
    for key, value in document.items():
        if key in _NOT_FROM_CLIENT:
            continue
        if key == "":
            raise invalid_data(AREA, "Fragment names must not be empty")
        if value is not None:
            fragments[key] = value
    return fragments


def insert_operation(
    cur: sqlite3.Cursor,
    storage: Storage,
    device_id: int,
    document: dict[str, Any],
    *,
    bulk_id: int | None = None,
) -> int:
    """Create an operation for ``device_id`` from a client document (inside a transaction).

    A device outside any agent's hierarchy gets a FAILED operation when the operation comes
    from a bulk operation (``bulk_id``), and a 422 otherwise.

    Raises:
        ApiError: 422 when the device has no agent (and ``bulk_id`` is None).
    """
    agent_id = find_agent(cur, device_id)
    stamp = now_millis()
    body: dict[str, Any] = {"creationTime": format_millis(stamp), "status": "PENDING"}
    if agent_id is None:
        message = (
            f"Device {device_id} is not in the childDevices hierarchy of an agent (a managed "
            f"object with {AGENT_FRAGMENT})"
        )
        if bulk_id is None:
            raise invalid_data(AREA, message)
        body["status"] = "FAILED"
        body["failureReason"] = message
    if bulk_id is not None:
        body["bulkOperationId"] = bulk_id
    body.update(operation_fragments(document))
    operation_id = storage.next_id(cur)
    cur.execute(
        "INSERT INTO operations (id, device_id, agent_id, status, bulk_id, created_ms, body) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            operation_id,
            device_id,
            agent_id,
            body["status"],
            bulk_id,
            stamp,
            orjson.dumps(body).decode(),
        ),
    )
    return operation_id


# --- rendering ---------------------------------------------------------------------------------


_ROW_SQL = (
    "SELECT CAST(o.id AS TEXT), CAST(o.device_id AS TEXT), m.name, o.body "
    "FROM operations o LEFT JOIN managed_objects m ON m.id = o.device_id"
)


def _render_rows(
    request: Request,
    cur: sqlite3.Cursor,
    rows: Sequence[tuple[bytes, bytes, bytes | None, bytes]],
    *,
    device_names: bool = False,
    external_ids: bool = False,
) -> list[bytes]:
    operation_base = (request.base_url + BASE_PATH + "/").encode()
    out: list[bytes] = []
    for operation_id, device_id, name, body in rows:
        extra = b""
        if device_names and name is not None:
            extra += b'"deviceName":' + orjson.dumps(name.decode()) + b","
        if external_ids:
            extra += b'"deviceExternalIDs":' + _external_ids(request, cur, int(device_id)) + b","
        out.append(
            b'{"id":"'
            + operation_id
            + b'","self":"'
            + operation_base
            + operation_id
            + b'","deviceId":"'
            + device_id
            + b'",'
            + extra
            + body[1:]
        )
    return out


def _external_ids(request: Request, cur: sqlite3.Cursor, device_id: int) -> bytes:
    rows = cur.execute(
        "SELECT type, external_id FROM external_ids WHERE managed_object_id = ? ORDER BY rowid",
        (device_id,),
    ).fetchall()
    document = {
        "externalIds": [
            identity.render_external_id(request, str(id_type), str(value), device_id)
            for id_type, value in rows
        ],
        "self": request.url(f"/identity/globalIds/{device_id}/externalIds"),
    }
    return orjson.dumps(document)


def _render_one(request: Request, cur: sqlite3.Cursor, operation_id: int) -> bytes:
    rows = fetch_raw_text(cur, _ROW_SQL + " WHERE o.id = ?", (operation_id,))
    if not rows:
        raise _missing(str(operation_id))
    return _render_rows(request, cur, rows)[0]


# --- filters -----------------------------------------------------------------------------------


def _where(request: Request) -> tuple[str, list[Any], bool]:
    """SQL condition and arguments of the operation filters; and whether a date range is set."""
    clauses: list[str] = []
    args: list[Any] = []
    for name, column in (("deviceId", "device_id"), ("agentId", "agent_id")):
        raw = request.param(name)
        if raw:
            object_id = parse_id(raw.strip())
            clauses.append(f"o.{column} = ?" if object_id is not None else "0")
            args.extend([object_id] if object_id is not None else [])
    status = request.param("status")
    if status:
        if status not in STATUSES:
            raise invalid_data(
                AREA, f"Query parameter status must be one of {', '.join(STATUSES)}, got {status!r}"
            )
        clauses.append("o.status = ?")
        args.append(status)
    bulk = request.param("bulkOperationId")
    if bulk:
        bulk_id = parse_id(bulk.strip())
        if bulk_id is None:
            raise invalid_data(
                AREA, f"Query parameter bulkOperationId must be an integer, got {bulk!r}"
            )
        clauses.append("o.bulk_id = ?")
        args.append(bulk_id)
    fragment = request.param("fragmentType")
    if fragment:
        if '"' in fragment or "\\" in fragment:
            raise invalid_data(
                AREA, f"Query parameter fragmentType is not a fragment name: {fragment!r}"
            )
        clauses.append("json_type(o.body, ?) IS NOT NULL")
        args.append(f'$."{fragment}"')
    low = date_param(request, "dateFrom", AREA)
    high = date_param(request, "dateTo", AREA)
    if low is not None:
        clauses.append("o.created_ms >= ?")
        args.append(low)
    if high is not None:
        clauses.append("o.created_ms < ?")
        args.append(high)
    return (" AND ".join(clauses) or "1"), args, low is not None or high is not None


# --- handlers ----------------------------------------------------------------------------------


def register(router: Router, storage: Storage, before_request: BeforeRequest | None = None) -> None:
    """Add the operation routes to ``router`` and the device cleanup to ``storage``.

    Args:
        router: The app's router.
        storage: The app's storage.
        before_request: Called before each operation request is handled.
    """
    storage.add_source_deleted_hook(_delete_for_devices)
    api = _OperationApi(storage, before_request or (lambda: None))
    rules = data_rules("ROLE_DEVICE_CONTROL", "OPERATION", _TARGET)
    router.add("GET", API_PATH, api.get_api, access=ANY_USER)
    router.add("GET", BASE_PATH, api.list_operations, access=rules.read)
    router.add("POST", BASE_PATH, api.create_operation, access=rules.write)
    router.add("DELETE", BASE_PATH, api.delete_operations, access=rules.admin)
    router.add("GET", BASE_PATH + "/{id}", api.get_operation, access=rules.read_one)
    router.add("PUT", BASE_PATH + "/{id}", api.update_operation, access=rules.write_one)


def _delete_for_devices(cur: sqlite3.Cursor, ids: list[int]) -> None:
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        marks = ",".join("?" * len(chunk))
        cur.execute(f"DELETE FROM operations WHERE device_id IN ({marks})", chunk)


class _OperationApi:
    def __init__(self, storage: Storage, before_request: BeforeRequest) -> None:
        self.storage = storage
        self.before_request = before_request

    def get_api(self, request: Request, params: dict[str, str]) -> Response:
        operations = request.url(BASE_PATH)
        document = {
            "self": request.url(API_PATH),
            "operations": {"self": operations, "operations": []},
            "operationsByStatus": operations + "?status={status}",
            "operationsByAgentId": operations + "?agentId={agentId}",
            "operationsByAgentIdAndStatus": operations + "?agentId={agentId}&status={status}",
            "operationsByDeviceId": operations + "?deviceId={deviceId}",
            "operationsByDeviceIdAndStatus": operations + "?deviceId={deviceId}&status={status}",
        }
        return json_response(request, 200, document, DEVICE_CONTROL_API)

    def list_operations(self, request: Request, params: dict[str, str]) -> Response:
        page = parse_page_request(request, AREA)
        where, args, ranged = _where(request)
        order = "DESC" if ranged and request.flag("revert", AREA) else "ASC"
        self.before_request()
        with self.storage.read() as cur:
            clauses, values = [where], list(args)
            restrict(request.visibility, cur, clauses, values, "o.device_id")
            where, args = " AND ".join(clauses), values
            found = fetch_page(
                cur,
                page,
                select=f"{_ROW_SQL} WHERE {where} ORDER BY o.id {order}",
                count=f"SELECT COUNT(*) FROM operations o WHERE {where}",
                args=args,
            )
            items = _render_rows(
                request,
                cur,
                found.rows,
                device_names=True,
                external_ids=bool(request.param("agentId")),
            )
        return page_response(
            request,
            page,
            key="operations",
            items=items,
            has_more=found.has_more,
            total=found.total,
            media_type=OPERATION_COLLECTION,
        )

    def create_operation(self, request: Request, params: dict[str, str]) -> Response:
        document = request.json_object(AREA)
        raw = document.get("deviceId")
        if isinstance(raw, int) and not isinstance(raw, bool):
            raw = str(raw)
        if not isinstance(raw, str) or not raw:
            raise invalid_data(AREA, "Field deviceId must be the id of the target device")
        device_id = parse_id(raw)
        self.before_request()
        with self.storage.write() as cur:
            if device_id is None or not _object_exists(cur, device_id):
                raise invalid_data(AREA, f"Device '{raw}' is not a managed object of this tenant")
            check_target(request.visibility, cur, device_id)
            operation_id = insert_operation(cur, self.storage, device_id, document)
            _audit(cur, request, operation_id, None, "PENDING")
            body = _render_one(request, cur, operation_id)
            self.storage.notify(cur, "operations", "CREATE", body)
        response = write_response(request, 201, body, OPERATION)
        response.headers.append((b"location", request.url(f"{BASE_PATH}/{operation_id}").encode()))
        return response

    def get_operation(self, request: Request, params: dict[str, str]) -> Response:
        operation_id = parse_id(params["id"])
        if operation_id is None:
            raise _missing(params["id"])
        self.before_request()
        with self.storage.read() as cur:
            rows = fetch_raw_text(cur, _ROW_SQL + " WHERE o.id = ?", (operation_id,))
            if not rows:
                raise _missing(params["id"])
            body = _render_rows(request, cur, rows)[0]
        return Response(200, body, media.negotiate(request.headers, OPERATION))

    def update_operation(self, request: Request, params: dict[str, str]) -> Response:
        document = request.json_object(AREA)
        operation_id = parse_id(params["id"])
        if "status" not in document:
            raise invalid_data(AREA, "Field status is mandatory when updating an operation")
        status = _enum(document["status"], "status")
        reason = document.get("failureReason")
        if reason is not None and not isinstance(reason, str):
            raise invalid_data(AREA, f"Field failureReason must be a string, got {reason!r}")
        changes: dict[str, Any] = {}
        for key, value in document.items():
            if key in READ_ONLY:
                continue
            if key == "":
                raise invalid_data(AREA, "Fragment names must not be empty")
            changes[key] = value
        if operation_id is None:
            raise _missing(params["id"])
        self.before_request()
        with self.storage.write() as cur:
            row = cur.execute(
                "SELECT status, body, device_id FROM operations WHERE id = ?", (operation_id,)
            ).fetchone()
            if row is None:
                raise _missing(params["id"])
            current: dict[str, Any] = orjson.loads(row[1])
            refuse_changes(
                AREA,
                f"Operation {operation_id}",
                document,
                {
                    **current,
                    "id": str(operation_id),
                    "self": request.url(f"{BASE_PATH}/{operation_id}"),
                    "deviceId": str(row[2]),
                },
                _FIXED,
                "only status, failureReason and custom fragments can change",
            )
            if status not in NEXT_STATUSES[row[0]]:
                raise invalid_data(
                    AREA,
                    f"Operation {operation_id} cannot change from {row[0]} to {status}: "
                    "operations move PENDING -> EXECUTING -> SUCCESSFUL or FAILED",
                )
            for key, value in changes.items():
                if value is None:
                    current.pop(key, None)
                else:
                    current[key] = value
            cur.execute(
                "UPDATE operations SET status = ?, body = ? WHERE id = ?",
                (status, orjson.dumps(current).decode(), operation_id),
            )
            _audit(cur, request, operation_id, row[0], status)
            body = _render_one(request, cur, operation_id)
            self.storage.notify(cur, "operations", "UPDATE", body)
        return write_response(request, 200, body, OPERATION)

    def delete_operations(self, request: Request, params: dict[str, str]) -> Response:
        parse_page_request(request, AREA)  # refuse what a GET refuses before deleting anything
        where, args, _ = _where(request)
        self.before_request()
        with self.storage.write() as cur:
            if self.storage.listening(cur, "operations"):
                for gone in cur.execute(
                    f"SELECT o.id, o.device_id FROM operations o WHERE {where}", args
                ).fetchall():
                    self.storage.notify(
                        cur, "operations", "DELETE", b'{"id":"%d","deviceId":"%d"}' % gone
                    )
            cur.execute(f"DELETE FROM operations AS o WHERE {where}", args)
        return Response(204)


def _audit(
    cur: sqlite3.Cursor, request: Request, operation_id: int, before: str | None, status: str
) -> None:
    """Write the audit record of an operation created (``before`` None) or updated."""
    verb = "created" if before is None else "updated"
    audit.record(
        cur,
        type="Operation",
        source=operation_id,
        activity=f"Operation {verb}",
        text=f"Operation {verb}: status='{status}'",
        user=request.user,
        changes=audit.changes_between(
            {"status": before},
            {"status": status},
            {"status": "com.cumulocity.model.operation.OperationStatus"},
        )
        if before is not None
        else (),
    )
