"""Contract scenario for inventory, identity, current user/tenant and login tokens.

``test_contract.py`` runs the ``scenario`` of every ``contract_*.py`` module in this folder and
validates each response; ``UNDOCUMENTED`` names the statuses the upstream document does not list
for an operation, with the reason the emulator answers them.
"""

from __future__ import annotations

from collections.abc import Generator

import httpx

REF = "application/vnd.com.nsn.cumulocity.managedobjectreference+json"
REFS = "application/vnd.com.nsn.cumulocity.managedobjectreferencecollection+json"
MO = "application/vnd.com.nsn.cumulocity.managedobject+json"
MOS = "application/vnd.com.nsn.cumulocity.managedobjectcollection+json"
EXT = "application/vnd.com.nsn.cumulocity.externalid+json"

# (method, spec path, status) -> why the emulator answers a status the document does not list.
UNDOCUMENTED: dict[tuple[str, str, int], str] = {
    ("POST", "/inventory/managedObjects", 400): "malformed JSON body",
    ("POST", "/inventory/managedObjects", 409): "externalIds entry already bound (identity rule)",
    ("GET", "/identity/globalIds/{id}/externalIds", 404): "unknown managed object",
    ("GET", "/identity/globalIds/{id}/externalIds", 422): "invalid pageSize (paging rule)",
    ("POST", "/identity/globalIds/{id}/externalIds", 422): "externalId/type missing or empty",
    ("PUT", "/inventory/managedObjects/{id}", 422): "wrong type of a standard field",
    ("PUT", "/inventory/managedObjects", 422): "more than 50 objects or malformed entries",
    ("POST", "/inventory/managedObjects/{id}/childAssets", 422): "object referenced as own child",
    ("DELETE", "/inventory/managedObjects/{id}", 422): "cascade is not a boolean",
    ("POST", "/tenant/oauth/token", 422): "login form with a non-form content type",
}


class _NoAuth(httpx.Auth):
    """Send a request without the client's credentials."""

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        yield request


NO_AUTH = _NoAuth()


async def scenario(client: httpx.AsyncClient) -> None:
    """Call every implemented operation on its success and error paths."""
    mos = "/inventory/managedObjects"
    await client.get("/inventory")
    await client.get("/identity")
    await client.get("/user/currentUser")
    await client.get("/tenant/currentTenant")
    await client.get("/tenant/currentTenant", auth=NO_AUTH)
    await client.get(mos, auth=NO_AUTH)
    login = {"grant_type": "PASSWORD", "username": "admin", "password": "admin"}
    token = await client.post("/tenant/oauth/token", data=login, auth=NO_AUTH)
    await client.post("/tenant/oauth/token", data={**login, "password": "x"}, auth=NO_AUTH)
    await client.post(
        "/tenant/oauth/token", content=b"{}", headers={"Content-Type": "application/json"}
    )
    await client.post("/tenant/oauth", data=login, auth=NO_AUTH)
    await client.post("/tenant/oauth", data={**login, "password": "x"}, auth=NO_AUTH)
    client.cookies.clear()
    bearer = {"Authorization": f"Bearer {token.json()['access_token']}"}
    await client.get("/inventory", headers=bearer, auth=NO_AUTH)

    group = (
        await client.post(
            mos,
            json={"name": "G", "type": "c8y_DeviceGroup", "c8y_IsDeviceGroup": {}},
            headers={"Accept": MO},
        )
    ).json()
    device = (
        await client.post(
            mos,
            json={
                "name": "D",
                "c8y_IsDevice": {},
                "c8y_RequiredAvailability": {"responseInterval": 30},
                "c8y_SupportedMeasurements": ["c8y_Temperature"],
                "c8y_SupportedSeries": ["c8y_Temperature.T"],
                "externalIds": [{"type": "c8y_Serial", "externalId": "contract-1"}],
            },
            headers={"Content-Type": MO, "Accept": MO},
        )
    ).json()
    gid, did = group["id"], device["id"]
    await client.post(mos, content=b"{oops", headers={"Content-Type": MO})
    await client.post(mos, json={"name": 3})
    await client.post(
        mos, json={"externalIds": [{"type": "c8y_Serial", "externalId": "contract-1"}]}
    )
    await client.post(mos, json={"name": "quiet"}, headers={"Accept": ""})
    await client.post(
        mos,
        json={"managedObjects": [{"name": "b1"}, {"name": "b2"}]},
        headers={"Content-Type": MOS, "Accept": MOS},
    )
    await client.put(
        mos,
        json={"managedObjects": [{"id": did, "note": "bulk"}]},
        headers={"Content-Type": MOS, "Accept": MOS},
    )
    await client.put(
        mos, json={"managedObjects": [{"id": "99999999"}]}, headers={"Content-Type": MOS}
    )
    await client.put(mos, json={"managedObjects": []}, headers={"Content-Type": MOS})
    listings: list[dict[str, str]] = [
        {},
        {"pageSize": "1", "withTotalPages": "true", "withTotalElements": "true"},
        {"query": "$filter=(name eq 'D*') $orderby=name desc"},
        {"q": "has(c8y_IsDevice)"},
        {"type": "c8y_DeviceGroup", "fragmentType": "c8y_IsDeviceGroup", "withChildren": "true"},
        {"ids": f"{gid},{did}", "withParents": "true", "withChildrenCount": "true"},
        {"text": "D", "onlyRoots": "true", "owner": "admin"},
        {"query": "name eq"},
        {"pageSize": "0"},
    ]
    for params in listings:
        await client.get(mos, params=params)
    await client.get(f"{mos}/{did}", params={"withParents": "true"})
    await client.get(f"{mos}/424242")
    await client.put(f"{mos}/{did}", json={"name": "D2", "gone": None}, headers={"Accept": MO})
    await client.put(f"{mos}/{did}", json={"id": did}, headers={"Accept": MO})
    await client.put(f"{mos}/{did}", json={"type": 5})
    await client.put(f"{mos}/424242", json={"name": "x"})
    await client.get(f"{mos}/{did}/availability")
    await client.get(f"{mos}/{gid}/availability")
    await client.get(f"{mos}/{did}/supportedMeasurements")
    await client.get(f"{mos}/424242/supportedMeasurements")
    await client.get(f"{mos}/{did}/supportedSeries")
    await client.get(f"{mos}/424242/supportedSeries")

    for kind in ("childDevices", "childAssets", "childAdditions"):
        extra = (await client.post(mos, json={"name": f"extra-{kind}"})).json()["id"]
        await client.post(
            f"{mos}/{gid}/{kind}",
            json={"managedObject": {"id": did}},
            headers={"Content-Type": REF, "Accept": REF},
        )
        await client.post(
            f"{mos}/{gid}/{kind}",
            json={"references": [{"managedObject": {"id": extra}}]},
            headers={"Content-Type": REFS, "Accept": REFS},
        )
        await client.post(
            f"{mos}/{gid}/{kind}", json={"name": "born"}, headers={"Content-Type": MO, "Accept": MO}
        )
        await client.post(f"{mos}/424242/{kind}", json={"managedObject": {"id": did}})
        await client.get(f"{mos}/{gid}/{kind}", params={"withTotalElements": "true", "pageSize": 2})
        await client.get(f"{mos}/{gid}/{kind}", params={"query": "name eq 'D*'"})
        await client.get(f"{mos}/{gid}/{kind}", params={"query": "("})
        await client.get(f"{mos}/424242/{kind}")
        await client.get(f"{mos}/{gid}/{kind}/{did}")
        await client.get(f"{mos}/{gid}/{kind}/{gid}")
        await client.get(f"{mos}/{gid}/{kind}/424242")
        await client.delete(f"{mos}/{gid}/{kind}/{did}")
        await client.delete(f"{mos}/{gid}/{kind}/{did}")
        await client.delete(f"{mos}/424242/{kind}/{did}")
        await client.request(
            "DELETE",
            f"{mos}/{gid}/{kind}",
            json={"references": [{"managedObject": {"id": extra}}]},
            headers={"Content-Type": REFS},
        )
        await client.request(
            "DELETE",
            f"{mos}/{gid}/{kind}",
            json={"references": [{"managedObject": {"id": extra}}]},
            headers={"Content-Type": REFS},
        )
        await client.request(
            "DELETE",
            f"{mos}/424242/{kind}",
            json={"references": []},
            headers={"Content-Type": REFS},
        )
    await client.post(f"{mos}/{gid}/childAssets", json={"managedObject": {"id": gid}})

    ext_url = f"/identity/globalIds/{did}/externalIds"
    await client.post(
        ext_url,
        json={"type": "c8y_Serial", "externalId": "contract-2"},
        headers={"Content-Type": EXT, "Accept": EXT},
    )
    await client.post(ext_url, json={"type": "c8y_Serial", "externalId": "contract-2"})
    await client.post(ext_url, json={"type": "c8y_Serial"})
    await client.post(
        "/identity/globalIds/424242/externalIds", json={"type": "t", "externalId": "v"}
    )
    await client.get(ext_url, params={"withTotalElements": "true"})
    await client.get(ext_url, params={"pageSize": "x"})
    await client.get("/identity/globalIds/424242/externalIds")
    search = {"externalIds": [{"type": "c8y_Serial", "externalId": "contract-2"}]}
    await client.post("/identity/search", json=search)
    await client.post("/identity/search", json={"externalIds": []})
    await client.get("/identity/externalIds/c8y_Serial/contract-2")
    await client.get("/identity/externalIds/c8y_Serial/none")
    await client.delete("/identity/externalIds/c8y_Serial/contract-2")
    await client.delete("/identity/externalIds/c8y_Serial/contract-2")

    await client.delete(f"{mos}/{did}", params={"cascade": "maybe"})
    await client.delete(f"{mos}/{did}", params={"withDeviceUser": "true"})
    await client.delete(f"{mos}/{gid}", params={"cascade": "true"})
    await client.delete(f"{mos}/{gid}")
