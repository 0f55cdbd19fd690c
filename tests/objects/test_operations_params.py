"""Operations and bulk operations without a server: parameters, JSON, and the requests sent."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any, assert_type

import httpx
import orjson
import pytest

from c8y_objects import (
    BulkError,
    BulkOperation,
    BulkOperationProgress,
    BulkOperationStatus,
    ConfigurationError,
    CumulocityClient,
    Device,
    NaiveDatetimeError,
    ObjectStateError,
    Operation,
    OperationStatus,
)
from c8y_objects.errors import UnknownFilterError
from c8y_objects.operations import operation_query_params
from tests.objects.mocks import mock_client, query

T0 = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)


# -- query parameters ------------------------------------------------------------------------


def test_query_params_names_and_values() -> None:
    device = Device(name="d")
    device.id = "7"
    params = operation_query_params(
        agent_id=3,
        device_id=device,
        status=OperationStatus.FAILED,
        bulk_id=11,
        fragment="c8y_Restart",
        after=T0,
        before="2024-03-02T00:00:00Z",
        reverse=True,
    )
    assert params == {
        "agentId": "3",
        "deviceId": "7",
        "status": "FAILED",
        "bulkOperationId": "11",
        "fragmentType": "c8y_Restart",
        "revert": True,
        "dateFrom": "2024-03-01T12:00:00.000Z",
        "dateTo": "2024-03-02T00:00:00Z",
    }
    assert operation_query_params(reverse=True, min_age=timedelta(0))["revert"] is True
    assert operation_query_params(extra_params={"withTotalPages": True}) == {"withTotalPages": True}


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"status": "DONE"}, "status: 'DONE' is not one of PENDING, EXECUTING, SUCCESSFUL, FAILED"),
        ({"reverse": True}, "reverse needs a date filter"),
        ({"before": T0, "date_to": T0}, "before and date_to both set dateTo"),
        ({"min_age": 5}, "min_age must be a non-negative timedelta"),
        ({"device_id": 1, "extra_params": {"deviceId": 2}}, "deviceId given twice"),
        ({"deviceId": 2}, r"unknown filter\(s\) deviceId"),
        ({"bulk_id": ""}, "expected an object or a database ID"),
    ],
)
def test_bad_filters_are_refused(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        operation_query_params(**kwargs)


def test_naive_dates_are_refused() -> None:
    with pytest.raises(NaiveDatetimeError, match="after"):
        operation_query_params(after=datetime(2024, 1, 1))


# -- objects (pure) --------------------------------------------------------------------------


def test_operation_json_and_fields() -> None:
    device = Device(name="d")
    device.id = "7"
    op = Operation(device_id=device, description="Restart", c8y_Restart={})
    assert op.to_json() == {"description": "Restart", "c8y_Restart": {}, "deviceId": "7"}
    assert op.device_id == "7"
    with pytest.raises(ConfigurationError, match="is not one of PENDING"):
        Operation(status="DONE")
    with pytest.raises(ConfigurationError):
        op.status = "finished"
    op.status = Operation.Status.FAILED
    op.failure_reason = "no power"
    assert op.to_diff_json() == {
        "description": "Restart",
        "c8y_Restart": {},
        "deviceId": "7",
        "status": "FAILED",
        "failureReason": "no power",
    }
    stored = Operation.from_json(
        {
            "id": "5",
            "deviceId": 7,
            "bulkOperationId": 9,
            "deviceName": "d",
            "creationTime": "2024-03-01T12:00:00.000Z",
            "delivery": {"log": []},
            "status": "PENDING",
        }
    )
    assert (stored.device_id, stored.bulk_operation_id, stored.device_name) == ("7", "9", "d")
    assert stored.creation_datetime == T0
    assert stored.to_json() == {"deviceId": 7, "status": "PENDING"}
    assert "status='PENDING'" in repr(stored)


def test_bulk_operation_json_progress_and_targets() -> None:
    proto = Operation(device_id="1", status="FAILED", description="Restart", c8y_Restart={})
    bulk = BulkOperation(
        group_id=42,
        start_time=T0,
        creation_ramp=1.5,
        operation_prototype=proto,
    )
    assert bulk.to_json() == {
        "creationRamp": 1.5,
        "groupId": "42",
        "startDate": "2024-03-01T12:00:00.000Z",
        "operationPrototype": {"description": "Restart", "c8y_Restart": {}},
    }
    assert bulk.start_datetime == T0
    assert bulk.progress is None
    with pytest.raises(ConfigurationError, match="group_id or failed_parent_id, not both"):
        BulkOperation(group_id=1, failed_parent_id=2)
    with pytest.raises(NaiveDatetimeError, match="startDate"):
        BulkOperation(group_id=1, start_time=datetime(2024, 1, 1))
    with pytest.raises(ConfigurationError, match="expected an Operation or a JSON mapping"):
        BulkOperation(group_id=1, operation_prototype=["c8y_Restart"])  # type: ignore[arg-type]

    stored = BulkOperation.from_json(
        {
            "id": "3",
            "groupId": 42,
            "status": "IN_PROGRESS",
            "generalStatus": "EXECUTING",
            "progress": {"pending": 1, "executing": 2, "successful": 3, "failed": 4, "all": 10},
            "operationPrototype": {"c8y_Restart": {}},
        }
    )
    assert stored.progress == BulkOperationProgress(
        pending=1, failed=4, executing=2, successful=3, all=10
    )
    assert stored.progress is not None
    assert stored.progress.all == 10
    assert stored.status == BulkOperationStatus.IN_PROGRESS
    assert stored.general_status == BulkOperation.GeneralStatus.EXECUTING
    assert stored.group_id == "42"
    assert stored.to_json() == {"groupId": 42, "operationPrototype": {"c8y_Restart": {}}}
    prototype = stored.operation_prototype
    assert prototype is not None
    prototype["c8y_Restart"]["delay"] = 5  # in place: tracked like any fragment
    assert stored.to_diff_json() == {"operationPrototype": {"c8y_Restart": {"delay": 5}}}


def test_progress_tolerates_missing_and_odd_counters() -> None:
    progress = BulkOperationProgress.from_json({"all": 2, "failed": True, "pending": "1"})
    assert progress == BulkOperationProgress(all=2)
    with pytest.raises(AttributeError):
        progress.all = 3  # type: ignore[misc]


# -- requests on the wire (a mock transport) -------------------------------------------------


class Wire:
    """A mock platform that records requests and answers with canned JSON."""

    def __init__(self) -> None:
        self.sent: list[httpx.Request] = []
        self.fail_device: str | None = None
        self.in_flight = 0
        self.max_in_flight = 0

    async def handle(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            await asyncio.sleep(0.01)
            body = orjson.loads(request.content) if request.content else None
            if request.method == "POST" and body is not None:
                if body.get("deviceId") == self.fail_device:
                    return httpx.Response(422, json={"error": "x/y", "message": "no device"})
                return httpx.Response(201, json={**body, "id": "1", "status": "PENDING"})
            if request.method == "GET":
                key = request.url.path.rsplit("/", 1)[-1]
                name = "bulkOperations" if key == "bulkoperations" else "operations"
                return httpx.Response(200, json={name: [], "statistics": {"totalElements": 2}})
            if request.method == "PUT" and body is not None:
                return httpx.Response(200, json={**body, "id": request.url.path.rsplit("/")[-1]})
            return httpx.Response(204)
        finally:
            self.in_flight -= 1

    def bodies(self, method: str = "POST") -> list[Any]:
        return [orjson.loads(r.content) for r in self.sent if r.method == method]


@pytest.fixture
async def wire() -> AsyncIterator[tuple[CumulocityClient, Wire]]:
    mock = Wire()
    async with mock_client(mock.handle) as client:
        yield client, mock


async def test_send_to_posts_one_copy_per_device_in_parallel(
    wire: tuple[CumulocityClient, Wire],
) -> None:
    c8y, mock = wire
    devices: list[Device | str] = [Device(name=f"d{i}") for i in range(5)]
    for i, device in enumerate(devices):
        assert isinstance(device, Device)
        device.id = str(100 + i)
    devices.append("200")
    op = Operation(
        c8y, device_id="1", status="FAILED", failureReason="old", description="Go", c8y_Go={}
    )
    await op.send_to(*devices, workers=3)
    bodies = mock.bodies()
    assert sorted(b["deviceId"] for b in bodies) == ["100", "101", "102", "103", "104", "200"]
    assert all(b == {"description": "Go", "c8y_Go": {}, "deviceId": b["deviceId"]} for b in bodies)
    assert {r.url.path for r in mock.sent} == {"/devicecontrol/operations"}
    assert 1 < mock.max_in_flight <= 3
    assert op.device_id == "1"  # the model is not changed


async def test_send_to_checks_devices_first_and_names_a_failed_one(
    wire: tuple[CumulocityClient, Wire],
) -> None:
    c8y, mock = wire
    op = Operation(c8y, c8y_Go={})
    with pytest.raises(ObjectStateError, match="no database ID"):
        await op.send_to("1", Device(name="unsaved"))
    assert mock.sent == []
    mock.fail_device = "2"
    with pytest.raises(BulkError) as info:
        await op.send_to("1", "2", "3")
    assert info.value.item == "2"
    assert [b["deviceId"] for b in mock.bodies()] == ["1", "2"]  # sequential: stops at "2"
    with pytest.raises(ObjectStateError, match="no connection"):
        await Operation(c8y_Go={}).send_to("1")


async def test_create_sends_no_status_and_update_always_sends_one(
    wire: tuple[CumulocityClient, Wire],
) -> None:
    c8y, mock = wire
    draft = Operation(c8y, device_id="5", status="SUCCESSFUL", failureReason="x", c8y_Go={})
    created = await draft.create()
    assert mock.bodies()[-1] == {"c8y_Go": {}, "deviceId": "5"}
    assert created.status == "PENDING"
    await c8y.operations.create(draft, Operation(c8y, device_id="6", status="FAILED"))
    assert mock.bodies()[-2:] == [{"c8y_Go": {}, "deviceId": "5"}, {"deviceId": "6"}]
    sent = len(mock.sent)
    with pytest.raises(ObjectStateError, match="has no device"):
        await Operation(c8y, c8y_Go={}).create()
    with pytest.raises(ObjectStateError, match="has no device"):
        await c8y.operations.create(draft, Operation(c8y, c8y_Go={}))
    assert len(mock.sent) == sent

    stored = Operation.from_json({"id": "9", "deviceId": "5", "status": "FAILED"}, c8y)
    stored.failure_reason = "power cut"
    await stored.update()
    assert mock.bodies("PUT")[-1] == {"failureReason": "power cut", "status": "FAILED"}
    stored.status = OperationStatus.EXECUTING
    await c8y.operations.update(stored)
    assert mock.bodies("PUT")[-1] == {"status": "EXECUTING"}
    stored.device_id = "6"
    sent = len(mock.sent)
    with pytest.raises(ObjectStateError, match="device cannot change"):
        await stored.update()
    with pytest.raises(ObjectStateError, match="device cannot change"):
        await c8y.operations.update(stored)
    assert len(mock.sent) == sent


async def test_queries_and_delete_by_send_the_platform_parameters(
    wire: tuple[CumulocityClient, Wire],
) -> None:
    c8y, mock = wire
    count = await c8y.operations.get_count(device_id=5, status="PENDING", fragment="c8y_Go")
    assert count == 2
    assert query(mock.sent[-1]) == {
        "deviceId": ["5"],
        "status": ["PENDING"],
        "fragmentType": ["c8y_Go"],
        "pageSize": ["1"],
        "withTotalElements": ["true"],
    }
    await c8y.operations.get_all(bulk_id=9, after=T0, reverse=True, limit=None)
    assert query(mock.sent[-1]) == {
        "bulkOperationId": ["9"],
        "dateFrom": ["2024-03-01T12:00:00.000Z"],
        "revert": ["true"],
        "pageSize": ["2000"],
        "currentPage": ["1"],
    }
    assert await c8y.bulk_operations.get_all() == []
    assert mock.sent[-1].url.path == "/devicecontrol/bulkoperations"
    assert await c8y.bulk_operations.get_count() == 2

    await c8y.operations.delete_by(device_id=5, status=OperationStatus.SUCCESSFUL, before=T0)
    delete = mock.sent[-1]
    assert (delete.method, delete.url.path) == ("DELETE", "/devicecontrol/operations")
    assert query(delete) == {
        "deviceId": ["5"],
        "status": ["SUCCESSFUL"],
        "dateTo": ["2024-03-01T12:00:00.000Z"],
    }

    sent = len(mock.sent)
    with pytest.raises(ConfigurationError, match="at least one filter"):
        await c8y.operations.delete_by()
    # The endpoint applies no bulk operation or fragment filter: refused, not ignored.
    with pytest.raises(UnknownFilterError, match=r"unknown filter\(s\) bulk_id"):
        await c8y.operations.delete_by(device_id=5, bulk_id=9)  # type: ignore[call-arg]
    with pytest.raises(UnknownFilterError, match=r"unknown filter\(s\) fragment"):
        await c8y.operations.delete_by(device_id=5, fragment="c8y_Go")  # type: ignore[call-arg]
    assert len(mock.sent) == sent


async def test_bulk_operation_create_needs_one_target(
    wire: tuple[CumulocityClient, Wire],
) -> None:
    c8y, mock = wire
    with pytest.raises(ConfigurationError, match="exactly one of group_id and failed_parent_id"):
        await BulkOperation(c8y, creation_ramp=1).create()
    both = BulkOperation(c8y, group_id=1)
    both.failed_parent_id = "2"
    with pytest.raises(ConfigurationError, match="exactly one"):
        await both.create()
    with pytest.raises(ConfigurationError, match="exactly one"):
        await c8y.bulk_operations.create(BulkOperation(c8y, group_id=1), both)
    assert mock.sent == []


async def typed_usage(c8y: CumulocityClient) -> None:
    """Type-checked only (never run): the types a user gets from the device control APIs."""
    op = await Operation(c8y, device_id="1", c8y_Restart={}).create()
    assert_type(op, Operation)
    assert_type(await op.update(), Operation)
    assert_type(await op.reload(copy=True), Operation)
    assert_type(op.bulk_operation_id, str | None)
    assert_type(await c8y.operations.get_all(device_id="1"), list[Operation])
    assert_type(await c8y.operations.get_count(status="PENDING"), int)
    bulk = await BulkOperation(c8y, group_id="2", operation_prototype=op).create()
    assert_type(bulk, BulkOperation)
    assert_type(await bulk.reload(), BulkOperation)
    assert_type(bulk.progress, BulkOperationProgress | None)
    assert_type(bulk.start_datetime, datetime | None)
    assert_type(await c8y.bulk_operations.get_all(), list[BulkOperation])
    async for one in c8y.bulk_operations.select(limit=None):
        assert_type(one, BulkOperation)
