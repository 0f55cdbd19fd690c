"""Applications, binaries, subscriptions, microservice users and the current application.

Single-tenant tests use the ``app`` / ``client`` fixtures; the multi-tenant ones a
:class:`~c8y_emulator.tenants.TenantDispatcher` with a management tenant and two more.
"""

from __future__ import annotations

import asyncio
import io
import logging
import zipfile
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest

from c8y_emulator import EmulatorApp
from c8y_emulator.tenants import TenantDispatcher, create_tenants, tenant_database

ACCEPT = {"Accept": "application/json"}
APPS = "/application/applications"
BASE_URL = "http://emulator.local"


def app_body(name: str = "hello", kind: str = "MICROSERVICE", **extra: Any) -> dict[str, Any]:
    return {"name": name, "key": f"{name}-key", "type": kind, **extra}


def zip_with_manifest(manifest: bytes | None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("app.py", "print('hi')")
        if manifest is not None:
            archive.writestr("cumulocity.json", manifest)
    return buffer.getvalue()


async def create(client: httpx.AsyncClient, **body: Any) -> dict[str, Any]:
    answer = await client.post(APPS, json=app_body(**body), headers=ACCEPT)
    assert answer.status_code == 201, answer.text
    document: dict[str, Any] = answer.json()
    return document


# --- one tenant -------------------------------------------------------------------------------


async def test_create_read_update_delete(client: httpx.AsyncClient, app: EmulatorApp) -> None:
    created = await create(client, name="web", kind="HOSTED", contextPath="web")
    assert created["owner"]["tenant"]["id"] == app.tenant_id
    assert created["availability"] == "PRIVATE"
    assert created["self"].endswith(f"{APPS}/{created['id']}")
    read = await client.get(f"{APPS}/{created['id']}")
    assert read.headers["content-type"].startswith(
        "application/vnd.com.nsn.cumulocity.application+json"
    )
    assert read.json() == created
    changed = await client.put(
        f"{APPS}/{created['id']}", json={"globalTitle": "Web", "id": "ignored"}, headers=ACCEPT
    )
    assert changed.status_code == 200
    assert changed.json()["globalTitle"] == "Web"
    assert changed.json()["id"] == created["id"]
    assert (await client.delete(f"{APPS}/{created['id']}")).status_code == 204
    assert (await client.get(f"{APPS}/{created['id']}")).status_code == 404


@pytest.mark.parametrize(
    ("body", "status", "fragment"),
    [
        ({"key": "k", "type": "HOSTED"}, 422, "name"),
        ({"name": "x", "key": "k", "type": "WEIRD"}, 422, "type"),
        ({"name": "x", "key": "k", "type": "EXTERNAL"}, 422, "externalUrl"),
        ({"name": "Upper Case", "key": "k", "type": "MICROSERVICE"}, 422, "lower-case"),
        ({"name": "x", "key": "k", "type": "HOSTED", "roles": "ROLE_X"}, 422, "roles"),
        ({"name": "x", "key": "k", "type": "HOSTED", "availability": "ALL"}, 422, "availability"),
    ],
)
async def test_bad_applications_are_refused(
    client: httpx.AsyncClient, body: dict[str, Any], status: int, fragment: str
) -> None:
    answer = await client.post(APPS, json=body)
    assert answer.status_code == status
    assert fragment in answer.json()["message"]
    assert (await client.get(APPS)).json()["applications"] == []


async def test_key_and_name_are_unique(client: httpx.AsyncClient) -> None:
    await create(client, name="one", kind="HOSTED")
    same_key = await client.post(APPS, json={"name": "two", "key": "one-key", "type": "HOSTED"})
    assert same_key.status_code == 409
    same_name = await client.post(APPS, json=app_body("one", "HOSTED") | {"key": "other"})
    assert same_name.status_code == 409


async def test_type_cannot_change(client: httpx.AsyncClient) -> None:
    created = await create(client, name="web", kind="HOSTED")
    answer = await client.put(f"{APPS}/{created['id']}", json={"type": "EXTERNAL"})
    assert answer.status_code == 422


async def test_filters_of_the_application_list(client: httpx.AsyncClient, app: EmulatorApp) -> None:
    micro = await create(client, name="micro")
    web = await create(client, name="web", kind="HOSTED")

    async def names(**params: str) -> list[str]:
        answer = await client.get(APPS, params=params)
        assert answer.status_code == 200, answer.text
        return [a["name"] for a in answer.json()["applications"]]

    assert await names() == ["micro", "web"]
    assert await names(type="HOSTED") == ["web"]
    assert await names(name="micro") == ["micro"]
    assert await names(owner=app.tenant_id) == ["micro", "web"]
    assert await names(owner="t0") == []
    assert await names(subscriber=app.tenant_id) == []
    assert await names(user="admin") == ["micro", "web"]
    assert (await client.get(APPS, params={"type": "OTHER"})).status_code == 422
    assert (await client.get(APPS, params={"user": "nobody"})).status_code == 404
    by_name = await client.get("/application/applicationsByName/web")
    assert [a["id"] for a in by_name.json()["applications"]] == [web["id"]]
    by_owner = await client.get(f"/application/applicationsByOwner/{app.tenant_id}")
    assert len(by_owner.json()["applications"]) == 2
    by_tenant = await client.get(f"/application/applicationsByTenant/{app.tenant_id}")
    assert len(by_tenant.json()["applications"]) == 2
    by_user = await client.get("/application/applicationsByUser/admin")
    assert {a["id"] for a in by_user.json()["applications"]} == {micro["id"], web["id"]}


async def test_binary_upload_takes_the_manifest(client: httpx.AsyncClient) -> None:
    created = await create(client, name="micro")
    manifest = b'{"name": "micro", "requiredRoles": ["ROLE_INVENTORY_READ"], "settings": []}'
    uploaded = await client.post(
        f"{APPS}/{created['id']}/binaries",
        files={"file": ("micro.zip", zip_with_manifest(manifest), "application/zip")},
    )
    assert uploaded.status_code == 201, uploaded.text
    document = uploaded.json()
    assert document["requiredRoles"] == ["ROLE_INVENTORY_READ"]
    assert document["manifest"]["name"] == "micro"
    binaries = (await client.get(f"{APPS}/{created['id']}/binaries")).json()["attachments"]
    assert [b["id"] for b in binaries] == [document["activeVersionId"]]
    assert binaries[0]["name"] == "micro.zip"
    content = await client.get(f"{APPS}/{created['id']}/binaries/{binaries[0]['id']}")
    assert content.content == zip_with_manifest(manifest)
    deleted = await client.delete(f"{APPS}/{created['id']}/binaries/{binaries[0]['id']}")
    assert deleted.status_code == 204
    assert "activeVersionId" not in (await client.get(f"{APPS}/{created['id']}")).json()


@pytest.mark.parametrize(
    "content", [b"not a zip", zip_with_manifest(b"[1, 2]"), zip_with_manifest(b"{oops")]
)
async def test_bad_binaries_are_refused(client: httpx.AsyncClient, content: bytes) -> None:
    created = await create(client, name="micro")
    answer = await client.post(
        f"{APPS}/{created['id']}/binaries", files={"file": ("x.zip", content, "application/zip")}
    )
    assert answer.status_code == 422
    assert (await client.get(f"{APPS}/{created['id']}/binaries")).json()["attachments"] == []


async def test_microservice_bootstrap_user_logs_in(
    client: httpx.AsyncClient, app: EmulatorApp
) -> None:
    created = await create(
        client, name="micro", manifest={"settings": [{"key": "a", "defaultValue": "1"}]}
    )
    answer = await client.get(f"{APPS}/{created['id']}/bootstrapUser")
    assert answer.status_code == 200
    bootstrap = answer.json()
    assert bootstrap["name"] == "servicebootstrap_micro"
    assert bootstrap["tenant"] == app.tenant_id
    auth = httpx.BasicAuth(f"{app.tenant_id}/{bootstrap['name']}", bootstrap["password"])
    current = await client.get("/application/currentApplication", auth=auth)
    assert current.status_code == 200
    assert current.json()["id"] == created["id"]
    settings = await client.get("/application/currentApplication/settings", auth=auth)
    assert settings.json() == {"a": "1"}
    # The administrator is nobody's bootstrap user.
    assert (await client.get("/application/currentApplication")).status_code == 403
    web = await create(client, name="web", kind="HOSTED")
    assert (await client.get(f"{APPS}/{web['id']}/bootstrapUser")).status_code == 422


async def test_subscription_creates_a_service_user(
    client: httpx.AsyncClient, app: EmulatorApp
) -> None:
    created = await create(client, name="micro", requiredRoles=["ROLE_INVENTORY_READ"])
    subscriptions = f"/tenant/tenants/{app.tenant_id}/applications"
    subscribed = await client.post(
        subscriptions, json={"application": {"self": created["self"]}}, headers=ACCEPT
    )
    assert subscribed.status_code == 201, subscribed.text
    assert subscribed.json()["application"]["id"] == created["id"]
    again = await client.post(subscriptions, json={"application": {"id": created["id"]}})
    assert again.status_code == 409
    listed = (await client.get(subscriptions)).json()["references"]
    assert [r["application"]["id"] for r in listed] == [created["id"]]
    bootstrap = (await client.get(f"{APPS}/{created['id']}/bootstrapUser")).json()
    auth = httpx.BasicAuth(f"{app.tenant_id}/{bootstrap['name']}", bootstrap["password"])
    users = (await client.get("/application/currentApplication/subscriptions", auth=auth)).json()
    assert [(u["tenant"], u["name"]) for u in users["users"]] == [(app.tenant_id, "service_micro")]
    service = httpx.BasicAuth(f"{app.tenant_id}/service_micro", users["users"][0]["password"])
    assert (await client.get("/application/currentApplication", auth=service)).status_code == 200
    roles = await client.get(f"/user/{app.tenant_id}/users/service_micro/groups")
    assert roles.status_code == 200
    unsubscribed = await client.delete(f"{subscriptions}/{created['id']}")
    assert unsubscribed.status_code == 204
    assert (await client.get("/inventory/managedObjects", auth=service)).status_code == 401
    assert (await client.delete(f"{subscriptions}/{created['id']}")).status_code == 404


async def test_unknown_tenant_and_application(client: httpx.AsyncClient, app: EmulatorApp) -> None:
    created = await create(client, name="micro")
    unknown = await client.post(
        "/tenant/tenants/t0/applications", json={"application": {"id": created["id"]}}
    )
    assert unknown.status_code == 404
    missing = await client.post(
        f"/tenant/tenants/{app.tenant_id}/applications", json={"application": {"id": "999999"}}
    )
    assert missing.status_code == 404
    malformed = await client.post(
        f"/tenant/tenants/{app.tenant_id}/applications", json={"application": "x"}
    )
    assert malformed.status_code == 422


async def test_reader_cannot_change_applications(
    client: httpx.AsyncClient, app: EmulatorApp
) -> None:
    created = await create(client, name="web", kind="HOSTED")
    reader = httpx.BasicAuth(f"{app.tenant_id}/reader", "Reader-Pass-1")
    assert (await client.get(APPS, auth=reader)).status_code == 200
    for method, path in [
        ("POST", APPS),
        ("PUT", f"{APPS}/{created['id']}"),
        ("DELETE", f"{APPS}/{created['id']}"),
        ("POST", f"/tenant/tenants/{app.tenant_id}/applications"),
    ]:
        answer = await client.request(method, path, json=app_body("x", "HOSTED"), auth=reader)
        assert answer.status_code == 403, (method, path)
        assert answer.json()["error"] == "security/Forbidden"


# --- several tenants --------------------------------------------------------------------------


@pytest.fixture
def tenants() -> Iterator[TenantDispatcher]:
    dispatcher = create_tenants(tenant_ids=("t100", "t200"))
    yield dispatcher
    dispatcher.close()


@pytest.fixture
async def http(tenants: TenantDispatcher) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=tenants)
    auth = httpx.BasicAuth("management/admin", "admin")
    async with httpx.AsyncClient(transport=transport, base_url=BASE_URL, auth=auth) as client:
        yield client


def tenant_auth(tenant: str) -> httpx.BasicAuth:
    return httpx.BasicAuth(f"{tenant}/admin", "admin")


async def test_requests_go_to_the_tenant_of_their_credentials(
    http: httpx.AsyncClient, tenants: TenantDispatcher
) -> None:
    for tenant in ("management", "t100", "t200"):
        answer = await http.get("/tenant/currentTenant", auth=tenant_auth(tenant))
        assert answer.json()["name"] == tenant
    assert (await http.get("/tenant/currentTenant", auth=("admin", "admin"))).json()[
        "name"
    ] == "management"
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=tenants), base_url=BASE_URL
    ) as anonymous:
        token = await anonymous.post(
            "/tenant/oauth/token",
            params={"tenant_id": "t200"},
            data={"grant_type": "PASSWORD", "username": "admin", "password": "admin"},
        )
        assert token.status_code == 200, token.text
        bearer = {"Authorization": f"Bearer {token.json()['access_token']}"}
        answer = await anonymous.get("/tenant/currentTenant", headers=bearer)
    assert answer.json()["name"] == "t200"
    unknown = await http.get("/tenant/currentTenant", auth=tenant_auth("t999"))
    assert unknown.status_code == 401


@pytest.mark.parametrize("credentials", [b"Basic \xe9\xe9\xe9\xe9", b"Basic not-base64!"])
async def test_malformed_basic_credentials_are_refused_by_the_dispatcher(
    tenants: TenantDispatcher, credentials: bytes
) -> None:
    assert tenants.route({"type": "http", "headers": [(b"authorization", credentials)]}) is (
        tenants.management
    )
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=tenants), base_url=BASE_URL
    ) as anonymous:
        answer = await anonymous.get(
            "/inventory/managedObjects", headers={b"authorization": credentials}
        )
    assert answer.status_code == 401
    assert answer.json()["message"] == "Malformed Basic credentials"


async def _consume(app: Any, token: str) -> list[dict[str, Any]]:
    """Open a Notification 2.0 consumer on `app` (plain ASGI), then leave; what it was sent."""
    inbox: list[dict[str, Any]] = [{"type": "websocket.connect"}]
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        if inbox:
            return inbox.pop()
        await asyncio.sleep(0.05)
        return {"type": "websocket.disconnect", "code": 1000}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "websocket",
        "path": "/notification2/consumer/",
        "query_string": f"token={token}".encode(),
        "headers": [],
    }
    await app(scope, receive, send)
    return sent


async def test_a_consumer_goes_to_the_tenant_that_issued_its_token(
    http: httpx.AsyncClient, tenants: TenantDispatcher
) -> None:
    t200 = tenant_auth("t200")
    subscribed = await http.post(
        "/notification2/subscriptions",
        json={"subscription": "s", "context": "tenant", "subscriptionFilter": {"apis": ["alarms"]}},
        headers={"Accept": "application/json"},
        auth=t200,
    )
    assert subscribed.status_code == 201, subscribed.text
    issued = await http.post(
        "/notification2/token", json={"subscription": "s", "subscriber": "a"}, auth=t200
    )
    token = issued.json()["token"]
    assert [m["type"] for m in (await _consume(tenants, token))][:1] == ["websocket.accept"]
    assert tenants.tenants["t200"].notifications.connected() == 0  # closed again
    refused = await _consume(tenants, token[:-2] + "xx")
    assert [m["type"] for m in refused] == ["websocket.close"]


async def test_each_tenant_keeps_its_own_data(http: httpx.AsyncClient) -> None:
    created = await http.post(
        "/inventory/managedObjects", json={"name": "only in t100"}, auth=tenant_auth("t100")
    )
    assert created.status_code == 201
    for tenant, count in (("t100", 1), ("t200", 0), ("management", 0)):
        listed = await http.get("/inventory/managedObjects", auth=tenant_auth(tenant))
        assert len(listed.json()["managedObjects"]) == count, tenant


async def test_subscribed_tenants_get_service_users(http: httpx.AsyncClient) -> None:
    created = (
        await http.post(
            APPS,
            json=app_body("micro", requiredRoles=["ROLE_INVENTORY_READ"]),
            headers=ACCEPT,
        )
    ).json()
    for tenant in ("t100", "t200"):
        answer = await http.post(
            f"/tenant/tenants/{tenant}/applications", json={"application": {"id": created["id"]}}
        )
        assert answer.status_code == 201, answer.text
    # A subscribed tenant sees the application, it cannot change it.
    seen = await http.get(APPS, auth=tenant_auth("t100"))
    assert [a["id"] for a in seen.json()["applications"]] == [created["id"]]
    provided = await http.get(APPS, params={"providedFor": "t100"})
    assert [a["id"] for a in provided.json()["applications"]] == [created["id"]]
    refused = await http.put(
        f"{APPS}/{created['id']}", json={"globalTitle": "x"}, auth=tenant_auth("t100")
    )
    assert refused.status_code == 403
    # Another tenant cannot manage t200's subscriptions.
    other = await http.get("/tenant/tenants/t200/applications", auth=tenant_auth("t100"))
    assert other.status_code == 403
    bootstrap = (await http.get(f"{APPS}/{created['id']}/bootstrapUser")).json()
    auth = httpx.BasicAuth(f"management/{bootstrap['name']}", bootstrap["password"])
    users = (await http.get("/application/currentApplication/subscriptions", auth=auth)).json()
    assert sorted(u["tenant"] for u in users["users"]) == ["t100", "t200"]
    for user in users["users"]:
        service = httpx.BasicAuth(f"{user['tenant']}/{user['name']}", user["password"])
        current = await http.get("/application/currentApplication", auth=service)
        assert current.status_code == 200, current.text
        # Service users may not list the subscriptions: that is the bootstrap user's.
        listed = await http.get("/application/currentApplication/subscriptions", auth=service)
        assert listed.status_code == 403
    # A service user's password is not another tenant's.
    swapped = httpx.BasicAuth(f"t100/{users['users'][0]['name']}", users["users"][1]["password"])
    assert (await http.get("/tenant/currentTenant", auth=swapped)).status_code == 401
    # Deleting a subscribed application needs force, which unsubscribes everybody.
    assert (await http.delete(f"{APPS}/{created['id']}")).status_code == 409
    forced = await http.delete(f"{APPS}/{created['id']}", params={"force": "true"})
    assert forced.status_code == 204
    service = httpx.BasicAuth(f"t100/{users['users'][0]['name']}", users["users"][0]["password"])
    assert (await http.get("/tenant/currentTenant", auth=service)).status_code == 401


async def test_no_password_in_the_log(
    http: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    created = (await http.post(APPS, json=app_body("micro"), headers=ACCEPT)).json()
    await http.post(
        "/tenant/tenants/t100/applications", json={"application": {"id": created["id"]}}
    )
    bootstrap = (await http.get(f"{APPS}/{created['id']}/bootstrapUser")).json()
    auth = httpx.BasicAuth(f"management/{bootstrap['name']}", bootstrap["password"])
    users = (await http.get("/application/currentApplication/subscriptions", auth=auth)).json()
    assert caplog.records  # the requests were logged
    for secret in (bootstrap["password"], users["users"][0]["password"]):
        assert secret not in caplog.text


def test_tenant_databases_lie_beside_the_management_one(tmp_path: Any) -> None:
    assert tenant_database(":memory:", "t1") == ":memory:"
    assert tenant_database(str(tmp_path / "fleet.db"), "t1") == str(tmp_path / "fleet.t1.db")
    dispatcher = create_tenants(str(tmp_path / "fleet.db"), tenant_ids=("t1",))
    try:
        assert (tmp_path / "fleet.t1.db").exists()
        assert dispatcher.tenants["t1"].applications is dispatcher.management.applications
    finally:
        dispatcher.close()


def test_dispatcher_refuses_a_tenant_twice() -> None:
    with pytest.raises(ValueError, match="given twice"):
        create_tenants(tenant_ids=("t1", "t1"))


async def test_settings_take_tenant_options_of_the_category(
    client: httpx.AsyncClient, app: EmulatorApp
) -> None:
    asked: list[tuple[str, str]] = []

    def options(tenant: str, category: str) -> dict[str, str]:
        asked.append((tenant, category))
        return {"greeting": "hi", "credentials.key": "secret-value"}

    app.applications.options = options
    manifest = {
        "settingsCategory": "greeter",
        "settings": [
            {"key": "greeting", "defaultValue": "hello"},
            {"key": "loud", "defaultValue": False},
        ],
    }
    created = await create(client, name="micro", manifest=manifest)
    bootstrap = (await client.get(f"{APPS}/{created['id']}/bootstrapUser")).json()
    auth = httpx.BasicAuth(f"{app.tenant_id}/{bootstrap['name']}", bootstrap["password"])
    settings = await client.get("/application/currentApplication/settings", auth=auth)
    assert settings.json() == {"greeting": "hi", "loud": "false", "credentials.key": "secret-value"}
    assert asked == [(app.tenant_id, "greeter")]
