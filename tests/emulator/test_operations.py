"""Operations: creation under an agent, the status flow, filters, order and delete by filter."""

from __future__ import annotations

import asyncio
import re
from typing import Any

import httpx
import pytest

from tests.emulator.helpers import new_object

OPERATION = "application/vnd.com.nsn.cumulocity.operation+json"
OPERATIONS = "application/vnd.com.nsn.cumulocity.operationcollection+json"
ERROR = "application/vnd.com.nsn.cumulocity.error+json"
ISO_MS = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")
MOS = "/inventory/managedObjects"
OPS = "/devicecontrol/operations"


async def _agent(client: httpx.AsyncClient, name: str = "agent") -> str:
    return await new_object(client, name, c8y_IsDevice={}, com_cumulocity_model_Agent={})


async def _child_device(client: httpx.AsyncClient, parent: str, name: str) -> str:
    child = await new_object(client, name, c8y_IsDevice={})
    linked = await client.post(
        f"{MOS}/{parent}/childDevices", json={"managedObject": {"id": child}}
    )
    assert linked.status_code == 201
    return child


async def _create(client: httpx.AsyncClient, device: str, **fragments: Any) -> dict[str, Any]:
    response = await client.post(OPS, json={"deviceId": device, **fragments})
    assert response.status_code == 201, response.text
    result: dict[str, Any] = response.json()
    return result


async def _ids(client: httpx.AsyncClient, **params: str) -> list[str]:
    response = await client.get(OPS, params={"pageSize": "100", **params})
    assert response.status_code == 200, response.text
    return [o["id"] for o in response.json()["operations"]]


def _assert_error(response: httpx.Response, status: int, *words: str) -> None:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(ERROR)
    body = response.json()
    assert body["error"].startswith("devicecontrol/")
    for word in words:
        assert word in body["message"]


# --- creation ----------------------------------------------------------------------------------


async def test_create_answers_a_pending_operation(any_client: httpx.AsyncClient) -> None:
    agent = await _agent(any_client)
    response = await any_client.post(
        OPS,
        json={
            "deviceId": agent,
            "description": "Restart the device",
            "c8y_Restart": {},
            "status": "SUCCESSFUL",  # read-only on creation: ignored
            "failureReason": "ignored",
            "id": "1",
            "creationTime": "2000-01-01T00:00:00Z",
        },
        headers={"Accept": OPERATION},
    )
    assert response.status_code == 201
    assert response.headers["content-type"].startswith(OPERATION)
    operation = response.json()
    base = str(any_client.base_url).rstrip("/")
    assert operation["self"] == f"{base}{OPS}/{operation['id']}"
    assert response.headers["location"] == operation["self"]
    assert operation["deviceId"] == agent
    assert operation["status"] == "PENDING"
    assert "failureReason" not in operation
    assert operation["id"] != "1"
    assert ISO_MS.match(operation["creationTime"])
    assert operation["creationTime"] != "2000-01-01T00:00:00Z"
    assert operation["c8y_Restart"] == {}
    assert operation["description"] == "Restart the device"
    assert (await any_client.get(f"{OPS}/{operation['id']}")).json() == operation


async def test_devices_below_an_agent_take_operations(client: httpx.AsyncClient) -> None:
    agent = await _agent(client)
    child = await _child_device(client, agent, "child")
    grandchild = await _child_device(client, child, "grandchild")
    for device in (child, grandchild):
        assert (await _create(client, device, c8y_Restart={}))["deviceId"] == device


async def test_device_without_an_agent_is_refused(client: httpx.AsyncClient) -> None:
    lone = await new_object(client, "lone", c8y_IsDevice={})
    # Being a child *asset* of an agent is not enough: the hierarchy is childDevices.
    agent = await _agent(client)
    await client.post(f"{MOS}/{agent}/childAssets", json={"managedObject": {"id": lone}})
    _assert_error(
        await client.post(OPS, json={"deviceId": lone, "c8y_Restart": {}}),
        422,
        lone,
        "com_cumulocity_model_Agent",
    )
    assert await _ids(client) == []


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ({"c8y_Restart": {}}, ["deviceId"]),
        ({"deviceId": ""}, ["deviceId"]),
        ({"deviceId": True}, ["deviceId"]),
        ({"deviceId": "424242"}, ["424242"]),
        ({"deviceId": "not-an-id"}, ["not-an-id"]),
    ],
)
async def test_invalid_operation_is_refused(
    client: httpx.AsyncClient, body: dict[str, Any], words: list[str]
) -> None:
    await _agent(client)
    _assert_error(await client.post(OPS, json=body), 422, *words)
    assert await _ids(client) == []


async def test_unreadable_bodies_are_refused(client: httpx.AsyncClient) -> None:
    _assert_error(
        await client.post(OPS, content=b"{,}", headers={"Content-Type": OPERATION}), 400, "JSON"
    )
    _assert_error(await client.post(OPS, json="restart"), 422, "object")


async def test_numeric_device_id_is_accepted(client: httpx.AsyncClient) -> None:
    agent = await _agent(client)
    response = await client.post(OPS, json={"deviceId": int(agent), "c8y_Restart": {}})
    assert response.status_code == 201
    assert response.json()["deviceId"] == agent


# --- the status flow ---------------------------------------------------------------------------


async def test_status_moves_pending_executing_successful(any_client: httpx.AsyncClient) -> None:
    agent = await _agent(any_client)
    operation = await _create(any_client, agent, c8y_Command={"text": "ls"})
    url = f"{OPS}/{operation['id']}"
    executing = await any_client.put(
        url, json={"status": "EXECUTING"}, headers={"Accept": OPERATION}
    )
    assert executing.status_code == 200
    assert executing.json()["status"] == "EXECUTING"
    done = await any_client.put(
        url,
        json={"status": "SUCCESSFUL", "c8y_Command": {"text": "ls", "result": "a b"}},
        headers={"Accept": OPERATION},
    )
    assert done.json()["status"] == "SUCCESSFUL"
    assert done.json()["c8y_Command"] == {"text": "ls", "result": "a b"}
    assert done.json()["creationTime"] == operation["creationTime"]
    assert (await any_client.get(url)).json() == done.json()


async def test_failure_carries_its_reason(client: httpx.AsyncClient) -> None:
    agent = await _agent(client)
    operation = await _create(client, agent, c8y_Restart={}, c8y_Extra=1)
    failed = await client.put(
        f"{OPS}/{operation['id']}",
        json={"status": "FAILED", "failureReason": "device unreachable", "c8y_Extra": None},
    )
    assert failed.status_code == 200
    body = failed.json()
    assert body["status"] == "FAILED"
    assert body["failureReason"] == "device unreachable"
    assert "c8y_Extra" not in body


@pytest.mark.parametrize(
    ("path", "target"),
    [
        (["EXECUTING"], "PENDING"),
        (["SUCCESSFUL"], "EXECUTING"),
        (["SUCCESSFUL"], "FAILED"),
        (["FAILED"], "PENDING"),
        (["EXECUTING", "FAILED"], "SUCCESSFUL"),
    ],
)
async def test_status_never_moves_back(
    client: httpx.AsyncClient, path: list[str], target: str
) -> None:
    agent = await _agent(client)
    operation = await _create(client, agent, c8y_Restart={})
    url = f"{OPS}/{operation['id']}"
    for status in path:
        assert (await client.put(url, json={"status": status})).status_code == 200
    before = (await client.get(url)).json()
    _assert_error(await client.put(url, json={"status": target, "c8y_X": 1}), 422, target)
    assert (await client.get(url)).json() == before


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ({"failureReason": "x"}, ["status"]),
        ({"status": "DONE"}, ["status", "SUCCESSFUL"]),
        ({"status": None}, ["status"]),
        ({"status": "FAILED", "failureReason": 42}, ["failureReason"]),
        ({"status": "FAILED", "": 1}, ["Fragment"]),
    ],
)
async def test_invalid_update_is_refused(
    client: httpx.AsyncClient, body: dict[str, Any], words: list[str]
) -> None:
    agent = await _agent(client)
    operation = await _create(client, agent, c8y_Restart={})
    _assert_error(await client.put(f"{OPS}/{operation['id']}", json=body), 422, *words)
    assert (await client.get(f"{OPS}/{operation['id']}")).json() == operation


@pytest.mark.parametrize(
    ("field", "other"),
    [
        ("deviceId", "{other}"),
        ("creationTime", "2000-01-01T00:00:00Z"),
        ("id", "1"),
        ("self", "http://emulator.local/devicecontrol/operations/1"),
        ("bulkOperationId", "5"),
    ],
)
async def test_update_changing_a_read_only_member_is_refused(
    client: httpx.AsyncClient, field: str, other: str
) -> None:
    agent = await _agent(client)
    second = await _agent(client, "other")
    operation = await _create(client, agent, c8y_Restart={})
    value = second if other == "{other}" else other
    updated = await client.put(
        f"{OPS}/{operation['id']}", json={"status": "EXECUTING", field: value}
    )
    _assert_error(updated, 422, field)
    assert (await client.get(f"{OPS}/{operation['id']}")).json() == operation


async def test_update_repeating_read_only_members_unchanged_is_accepted(
    any_client: httpx.AsyncClient,
) -> None:
    """Clients send back what they read: unchanged read-only members are taken."""
    agent = await _agent(any_client)
    operation = await _create(any_client, agent, c8y_Restart={})
    listed = (await any_client.get(OPS, params={"deviceId": agent})).json()["operations"][0]
    assert "deviceName" in listed  # a derived member of collection entries, ignored on PUT
    updated = await any_client.put(
        f"{OPS}/{operation['id']}",
        json={**listed, "deviceId": int(agent), "status": "EXECUTING"},
        headers={"Accept": "application/json"},
    )
    assert updated.status_code == 200, updated.text
    assert updated.json()["status"] == "EXECUTING"
    assert updated.json()["deviceId"] == agent
    assert "deviceName" not in updated.json()


async def test_unknown_operation_is_404(client: httpx.AsyncClient) -> None:
    for path in (f"{OPS}/424242", f"{OPS}/abc"):
        _assert_error(await client.get(path), 404, "operation")
        _assert_error(await client.put(path, json={"status": "FAILED"}), 404)


# --- filters, order, delete --------------------------------------------------------------------


async def test_filters_and_ascending_order(client: httpx.AsyncClient) -> None:
    agent = await _agent(client)
    child = await _child_device(client, agent, "child")
    other_agent = await _agent(client, "other")
    a = await _create(client, agent, c8y_Restart={})
    b = await _create(client, child, c8y_Configuration={"config": "x"})
    c = await _create(client, other_agent, c8y_Restart={})
    await client.put(f"{OPS}/{b['id']}", json={"status": "EXECUTING"})
    await client.put(f"{OPS}/{c['id']}", json={"status": "FAILED"})

    assert await _ids(client) == [a["id"], b["id"], c["id"]]
    assert await _ids(client, deviceId=child) == [b["id"]]
    assert await _ids(client, agentId=agent) == [a["id"], b["id"]]
    assert await _ids(client, agentId=child) == []
    assert await _ids(client, status="PENDING") == [a["id"]]
    assert await _ids(client, agentId=agent, status="EXECUTING") == [b["id"]]
    assert await _ids(client, fragmentType="c8y_Restart") == [a["id"], c["id"]]
    assert await _ids(client, deviceId="junk") == []
    assert await _ids(client, dateFrom="2000-01-01", dateTo="2000-01-02") == []
    assert await _ids(client, dateFrom="2000-01-01", revert="true") == [c["id"], b["id"], a["id"]]
    # revert without a date range keeps the oldest first, as documented.
    assert await _ids(client, revert="true") == [a["id"], b["id"], c["id"]]


async def test_creation_time_range(client: httpx.AsyncClient) -> None:
    agent = await _agent(client)
    first = await _create(client, agent, c8y_Restart={})
    await asyncio.sleep(0.005)
    second = await _create(client, agent, c8y_Restart={})
    assert await _ids(client, dateFrom=second["creationTime"]) == [second["id"]]
    assert await _ids(client, dateTo=second["creationTime"]) == [first["id"]]


async def test_collection_entries_carry_device_name_and_external_ids(
    client: httpx.AsyncClient,
) -> None:
    agent = await _agent(client, "Gateway 7")
    await client.post(
        f"/identity/globalIds/{agent}/externalIds",
        json={"type": "c8y_Serial", "externalId": "GW-7"},
    )
    operation = await _create(client, agent, c8y_Restart={})
    plain = (await client.get(OPS)).json()["operations"][0]
    assert plain["deviceName"] == "Gateway 7"
    assert "deviceExternalIDs" not in plain
    single = (await client.get(f"{OPS}/{operation['id']}")).json()
    assert "deviceName" not in single
    by_agent = (await client.get(OPS, params={"agentId": agent})).json()["operations"][0]
    external = by_agent["deviceExternalIDs"]
    assert [(e["type"], e["externalId"]) for e in external["externalIds"]] == [
        ("c8y_Serial", "GW-7")
    ]
    assert external["self"].endswith(f"/identity/globalIds/{agent}/externalIds")


@pytest.mark.parametrize(
    ("params", "words"),
    [
        ({"status": "DONE"}, ["status", "DONE"]),
        ({"bulkOperationId": "x"}, ["bulkOperationId"]),
        ({"dateFrom": "noon"}, ["dateFrom"]),
        ({"revert": "perhaps", "dateFrom": "2020-01-01"}, ["revert"]),
        ({"fragmentType": 'a"b'}, ["fragmentType"]),
        ({"currentPage": "0"}, ["currentPage"]),
    ],
)
async def test_invalid_filters_are_422(
    client: httpx.AsyncClient, params: dict[str, str], words: list[str]
) -> None:
    _assert_error(await client.get(OPS, params=params), 422, *words)


async def test_paging_with_totals(client: httpx.AsyncClient) -> None:
    agent = await _agent(client)
    ids = [(await _create(client, agent, c8y_Restart={}))["id"] for _ in range(7)]
    page = (
        await client.get(
            OPS, params={"pageSize": "3", "currentPage": "3", "withTotalPages": "true"}
        )
    ).json()
    assert [o["id"] for o in page["operations"]] == ids[6:]
    assert page["statistics"] == {"currentPage": 3, "pageSize": 3, "totalPages": 3}
    assert "next" not in page
    assert "currentPage=2" in page["prev"]


async def test_delete_by_filter_removes_only_matches(any_client: httpx.AsyncClient) -> None:
    agent = await _agent(any_client)
    other = await _agent(any_client, "other")
    a = await _create(any_client, agent, c8y_Restart={})
    b = await _create(any_client, agent, c8y_Restart={})
    c = await _create(any_client, other, c8y_Restart={})
    await any_client.put(f"{OPS}/{b['id']}", json={"status": "SUCCESSFUL"})

    gone = await any_client.delete(OPS, params={"deviceId": agent, "status": "SUCCESSFUL"})
    assert gone.status_code == 204
    assert await _ids(any_client) == [a["id"], c["id"]]
    _assert_error(await any_client.delete(OPS, params={"status": "LOST"}), 422, "status")
    assert await _ids(any_client) == [a["id"], c["id"]]
    await any_client.delete(OPS, params={"agentId": other})
    assert await _ids(any_client) == [a["id"]]


async def test_deleting_the_device_deletes_its_operations(client: httpx.AsyncClient) -> None:
    agent = await _agent(client)
    doomed = await _child_device(client, agent, "doomed")
    await _create(client, doomed, c8y_Restart={})
    kept = await _create(client, agent, c8y_Restart={})
    assert (await client.delete(f"{MOS}/{doomed}")).status_code == 204
    assert await _ids(client) == [kept["id"]]


async def test_api_resource_lists_the_collection_templates(client: httpx.AsyncClient) -> None:
    response = await client.get("/devicecontrol")
    assert response.headers["content-type"].startswith(
        "application/vnd.com.nsn.cumulocity.devicecontrolapi+json"
    )
    body = response.json()
    base = str(client.base_url).rstrip("/")
    assert body["operations"]["self"] == f"{base}{OPS}"
    assert (
        body["operationsByAgentIdAndStatus"] == f"{base}{OPS}?agentId={{agentId}}&status={{status}}"
    )


async def test_plain_json_accept_gets_plain_json(client: httpx.AsyncClient) -> None:
    agent = await _agent(client)
    created = await client.post(
        OPS, json={"deviceId": agent, "x": {}}, headers={"Accept": "application/json"}
    )
    assert created.headers["content-type"].startswith("application/json")
    assert (await client.get(OPS)).headers["content-type"].startswith(OPERATIONS)
