"""Fault injection and the request log, through the HTTP control API and the Python helpers."""

from __future__ import annotations

import time

import httpx
import pytest

from c8y_emulator import Emulator, EmulatorApp
from c8y_emulator.seed import validate_fleet
from c8y_emulator.testing import FaultHelper, asgi_client, basic_auth
from tests.emulator.helpers import new_object


async def test_status_fault_answers_next_n_requests_then_stops(
    any_client: httpx.AsyncClient,
) -> None:
    armed = await any_client.post(
        "/_emulator/faults",
        json={
            "path": "^/inventory/managedObjects$",
            "method": "GET",
            "count": 2,
            "status": 503,
            "retry_after": 3,
        },
    )
    assert armed.status_code == 201
    for _ in range(2):
        failed = await any_client.get("/inventory/managedObjects")
        assert failed.status_code == 503
        assert failed.headers["retry-after"] == "3"
        assert failed.json()["error"] == "general/Service Unavailable"
    # A POST does not match the GET-only fault; the third GET is served normally.
    assert (await any_client.post("/inventory/managedObjects", json={})).status_code == 201
    assert (await any_client.get("/inventory/managedObjects")).status_code == 200
    assert (await any_client.get("/_emulator/faults")).json() == {"faults": []}


async def test_request_log_records_and_clears(any_client: httpx.AsyncClient) -> None:
    await any_client.delete("/_emulator/requests")
    await any_client.get("/inventory/managedObjects", params={"pageSize": 2})
    await any_client.get("/inventory/managedObjects/424242")
    await any_client.put("/inventory/managedObjects/a%2Fb", json={}, headers={"X-Any": "1"})
    await any_client.get("/inventory/nothing/here")
    log = (await any_client.get("/_emulator/requests")).json()["requests"]
    assert log == [
        {
            "method": "GET",
            "path": "/inventory/managedObjects",
            "query": "pageSize=2",
            "status": 200,
            "route": "/inventory/managedObjects",
            "params": {},
            "content_type": None,
        },
        {
            "method": "GET",
            "path": "/inventory/managedObjects/424242",
            "query": "",
            "status": 404,
            "route": "/inventory/managedObjects/{id}",
            "params": {"id": "424242"},
            "content_type": None,
        },
        {
            "method": "PUT",
            "path": "/inventory/managedObjects/a/b",
            "query": "",
            "status": 404,
            "route": "/inventory/managedObjects/{id}",
            "params": {"id": "a/b"},  # one segment, decoded
            "content_type": "application/json",
        },
        {
            "method": "GET",
            "path": "/inventory/nothing/here",
            "query": "",
            "status": 404,
            "route": None,
            "params": {},
            "content_type": None,
        },
    ]
    assert (await any_client.delete("/_emulator/requests")).status_code == 204
    assert (await any_client.get("/_emulator/requests")).json() == {"requests": []}


async def test_control_api_needs_credentials_except_for_health(app: EmulatorApp) -> None:
    async with asgi_client(app, authenticated=False) as http:
        assert (await http.get("/_emulator/faults")).status_code == 401
        assert (await http.post("/_emulator/reset")).status_code == 401
        health = await http.get("/_emulator/health")
    assert health.status_code == 200
    assert health.json() == {"status": "UP", "tenant": "t12345"}


def test_health_on_loopback_without_credentials(server: Emulator) -> None:
    server.add_fault(".*", count=-1)  # faults never apply to the control API
    response = httpx.get(server.base_url + "/_emulator/health")
    assert response.status_code == 200
    assert response.json()["status"] == "UP"


async def _fill_every_resource(client: httpx.AsyncClient) -> str:
    device = await new_object(client, "dev", c8y_IsDevice={}, com_cumulocity_model_Agent={})
    source = {"source": {"id": device}}
    time = "2026-01-01T00:00:00.000Z"
    created = [
        await client.post(
            f"/identity/globalIds/{device}/externalIds",
            json={"type": "c8y_Serial", "externalId": "S-1"},
        ),
        await client.post(
            "/alarm/alarms",
            json={**source, "type": "a", "text": "t", "severity": "MAJOR", "time": time},
        ),
        await client.post("/event/events", json={**source, "type": "e", "text": "t", "time": time}),
        await client.post(
            "/measurement/measurements",
            json={**source, "type": "m", "time": time, "c8y_T": {"T": {"value": 1.0, "unit": "C"}}},
        ),
        await client.post(
            "/devicecontrol/operations", json={"deviceId": device, "c8y_Restart": {}}
        ),
        await client.post(
            "/inventory/binaries",
            files={"file": ("a.txt", b"abc", "text/plain")},
            data={"object": '{"name": "a.txt", "type": "text/plain"}'},
        ),
    ]
    assert [r.status_code for r in created] == [201] * 6
    return device


_COLLECTIONS = {
    "/inventory/managedObjects": "managedObjects",
    "/alarm/alarms": "alarms",
    "/event/events": "events",
    "/measurement/measurements": "measurements",
    "/devicecontrol/operations": "operations",
    "/inventory/binaries": "managedObjects",
}


async def test_reset_forgets_data_faults_and_log(client: httpx.AsyncClient) -> None:
    device = await _fill_every_resource(client)
    await client.post("/_emulator/faults", json={"path": "nothing-matches", "count": -1})
    reset = await client.post("/_emulator/reset")
    assert reset.status_code == 204
    for path, key in _COLLECTIONS.items():
        page = (await client.get(path, params={"withTotalElements": "true"})).json()
        assert page[key] == [], path
    assert (await client.get("/identity/externalIds/c8y_Serial/S-1")).status_code == 404
    assert (await client.get(f"/inventory/managedObjects/{device}")).status_code == 404
    assert (await client.get("/_emulator/faults")).json() == {"faults": []}
    log = (await client.get("/_emulator/requests")).json()["requests"]
    assert [entry["path"] for entry in log] == [
        *_COLLECTIONS,
        "/identity/externalIds/c8y_Serial/S-1",
        f"/inventory/managedObjects/{device}",
    ]
    # The id counter starts again, as in a new database.
    assert await new_object(client, "first after reset") == "10001"


async def test_reset_ends_every_login_token(client: httpx.AsyncClient, app: EmulatorApp) -> None:
    tenant = app.tenant_id
    created = await client.post(
        f"/user/{tenant}/users", json={"userName": "bob", "password": "Bob-Pass-12345"}
    )
    assert created.status_code == 201, created.text
    tokens = {}
    for user, password in (("bob", "Bob-Pass-12345"), (app.username, app.password)):
        issued = await client.post(
            "/tenant/oauth/token",
            params={"tenant_id": tenant},
            data={"grant_type": "PASSWORD", "username": user, "password": password},
        )
        assert issued.status_code == 200, issued.text
        tokens[user] = {"Authorization": f"Bearer {issued.json()['access_token']}"}
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url=str(client.base_url)
    ) as bearer_only:
        me = await bearer_only.get("/user/currentUser", headers=tokens["bob"])
        assert me.json()["userName"] == "bob"
        assert (await client.post("/_emulator/reset")).status_code == 204
        # bob is gone, and a new bob (or the administrator) must log in afresh
        again = await client.post(
            f"/user/{tenant}/users", json={"userName": "bob", "password": "Bob-Pass-12345"}
        )
        assert again.status_code == 201, again.text
        for user, bearer in tokens.items():
            answer = await bearer_only.get("/user/currentUser", headers=bearer)
            assert answer.status_code == 401, user
    assert (await client.get("/user/currentUser")).status_code == 200  # Basic still works


async def test_reset_with_seed_loads_the_same_fleet_each_time(client: httpx.AsyncClient) -> None:
    await new_object(client, "gone after the reset")
    first = await client.post("/_emulator/reset", params={"seed": "true"})
    second = await client.post("/_emulator/reset", params={"seed": "true"})
    assert first.status_code == second.status_code == 200
    assert first.json() == second.json()  # same ids: a reset database starts from scratch
    assert sorted(first.json()["devices"]) == [
        "Boiler 01",
        "Boiler 02",
        "Meter 01",
        "Pump 01",
        "Pump 02",
    ]
    page = await client.get("/inventory/managedObjects", params={"withTotalElements": "true"})
    assert page.json()["statistics"]["totalElements"] == 8


async def test_reset_with_seed_loads_the_configured_fleet(
    app: EmulatorApp, client: httpx.AsyncClient
) -> None:
    app.controls.seed = validate_fleet({"devices": [{"name": "Only"}]})
    seeded = (await client.post("/_emulator/reset?seed=1")).json()
    assert seeded["groups"] == {}
    assert list(seeded["devices"]) == ["Only"]
    names = (await client.get("/inventory/managedObjects")).json()["managedObjects"]
    assert [mo["name"] for mo in names] == ["Only"]


async def test_reset_refuses_a_bad_seed_value_and_keeps_the_data(
    client: httpx.AsyncClient,
) -> None:
    device = await new_object(client, "kept")
    refused = await client.post("/_emulator/reset", params={"seed": "perhaps"})
    assert refused.status_code == 422
    assert "seed" in refused.json()["message"]
    assert (await client.get(f"/inventory/managedObjects/{device}")).status_code == 200


def test_reset_through_the_python_helper(server: Emulator) -> None:
    server.add_fault("x")
    assert server.reset(seed=True) is not None
    assert server.faults() == []
    assert server.reset() is None
    response = httpx.get(
        server.base_url + "/inventory/managedObjects",
        params={"withTotalElements": "true"},
        auth=basic_auth(server),
    )
    assert response.json()["statistics"]["totalElements"] == 0


@pytest.mark.parametrize(
    ("spec", "needle"),
    [
        ({"path": "("}, "not a valid regex"),
        ({"kind": "explode"}, "kind must be one of"),
        ({"count": 0}, "count must be"),
        ({"status": 200}, "status must be"),
        ({"kind": "delay"}, "delay > 0"),
        ({"colour": "red"}, "Unknown fault fields: colour"),
    ],
)
async def test_invalid_fault_specs_are_refused(
    client: httpx.AsyncClient, spec: dict[str, object], needle: str
) -> None:
    response = await client.post("/_emulator/faults", json=spec)
    assert response.status_code == 422
    assert needle in response.json()["message"]


async def test_drop_in_process_raises_protocol_error(client: httpx.AsyncClient) -> None:
    await client.post("/_emulator/faults", json={"path": "managedObjects", "kind": "drop"})
    with pytest.raises(httpx.RemoteProtocolError):
        await client.get("/inventory/managedObjects")
    assert (await client.get("/inventory/managedObjects")).status_code == 200


async def test_truncate_in_process_cuts_the_json(client: httpx.AsyncClient) -> None:
    await client.post("/_emulator/faults", json={"path": "managedObjects", "kind": "truncate"})
    response = await client.get("/inventory/managedObjects")
    assert int(response.headers["content-length"]) > len(response.content)
    with pytest.raises(ValueError, match=r"(?i)eof|unexpected|unterminated"):
        response.json()


async def test_drop_and_truncate_on_loopback(c8y_loopback: Emulator) -> None:
    # The plugin's loopback emulator, with the fault helper of c8y_emulator.testing.
    faults = FaultHelper(c8y_loopback)
    faults.drop("managedObjects")
    faults.truncate("managedObjects")
    auth = basic_auth(c8y_loopback)
    async with httpx.AsyncClient(base_url=c8y_loopback.base_url, auth=auth) as http:
        with pytest.raises(httpx.RemoteProtocolError):
            await http.get("/inventory/managedObjects")
        with pytest.raises(httpx.RemoteProtocolError):
            await http.get("/inventory/managedObjects")
        assert (await http.get("/inventory/managedObjects")).status_code == 200
    assert [r["status"] for r in faults.requests()] == [0, 200, 200]


def test_delay_fault_until_cleared_with_python_helpers(server: Emulator) -> None:
    server.add_fault("currentTenant", kind="delay", delay=0.2, count=-1)
    assert server.faults()[0]["count"] == -1
    with httpx.Client(base_url=server.base_url, auth=basic_auth(server)) as http:
        for _ in range(2):
            started = time.perf_counter()
            assert http.get("/tenant/currentTenant").status_code == 200
            assert time.perf_counter() - started >= 0.2
        server.clear_faults()
        assert server.faults() == []
        assert http.get("/tenant/currentTenant").status_code == 200
    assert len(server.requests()) == 3
    server.clear_requests()
    assert server.requests() == []
