"""Contract scenario for device registration and the login options (``/tenant/loginOptions``).

Run by ``test_contract.py`` with the other ``contract_*.py`` scenarios.
"""

from __future__ import annotations

import httpx

from c8y_emulator.deviceregistration import BOOTSTRAP_LOGIN, BOOTSTRAP_PASSWORD

REQUESTS = "/devicecontrol/newDeviceRequests"
CREDENTIALS = "/devicecontrol/deviceCredentials"
REQUEST = "application/vnd.com.nsn.cumulocity.newdevicerequest+json"
BOOTSTRAP = httpx.BasicAuth(BOOTSTRAP_LOGIN, BOOTSTRAP_PASSWORD)
NO_AUTH = httpx.BasicAuth("", "")

# (method, spec path, status) -> why the emulator answers a status the document does not list.
UNDOCUMENTED: dict[tuple[str, str, int], str] = {
    ("POST", CREDENTIALS, 201): "the platform answers 201 (the spec says 200)",
    ("POST", CREDENTIALS, 404): "the request is not accepted yet (the platform's polling answer)",
    ("PUT", REQUESTS + "/{requestId}", 422): "status not one of the three, or a changed id",
}


async def scenario(client: httpx.AsyncClient) -> None:
    """Drive device registration from request to credentials, and the login options."""
    await client.get("/tenant/loginOptions", auth=NO_AUTH)
    await client.get("/tenant/loginOptions", params={"management": "maybe"}, auth=NO_AUTH)

    headers = {"Content-Type": REQUEST, "Accept": REQUEST}
    await client.post(REQUESTS, json={"id": "SN-1", "type": "c8y_Sensor"}, headers=headers)
    await client.post(REQUESTS, json={"id": "SN-2"}, headers={"Accept": ""})
    await client.post(REQUESTS, json={"id": "SN-1"}, headers=headers)
    await client.post(REQUESTS, json={"groupId": "1"}, headers=headers)
    await client.get(REQUESTS)
    await client.get(REQUESTS, params={"pageSize": 1, "withTotalPages": "true"})
    await client.get(f"{REQUESTS}/SN-1")
    await client.get(f"{REQUESTS}/SN-404")

    await client.post(CREDENTIALS, json={"id": "SN-1"}, auth=BOOTSTRAP)
    await client.post(CREDENTIALS, json={"id": "SN-1"})
    await client.put(f"{REQUESTS}/SN-1", json={"status": "DONE"}, headers=headers)
    await client.put(f"{REQUESTS}/SN-404", json={"status": "ACCEPTED"}, headers=headers)
    await client.put(f"{REQUESTS}/SN-1", json={"status": "ACCEPTED"}, headers=headers)
    await client.post(CREDENTIALS, json={"id": "SN-1"}, auth=BOOTSTRAP, headers={"Accept": ""})
    await client.delete(f"{REQUESTS}/SN-2")
    await client.delete(f"{REQUESTS}/SN-2")
