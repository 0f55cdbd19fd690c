"""Audit records: the /audit API, and the records the emulator writes for alarms, operations,
users and groups inside the transaction of the change."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from c8y_emulator import EmulatorApp
from c8y_emulator.errors import ApiError

RECORDS = "/audit/auditRecords"
ACCEPT = {"Accept": "application/json"}


def record(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "type": "Operation",
        "time": "2024-05-01T12:00:00.000Z",
        "source": {"id": "4711"},
        "activity": "Operation created",
        "text": "Operation created: status='PENDING'",
    }
    body.update(overrides)
    return {k: v for k, v in body.items() if v is not None}


async def post(client: httpx.AsyncClient, **overrides: Any) -> dict[str, Any]:
    created = await client.post(RECORDS, json=record(**overrides), headers=ACCEPT)
    assert created.status_code == 201, created.text
    document: dict[str, Any] = created.json()
    return document


async def listed(client: httpx.AsyncClient, **params: str) -> list[dict[str, Any]]:
    page = await client.get(RECORDS, params={"pageSize": "100", **params})
    assert page.status_code == 200, page.text
    assert page.headers["content-type"].startswith(
        "application/vnd.com.nsn.cumulocity.auditrecordcollection+json"
    )
    items: list[dict[str, Any]] = page.json()["auditRecords"]
    return items


async def test_a_posted_record_is_stored_and_read_back(
    app: EmulatorApp, client: httpx.AsyncClient
) -> None:
    created = await post(client, user="rina", application="cockpit", severity="MAJOR")
    assert created["type"] == "Operation"
    assert created["source"] == {"id": "4711"}
    assert created["user"] == "rina"
    assert created["application"] == "cockpit"
    assert created["severity"] == "MAJOR"
    assert created["self"] == f"http://emulator.local{RECORDS}/{created['id']}"
    assert "creationTime" in created
    one = await client.get(f"{RECORDS}/{created['id']}")
    assert one.status_code == 200
    assert one.json() == created
    assert [r["id"] for r in await listed(client)] == [created["id"]]


async def test_user_defaults_to_the_caller(app: EmulatorApp, client: httpx.AsyncClient) -> None:
    created = await post(client)
    assert created["user"] == app.username


@pytest.mark.parametrize(
    ("overrides", "named"),
    [
        ({"type": None}, "type"),
        ({"type": "Spaceship"}, "type"),
        ({"activity": ""}, "activity"),
        ({"text": None}, "text"),
        ({"source": {"name": "x"}}, "source"),
        ({"time": "yesterday"}, "time"),
        ({"severity": "LOUD"}, "severity"),
        ({"changes": "all of them"}, "changes"),
    ],
)
async def test_a_malformed_record_is_refused_naming_the_field(
    client: httpx.AsyncClient, overrides: dict[str, Any], named: str
) -> None:
    refused = await client.post(RECORDS, json=record(**overrides))
    assert refused.status_code == 422, refused.text
    assert refused.json()["error"] == "audit/Invalid Data"
    assert named in refused.json()["message"]
    assert await listed(client) == []


async def test_unknown_record_is_404(client: httpx.AsyncClient) -> None:
    for raw in ("999999", "abc"):
        missing = await client.get(f"{RECORDS}/{raw}")
        assert missing.status_code == 404
        assert missing.json()["error"] == "audit/Not Found"


def ids(items: list[dict[str, Any]]) -> list[str]:
    return [str(r["id"]) for r in items]


async def test_filters_order_and_paging(client: httpx.AsyncClient) -> None:
    first = await post(client, time="2024-05-01T10:00:00Z", user="a", application="x")
    second = await post(client, type="Alarm", time="2024-05-02T10:00:00Z", source={"id": "7"})
    third = await post(client, time="2024-05-03T10:00:00Z", user="b", application="y")
    assert ids(await listed(client)) == [third["id"], second["id"], first["id"]]
    assert ids(await listed(client, revert="true")) == [first["id"], second["id"], third["id"]]
    assert ids(await listed(client, type="Alarm")) == [second["id"]]
    assert ids(await listed(client, source="7")) == [second["id"]]
    assert ids(await listed(client, user="b")) == [third["id"]]
    assert ids(await listed(client, application="x")) == [first["id"]]
    window = await listed(client, dateFrom="2024-05-02", dateTo="2024-05-03T10:00:00Z")
    assert ids(window) == [second["id"]]
    page = await client.get(
        RECORDS, params={"pageSize": "2", "currentPage": "2", "withTotalElements": "true"}
    )
    assert ids(page.json()["auditRecords"]) == [first["id"]]
    assert page.json()["statistics"]["totalElements"] == 3
    bad = await client.get(RECORDS, params={"dateFrom": "soon"})
    assert bad.status_code == 422


async def test_audit_api_links(client: httpx.AsyncClient) -> None:
    api = (await client.get("/audit")).json()
    assert api["auditRecordsForType"].endswith("/audit/auditRecords?type={type}")
    assert api["auditRecords"]["self"].endswith(RECORDS)


async def make_device(client: httpx.AsyncClient, **fragments: Any) -> str:
    created = await client.post(
        "/inventory/managedObjects", json={"name": "dev", **fragments}, headers=ACCEPT
    )
    assert created.status_code == 201, created.text
    return str(created.json()["id"])


async def test_alarm_creation_and_status_change_are_audited(
    app: EmulatorApp, client: httpx.AsyncClient
) -> None:
    device = await make_device(client)
    alarm = (
        await client.post(
            "/alarm/alarms",
            json={
                "source": {"id": device},
                "type": "hot",
                "text": "too hot",
                "severity": "MAJOR",
                "time": "2024-05-01T12:00:00Z",
            },
            headers=ACCEPT,
        )
    ).json()
    cleared = await client.put(f"/alarm/alarms/{alarm['id']}", json={"status": "CLEARED"})
    assert cleared.status_code == 200
    records = await listed(client, type="Alarm", source=alarm["id"], revert="true")
    assert [r["activity"] for r in records] == ["Alarm created", "Alarm updated"]
    assert all(r["user"] == app.username and r["severity"] == "MAJOR" for r in records)
    assert "changes" not in records[0]
    assert records[1]["changes"] == [
        {
            "attribute": "status",
            "type": "com.cumulocity.model.event.CumulocityAlarmStatuses",
            "previousValue": "ACTIVE",
            "newValue": "CLEARED",
            "changeType": "REPLACED",
        }
    ]
    # A bulk status change writes one record per alarm it changes.
    reopened = await client.put(
        "/alarm/alarms", params={"source": device}, json={"status": "ACKNOWLEDGED"}
    )
    assert reopened.status_code == 200
    latest = (await listed(client, source=alarm["id"]))[0]
    assert [(c["previousValue"], c["newValue"]) for c in latest["changes"]] == [
        ("CLEARED", "ACKNOWLEDGED")
    ]


async def test_a_refused_alarm_update_writes_no_record(client: httpx.AsyncClient) -> None:
    device = await make_device(client)
    alarm = (
        await client.post(
            "/alarm/alarms",
            json={
                "source": {"id": device},
                "type": "t",
                "text": "x",
                "severity": "MINOR",
                "time": "2024-05-01T12:00:00Z",
            },
            headers=ACCEPT,
        )
    ).json()
    refused = await client.put(f"/alarm/alarms/{alarm['id']}", json={"type": "other"})
    assert refused.status_code == 422
    assert [r["activity"] for r in await listed(client, source=alarm["id"])] == ["Alarm created"]


async def test_operations_are_audited_with_their_status(client: httpx.AsyncClient) -> None:
    agent = await make_device(client, com_cumulocity_model_Agent={})
    operation = (
        await client.post(
            "/devicecontrol/operations", json={"deviceId": agent, "c8y_Restart": {}}, headers=ACCEPT
        )
    ).json()
    moved = await client.put(
        f"/devicecontrol/operations/{operation['id']}", json={"status": "EXECUTING"}
    )
    assert moved.status_code == 200
    records = await listed(client, type="Operation", source=operation["id"], revert="true")
    assert [r["text"] for r in records] == [
        "Operation created: status='PENDING'",
        "Operation updated: status='EXECUTING'",
    ]
    assert [(c["attribute"], c["previousValue"], c["newValue"]) for c in records[1]["changes"]] == [
        ("status", "PENDING", "EXECUTING")
    ]


async def test_user_and_group_changes_are_audited_without_passwords(
    app: EmulatorApp, client: httpx.AsyncClient
) -> None:
    users = f"/user/{app.tenant_id}/users"
    secret = "Very-Secret-Pass-91"
    assert (
        await client.post(users, json={"userName": "carol", "password": secret, "email": "c@x.io"})
    ).status_code == 201
    changed = await client.put(
        f"{users}/carol", json={"email": "carol@x.io", "password": secret + "2"}
    )
    assert changed.status_code == 200
    assert (await client.delete(f"{users}/carol")).status_code == 204
    records = await listed(client, type="User", source="carol", revert="true")
    assert [r["activity"] for r in records] == ["User created", "User updated", "User deleted"]
    assert records[1]["changes"] == [
        {
            "attribute": "email",
            "type": "java.lang.String",
            "previousValue": "c@x.io",
            "newValue": "carol@x.io",
            "changeType": "REPLACED",
        }
    ]
    groups = f"/user/{app.tenant_id}/groups"
    group = (await client.post(groups, json={"name": "ops"}, headers=ACCEPT)).json()
    renamed = await client.put(f"{groups}/{group['id']}", json={"name": "operators"})
    assert renamed.status_code == 200
    assert (await client.delete(f"{groups}/{group['id']}")).status_code == 204
    group_records = await listed(client, type="Group", source=str(group["id"]), revert="true")
    assert [r["text"] for r in group_records] == [
        "Group 'ops' created",
        "Group 'operators' updated",
        "Group 'operators' deleted",
    ]
    assert [(c["previousValue"], c["newValue"]) for c in group_records[1]["changes"]] == [
        ("ops", "operators")
    ]
    everything = (await client.get(RECORDS, params={"pageSize": "2000"})).text
    assert secret not in everything


@pytest.mark.parametrize("prefix", ["/audit", "/tenant/options"])
def test_reader_may_read_but_not_write(app: EmulatorApp, prefix: str) -> None:
    routes = [r for r in app.router if r.template.startswith(prefix)]
    assert routes
    for route in routes:
        assert route.access is not None, route.template
        assert app.access.check(route.access, app.username, {}) is None
        if route.method == "GET":
            assert app.access.check(route.access, "reader", {}) is None
        else:
            with pytest.raises(ApiError) as refused:
                app.access.check(route.access, "reader", {})
            assert refused.value.status == 403, route.template


async def test_the_reader_reads_records_but_gets_403_when_writing(
    app: EmulatorApp, client: httpx.AsyncClient
) -> None:
    created = await post(client)
    reader = httpx.BasicAuth(f"{app.tenant_id}/reader", "Reader-Pass-1")
    assert (await client.get(RECORDS, auth=reader)).status_code == 200
    assert (await client.get(f"{RECORDS}/{created['id']}", auth=reader)).status_code == 200
    refused = await client.post(RECORDS, json=record(), auth=reader)
    assert refused.status_code == 403
    assert refused.json()["error"] == "security/Forbidden"
    assert [r["id"] for r in await listed(client)] == [created["id"]]
