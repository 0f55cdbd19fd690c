"""Durability across restarts and correctness under concurrent clients, on a file database."""

from __future__ import annotations

import asyncio
import ssl
from pathlib import Path

import httpx

from c8y_emulator import Emulator, create_app
from c8y_emulator.testing import asgi_client
from tests.emulator.helpers import emulator_process

MO_COLLECTION = "application/vnd.com.nsn.cumulocity.managedobjectcollection+json"
CLIENTS = 100
CREATES_PER_CLIENT = 3


async def test_acknowledged_writes_survive_a_clean_restart(tmp_path: Path) -> None:
    database = str(tmp_path / "tenant.sqlite3")
    with Emulator(database=database) as emulator:
        async with httpx.AsyncClient(base_url=emulator.base_url, auth=("admin", "admin")) as http:
            group = (await http.post("/inventory/managedObjects", json={"name": "g"})).json()
            device = (await http.post("/inventory/managedObjects", json={"name": "d"})).json()
            await http.post(
                f"/inventory/managedObjects/{group['id']}/childAssets",
                json={"managedObject": {"id": device["id"]}},
            )
            await http.put(f"/inventory/managedObjects/{device['id']}", json={"state": 2})
            await http.post(
                f"/identity/globalIds/{device['id']}/externalIds",
                json={"type": "c8y_Serial", "externalId": "S-1"},
            )
    app = create_app(database)
    try:
        async with asgi_client(app) as http:
            back = (await http.get(f"/inventory/managedObjects/{device['id']}")).json()
            serial = (await http.get("/identity/externalIds/c8y_Serial/S-1")).json()
            group_back = await http.get(
                f"/inventory/managedObjects/{group['id']}", params={"withChildren": "true"}
            )
            new = (await http.post("/inventory/managedObjects", json={"name": "n"})).json()
    finally:
        app.close()
    assert back["state"] == 2
    assert back["name"] == "d"
    assert serial["managedObject"]["id"] == device["id"]
    refs = group_back.json()["childAssets"]["references"]
    assert [r["managedObject"]["id"] for r in refs] == [device["id"]]
    assert int(new["id"]) > int(device["id"])  # the id counter persisted too


def test_acknowledged_writes_survive_a_killed_process(tmp_path: Path) -> None:
    database = str(tmp_path / "killed.sqlite3")
    ids = []
    with emulator_process(database) as http:
        for index in range(20):
            response = http.post("/inventory/managedObjects", json={"n": index})
            assert response.status_code == 201
            ids.append(response.json()["id"])
    app = create_app(database)
    try:
        with app.storage.read() as cur:
            stored = [str(r[0]) for r in cur.execute("SELECT id FROM managed_objects ORDER BY id")]
    finally:
        app.close()
    assert stored == ids


async def test_concurrent_clients_lose_and_duplicate_nothing(tmp_path: Path) -> None:
    # One TLS context for all clients: building one per client costs more than the whole test.
    unused_tls = ssl.create_default_context()
    async with Emulator(database=str(tmp_path / "busy.sqlite3")) as emulator:

        async def client_run(number: int) -> list[str]:
            async with httpx.AsyncClient(
                base_url=emulator.base_url, auth=("admin", "admin"), timeout=30, verify=unused_tls
            ) as http:
                created = []
                for index in range(CREATES_PER_CLIENT):
                    response = await http.post(
                        "/inventory/managedObjects", json={"name": f"c{number}-{index}"}
                    )
                    assert response.status_code == 201
                    created.append(response.json()["id"])
                return created

        results = await asyncio.gather(*(client_run(n) for n in range(CLIENTS)))
        async with httpx.AsyncClient(base_url=emulator.base_url, auth=("admin", "admin")) as http:
            listing = (
                await http.get(
                    "/inventory/managedObjects",
                    params={"pageSize": 2000, "withTotalElements": "true"},
                )
            ).json()
    acknowledged = [object_id for batch in results for object_id in batch]
    stored = [m["id"] for m in listing["managedObjects"]]
    names = [m["name"] for m in listing["managedObjects"]]
    assert len(acknowledged) == CLIENTS * CREATES_PER_CLIENT
    assert len(set(acknowledged)) == len(acknowledged)
    assert sorted(stored, key=int) == sorted(acknowledged, key=int)
    assert listing["statistics"]["totalElements"] == CLIENTS * CREATES_PER_CLIENT
    assert len(set(names)) == len(names)


async def test_a_failed_write_leaves_no_trace(tmp_path: Path) -> None:
    app = create_app(str(tmp_path / "atomic.sqlite3"))
    try:
        async with asgi_client(app) as http:
            await http.post(
                "/inventory/managedObjects",
                json={"name": "owner", "externalIds": [{"type": "t", "externalId": "taken"}]},
            )
            bulk = await http.post(
                "/inventory/managedObjects",
                json={
                    "managedObjects": [
                        {"name": "fine"},
                        {"name": "clash", "externalIds": [{"type": "t", "externalId": "taken"}]},
                    ]
                },
                headers={"Content-Type": MO_COLLECTION},
            )
            listing = await http.get("/inventory/managedObjects", params={"withTotalElements": 1})
    finally:
        app.close()
    assert bulk.status_code == 409
    assert listing.json()["statistics"]["totalElements"] == 1
