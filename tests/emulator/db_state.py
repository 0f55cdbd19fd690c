"""A digest of an emulator's whole database, to show that a refused request changed nothing."""

from __future__ import annotations

import hashlib

from c8y_emulator import EmulatorApp


def database_digest(app: EmulatorApp) -> str:
    """Return a SHA-256 over an SQL dump of every table of ``app`` (schema and rows)."""
    digest = hashlib.sha256()
    with app.storage.read() as cur:
        for statement in cur.connection.iterdump():
            digest.update(statement.encode())
            digest.update(b"\n")
    return digest.hexdigest()
