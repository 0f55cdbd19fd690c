"""Device registration over HTTP: new device requests, the bootstrap poll, device users."""

from __future__ import annotations

import sqlite3
from typing import Any

import httpx
import pytest

from c8y_emulator import EmulatorApp, create_app
from c8y_emulator.deviceregistration import BOOTSTRAP_LOGIN, BOOTSTRAP_PASSWORD
from c8y_emulator.testing import asgi_client

REQUESTS = "/devicecontrol/newDeviceRequests"
CREDENTIALS = "/devicecontrol/deviceCredentials"
REQUEST = "application/vnd.com.nsn.cumulocity.newdevicerequest+json"
BOOTSTRAP = httpx.BasicAuth(BOOTSTRAP_LOGIN, BOOTSTRAP_PASSWORD)


async def _request(client: httpx.AsyncClient, serial: str, **members: str) -> dict[str, Any]:
    response = await client.post(
        REQUESTS, json={"id": serial, **members}, headers={"Accept": REQUEST}
    )
    assert response.status_code == 201, response.text
    document: dict[str, Any] = response.json()
    return document


async def _poll(client: httpx.AsyncClient, serial: str, **members: str) -> httpx.Response:
    return await client.post(CREDENTIALS, json={"id": serial, **members}, auth=BOOTSTRAP)


async def test_request_poll_accept_poll_gives_working_device_credentials(
    app: EmulatorApp, any_client: httpx.AsyncClient
) -> None:
    created = await _request(any_client, "SN-7", type="c8y_Sensor")
    base = str(any_client.base_url).rstrip("/")
    assert created["self"] == f"{base}{REQUESTS}/SN-7"
    assert created["status"] == "WAITING_FOR_CONNECTION"
    assert (created["type"], created["owner"], created["tenantId"]) == (
        "c8y_Sensor",
        app.username,
        app.tenant_id,
    )

    first = await _poll(any_client, "SN-7")
    assert first.status_code == 404
    assert first.json()["error"] == "devicecontrol/Not Found"
    assert (await any_client.get(f"{REQUESTS}/SN-7")).json()["status"] == "PENDING_ACCEPTANCE"

    accepted = await any_client.put(
        f"{REQUESTS}/SN-7", json={"status": "ACCEPTED"}, headers={"Accept": REQUEST}
    )
    assert accepted.status_code == 200
    assert accepted.json()["status"] == "ACCEPTED"

    delivered = await _poll(any_client, "SN-7")
    assert delivered.status_code == 201  # the platform's status; the spec says 200
    credentials = delivered.json()
    assert credentials["id"] == "SN-7"
    assert credentials["tenantId"] == app.tenant_id
    assert credentials["username"] == "device_SN-7"
    assert len(credentials["password"]) >= 16
    # Delivered once: the request is gone, and so is any further poll's answer.
    assert (await any_client.get(f"{REQUESTS}/SN-7")).status_code == 404
    assert (await _poll(any_client, "SN-7")).status_code == 404

    device_auth = httpx.BasicAuth(f"{app.tenant_id}/device_SN-7", credentials["password"])
    made = await any_client.post(
        "/inventory/managedObjects",
        json={"name": "SN-7", "c8y_IsDevice": {}},
        auth=device_auth,
        headers={"Accept": "application/json"},
    )
    assert made.status_code == 201, made.text
    assert made.json()["owner"] == "device_SN-7"
    wrong = httpx.BasicAuth(f"{app.tenant_id}/device_SN-7", "guess")
    assert (await any_client.get("/inventory/managedObjects", auth=wrong)).status_code == 401


async def test_requests_are_listed_paged_and_deleted(client: httpx.AsyncClient) -> None:
    for serial in ("A", "B", "C"):
        await _request(client, serial)
    listed = (await client.get(REQUESTS)).json()
    assert [r["id"] for r in listed["newDeviceRequests"]] == ["A", "B", "C"]
    page = (await client.get(REQUESTS, params={"pageSize": 2, "currentPage": 2})).json()
    assert [r["id"] for r in page["newDeviceRequests"]] == ["C"]
    assert (await client.delete(f"{REQUESTS}/B")).status_code == 204
    assert (await client.delete(f"{REQUESTS}/B")).status_code == 404
    listed = (await client.get(REQUESTS)).json()
    assert [r["id"] for r in listed["newDeviceRequests"]] == ["A", "C"]


async def test_a_security_token_set_on_acceptance_must_be_repeated_by_the_device(
    client: httpx.AsyncClient,
) -> None:
    await _request(client, "T-1")
    await client.put(f"{REQUESTS}/T-1", json={"status": "ACCEPTED", "securityToken": "s3cret"})
    shown = (await client.get(f"{REQUESTS}/T-1")).json()
    assert "securityToken" not in shown  # write-only
    assert (await _poll(client, "T-1")).status_code == 401
    assert (await _poll(client, "T-1", securityToken="wrong")).status_code == 401
    assert (await _poll(client, "T-1", securityToken="s3cret")).status_code == 201


async def test_only_the_bootstrap_user_polls_for_credentials(
    app: EmulatorApp, client: httpx.AsyncClient
) -> None:
    await _request(client, "B-1")
    await client.put(f"{REQUESTS}/B-1", json={"status": "ACCEPTED"})
    for auth in (
        httpx.BasicAuth("", ""),
        httpx.BasicAuth(f"{app.tenant_id}/{app.username}", app.password),
    ):
        response = await client.post(CREDENTIALS, json={"id": "B-1"}, auth=auth)
        assert response.status_code == 401
        assert "bootstrap" in response.json()["message"]
    bootstrap_elsewhere = await client.get("/inventory/managedObjects", auth=BOOTSTRAP)
    assert bootstrap_elsewhere.status_code == 401
    assert (await _poll(client, "B-1")).status_code == 201


@pytest.mark.parametrize(
    ("body", "status", "needle"),
    [
        ({}, 422, "id"),
        ({"id": ""}, 422, "id"),
        ({"id": 5}, 422, "id"),
        ({"id": "X", "type": 1}, 422, "type"),
        ({"id": "X", "groupId": "424242"}, 422, "424242"),
        ({"id": "DUP"}, 422, "already exists"),
    ],
)
async def test_bad_new_device_requests_are_refused_by_name(
    client: httpx.AsyncClient, body: dict[str, Any], status: int, needle: str
) -> None:
    await _request(client, "DUP")
    response = await client.post(REQUESTS, json=body)
    assert response.status_code == status, response.text
    assert needle in response.json()["message"]
    assert [r["id"] for r in (await client.get(REQUESTS)).json()["newDeviceRequests"]] == ["DUP"]


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ({"status": "DONE"}, "status"),
        ({}, "status"),
        ({"status": "ACCEPTED", "id": "OTHER"}, "id"),
        ({"status": "ACCEPTED", "owner": "me"}, "owner"),
    ],
)
async def test_bad_updates_are_refused_and_change_nothing(
    client: httpx.AsyncClient, body: dict[str, Any], needle: str
) -> None:
    before = await _request(client, "U-1")
    response = await client.put(f"{REQUESTS}/U-1", json=body)
    assert response.status_code == 422, response.text
    assert needle in response.json()["message"]
    assert (await client.get(f"{REQUESTS}/U-1")).json() == before


async def test_an_update_may_repeat_the_read_only_members(client: httpx.AsyncClient) -> None:
    before = await _request(client, "R-1", type="t")
    repeated = {k: before[k] for k in ("id", "type", "self")}
    response = await client.put(
        f"{REQUESTS}/R-1", json={**repeated, "status": "ACCEPTED"}, headers={"Accept": REQUEST}
    )
    assert response.status_code == 200, response.text
    assert response.json()["status"] == "ACCEPTED"


async def test_unknown_requests_are_404(client: httpx.AsyncClient) -> None:
    for method in ("GET", "PUT", "DELETE"):
        response = await client.request(
            method, f"{REQUESTS}/nope", json={"status": "ACCEPTED"} if method == "PUT" else None
        )
        assert response.status_code == 404
        assert response.json()["message"] == "Could not find newDeviceRequest by ID nope"


async def test_requests_and_device_users_survive_a_restart(tmp_path: Any) -> None:
    database = str(tmp_path / "tenant.sqlite3")
    async with asgi_client(database=database) as client:
        await _request(client, "P-1")
        await _request(client, "P-2")
        await client.put(f"{REQUESTS}/P-2", json={"status": "ACCEPTED"})
        password = (await _poll(client, "P-2")).json()["password"]
    app = create_app(database)
    try:
        async with asgi_client(app) as client:
            assert (await client.get(f"{REQUESTS}/P-1")).status_code == 200
            device = httpx.BasicAuth("device_P-2", password)
            assert (await client.get("/user/currentUser", auth=device)).status_code == 200
            wrong = httpx.BasicAuth("device_P-2", password + "x")
            assert (await client.get("/user/currentUser", auth=wrong)).status_code == 401
    finally:
        app.close()
    # At rest the password is a salted digest, never the text handed to the device.
    with sqlite3.connect(database) as connection:
        dump = "\n".join(connection.iterdump())
    assert password not in dump
    assert "device_P-2" in dump


@pytest.mark.parametrize("with_device_user", [True, False])
async def test_deleting_the_device_with_its_user_ends_the_credentials(
    app: EmulatorApp, client: httpx.AsyncClient, with_device_user: bool
) -> None:
    await _request(client, "D-1")
    await client.put(f"{REQUESTS}/D-1", json={"status": "ACCEPTED"})
    password = (await _poll(client, "D-1")).json()["password"]
    device = httpx.BasicAuth(f"{app.tenant_id}/device_D-1", password)
    made = await client.post(
        "/inventory/managedObjects", json={"name": "D-1"}, auth=device, headers={"Accept": "*/*"}
    )
    flag = "true" if with_device_user else "false"
    deleted = await client.delete(
        f"/inventory/managedObjects/{made.json()['id']}", params={"withDeviceUser": flag}
    )
    assert deleted.status_code == 204
    after = await client.get("/inventory/managedObjects", auth=device)
    assert after.status_code == (401 if with_device_user else 200)
    # The tenant's own user is never a device user, whatever it owns.
    thing = (await client.post("/inventory/managedObjects", json={"name": "t"})).json()["id"]
    await client.delete(f"/inventory/managedObjects/{thing}", params={"withDeviceUser": "true"})
    assert (await client.get("/user/currentUser")).status_code == 200
