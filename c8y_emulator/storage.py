"""The emulator's one storage layer: a SQLite database shared by every resource module.

Each resource module declares its tables as DDL (``CREATE TABLE IF NOT EXISTS ...``) and hands it
to :class:`Storage`, which creates them on open. Reads and writes go through one connection
guarded by a lock, so the uvicorn thread and the caller's thread can share an app; every write is
one ``BEGIN IMMEDIATE`` transaction that commits entirely or not at all.

File databases run in WAL mode with ``synchronous=NORMAL``: a write that got its answer survives
a restart of the process (not necessarily a power loss of the machine). ``":memory:"`` keeps
everything in the process.

Identifiers of every resource come from one counter (:meth:`Storage.next_id`), as the platform's
global ids do, so an id never names two things.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

SourceDeletedHook = Callable[[sqlite3.Cursor, list[int]], None]
"""Called inside the deleting transaction with the ids of managed objects being deleted."""

ChangeHook = Callable[[sqlite3.Cursor, str, str, bytes], None]
"""Called inside a writing transaction with the API (``alarms``, ...), the action (``CREATE``,
``UPDATE``, ``DELETE``) and the item's JSON as answered (Notification 2.0 publishes it)."""

ChangeInterest = Callable[[sqlite3.Cursor, str], bool]
"""Whether a change listener wants the changes of an API now (see :meth:`Storage.listening`)."""

_CORE_SCHEMA = """
CREATE TABLE IF NOT EXISTS emulator_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS id_sequence (
    single INTEGER PRIMARY KEY CHECK (single = 1),
    last_id INTEGER NOT NULL
);
INSERT OR IGNORE INTO id_sequence (single, last_id) VALUES (1, 10000);
"""


def now_iso() -> str:
    """Return the current UTC time as the platform writes it: ``2024-05-01T12:00:00.123Z``."""
    now = datetime.now(UTC)
    return now.strftime("%Y-%m-%dT%H:%M:%S.") + f"{now.microsecond // 1000:03d}Z"


def parse_id(raw: str) -> int | None:
    """Return the numeric database id in ``raw``, or None when it cannot name a stored object.

    Only ASCII digits count (``"²"`` is a digit to `str.isdigit` but no number to `int`), and
    at most 18 of them, so the id fits SQLite's integers.
    """
    return int(raw) if raw.isascii() and raw.isdigit() and len(raw) < 19 else None


def gone_document(item_id: int, source_id: int) -> bytes:
    """The JSON a delete publishes (:meth:`Storage.notify`): the item's id and its source's."""
    return b'{"id":"%d","source":{"id":"%d"}}' % (item_id, source_id)


def allocate_id(cur: sqlite3.Cursor) -> int:
    """Allocate the next global id inside the caller's write transaction.

    The same counter as :meth:`Storage.next_id`, for code that holds a cursor but not the
    :class:`Storage` (audit records written by other resources' handlers).
    """
    row = cur.execute(
        "UPDATE id_sequence SET last_id = last_id + 1 WHERE single = 1 RETURNING last_id"
    ).fetchone()
    return int(row[0])


def fetch_raw_text(cur: sqlite3.Cursor, sql: str, args: Sequence[Any] = ()) -> list[Any]:
    """Run a query whose TEXT columns come back as UTF-8 bytes (no decoding).

    Stored JSON can then be spliced into an answer without a round trip through ``str``. Call it
    inside :meth:`Storage.read` or :meth:`Storage.write` (the connection lock is held).
    """
    connection = cur.connection
    connection.text_factory = bytes
    try:
        return cur.execute(sql, args).fetchall()
    finally:
        connection.text_factory = str


class Storage:
    """SQLite database of one emulated tenant.

    Args:
        database: Path of the SQLite file, or ``":memory:"`` for a database that lives only as
            long as this object.
        schemas: DDL scripts of the resource modules, run on open (idempotent).
    """

    def __init__(self, database: str, schemas: Iterable[str] = ()) -> None:
        self.database = database
        self._lock = threading.RLock()
        self._conn = sqlite3.connect(database, check_same_thread=False, isolation_level=None)
        self._source_deleted_hooks: list[SourceDeletedHook] = []
        self._change_hooks: list[tuple[ChangeHook, ChangeInterest]] = []
        cur = self._conn.cursor()
        if database != ":memory:" and not database.startswith("file::memory:"):
            cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=5000")
        self._apply_schema(_CORE_SCHEMA)
        for schema in schemas:
            self._apply_schema(schema)

    def _apply_schema(self, script: str) -> None:
        with self._lock:
            # executescript commits any open transaction; it runs before any request.
            self._conn.executescript("BEGIN;" + script + "COMMIT;")

    @contextmanager
    def read(self) -> Iterator[sqlite3.Cursor]:
        """Yield a cursor for reads, holding the connection lock."""
        with self._lock:
            cur = self._conn.cursor()
            try:
                yield cur
            finally:
                cur.close()

    @contextmanager
    def write(self) -> Iterator[sqlite3.Cursor]:
        """Yield a cursor inside one transaction: committed on success, rolled back on error."""
        with self._lock:
            cur = self._conn.cursor()
            cur.execute("BEGIN IMMEDIATE")
            try:
                yield cur
            except BaseException:
                cur.execute("ROLLBACK")
                cur.close()
                raise
            cur.execute("COMMIT")
            cur.close()

    def next_id(self, cur: sqlite3.Cursor) -> int:
        """Allocate the next global id (inside the caller's write transaction)."""
        return allocate_id(cur)

    def add_source_deleted_hook(self, hook: SourceDeletedHook) -> None:
        """Register cleanup to run when managed objects are deleted (external ids, events, ...)."""
        self._source_deleted_hooks.append(hook)

    def source_deleted(self, cur: sqlite3.Cursor, ids: list[int]) -> None:
        """Run every registered cleanup for the managed objects ``ids``."""
        for hook in self._source_deleted_hooks:
            hook(cur, ids)

    def add_change_hook(self, hook: ChangeHook, interest: ChangeInterest) -> None:
        """Register a listener of created, updated and deleted items (see :meth:`notify`).

        Args:
            hook: Called with each change.
            interest: Tells :meth:`listening` whether the hook wants an API's changes now.
        """
        self._change_hooks.append((hook, interest))

    def listening(self, cur: sqlite3.Cursor, api: str) -> bool:
        """Whether any change listener wants ``api``'s changes now.

        A writer that must query or render only to call :meth:`notify` (deletes and changes by
        filter) asks first, so that such writes cost nothing extra while nobody subscribes.
        """
        return any(interest(cur, api) for _, interest in self._change_hooks)

    def notify(self, cur: sqlite3.Cursor, api: str, action: str, document: bytes) -> None:
        """Tell the change listeners about one item, inside the transaction that changed it.

        Args:
            cur: The writing transaction's cursor (a rollback takes the notification back).
            api: ``managedobjects``, ``alarms``, ``events``, ``measurements`` or ``operations``.
            action: ``CREATE``, ``UPDATE`` or ``DELETE``.
            document: The item's JSON as the platform answers it (for a delete: its ``id``).
        """
        for hook, _ in self._change_hooks:
            hook(cur, api, action, document)

    def close(self) -> None:
        """Close the connection (checkpointing the WAL of a file database)."""
        with self._lock:
            self._conn.close()
