"""Contract scenario for Notification 2.0 (``/notification2/...``): subscriptions and tokens.

Run by ``test_contract.py`` with the other ``contract_*.py`` scenarios. It removes what it
creates (the device it subscribes to as well).
"""

from __future__ import annotations

import httpx

# (method, spec path, status) -> why the emulator answers a status the document does not list.
UNDOCUMENTED: dict[tuple[str, str, int], str] = {
    ("POST", "/notification2/token", 404): "no subscription of that name",
    ("POST", "/notification2/unsubscribe", 422): "no token parameter",
}


async def scenario(client: httpx.AsyncClient) -> None:
    """Drive every Notification 2.0 operation the emulator implements."""
    accept = {"Accept": "*/*"}
    base = "/notification2/subscriptions"
    device = (
        await client.post("/inventory/managedObjects", json={"name": "n2"}, headers=accept)
    ).json()["id"]
    await client.get("/notification2")
    created = await client.post(
        base,
        json={
            "subscription": "contract",
            "context": "mo",
            "source": {"id": device},
            "subscriptionFilter": {"apis": ["alarms", "events"], "typeFilter": "c8y_A"},
            "fragmentsToCopy": ["c8y_Position"],
        },
        headers=accept,
    )
    subscription = created.json()["id"]
    await client.post(base, json={"subscription": "contract", "context": "mo"})
    await client.post(
        base, json={"subscription": "tenantwide", "context": "tenant"}, headers=accept
    )
    await client.get(base, params={"context": "mo", "withTotalElements": "true"})
    await client.get(base, params={"subscription": "contract", "source": device})
    await client.get(f"{base}/{subscription}")
    await client.get(f"{base}/1")
    token = (
        await client.post(
            "/notification2/token",
            json={"subscription": "contract", "subscriber": "contract", "expiresInMinutes": 5},
        )
    ).json()["token"]
    await client.post("/notification2/token", json={"subscription": "none", "subscriber": "x"})
    await client.post("/notification2/token", json={"subscription": "contract"})
    await client.post("/notification2/unsubscribe", params={"token": token})
    await client.post("/notification2/unsubscribe", params={"token": token})
    await client.post("/notification2/unsubscribe")
    await client.delete(base)
    await client.delete(base, params={"context": "tenant"})
    await client.delete(f"{base}/{subscription}")
    await client.delete(f"{base}/{subscription}")
    await client.delete(f"/inventory/managedObjects/{device}")
