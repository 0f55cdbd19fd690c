"""Contract scenario for the audit API (``/audit``)."""

from __future__ import annotations

import httpx

RECORDS = "/audit/auditRecords"

# (method, spec path, status) -> why the emulator answers a status the document does not list.
UNDOCUMENTED: dict[tuple[str, str, int], str] = {
    ("POST", "/audit/auditRecords", 422): "a required member is missing or malformed",
    ("GET", "/audit/auditRecords/{id}", 404): "no record has this id",
}


async def scenario(client: httpx.AsyncClient) -> None:
    """Drive every audit operation the emulator implements."""
    accept = {"Accept": "application/vnd.com.nsn.cumulocity.auditrecord+json"}
    await client.get("/audit")
    created = await client.post(
        RECORDS,
        json={
            "type": "Alarm",
            "time": "2024-05-01T12:00:00.000Z",
            "source": {"id": "1"},
            "activity": "Alarm created",
            "text": "contract",
            "severity": "MAJOR",
            "changes": [{"attribute": "status", "newValue": "ACTIVE", "changeType": "ADDED"}],
        },
        headers=accept,
    )
    await client.post(RECORDS, json={"type": "Alarm"}, headers=accept)
    await client.get(RECORDS, params={"type": "Alarm", "pageSize": 3, "withTotalPages": "true"})
    await client.get(f"{RECORDS}/{created.json()['id']}")
    await client.get(f"{RECORDS}/99999999")
