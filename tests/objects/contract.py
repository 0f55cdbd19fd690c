"""The request contract: what the object model sends must be an operation of the derived spec.

`violations` checks entries of the emulator's request log (``route`` is the spec path template
that served a request) against ``openapi/c8y-core.json``: the method and path template must be
an operation, every query parameter must be one the operation declares, and a body must have a
media type the operation declares. The object-model fixtures run it over every request a test
sent (see ``conftest.py``); tests that send raw requests on purpose opt out with the
``raw_requests`` marker.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import parse_qsl

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "c8y-core.json"
METHODS = ("get", "put", "post", "delete", "patch")


# Where the platform accepts more than the spec declares, and the object model relies on it.
ANY_MEDIA_TYPE = {
    # Replacing a file sends the file's own media type, which the platform stores with it; the
    # spec lists text/plain only (an overlay can't widen it without the generated client then
    # sending a wildcard Content-Type).
    ("PUT", "/inventory/binaries/{id}"),
}


class Declared(NamedTuple):
    operation_id: str
    query: frozenset[str]
    media_types: frozenset[str]


def _resolve(spec: Mapping[str, Any], node: Mapping[str, Any]) -> Mapping[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in str(node["$ref"]).removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


@cache
def operations() -> dict[tuple[str, str], Declared]:
    """(method, path template) -> what the spec declares for that operation."""
    spec = json.loads(SPEC.read_text(encoding="utf-8"))
    found: dict[tuple[str, str], Declared] = {}
    for path, item in spec["paths"].items():
        template = path.partition("?")[0]
        for method in METHODS:
            if method not in item:
                continue
            op = item[method]
            params = [
                _resolve(spec, p) for p in [*item.get("parameters", []), *op.get("parameters", [])]
            ]
            body = _resolve(spec, op["requestBody"]) if "requestBody" in op else {}
            found[(method.upper(), template)] = Declared(
                op["operationId"],
                frozenset(p["name"] for p in params if p["in"] == "query"),
                frozenset(body.get("content", {})),
            )
    return found


def violations(entries: Iterable[Mapping[str, Any]]) -> list[str]:
    """Describe each logged request that is not an operation of the spec as declared."""
    declared = operations()
    problems: list[str] = []
    for entry in entries:
        where = f"{entry['method']} {entry['path']}?{entry['query']}"
        route = entry.get("route")
        op = declared.get((entry["method"], route)) if route else None
        if op is None:
            problems.append(f"{where}: no operation of the spec has this method and path")
            continue
        names = {name for name, _ in parse_qsl(entry["query"], keep_blank_values=True)}
        undeclared = sorted(names - op.query)
        if undeclared:
            problems.append(f"{where}: {op.operation_id} declares no {', '.join(undeclared)}")
        content_type = entry.get("content_type")
        if content_type and (entry["method"], route) not in ANY_MEDIA_TYPE:
            media = content_type.split(";", 1)[0].strip().lower()
            if media not in op.media_types:
                problems.append(
                    f"{where}: body sent as {media}; {op.operation_id} declares "
                    f"{', '.join(sorted(op.media_types)) or 'no body'}"
                )
    return problems
