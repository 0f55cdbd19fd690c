"""Operations under concurrent clients and across restarts."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx

from c8y_emulator import Emulator, EmulatorApp, create_app
from c8y_emulator.bulkoperations import create_due_operations
from c8y_emulator.testing import asgi_client
from c8y_emulator.timestamps import format_millis, now_millis, parse_timestamp
from tests.emulator.helpers import served_client

CREATORS = 50
MOS = "/inventory/managedObjects"
OPS = "/devicecontrol/operations"
BULK_PATH = "/devicecontrol/bulkoperations"
AGENT: dict[str, object] = {"c8y_IsDevice": {}, "com_cumulocity_model_Agent": {}}


async def test_concurrent_operation_creators_lose_nothing(app: EmulatorApp) -> None:
    async with served_client(
        app, limits=httpx.Limits(max_connections=CREATORS), timeout=30
    ) as http:
        agent = (await http.post(MOS, json={"name": "agent", **AGENT})).json()["id"]
        answers = await asyncio.gather(
            *(
                http.post(OPS, json={"deviceId": agent, "c8y_Command": {"text": f"n{i}"}})
                for i in range(CREATORS)
            )
        )
        assert [a.status_code for a in answers] == [201] * CREATORS
        ids = {a.json()["id"] for a in answers}
        listed = (
            await http.get(
                OPS, params={"deviceId": agent, "pageSize": "100", "withTotalElements": "true"}
            )
        ).json()
    assert len(ids) == CREATORS
    assert {o["id"] for o in listed["operations"]} == ids
    assert listed["statistics"]["totalElements"] == CREATORS
    assert sorted(o["c8y_Command"]["text"] for o in listed["operations"]) == sorted(
        f"n{i}" for i in range(CREATORS)
    )


async def test_concurrent_readers_create_each_due_child_once(app: EmulatorApp) -> None:
    async with served_client(app, timeout=30) as http:
        group = (await http.post(MOS, json={"name": "g", "c8y_IsDeviceGroup": {}})).json()["id"]
        for index in range(10):
            device = (await http.post(MOS, json={"name": f"d{index}", **AGENT})).json()["id"]
            await http.post(f"{MOS}/{group}/childAssets", json={"managedObject": {"id": device}})
        soon = format_millis(now_millis() + 300)
        bulk = (
            await http.post(
                BULK_PATH,
                json={
                    "groupId": group,
                    "startDate": soon,
                    "creationRamp": 0,
                    "operationPrototype": {"c8y_Restart": {}},
                },
            )
        ).json()
        assert bulk["status"] == "ACTIVE"
        await asyncio.sleep(0.4)
        await asyncio.gather(
            *(http.get(OPS) for _ in range(10)),
            *(http.get(f"{BULK_PATH}/{bulk['id']}") for _ in range(10)),
        )
        children = (
            await http.get(OPS, params={"bulkOperationId": bulk["id"], "pageSize": "100"})
        ).json()["operations"]
        state = (await http.get(f"{BULK_PATH}/{bulk['id']}")).json()
    assert len(children) == 10
    assert len({c["deviceId"] for c in children}) == 10
    assert state["progress"]["pending"] == 10
    assert state["status"] == "COMPLETED"


async def test_operations_and_schedules_survive_a_restart(tmp_path: Path) -> None:
    database = str(tmp_path / "control.sqlite3")
    future = "2100-01-01T00:00:00.000Z"
    with Emulator(database=database) as emulator:
        async with httpx.AsyncClient(base_url=emulator.base_url, auth=("admin", "admin")) as http:
            agent = (await http.post(MOS, json={"name": "agent", **AGENT})).json()["id"]
            group = (await http.post(MOS, json={"name": "g", "c8y_IsDeviceGroup": {}})).json()
            await http.post(
                f"{MOS}/{group['id']}/childAssets", json={"managedObject": {"id": agent}}
            )
            operation = (await http.post(OPS, json={"deviceId": agent, "c8y_Restart": {}})).json()
            await http.put(
                f"{OPS}/{operation['id']}", json={"status": "FAILED", "failureReason": "cold"}
            )
            doomed = (await http.post(OPS, json={"deviceId": agent, "doomed": {}})).json()
            await http.delete(OPS, params={"deviceId": agent, "status": "PENDING"})
            bulk = (
                await http.post(
                    BULK_PATH,
                    json={
                        "groupId": group["id"],
                        "startDate": future,
                        "creationRamp": 5,
                        "operationPrototype": {"c8y_Restart": {}},
                    },
                )
            ).json()
            cancelled = (
                await http.post(
                    BULK_PATH,
                    json={**bulk, "id": None, "self": None, "startDate": future},
                )
            ).json()
            await http.delete(f"{BULK_PATH}/{cancelled['id']}")
    app = create_app(database)
    try:
        async with asgi_client(app) as http:
            back = (await http.get(f"{OPS}/{operation['id']}")).json()
            doomed_back = await http.get(f"{OPS}/{doomed['id']}")
            waiting = (await http.get(f"{BULK_PATH}/{bulk['id']}")).json()
            created = create_due_operations(app.storage, parse_timestamp(future, "t", "t"))
            running = (await http.get(f"{BULK_PATH}/{bulk['id']}")).json()
            cancelled_back = (await http.get(f"{BULK_PATH}/{cancelled['id']}")).json()
    finally:
        app.close()
    assert back["status"] == "FAILED"
    assert back["failureReason"] == "cold"
    assert doomed_back.status_code == 404
    assert waiting["status"] == "ACTIVE"
    assert waiting["progress"]["all"] == 1
    assert created == 1  # the cancelled one creates nothing
    assert running["status"] == "COMPLETED"
    assert running["progress"]["pending"] == 1
    assert cancelled_back["status"] == "DELETED"
