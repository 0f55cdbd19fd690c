"""Fault injection and the request log, through the HTTP control API and the Python helpers."""

from __future__ import annotations

import time

import httpx
import pytest

from c8y_emulator import Emulator, EmulatorApp
from c8y_emulator.testing import asgi_client, basic_auth


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


async def test_control_api_needs_credentials(app: EmulatorApp) -> None:
    async with asgi_client(app, authenticated=False) as http:
        assert (await http.get("/_emulator/faults")).status_code == 401


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


async def test_drop_and_truncate_on_loopback(server: Emulator) -> None:
    server.add_fault("managedObjects", kind="drop")
    server.add_fault("managedObjects", kind="truncate")
    async with httpx.AsyncClient(base_url=server.base_url, auth=basic_auth(server)) as http:
        with pytest.raises(httpx.RemoteProtocolError):
            await http.get("/inventory/managedObjects")
        with pytest.raises(httpx.RemoteProtocolError):
            await http.get("/inventory/managedObjects")
        assert (await http.get("/inventory/managedObjects")).status_code == 200
    assert [r["status"] for r in server.requests()] == [0, 200, 200]


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
