"""Measurement collections under load and across a killed process, on a file database."""

from __future__ import annotations

import asyncio
import ssl
from pathlib import Path
from typing import Any

import httpx

from c8y_emulator import Emulator, create_app
from tests.emulator.helpers import emulator_process

MEASUREMENTS = "/measurement/measurements"
COLLECTION = "application/vnd.com.nsn.cumulocity.measurementcollection+json"
WRITERS = 100
PER_COLLECTION = 50


def _collection(source: str, writer: int) -> dict[str, Any]:
    return {
        "measurements": [
            {
                "source": {"id": source},
                "time": f"2024-05-01T{writer % 24:02d}:{index:02d}:00Z",
                "type": "load",
                "c8y_Load": {"writer": {"value": writer}, "index": {"value": index}},
            }
            for index in range(PER_COLLECTION)
        ]
    }


async def test_100_concurrent_collection_writers_lose_nothing(tmp_path: Path) -> None:
    unused_tls = ssl.create_default_context()
    async with Emulator(database=str(tmp_path / "load.sqlite3")) as emulator:
        async with httpx.AsyncClient(base_url=emulator.base_url, auth=("admin", "admin")) as http:
            sources = [
                (await http.post("/inventory/managedObjects", json={"name": f"s{n}"})).json()["id"]
                for n in range(4)
            ]

        async def write(writer: int) -> list[str]:
            async with httpx.AsyncClient(
                base_url=emulator.base_url, auth=("admin", "admin"), timeout=60, verify=unused_tls
            ) as http:
                response = await http.post(
                    MEASUREMENTS,
                    json=_collection(sources[writer % 4], writer),
                    headers={"Content-Type": COLLECTION, "Accept": COLLECTION},
                )
                assert response.status_code == 201, response.text
                return [m["id"] for m in response.json()["measurements"]]

        acknowledged = await asyncio.gather(*(write(w) for w in range(WRITERS)))
        async with httpx.AsyncClient(base_url=emulator.base_url, auth=("admin", "admin")) as http:
            stored: list[dict[str, Any]] = []
            url: str | None = f"{MEASUREMENTS}?pageSize=2000&withTotalElements=true"
            total = None
            while url:
                page = (await http.get(url)).json()
                total = total if total is not None else page["statistics"]["totalElements"]
                stored.extend(page["measurements"])
                url = page.get("next")
            per_source = [
                (
                    await http.get(
                        MEASUREMENTS,
                        params={"source": s, "withTotalElements": "true", "pageSize": 1},
                    )
                ).json()["statistics"]["totalElements"]
                for s in sources
            ]
    ids = [i for batch in acknowledged for i in batch]
    assert len(ids) == WRITERS * PER_COLLECTION
    assert len(set(ids)) == len(ids)
    assert total == WRITERS * PER_COLLECTION
    assert sorted((m["id"] for m in stored), key=int) == sorted(ids, key=int)
    assert per_source == [WRITERS // 4 * PER_COLLECTION] * 4
    pairs = {(m["c8y_Load"]["writer"]["value"], m["c8y_Load"]["index"]["value"]) for m in stored}
    assert pairs == {(w, i) for w in range(WRITERS) for i in range(PER_COLLECTION)}


def test_acknowledged_collections_survive_a_killed_process(tmp_path: Path) -> None:
    database = str(tmp_path / "killed.sqlite3")
    acknowledged: list[str] = []
    with emulator_process(database) as http:
        source = http.post("/inventory/managedObjects", json={"name": "s"}).json()["id"]
        for writer in range(10):
            response = http.post(
                MEASUREMENTS,
                json=_collection(source, writer),
                headers={"Content-Type": COLLECTION, "Accept": COLLECTION},
            )
            assert response.status_code == 201
            acknowledged.extend(m["id"] for m in response.json()["measurements"])
        event = http.post(
            "/event/events",
            json={"source": {"id": source}, "type": "e", "text": "t", "time": "2024-05-01"},
            headers={"Accept": "application/json"},
        ).json()["id"]
        attached = http.post(
            f"/event/events/{event}/binaries",
            content=b"attached",
            headers={"Content-Type": "text/plain"},
        )
        assert attached.status_code == 201
    app = create_app(database)
    try:
        with app.storage.read() as cur:
            stored = [str(r[0]) for r in cur.execute("SELECT id FROM measurements ORDER BY id")]
            values = cur.execute("SELECT COUNT(*) FROM measurement_values").fetchone()[0]
            content = cur.execute(
                "SELECT content FROM event_binaries WHERE event_id = ?", (int(event),)
            ).fetchone()
    finally:
        app.close()
    assert stored == acknowledged
    assert values == 2 * len(acknowledged)
    assert content is not None
    assert bytes(content[0]) == b"attached"
