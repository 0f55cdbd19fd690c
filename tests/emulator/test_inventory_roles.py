"""Inventory roles and ownership: what a user without the global roles may see and change."""

from __future__ import annotations

import sqlite3
from typing import Any

import httpx
import pytest

from c8y_emulator import EmulatorApp, media
from c8y_emulator.inventory import insert_managed_object
from tests.emulator.db_state import database_digest
from tests.emulator.helpers import new_object

TENANT = "t12345"
PASSWORD = "Scoped-Pass-123"
NOW = "2026-01-01T00:00:00.000Z"


def _as(user: str) -> httpx.BasicAuth:
    return httpx.BasicAuth(f"{TENANT}/{user}", PASSWORD)


async def _user(client: httpx.AsyncClient, name: str, *roles: str) -> None:
    created = await client.post(
        f"/user/{TENANT}/users", json={"userName": name, "password": PASSWORD}
    )
    assert created.status_code == 201, created.text
    if roles:
        group = await client.post(f"/user/{TENANT}/groups", json={"name": f"group of {name}"})
        path = f"/user/{TENANT}/groups/{group.json()['id']}"
        for role in roles:
            answer = await client.post(path + "/roles", json={"role": {"id": role}})
            assert answer.status_code == 201, answer.text
        answer = await client.post(path + "/users", json={"user": {"id": name}})
        assert answer.status_code == 201, answer.text


async def _assign(
    client: httpx.AsyncClient, user: str, object_id: str, *permissions: dict[str, str]
) -> None:
    role = await client.post(
        "/user/inventoryroles",
        json={"name": f"role {user} {object_id} {len(permissions)}", "permissions": permissions},
    )
    assert role.status_code == 201, role.text
    assigned = await client.post(
        f"/user/{TENANT}/users/{user}/roles/inventory",
        json={"managedObject": object_id, "roles": [{"id": role.json()["id"]}]},
    )
    assert assigned.status_code == 200, assigned.text


async def _child(client: httpx.AsyncClient, parent: str, kind: str, child: str) -> None:
    answer = await client.post(
        f"/inventory/managedObjects/{parent}/{kind}",
        json={"managedObject": {"id": child}},
    )
    assert answer.status_code == 201, answer.text


async def _data(client: httpx.AsyncClient, source: str) -> None:
    for path, body in (
        (
            "/alarm/alarms",
            {"type": "t_Alarm", "text": "x", "severity": "MINOR", "time": NOW},
        ),
        ("/event/events", {"type": "t_Event", "text": "x", "time": NOW}),
        (
            "/measurement/measurements",
            {"type": "c8y_Temperature", "time": NOW, "c8y_T": {"T": {"value": 1}}},
        ),
        (
            "/measurement/measurements",
            {"type": "c8y_Humidity", "time": NOW, "c8y_H": {"H": {"value": 2}}},
        ),
    ):
        answer = await client.post(path, json={**body, "source": {"id": source}})
        assert answer.status_code == 201, answer.text
    answer = await client.post(
        "/devicecontrol/operations", json={"deviceId": source, "c8y_Restart": {}}
    )
    assert answer.status_code == 201, answer.text


@pytest.fixture
async def tree(client: httpx.AsyncClient) -> dict[str, str]:
    """A group with a device below it and a device below that; one device elsewhere."""
    ids = {
        "group": await new_object(client, "G", c8y_IsDeviceGroup={}),
        "device": await new_object(client, "D1", c8y_IsDevice={}, com_cumulocity_model_Agent={}),
        "sub": await new_object(client, "D2", c8y_IsDevice={}, com_cumulocity_model_Agent={}),
        "other": await new_object(client, "X", c8y_IsDevice={}, com_cumulocity_model_Agent={}),
    }
    await _child(client, ids["group"], "childAssets", ids["device"])
    await _child(client, ids["device"], "childDevices", ids["sub"])
    for key in ("device", "sub", "other"):
        await _data(client, ids[key])
    return ids


def _sources(document: dict[str, Any], key: str) -> set[str]:
    field = "deviceId" if key == "operations" else "source"
    return {
        item[field] if isinstance(item[field], str) else item[field]["id"] for item in document[key]
    }


async def test_an_assignment_shows_its_object_and_everything_below_it(
    client: httpx.AsyncClient, tree: dict[str, str]
) -> None:
    await _user(client, "scoped")
    await _assign(client, "scoped", tree["group"], {"scope": "*", "permission": "READ"})
    me = _as("scoped")
    listed = await client.get("/inventory/managedObjects?pageSize=100", auth=me)
    assert {mo["id"] for mo in listed.json()["managedObjects"]} == {
        tree["group"],
        tree["device"],
        tree["sub"],
    }
    assert (await client.get(f"/inventory/managedObjects/{tree['sub']}", auth=me)).is_success
    refused = await client.get(f"/inventory/managedObjects/{tree['other']}", auth=me)
    assert refused.status_code == 403
    assert refused.json()["error"] == "security/Forbidden"
    visible = {tree["device"], tree["sub"]}
    for path, key in (
        ("/alarm/alarms", "alarms"),
        ("/event/events", "events"),
        ("/measurement/measurements", "measurements"),
        ("/devicecontrol/operations", "operations"),
    ):
        answer = await client.get(path, params={"pageSize": 100}, auth=me)
        assert answer.status_code == 200, answer.text
        assert _sources(answer.json(), key) == visible, path
    count = await client.get("/alarm/alarms/count", auth=me)
    assert count.json() == 2
    other_alarm = (await client.get(f"/alarm/alarms?source={tree['other']}")).json()["alarms"][0]
    assert (await client.get(f"/alarm/alarms/{other_alarm['id']}", auth=me)).status_code == 403


async def test_read_permission_does_not_allow_writes(
    app: EmulatorApp, client: httpx.AsyncClient, tree: dict[str, str]
) -> None:
    await _user(client, "scoped")
    await _assign(client, "scoped", tree["group"], {"scope": "*", "permission": "READ"})
    me = _as("scoped")
    before = database_digest(app)
    attempts = [
        client.put(f"/inventory/managedObjects/{tree['device']}", json={"name": "n"}, auth=me),
        client.delete(f"/inventory/managedObjects/{tree['sub']}", auth=me),
        client.post(
            "/alarm/alarms",
            json={
                "source": {"id": tree["device"]},
                "type": "t_New",
                "text": "x",
                "severity": "MAJOR",
                "time": NOW,
            },
            auth=me,
        ),
        client.post(
            "/devicecontrol/operations",
            json={"deviceId": tree["device"], "c8y_Restart": {}},
            auth=me,
        ),
    ]
    for attempt in attempts:
        answer = await attempt
        assert answer.status_code == 403, answer.text
    assert database_digest(app) == before


async def test_admin_permission_of_one_api_allows_writes_there_only(
    app: EmulatorApp, client: httpx.AsyncClient, tree: dict[str, str]
) -> None:
    await _user(client, "scoped")
    await _assign(
        client,
        "scoped",
        tree["group"],
        {"scope": "ALARM", "permission": "*"},
    )
    me = _as("scoped")
    alarm = {"type": "t_New", "text": "x", "severity": "MAJOR", "time": NOW}
    made = await client.post(
        "/alarm/alarms", json={**alarm, "source": {"id": tree["sub"]}}, auth=me
    )
    assert made.status_code == 201, made.text
    before = database_digest(app)
    elsewhere = await client.post(
        "/alarm/alarms", json={**alarm, "source": {"id": tree["other"]}}, auth=me
    )
    assert elsewhere.status_code == 403
    event = await client.post(
        "/event/events",
        json={"source": {"id": tree["sub"]}, "type": "t", "text": "x", "time": NOW},
        auth=me,
    )
    assert event.status_code == 403
    assert (await client.get("/inventory/managedObjects", auth=me)).json()["managedObjects"] == []
    assert database_digest(app) == before


async def test_a_reference_reaches_no_further_than_the_caller(
    app: EmulatorApp, client: httpx.AsyncClient, tree: dict[str, str]
) -> None:
    # Full inventory rights below the group, none on "other": linking "other" below the group
    # would bring it into the caller's subtree, and a reference would show all of it.
    await _user(client, "scoped")
    await _assign(client, "scoped", tree["group"], {"scope": "MANAGED_OBJECT", "permission": "*"})
    await _child(client, tree["group"], "childAdditions", tree["other"])
    me = _as("scoped")
    group = f"/inventory/managedObjects/{tree['group']}"
    before = database_digest(app)
    for kind in ("childAssets", "childDevices", "childAdditions"):
        linked = await client.post(
            f"{group}/{kind}", json={"managedObject": {"id": tree["other"]}}, auth=me
        )
        assert linked.status_code == 403, (kind, linked.text)
        many = await client.post(
            f"{group}/{kind}",
            json={"references": [{"managedObject": {"id": tree["other"]}}]},
            headers={"Content-Type": media.MANAGED_OBJECT_REFERENCE_COLLECTION},
            auth=me,
        )
        assert many.status_code == 403, (kind, many.text)
    shown = await client.get(f"{group}/childAdditions/{tree['other']}", auth=me)
    unlinked = await client.delete(f"{group}/childAdditions/{tree['other']}", auth=me)
    unlinked_many = await client.request(
        "DELETE",
        f"{group}/childAdditions",
        json={"references": [{"managedObject": {"id": tree["other"]}}]},
        auth=me,
    )
    assert (shown.status_code, unlinked.status_code, unlinked_many.status_code) == (403, 403, 403)
    assert database_digest(app) == before
    assert (
        await client.get(f"/inventory/managedObjects/{tree['other']}", auth=me)
    ).status_code == 403
    # what the caller does reach it may still link, read and unlink
    own = f"{group}/childAssets/{tree['sub']}"
    assert (
        await client.post(
            f"{group}/childAssets", json={"managedObject": {"id": tree["sub"]}}, auth=me
        )
    ).status_code == 201
    assert (await client.get(own, auth=me)).status_code == 200
    assert (await client.delete(own, auth=me)).status_code == 204


async def test_a_typed_permission_covers_that_type_only(
    client: httpx.AsyncClient, tree: dict[str, str]
) -> None:
    await _user(client, "scoped")
    await _assign(
        client,
        "scoped",
        tree["group"],
        {"scope": "MEASUREMENT", "permission": "READ", "type": "c8y_Temperature"},
    )
    answer = await client.get(
        "/measurement/measurements", params={"pageSize": 100}, auth=_as("scoped")
    )
    types = [m["type"] for m in answer.json()["measurements"]]
    assert types == ["c8y_Temperature", "c8y_Temperature"]
    # One item by id: its type is checked before the handler runs.
    everything = await client.get(
        "/measurement/measurements", params={"source": tree["device"], "pageSize": 100}
    )
    by_type = {m["type"]: m["id"] for m in everything.json()["measurements"]}
    assert set(by_type) == {"c8y_Temperature", "c8y_Humidity"}
    granted = await client.get(
        f"/measurement/measurements/{by_type['c8y_Temperature']}", auth=_as("scoped")
    )
    assert granted.status_code == 200, granted.text
    other = await client.get(
        f"/measurement/measurements/{by_type['c8y_Humidity']}", auth=_as("scoped")
    )
    assert other.status_code == 403, other.text
    assert other.json()["error"] == "security/Forbidden"


async def test_an_owner_sees_and_changes_what_it_created(
    client: httpx.AsyncClient, tree: dict[str, str]
) -> None:
    await _user(client, "maker", "ROLE_INVENTORY_CREATE")
    me = _as("maker")
    made = await client.post("/inventory/managedObjects", json={"name": "mine"}, auth=me)
    assert made.status_code == 201
    own = made.json()["id"]
    listed = await client.get("/inventory/managedObjects", auth=me)
    assert [mo["id"] for mo in listed.json()["managedObjects"]] == [own]
    changed = await client.put(
        f"/inventory/managedObjects/{own}", json={"name": "still mine"}, auth=me
    )
    assert changed.status_code == 200
    foreign = await client.put(
        f"/inventory/managedObjects/{tree['device']}", json={"name": "taken"}, auth=me
    )
    assert foreign.status_code == 403
    # Owning an object is no assignment: a child someone else put below it stays hidden.
    mine_below = await client.post(
        f"/inventory/managedObjects/{own}/childAssets", json={"name": "also mine"}, auth=me
    )
    assert mine_below.status_code == 201
    await _child(client, own, "childAssets", tree["other"])
    children = await client.get(f"/inventory/managedObjects/{own}/childAssets", auth=me)
    shown = [r["managedObject"]["id"] for r in children.json()["references"]]
    assert shown == [mine_below.json()["id"]]


# --- nobody raises their own rights -----------------------------------------------------------


async def _group_id(client: httpx.AsyncClient, name: str) -> str:
    answer = await client.get(f"/user/{TENANT}/groupByName/{name}")
    return str(answer.json()["id"])


async def test_reader_cannot_grant_itself_anything(
    app: EmulatorApp, client: httpx.AsyncClient, tree: dict[str, str]
) -> None:
    reader = httpx.BasicAuth(f"{TENANT}/reader", "Reader-Pass-1")
    admins = await _group_id(client, "admins")
    readers = await _group_id(client, "readers")
    role = await client.post(
        "/user/inventoryroles", json={"name": "all", "permissions": [{"scope": "*"}]}
    )
    before = database_digest(app)
    attempts = [
        client.post(
            f"/user/{TENANT}/groups/{admins}/users", json={"user": {"id": "reader"}}, auth=reader
        ),
        client.post(
            f"/user/{TENANT}/groups/{readers}/roles",
            json={"role": {"id": "ROLE_INVENTORY_ADMIN"}},
            auth=reader,
        ),
        client.post(
            f"/user/{TENANT}/users/reader/roles/inventory",
            json={"managedObject": tree["group"], "roles": [{"id": role.json()["id"]}]},
            auth=reader,
        ),
        client.post(f"/user/{TENANT}/groups", json={"name": "mine"}, auth=reader),
        client.put(f"/user/{TENANT}/users/admin", json={"enabled": False}, auth=reader),
    ]
    for attempt in attempts:
        answer = await attempt
        assert answer.status_code == 403, answer.text
    assert database_digest(app) == before
    # Groups and roles are no profile fields: the own profile cannot carry them in.
    await client.put(
        "/user/currentUser",
        json={"groups": {"references": [{"group": {"id": admins}}]}},
        auth=reader,
    )
    me = await client.get("/user/currentUser", auth=reader)
    assert "ROLE_INVENTORY_ADMIN" not in {r["id"] for r in me.json()["effectiveRoles"]}


async def test_a_user_creator_grants_only_its_own_roles_to_its_own_users(
    client: httpx.AsyncClient,
) -> None:
    await _user(client, "creator", "ROLE_USER_MANAGEMENT_CREATE", "ROLE_ALARM_READ")
    me = _as("creator")
    made = await client.post(
        f"/user/{TENANT}/users", json={"userName": "sub", "password": PASSWORD}, auth=me
    )
    assert made.status_code == 201, made.text
    assert made.json()["owner"] == "creator"
    narrow = await client.post(f"/user/{TENANT}/groups", json={"name": "alarm readers"})
    await client.post(
        f"/user/{TENANT}/groups/{narrow.json()['id']}/roles",
        json={"role": {"id": "ROLE_ALARM_READ"}},
    )
    admins = await _group_id(client, "admins")
    members = f"/user/{TENANT}/groups/{{}}/users"
    granted = await client.post(
        members.format(narrow.json()["id"]), json={"user": {"id": "sub"}}, auth=me
    )
    assert granted.status_code == 201, granted.text
    for group, user in ((admins, "sub"), (admins, "creator"), (narrow.json()["id"], "creator")):
        refused = await client.post(members.format(group), json={"user": {"id": user}}, auth=me)
        assert refused.status_code == 403, (group, user, refused.text)
    reader_refused = await client.post(
        members.format(narrow.json()["id"]), json={"user": {"id": "reader"}}, auth=me
    )
    assert reader_refused.status_code == 403


async def test_an_owner_of_more_objects_than_sqlite_binds_still_sees_them(
    app: EmulatorApp, client: httpx.AsyncClient
) -> None:
    await _user(client, "bulk_owner", "ROLE_INVENTORY_CREATE")
    many = 1_200
    with app.storage.write() as cur:
        # SQLite's cap on bound values is a build option (32,766 by default); set a low one
        # here: the owned ids must not be listed in the SQL, however many there are.
        cur.connection.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 1_000)
        for n in range(many):
            insert_managed_object(cur, app.storage, {"name": f"o{n}"}, "bulk_owner")
    listed = await client.get(
        "/inventory/managedObjects",
        params={"pageSize": 1, "withTotalElements": "true"},
        auth=_as("bulk_owner"),
    )
    assert listed.status_code == 200, listed.text
    assert listed.json()["statistics"]["totalElements"] == many
    one = listed.json()["managedObjects"][0]["id"]
    got = await client.get(f"/inventory/managedObjects/{one}", auth=_as("bulk_owner"))
    assert got.status_code == 200
