"""Contract scenario for user management (``/user/...``): users, groups, roles, inventory roles.

Run by ``test_contract.py`` with the other ``contract_*.py`` scenarios. It removes what it
creates, except the administrator's changed first name.
"""

from __future__ import annotations

import time

import httpx

from tests.emulator.helpers import app_code

# (method, spec path, status) -> why the emulator answers a status the document does not list.
UNDOCUMENTED: dict[tuple[str, str, int], str] = {
    ("GET", "/user/{tenantId}/users", 404): "another tenant's id in the path",
    ("GET", "/user/{tenantId}/groups", 404): "another tenant's id in the path",
    ("POST", "/user/{tenantId}/groups", 400): "body is not JSON",
    ("POST", "/user/logout/{tenantId}/allUsers", 404): "another tenant's id in the path",
    ("POST", "/user/currentUser/totpSecret/activity", 422): "isActive is not a boolean",
}

PASSWORD = "Contract-Pass-1"


async def scenario(client: httpx.AsyncClient) -> None:
    """Drive every user management operation the emulator implements."""
    tenant = (await client.get("/tenant/currentTenant")).json()["name"]
    base = f"/user/{tenant}"
    accept = {"Accept": "*/*"}
    await client.get("/user/currentUser")
    await client.put("/user/currentUser", json={"firstName": "Ada"})
    await client.put("/user/currentUser", json={"enabled": False})
    await client.get(f"{base}/users", params={"pageSize": 2, "withTotalElements": "true"})
    await client.get(f"{base}/users", params={"onlyDevices": "maybe"})
    await client.get("/user/t0/users")
    await client.post(
        f"{base}/users",
        json={"userName": "contract", "password": PASSWORD, "email": "c@example.com"},
        headers=accept,
    )
    await client.post(f"{base}/users", json={"userName": "contract", "password": PASSWORD})
    await client.post(f"{base}/users", json={"userName": "weak", "password": "short"})
    await client.get(f"{base}/users/contract")
    await client.get(f"{base}/users/nobody")
    await client.get(f"{base}/userByName/contract")
    await client.get(f"{base}/userByName/nobody")
    await client.put(f"{base}/users/contract", json={"lastName": "C"}, headers=accept)
    await client.put(f"{base}/users/contract", json={"password": "short"})
    await client.put(f"{base}/users/nobody", json={"lastName": "C"})
    await client.get(f"{base}/users/contract/tfa")
    await client.get(f"{base}/users/nobody/tfa")
    await client.get(f"{base}/users/contract/groups")
    await client.get(f"{base}/users/nobody/groups")

    await client.get(f"{base}/groups", params={"withTotalPages": "true"})
    await client.get("/user/t0/groups")
    created = await client.post(f"{base}/groups", json={"name": "contract"}, headers=accept)
    group = created.json()["id"]
    await client.post(f"{base}/groups", json={"name": "contract"})
    await client.post(f"{base}/groups", json={})
    await client.post(f"{base}/groups", content=b"{", headers={"Content-Type": "application/json"})
    await client.get(f"{base}/groups/{group}")
    await client.get(f"{base}/groups/1")
    await client.get(f"{base}/groupByName/contract")
    await client.get(f"{base}/groupByName/nobody")
    await client.put(f"{base}/groups/{group}", json={"description": "d"}, headers=accept)
    await client.put(f"{base}/groups/{group}", json={"name": 1})
    await client.put(f"{base}/groups/1", json={"description": "d"})
    user_self = client.base_url.join(f"{base}/users/contract")
    await client.post(
        f"{base}/groups/{group}/users", json={"user": {"self": str(user_self)}}, headers=accept
    )
    await client.post(f"{base}/groups/{group}/users", json={"user": "x"})
    await client.post(f"{base}/groups/1/users", json={"user": {"id": "contract"}})
    await client.get(f"{base}/groups/{group}/users")
    await client.get(f"{base}/groups/1/users")
    await client.delete(f"{base}/groups/{group}/users/contract")
    await client.delete(f"{base}/groups/{group}/users/contract")
    await client.post(
        f"{base}/groups/{group}/roles",
        json={"role": {"self": str(client.base_url.join("/user/roles/ROLE_ALARM_READ"))}},
        headers=accept,
    )
    await client.post(f"{base}/groups/{group}/roles", json={"role": {"id": "ROLE_NOPE"}})
    await client.post(f"{base}/groups/1/roles", json={"role": {"id": "ROLE_ALARM_READ"}})
    await client.get(f"{base}/groups/{group}/roles", params={"withTotalPages": "true"})
    await client.get(f"{base}/groups/999999/roles")
    await client.delete(f"{base}/groups/{group}/roles/ROLE_ALARM_READ")
    await client.delete(f"{base}/groups/{group}/roles/ROLE_ALARM_READ")
    await client.get("/user/roles", params={"withTotalPages": "true"})
    await client.get("/user/roles/ROLE_INVENTORY_READ")
    await client.get("/user/roles/ROLE_NOPE")

    role_body = {
        "name": "contract",
        "description": "d",
        "permissions": [{"scope": "ALARM", "type": "*", "permission": "READ"}],
    }
    role = (await client.post("/user/inventoryroles", json=role_body, headers=accept)).json()
    await client.post("/user/inventoryroles", json=role_body)
    await client.post("/user/inventoryroles", json={"name": "x", "permissions": [{"scope": "X"}]})
    await client.get("/user/inventoryroles", params={"withTotalElements": "true"})
    await client.get(f"/user/inventoryroles/{role['id']}")
    await client.get("/user/inventoryroles/1")
    await client.put(
        f"/user/inventoryroles/{role['id']}", json={"description": "e"}, headers=accept
    )
    await client.put(f"/user/inventoryroles/{role['id']}", json={"permissions": "all"})
    await client.put("/user/inventoryroles/1", json={"description": "e"})

    mo = (await client.post("/inventory/managedObjects", json={"name": "g"})).json()["id"]
    assignments = f"{base}/users/contract/roles/inventory"
    assignment = (
        await client.post(
            assignments, json={"managedObject": mo, "roles": [{"id": role["id"]}]}, headers=accept
        )
    ).json()
    await client.post(assignments, json={"managedObject": mo, "roles": []})
    await client.post(f"{base}/users/nobody/roles/inventory", json={"managedObject": mo})
    await client.get(assignments)
    await client.get(f"{base}/users/nobody/roles/inventory")
    await client.get(f"{assignments}/{assignment['id']}")
    await client.get(f"{assignments}/1")
    await client.put(
        f"{assignments}/{assignment['id']}", json={"roles": [{"id": role["id"]}]}, headers=accept
    )
    await client.put(f"{assignments}/{assignment['id']}", json={"roles": [{"id": 0}]})
    await client.put(f"{assignments}/1", json={"roles": [{"id": role["id"]}]})
    await client.delete(f"{assignments}/{assignment['id']}")
    await client.delete(f"{assignments}/{assignment['id']}")
    await client.delete(f"/inventory/managedObjects/{mo}")
    await client.delete(f"/user/inventoryroles/{role['id']}")
    await client.delete(f"/user/inventoryroles/{role['id']}")

    await client.delete(f"{base}/groups/{group}")
    await client.delete(f"{base}/groups/{group}")

    me = (await client.get("/user/currentUser")).json()["userName"]
    contract_user = f"{base}/users/contract"
    await client.put(f"{contract_user}/owner", json={"owner": me})
    await client.put(f"{base}/users/{me}/owner", json={"owner": "contract"})  # a cycle
    await client.put(f"{contract_user}/owner", json={"owner": "nobody"})
    await client.delete(f"{contract_user}/owner")
    await client.delete(f"{base}/users/nobody/owner")
    await client.put(f"{contract_user}/delegatedby", json={"delegatedBy": me})
    await client.put(f"{contract_user}/delegatedby", json={"delegatedBy": "contract"})
    await client.put(f"{base}/users/nobody/delegatedby", json={"delegatedBy": me})
    await client.delete(f"{contract_user}/delegatedby")
    await client.delete(f"{base}/users/nobody/delegatedby")
    login = httpx.BasicAuth(f"{tenant}/contract", PASSWORD)
    totp = "/user/currentUser/totpSecret"
    await client.post(totp, headers=accept, auth=login)
    await client.post(f"{totp}/activity", json={"isActive": True}, auth=login)
    await client.post(f"{totp}/activity", json={"isActive": "x"}, auth=login)
    await client.get(f"{totp}/activity", auth=login)
    secret = (await client.post(totp, headers=accept, auth=login)).json()["rawSecret"]
    code = app_code(secret, time.time())
    await client.post(f"{totp}/verify", json={"code": code}, auth=login)
    await client.post(f"{totp}/verify", json={"code": "12"}, auth=login)
    await client.delete(f"{contract_user}/totpSecret/revoke")
    await client.delete(f"{base}/users/nobody/totpSecret/revoke")
    await client.post(f"{totp}/activity", json={"isActive": True}, auth=login)
    await client.post(f"/user/logout/{tenant}/allUsers")
    await client.post("/user/logout/t0/allUsers")
    await client.put(
        "/user/currentUser/password",
        json={"currentUserPassword": PASSWORD, "newPassword": "Contract-Pass-2"},
        auth=login,
    )
    await client.put(
        "/user/currentUser/password",
        json={"currentUserPassword": "wrong-one", "newPassword": "Contract-Pass-3"},
    )
    await client.delete(f"{base}/users/contract")
    await client.delete(f"{base}/users/contract")
