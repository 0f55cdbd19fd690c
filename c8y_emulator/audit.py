"""Audit records: the tenant's log of who changed what, read and appended through ``/audit``.

Behaviour:

- ``GET /audit/auditRecords`` lists records newest first (by ``time``, then id), oldest first
  with ``revert=true``. Filters: ``type``, ``source``, ``application`` and ``user`` (exact
  values), ``dateFrom`` (inclusive) and ``dateTo`` (exclusive) on ``time``. Paging as everywhere.
- ``GET /audit/auditRecords/{id}`` answers one record (404 for an unknown id).
- ``POST /audit/auditRecords`` appends a record: ``type`` (one of :data:`TYPES`), ``time``,
  ``activity``, ``text`` and ``source.id`` are required; ``user`` defaults to the caller.
  ``severity`` and ``application`` are read-only in the spec (the platform fills them); the
  emulator keeps a valid value a client sends, since it has no calling application to take one
  from. ``changes`` of a client are stored as sent when they are a list of objects.
- Records the emulator writes itself (:func:`record`), inside the same transaction as the change
  they describe: alarm creation and updates (``changes`` list the status, severity and text
  that moved), operation creation and updates (status), users and groups created, updated and
  deleted. The record's ``source.id`` is the changed object itself (the alarm's or operation's
  id, the user's name, the group's id), as the platform writes it. Records never carry a
  password or any other value the platform masks.

Storage: one row per record; ``body`` holds the JSON without ``id`` and ``self``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import orjson

from c8y_emulator import media
from c8y_emulator.access import require
from c8y_emulator.errors import ApiError, invalid_data, not_found
from c8y_emulator.paging import fetch_page, page_response, parse_page_request
from c8y_emulator.storage import Storage, allocate_id, fetch_raw_text, parse_id
from c8y_emulator.timestamps import date_param, format_millis, now_millis, parse_timestamp
from c8y_emulator.web import Request, Response, Router, json_response, write_response

AREA = "audit"
API_PATH = "/audit"
BASE_PATH = "/audit/auditRecords"

AUDIT_RECORD = media.vendor("auditrecord")
AUDIT_RECORD_COLLECTION = media.vendor("auditrecordcollection")
AUDIT_API = media.vendor("auditapi")

READ = require("ROLE_AUDIT_READ")
ADMIN = require("ROLE_AUDIT_ADMIN")

TYPES = (
    "Alarm",
    "Application",
    "BulkOperation",
    "CepModule",
    "Connector",
    "Event",
    "Group",
    "Inventory",
    "InventoryRole",
    "Operation",
    "Option",
    "Report",
    "SingleSignOn",
    "SmartRule",
    "SYSTEM",
    "Tenant",
    "TenantAuthConfig",
    "TrustedCertificates",
    "User",
    "UserAuthentication",
)
SEVERITIES = ("CRITICAL", "MAJOR", "MINOR", "WARNING", "INFORMATION")
FILTERS = ("type", "source", "application", "user")

SCHEMA = """
CREATE TABLE IF NOT EXISTS audit_records (
    id INTEGER PRIMARY KEY,
    type TEXT NOT NULL,
    source TEXT NOT NULL,
    user TEXT,
    application TEXT,
    time_ms INTEGER NOT NULL,
    body TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_records_by_time ON audit_records (time_ms, id);
CREATE INDEX IF NOT EXISTS audit_records_by_source ON audit_records (source, time_ms);
"""


# --- writing -----------------------------------------------------------------------------------


def change(attribute: str, previous: Any, new: Any, value_type: str) -> dict[str, Any]:
    """One entry of a record's ``changes``: an attribute that moved from ``previous`` to ``new``.

    Values are written as text (the platform's strings); None stays null. ``changeType`` is
    ``ADDED`` when there was no previous value, else ``REPLACED``.
    """
    return {
        "attribute": attribute,
        "type": value_type,
        "previousValue": _text(previous),
        "newValue": _text(new),
        "changeType": "ADDED" if previous is None else "REPLACED",
    }


def changes_between(
    before: Mapping[str, Any], after: Mapping[str, Any], attributes: Mapping[str, str]
) -> list[dict[str, Any]]:
    """The changes of ``attributes`` (name -> value type) from ``before`` to ``after``."""
    return [
        change(name, before.get(name), after.get(name), kind)
        for name, kind in attributes.items()
        if before.get(name) != after.get(name)
    ]


def _text(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    return orjson.dumps(value).decode()


def record(
    cur: sqlite3.Cursor,
    *,
    type: str,
    source: str | int,
    activity: str,
    text: str,
    user: str,
    changes: Iterable[Mapping[str, Any]] = (),
    severity: str | None = None,
    application: str | None = None,
) -> int:
    """Append an audit record inside the caller's write transaction; return its id.

    Args:
        cur: The cursor of the transaction that makes the change being recorded.
        type: One of :data:`TYPES` (``Alarm``, ``Operation``, ``User``, ``Group``, ...).
        source: The id of the changed object (a user's name for ``User`` records).
        activity: What happened, e.g. ``Alarm updated``.
        text: A description for people.
        user: Who made the change.
        changes: Entries built with :func:`change` / :func:`changes_between`.
        severity: The record's severity (an alarm record takes the alarm's).
        application: The application the change came through, when known.
    """
    stamp = now_millis()
    body: dict[str, Any] = {
        "type": type,
        "time": format_millis(stamp),
        "creationTime": format_millis(stamp),
        "source": {"id": str(source)},
        "activity": activity,
        "text": text,
        "user": user,
    }
    listed = [dict(entry) for entry in changes]
    if listed:
        body["changes"] = listed
    if severity is not None:
        body["severity"] = severity
    if application is not None:
        body["application"] = application
    return _insert(cur, body, stamp)


def _insert(cur: sqlite3.Cursor, body: dict[str, Any], time_ms: int) -> int:
    record_id = allocate_id(cur)
    cur.execute(
        "INSERT INTO audit_records (id, type, source, user, application, time_ms, body) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            record_id,
            body["type"],
            body["source"]["id"],
            body.get("user"),
            body.get("application"),
            time_ms,
            orjson.dumps(body).decode(),
        ),
    )
    return record_id


# --- reading -----------------------------------------------------------------------------------


def _missing(raw_id: str) -> ApiError:
    return not_found(AREA, f"Finding audit record from database failed : No record for '{raw_id}'")


def _render_rows(base_url: str, rows: Sequence[tuple[bytes, bytes]]) -> list[bytes]:
    prefix = (base_url + BASE_PATH + "/").encode()
    return [
        b'{"id":"' + record_id + b'","self":"' + prefix + record_id + b'",' + body[1:]
        for record_id, body in rows
    ]


_ROW_SQL = "SELECT CAST(id AS TEXT), body FROM audit_records"


def _where(request: Request) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    args: list[Any] = []
    for name in FILTERS:
        value = request.param(name)
        if value:
            clauses.append(f"{name} = ?")
            args.append(value)
    low = date_param(request, "dateFrom", AREA)
    high = date_param(request, "dateTo", AREA)
    if low is not None:
        clauses.append("time_ms >= ?")
        args.append(low)
    if high is not None:
        clauses.append("time_ms < ?")
        args.append(high)
    return (" AND ".join(clauses) if clauses else "1"), args


def _required_text(document: Mapping[str, Any], name: str) -> str:
    value = document.get(name)
    if not isinstance(value, str) or not value:
        raise invalid_data(AREA, f"Field {name} must be a non-empty string")
    return value


def _choice(value: Any, name: str, allowed: Sequence[str]) -> str:
    if not isinstance(value, str) or value not in allowed:
        raise invalid_data(AREA, f"Field {name} must be one of {', '.join(allowed)}")
    return value


def _client_record(request: Request, document: Mapping[str, Any]) -> tuple[dict[str, Any], int]:
    """A record from a POST body, validated; and its time in epoch milliseconds."""
    source = document.get("source")
    raw_source = source.get("id") if isinstance(source, dict) else None
    if isinstance(raw_source, int) and not isinstance(raw_source, bool):
        raw_source = str(raw_source)
    if not isinstance(raw_source, str) or not raw_source:
        raise invalid_data(AREA, 'Field source must be {"id": "<id of the audited object>"}')
    time_ms = parse_timestamp(document.get("time"), "time", AREA)
    body: dict[str, Any] = {
        "type": _choice(document.get("type"), "type", TYPES),
        "time": format_millis(time_ms),
        "creationTime": format_millis(now_millis()),
        "source": {"id": raw_source},
        "activity": _required_text(document, "activity"),
        "text": _required_text(document, "text"),
    }
    user = document.get("user", request.user)
    if not isinstance(user, str):
        raise invalid_data(AREA, "Field user must be a string")
    body["user"] = user
    if "severity" in document:
        body["severity"] = _choice(document["severity"], "severity", SEVERITIES)
    application = document.get("application")
    if application is not None:
        if not isinstance(application, str):
            raise invalid_data(AREA, "Field application must be a string")
        body["application"] = application
    changes = document.get("changes")
    if changes is not None:
        if not isinstance(changes, list) or not all(isinstance(c, dict) for c in changes):
            raise invalid_data(AREA, "Field changes must be a list of objects")
        body["changes"] = changes
    return body, time_ms


def register(router: Router, storage: Storage) -> None:
    """Add the audit routes to ``router``."""
    api = _AuditApi(storage)
    router.add("GET", API_PATH, api.get_api, access=READ)
    router.add("GET", BASE_PATH, api.list_records, access=READ)
    router.add("POST", BASE_PATH, api.create_record, access=ADMIN)
    router.add("GET", BASE_PATH + "/{id}", api.get_record, access=READ)


class _AuditApi:
    def __init__(self, storage: Storage) -> None:
        self.storage = storage

    def get_api(self, request: Request, params: dict[str, str]) -> Response:
        records = request.url(BASE_PATH)
        document = {
            "self": request.url(API_PATH),
            "auditRecords": {"self": records, "auditRecords": []},
            "auditRecordsForApplication": records + "?application={application}",
            "auditRecordsForType": records + "?type={type}",
            "auditRecordsForUser": records + "?user={user}",
            "auditRecordsForTypeAndApplication": records + "?type={type}&application={application}",
            "auditRecordsForTypeAndUserAndApplication": (
                records + "?type={type}&user={user}&application={application}"
            ),
            "auditRecordsForUserAndApplication": records + "?user={user}&application={application}",
            "auditRecordsForUserAndType": records + "?user={user}&type={type}",
        }
        return json_response(request, 200, document, AUDIT_API)

    def list_records(self, request: Request, params: dict[str, str]) -> Response:
        page = parse_page_request(request, AREA)
        where, args = _where(request)
        order = "ASC" if page.revert else "DESC"
        with self.storage.read() as cur:
            found = fetch_page(
                cur,
                page,
                select=f"{_ROW_SQL} WHERE {where} ORDER BY time_ms {order}, id {order}",
                count=f"SELECT COUNT(*) FROM audit_records WHERE {where}",
                args=args,
            )
        return page_response(
            request,
            page,
            key="auditRecords",
            items=_render_rows(request.base_url, found.rows),
            has_more=found.has_more,
            total=found.total,
            media_type=AUDIT_RECORD_COLLECTION,
        )

    def get_record(self, request: Request, params: dict[str, str]) -> Response:
        record_id = parse_id(params["id"])
        if record_id is None:
            raise _missing(params["id"])
        with self.storage.read() as cur:
            rows = fetch_raw_text(cur, _ROW_SQL + " WHERE id = ?", (record_id,))
        if not rows:
            raise _missing(params["id"])
        body = _render_rows(request.base_url, rows)[0]
        return Response(200, body, media.negotiate(request.headers, AUDIT_RECORD))

    def create_record(self, request: Request, params: dict[str, str]) -> Response:
        body, time_ms = _client_record(request, request.json_object(AREA))
        with self.storage.write() as cur:
            record_id = _insert(cur, body, time_ms)
            rows = fetch_raw_text(cur, _ROW_SQL + " WHERE id = ?", (record_id,))
        answer = _render_rows(request.base_url, rows)[0]
        response = write_response(request, 201, answer, AUDIT_RECORD)
        response.headers.append((b"location", request.url(f"{BASE_PATH}/{record_id}").encode()))
        return response
