"""Auth, errors, media types, managed object CRUD and the control API, on both transports."""

from __future__ import annotations

import re

import httpx
import pytest

from c8y_emulator import EmulatorApp
from c8y_emulator.testing import asgi_client

MO = "application/vnd.com.nsn.cumulocity.managedobject+json"
ERROR = "application/vnd.com.nsn.cumulocity.error+json"
ISO_MS = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")


async def test_create_read_update_delete(any_client: httpx.AsyncClient) -> None:
    created = await any_client.post(
        "/inventory/managedObjects",
        json={"name": "Boiler", "type": "heater", "c8y_IsDevice": {}, "custom": {"a": 1}},
        headers={"Accept": MO},
    )
    assert created.status_code == 201
    assert created.headers["content-type"].startswith(MO)
    body = created.json()
    assert body["id"].isdigit()
    base = str(any_client.base_url).rstrip("/")
    assert body["self"] == f"{base}/inventory/managedObjects/{body['id']}"
    assert created.headers["location"] == body["self"]
    assert body["owner"] == "admin"
    assert ISO_MS.match(body["creationTime"])
    assert ISO_MS.match(body["lastUpdated"])
    assert body["childDevices"] == {"self": body["self"] + "/childDevices", "references": []}

    url = f"/inventory/managedObjects/{body['id']}"
    updated = await any_client.put(
        url,
        json={
            "name": "Boiler 2",
            "custom": None,
            "extra": [1, 2],
            "id": "999",
            "creationTime": "x",
        },
    )
    assert updated.status_code == 200
    after = updated.json()
    assert after["name"] == "Boiler 2"
    assert "custom" not in after
    assert after["extra"] == [1, 2]
    assert after["c8y_IsDevice"] == {}
    assert after["id"] == body["id"]
    assert after["creationTime"] == body["creationTime"]
    assert after["lastUpdated"] >= body["lastUpdated"]

    fetched = (await any_client.get(url)).json()
    assert fetched == after

    assert (await any_client.delete(url)).status_code == 204
    missing = await any_client.get(url)
    assert missing.status_code == 404
    assert missing.headers["content-type"].startswith(ERROR)
    assert missing.json()["error"] == "inventory/Not Found"


async def test_post_without_accept_header_answers_empty_body(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/inventory/managedObjects",
        content=b'{"name": "quiet"}',
        headers={"Content-Type": MO, "Accept": ""},
    )
    assert response.status_code == 201
    assert response.content == b""
    location = response.headers["location"]
    assert (await client.get(location)).json()["name"] == "quiet"


async def test_plain_json_accept_gets_plain_json(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/inventory/managedObjects", json={"name": "x"}, headers={"Accept": "application/json"}
    )
    assert response.headers["content-type"].startswith("application/json")
    assert response.json()["name"] == "x"


@pytest.mark.parametrize(
    "auth",
    [
        httpx.BasicAuth("t12345/admin", "admin"),
        httpx.BasicAuth("admin", "admin"),
    ],
)
async def test_basic_auth_with_and_without_tenant(app: EmulatorApp, auth: httpx.BasicAuth) -> None:
    async with asgi_client(app, authenticated=False) as http:
        response = await http.get("/user/currentUser", auth=auth)
    assert response.status_code == 200
    assert response.json()["userName"] == "admin"


@pytest.mark.parametrize(
    "auth",
    [
        None,
        httpx.BasicAuth("admin", "wrong"),
        httpx.BasicAuth("t99999/admin", "admin"),
        httpx.BasicAuth("other", "admin"),
    ],
)
async def test_bad_credentials_get_401(app: EmulatorApp, auth: httpx.BasicAuth | None) -> None:
    async with asgi_client(app, authenticated=False) as http:
        response = await http.get("/inventory/managedObjects", auth=auth)
    assert response.status_code == 401
    assert response.headers["content-type"].startswith(ERROR)
    assert response.json()["error"] == "security/Unauthorized"


async def test_bearer_token_from_oauth_token_endpoint(app: EmulatorApp) -> None:
    async with asgi_client(app, authenticated=False) as http:
        token = await http.post(
            "/tenant/oauth/token",
            data={"grant_type": "PASSWORD", "username": "t12345/admin", "password": "admin"},
        )
        assert token.status_code == 200
        access = token.json()["access_token"]
        ok = await http.get("/tenant/currentTenant", headers={"Authorization": f"Bearer {access}"})
        bad = await http.get("/tenant/currentTenant", headers={"Authorization": "Bearer nope"})
        refused = await http.post(
            "/tenant/oauth/token", data={"username": "admin", "password": "no"}
        )
    assert ok.status_code == 200
    assert ok.json()["name"] == "t12345"
    assert bad.status_code == 401
    assert refused.status_code == 401


async def test_cookie_login_needs_xsrf_header(app: EmulatorApp) -> None:
    async with asgi_client(app, authenticated=False) as http:
        login = await http.post("/tenant/oauth", data={"username": "admin", "password": "admin"})
        assert login.status_code == 200
        xsrf = login.cookies["XSRF-TOKEN"]
        assert "authorization" in login.cookies
        with_header = await http.get("/user/currentUser", headers={"X-XSRF-TOKEN": xsrf})
        without = await http.get("/user/currentUser")
    assert with_header.status_code == 200
    assert without.status_code == 401


async def test_unknown_path_404_and_wrong_method_405(client: httpx.AsyncClient) -> None:
    unknown = await client.get("/nothing/here")
    wrong = await client.patch("/inventory/managedObjects")
    assert unknown.status_code == 404
    assert wrong.status_code == 405
    assert "GET" in wrong.headers["allow"]
    assert wrong.json()["error"] == "general/Method Not Allowed"


@pytest.mark.parametrize(
    ("content", "status", "needle"),
    [
        (b"{not json", 400, "not valid JSON"),
        (b"", 400, "empty"),
        (b"[1, 2]", 422, "JSON object"),
        (b'{"name": 5}', 422, "name must be a string"),
        (b'{"type": ["a"]}', 422, "type must be a string"),
    ],
)
async def test_bad_bodies_are_refused_with_a_named_reason(
    client: httpx.AsyncClient, content: bytes, status: int, needle: str
) -> None:
    response = await client.post(
        "/inventory/managedObjects", content=content, headers={"Content-Type": MO}
    )
    assert response.status_code == status
    assert needle in response.json()["message"]
    listing = await client.get("/inventory/managedObjects", params={"withTotalElements": "true"})
    assert listing.json()["statistics"]["totalElements"] == 0


async def test_oversized_body_gets_413(client: httpx.AsyncClient, app: EmulatorApp) -> None:
    huge = b'{"blob": "' + b"x" * (app.max_body_bytes + 10) + b'"}'
    response = await client.post("/inventory/managedObjects", content=huge)
    assert response.status_code == 413
    assert str(app.max_body_bytes) in response.json()["message"]


async def test_x_http_method_override(client: httpx.AsyncClient) -> None:
    created = (await client.post("/inventory/managedObjects", json={"name": "a"})).json()
    response = await client.post(
        f"/inventory/managedObjects/{created['id']}",
        json={"name": "b"},
        headers={"X-HTTP-METHOD": "PUT"},
    )
    assert response.status_code == 200
    assert response.json()["name"] == "b"
