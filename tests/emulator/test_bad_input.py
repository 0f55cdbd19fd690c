"""Bad input is refused with the platform's error body, never a 500, and changes nothing.

Each case was once a 500 or a wrong answer: numbers past the platform's integer range in the
paging parameters, a query nested thousands of levels deep, a non-ASCII ``X-XSRF-TOKEN`` on a
cookie login, and a DELETE by filter that ignored a parameter its GET refuses.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from c8y_emulator import Emulator, EmulatorApp
from c8y_emulator.paging import MAX_PAGE_SIZE, MAX_PARAMETER_INT
from c8y_emulator.query import MAX_DEPTH
from c8y_emulator.seed import seed_demo_fleet
from c8y_emulator.testing import asgi_client
from tests.emulator.db_state import database_digest
from tests.emulator.helpers import served_client

ERROR_MEDIA = "application/vnd.com.nsn.cumulocity.error+json"
HUGE = "99999999999999999999"


async def _fleet(app: EmulatorApp) -> dict[str, str]:
    """Seed the demo fleet; return path parameters that name existing things."""
    seeded = seed_demo_fleet(app)
    pump = str(seeded["devices"]["Pump 01"])
    return {
        "id": pump,
        "childId": str(seeded["devices"]["Pump 02"]),
        "type": "c8y_Serial",
        "externalId": "FP9-2001",
    }


class _Names(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "unknown"


async def _list_routes(app: EmulatorApp, http: httpx.AsyncClient) -> list[str]:
    """Every GET route that answers a page (a document with ``statistics``)."""
    names = await _fleet(app)
    found = []
    for route in app.router:
        if route.method != "GET":
            continue
        # Parameters no seeded thing has (feature keys, tenant ids, ...) get a value that
        # names nothing: such a route answers 404, never a page.
        path = route.template.format_map(_Names(names))
        response = await http.get(path, params={"pageSize": 1})
        if response.status_code == 200 and "json" in response.headers.get("content-type", ""):
            document: Any = response.json()
            if isinstance(document, dict) and "statistics" in document:
                found.append(path)
    return found


@pytest.fixture
async def http(app: EmulatorApp) -> AsyncIterator[httpx.AsyncClient]:
    """A client on ``app`` in-process."""
    async with asgi_client(app) as client:
        yield client


def _assert_invalid(response: httpx.Response, needle: str) -> None:
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith(ERROR_MEDIA)
    body = response.json()
    assert body["error"].endswith("/Invalid Data")
    assert needle in body["message"]


async def test_every_list_route_refuses_numbers_past_the_integer_range(
    app: EmulatorApp, http: httpx.AsyncClient
) -> None:
    routes = await _list_routes(app, http)
    # managed objects, their three reference kinds, external ids, alarms, events, measurements,
    # operations, bulk operations, binaries: a route that stops paging would drop out here.
    assert len(routes) >= 11, routes
    for path in routes:
        for name in ("currentPage", "pageSize"):
            for value in (HUGE, str(MAX_PARAMETER_INT + 1), "9" * 5000):
                response = await http.get(path, params={name: value})
                _assert_invalid(response, f"{name} must be at most {MAX_PARAMETER_INT}")
        last = await http.get(path, params={"currentPage": str(MAX_PARAMETER_INT)})
        assert last.status_code == 200, (path, last.text)
        assert last.json()["statistics"]["currentPage"] == MAX_PARAMETER_INT


@pytest.mark.parametrize(
    ("value", "needle"),
    [
        ("-0", "must be 1 or greater"),
        ("-99999999999999999999", "must be 1 or greater"),
        ("1_0", "must be an integer"),
        ("\u0661", "must be an integer"),  # an Arabic-Indic digit: int() takes it, Java does not
        ("+-1", "must be an integer"),
        ("2.0", "must be an integer"),
    ],
)
async def test_page_numbers_are_plain_decimal_integers(
    http: httpx.AsyncClient, value: str, needle: str
) -> None:
    _assert_invalid(
        await http.get("/inventory/managedObjects", params={"currentPage": value}),
        f"currentPage {needle}",
    )


async def test_page_number_edge_values_still_answer(http: httpx.AsyncClient) -> None:
    for value, expected in (("+3", 3), ("007", 7), (" 2 ", 2)):
        response = await http.get("/alarm/alarms", params={"currentPage": value})
        assert response.status_code == 200, response.text
        assert response.json()["statistics"]["currentPage"] == expected
    trimmed = await http.get("/event/events", params={"pageSize": str(MAX_PARAMETER_INT)})
    assert trimmed.json()["statistics"]["pageSize"] == MAX_PAGE_SIZE


@pytest.mark.parametrize("levels", [MAX_DEPTH + 1, 3000, 5000])
@pytest.mark.parametrize("shape", ["parens", "not", "mixed"])
async def test_deeply_nested_query_is_refused(
    http: httpx.AsyncClient, levels: int, shape: str
) -> None:
    if shape == "parens":
        query = "(" * levels + "name eq 'a'" + ")" * levels
    elif shape == "not":
        query = "not " * levels + "name eq 'a'"
    else:
        query = "not (" * levels + "name eq 'a'" + ")" * levels
    response = await http.get("/inventory/managedObjects", params={"query": query})
    _assert_invalid(response, f"deeper than {MAX_DEPTH} levels")


async def test_query_at_the_depth_limit_is_answered(app: EmulatorApp) -> None:
    await _fleet(app)
    # An even number of "not" cancels out; the limit holds on a loopback server thread too.
    assert MAX_DEPTH % 2 == 0
    query = "not " * MAX_DEPTH + "name eq 'Pump 01'"
    async with served_client(app) as client:
        response = await client.get("/inventory/managedObjects", params={"query": query})
    assert response.status_code == 200, response.text
    assert [m["name"] for m in response.json()["managedObjects"]] == ["Pump 01"]


@pytest.mark.parametrize("transport", ["asgi", "loopback"])
async def test_non_ascii_xsrf_token_is_a_401(app: EmulatorApp, transport: str) -> None:
    async def check(client: httpx.AsyncClient) -> None:
        login = await client.post("/tenant/oauth", data={"username": "admin", "password": "admin"})
        assert login.status_code == 200
        xsrf = login.cookies["XSRF-TOKEN"]
        for token in ("t\u00f6ken".encode(), "\u20ac".encode(), b"\xff" + xsrf.encode()):
            response = await client.get("/user/currentUser", headers={b"X-XSRF-TOKEN": token})
            assert response.status_code == 401, response.text
            assert response.headers["content-type"].startswith(ERROR_MEDIA)
            assert response.json()["error"] == "security/Unauthorized"
            assert "X-XSRF-TOKEN" in response.json()["message"]
        ok = await client.get("/user/currentUser", headers={"X-XSRF-TOKEN": xsrf})
        assert ok.status_code == 200

    if transport == "asgi":
        async with asgi_client(app, authenticated=False) as client:
            await check(client)
    else:
        async with (
            Emulator(app=app) as emulator,
            httpx.AsyncClient(base_url=emulator.base_url) as client,
        ):
            await check(client)


# DELETE by filter: every parameter a GET of the same collection refuses, the DELETE refuses too.
_REFUSED_PARAMETERS: list[dict[str, str]] = [
    {"pageSize": "-1"},
    {"pageSize": "x"},
    {"currentPage": "0"},
    {"currentPage": HUGE},
    {"withTotalPages": "maybe"},
    {"withTotalElements": "2"},
    {"revert": "sometimes"},
]
_DELETE_GUARDS = {
    "/devicecontrol/operations": {},
    "/alarm/alarms": {"source": "{id}"},
    "/event/events": {"source": "{id}"},
    "/measurement/measurements": {"source": "{id}"},
}
_EXTRA_REFUSED = {
    "/event/events": [
        {"withSourceAssets": "perhaps"},
        {"fragmentValue": "x"},
        {"lastUpdatedFrom": "yesterday"},
    ],
    "/alarm/alarms": [{"status": "SLEEPING"}, {"dateFrom": "soon"}],
    "/devicecontrol/operations": [{"status": "DONE"}, {"bulkOperationId": "abc"}],
    "/measurement/measurements": [{"dateTo": "later"}],
}


async def _populate(http: httpx.AsyncClient, source: str) -> None:
    now = "2024-05-01T12:00:00.000Z"
    src = {"source": {"id": source}}
    agent = await http.put(
        f"/inventory/managedObjects/{source}", json={"com_cumulocity_model_Agent": {}}
    )
    assert agent.status_code == 200, agent.text
    device = source
    created = [
        await http.post("/devicecontrol/operations", json={"deviceId": device, "c8y_Restart": {}}),
        await http.post(
            "/alarm/alarms",
            json={**src, "type": "a", "text": "t", "time": now, "severity": "MAJOR"},
        ),
        await http.post("/event/events", json={**src, "type": "e", "text": "t", "time": now}),
        await http.post(
            "/measurement/measurements",
            json={**src, "type": "m", "time": now, "c8y_T": {"T": {"value": 1, "unit": "C"}}},
        ),
    ]
    for response in created:
        assert response.status_code == 201, response.text


@pytest.mark.parametrize("collection", list(_DELETE_GUARDS))
async def test_delete_by_filter_refuses_what_get_refuses(
    app: EmulatorApp, http: httpx.AsyncClient, collection: str
) -> None:
    names = await _fleet(app)
    await _populate(http, names["id"])
    guard = {k: v.format(**names) for k, v in _DELETE_GUARDS[collection].items()}
    for bad in [*_REFUSED_PARAMETERS, *_EXTRA_REFUSED[collection]]:
        params = {**guard, **bad}
        listed = await http.get(collection, params=params)
        assert listed.status_code == 422, (collection, params, listed.text)
        before = database_digest(app)
        deleted = await http.delete(collection, params=params)
        assert deleted.status_code == 422, (collection, params, deleted.text)
        assert deleted.json()["message"] == listed.json()["message"]
        assert database_digest(app) == before, (collection, params)
    # The same DELETE with its parameters well formed does delete.
    done = await http.delete(collection, params={**guard, "pageSize": "1"})
    assert done.status_code == 204
    remaining = await http.get(collection, params=guard)
    assert remaining.json()[collection.rsplit("/", 1)[1]] == []


@pytest.mark.parametrize(
    "value",
    [
        b"Basic Y\xe9",  # not ASCII, so not base64 (a ValueError escaped the app before)
        b"Basic \xc3\xa9\xc3\xa9",
        b"Basic /zr/",  # base64 of b"\xff:\xff", which is not UTF-8
        b"Basic w6k=",  # base64 of "\u00e9": no colon between user and password
    ],
)
async def test_malformed_basic_credentials_are_a_401(app: EmulatorApp, value: bytes) -> None:
    async with asgi_client(app, authenticated=False) as client:
        response = await client.get("/user/currentUser", headers={b"authorization": value})
    assert response.status_code == 401, response.text
    assert response.headers["content-type"].startswith(ERROR_MEDIA)
    assert response.json() == {
        "error": "security/Unauthorized",
        "message": "Malformed Basic credentials",
        "info": "https://www.cumulocity.com/guides/reference-guide/#error_reporting",
    }
