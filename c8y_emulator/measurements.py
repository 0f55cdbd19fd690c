"""Measurements: creation (one or a collection), filters, deletion, series and aggregation.

Behaviour (the platform's documented rules, plus the emulator's choices where it is silent):

- ``POST /measurement/measurements`` takes one measurement
  (``application/vnd.com.nsn.cumulocity.measurement+json``) or a collection
  (``...measurementcollection+json``, ``{"measurements": [...]}``; answered with the collection).
  Each needs ``source.id`` (an existing managed object; else 422), ``type`` and ``time``. A
  collection is stored completely or not at all. ``time`` is answered as UTC with milliseconds.
- A *series* is a member of a fragment holding a numeric ``value`` (64-bit integer or double) and
  optionally a ``unit`` (then a string, possibly empty, else 422: the platform's generic value
  schema sets no minimum length). In a fragment with at least one
  series, members that are not series are dropped; a fragment without any series is kept as a
  plain fragment (the platform's legacy rule).
- ``GET /measurement/measurements`` filters by ``source``, ``type``, ``valueFragmentType``,
  ``valueFragmentSeries`` and ``dateFrom`` (inclusive) / ``dateTo`` (exclusive); it lists oldest
  first, newest first with ``revert=true`` (legacy persistence order).
- ``DELETE /measurement/measurements`` needs one of ``source``, ``dateFrom``, ``dateTo`` (422
  otherwise) and narrows with ``type`` and ``fragmentType``.
- ``GET /measurement/measurements/series`` needs ``source``, ``dateFrom`` and ``dateTo``. Without
  ``series`` it answers every series of the source with a value in the range (ordered by fragment
  and series name); with ``series`` (repeatable, ``fragment.series``) the requested series the
  source has recorded, in the order asked. ``values`` maps each timestamp (UTC text) to one entry
  per series, ``null`` where a series has no value. Unaggregated, each entry is ``{"min", "max"}``
  (the value twice), at most :data:`MAX_SERIES_VALUES` timestamps are answered (the oldest, or the
  newest with ``revert=true``) and ``truncated`` tells whether more exist. Every value is a
  float: the platform keeps series values as doubles.
- Aggregation, as the legacy persistence does it: ``aggregationType`` MINUTELY, HOURLY or DAILY
  answers ``{"min", "max"}`` per UTC minute, hour or day.
- Aggregation, as the time series persistence does it: ``aggregationInterval`` (1-999 and a unit
  ``s``, ``m``, ``h``, ``d``, ``w``, ``M``, ``q``, ``y``) buckets by that interval (it supersedes
  ``aggregationType``) and each entry holds exactly the functions named by the repeatable
  ``aggregationFunction`` (``min``, ``max``, ``avg``, ``sum``, ``count``, ``stdDevPop``,
  ``stdDevSamp``; default min and max), in the order asked. ``aggregationFunction`` without
  ``aggregationInterval`` is a 400. Emulator choices where the platform is silent: buckets of
  seconds, minutes, hours and days are aligned to the epoch, weeks start on Monday 00:00 UTC,
  months, quarters and years are calendar months counted from January of year 0; a bucket's key
  is its start; ``stdDevSamp`` of a single value is ``null``.
- A series' ``unit`` is the unit of its latest value; every series names a unit, ``""`` when it
  has none (the platform always sends the member, and clients read it unconditionally).
- ``GET /inventory/managedObjects/{id}/supportedMeasurements`` and ``.../supportedSeries`` list
  the fragments and ``fragment.series`` names of the source's stored measurements (sorted), after
  the names the object itself declares in ``c8y_SupportedMeasurements`` / ``c8y_SupportedSeries``
  (agents declare them; each name is listed once).
- Creating a measurement sets its source's last message time (device availability); deleting a
  managed object deletes its measurements.

Storage: ``measurements`` holds each measurement's JSON (without ``id``, ``self`` and ``source``,
spliced in front when answering) with its source and time in epoch milliseconds.
``measurement_values`` holds one row per series value, indexed by (source, fragment, series,
time, value), so a series request is an index range scan and aggregation a ``GROUP BY`` on the
bucketed time. ``measurement_series`` lists the series each source has (supported series).
"""

from __future__ import annotations

import math
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

import orjson

from c8y_emulator import media
from c8y_emulator.access import (
    ANY_USER,
    INVENTORY_RULES,
    check_target,
    data_rules,
    restrict,
)
from c8y_emulator.errors import ApiError, bad_request, invalid_data, not_found
from c8y_emulator.paging import fetch_page, page_response, parse_page_request
from c8y_emulator.storage import Storage, fetch_raw_text, gone_document, now_iso, parse_id
from c8y_emulator.timestamps import date_param, format_millis, parse_timestamp
from c8y_emulator.web import Request, Response, Router, json_response, write_response

AREA = "measurement"
API_PATH = "/measurement"
BASE_PATH = "/measurement/measurements"
SERIES_PATH = BASE_PATH + "/series"
INVENTORY_PATH = "/inventory/managedObjects"

MEASUREMENT = media.vendor("measurement")
MEASUREMENT_COLLECTION = media.vendor("measurementcollection")
MEASUREMENT_API = media.vendor("measurementapi")

MAX_SERIES_VALUES = 5000
"""Most timestamps an unaggregated series answer holds (the platform's documented cap)."""

AGGREGATION_MILLIS = {"MINUTELY": 60_000, "HOURLY": 3_600_000, "DAILY": 86_400_000}
_INTERVAL = re.compile(r"([1-9]\d{0,2})([smhdwMqy])")
_UNIT_MILLIS = {"s": 1_000, "m": 60_000, "h": 3_600_000, "d": 86_400_000, "w": 604_800_000}
_UNIT_MONTHS = {"M": 1, "q": 3, "y": 12}
_MONDAY_OFFSET = 4 * 86_400_000
"""1970-01-05, the first Monday after the epoch, in epoch milliseconds: weeks start there."""
AGGREGATION_FUNCTIONS = ("min", "max", "avg", "sum", "count", "stdDevPop", "stdDevSamp")
DEFAULT_FUNCTIONS = ("min", "max")
DELETE_GUARDS = ("source", "dateFrom", "dateTo")

_INT64_MIN, _INT64_MAX = -(2**63), 2**63 - 1
_READ_ONLY = frozenset({"id", "self"})
_STANDARD = frozenset({"source", "time", "type"}) | _READ_ONLY

# The managed object (and type) an item of this API belongs to, for inventory role checks.
_TARGET = "SELECT source, type FROM measurements WHERE id = ?"

SCHEMA = """
CREATE TABLE IF NOT EXISTS measurements (
    id INTEGER PRIMARY KEY,
    source INTEGER NOT NULL,
    time_ms INTEGER NOT NULL,
    type TEXT NOT NULL,
    body TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS measurements_by_source ON measurements (source, time_ms, id);
CREATE INDEX IF NOT EXISTS measurements_by_time ON measurements (time_ms, id);
CREATE TABLE IF NOT EXISTS measurement_values (
    measurement_id INTEGER NOT NULL,
    source INTEGER NOT NULL,
    fragment TEXT NOT NULL,
    series TEXT NOT NULL,
    time_ms INTEGER NOT NULL,
    value NOT NULL,
    unit TEXT
);
CREATE INDEX IF NOT EXISTS measurement_values_by_series
    ON measurement_values (source, fragment, series, time_ms, value);
CREATE INDEX IF NOT EXISTS measurement_values_by_measurement
    ON measurement_values (measurement_id);
CREATE TABLE IF NOT EXISTS measurement_series (
    source INTEGER NOT NULL,
    fragment TEXT NOT NULL,
    series TEXT NOT NULL,
    PRIMARY KEY (source, fragment, series)
) WITHOUT ROWID;
"""
# ``value`` has no declared type on purpose: SQLite then keeps integers as integers.


# --- validation --------------------------------------------------------------------------------

_Value = tuple[str, str, int | float, str | None]
"""One series value: fragment, series, value, unit."""


@dataclass(slots=True)
class _NewMeasurement:
    raw_source: str
    time_ms: int
    type: str
    body: bytes
    values: list[_Value] = field(default_factory=list)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _series_members(
    fragment: str, members: dict[str, Any], where: str
) -> tuple[dict[str, Any], list[tuple[str, int | float, str | None]]]:
    """Split a fragment into its series (validated) or return it unchanged when it has none."""
    kept: dict[str, Any] = {}
    found: list[tuple[str, int | float, str | None]] = []
    for name, member in members.items():
        if not isinstance(member, dict) or not _is_number(member.get("value")):
            continue
        value = member["value"]
        if isinstance(value, int) and not _INT64_MIN <= value <= _INT64_MAX:
            raise invalid_data(
                AREA, f"{where}{fragment}.{name}.value {value} exceeds the 64-bit integer range"
            )
        unit = member.get("unit")
        if "unit" in member and not isinstance(unit, str):
            raise invalid_data(
                AREA, f"{where}{fragment}.{name}.unit must be a string when given, got {unit!r}"
            )
        if name == "":
            raise invalid_data(AREA, f"{where}series names in {fragment} must not be empty")
        kept[name] = member
        found.append((name, value, unit))
    return (kept, found) if found else (members, [])


def _parse_measurement(document: Any, where: str = "") -> _NewMeasurement:
    """Validate one client measurement; ``where`` prefixes messages (``measurements[3]: ``)."""
    if not isinstance(document, dict):
        raise invalid_data(AREA, f"{where}a measurement must be a JSON object")
    source = document.get("source")
    raw = source.get("id") if isinstance(source, dict) else None
    if isinstance(raw, int) and not isinstance(raw, bool):
        raw = str(raw)
    if not isinstance(raw, str) or not raw:
        raise invalid_data(AREA, f'{where}field source must be {{"id": "<managed object id>"}}')
    measurement_type = document.get("type")
    if not isinstance(measurement_type, str) or not measurement_type:
        raise invalid_data(
            AREA, f"{where}field type must be a non-empty string, got {measurement_type!r}"
        )
    if "time" not in document:
        raise invalid_data(AREA, f"{where}field time is required (an ISO 8601 date-time)")
    time_ms = parse_timestamp(document["time"], f"{where}time", AREA)
    body: dict[str, Any] = {"time": format_millis(time_ms), "type": measurement_type}
    values: list[_Value] = []
    for key, member in document.items():
        if key in _STANDARD:
            continue
        if key == "":
            raise invalid_data(AREA, f"{where}fragment names must not be empty")
        if isinstance(member, dict):
            member, series = _series_members(key, member, where)
            values.extend((key, name, value, unit) for name, value, unit in series)
        body[key] = member
    return _NewMeasurement(raw, time_ms, measurement_type, orjson.dumps(body), values)


def _json_key_path(name: str, parameter: str) -> str:
    if '"' in name or "\\" in name:
        raise invalid_data(
            AREA, f"Query parameter {parameter} must not contain a double quote or backslash"
        )
    return f'$."{name}"'


# --- rendering ---------------------------------------------------------------------------------


class _Renderer:
    """Splices id, self and source in front of stored measurement JSON."""

    def __init__(self, base_url: str) -> None:
        self._own = (base_url + BASE_PATH + "/").encode()
        self._source = (base_url + INVENTORY_PATH + "/").encode()

    def render(self, measurement_id: bytes, source_id: bytes, body: bytes) -> bytes:
        return b"".join(
            (
                b'{"id":"',
                measurement_id,
                b'","self":"',
                self._own,
                measurement_id,
                b'","source":{"id":"',
                source_id,
                b'","self":"',
                self._source,
                source_id,
                b'"},',
                body[1:],
            )
        )


_ROW_SQL = "SELECT CAST(id AS TEXT), CAST(source AS TEXT), body FROM measurements"


def _missing(raw_id: str) -> ApiError:
    return not_found(
        AREA, f"Finding measurement from database failed : No measurement for id '{raw_id}'!"
    )


def _object_missing(raw_id: str) -> ApiError:
    return not_found(
        "inventory",
        f"Finding managed object from database failed : No managedObject for id '{raw_id}'!",
    )


# --- writes ------------------------------------------------------------------------------------


def _insert(
    cur: sqlite3.Cursor, storage: Storage, items: Sequence[_NewMeasurement]
) -> list[tuple[int, int]]:
    """Store validated measurements; return (id, source) of each, in order.

    Raises:
        ApiError: 422 when a source is not a managed object.
    """
    sources: dict[str, int] = {}
    for item in items:
        if item.raw_source in sources:
            continue
        source_id = parse_id(item.raw_source)
        if (
            source_id is None
            or not cur.execute(
                "SELECT 1 FROM managed_objects WHERE id = ?", (source_id,)
            ).fetchone()
        ):
            raise invalid_data(
                AREA,
                f"Measurement source '{item.raw_source}' is not a managed object of this tenant",
            )
        sources[item.raw_source] = source_id
    rows: list[tuple[int, int, int, str, str]] = []
    value_rows: list[tuple[int, int, str, str, int, int | float, str | None]] = []
    series: set[tuple[int, str, str]] = set()
    created: list[tuple[int, int]] = []
    for item in items:
        measurement_id = storage.next_id(cur)
        source_id = sources[item.raw_source]
        rows.append((measurement_id, source_id, item.time_ms, item.type, item.body.decode()))
        for fragment, name, value, unit in item.values:
            value_rows.append(
                (measurement_id, source_id, fragment, name, item.time_ms, value, unit)
            )
            series.add((source_id, fragment, name))
        created.append((measurement_id, source_id))
    cur.executemany(
        "INSERT INTO measurements (id, source, time_ms, type, body) VALUES (?, ?, ?, ?, ?)", rows
    )
    cur.executemany(
        "INSERT INTO measurement_values "
        "(measurement_id, source, fragment, series, time_ms, value, unit) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        value_rows,
    )
    cur.executemany(
        "INSERT OR IGNORE INTO measurement_series (source, fragment, series) VALUES (?, ?, ?)",
        sorted(series),
    )
    stamp = now_iso()
    cur.executemany(
        "UPDATE managed_objects SET last_message = ? WHERE id = ?",
        [(stamp, source_id) for source_id in sorted(set(sources.values()))],
    )
    return created


def _prune_series(cur: sqlite3.Cursor, sources: Sequence[int]) -> None:
    """Forget series of ``sources`` that no stored value belongs to any more."""
    for start in range(0, len(sources), 900):
        chunk = sources[start : start + 900]
        cur.execute(
            "DELETE FROM measurement_series WHERE source IN "
            f"({','.join('?' * len(chunk))}) AND NOT EXISTS (SELECT 1 FROM measurement_values v "
            "WHERE v.source = measurement_series.source "
            "AND v.fragment = measurement_series.fragment "
            "AND v.series = measurement_series.series)",
            chunk,
        )


def _delete_for_sources(cur: sqlite3.Cursor, ids: list[int]) -> None:
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        marks = ",".join("?" * len(chunk))
        cur.execute(f"DELETE FROM measurement_values WHERE source IN ({marks})", chunk)
        cur.execute(f"DELETE FROM measurements WHERE source IN ({marks})", chunk)
        cur.execute(f"DELETE FROM measurement_series WHERE source IN ({marks})", chunk)


# --- filters -----------------------------------------------------------------------------------


@dataclass(slots=True)
class _Where:
    clauses: list[str] = field(default_factory=list)
    args: list[Any] = field(default_factory=list)

    def sql(self) -> str:
        return " AND ".join(self.clauses) if self.clauses else "1"


def _common_filters(request: Request) -> _Where:
    """``source``, ``type``, ``dateFrom`` and ``dateTo`` (shared by list and delete)."""
    where = _Where()
    raw_source = (request.param("source") or "").strip()
    if raw_source:
        source_id = parse_id(raw_source)
        where.clauses.append("source = ?" if source_id is not None else "0")
        if source_id is not None:
            where.args.append(source_id)
    measurement_type = request.param("type")
    if measurement_type:
        where.clauses.append("type = ?")
        where.args.append(measurement_type)
    low = date_param(request, "dateFrom", AREA)
    high = date_param(request, "dateTo", AREA)
    if low is not None:
        where.clauses.append("time_ms >= ?")
        where.args.append(low)
    if high is not None:
        where.clauses.append("time_ms < ?")
        where.args.append(high)
    return where


def _list_filters(request: Request) -> _Where:
    where = _common_filters(request)
    fragment = request.param("valueFragmentType")
    series = request.param("valueFragmentSeries")
    if fragment or series:
        condition = "SELECT 1 FROM measurement_values v WHERE v.measurement_id = measurements.id"
        if fragment:
            condition += " AND v.fragment = ?"
            where.args.append(fragment)
        if series:
            condition += " AND v.series = ?"
            where.args.append(series)
        where.clauses.append(f"EXISTS ({condition})")
    return where


# --- series ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Buckets:
    """How values are grouped: a fixed width in ms (from ``offset``) or a number of months."""

    millis: int | None = None
    offset: int = 0
    months: int | None = None

    def sql(self) -> str:
        """The SQL expression of a value's bucket key (epoch ms, or a month index)."""
        if self.months is not None:
            month = (
                "(CAST(strftime('%Y', time_ms / 1000.0, 'unixepoch') AS INTEGER) * 12 + "
                "CAST(strftime('%m', time_ms / 1000.0, 'unixepoch') AS INTEGER) - 1)"
            )
            return f"({month} - ({month} % {self.months}))"
        width, offset = self.millis, self.offset
        return f"time_ms - ((((time_ms - {offset}) % {width}) + {width}) % {width})"

    def start_millis(self, key: int) -> int:
        """The epoch milliseconds where the bucket ``key`` starts."""
        if self.months is None:
            return key
        year, month = divmod(key, 12)
        if year < 1:  # a bucket reaching back before year 1 starts where datetime can
            year, month = 1, 0
        return int(datetime(year, month + 1, 1, tzinfo=UTC).timestamp() * 1000)


@dataclass(frozen=True, slots=True)
class _SeriesRequest:
    source: int | None
    low: int
    high: int
    names: list[str]
    buckets: _Buckets | None
    functions: tuple[str, ...]
    revert: bool


def _required(request: Request, name: str) -> str:
    value = (request.param(name) or "").strip()
    if not value:
        raise invalid_data(AREA, f"Query parameter {name} is required for a series request")
    return value


def _required_date(request: Request, name: str) -> int:
    millis = date_param(request, name, AREA)
    if millis is None:
        raise invalid_data(AREA, f"Query parameter {name} is required for a series request")
    return millis


def _aggregation(request: Request) -> tuple[_Buckets | None, tuple[str, ...]]:
    """Buckets and functions from ``aggregationInterval`` / ``aggregationFunction`` or
    ``aggregationType``; no buckets: raw values."""
    interval = (request.param("aggregationInterval") or "").strip()
    functions: list[str] = []
    for function in request.query.get("aggregationFunction", []):
        if not function.strip():
            continue
        if function not in AGGREGATION_FUNCTIONS:
            raise invalid_data(
                AREA,
                f"Query parameter aggregationFunction must be one of "
                f"{', '.join(AGGREGATION_FUNCTIONS)}, got {function!r}",
            )
        if function not in functions:
            functions.append(function)
    if functions and not interval:
        raise bad_request(AREA, "Query parameter aggregationFunction needs aggregationInterval")
    if interval:
        found = _INTERVAL.fullmatch(interval)
        if found is None:
            raise invalid_data(
                AREA,
                "Query parameter aggregationInterval must be 1-999 without leading zeros "
                f"followed by one of s, m, h, d, w, M, q, y (e.g. 12h), got {interval!r}",
            )
        count, unit = int(found.group(1)), found.group(2)
        if unit in _UNIT_MONTHS:
            buckets = _Buckets(months=count * _UNIT_MONTHS[unit])
        else:
            offset = _MONDAY_OFFSET if unit == "w" else 0
            buckets = _Buckets(millis=count * _UNIT_MILLIS[unit], offset=offset)
        return buckets, tuple(functions) or DEFAULT_FUNCTIONS
    aggregation = (request.param("aggregationType") or "").strip()
    if not aggregation:
        return None, DEFAULT_FUNCTIONS
    if aggregation not in AGGREGATION_MILLIS:
        raise invalid_data(
            AREA,
            "Query parameter aggregationType must be one of "
            f"{', '.join(AGGREGATION_MILLIS)}, got {aggregation!r}",
        )
    return _Buckets(millis=AGGREGATION_MILLIS[aggregation]), DEFAULT_FUNCTIONS


def _series_request(request: Request) -> _SeriesRequest:
    raw_source = _required(request, "source")
    low = _required_date(request, "dateFrom")
    high = _required_date(request, "dateTo")
    names: list[str] = []
    for name in request.query.get("series", []):
        if name.strip() and name not in names:
            names.append(name)
    buckets, functions = _aggregation(request)
    return _SeriesRequest(
        source=parse_id(raw_source),
        low=low,
        high=high,
        names=names,
        buckets=buckets,
        functions=functions,
        revert=request.flag("revert", AREA),
    )


_SERIES_WHERE = "source = ? AND fragment = ? AND series = ? AND time_ms >= ? AND time_ms < ?"


def _raw_boundary(
    cur: sqlite3.Cursor, query: _SeriesRequest, columns: Sequence[tuple[str, str]]
) -> int | None:
    """The first timestamp beyond the cap (in answer order), or None when all fit."""
    selects = " UNION ".join(
        f"SELECT time_ms FROM measurement_values WHERE {_SERIES_WHERE}" for _ in columns
    )
    args: list[Any] = []
    for fragment, series in columns:
        args.extend((query.source, fragment, series, query.low, query.high))
    order = "DESC" if query.revert else "ASC"
    row = cur.execute(
        f"{selects} ORDER BY 1 {order} LIMIT 1 OFFSET ?", (*args, MAX_SERIES_VALUES)
    ).fetchone()
    return int(row[0]) if row else None


_Aggregate = tuple[int, Any, Any, float, int, float]
"""One bucket of one series: key, min, max, sum, count, sum of squares."""


def _series_values(
    cur: sqlite3.Cursor,
    query: _SeriesRequest,
    fragment: str,
    series: str,
    boundary: int | None,
) -> list[_Aggregate]:
    """Aggregate rows of one series in the range (raw: one bucket per millisecond)."""
    args: list[Any] = [query.source, fragment, series, query.low, query.high]
    extra = ""
    if boundary is not None:
        extra = " AND time_ms > ?" if query.revert else " AND time_ms < ?"
        args.append(boundary)
    bucket = "time_ms" if query.buckets is None else query.buckets.sql()
    # TOTAL, not SUM: a sum of 64-bit integers may overflow, a double does not.
    return cur.execute(
        f"SELECT {bucket} AS bucket, MIN(value), MAX(value), TOTAL(value), COUNT(*), "
        f"TOTAL(CAST(value AS REAL) * value) FROM measurement_values "
        f"WHERE {_SERIES_WHERE}{extra} GROUP BY bucket",
        args,
    ).fetchall()


def _entry(functions: Sequence[str], row: _Aggregate) -> dict[str, float | None]:
    """The requested functions of one bucket, in the order asked, as floats."""
    _, low, high, total, count, squares = row
    entry: dict[str, float | None] = {}
    for function in functions:
        if function == "min":
            entry[function] = float(low)
        elif function == "max":
            entry[function] = float(high)
        elif function == "avg":
            entry[function] = total / count
        elif function == "sum":
            entry[function] = float(total)
        elif function == "count":
            entry[function] = float(count)
        elif function == "stdDevPop":
            entry[function] = math.sqrt(max(0.0, squares / count - (total / count) ** 2))
        elif count > 1:  # stdDevSamp
            entry[function] = math.sqrt(max(0.0, (squares - total * total / count) / (count - 1)))
        else:
            entry[function] = None
    return entry


_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()


class _TimeKeys:
    """Formats epoch milliseconds like :func:`format_millis`, computing each day's date once.

    A series answer formats up to thousands of timestamps that share a few days; this is about
    three times faster than a datetime per timestamp.
    """

    def __init__(self) -> None:
        self._days: dict[int, str] = {}

    def __call__(self, millis: int) -> str:
        day, rest = divmod(millis, 86_400_000)
        prefix = self._days.get(day)
        if prefix is None:
            prefix = self._days[day] = date.fromordinal(_EPOCH_ORDINAL + day).isoformat() + "T"
        seconds, milli = divmod(rest, 1000)
        minutes, second = divmod(seconds, 60)
        hour, minute = divmod(minutes, 60)
        return f"{prefix}{hour:02d}:{minute:02d}:{second:02d}.{milli:03d}Z"


def _series_document(cur: sqlite3.Cursor, query: _SeriesRequest) -> dict[str, Any]:
    empty: dict[str, Any] = {"values": {}, "series": [], "truncated": False}
    if query.source is None or query.low >= query.high:
        return empty
    known = cur.execute(
        "SELECT fragment, series FROM measurement_series WHERE source = ? "
        "ORDER BY fragment, series",
        (query.source,),
    ).fetchall()
    if query.names:
        columns = [
            (fragment, series)
            for name in query.names
            for fragment, series in known
            if f"{fragment}.{series}" == name
        ]
    else:
        columns = [(str(f), str(s)) for f, s in known]
    if not columns:
        return empty
    boundary = _raw_boundary(cur, query, columns) if query.buckets is None else None
    results = [_series_values(cur, query, f, s, boundary) for f, s in columns]
    if not query.names:
        kept = [(column, rows) for column, rows in zip(columns, results, strict=True) if rows]
        columns = [column for column, _ in kept]
        results = [rows for _, rows in kept]
    width = len(columns)
    buckets: dict[int, list[dict[str, float | None] | None]] = {}
    for position, rows in enumerate(results):
        for row in rows:
            entry = buckets.get(row[0])
            if entry is None:
                entry = buckets[row[0]] = [None] * width
            entry[position] = _entry(query.functions, row)
    definitions: list[dict[str, str]] = []
    for fragment, series in columns:
        unit_row = cur.execute(
            "SELECT unit FROM measurement_values WHERE source = ? AND fragment = ? "
            "AND series = ? ORDER BY time_ms DESC LIMIT 1",
            (query.source, fragment, series),
        ).fetchone()
        unit = "" if unit_row is None or unit_row[0] is None else str(unit_row[0])
        definitions.append({"unit": unit, "name": series, "type": fragment})
    time_key = _TimeKeys()
    start = query.buckets.start_millis if query.buckets is not None else int
    return {
        "values": {
            time_key(start(key)): buckets[key] for key in sorted(buckets, reverse=query.revert)
        },
        "series": definitions,
        "truncated": boundary is not None,
    }


# --- handlers ----------------------------------------------------------------------------------


def register(router: Router, storage: Storage) -> None:
    """Add the measurement routes (and supported measurements/series) to ``router``."""
    storage.add_source_deleted_hook(_delete_for_sources)
    api = _MeasurementApi(storage)
    rules = data_rules("ROLE_MEASUREMENT", "MEASUREMENT", _TARGET)
    router.add("GET", API_PATH, api.get_api, access=ANY_USER)
    router.add("GET", SERIES_PATH, api.get_series, access=rules.read)
    router.add("GET", BASE_PATH, api.list_measurements, access=rules.read)
    router.add("POST", BASE_PATH, api.create_measurements, access=rules.write)
    router.add("DELETE", BASE_PATH, api.delete_measurements, access=rules.admin)
    router.add("GET", BASE_PATH + "/{id}", api.get_measurement, access=rules.read_one)
    router.add("DELETE", BASE_PATH + "/{id}", api.delete_measurement, access=rules.write_one)
    router.add(
        "GET",
        INVENTORY_PATH + "/{id}/supportedMeasurements",
        api.supported_measurements,
        access=INVENTORY_RULES.read_one,
    )
    router.add(
        "GET",
        INVENTORY_PATH + "/{id}/supportedSeries",
        api.supported_series,
        access=INVENTORY_RULES.read_one,
    )


class _MeasurementApi:
    def __init__(self, storage: Storage) -> None:
        self.storage = storage

    def get_api(self, request: Request, params: dict[str, str]) -> Response:
        own = request.url(BASE_PATH)
        document = {
            "self": request.url(API_PATH),
            "measurements": {"self": own, "measurements": []},
            "measurementsForSource": own + "?source={source}",
            "measurementsForSourceAndType": own + "?source={source}&type={type}",
            "measurementsForType": own + "?type={type}",
            "measurementsForValueFragmentType": own + "?valueFragmentType={valueFragmentType}",
            "measurementsForDate": own + "?dateFrom={dateFrom}&dateTo={dateTo}",
            "measurementsForSourceAndDate": own
            + "?source={source}&dateFrom={dateFrom}&dateTo={dateTo}",
            "measurementsForDateAndFragmentType": own
            + "?dateFrom={dateFrom}&dateTo={dateTo}&fragmentType={fragmentType}",
            "measurementsForSourceAndValueFragmentTypeAndValueFragmentSeries": own
            + "?source={source}&valueFragmentType={valueFragmentType}"
            + "&valueFragmentSeries={valueFragmentSeries}&type={type}",
        }
        return json_response(request, 200, document, MEASUREMENT_API)

    def create_measurements(self, request: Request, params: dict[str, str]) -> Response:
        document = request.json_object(AREA)
        content_type = request.content_type
        is_collection = content_type == MEASUREMENT_COLLECTION or (
            content_type != MEASUREMENT and "measurements" in document and "source" not in document
        )
        if is_collection:
            entries = document.get("measurements")
            if not isinstance(entries, list) or not entries:
                raise invalid_data(AREA, "measurements must be a non-empty list of measurements")
            items = [_parse_measurement(e, f"measurements[{i}]: ") for i, e in enumerate(entries)]
        else:
            items = [_parse_measurement(document)]
        renderer = _Renderer(request.base_url)
        with self.storage.write() as cur:
            created = _insert(cur, self.storage, items)
            for (_, source_id), item in zip(created, items, strict=True):
                check_target(request.visibility, cur, source_id, item.type)
            rendered = [
                renderer.render(str(mid).encode(), str(sid).encode(), item.body)
                for (mid, sid), item in zip(created, items, strict=True)
            ]
            for one in rendered:
                self.storage.notify(cur, "measurements", "CREATE", one)
        if is_collection:
            body = b'{"measurements":[' + b",".join(rendered) + b"]}"
            return write_response(request, 201, body, MEASUREMENT_COLLECTION)
        response = write_response(request, 201, rendered[0], MEASUREMENT)
        location = request.url(f"{BASE_PATH}/{created[0][0]}")
        response.headers.append((b"location", location.encode()))
        return response

    def list_measurements(self, request: Request, params: dict[str, str]) -> Response:
        page = parse_page_request(request, AREA)
        where = _list_filters(request)
        order = "DESC" if request.flag("revert", AREA) else "ASC"
        with self.storage.read() as cur:
            restrict(request.visibility, cur, where.clauses, where.args, "source", "type")
            found = fetch_page(
                cur,
                page,
                select=f"{_ROW_SQL} WHERE {where.sql()} ORDER BY time_ms {order}, id {order}",
                count=f"SELECT COUNT(*) FROM measurements WHERE {where.sql()}",
                args=where.args,
            )
        renderer = _Renderer(request.base_url)
        return page_response(
            request,
            page,
            key="measurements",
            items=[renderer.render(*row) for row in found.rows],
            has_more=found.has_more,
            total=found.total,
            media_type=MEASUREMENT_COLLECTION,
        )

    def delete_measurements(self, request: Request, params: dict[str, str]) -> Response:
        parse_page_request(request, AREA)  # refuse what a GET refuses before deleting anything
        if not any((request.param(name) or "").strip() for name in DELETE_GUARDS):
            raise invalid_data(
                AREA,
                "Deleting measurements needs at least one of the query parameters "
                f"{', '.join(DELETE_GUARDS)}",
            )
        where = _common_filters(request)
        fragment = request.param("fragmentType")
        if fragment:
            where.clauses.append("json_type(body, ?) IS NOT NULL")
            where.args.append(_json_key_path(fragment, "fragmentType"))
        with self.storage.write() as cur:
            sources = [
                int(r[0])
                for r in cur.execute(
                    f"SELECT DISTINCT source FROM measurements WHERE {where.sql()}", where.args
                )
            ]
            if self.storage.listening(cur, "measurements"):
                for gone in cur.execute(
                    f"SELECT id, source FROM measurements WHERE {where.sql()}", where.args
                ).fetchall():
                    self.storage.notify(cur, "measurements", "DELETE", gone_document(*gone))
            cur.execute(
                "DELETE FROM measurement_values WHERE measurement_id IN "
                f"(SELECT id FROM measurements WHERE {where.sql()})",
                where.args,
            )
            cur.execute(f"DELETE FROM measurements WHERE {where.sql()}", where.args)
            _prune_series(cur, sources)
        return Response(204)

    def get_measurement(self, request: Request, params: dict[str, str]) -> Response:
        measurement_id = parse_id(params["id"])
        with self.storage.read() as cur:
            rows = (
                fetch_raw_text(cur, f"{_ROW_SQL} WHERE id = ?", (measurement_id,))
                if measurement_id is not None
                else []
            )
        if not rows:
            raise _missing(params["id"])
        body = _Renderer(request.base_url).render(*rows[0])
        return Response(200, body, media.negotiate(request.headers, MEASUREMENT))

    def delete_measurement(self, request: Request, params: dict[str, str]) -> Response:
        measurement_id = parse_id(params["id"])
        with self.storage.write() as cur:
            row = (
                cur.execute(
                    "SELECT source FROM measurements WHERE id = ?", (measurement_id,)
                ).fetchone()
                if measurement_id is not None
                else None
            )
            if row is None or measurement_id is None:
                raise _missing(params["id"])
            gone = gone_document(measurement_id, row[0])
            self.storage.notify(cur, "measurements", "DELETE", gone)
            cur.execute(
                "DELETE FROM measurement_values WHERE measurement_id = ?", (measurement_id,)
            )
            cur.execute("DELETE FROM measurements WHERE id = ?", (measurement_id,))
            _prune_series(cur, [int(row[0])])
        return Response(204)

    def get_series(self, request: Request, params: dict[str, str]) -> Response:
        query = _series_request(request)
        with self.storage.read() as cur:
            # A source that names no object (None) is no object a restricted caller reaches.
            check_target(request.visibility, cur, -1 if query.source is None else query.source)
            document = _series_document(cur, query)
        return json_response(request, 200, document, media.JSON)

    def _catalogue(
        self, raw_id: str, declared_fragment: str
    ) -> tuple[list[str], list[tuple[str, str]]]:
        """Return the names a managed object declares in a fragment and its stored series."""
        object_id = parse_id(raw_id)
        with self.storage.read() as cur:
            row = (
                cur.execute(
                    "SELECT json_extract(body, ?) FROM managed_objects WHERE id = ?",
                    (f"$.{declared_fragment}", object_id),
                ).fetchone()
                if object_id is not None
                else None
            )
            if row is None:
                raise _object_missing(raw_id)
            rows = cur.execute(
                "SELECT fragment, series FROM measurement_series WHERE source = ? "
                "ORDER BY fragment, series",
                (object_id,),
            ).fetchall()
        declared = orjson.loads(row[0]) if isinstance(row[0], str) else None
        names = [v for v in declared if isinstance(v, str)] if isinstance(declared, list) else []
        return names, [(str(f), str(s)) for f, s in rows]

    def supported_measurements(self, request: Request, params: dict[str, str]) -> Response:
        declared, stored = self._catalogue(params["id"], "c8y_SupportedMeasurements")
        answer = list(dict.fromkeys([*declared, *(fragment for fragment, _ in stored)]))
        return json_response(request, 200, {"c8y_SupportedMeasurements": answer}, media.JSON)

    def supported_series(self, request: Request, params: dict[str, str]) -> Response:
        declared, stored = self._catalogue(params["id"], "c8y_SupportedSeries")
        answer = list(dict.fromkeys([*declared, *(f"{f}.{s}" for f, s in stored)]))
        return json_response(request, 200, {"c8y_SupportedSeries": answer}, media.JSON)
