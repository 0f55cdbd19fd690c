"""Contract scenario for device control (``/devicecontrol``): operations and bulk operations.

Run by ``test_contract.py`` with the other ``contract_*.py`` scenarios; ``UNDOCUMENTED`` names
the statuses the upstream document does not list for an operation, with the reason.
"""

from __future__ import annotations

import httpx

OPERATION = "application/vnd.com.nsn.cumulocity.operation+json"
BULK = "application/vnd.com.nsn.cumulocity.bulkoperation+json"
MOS = "/inventory/managedObjects"

# (method, spec path, status) -> why the emulator answers a status the document does not list.
UNDOCUMENTED: dict[tuple[str, str, int], str] = {
    ("POST", "/devicecontrol/operations", 400): "malformed JSON body",
    ("GET", "/devicecontrol/operations", 422): "invalid filter value (status, bulkOperationId)",
    ("DELETE", "/devicecontrol/operations", 422): "invalid filter value (status)",
    ("POST", "/devicecontrol/bulkoperations", 422): "no group/parent, bad ramp or prototype",
    ("GET", "/devicecontrol/bulkoperations", 422): "invalid pageSize (paging rule)",
    ("PUT", "/devicecontrol/bulkoperations/{id}", 422): "bulk operation already cancelled",
}


async def scenario(client: httpx.AsyncClient) -> None:
    """Drive every device control operation the emulator implements."""
    agent = (
        await client.post(
            MOS,
            json={"name": "Agent", "c8y_IsDevice": {}, "com_cumulocity_model_Agent": {}},
        )
    ).json()["id"]
    await client.post(
        f"/identity/globalIds/{agent}/externalIds",
        json={"type": "c8y_Serial", "externalId": "contract-agent"},
    )
    lone = (await client.post(MOS, json={"name": "Lone", "c8y_IsDevice": {}})).json()["id"]
    group = (await client.post(MOS, json={"name": "G", "c8y_IsDeviceGroup": {}})).json()["id"]
    for device in (agent, lone):
        await client.post(f"{MOS}/{group}/childAssets", json={"managedObject": {"id": device}})

    await client.get("/devicecontrol")
    created = await client.post(
        "/devicecontrol/operations",
        json={"deviceId": agent, "c8y_Restart": {}, "description": "Restart"},
        headers={"Accept": OPERATION},
    )
    await client.post(
        "/devicecontrol/operations", json={"deviceId": agent, "x": 1}, headers={"Accept": ""}
    )
    await client.post("/devicecontrol/operations", json={"deviceId": lone, "c8y_Restart": {}})
    await client.post("/devicecontrol/operations", json={"c8y_Restart": {}})
    await client.post(
        "/devicecontrol/operations", content=b"{", headers={"Content-Type": OPERATION}
    )
    operation_id = created.json()["id"]

    await client.get(f"/devicecontrol/operations/{operation_id}")
    await client.get("/devicecontrol/operations/424242")
    await client.put(
        f"/devicecontrol/operations/{operation_id}",
        json={"status": "EXECUTING"},
        headers={"Accept": OPERATION},
    )
    await client.put(
        f"/devicecontrol/operations/{operation_id}",
        json={"status": "FAILED", "failureReason": "no power"},
        headers={"Accept": OPERATION},
    )
    await client.put(f"/devicecontrol/operations/{operation_id}", json={"status": "PENDING"})
    await client.put(f"/devicecontrol/operations/{operation_id}", json={"failureReason": "x"})
    await client.put("/devicecontrol/operations/424242", json={"status": "FAILED"})

    bulk = await client.post(
        "/devicecontrol/bulkoperations",
        json={
            "groupId": group,
            "startDate": "2024-05-01T10:00:00",
            "creationRamp": 0,
            "operationPrototype": {"c8y_Restart": {}, "description": "Restart all"},
        },
        headers={"Accept": BULK},
    )
    bulk_id = bulk.json()["id"]
    later = await client.post(
        "/devicecontrol/bulkoperations",
        json={
            "groupId": group,
            "startDate": "2100-01-01T00:00:00Z",
            "creationRamp": 15.5,
            "operationPrototype": {"c8y_Restart": {}},
        },
        headers={"Accept": BULK},
    )
    await client.post(
        "/devicecontrol/bulkoperations",
        json={"failedParentId": bulk_id, "creationRamp": 1, "operationPrototype": {"x": {}}},
        headers={"Accept": BULK},
    )
    await client.post(
        "/devicecontrol/bulkoperations", json={"creationRamp": 1, "operationPrototype": {}}
    )
    await client.get("/devicecontrol/bulkoperations", params={"withTotalElements": "true"})
    await client.get("/devicecontrol/bulkoperations", params={"pageSize": "0"})
    await client.get(f"/devicecontrol/bulkoperations/{bulk_id}")
    await client.get("/devicecontrol/bulkoperations/424242")
    later_id = later.json()["id"]
    await client.put(
        f"/devicecontrol/bulkoperations/{later_id}",
        json={"creationRamp": 30, "operationPrototype": {"c8y_Restart": {}, "note": "updated"}},
        headers={"Accept": BULK},
    )
    await client.put("/devicecontrol/bulkoperations/424242", json={"creationRamp": 1})
    await client.delete(f"/devicecontrol/bulkoperations/{later_id}")
    await client.put(f"/devicecontrol/bulkoperations/{later_id}", json={"creationRamp": 1})
    await client.delete("/devicecontrol/bulkoperations/424242")

    for params in (
        {},
        {"agentId": agent, "status": "FAILED", "withTotalPages": "true"},
        {"deviceId": agent, "fragmentType": "c8y_Restart", "pageSize": 1},
        {"bulkOperationId": bulk_id, "dateFrom": "2020-01-01", "revert": "true"},
        {"status": "DONE"},
        {"bulkOperationId": "many"},
    ):
        await client.get("/devicecontrol/operations", params=params)
    await client.delete("/devicecontrol/operations", params={"deviceId": lone})
    await client.delete("/devicecontrol/operations", params={"status": "LOST"})
