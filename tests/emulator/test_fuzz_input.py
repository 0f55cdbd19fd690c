"""Fuzzed query strings, ids and parameter values: never a 5xx, and a refusal writes nothing.

One seeded app per test; hypothesis draws inputs deterministically (``derandomize``) and a bounded
number of them. Each refused request (status 400 or more) must leave the database digest as it
was; a DELETE by filter must refuse whatever the GET of the same collection refuses.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from c8y_emulator import EmulatorApp, create_app
from c8y_emulator.query import MAX_DEPTH
from c8y_emulator.seed import seed_demo_fleet
from c8y_emulator.testing import asgi_client
from tests.emulator.db_state import database_digest

FUZZ = settings(
    max_examples=80,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

_WORDS = [
    *("name", "type", "c8y_Position.lat", "creationTime.date", "id", "list.k", "owner"),
    *("eq", "ne", "gt", "ge", "lt", "le", "and", "or", "not", "(", ")", ",", "'", "''"),
    *("'a*'", "abc*", "*", "my-type", "12", "-3", "3.5d", "6.6", "1e9", "99999999999999999999"),
    *(
        "'2024-01-01T00:00:00+01:00'",
        "2024-01-01",
        "true",
        "FALSE",
        "null",
        "$filter=",
        "$orderby=",
    ),
    *("asc", "desc", "has(x)", "hasany(a,b)", "bygroupid(1)", "isinhierarchyof(\u00b2)", "+"),
    *("bygroupid(", "has(", "\u0661", "\u00b2", "\x00", "\u20ac", "%", "%2", "\\", '"'),
]

QUERIES = st.one_of(
    st.lists(st.sampled_from(_WORDS), max_size=14).map(" ".join),
    st.lists(st.sampled_from(_WORDS), max_size=14).map("".join),
    st.text(max_size=40),
    st.builds(
        lambda opener, n, inner: opener * n + inner + ")" * opener.count("(") * n,
        st.sampled_from(["(", "not ", "not (", "(not "]),
        st.integers(min_value=1, max_value=5000) | st.sampled_from([MAX_DEPTH, MAX_DEPTH + 1]),
        st.sampled_from(["a eq 1", "has(x)", "a eq"]),
    ),
)

IDS = st.one_of(
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.sampled_from(["", " ", "0", "00010001", "\u00b2", "\u0661\u0662", "1.0", "1e3", "-0"]),
    st.text(min_size=1, max_size=25),
    st.text(alphabet="0123456789", min_size=15, max_size=400),
)

PARAMETER_VALUES = st.one_of(
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.sampled_from(["", "true", "false", "maybe", "\u00b2", "1_0", "+5", "0x10", "NaN", "-1"]),
    st.text(max_size=20),
)

ID_ROUTES = [
    ("GET", "/inventory/managedObjects/{id}"),
    ("PUT", "/inventory/managedObjects/{id}"),
    ("DELETE", "/inventory/managedObjects/{id}"),
    ("GET", "/inventory/managedObjects/{id}/childDevices"),
    ("GET", "/inventory/managedObjects/{id}/childAssets/{id}"),
    ("DELETE", "/inventory/managedObjects/{id}/childAdditions/{id}"),
    ("GET", "/inventory/managedObjects/{id}/availability"),
    ("GET", "/inventory/managedObjects/{id}/supportedSeries"),
    ("GET", "/identity/globalIds/{id}/externalIds"),
    ("GET", "/alarm/alarms/{id}"),
    ("PUT", "/alarm/alarms/{id}"),
    ("GET", "/event/events/{id}"),
    ("DELETE", "/event/events/{id}"),
    ("GET", "/event/events/{id}/binaries"),
    ("GET", "/measurement/measurements/{id}"),
    ("DELETE", "/measurement/measurements/{id}"),
    ("GET", "/devicecontrol/operations/{id}"),
    ("PUT", "/devicecontrol/operations/{id}"),
    ("GET", "/devicecontrol/bulkoperations/{id}"),
    ("DELETE", "/devicecontrol/bulkoperations/{id}"),
    ("GET", "/inventory/binaries/{id}"),
    ("DELETE", "/inventory/binaries/{id}"),
]

ID_PARAMETERS = [
    ("/inventory/managedObjects", "ids"),
    ("/inventory/managedObjects", "childDeviceId"),
    ("/alarm/alarms", "source"),
    ("/event/events", "source"),
    ("/measurement/measurements", "source"),
    ("/devicecontrol/operations", "deviceId"),
    ("/devicecontrol/operations", "bulkOperationId"),
    ("/measurement/measurements/series", "source"),
]

FILTER_COLLECTIONS = {
    "/devicecontrol/operations": ["deviceId", "agentId", "status", "dateFrom", "bulkOperationId"],
    "/alarm/alarms": ["source", "status", "severity", "resolved", "dateFrom", "withSourceAssets"],
    "/event/events": ["source", "type", "dateTo", "fragmentValue", "lastUpdatedFrom", "revert"],
    "/measurement/measurements": ["source", "type", "dateFrom", "valueFragmentType", "revert"],
}
PAGING = ["pageSize", "currentPage", "withTotalPages", "withTotalElements"]


async def _seed(app: EmulatorApp) -> str:
    fleet = seed_demo_fleet(app)
    device = str(fleet["devices"]["Pump 01"])
    time = "2024-05-01T12:00:00.000Z"
    source = {"source": {"id": device}}
    async with asgi_client(app) as http:
        agent = await http.put(
            f"/inventory/managedObjects/{device}", json={"com_cumulocity_model_Agent": {}}
        )
        assert agent.status_code == 200
        for path, body in (
            (
                "/alarm/alarms",
                {**source, "type": "a", "text": "t", "time": time, "severity": "MAJOR"},
            ),
            ("/event/events", {**source, "type": "e", "text": "t", "time": time}),
            (
                "/measurement/measurements",
                {**source, "type": "m", "time": time, "c8y_T": {"T": {"value": 1}}},
            ),
            ("/devicecontrol/operations", {"deviceId": device, "c8y_Restart": {}}),
        ):
            created = await http.post(path, json=body)
            assert created.status_code == 201, created.text
    return device


@pytest.fixture
def seeded() -> Iterator[tuple[EmulatorApp, str]]:
    """A seeded app and the id of a device with alarms, events, measurements and an operation."""
    app = create_app()
    device = asyncio.run(_seed(app))
    yield app, device
    app.close()


async def _refusal_writes_nothing(
    app: EmulatorApp, http: httpx.AsyncClient, method: str, url: str, **kwargs: Any
) -> httpx.Response:
    before = database_digest(app)
    response = await http.request(method, url, **kwargs)
    assert response.status_code < 500, (method, url, kwargs, response.text)
    if response.status_code >= 400:
        assert response.json()["error"], response.text  # the platform's error body
        assert database_digest(app) == before, (method, url, kwargs, response.status_code)
    return response


@FUZZ
@given(query=QUERIES, legacy=st.booleans())
async def test_fuzzed_queries(seeded: tuple[EmulatorApp, str], query: str, legacy: bool) -> None:
    app, device = seeded
    async with asgi_client(app) as http:
        for path in (
            "/inventory/managedObjects",
            f"/inventory/managedObjects/{device}/childAssets",
        ):
            response = await _refusal_writes_nothing(
                app, http, "GET", path, params={"q" if legacy else "query": query}
            )
            assert response.status_code in (200, 422), (query, response.text)
            if response.status_code == 422:
                assert response.json()["error"] == "inventory/Invalid Data"


@FUZZ
@given(raw_id=IDS, route=st.sampled_from(ID_ROUTES))
async def test_fuzzed_ids_in_paths(
    seeded: tuple[EmulatorApp, str], raw_id: str, route: tuple[str, str]
) -> None:
    app, _ = seeded
    method, template = route
    url = template.replace("{id}", quote(raw_id, safe=""))
    body: dict[str, Any] | None = {} if method == "PUT" else None
    async with asgi_client(app) as http:
        await _refusal_writes_nothing(app, http, method, url, json=body)


@FUZZ
@given(raw_id=IDS, target=st.sampled_from(ID_PARAMETERS))
async def test_fuzzed_ids_in_parameters(
    seeded: tuple[EmulatorApp, str], raw_id: str, target: tuple[str, str]
) -> None:
    app, _ = seeded
    path, name = target
    async with asgi_client(app) as http:
        await _refusal_writes_nothing(app, http, "GET", path, params={name: raw_id})
        query = f"bygroupid({raw_id})" if raw_id.isalnum() else f"id eq '{raw_id}'"
        response = await _refusal_writes_nothing(
            app, http, "GET", "/inventory/managedObjects", params={"query": query}
        )
        assert response.status_code in (200, 422)


@FUZZ
@given(
    collection=st.sampled_from(sorted(FILTER_COLLECTIONS)),
    drawn=st.lists(st.tuples(st.integers(0, 99), PARAMETER_VALUES), min_size=1, max_size=3),
)
async def test_delete_by_filter_refuses_what_get_refuses(
    seeded: tuple[EmulatorApp, str], collection: str, drawn: list[tuple[int, str]]
) -> None:
    app, device = seeded
    names = [*FILTER_COLLECTIONS[collection], *PAGING]
    params = {"source": device} if collection != "/devicecontrol/operations" else {}
    params.update({names[index % len(names)]: value for index, value in drawn})
    async with asgi_client(app) as http:
        listed = await _refusal_writes_nothing(app, http, "GET", collection, params=params)
        if listed.status_code == 200:
            return  # a well-formed DELETE would delete: the refusals are what is fuzzed here
        deleted = await _refusal_writes_nothing(app, http, "DELETE", collection, params=params)
        assert deleted.status_code == listed.status_code, (params, deleted.text)
        assert deleted.json()["message"] == listed.json()["message"]


HEADER_VALUES = st.binary(max_size=40).map(
    lambda raw: bytes(b for b in raw if b >= 0x20 and b != 0x7F)
) | st.sampled_from(
    [b"Basic \xc3\xa9", b"Basic Y\xe9", b"Bearer \xff", b"Basic " + b"A" * 3, b"authorization=\xff"]
)
HEADER_NAMES = [b"authorization", b"cookie", b"x-xsrf-token", b"accept", b"content-type"]


@FUZZ
@given(
    headers=st.lists(st.tuples(st.sampled_from(HEADER_NAMES), HEADER_VALUES), max_size=3),
    method=st.sampled_from(["GET", "POST"]),
)
async def test_fuzzed_headers(
    seeded: tuple[EmulatorApp, str], headers: list[tuple[bytes, bytes]], method: str
) -> None:
    app, _ = seeded
    async with asgi_client(app, authenticated=False) as http:
        before = database_digest(app)
        response = await http.request(
            method, "/inventory/managedObjects", headers=headers, content=b'{"name": "x"}'
        )
        assert response.status_code < 500, (headers, response.text)
        assert response.json()["error"], response.text  # no valid credentials: refused
        assert database_digest(app) == before
