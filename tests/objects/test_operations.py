"""Operations, bulk operations and their APIs against the emulator.

Every test runs twice: in-process (`httpx.ASGITransport`) and over a loopback socket (uvicorn).
The loopback emulator is shared by the tests of this module, so each test works on devices and
groups of its own.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from c8y_objects import (
    BulkError,
    BulkOperation,
    BulkOperationStatus,
    CumulocityClient,
    Device,
    DeviceGroup,
    JsonPathMatcher,
    NotFoundError,
    Operation,
    OperationStatus,
    UnprocessableEntityError,
)
from tests.objects.emulated import unique


async def new_device(c8y: CumulocityClient, name: str = "dev") -> Device:
    """A device that is its own agent (operations need an agent in the device's hierarchy)."""
    return await Device(
        c8y, name=unique(name), type="c8y_TestDevice", com_cumulocity_model_Agent={}
    ).create()


async def eventually(check: Callable[[], Awaitable[bool]], seconds: float = 5.0) -> None:
    """Wait until `check()` is true (the platform may work in the background), bounded."""
    deadline = asyncio.get_running_loop().time() + seconds
    while not await check():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"condition not met within {seconds} s")
        await asyncio.sleep(0.05)


# -- operations ------------------------------------------------------------------------------


async def test_operation_status_flow(api: CumulocityClient) -> None:
    device = await new_device(api)
    new = Operation(api, device_id=device, description="Restart", c8y_Restart={})
    op = await new.create()
    assert op is not new
    assert new.id is None
    assert op.id is not None
    assert (op.device_id, op.status, op.description) == (device.id, "PENDING", "Restart")
    assert op["c8y_Restart"] == {}
    assert op.creation_datetime is not None
    assert op.creation_datetime.tzinfo is not None

    op.status = OperationStatus.EXECUTING
    same = await op.update()
    assert same is op
    assert not op.is_modified
    op.status = Operation.Status.FAILED
    op.failure_reason = "device busy"
    await op.update()
    stored = await api.operations.get(op.id)
    assert (stored.status, stored.failure_reason) == ("FAILED", "device busy")

    stored.status = OperationStatus.EXECUTING  # the emulator lets a status only move forward
    with pytest.raises(UnprocessableEntityError):
        await stored.update()
    assert stored.is_modified  # left as it was
    lonely = await Device(api, name=unique("no_agent")).create()
    with pytest.raises(UnprocessableEntityError):
        await Operation(api, device_id=lonely, c8y_Restart={}).create()


async def test_agent_filter_finds_the_operations_of_child_devices(api: CumulocityClient) -> None:
    agent = await new_device(api, "agent")
    child = await Device(api, name=unique("child")).create()
    await agent.assign_child_device(child)
    op = await Operation(api, device_id=child, c8y_Restart={}).create()
    found = await api.operations.get_all(agent_id=agent, limit=None)
    assert [o.id for o in found] == [op.id]
    assert found[0].device_id == child.id
    assert await api.operations.get_count(agent_id=agent.id) == 1


async def test_operation_update_copy_and_reload(api: CumulocityClient) -> None:
    device = await new_device(api)
    op = await Operation(api, device_id=device, c8y_Go={}).create()
    op.status = OperationStatus.EXECUTING
    copy = await op.update(copy=True)
    assert copy is not op
    assert copy.status == "EXECUTING"
    assert op.is_modified
    fresh = await op.reload(copy=True)
    assert fresh.status == "EXECUTING"
    await op.reload()
    assert (op.status, op.is_modified) == ("EXECUTING", False)
    with pytest.raises(NotFoundError):
        await api.operations.get("999999")


async def test_send_to_creates_one_pending_copy_per_device(api: CumulocityClient) -> None:
    devices = [await new_device(api) for _ in range(4)]
    model = Operation(api, description="Update firmware", c8y_Firmware={"version": "2.0"})
    await model.send_to(*devices[:3], devices[3].id or "", workers=2)
    for device in devices:
        ops = await api.operations.get_all(device_id=device, limit=None)
        assert len(ops) == 1
        assert ops[0].status == "PENDING"
        assert ops[0]["c8y_Firmware"] == {"version": "2.0"}
        assert ops[0].description == "Update firmware"

    with pytest.raises(BulkError) as info:
        await model.send_to(devices[0], "999999")
    assert info.value.item == "999999"


async def test_select_filters_and_counts(api: CumulocityClient) -> None:
    device = await new_device(api)
    start = datetime.now(UTC) - timedelta(seconds=1)
    first = await Operation(api, device_id=device, c8y_Restart={}).create()
    second = await Operation(api, device_id=device, c8y_Command={"text": "ls"}).create()
    third = await Operation(api, device_id=device, c8y_Restart={}).create()
    second.status = OperationStatus.SUCCESSFUL
    await second.update()

    async def ids(**filters: Any) -> list[str | None]:
        return [
            op.id async for op in api.operations.select(device_id=device, limit=None, **filters)
        ]

    assert await ids() == [first.id, second.id, third.id]  # oldest first
    assert await ids(status="PENDING") == [first.id, third.id]
    assert await ids(fragment="c8y_Command") == [second.id]
    assert await ids(after=start, reverse=True) == [third.id, second.id, first.id]
    assert await ids(before=start) == []
    assert await ids(max_age=timedelta(minutes=10)) == [first.id, second.id, third.id]
    assert await api.operations.get_count(device_id=device, status="PENDING") == 2
    assert await api.operations.get_all(device_id=device, as_values="status", limit=2) == [
        "PENDING",
        "SUCCESSFUL",
    ]


async def test_bulk_create_update_and_delete_by(api: CumulocityClient) -> None:
    device = await new_device(api)
    other = await new_device(api)
    await api.operations.create(
        *(Operation(api, device_id=device, c8y_Step={"n": i}) for i in range(3)), workers=2
    )
    keep = await Operation(api, device_id=other, c8y_Step={"n": 9}).create()
    ops = await api.operations.get_all(device_id=device, limit=None)
    assert sorted(op["c8y_Step.n"] for op in ops) == [0, 1, 2]
    for op in ops[:2]:
        op.status = OperationStatus.SUCCESSFUL
    await api.operations.update(*ops[:2])
    assert await api.operations.get_count(device_id=device, status="SUCCESSFUL") == 2

    await api.operations.delete_by(device_id=device, status=OperationStatus.SUCCESSFUL)
    assert [op.id for op in await api.operations.get_all(device_id=device)] == [ops[2].id]
    await api.operations.delete_by(device_id=device)
    assert await api.operations.get_count(device_id=device) == 0
    assert (await keep.reload()).status == "PENDING"


# -- bulk operations -------------------------------------------------------------------------


async def group_of(c8y: CumulocityClient, size: int) -> tuple[DeviceGroup, list[Device]]:
    group = await DeviceGroup(c8y, root=True, name=unique("fleet")).create()
    devices = [await new_device(c8y) for _ in range(size)]
    for device in devices:
        await group.assign_child_asset(device)
    return group, devices


async def test_bulk_operation_runs_the_prototype_on_the_group(api: CumulocityClient) -> None:
    group, devices = await group_of(api, 3)
    prototype = Operation(description="Restart all", c8y_Restart={})
    new = BulkOperation(
        api,
        group_id=group,
        start_time=datetime.now(UTC),
        creation_ramp=0,
        operation_prototype=prototype,
    )
    bulk = await new.create()
    assert bulk is not new
    assert bulk.id is not None
    assert bulk.group_id == group.id
    assert bulk.operation_prototype == {"description": "Restart all", "c8y_Restart": {}}

    async def all_created() -> bool:
        progress = (await bulk.reload()).progress
        return progress is not None and progress.all == 3

    await eventually(all_created)
    children = await api.operations.get_all(bulk_id=bulk, limit=None)
    assert sorted(str(op.device_id) for op in children) == sorted(str(d.id) for d in devices)
    assert all(op.bulk_operation_id == bulk.id for op in children)
    assert all(op["c8y_Restart"] == {} for op in children)

    children[0].status = OperationStatus.SUCCESSFUL
    children[1].status = OperationStatus.FAILED
    children[1].failure_reason = "offline"
    await api.operations.update(children[0], children[1])
    await bulk.reload()
    progress = bulk.progress
    assert progress is not None
    assert (progress.successful, progress.failed, progress.pending, progress.all) == (1, 1, 1, 3)
    assert bulk.status == BulkOperationStatus.COMPLETED  # every operation exists
    assert bulk.general_status == BulkOperation.GeneralStatus.EXECUTING_WITH_ERRORS

    # Re-run the failures: one new operation, for the device that failed.
    rerun = await BulkOperation(
        api,
        failed_parent_id=bulk,
        start_time=datetime.now(UTC),
        creation_ramp=0,
        operation_prototype=prototype,
    ).create()

    async def rerun_created() -> bool:
        progress = (await rerun.reload()).progress
        return progress is not None and progress.all == 1

    await eventually(rerun_created)
    again = await api.operations.get_all(bulk_id=rerun, limit=None)
    assert [op.device_id for op in again] == [children[1].device_id]


async def test_bulk_operations_api(api: CumulocityClient) -> None:
    group, _ = await group_of(api, 1)
    proto = {"description": "Ping", "c8y_Ping": {}}
    before = await api.bulk_operations.get_count()
    await api.bulk_operations.create(
        BulkOperation(
            api,
            group_id=group,
            start_time=datetime.now(UTC) + timedelta(hours=1),
            creation_ramp=5,
            operation_prototype=proto,
        ),
        BulkOperation(
            api,
            group_id=group,
            start_time=datetime.now(UTC) + timedelta(hours=2),
            creation_ramp=5,
            operation_prototype=proto,
        ),
    )
    assert await api.bulk_operations.get_count() == before + 2
    mine = await api.bulk_operations.get_all(
        limit=None, include=JsonPathMatcher(f"$[?(@.groupId == '{group.id}')]")
    )
    assert len(mine) == 2

    first, second = mine
    first.creation_ramp = 10
    await first.update()
    assert (await api.bulk_operations.get(first.id or "")).creation_ramp == 10
    second.creation_ramp = 20
    await api.bulk_operations.update(second)
    assert (await second.reload(copy=True)).creation_ramp == 20

    await first.delete()
    await api.bulk_operations.delete(second.id or "")
    for bulk in (first, second):
        await bulk.reload()  # a cancelled bulk operation stays readable
        assert (bulk.status, bulk.general_status) == ("DELETED", "CANCELED")
    with pytest.raises(NotFoundError):
        await api.bulk_operations.get("999999")
