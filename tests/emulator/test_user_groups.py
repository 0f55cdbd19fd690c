"""User management: groups, members, global roles, inventory roles and their assignments."""

from __future__ import annotations

from typing import Any

import httpx

from c8y_emulator import EmulatorApp
from c8y_emulator.users import BUILTIN_GROUPS, BUILTIN_ROLES

ACCEPT = {"Accept": "*/*"}
PASSWORD = "Group-Pass-42"


async def make_user(client: httpx.AsyncClient, app: EmulatorApp, name: str) -> None:
    created = await client.post(
        f"/user/{app.tenant_id}/users", json={"userName": name, "password": PASSWORD}
    )
    assert created.status_code == 201, created.text


async def test_builtin_groups_and_roles_exist(app: EmulatorApp, client: httpx.AsyncClient) -> None:
    groups = await client.get(f"/user/{app.tenant_id}/groups", params={"pageSize": 100})
    assert groups.headers["content-type"].startswith(
        "application/vnd.com.nsn.cumulocity.groupcollection+json"
    )
    by_name = {g["name"]: g for g in groups.json()["groups"]}
    assert set(by_name) == set(BUILTIN_GROUPS)
    for name, group_roles in BUILTIN_GROUPS.items():
        listed = {r["role"]["id"] for r in by_name[name]["roles"]["references"]}
        assert listed == set(group_roles)
    admins = {u["userName"] for u in by_name["admins"]["users"]["references"]}
    assert admins == {app.username}
    roles = await client.get("/user/roles", params={"pageSize": 100, "withTotalElements": "true"})
    names = [r["name"] for r in roles.json()["roles"]]
    assert names == sorted(BUILTIN_ROLES)
    assert roles.json()["statistics"]["totalElements"] == len(BUILTIN_ROLES)
    for required in (
        "ROLE_INVENTORY_READ",
        "ROLE_INVENTORY_ADMIN",
        "ROLE_INVENTORY_CREATE",
        "ROLE_ALARM_ADMIN",
        "ROLE_USER_MANAGEMENT_ADMIN",
        "ROLE_DEVICE_CONTROL_READ",
    ):
        assert required in names
    one = await client.get("/user/roles/ROLE_ALARM_READ")
    assert one.json() == {
        "id": "ROLE_ALARM_READ",
        "name": "ROLE_ALARM_READ",
        "self": "http://emulator.local/user/roles/ROLE_ALARM_READ",
    }
    assert (await client.get("/user/roles/ROLE_NOPE")).status_code == 404
    paged = await client.get("/user/roles", params={"pageSize": 3, "currentPage": 2})
    assert [r["name"] for r in paged.json()["roles"]] == sorted(BUILTIN_ROLES)[3:6]


async def test_group_crud_members_and_roles(app: EmulatorApp, client: httpx.AsyncClient) -> None:
    base = f"/user/{app.tenant_id}"
    created = await client.post(
        f"{base}/groups", json={"name": "ops", "description": "operators"}, headers=ACCEPT
    )
    assert created.status_code == 201
    group = created.json()
    assert isinstance(group["id"], int)
    assert group["description"] == "operators"
    assert (await client.post(f"{base}/groups", json={"name": "ops"})).status_code == 409
    assert (await client.post(f"{base}/groups", json={"name": ""})).status_code == 422
    assert (await client.post(f"{base}/groups", json={"name": "x", "bad": 1})).status_code == 422
    gid = group["id"]
    renamed = await client.put(f"{base}/groups/{gid}", json={"name": "operators"}, headers=ACCEPT)
    assert renamed.json()["name"] == "operators"
    assert renamed.json()["description"] == "operators"
    clash = await client.put(f"{base}/groups/{gid}", json={"name": "admins"})
    assert clash.status_code == 409
    assert (await client.get(f"{base}/groupByName/operators")).json()["id"] == gid
    assert (await client.get(f"{base}/groupByName/ops")).status_code == 404

    await make_user(client, app, "olga")
    member = await client.post(
        f"{base}/groups/{gid}/users",
        json={"user": {"self": f"http://emulator.local{base}/users/olga"}},
        headers=ACCEPT,
    )
    assert member.status_code == 201
    assert member.json()["user"]["userName"] == "olga"
    unknown = await client.post(f"{base}/groups/{gid}/users", json={"user": {"id": "nobody"}})
    assert unknown.status_code == 404
    members = (await client.get(f"{base}/groups/{gid}/users")).json()
    assert [r["user"]["userName"] for r in members["references"]] == ["olga"]
    user_groups = (await client.get(f"{base}/users/olga/groups")).json()
    assert [r["group"]["name"] for r in user_groups["references"]] == ["operators"]

    role = await client.post(
        f"{base}/groups/{gid}/roles",
        json={"role": {"self": "http://emulator.local/user/roles/ROLE_EVENT_READ"}},
        headers=ACCEPT,
    )
    assert role.status_code == 201
    assert role.json()["role"]["id"] == "ROLE_EVENT_READ"
    bad_role = await client.post(f"{base}/groups/{gid}/roles", json={"role": {"id": "ROLE_X"}})
    assert bad_role.status_code == 422
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app),
        base_url="http://emulator.local",
        auth=httpx.BasicAuth("olga", PASSWORD),
    ) as olga:
        current = (await olga.get("/user/currentUser")).json()
    assert [r["id"] for r in current["effectiveRoles"]] == ["ROLE_EVENT_READ"]
    listed = await client.get(f"{base}/groups/{gid}/roles", params={"pageSize": 1})
    assert listed.status_code == 200
    assert listed.headers["content-type"].startswith(
        "application/vnd.com.nsn.cumulocity.rolereferencecollection+json"
    )
    assert [r["role"]["id"] for r in listed.json()["references"]] == ["ROLE_EVENT_READ"]
    assert listed.json()["references"][0]["self"].endswith(f"/groups/{gid}/roles/ROLE_EVENT_READ")
    assert (await client.get(f"{base}/groups/999999/roles")).status_code == 404

    assert (await client.delete(f"{base}/groups/{gid}/roles/ROLE_EVENT_READ")).status_code == 204
    assert (await client.delete(f"{base}/groups/{gid}/roles/ROLE_EVENT_READ")).status_code == 404
    assert (await client.delete(f"{base}/groups/{gid}/users/olga")).status_code == 204
    assert (await client.delete(f"{base}/groups/{gid}/users/olga")).status_code == 404
    assert (await client.get(f"{base}/users/olga/groups")).json()["references"] == []
    assert (await client.delete(f"{base}/groups/{gid}")).status_code == 204
    assert (await client.get(f"{base}/groups/{gid}")).status_code == 404
    assert (await client.delete(f"{base}/groups/{gid}")).status_code == 404
    assert (await client.get(f"{base}/groups/abc")).status_code == 404


async def test_deleting_a_user_removes_its_memberships(
    app: EmulatorApp, client: httpx.AsyncClient
) -> None:
    base = f"/user/{app.tenant_id}"
    await make_user(client, app, "pete")
    readers = (await client.get(f"{base}/groupByName/readers")).json()["id"]
    await client.post(f"{base}/groups/{readers}/users", json={"user": {"id": "pete"}})
    await client.delete(f"{base}/users/pete")
    members = (await client.get(f"{base}/groups/{readers}/users", params={"pageSize": 100})).json()
    assert "pete" not in [r["user"]["userName"] for r in members["references"]]


async def test_inventory_roles_crud(app: EmulatorApp, client: httpx.AsyncClient) -> None:
    body = {
        "name": "Operator",
        "description": "reads alarms, restarts",
        "permissions": [
            {"scope": "ALARM", "type": "*", "permission": "READ"},
            {"scope": "OPERATION", "type": "c8y_Restart", "permission": "ADMIN"},
        ],
    }
    created = await client.post("/user/inventoryroles", json=body, headers=ACCEPT)
    assert created.status_code == 201
    role = created.json()
    assert created.headers["content-type"].startswith(
        "application/vnd.com.nsn.cumulocity.inventoryrole+json"
    )
    assert [(p["scope"], p["type"], p["permission"]) for p in role["permissions"]] == [
        ("ALARM", "*", "READ"),
        ("OPERATION", "c8y_Restart", "ADMIN"),
    ]
    assert all(isinstance(p["id"], int) for p in role["permissions"])
    assert (await client.post("/user/inventoryroles", json=body)).status_code == 409
    bad: dict[str, Any]
    for bad in (
        {"name": "x", "permissions": [{"scope": "NOPE"}]},
        {"name": "x", "permissions": [{"permission": "WRITE"}]},
        {"name": "x", "permissions": [{"scope": "ALARM", "colour": 1}]},
        {"permissions": []},
    ):
        assert (await client.post("/user/inventoryroles", json=bad)).status_code == 422
    rid = role["id"]
    assert (await client.get(f"/user/inventoryroles/{rid}")).json()["name"] == "Operator"
    updated = await client.put(
        f"/user/inventoryroles/{rid}",
        json={"permissions": [{"scope": "*", "permission": "*"}]},
        headers=ACCEPT,
    )
    assert updated.json()["description"] == "reads alarms, restarts"
    assert [(p["scope"], p["type"]) for p in updated.json()["permissions"]] == [("*", "*")]
    listed = (await client.get("/user/inventoryroles", params={"withTotalElements": "true"})).json()
    assert [r["id"] for r in listed["roles"]] == [rid]
    assert listed["statistics"]["totalElements"] == 1
    assert (await client.delete(f"/user/inventoryroles/{rid}")).status_code == 204
    assert (await client.get(f"/user/inventoryroles/{rid}")).status_code == 404
    assert (await client.put(f"/user/inventoryroles/{rid}", json={})).status_code == 404


async def test_inventory_assignments(app: EmulatorApp, client: httpx.AsyncClient) -> None:
    await make_user(client, app, "quinn")
    group = (await client.post("/inventory/managedObjects", json={"c8y_IsDeviceGroup": {}})).json()
    reader = (await client.post("/user/inventoryroles", json={"name": "R"}, headers=ACCEPT)).json()
    admin = (await client.post("/user/inventoryroles", json={"name": "A"}, headers=ACCEPT)).json()
    path = f"/user/{app.tenant_id}/users/quinn/roles/inventory"
    created = await client.post(
        path,
        json={"managedObject": group["id"], "roles": [{"id": reader["id"]}, {"id": admin["id"]}]},
        headers=ACCEPT,
    )
    assert created.status_code == 200, created.text
    assignment = created.json()
    assert assignment["managedObject"] == group["id"]
    assert [r["name"] for r in assignment["roles"]] == ["R", "A"]
    for bad in (
        {"managedObject": "999999", "roles": [{"id": reader["id"]}]},
        {"managedObject": group["id"], "roles": [{"id": 999999}]},
        {"managedObject": group["id"], "roles": []},
    ):
        assert (await client.post(path, json=bad)).status_code == 422
    listed = (await client.get(path)).json()
    assert [a["id"] for a in listed["inventoryAssignments"]] == [assignment["id"]]
    one = f"{path}/{assignment['id']}"
    changed = await client.put(one, json={"roles": [{"id": admin["id"]}]}, headers=ACCEPT)
    assert [r["name"] for r in changed.json()["roles"]] == ["A"]
    moved = await client.put(one, json={"managedObject": "1", "roles": [{"id": admin["id"]}]})
    assert moved.status_code == 422
    other = f"/user/{app.tenant_id}/users/{app.username}/roles/inventory/{assignment['id']}"
    assert (await client.get(other)).status_code == 404
    # Deleting the assignment's only role removes the assignment.
    await client.delete(f"/user/inventoryroles/{admin['id']}")
    assert (await client.get(one)).status_code == 404
    again = await client.post(
        path, json={"managedObject": group["id"], "roles": [{"id": reader["id"]}]}, headers=ACCEPT
    )
    again_path = f"{path}/{again.json()['id']}"
    assert (await client.delete(again_path)).status_code == 204
    assert (await client.delete(again_path)).status_code == 404
    assert (
        await client.get(f"/user/{app.tenant_id}/users/nobody/roles/inventory")
    ).status_code == 404
