"""Contract scenario for the feature toggles (``/features``).

Run by ``test_contract.py`` with the other ``contract_*.py`` scenarios; it leaves every toggle
at its default, so the scenarios after it see the usual inventory.
"""

from __future__ import annotations

import httpx

TOGGLE = "/features/core.inventory.without.children"

# (method, spec path, status) -> why the emulator answers a status the document does not list.
UNDOCUMENTED: dict[tuple[str, str, int], str] = {
    ("PUT", "/features/{featureKey}/by-tenant", 422): "body is not {'active': <boolean>}",
}


async def scenario(client: httpx.AsyncClient) -> None:
    """Drive every feature toggle operation the emulator implements."""
    tenant = (await client.get("/tenant/currentTenant")).json()["name"]
    await client.get("/features")
    await client.get(TOGGLE)
    await client.get("/features/core.unknown")
    await client.get(TOGGLE + "/by-tenant")
    await client.get("/features/core.unknown/by-tenant")
    await client.put(TOGGLE + "/by-tenant", json={"active": True})
    await client.get(TOGGLE + "/by-tenant")
    await client.put(TOGGLE + "/by-tenant", json={"active": "on"})
    await client.put("/features/core.unknown/by-tenant", json={"active": True})
    await client.delete(TOGGLE + "/by-tenant")
    await client.delete("/features/core.unknown/by-tenant")
    await client.put(f"{TOGGLE}/by-tenant/{tenant}", json={"active": True})
    await client.put(f"{TOGGLE}/by-tenant/t0", json={"active": True})
    await client.delete(f"{TOGGLE}/by-tenant/{tenant}")
    await client.delete(f"{TOGGLE}/by-tenant/t0")
