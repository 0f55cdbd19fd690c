"""Query parameters of alarm queries and bulk calls (pure, and the requests they become)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any, assert_type

import httpx
import pytest

from c8y_objects import (
    Alarm,
    AlarmSeverity,
    AlarmStatus,
    ConfigurationError,
    CumulocityClient,
    Device,
    NaiveDatetimeError,
    UnknownFilterError,
)
from c8y_objects.alarms import alarm_query_params
from tests.objects.mocks import mock_client, query

T0 = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)


def test_names_values_and_lists() -> None:
    device = Device(name="d")
    device.id = "7"
    params = alarm_query_params(
        type=["c8y_A", "c8y_B"],
        source=device,
        status=[AlarmStatus.ACTIVE, "ACKNOWLEDGED"],
        severity=AlarmSeverity.MAJOR,
        with_source_assets=True,
        with_source_devices=False,
    )
    assert params == {
        "type": ["c8y_A", "c8y_B"],
        "source": "7",
        "status": ["ACTIVE", "ACKNOWLEDGED"],
        "severity": "MAJOR",
        "withSourceAssets": True,
        "withSourceDevices": False,
    }
    assert type(params["severity"]) is str


def test_dates_map_to_the_three_ranges() -> None:
    params = alarm_query_params(
        after=T0,
        before="2024-03-02T00:00:00Z",
        created_from=T0,
        created_to=T0 + timedelta(hours=1),
        updated_after=T0,
        last_updated_to=T0 + timedelta(days=1),
    )
    assert params == {
        "dateFrom": "2024-03-01T12:00:00.000Z",
        "dateTo": "2024-03-02T00:00:00Z",
        "createdFrom": "2024-03-01T12:00:00.000Z",
        "createdTo": "2024-03-01T13:00:00.000Z",
        "lastUpdatedFrom": "2024-03-01T12:00:00.000Z",
        "lastUpdatedTo": "2024-03-02T12:00:00.000Z",
    }


def test_ages_become_a_date_range() -> None:
    params = alarm_query_params(max_age=timedelta(hours=1), min_age=timedelta(minutes=1))
    start = datetime.fromisoformat(params["dateFrom"])
    end = datetime.fromisoformat(params["dateTo"])
    # Exactly: both ages count back from one reference time (they used to take "now" twice).
    assert end - start == timedelta(minutes=59)
    assert abs(datetime.now(UTC) - timedelta(minutes=1) - end) < timedelta(seconds=5)


def test_raw_parameters_pass_through() -> None:
    params = alarm_query_params(
        source=1, with_source_children=True, extra_params={"fragmentType": "c8y_X"}
    )
    assert params == {"source": "1", "withSourceChildren": True, "fragmentType": "c8y_X"}


def test_a_misspelt_filter_is_refused_naming_it() -> None:
    with pytest.raises(UnknownFilterError, match="unknown filter\\(s\\) sevrity; it takes"):
        alarm_query_params(sevrity="MAJOR")  # type: ignore[call-arg]
    with pytest.raises(UnknownFilterError, match="fragmentType"):
        alarm_query_params(fragmentType="c8y_X")  # type: ignore[call-arg]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"status": "OPEN"}, "status: 'OPEN' is not one of ACTIVE, ACKNOWLEDGED, CLEARED"),
        ({"status": ["ACTIVE", "cleared"]}, "status: 'cleared' is not one of"),
        ({"status": []}, "status: the list of values is empty"),
        ({"severity": "HIGH"}, "severity: 'HIGH' is not one of CRITICAL, MAJOR, MINOR, WARNING"),
        ({"type": []}, "type: expected a type or a non-empty list"),
        ({"status": "ACTIVE", "resolved": False}, "pass status or resolved, not both"),
        ({"with_source_devices": True}, "withSourceDevices needs a source filter"),
        ({"with_source_children": True}, "withSourceChildren needs a source filter"),
        ({"after": T0, "max_age": timedelta(1)}, "after and max_age both set dateFrom"),
        ({"created_after": T0, "created_before": T0 - timedelta(1)}, "empty time range"),
        (
            {"source": 1, "extra_params": {"dateFrom": "2024-01-01T00:00:00Z"}, "after": T0},
            "dateFrom given twice",
        ),
        ({"source": object()}, "expected an object or a database ID"),
    ],
)
def test_bad_filters_are_refused_with_a_clear_message(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        alarm_query_params(**kwargs)


def test_naive_dates_are_refused_naming_the_filter() -> None:
    with pytest.raises(NaiveDatetimeError, match="updated_before"):
        alarm_query_params(updated_before=datetime(2024, 1, 1))


# -- the requests on the wire (a mock transport) ----------------------------------------------


@pytest.fixture
async def wire() -> Any:
    sent: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        if request.method == "GET":
            return httpx.Response(200, json={"alarms": [], "statistics": {"totalElements": 4}})
        return httpx.Response(200 if request.method == "PUT" else 204)

    async with mock_client(handle) as client:
        yield client, sent


async def test_requests_carry_the_platform_parameters(wire: Any) -> None:
    c8y, sent = wire
    assert await c8y.alarms.get_count(source=5, status=["ACTIVE", "CLEARED"], type="a b") == 4
    assert query(sent[-1]) == {
        "source": ["5"],
        "status": ["ACTIVE,CLEARED"],
        "type": ["a b"],
        "pageSize": ["1"],
        "withTotalElements": ["true"],
    }
    with pytest.raises(ConfigurationError, match=r"an expression and the filter\(s\) type"):
        await c8y.alarms.get_all(expression="source=5&status=ACTIVE", type="dropped", limit=3)
    await c8y.alarms.get_all(expression="source=5&status=ACTIVE", limit=3)
    assert query(sent[-1]) == {
        "source": ["5"],
        "status": ["ACTIVE"],
        "pageSize": ["3"],
        "currentPage": ["1"],
    }

    await c8y.alarms.apply_by(AlarmStatus.CLEARED, source=5, created_before=T0)
    put = sent[-1]
    assert (put.method, put.url.path) == ("PUT", "/alarm/alarms")
    assert put.content == b'{"status":"CLEARED"}'
    assert query(put) == {"source": ["5"], "createdTo": ["2024-03-01T12:00:00.000Z"]}

    await c8y.alarms.delete_by(source=5, type="c8y_X", resolved=True)
    delete = sent[-1]
    assert (delete.method, delete.url.path) == ("DELETE", "/alarm/alarms")
    assert query(delete) == {"source": ["5"], "type": ["c8y_X"], "resolved": ["true"]}


async def typed_usage(c8y: CumulocityClient) -> None:
    """Type-checked only (never run): the types a user gets from the alarm API."""
    alarm = await Alarm(c8y, type="t", source="1", severity=Alarm.Severity.MAJOR).create()
    assert_type(alarm, Alarm)
    assert_type(await alarm.update(copy=True), Alarm)
    assert_type(await alarm.reload(), Alarm)
    assert_type(await alarm.apply_to("2"), Alarm)
    assert_type(alarm.count, int | None)
    assert_type(alarm.status, AlarmStatus | None)
    assert_type(alarm.datetime, datetime | None)
    assert_type(await c8y.alarms.get("1"), Alarm)
    async for one in c8y.alarms.select(status=AlarmStatus.ACTIVE, limit=None):
        assert_type(one, Alarm)
    assert_type(await c8y.alarms.get_all(source="1"), list[Alarm])
    assert_type(await c8y.alarms.get_all(as_values="type"), list[Any])
    assert_type(await c8y.alarms.get_all(as_values=["type", "text"]), list[tuple[Any, ...]])
    assert_type(await c8y.alarms.get_count(resolved=True), int)
