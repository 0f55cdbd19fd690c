"""Contract scenario for events (``/event``) and their attachments.

Run by ``test_contract.py`` with the other ``contract_*.py`` scenarios. The attachment here is
``application/octet-stream``: the download answers the stored content type, and the upstream
document lists only ``application/octet-stream`` for it.
"""

from __future__ import annotations

import httpx

from tests.emulator.contract_binaries import form

EVENT = "application/vnd.com.nsn.cumulocity.event+json"
EVENTS = "/event/events"
OCTET = "application/octet-stream"

# (method, spec path, status) -> why the emulator answers a status the document does not list.
UNDOCUMENTED: dict[tuple[str, str, int], str] = {
    ("POST", EVENTS, 400): "malformed JSON body",
    ("GET", EVENTS, 422): "withSourceAssets without source, invalid date or paging value",
    ("DELETE", EVENTS, 422): "none of source/dateFrom/dateTo/createdFrom/createdTo given",
    ("POST", EVENTS + "/{id}/binaries", 400): "multipart form without its file part",
}


async def scenario(client: httpx.AsyncClient) -> None:
    """Drive every event operation the emulator implements."""
    source = (
        await client.post("/inventory/managedObjects", json={"name": "E", "c8y_IsDevice": {}})
    ).json()["id"]
    event = {
        "source": {"id": source},
        "type": "c8y_DoorOpened",
        "text": "Door opened",
        "time": "2024-05-01T10:00:00.000+02:00",
        "c8y_Door": {"id": "front"},
    }
    await client.get("/event")
    created = await client.post(
        EVENTS, json=event, headers={"Content-Type": EVENT, "Accept": EVENT}
    )
    await client.post(EVENTS, json=event, headers={"Accept": ""})
    await client.post(EVENTS, json={**event, "source": {"id": "424242"}})
    await client.post(EVENTS, json={**event, "time": "later"})
    await client.post(EVENTS, content=b"[", headers={"Content-Type": EVENT})
    event_id = created.json()["id"]

    await client.get(f"{EVENTS}/{event_id}")
    await client.get(f"{EVENTS}/424242")
    await client.put(
        f"{EVENTS}/{event_id}",
        json={"text": "Door closed", "c8y_Door": None, "c8y_Lock": {"state": "locked"}},
        headers={"Content-Type": EVENT, "Accept": EVENT},
    )
    await client.put(f"{EVENTS}/{event_id}", json={"type": "other"})
    await client.put(f"{EVENTS}/424242", json={"text": "x"})

    queries: list[dict[str, str | int]] = [
        {},
        {"source": source, "withSourceDevices": "true", "withTotalElements": "true"},
        {"type": "c8y_DoorOpened", "fragmentType": "c8y_Lock", "revert": "true"},
        {"fragmentType": "c8y_Lock", "fragmentValue": "x", "pageSize": 1},
        {"dateFrom": "2024-01-01", "dateTo": "2025-01-01", "createdFrom": "2020-01-01"},
        {"lastUpdatedFrom": "2020-01-01T00:00:00Z", "withTotalPages": "true"},
        {"withSourceAssets": "true"},
    ]
    for params in queries:
        await client.get(EVENTS, params=params)

    binaries = f"{EVENTS}/{event_id}/binaries"
    body, content_type = form(
        {"file": ("report.bin", b"\x00\x01binary", OCTET)},
        {"object": '{"name": "report.bin", "type": "application/octet-stream"}'},
    )
    await client.post(
        binaries, content=body, headers={"Content-Type": content_type, "Accept": "application/json"}
    )
    await client.post(binaries, content=b"again", headers={"Content-Type": OCTET})
    await client.post(f"{EVENTS}/424242/binaries", content=b"x", headers={"Content-Type": OCTET})
    body, content_type = form({"other": ("x", b"x", OCTET)}, {"object": "{}"})
    await client.post(binaries, content=body, headers={"Content-Type": content_type})
    await client.get(binaries)
    await client.get(f"{EVENTS}/424242/binaries")
    await client.put(
        binaries,
        content=b"replaced",
        headers={
            "Content-Type": OCTET,
            "Content-Disposition": 'attachment; filename="new.bin"',
            "Accept": "application/json",
        },
    )
    await client.put(f"{EVENTS}/424242/binaries", content=b"x", headers={"Content-Type": OCTET})
    await client.delete(binaries)
    await client.delete(binaries)
    await client.get(binaries)

    await client.delete(f"{EVENTS}/{event_id}")
    await client.delete(f"{EVENTS}/{event_id}")
    await client.delete(EVENTS, params={"source": source, "type": "c8y_DoorOpened"})
    await client.delete(EVENTS, params={"type": "c8y_DoorOpened"})
