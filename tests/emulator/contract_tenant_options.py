"""Contract scenario for the tenant options (``/tenant/options``)."""

from __future__ import annotations

import httpx

OPTIONS = "/tenant/options"

# (method, spec path, status) -> why the emulator answers a status the document does not list.
UNDOCUMENTED: dict[tuple[str, str, int], str] = {
    ("DELETE", "/tenant/options/{category}/{key}", 403): "the option was made non-editable",
}


async def scenario(client: httpx.AsyncClient) -> None:
    """Drive every tenant option operation the emulator implements."""
    accept = {"Accept": "application/vnd.com.nsn.cumulocity.option+json"}
    tenant = (await client.get("/tenant/currentTenant")).json()["name"]
    item = f"{OPTIONS}/contract/credentials.key"
    await client.post(
        OPTIONS,
        json={"category": "contract", "key": "credentials.key", "value": "secret"},
        headers=accept,
    )
    await client.post(OPTIONS, json={"category": "contract", "key": "k"}, headers=accept)
    await client.get(OPTIONS, params={"pageSize": 2, "withTotalPages": "true"})
    await client.get(f"{OPTIONS}/contract")
    await client.put(f"{OPTIONS}/contract", json={"plain": "v"}, headers=accept)
    await client.put(f"{OPTIONS}/contract", json={"plain": 1}, headers=accept)
    await client.get(item)
    await client.get(f"{OPTIONS}/contract/nope")
    await client.put(item, json={"value": "other"}, headers=accept)
    await client.put(item, json={"value": 1}, headers=accept)
    await client.put(f"{OPTIONS}/contract/nope", json={"value": "v"}, headers=accept)
    editable = f"{item}/editable"
    await client.put(editable, params={"targetTenant": tenant}, json={"editable": False})
    await client.put(item, json={"value": "locked"}, headers=accept)
    await client.delete(item)
    await client.put(editable, params={"targetTenant": tenant}, json={"editable": "no"})
    await client.put(editable, params={"targetTenant": "t0"}, json={"editable": True})
    await client.put(editable, params={"targetTenant": tenant}, json={"editable": True})
    await client.delete(item)
    await client.delete(item)
    await client.delete(f"{OPTIONS}/contract/plain")
