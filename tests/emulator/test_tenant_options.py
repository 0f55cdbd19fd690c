"""Tenant options: every /tenant/options route, editability, and encrypted credentials."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from c8y_emulator import EmulatorApp, create_app
from c8y_emulator.testing import asgi_client
from tests.emulator.db_state import database_digest

OPTIONS = "/tenant/options"
ACCEPT = {"Accept": "*/*"}
SECRET = "s3cr3t-Value-never-shown"


async def set_option(
    client: httpx.AsyncClient, category: str, key: str, value: Any
) -> httpx.Response:
    return await client.post(
        OPTIONS, json={"category": category, "key": key, "value": value}, headers=ACCEPT
    )


async def test_option_crud(client: httpx.AsyncClient) -> None:
    created = await set_option(client, "alarm.type.mapping", "temp_hot", "CRITICAL|hot")
    assert created.status_code == 200, created.text
    assert created.headers["content-type"].startswith("application/vnd.com.nsn.cumulocity.option")
    assert created.json() == {
        "category": "alarm.type.mapping",
        "key": "temp_hot",
        "value": "CRITICAL|hot",
        "self": "http://emulator.local/tenant/options/alarm.type.mapping/temp_hot",
    }
    item = f"{OPTIONS}/alarm.type.mapping/temp_hot"
    assert (await client.get(item)).json() == created.json()
    again = await set_option(client, "alarm.type.mapping", "temp_hot", "MAJOR|hot")
    assert again.json()["value"] == "MAJOR|hot"
    changed = await client.put(item, json={"value": "MINOR|warm"}, headers=ACCEPT)
    assert changed.status_code == 200
    assert changed.json()["value"] == "MINOR|warm"
    assert (await client.get(item)).json()["value"] == "MINOR|warm"
    assert (await client.delete(item)).status_code == 204
    for response in (
        await client.get(item),
        await client.put(item, json={"value": "x"}),
        await client.delete(item),
    ):
        assert response.status_code == 404
        assert response.json()["error"] == "options/Not Found"


async def test_list_and_category_views(client: httpx.AsyncClient) -> None:
    for category, key, value in (("b", "k2", "2"), ("a", "k1", "1"), ("b", "k1", "3")):
        assert (await set_option(client, category, key, value)).status_code == 200
    page = await client.get(OPTIONS, params={"pageSize": "2", "withTotalPages": "true"})
    assert page.headers["content-type"].startswith(
        "application/vnd.com.nsn.cumulocity.optioncollection+json"
    )
    body = page.json()
    assert [(o["category"], o["key"]) for o in body["options"]] == [("a", "k1"), ("b", "k1")]
    assert body["statistics"]["totalPages"] == 2
    assert "next" in body
    assert (await client.get(f"{OPTIONS}/b")).json() == {"k1": "3", "k2": "2"}
    assert (await client.get(f"{OPTIONS}/nothing")).json() == {}
    updated = await client.put(f"{OPTIONS}/b", json={"k1": "30", "k3": "new"}, headers=ACCEPT)
    assert updated.status_code == 200
    assert updated.json() == {"k1": "30", "k2": "2", "k3": "new"}


@pytest.mark.parametrize(
    "body",
    [
        {"key": "k", "value": "v"},
        {"category": "", "key": "k", "value": "v"},
        {"category": "c", "key": "a/b", "value": "v"},
        {"category": "c", "key": "k"},
        {"category": "c", "key": "k", "value": 5},
    ],
)
async def test_malformed_option_is_refused(client: httpx.AsyncClient, body: dict[str, Any]) -> None:
    refused = await client.post(OPTIONS, json=body)
    assert refused.status_code == 422, refused.text
    assert refused.json()["error"] == "options/Invalid Data"
    assert (await client.get(OPTIONS)).json()["options"] == []


async def test_malformed_updates_are_refused(client: httpx.AsyncClient) -> None:
    await set_option(client, "c", "k", "v")
    for path, body in (
        (f"{OPTIONS}/c/k", {"value": ["v"]}),
        (f"{OPTIONS}/c/k", {"category": "other", "value": "v"}),
        (f"{OPTIONS}/c/k", {"value": "v", "editable": False}),
        (f"{OPTIONS}/c/k", {}),
        (f"{OPTIONS}/c", {"k": 1}),
    ):
        refused = await client.put(path, json=body)
        assert refused.status_code == 422, (path, body, refused.text)
    assert (await client.get(f"{OPTIONS}/c")).json() == {"k": "v"}


async def test_a_non_editable_option_cannot_change_or_go(
    app: EmulatorApp, client: httpx.AsyncClient
) -> None:
    await set_option(client, "c", "k", "v")
    editable = f"{OPTIONS}/c/k/editable"
    locked = await client.put(
        editable, params={"targetTenant": app.tenant_id}, json={"editable": False}
    )
    assert locked.status_code == 200
    for response in (
        await client.put(f"{OPTIONS}/c/k", json={"value": "w"}),
        await client.delete(f"{OPTIONS}/c/k"),
        await set_option(client, "c", "k", "w"),
        await client.put(f"{OPTIONS}/c", json={"k": "w"}),
    ):
        assert response.status_code == 403
        assert response.json()["error"] == "security/Forbidden"
    assert (await client.get(f"{OPTIONS}/c/k")).json()["value"] == "v"
    unlocked = await client.put(
        editable, params={"targetTenant": app.tenant_id}, json={"editable": True}
    )
    assert unlocked.status_code == 200
    assert (await client.delete(f"{OPTIONS}/c/k")).status_code == 204


async def test_editable_needs_a_known_target_tenant_and_option(
    app: EmulatorApp, client: httpx.AsyncClient
) -> None:
    await set_option(client, "c", "k", "v")
    editable = f"{OPTIONS}/c/k/editable"
    assert (await client.put(editable, json={"editable": False})).status_code == 400
    other = await client.put(editable, params={"targetTenant": "t999"}, json={"editable": False})
    assert other.status_code == 404
    bad = await client.put(editable, params={"targetTenant": app.tenant_id}, json={"editable": 1})
    assert bad.status_code == 400
    unknown = await client.put(
        f"{OPTIONS}/c/nope/editable",
        params={"targetTenant": app.tenant_id},
        json={"editable": True},
    )
    assert unknown.status_code == 404


async def test_credentials_are_encrypted_at_rest_and_never_answered_in_clear(
    app: EmulatorApp, client: httpx.AsyncClient
) -> None:
    created = await set_option(client, "my-service", "credentials.apikey", SECRET)
    answers = [created]
    value = created.json()["value"]
    assert value.startswith("{cipher}")
    assert SECRET not in value
    answers.append(await client.get(f"{OPTIONS}/my-service/credentials.apikey"))
    assert answers[-1].json()["value"] == value
    answers.append(await client.get(f"{OPTIONS}/my-service"))
    assert answers[-1].json() == {"apikey": value}  # the category view drops the prefix
    answers.append(await client.get(OPTIONS))
    answers.append(
        await client.put(
            f"{OPTIONS}/my-service/credentials.apikey", json={"value": SECRET + "2"}, headers=ACCEPT
        )
    )
    assert answers[-1].json()["value"] != value  # a fresh cipher text for the new value
    # The answer shows what was stored: a later read shows the same cipher text.
    stored = await client.get(f"{OPTIONS}/my-service/credentials.apikey")
    assert stored.json()["value"] == answers[-1].json()["value"]
    answers.append(
        await client.put(
            f"{OPTIONS}/my-service", json={"credentials.other": SECRET + "3"}, headers=ACCEPT
        )
    )
    answers.append(
        await client.post(OPTIONS, json={"category": "x", "key": "credentials.k", "value": 7})
    )
    answers.append(await client.get("/audit/auditRecords", params={"pageSize": "2000"}))
    assert "Option 'my-service/credentials.apikey' updated" in answers[-1].text
    for answer in answers:
        assert SECRET not in answer.text, answer.request.url
    dump = "\n".join(app.storage._conn.iterdump())
    assert SECRET not in dump
    assert app.tenant_options.clear_values("my-service") == {
        "credentials.apikey": SECRET + "2",
        "credentials.other": SECRET + "3",
    }


async def test_reading_options_in_clear_writes_nothing(
    app: EmulatorApp, client: httpx.AsyncClient
) -> None:
    # A fresh database has no cipher key yet: reading plain options must not make one.
    assert (
        await client.post(OPTIONS, json={"category": "svc", "key": "k", "value": "v"})
    ).is_success
    before = database_digest(app)
    assert app.tenant_options.clear_values("svc") == {"k": "v"}
    assert app.tenant_options.clear_values("none") == {}
    assert database_digest(app) == before


async def test_the_cipher_key_lives_with_the_database(tmp_path: Path) -> None:
    database = str(tmp_path / "tenant.db")
    first = create_app(database)
    try:
        async with asgi_client(first) as client:
            await set_option(client, "svc", "credentials.token", SECRET)
            shown = (await client.get(f"{OPTIONS}/svc/credentials.token")).json()["value"]
    finally:
        first.close()
    second = create_app(database)
    try:
        assert second.tenant_options.clear_values("svc") == {"credentials.token": SECRET}
        async with asgi_client(second) as client:
            assert (await client.get(f"{OPTIONS}/svc/credentials.token")).json()["value"] == shown
    finally:
        second.close()
    third = create_app(database)
    try:
        assert third.tenant_options.clear_values("svc") == {"credentials.token": SECRET}
        third.controls.reset()  # empties emulator_meta with the options
        async with asgi_client(third) as client:
            await set_option(client, "svc", "credentials.token", SECRET + "-after-reset")
    finally:
        third.close()
    fourth = create_app(database)
    try:
        after = {"credentials.token": SECRET + "-after-reset"}
        assert fourth.tenant_options.clear_values("svc") == after
    finally:
        fourth.close()
    other = create_app(str(tmp_path / "other.db"))
    try:
        async with asgi_client(other) as client:
            await set_option(client, "svc", "credentials.token", SECRET)
            assert (await client.get(f"{OPTIONS}/svc/credentials.token")).json()["value"] != shown
    finally:
        other.close()


async def test_option_changes_are_audited_by_name(
    app: EmulatorApp, client: httpx.AsyncClient
) -> None:
    await set_option(client, "c", "k", "v1")
    await set_option(client, "c", "k", "v2")
    await client.put(f"{OPTIONS}/c/k", json={"value": "v3"})
    await client.put(f"{OPTIONS}/c", json={"k2": "w"})
    await client.delete(f"{OPTIONS}/c/k")
    await set_option(client, "c", "bad", 5)  # refused: no record
    records = (
        await client.get(
            "/audit/auditRecords", params={"type": "Option", "revert": "true", "pageSize": "50"}
        )
    ).json()["auditRecords"]
    assert [(r["source"]["id"], r["activity"]) for r in records] == [
        ("c/k", "Option created"),
        ("c/k", "Option updated"),
        ("c/k", "Option updated"),
        ("c/k2", "Option created"),
        ("c/k", "Option deleted"),
    ]
    assert all(r["user"] == app.username for r in records)
    assert not any(value in str(records) for value in ("v1", "v2", "v3"))


async def test_the_reader_reads_options_but_gets_403_when_writing(
    app: EmulatorApp, client: httpx.AsyncClient
) -> None:
    await set_option(client, "c", "k", "v")
    reader = httpx.BasicAuth(f"{app.tenant_id}/reader", "Reader-Pass-1")
    assert (await client.get(f"{OPTIONS}/c/k", auth=reader)).json()["value"] == "v"
    assert (await client.get(f"{OPTIONS}/c", auth=reader)).status_code == 200
    assert (await client.get(OPTIONS, auth=reader)).status_code == 200
    for response in (
        await client.post(OPTIONS, json={"category": "c", "key": "k", "value": "w"}, auth=reader),
        await client.put(f"{OPTIONS}/c", json={"k": "w"}, auth=reader),
        await client.put(f"{OPTIONS}/c/k", json={"value": "w"}, auth=reader),
        await client.delete(f"{OPTIONS}/c/k", auth=reader),
        await client.put(
            f"{OPTIONS}/c/k/editable",
            params={"targetTenant": app.tenant_id},
            json={"editable": False},
            auth=reader,
        ),
    ):
        assert response.status_code == 403, response.request.url
        assert response.json()["error"] == "security/Forbidden"
    assert (await client.get(f"{OPTIONS}/c/k")).json()["value"] == "v"


async def test_a_microservice_reads_its_encrypted_settings_in_clear(
    app: EmulatorApp, client: httpx.AsyncClient
) -> None:
    manifest = {
        "settingsCategory": "greeter",
        "settings": [{"key": "greeting", "defaultValue": "hi"}],
    }
    created = await client.post(
        "/application/applications",
        json={
            "name": "greeter-ms",
            "key": "greeter-key",
            "type": "MICROSERVICE",
            "manifest": manifest,
        },
        headers=ACCEPT,
    )
    assert created.status_code == 201, created.text
    await set_option(client, "greeter", "credentials.token", SECRET)
    await set_option(client, "greeter", "greeting", "hello")
    await set_option(client, "other", "credentials.token", "not-for-greeter")
    bootstrap = (
        await client.get(f"/application/applications/{created.json()['id']}/bootstrapUser")
    ).json()
    auth = httpx.BasicAuth(f"{app.tenant_id}/{bootstrap['name']}", bootstrap["password"])
    settings = await client.get("/application/currentApplication/settings", auth=auth)
    assert settings.json() == {"greeting": "hello", "credentials.token": SECRET}
    shown = (await client.get(f"{OPTIONS}/greeter/credentials.token")).json()["value"]
    assert shown.startswith("{cipher}")
