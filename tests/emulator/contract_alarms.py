"""Contract scenario for alarms (``/alarm``): every operation on its success and error paths.

Run by ``test_contract.py`` with the other ``contract_*.py`` scenarios; ``UNDOCUMENTED`` names
the statuses the upstream document does not list for an operation, with the reason.
"""

from __future__ import annotations

import httpx

ALARM = "application/vnd.com.nsn.cumulocity.alarm+json"

# (method, spec path, status) -> why the emulator answers a status the document does not list.
UNDOCUMENTED: dict[tuple[str, str, int], str] = {
    ("POST", "/alarm/alarms", 400): "malformed JSON body",
    ("GET", "/alarm/alarms", 422): "invalid filter value (status, date) or paging value",
    ("GET", "/alarm/alarms/count", 422): "invalid filter value (severity)",
    ("DELETE", "/alarm/alarms", 422): "none of source/dateFrom/dateTo/createdFrom/createdTo given",
    ("PUT", "/alarm/alarms/{id}", 400): "malformed JSON body",
}


async def scenario(client: httpx.AsyncClient) -> None:
    """Drive every alarm operation the emulator implements."""
    source = (
        await client.post("/inventory/managedObjects", json={"name": "A", "c8y_IsDevice": {}})
    ).json()["id"]
    alarm = {
        "source": {"id": source},
        "type": "contract_Alarm",
        "text": "Too hot",
        "severity": "MAJOR",
        "time": "2024-05-01T10:00:00.000+02:00",
        "contract_Detail": {"temperature": 99},
    }
    await client.get("/alarm")
    created = await client.post("/alarm/alarms", json=alarm, headers={"Accept": ALARM})
    await client.post("/alarm/alarms", json=alarm, headers={"Accept": ALARM})  # de-duplicated
    await client.post("/alarm/alarms", json=alarm, headers={"Accept": ""})
    await client.post("/alarm/alarms", json={**alarm, "severity": "LOUD"})
    await client.post("/alarm/alarms", json={**alarm, "source": {"id": "424242"}})
    await client.post("/alarm/alarms", content=b"{", headers={"Content-Type": ALARM})
    alarm_id = created.json()["id"]

    await client.get(f"/alarm/alarms/{alarm_id}")
    await client.get("/alarm/alarms/424242")
    await client.put(
        f"/alarm/alarms/{alarm_id}",
        json={"status": "ACKNOWLEDGED", "text": "Still hot", "contract_Detail": None},
        headers={"Accept": ALARM},
    )
    await client.put(f"/alarm/alarms/{alarm_id}", json={"type": "other"})
    await client.put(f"/alarm/alarms/{alarm_id}", content=b"[", headers={"Content-Type": ALARM})
    await client.put("/alarm/alarms/424242", json={"text": "x"})

    queries: list[dict[str, str | int]] = [
        {},
        {"source": source, "withSourceAssets": "true", "withTotalPages": "true"},
        {"status": "ACTIVE,ACKNOWLEDGED", "severity": "MAJOR", "type": "contract_Alarm"},
        {"resolved": "false", "dateFrom": "2024-01-01", "dateTo": "2025-01-01T00:00:00Z"},
        {"createdFrom": "2020-01-01", "lastUpdatedFrom": "2020-01-01", "pageSize": 1},
        {"status": "RESOLVED"},
        {"dateFrom": "soon"},
    ]
    for params in queries:
        await client.get("/alarm/alarms", params=params)
    await client.get("/alarm/alarms/count", params={"source": source})
    await client.get("/alarm/alarms/count", params={"severity": "LOUD"})

    await client.post(
        "/alarm/alarms/upsert",
        json={"source": {"id": source}, "type": "contract_Alarm", "text": "upserted"},
        headers={"Accept": ALARM},
    )
    await client.post(
        "/alarm/alarms/upsert",
        json={"source": {"id": source}, "type": "contract_New"},
        headers={"Accept": ALARM},
    )
    await client.post("/alarm/alarms/upsert", json={"type": "contract_New"})

    await client.put("/alarm/alarms", params={"source": source}, json={"status": "CLEARED"})
    await client.put("/alarm/alarms", json={"status": "CLEARED"})
    await client.put("/alarm/alarms", params={"source": source}, json={"text": "no"})
    await client.delete("/alarm/alarms", params={"source": source, "resolved": "true"})
    await client.delete("/alarm/alarms", params={"resolved": "true"})
