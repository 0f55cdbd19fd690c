"""Contract: every response of every implemented operation validates against the derived spec.

A scenario drives each implemented operation through its success and error paths, records every
request/response pair (httpx event hooks), and validates each response with openapi-core against
``openapi/c8y-core.json``: status documented, media type documented, body matching the schema.

The scenarios live in ``contract_<area>.py`` modules next to this file (each with an async
``scenario(client)`` and an ``UNDOCUMENTED`` dict); a resource module added to the emulator adds
its own. Every route of the app must complete successfully in some scenario.

Responses whose status the upstream document does not list for that operation are named in
``UNDOCUMENTED`` with the reason the emulator answers them anyway; their bodies must still be the
platform's error document, except for a success status the platform answers instead of the
documented one (then the body must match the documented success answer). The lists are checked
both ways: an entry that no longer occurs fails.
"""

from __future__ import annotations

import importlib
import json
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
from openapi_core import Config, OpenAPI
from werkzeug.datastructures import Headers, ImmutableMultiDict

from c8y_emulator import EmulatorApp
from c8y_emulator.coverage import implemented_operations, spec_template

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi" / "c8y-core.json"
ERROR = "application/vnd.com.nsn.cumulocity.error+json"


@dataclass
class _Request:
    host_url: str
    path: str
    method: str
    body: bytes | None
    content_type: str
    parameters: Any


@dataclass
class _Response:
    status_code: int
    content_type: str
    headers: Headers
    data: bytes | None


def _adapt(response: httpx.Response) -> tuple[_Request, _Response]:
    from openapi_core.datatypes import RequestParameters

    request = response.request
    url = request.url
    query = ImmutableMultiDict(parse_qsl(url.query.decode(), keep_blank_values=True))
    adapted_request = _Request(
        host_url=f"{url.scheme}://{url.netloc.decode()}",
        path=url.path,
        method=request.method.lower(),
        body=request.content or None,
        content_type=request.headers.get("content-type", "application/octet-stream").lower(),
        parameters=RequestParameters(query=query, header=Headers(list(request.headers.items()))),
    )
    adapted_response = _Response(
        status_code=response.status_code,
        content_type=response.headers.get("content-type", "").lower(),
        headers=Headers(list(response.headers.items())),
        data=response.content or None,
    )
    return adapted_request, adapted_response


def _scenario_modules() -> list[ModuleType]:
    """Import every ``contract_*.py`` module next to this file, in name order."""
    modules = []
    for path in sorted(Path(__file__).parent.glob("contract_*.py")):
        modules.append(importlib.import_module(f"{__package__}.{path.stem}"))
    return modules


def _parse_json(value: bytes | str, **parameters: str) -> Any:
    """Parse a vendor JSON body (media type parameters such as ``ver`` are irrelevant)."""
    return json.loads(value)


@pytest.fixture(scope="module")
def openapi() -> OpenAPI:
    spec = json.loads(SPEC_PATH.read_text())
    spec["servers"] = [{"url": "/"}]  # match any host: the emulator serves the tenant's root
    # openapi-core parses only application/json itself; the vendor types are JSON too.
    vendor_types = {
        media_type
        for item in spec["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict)
        for response in operation.get("responses", {}).values()
        for media_type in response.get("content", {})
        if media_type.endswith("+json")
    }
    vendor_types |= {
        media_type
        for response in spec["components"]["responses"].values()
        for media_type in response.get("content", {})
        if media_type.endswith("+json")
    }
    config = Config(extra_media_type_deserializers=dict.fromkeys(vendor_types, _parse_json))
    return OpenAPI.from_dict(spec, config=config)


@pytest.fixture(scope="module")
def documented() -> dict[tuple[str, str], set[int]]:
    spec = json.loads(SPEC_PATH.read_text())
    statuses: dict[tuple[str, str], set[int]] = {}
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if isinstance(operation, dict) and "responses" in operation:
                codes = {int(c) for c in operation["responses"] if c.isdigit()}
                statuses[(method.upper(), spec_template(path))] = codes
    return statuses


async def test_every_response_matches_the_contract(
    app: EmulatorApp,
    openapi: OpenAPI,
    documented: dict[tuple[str, str], set[int]],
    any_client: httpx.AsyncClient,
) -> None:
    recorded: list[httpx.Response] = []

    async def record(response: httpx.Response) -> None:
        await response.aread()
        recorded.append(response)

    any_client.event_hooks["response"].append(record)
    declared: dict[tuple[str, str, int], str] = {}
    for module in _scenario_modules():
        await module.scenario(any_client)
        declared.update(module.UNDOCUMENTED)

    routes = set(implemented_operations(app))
    undocumented = {(m, spec_template(p), s) for (m, p, s) in declared}
    failures: list[str] = []
    used_undocumented: set[tuple[str, str, int]] = set()
    succeeded: set[tuple[str, str]] = set()
    for response in recorded:
        method = response.request.method
        template = _template_of(routes, method, response.request.url.path)
        assert template is not None, f"no route for {method} {response.request.url.path}"
        key = (method, template, response.status_code)
        url = response.request.url
        label = f"{method} {url.path}?{url.query.decode()} -> {response.status_code}"
        if response.status_code not in documented[(method, template)]:
            if key not in undocumented:
                failures.append(f"{label}: status not documented and not explained")
                continue
            used_undocumented.add(key)
            documented_success = sorted(c for c in documented[(method, template)] if c < 300)
            if response.is_success and documented_success:
                # The platform answers another success status than the document lists.
                succeeded.add((method, template))
                request, adapted = _adapt(response)
                adapted.status_code = documented_success[0]
                try:
                    openapi.validate_response(request, adapted)
                except Exception as exc:  # openapi-core raises several unrelated types
                    failures.append(f"{label}: {_explain(exc)}"[:700])
                continue
            if not response.headers["content-type"].startswith(ERROR) or set(response.json()) != {
                "error",
                "message",
                "info",
            }:
                failures.append(f"{label}: undocumented status without the error body")
            continue
        if response.is_success:
            succeeded.add((method, template))
        if not response.content and _empty_by_rule(response):
            continue  # documented status; the body is empty by rule (see _empty_by_rule)
        request, adapted = _adapt(response)
        try:
            openapi.validate_response(request, adapted)
        except Exception as exc:  # openapi-core raises several unrelated types
            failures.append(f"{label}: {_explain(exc)}"[:700])
    assert not failures, "\n".join(failures)
    assert undocumented - used_undocumented == set(), "stale UNDOCUMENTED entries"
    assert routes - succeeded == set(), (
        "operations no scenario completed successfully: add them to a contract_<area>.py module"
    )


def _empty_by_rule(response: httpx.Response) -> bool:
    """Whether an empty body is right although the document lists content for the status.

    Two upstream defects: a 204 documented with ``*/*`` content (a 204 has no body), and the
    platform's own rule that a POST/PUT without an ``Accept`` header answers an empty body.
    """
    if response.status_code == 204:
        return True
    request = response.request
    return request.method in ("POST", "PUT") and not request.headers.get("accept")


def _explain(exc: BaseException) -> str:
    """Name an openapi-core failure by its innermost cause and schema errors."""
    cause: BaseException | None = exc
    while cause is not None and cause.__cause__ is not None:
        cause = cause.__cause__
    assert cause is not None
    errors = getattr(cause, "schema_errors", None) or ()
    details = "; ".join(
        f"{'/'.join(str(p) for p in err.absolute_path)}: {err.message[:150]}" for err in errors
    )
    return f"{type(cause).__name__}: {details or str(cause)[:300]}"


def _template_of(routes: set[tuple[str, str]], method: str, path: str) -> str | None:
    """The route template of a request path; a literal segment beats a parameter.

    ``/alarm/alarms/count`` matches both ``/alarm/alarms/count`` and ``/alarm/alarms/{}``;
    the app's router picks the literal one, and so does this.
    """
    segments = path.strip("/").split("/")
    best: tuple[int, str] | None = None
    for route_method, template in routes:
        parts = template.strip("/").split("/")
        if (
            route_method == method
            and len(parts) == len(segments)
            and all(p.startswith("{") or p == s for p, s in zip(parts, segments, strict=True))
        ):
            literals = sum(not p.startswith("{") for p in parts)
            if best is None or literals > best[0]:
                best = (literals, template)
    return best[1] if best else None
