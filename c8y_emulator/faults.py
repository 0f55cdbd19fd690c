"""Fault injection and the request log: the emulator's test controls.

A fault matches requests by a regular expression on the path (``re.search``) and an optional
method, and applies to the next ``count`` matching requests (``-1``: until cleared):

- ``status``: answer ``status`` with the platform's error body (and ``Retry-After`` when
  ``retry_after`` is given) instead of running the request;
- ``delay``: wait ``delay`` seconds, then answer normally;
- ``drop``: close the connection without an answer (in-process: raise
  ``httpx.RemoteProtocolError`` through the ASGI transport);
- ``truncate``: declare the full Content-Length but send only half of the body (in-process: the
  client receives the cut JSON).

The request log keeps method, path, query and status of the last requests to the platform's paths
(the control API itself is not logged).
"""

from __future__ import annotations

import itertools
import re
import threading
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from c8y_emulator.errors import invalid_data

FaultKind = Literal["status", "delay", "drop", "truncate"]
FAULT_KINDS: tuple[FaultKind, ...] = ("status", "delay", "drop", "truncate")
REQUEST_LOG_SIZE = 10_000
_AREA = "emulator"


@dataclass(slots=True)
class Fault:
    """One armed fault."""

    id: int
    path: str
    method: str | None
    count: int
    kind: FaultKind
    status: int
    retry_after: float | None
    delay: float
    pattern: re.Pattern[str]

    def to_json(self) -> dict[str, Any]:
        """Return the fault as the control API shows it."""
        return {
            "id": self.id,
            "path": self.path,
            "method": self.method,
            "count": self.count,
            "kind": self.kind,
            "status": self.status,
            "retry_after": self.retry_after,
            "delay": self.delay,
        }


def _number(spec: Mapping[str, Any], name: str, default: float | None) -> float | None:
    value = spec.get(name, default)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise invalid_data(
            _AREA, f"Fault field {name} must be a number >= 0 or null, got {value!r}"
        )
    return float(value)


class FaultRegistry:
    """The armed faults, in the order they were added; safe to use from several threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []
        self._ids = itertools.count(1)

    def add(self, spec: Mapping[str, Any]) -> Fault:
        """Validate ``spec`` (the control API's JSON) and arm the fault.

        Raises:
            ApiError: 422 naming the first invalid field.
        """
        known = {"path", "method", "count", "kind", "status", "retry_after", "delay"}
        unknown = sorted(set(spec) - known)
        if unknown:
            raise invalid_data(_AREA, f"Unknown fault fields: {', '.join(unknown)}")
        path = spec.get("path", ".*")
        if not isinstance(path, str):
            raise invalid_data(_AREA, f"Fault field path must be a string, got {path!r}")
        try:
            pattern = re.compile(path)
        except re.error as exc:
            raise invalid_data(_AREA, f"Fault field path is not a valid regex: {exc}") from None
        method = spec.get("method")
        if method is not None and (not isinstance(method, str) or not method.isalpha()):
            raise invalid_data(
                _AREA, f"Fault field method must be an HTTP method or null, got {method!r}"
            )
        kind = spec.get("kind", "status")
        if kind not in FAULT_KINDS:
            raise invalid_data(
                _AREA, f"Fault field kind must be one of {', '.join(FAULT_KINDS)}, got {kind!r}"
            )
        count = spec.get("count", 1)
        if isinstance(count, bool) or not isinstance(count, int) or (count < 1 and count != -1):
            raise invalid_data(
                _AREA, f"Fault field count must be an integer >= 1 or -1, got {count!r}"
            )
        status = spec.get("status", 500)
        if isinstance(status, bool) or not isinstance(status, int) or not 400 <= status <= 599:
            raise invalid_data(
                _AREA, f"Fault field status must be an integer 400-599, got {status!r}"
            )
        retry_after = _number(spec, "retry_after", None)
        delay = _number(spec, "delay", 0.0)
        if kind == "delay" and not delay:
            raise invalid_data(_AREA, "A delay fault needs delay > 0 (seconds)")
        fault = Fault(
            id=next(self._ids),
            path=path,
            method=method.upper() if method else None,
            count=count,
            kind=kind,
            status=status,
            retry_after=retry_after,
            delay=delay or 0.0,
            pattern=pattern,
        )
        with self._lock:
            self._faults.append(fault)
        return fault

    def take(self, method: str, path: str) -> Fault | None:
        """Return the first fault matching the request and use up one of its count."""
        with self._lock:
            for fault in self._faults:
                if fault.method is not None and fault.method != method:
                    continue
                if fault.pattern.search(path) is None:
                    continue
                if fault.count > 0:
                    fault.count -= 1
                    if fault.count == 0:
                        self._faults.remove(fault)
                return fault
        return None

    def list(self) -> list[dict[str, Any]]:
        """Return the armed faults as JSON documents."""
        with self._lock:
            return [fault.to_json() for fault in self._faults]

    def clear(self) -> None:
        """Disarm every fault."""
        with self._lock:
            self._faults.clear()


class RequestLog:
    """The last requests to the platform's paths (bounded, oldest dropped first)."""

    def __init__(self, size: int = REQUEST_LOG_SIZE) -> None:
        self._lock = threading.Lock()
        self._entries: deque[dict[str, Any]] = deque(maxlen=size)

    def record(
        self,
        method: str,
        path: str,
        query: str,
        status: int,
        *,
        route: str | None = None,
        params: dict[str, str] | None = None,
        content_type: str | None = None,
    ) -> None:
        """Append one request (status 0: the connection was dropped).

        Args:
            route: The path template of the route that served it (None: no route matched).
            params: The route's decoded path parameters.
            content_type: The request's ``Content-Type`` header, when it had one.
        """
        entry = {
            "method": method,
            "path": path,
            "query": query,
            "status": status,
            "route": route,
            "params": params or {},
            "content_type": content_type,
        }
        with self._lock:
            self._entries.append(entry)

    def entries(self) -> list[dict[str, Any]]:
        """Return the logged requests, oldest first."""
        with self._lock:
            return list(self._entries)

    def clear(self) -> None:
        """Forget every logged request."""
        with self._lock:
            self._entries.clear()
