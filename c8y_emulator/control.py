"""The emulator's control API under ``/_emulator`` (not part of the platform's contract).

- ``POST /_emulator/faults`` arms a fault: JSON ``{"path": "<regex>", "method": "GET"|null,
  "count": N|-1, "kind": "status"|"delay"|"drop"|"truncate", "status": 500,
  "retry_after": seconds|null, "delay": seconds}``; answers 201 with the fault and its ``id``.
- ``GET /_emulator/faults`` lists armed faults; ``DELETE /_emulator/faults`` disarms all.
- ``GET /_emulator/requests`` answers ``{"requests": [{"method", "path", "query", "status",
  "route", "params", "content_type"}]}`` (oldest first): ``route`` is the path template that
  served the request (null when none matched) and ``params`` its decoded path parameters;
  ``DELETE /_emulator/requests`` clears the log.

The control API needs the same credentials as the platform's paths; faults never apply to it.
"""

from __future__ import annotations

from c8y_emulator import media
from c8y_emulator.faults import FaultRegistry, RequestLog
from c8y_emulator.web import Request, Response, Router, json_response

AREA = "emulator"


def register(router: Router, faults: FaultRegistry, request_log: RequestLog) -> None:
    """Add the control routes to ``router``."""

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

    router.add("POST", "/_emulator/faults", add_fault)
    router.add("GET", "/_emulator/faults", list_faults)
    router.add("DELETE", "/_emulator/faults", clear_faults)
    router.add("GET", "/_emulator/requests", list_requests)
    router.add("DELETE", "/_emulator/requests", clear_requests)
