"""Helpers for the object-model tests that run against the emulator."""

from __future__ import annotations

import uuid
from typing import Any

from c8y_objects import CumulocityClient


def unique(prefix: str = "t") -> str:
    """A name no other test uses (the loopback emulator is shared by a module's tests)."""
    return f"{prefix}_{uuid.uuid4().hex[:10]}"


async def requests_log(c8y: CumulocityClient) -> list[dict[str, Any]]:
    """The emulator's log of the requests it has served, oldest first."""
    response = await c8y.http.get("/_emulator/requests")
    log: list[dict[str, Any]] = response.json()["requests"]
    return log
