"""Bulk operations: targets, creation schedule, status/generalStatus/progress, update, cancel."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from c8y_emulator import EmulatorApp
from c8y_emulator.bulkoperations import create_due_operations
from c8y_emulator.timestamps import format_millis, now_millis, parse_timestamp
from tests.emulator.helpers import new_object

BULK = "application/vnd.com.nsn.cumulocity.bulkoperation+json"
BULKS = "application/vnd.com.nsn.cumulocity.bulkoperationcollection+json"
ERROR = "application/vnd.com.nsn.cumulocity.error+json"
MOS = "/inventory/managedObjects"
OPS = "/devicecontrol/operations"
BULK_PATH = "/devicecontrol/bulkoperations"
START = "2024-05-01T10:00:00.000Z"
FUTURE = "2100-01-01T00:00:00.000Z"


async def _fleet(client: httpx.AsyncClient, devices: int = 3) -> tuple[str, list[str]]:
    """A group with ``devices`` agent devices (as child assets) plus members that are skipped."""
    group = await new_object(client, "fleet", c8y_IsDeviceGroup={}, type="c8y_DeviceGroup")
    ids = []
    for index in range(devices):
        device = await new_object(
            client, f"dev{index}", c8y_IsDevice={}, com_cumulocity_model_Agent={}
        )
        kind = "childAssets" if index % 2 == 0 else "childDevices"
        await client.post(f"{MOS}/{group}/{kind}", json={"managedObject": {"id": device}})
        ids.append(device)
    subgroup = await new_object(client, "sub", c8y_IsDeviceGroup={})
    thing = await new_object(client, "not a device")
    for member in (subgroup, thing):
        await client.post(f"{MOS}/{group}/childAssets", json={"managedObject": {"id": member}})
    return group, ids


def _bulk(group: str, **overrides: Any) -> dict[str, Any]:
    document: dict[str, Any] = {
        "groupId": group,
        "startDate": START,
        "creationRamp": 0,
        "operationPrototype": {"description": "Restart", "c8y_Restart": {}},
    }
    document.update(overrides)
    return document


async def _create(client: httpx.AsyncClient, document: dict[str, Any]) -> dict[str, Any]:
    response = await client.post(BULK_PATH, json=document)
    assert response.status_code == 201, response.text
    result: dict[str, Any] = response.json()
    return result


async def _get(client: httpx.AsyncClient, bulk_id: str) -> dict[str, Any]:
    response = await client.get(f"{BULK_PATH}/{bulk_id}")
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result


async def _children(client: httpx.AsyncClient, bulk_id: str) -> list[dict[str, Any]]:
    response = await client.get(OPS, params={"bulkOperationId": bulk_id, "pageSize": "100"})
    children: list[dict[str, Any]] = response.json()["operations"]
    return children


def _progress(**counts: int) -> dict[str, int]:
    base = {"pending": 0, "failed": 0, "executing": 0, "successful": 0, "all": 0}
    base.update(counts)
    return base


def _assert_error(response: httpx.Response, status: int, *words: str) -> None:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(ERROR)
    for word in words:
        assert word in response.json()["message"]


# --- creation and progress ---------------------------------------------------------------------


async def test_one_operation_per_device_of_the_group(any_client: httpx.AsyncClient) -> None:
    group, devices = await _fleet(any_client)
    response = await any_client.post(
        BULK_PATH, json=_bulk(group, note={"by": "ops"}), headers={"Accept": BULK}
    )
    assert response.status_code == 201
    assert response.headers["content-type"].startswith(BULK)
    bulk = response.json()
    base = str(any_client.base_url).rstrip("/")
    assert bulk["self"] == f"{base}{BULK_PATH}/{bulk['id']}"
    assert response.headers["location"] == bulk["self"]
    assert bulk["groupId"] == group
    assert bulk["startDate"] == START
    assert bulk["creationRamp"] == 0
    assert bulk["operationPrototype"] == {"description": "Restart", "c8y_Restart": {}}
    assert bulk["note"] == {"by": "ops"}
    assert bulk["status"] == "COMPLETED"  # every operation exists
    assert bulk["generalStatus"] == "EXECUTING"
    assert bulk["progress"] == _progress(pending=3, all=3)

    children = await _children(any_client, bulk["id"])
    assert [c["deviceId"] for c in children] == devices  # group members that are devices
    for child in children:
        assert child["status"] == "PENDING"
        assert child["bulkOperationId"] == int(bulk["id"])
        assert child["c8y_Restart"] == {}
        assert child["description"] == "Restart"
    assert await _get(any_client, bulk["id"]) == bulk


async def test_progress_and_general_status_follow_the_children(client: httpx.AsyncClient) -> None:
    group, _ = await _fleet(client)
    bulk = await _create(client, _bulk(group))
    a, b, c = (child["id"] for child in await _children(client, bulk["id"]))

    await client.put(f"{OPS}/{a}", json={"status": "EXECUTING"})
    state = await _get(client, bulk["id"])
    assert state["progress"] == _progress(pending=2, executing=1, all=3)
    assert state["generalStatus"] == "EXECUTING"

    await client.put(f"{OPS}/{b}", json={"status": "FAILED", "failureReason": "offline"})
    state = await _get(client, bulk["id"])
    assert state["progress"] == _progress(pending=1, executing=1, failed=1, all=3)
    assert state["generalStatus"] == "EXECUTING_WITH_ERRORS"

    await client.put(f"{OPS}/{a}", json={"status": "SUCCESSFUL"})
    await client.put(f"{OPS}/{c}", json={"status": "SUCCESSFUL"})
    state = await _get(client, bulk["id"])
    assert state["progress"] == _progress(successful=2, failed=1, all=3)
    assert state["status"] == "COMPLETED"
    assert state["generalStatus"] == "FAILED"


async def test_all_successful_children_make_a_successful_bulk(client: httpx.AsyncClient) -> None:
    group, _ = await _fleet(client, devices=2)
    bulk = await _create(client, _bulk(group))
    for child in await _children(client, bulk["id"]):
        await client.put(f"{OPS}/{child['id']}", json={"status": "SUCCESSFUL"})
    state = await _get(client, bulk["id"])
    assert state["generalStatus"] == "SUCCESSFUL"
    assert state["progress"] == _progress(successful=2, all=2)


async def test_device_outside_an_agent_gets_a_failed_operation(client: httpx.AsyncClient) -> None:
    group, devices = await _fleet(client, devices=1)
    plain = await new_object(client, "plain", c8y_IsDevice={})
    await client.post(f"{MOS}/{group}/childAssets", json={"managedObject": {"id": plain}})
    bulk = await _create(client, _bulk(group))
    children = {c["deviceId"]: c for c in await _children(client, bulk["id"])}
    assert children[devices[0]]["status"] == "PENDING"
    assert children[plain]["status"] == "FAILED"
    assert "agent" in children[plain]["failureReason"]
    assert bulk["progress"] == _progress(pending=1, failed=1, all=2)
    assert bulk["generalStatus"] == "EXECUTING_WITH_ERRORS"


async def test_failed_parent_reschedules_the_failed_devices(client: httpx.AsyncClient) -> None:
    group, devices = await _fleet(client)
    first = await _create(client, _bulk(group))
    children = await _children(client, first["id"])
    await client.put(f"{OPS}/{children[0]['id']}", json={"status": "FAILED"})
    await client.put(f"{OPS}/{children[2]['id']}", json={"status": "FAILED"})
    await client.put(f"{OPS}/{children[1]['id']}", json={"status": "SUCCESSFUL"})

    retry = await _create(
        client,
        {
            "failedParentId": first["id"],
            "creationRamp": 0,
            "operationPrototype": {"c8y_Restart": {}, "attempt": 2},
        },
    )
    assert retry["failedParentId"] == first["id"]
    assert "groupId" not in retry
    again = await _children(client, retry["id"])
    assert [c["deviceId"] for c in again] == [devices[0], devices[2]]
    assert all(c["attempt"] == 2 for c in again)
    assert retry["progress"] == _progress(pending=2, all=2)


async def test_empty_group_completes_at_once(client: httpx.AsyncClient) -> None:
    group = await new_object(client, "empty", c8y_IsDeviceGroup={})
    bulk = await _create(client, _bulk(group))
    assert bulk["status"] == "COMPLETED"
    assert bulk["generalStatus"] == "SUCCESSFUL"
    assert bulk["progress"] == _progress()


# --- the schedule ------------------------------------------------------------------------------


async def test_future_start_waits_in_active_state(client: httpx.AsyncClient) -> None:
    group, _ = await _fleet(client)
    bulk = await _create(client, _bulk(group, startDate=FUTURE))
    assert bulk["status"] == "ACTIVE"
    assert bulk["generalStatus"] == "SCHEDULED"
    assert bulk["progress"] == _progress(all=3)
    assert await _children(client, bulk["id"]) == []


async def test_creation_ramp_spaces_the_operations(
    app: EmulatorApp, client: httpx.AsyncClient
) -> None:
    group, devices = await _fleet(client)
    bulk = await _create(client, _bulk(group, startDate=FUTURE, creationRamp=60))
    # The emulator creates due operations when requests arrive; replay that at chosen instants.
    future_ms = parse_timestamp(FUTURE, "startDate", "test")
    assert create_due_operations(app.storage, future_ms - 1) == 0
    assert create_due_operations(app.storage, future_ms) == 1
    state = await _get(client, bulk["id"])
    assert state["status"] == "IN_PROGRESS"
    assert state["generalStatus"] == "EXECUTING"
    assert state["progress"] == _progress(pending=1, all=3)
    assert create_due_operations(app.storage, future_ms + 59_999) == 0
    assert create_due_operations(app.storage, future_ms + 60_000) == 1
    assert create_due_operations(app.storage, future_ms + 60_000) == 0  # each target once
    assert create_due_operations(app.storage, future_ms + 120_000) == 1
    assert [c["deviceId"] for c in await _children(client, bulk["id"])] == devices
    assert (await _get(client, bulk["id"]))["status"] == "COMPLETED"


async def test_started_bulk_with_a_long_ramp_is_in_progress(client: httpx.AsyncClient) -> None:
    group, devices = await _fleet(client)
    half_an_hour_ago = format_millis(now_millis() - 1_800_000)
    bulk = await _create(client, _bulk(group, startDate=half_an_hour_ago, creationRamp=3600))
    assert bulk["status"] == "IN_PROGRESS"
    assert bulk["progress"] == _progress(pending=1, all=3)
    assert [c["deviceId"] for c in await _children(client, bulk["id"])] == devices[:1]


async def test_update_reschedules_targets_not_created_yet(
    app: EmulatorApp, client: httpx.AsyncClient
) -> None:
    group, devices = await _fleet(client)
    bulk = await _create(client, _bulk(group, startDate=FUTURE, creationRamp=600))
    updated = await client.put(
        f"{BULK_PATH}/{bulk['id']}",
        json={
            "startDate": "2099-01-01T00:00:00Z",
            "creationRamp": 1.5,
            "operationPrototype": {"c8y_Firmware": {"version": "2"}},
            "status": "COMPLETED",  # read-only: ignored
        },
        headers={"Accept": BULK},
    )
    assert updated.status_code == 200
    body = updated.json()
    assert body["startDate"] == "2099-01-01T00:00:00.000Z"
    assert body["creationRamp"] == 1.5
    assert body["operationPrototype"] == {"c8y_Firmware": {"version": "2"}}
    assert body["status"] == "ACTIVE"
    start = parse_timestamp("2099-01-01T00:00:00Z", "startDate", "test")
    assert create_due_operations(app.storage, start + 1500) == 2
    children = await _children(client, bulk["id"])
    assert [c["deviceId"] for c in children] == devices[:2]
    assert children[0]["c8y_Firmware"] == {"version": "2"}
    assert "c8y_Restart" not in children[0]


async def test_retargeting_only_before_the_first_operation(client: httpx.AsyncClient) -> None:
    group, _ = await _fleet(client, devices=2)
    other_group, other_devices = await _fleet(client, devices=1)
    waiting = await _create(client, _bulk(group, startDate=FUTURE))
    moved = await client.put(f"{BULK_PATH}/{waiting['id']}", json={"groupId": other_group})
    assert moved.status_code == 200
    assert moved.json()["groupId"] == other_group
    assert moved.json()["progress"] == _progress(all=1)

    started = await _create(client, _bulk(group))
    _assert_error(
        await client.put(f"{BULK_PATH}/{started['id']}", json={"groupId": other_group}),
        422,
        "groupId",
    )
    assert (await _get(client, started["id"]))["groupId"] == group
    assert other_devices  # the other fleet exists


# --- cancel, list, errors ----------------------------------------------------------------------


async def test_delete_cancels_the_rest(app: EmulatorApp, client: httpx.AsyncClient) -> None:
    group, _ = await _fleet(client)
    bulk = await _create(client, _bulk(group, startDate=FUTURE, creationRamp=60))
    future_ms = parse_timestamp(FUTURE, "startDate", "test")
    assert create_due_operations(app.storage, future_ms) == 1
    assert (await client.delete(f"{BULK_PATH}/{bulk['id']}")).status_code == 204
    assert create_due_operations(app.storage, future_ms + 10**9) == 0
    state = await _get(client, bulk["id"])
    assert state["status"] == "DELETED"
    assert state["generalStatus"] == "CANCELED"
    assert state["progress"] == _progress(pending=1, all=3)
    assert len(await _children(client, bulk["id"])) == 1  # created operations stay
    assert (await client.delete(f"{BULK_PATH}/{bulk['id']}")).status_code == 204
    _assert_error(
        await client.put(f"{BULK_PATH}/{bulk['id']}", json={"creationRamp": 1}), 422, "cancel"
    )


async def test_list_pages_in_id_order(any_client: httpx.AsyncClient) -> None:
    group, _ = await _fleet(any_client, devices=1)
    ids = [(await _create(any_client, _bulk(group)))["id"] for _ in range(3)]
    page = await any_client.get(BULK_PATH, params={"pageSize": "2", "withTotalElements": "true"})
    assert page.headers["content-type"].startswith(BULKS)
    body = page.json()
    assert [b["id"] for b in body["bulkOperations"]] == ids[:2]
    assert body["statistics"] == {"currentPage": 1, "pageSize": 2, "totalElements": 3}
    rest = (await any_client.get(body["next"])).json()
    assert [b["id"] for b in rest["bulkOperations"]] == ids[2:]


async def test_deleting_a_device_drops_it_from_the_targets(client: httpx.AsyncClient) -> None:
    group, devices = await _fleet(client)
    bulk = await _create(client, _bulk(group, startDate=FUTURE))
    await client.delete(f"{MOS}/{devices[1]}")
    assert (await _get(client, bulk["id"]))["progress"] == _progress(all=2)


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"groupId": None}, ["groupId", "failedParentId"]),
        ({"failedParentId": "1"}, ["exactly one"]),
        ({"groupId": "424242"}, ["424242"]),
        ({"groupId": "{device}"}, ["not a device group"]),
        ({"groupId": "{dynamic}"}, ["dynamic"]),
        ({"groupId": None, "failedParentId": "424242"}, ["424242"]),
        ({"groupId": [1]}, ["groupId"]),
        ({"creationRamp": None}, ["creationRamp"]),
        ({"creationRamp": -1}, ["creationRamp"]),
        ({"creationRamp": "15"}, ["creationRamp"]),
        ({"creationRamp": True}, ["creationRamp"]),
        ({"operationPrototype": None}, ["operationPrototype"]),
        ({"operationPrototype": "restart"}, ["operationPrototype"]),
        ({"operationPrototype": {"": {}}}, ["Fragment"]),  # refused before any child is due
        ({"startDate": "someday"}, ["startDate"]),
    ],
)
async def test_invalid_bulk_operation_is_refused(
    client: httpx.AsyncClient, change: dict[str, Any], words: list[str]
) -> None:
    group, devices = await _fleet(client, devices=1)
    dynamic = await new_object(client, "dyn", c8y_IsDynamicGroup={}, c8y_DeviceQueryString="x")
    placeholders = {"{device}": devices[0], "{dynamic}": dynamic}
    document = _bulk(group)
    for key, value in change.items():
        if value is None:
            document.pop(key, None)
        else:
            document[key] = placeholders.get(value, value) if isinstance(value, str) else value
    _assert_error(await client.post(BULK_PATH, json=document), 422, *words)
    assert (await client.get(BULK_PATH)).json()["bulkOperations"] == []
    assert (await client.get(OPS)).json()["operations"] == []


async def test_unknown_bulk_operation_is_404(client: httpx.AsyncClient) -> None:
    for path in (f"{BULK_PATH}/424242", f"{BULK_PATH}/x"):
        _assert_error(await client.get(path), 404, "bulk operation")
        _assert_error(await client.put(path, json={"creationRamp": 1}), 404)
        _assert_error(await client.delete(path), 404)
