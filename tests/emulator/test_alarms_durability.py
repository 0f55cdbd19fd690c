"""Alarms under concurrent creators (atomic de-duplication) and across restarts."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx

from c8y_emulator import Emulator, EmulatorApp, create_app
from c8y_emulator.testing import asgi_client
from tests.emulator.helpers import served_client

CREATORS = 50


def _alarm(source: str, index: int) -> dict[str, object]:
    return {
        "source": {"id": source},
        "type": "c8y_Overheat",
        "text": f"creator {index}",
        "severity": "MAJOR",
        "time": f"2024-05-01T10:00:{index % 60:02d}.000Z",
    }


async def test_concurrent_creators_on_loopback_share_one_counted_alarm(app: EmulatorApp) -> None:
    async with served_client(
        app, limits=httpx.Limits(max_connections=CREATORS), timeout=30
    ) as http:
        source = (await http.post("/inventory/managedObjects", json={"name": "hot"})).json()["id"]
        answers = await asyncio.gather(
            *(http.post("/alarm/alarms", json=_alarm(source, i)) for i in range(CREATORS))
        )
        assert [a.status_code for a in answers] == [201] * CREATORS
        assert len({a.json()["id"] for a in answers}) == 1
        # Every answer saw its own increment: the counts are 1..N, each once.
        assert sorted(a.json()["count"] for a in answers) == list(range(1, CREATORS + 1))
        listed = (await http.get("/alarm/alarms", params={"source": source})).json()["alarms"]
    assert len(listed) == 1
    assert listed[0]["status"] == "ACTIVE"
    assert listed[0]["count"] == CREATORS


async def test_concurrent_creators_in_process(client: httpx.AsyncClient) -> None:
    source = (await client.post("/inventory/managedObjects", json={"name": "hot"})).json()["id"]
    await asyncio.gather(
        *(client.post("/alarm/alarms", json=_alarm(source, i)) for i in range(CREATORS))
    )
    listed = (await client.get("/alarm/alarms")).json()["alarms"]
    assert [a["count"] for a in listed] == [CREATORS]


async def test_acknowledged_alarm_writes_survive_a_restart(tmp_path: Path) -> None:
    database = str(tmp_path / "alarms.sqlite3")
    with Emulator(database=database) as emulator:
        async with httpx.AsyncClient(base_url=emulator.base_url, auth=("admin", "admin")) as http:
            source = (await http.post("/inventory/managedObjects", json={"name": "s"})).json()["id"]
            first = (await http.post("/alarm/alarms", json=_alarm(source, 1))).json()
            await http.post("/alarm/alarms", json=_alarm(source, 2))
            await http.put(f"/alarm/alarms/{first['id']}", json={"status": "ACKNOWLEDGED"})
            cleared = (
                await http.post("/alarm/alarms", json={**_alarm(source, 3), "type": "other"})
            ).json()
            await http.put(
                "/alarm/alarms",
                params={"type": "other", "source": source},
                json={"status": "CLEARED"},
            )
            doomed = (
                await http.post("/alarm/alarms", json={**_alarm(source, 4), "type": "doomed"})
            ).json()
            await http.delete("/alarm/alarms", params={"source": source, "type": "doomed"})
    app = create_app(database)
    try:
        async with asgi_client(app) as http:
            back = (await http.get(f"/alarm/alarms/{first['id']}")).json()
            cleared_back = (await http.get(f"/alarm/alarms/{cleared['id']}")).json()
            doomed_back = await http.get(f"/alarm/alarms/{doomed['id']}")
            # De-duplication still finds the stored open alarm after the restart.
            again = (await http.post("/alarm/alarms", json=_alarm(source, 5))).json()
    finally:
        app.close()
    assert back["count"] == 2
    assert back["status"] == "ACKNOWLEDGED"
    assert back["firstOccurrenceTime"] == first["time"]
    assert cleared_back["status"] == "CLEARED"
    assert doomed_back.status_code == 404
    assert again["id"] == first["id"]
    assert again["count"] == 3
