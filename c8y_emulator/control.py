"""The emulator's control API under ``/_emulator`` (not part of the platform's contract).

- ``GET /_emulator/health`` answers ``{"status": "UP", "tenant": "<id>"}``, without credentials
  (for readiness probes and scripts waiting for a started emulator).
- ``POST /_emulator/reset`` forgets every stored resource (the id counter starts again), disarms
  every fault and clears the request log; answers 204. With ``?seed=true`` it then loads the
  app's seed fleet (the ``--seed`` fleet it was started with, the demo fleet when there was
  none) and answers 200 with ``{"groups": {name: id}, "devices": {name: id}}``. Login tokens
  stay valid.
- ``POST /_emulator/faults`` arms a fault: JSON ``{"path": "<regex>", "method": "GET"|null,
  "count": N|-1, "kind": "status"|"delay"|"drop"|"truncate", "status": 500,
  "retry_after": seconds|null, "delay": seconds}``; answers 201 with the fault and its ``id``.
- ``GET /_emulator/faults`` lists armed faults; ``DELETE /_emulator/faults`` disarms all.
- ``GET /_emulator/requests`` answers ``{"requests": [{"method", "path", "query", "status",
  "route", "params", "content_type"}]}`` (oldest first): ``route`` is the path template that
  served the request (null when none matched) and ``params`` its decoded path parameters;
  ``DELETE /_emulator/requests`` clears the log.

Except for the health check the control API needs the same credentials as the platform's paths;
faults never apply to it. :class:`Controls` offers the same operations to Python code.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from c8y_emulator import media
from c8y_emulator.access import require
from c8y_emulator.faults import FaultKind
from c8y_emulator.web import Request, Response, Router, json_response

if TYPE_CHECKING:
    from c8y_emulator.app import EmulatorApp
    from c8y_emulator.seed import Fleet

AREA = "emulator"
_INITIAL_LAST_ID = 10000  # the id counter's start (storage's core schema): the first id is 10001


class Controls:
    """The test controls of one app: reset, seeding, faults and the request log.

    Args:
        app: The app they act on.

    Attributes:
        seed: The fleet ``reset(seed=True)`` loads; None means the built-in demo fleet.
    """

    def __init__(self, app: EmulatorApp) -> None:
        self._app = app
        self.seed: Fleet | None = None

    def reset(self, *, seed: bool = False) -> dict[str, Any] | None:
        """Forget all data, login tokens, faults and logged requests; then seed if asked.

        The stored data goes in one transaction: every table is emptied and the id counter
        starts again, as in a new database.

        Returns:
            What seeding created (``{"groups": ..., "devices": ...}``), or None without seed.
        """
        storage = self._app.storage
        with storage.write() as cur:
            tables = [
                row[0]
                for row in cur.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' "
                    "AND name NOT LIKE 'sqlite_%' AND name != 'id_sequence'"
                ).fetchall()
            ]
            # Foreign keys are checked at commit, when every table is empty.
            cur.execute("PRAGMA defer_foreign_keys = ON")
            for table in tables:
                cur.execute(f'DELETE FROM "{table}"')
            cur.execute("UPDATE id_sequence SET last_id = ?", (_INITIAL_LAST_ID,))
        self._app.users.install()  # a fresh tenant's built-in groups, admin and seed users
        # A token names a user, not a row: kept, it would let in whoever is next given that name.
        self._app.auth.revoke_all_tokens()
        self._app.notifications.reset()
        self._app.faults.clear()
        self._app.request_log.clear()
        if not seed:
            return None
        from c8y_emulator.seed import DEMO_FLEET, seed_fleet

        created = seed_fleet(self._app, self.seed or DEMO_FLEET)
        return {"groups": created["groups"], "devices": created["devices"]}

    def add_fault(
        self,
        path: str = ".*",
        *,
        method: str | None = None,
        count: int = 1,
        kind: FaultKind = "status",
        status: int = 500,
        retry_after: float | None = None,
        delay: float = 0.0,
    ) -> dict[str, Any]:
        """Arm a fault (see :mod:`c8y_emulator.faults`); returns it as the control API shows it.

        Raises:
            ApiError: 422 naming the first invalid argument.
        """
        fault = self._app.faults.add(
            {
                "path": path,
                "method": method,
                "count": count,
                "kind": kind,
                "status": status,
                "retry_after": retry_after,
                "delay": delay,
            }
        )
        return fault.to_json()

    def faults(self) -> list[dict[str, Any]]:
        """Return the armed faults."""
        return self._app.faults.list()

    def clear_faults(self) -> None:
        """Disarm every fault."""
        self._app.faults.clear()

    def requests(self) -> list[dict[str, Any]]:
        """Return the request log (method, path, query, status), oldest first."""
        return self._app.request_log.entries()

    def clear_requests(self) -> None:
        """Clear the request log."""
        self._app.request_log.clear()


# The control API resets and breaks the whole tenant: its administrators only.
_CONTROL = require("ROLE_TENANT_MANAGEMENT_ADMIN")


def register(router: Router, app: EmulatorApp) -> Controls:
    """Add the control routes for ``app`` to ``router``; return its :class:`Controls`."""
    controls = Controls(app)
    faults, request_log = app.faults, app.request_log

    def health(request: Request, params: dict[str, str]) -> Response:
        return json_response(request, 200, {"status": "UP", "tenant": app.tenant_id}, media.JSON)

    def reset(request: Request, params: dict[str, str]) -> Response:
        seeded = controls.reset(seed=request.flag("seed", AREA))
        if seeded is None:
            return Response(204)
        return json_response(request, 200, seeded, media.JSON)

    def add_fault(request: Request, params: dict[str, str]) -> Response:
        fault = faults.add(request.json_object(AREA))
        return json_response(request, 201, fault.to_json(), media.JSON)

    def list_faults(request: Request, params: dict[str, str]) -> Response:
        return json_response(request, 200, {"faults": faults.list()}, media.JSON)

    def clear_faults(request: Request, params: dict[str, str]) -> Response:
        faults.clear()
        return Response(204)

    def list_requests(request: Request, params: dict[str, str]) -> Response:
        return json_response(request, 200, {"requests": request_log.entries()}, media.JSON)

    def clear_requests(request: Request, params: dict[str, str]) -> Response:
        request_log.clear()
        return Response(204)

    router.add("GET", "/_emulator/health", health, public=True)
    router.add("POST", "/_emulator/reset", reset, access=_CONTROL)
    router.add("POST", "/_emulator/faults", add_fault, access=_CONTROL)
    router.add("GET", "/_emulator/faults", list_faults, access=_CONTROL)
    router.add("DELETE", "/_emulator/faults", clear_faults, access=_CONTROL)
    router.add("GET", "/_emulator/requests", list_requests, access=_CONTROL)
    router.add("DELETE", "/_emulator/requests", clear_requests, access=_CONTROL)
    return controls
