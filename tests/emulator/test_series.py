"""The measurement series endpoint: shape, gaps, order, the value cap, aggregation, bad input."""

from __future__ import annotations

import json
import math
import statistics
from collections import defaultdict
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest
from openapi_schema_validator import OAS30Validator

from c8y_emulator.measurements import MAX_SERIES_VALUES, _TimeKeys
from c8y_emulator.timestamps import format_millis

SERIES = "/measurement/measurements/series"
MEASUREMENTS = "/measurement/measurements"
COLLECTION = "application/vnd.com.nsn.cumulocity.measurementcollection+json"
SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi" / "c8y-core.json"
T0 = 1_714_521_600_000  # 2024-05-01T00:00:00Z
MINUTE, HOUR, DAY = 60_000, 3_600_000, 86_400_000
WHOLE_RANGE = {"dateFrom": "2024-01-01", "dateTo": "2025-01-01"}


async def _device(client: httpx.AsyncClient) -> str:
    return str((await client.post("/inventory/managedObjects", json={"name": "d"})).json()["id"])


def _measurement(source: str, millis: int, **series: float) -> dict[str, Any]:
    """One measurement with series of fragment c8y_Climate (temperature in C, others bare)."""
    fragment: dict[str, Any] = {}
    for name, value in series.items():
        fragment[name] = (
            {"value": value, "unit": "C"} if name == "temperature" else {"value": value}
        )
    return {
        "source": {"id": source},
        "time": format_millis(millis),
        "type": "climate",
        "c8y_Climate": fragment,
    }


async def _store(client: httpx.AsyncClient, items: list[dict[str, Any]]) -> None:
    for start in range(0, len(items), 5000):
        response = await client.post(
            MEASUREMENTS,
            content=orjson.dumps({"measurements": items[start : start + 5000]}),
            headers={"Content-Type": COLLECTION, "Accept": ""},
        )
        assert response.status_code == 201, response.text


async def _series(client: httpx.AsyncClient, source: str, **params: Any) -> dict[str, Any]:
    response = await client.get(SERIES, params={"source": source, **WHOLE_RANGE, **params})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/json")
    document: dict[str, Any] = response.json()
    return document


def _resolved_schema(name: str) -> dict[str, Any]:
    schemas = json.loads(SPEC_PATH.read_text())["components"]["schemas"]

    def resolve(node: Any) -> Any:
        if isinstance(node, dict):
            if "$ref" in node:
                return resolve(schemas[node["$ref"].rsplit("/", 1)[-1]])
            return {key: resolve(value) for key, value in node.items()}
        if isinstance(node, list):
            return [resolve(item) for item in node]
        return node

    resolved: dict[str, Any] = resolve(schemas[name])
    return resolved


# --- shape and gaps ------------------------------------------------------------------------


async def test_values_are_keyed_by_time_with_one_entry_per_series(
    any_client: httpx.AsyncClient,
) -> None:
    source = await _device(any_client)
    await _store(
        any_client,
        [
            _measurement(source, T0, temperature=20.5, humidity=40),
            _measurement(source, T0 + MINUTE, temperature=21),
            _measurement(source, T0 + 2 * MINUTE, humidity=42),
        ],
    )
    document = await _series(any_client, source)
    assert document == {
        "values": {
            "2024-05-01T00:00:00.000Z": [{"min": 40, "max": 40}, {"min": 20.5, "max": 20.5}],
            "2024-05-01T00:01:00.000Z": [None, {"min": 21, "max": 21}],
            "2024-05-01T00:02:00.000Z": [{"min": 42, "max": 42}, None],
        },
        "series": [
            {"unit": "", "name": "humidity", "type": "c8y_Climate"},
            {"unit": "C", "name": "temperature", "type": "c8y_Climate"},
        ],
        "truncated": False,
    }


async def test_gaps_are_null_which_the_upstream_schema_does_not_allow(
    client: httpx.AsyncClient,
) -> None:
    """The platform answers ``null`` for a gap; ``MeasurementSeriesValue`` is not nullable."""
    source = await _device(client)
    await _store(
        client,
        [
            _measurement(source, T0, temperature=1, humidity=2),
            _measurement(source, T0 + MINUTE, temperature=3),
        ],
    )
    validator = OAS30Validator(_resolved_schema("MeasurementSeries"))
    full = await _series(client, source, dateTo=format_millis(T0 + 1))
    assert list(validator.iter_errors(full)) == []
    gapped = await _series(client, source)
    errors = list(validator.iter_errors(gapped))
    assert errors
    assert {tuple(error.absolute_path) for error in errors} == {
        ("values", "2024-05-01T00:01:00.000Z", 0)
    }
    assert gapped["values"]["2024-05-01T00:01:00.000Z"][0] is None


async def test_requested_series_come_in_the_order_asked(client: httpx.AsyncClient) -> None:
    source = await _device(client)
    await _store(
        client,
        [
            _measurement(source, T0, temperature=20, humidity=40, pressure=1000),
            _measurement(source, T0 + DAY * 40, pressure=990),
        ],
    )
    asked = await _series(
        client,
        source,
        series=["c8y_Climate.temperature", "c8y_Nothing.x", "c8y_Climate.pressure"],
    )
    assert [s["name"] for s in asked["series"]] == ["temperature", "pressure"]
    assert asked["values"]["2024-05-01T00:00:00.000Z"] == [
        {"min": 20, "max": 20},
        {"min": 1000, "max": 1000},
    ]
    # A requested series keeps its position even without values in the range.
    later = await _series(
        client,
        source,
        series=["c8y_Climate.temperature", "c8y_Climate.pressure"],
        dateFrom="2024-06-01",
    )
    assert [s["name"] for s in later["series"]] == ["temperature", "pressure"]
    assert later["values"] == {"2024-06-10T00:00:00.000Z": [None, {"min": 990, "max": 990}]}
    # Without ``series``, only series with a value in the range are answered.
    unasked = await _series(client, source, dateFrom="2024-06-01")
    assert unasked["series"] == [{"unit": "", "name": "pressure", "type": "c8y_Climate"}]
    assert unasked["values"] == {"2024-06-10T00:00:00.000Z": [{"min": 990, "max": 990}]}


async def test_unit_of_a_series_is_the_unit_of_its_latest_value(
    client: httpx.AsyncClient,
) -> None:
    source = await _device(client)
    await _store(
        client,
        [
            {
                "source": {"id": source},
                "time": format_millis(T0 + offset),
                "type": "t",
                "c8y_T": {"T": {"value": 1, "unit": unit}},
            }
            for offset, unit in ((0, "F"), (HOUR, "C"))
        ],
    )
    assert (await _series(client, source))["series"] == [
        {"unit": "C", "name": "T", "type": "c8y_T"}
    ]


async def test_range_bounds_revert_and_unknown_sources(client: httpx.AsyncClient) -> None:
    source = await _device(client)
    await _store(client, [_measurement(source, T0 + i * MINUTE, temperature=i) for i in range(4)])
    window = await _series(
        client, source, dateFrom=format_millis(T0 + MINUTE), dateTo=format_millis(T0 + 3 * MINUTE)
    )
    assert list(window["values"]) == [format_millis(T0 + MINUTE), format_millis(T0 + 2 * MINUTE)]
    newest_first = await _series(client, source, revert="true")
    assert list(newest_first["values"]) == [format_millis(T0 + i * MINUTE) for i in (3, 2, 1, 0)]
    empty = {"values": {}, "series": [], "truncated": False}
    assert await _series(client, "424242") == empty
    assert await _series(client, "not-an-id") == empty
    assert await _series(client, source, dateFrom="2024-06-01", dateTo="2024-05-01") == empty


async def test_equal_timestamps_give_min_and_max_unaggregated(client: httpx.AsyncClient) -> None:
    source = await _device(client)
    await _store(client, [_measurement(source, T0, temperature=v) for v in (5, -2, 3)])
    document = await _series(client, source)
    assert document["values"] == {"2024-05-01T00:00:00.000Z": [{"min": -2, "max": 5}]}


# --- the cap -------------------------------------------------------------------------------


async def test_unaggregated_answers_are_capped_and_flagged_truncated(
    client: httpx.AsyncClient,
) -> None:
    source = await _device(client)
    # Two series on alternating timestamps: the cap counts timestamps, not values.
    items = [
        _measurement(source, T0 + i * 1000, **({"temperature": i} if i % 2 else {"humidity": i}))
        for i in range(MAX_SERIES_VALUES + 3)
    ]
    await _store(client, items)
    oldest = await _series(client, source)
    assert oldest["truncated"] is True
    keys = list(oldest["values"])
    assert len(keys) == MAX_SERIES_VALUES
    assert keys == [format_millis(T0 + i * 1000) for i in range(MAX_SERIES_VALUES)]
    assert oldest["values"][keys[1]] == [None, {"min": 1, "max": 1}]
    newest = await _series(client, source, revert="true")
    assert newest["truncated"] is True
    assert list(newest["values"])[:2] == [
        format_millis(T0 + (MAX_SERIES_VALUES + 2) * 1000),
        format_millis(T0 + (MAX_SERIES_VALUES + 1) * 1000),
    ]
    assert len(newest["values"]) == MAX_SERIES_VALUES
    exactly = await _series(client, source, dateTo=format_millis(T0 + MAX_SERIES_VALUES * 1000))
    assert exactly["truncated"] is False
    assert len(exactly["values"]) == MAX_SERIES_VALUES
    aggregated = await _series(client, source, aggregationType="MINUTELY")
    assert aggregated["truncated"] is False
    assert sum(1 for _ in aggregated["values"]) == -(-(MAX_SERIES_VALUES + 3) // 60)


# --- aggregation ---------------------------------------------------------------------------


def _expected(
    points: list[tuple[int, float]], width: int, *, revert: bool = False
) -> dict[str, list[dict[str, float]]]:
    buckets: dict[int, list[float]] = defaultdict(list)
    for millis, value in points:
        buckets[millis - millis % width].append(value)
    return {
        format_millis(start): [{"min": min(values), "max": max(values)}]
        for start, values in sorted(buckets.items(), reverse=revert)
    }


@pytest.mark.parametrize(
    ("aggregation", "width"),
    [("MINUTELY", MINUTE), ("HOURLY", HOUR), ("DAILY", DAY)],
)
async def test_aggregation_gives_min_and_max_per_bucket(
    client: httpx.AsyncClient, aggregation: str, width: int
) -> None:
    source = await _device(client)
    points = [
        (T0 + i * 7_919_000 + (i % 3) * 1_000, float((i * 37) % 101 - 50)) for i in range(300)
    ]
    await _store(client, [_measurement(source, t, temperature=v) for t, v in points])
    document = await _series(client, source, aggregationType=aggregation)
    assert document["values"] == _expected(points, width)
    assert document["series"] == [{"unit": "C", "name": "temperature", "type": "c8y_Climate"}]
    reverted = await _series(client, source, aggregationType=aggregation, revert="true")
    assert list(reverted["values"].items()) == list(_expected(points, width, revert=True).items())


def _bucket_start(millis: int, interval: str) -> int:
    """Where the emulator's bucket of ``interval`` holding ``millis`` starts (independent code)."""
    count, unit = int(interval[:-1]), interval[-1]
    moment = datetime.fromtimestamp(millis / 1000, UTC)
    if unit in "Mqy":
        months = count * {"M": 1, "q": 3, "y": 12}[unit]
        index = moment.year * 12 + moment.month - 1
        index -= index % months
        start = datetime(index // 12, index % 12 + 1, 1, tzinfo=UTC)
        return int(start.timestamp() * 1000)
    if unit == "w":
        monday = (moment - timedelta(days=moment.weekday())).replace(
            hour=0, minute=0, second=0, microsecond=0
        )
        weeks = (monday - datetime(1970, 1, 5, tzinfo=UTC)).days // 7
        first = datetime(1970, 1, 5, tzinfo=UTC) + timedelta(weeks=weeks - weeks % count)
        return int(first.timestamp() * 1000)
    width = count * {"s": 1_000, "m": MINUTE, "h": HOUR, "d": DAY}[unit]
    return millis - millis % width


def _functions(values: list[float], names: list[str]) -> dict[str, float | None]:
    computed: dict[str, float | None] = {
        "min": min(values),
        "max": max(values),
        "avg": statistics.fmean(values),
        "sum": math.fsum(values),
        "count": len(values),
        "stdDevPop": statistics.pstdev(values),
        "stdDevSamp": statistics.stdev(values) if len(values) > 1 else None,
    }
    return {name: computed[name] for name in names}


def _close(answer: Any, expected: Any) -> bool:
    if isinstance(expected, dict):
        return list(answer) == list(expected) and all(
            _close(answer[k], v) for k, v in expected.items()
        )
    if isinstance(expected, list):
        return len(answer) == len(expected) and all(map(_close, answer, expected))
    if expected is None or answer is None:
        return answer is expected
    return isinstance(answer, float) and math.isclose(answer, expected, abs_tol=1e-9)


@pytest.mark.parametrize(
    "interval", ["30s", "15m", "1h", "12h", "1d", "7d", "1w", "2w", "1M", "3M", "1q", "1y"]
)
async def test_aggregation_interval_buckets_by_that_interval_with_min_and_max_by_default(
    client: httpx.AsyncClient, interval: str
) -> None:
    source = await _device(client)
    points = [(T0 + i * 9_876_543_21 // 7 + (i % 5) * 1_000, float(i % 23) - 4) for i in range(150)]
    await _store(client, [_measurement(source, t, temperature=v) for t, v in points])
    buckets: dict[int, list[float]] = defaultdict(list)
    for millis, value in points:
        buckets[_bucket_start(millis, interval)].append(value)
    expected = {
        format_millis(start): [_functions(values, ["min", "max"])]
        for start, values in sorted(buckets.items())
    }
    # aggregationType is superseded by aggregationInterval.
    document = await _series(
        client, source, aggregationInterval=interval, aggregationType="MINUTELY"
    )
    assert _close(document["values"], expected), document["values"]


@pytest.mark.parametrize(
    "functions",
    [
        ["avg"],
        ["count", "sum"],
        ["max", "min", "avg", "sum", "count"],
        ["stdDevPop", "stdDevSamp", "count"],
    ],
)
async def test_aggregation_functions_answer_exactly_the_functions_asked_in_that_order(
    any_client: httpx.AsyncClient, functions: list[str]
) -> None:
    source = await _device(any_client)
    points = [(T0 + i * 7 * MINUTE, float((i * 13) % 29) / 4) for i in range(40)]
    points.append((T0 + 5 * HOUR + 1, 2**62))  # integers are answered as floats too
    await _store(any_client, [_measurement(source, t, temperature=v) for t, v in points])
    buckets: dict[int, list[float]] = defaultdict(list)
    for millis, value in points:
        buckets[millis - millis % HOUR].append(float(value))
    expected = {
        format_millis(start): [_functions(values, functions)]
        for start, values in sorted(buckets.items(), reverse=True)
    }
    document = await _series(
        any_client,
        source,
        aggregationInterval="1h",
        aggregationFunction=[*functions, functions[0]],  # a repeated function counts once
        revert="true",
    )
    assert _close(document["values"], expected), document["values"]
    assert document["truncated"] is False


async def test_series_values_are_floats_and_a_single_value_has_no_sample_deviation(
    client: httpx.AsyncClient,
) -> None:
    source = await _device(client)
    await _store(client, [_measurement(source, T0, temperature=7, humidity=3)])
    raw = await _series(client, source)
    assert raw["values"] == {
        "2024-05-01T00:00:00.000Z": [{"min": 3, "max": 3}, {"min": 7, "max": 7}]
    }
    entries = raw["values"]["2024-05-01T00:00:00.000Z"]
    assert all(isinstance(v, float) for entry in entries for v in entry.values())
    one = await _series(
        client,
        source,
        series="c8y_Climate.temperature",
        aggregationInterval="1d",
        aggregationFunction=["count", "stdDevSamp", "stdDevPop"],
    )
    assert one["values"] == {
        "2024-05-01T00:00:00.000Z": [{"count": 1.0, "stdDevSamp": None, "stdDevPop": 0.0}]
    }
    assert isinstance(one["values"]["2024-05-01T00:00:00.000Z"][0]["count"], float)


@pytest.mark.parametrize(
    ("params", "status", "needle"),
    [
        ({"source": None}, 422, "source"),
        ({"dateFrom": None}, 422, "dateFrom"),
        ({"dateTo": None}, 422, "dateTo"),
        ({"dateFrom": "first of may"}, 422, "dateFrom"),
        ({"dateTo": "2024-02-30"}, 422, "dateTo"),
        ({"aggregationType": "WEEKLY"}, 422, "aggregationType"),
        ({"aggregationType": "daily"}, 422, "aggregationType"),
        ({"aggregationInterval": "0h"}, 422, "aggregationInterval"),
        ({"aggregationInterval": "01h"}, 422, "aggregationInterval"),
        ({"aggregationInterval": "1000m"}, 422, "aggregationInterval"),
        ({"aggregationInterval": "5x"}, 422, "aggregationInterval"),
        ({"aggregationInterval": "1d", "aggregationFunction": "median"}, 422, "median"),
        ({"aggregationFunction": "avg"}, 400, "aggregationInterval"),
        ({"aggregationType": "DAILY", "aggregationFunction": "max"}, 400, "aggregationInterval"),
        ({"revert": "backwards"}, 422, "revert"),
    ],
)
async def test_bad_series_requests_are_refused_by_name(
    client: httpx.AsyncClient, params: dict[str, Any], status: int, needle: str
) -> None:
    source = await _device(client)
    query = {"source": source, **WHOLE_RANGE, **params}
    response = await client.get(SERIES, params={k: v for k, v in query.items() if v is not None})
    assert response.status_code == status, response.text
    assert response.json()["error"].startswith("measurement/")
    assert needle in response.json()["message"]


# --- scale ---------------------------------------------------------------------------------

SCALE = 100_000


async def test_series_of_100000_measurements_of_one_device(client: httpx.AsyncClient) -> None:
    """Seeded through the API in collections of 5000; both answers checked against Python."""
    source = await _device(client)
    step = 37_000  # 100,000 values over about 43 days
    points = [(T0 + i * step, (i * 7919) % 1000 - 500) for i in range(SCALE)]
    await _store(client, [_measurement(source, t, temperature=v) for t, v in points])
    counted = await client.get(
        MEASUREMENTS, params={"source": source, "withTotalElements": "true", "pageSize": 1}
    )
    assert counted.json()["statistics"]["totalElements"] == SCALE

    raw = await _series(client, source)
    assert raw["truncated"] is True
    assert len(raw["values"]) == MAX_SERIES_VALUES
    expected_raw = {format_millis(t): [{"min": v, "max": v}] for t, v in points[:MAX_SERIES_VALUES]}
    assert raw["values"] == expected_raw

    daily = await _series(client, source, aggregationType="DAILY")
    assert daily["truncated"] is False
    assert daily["values"] == _expected([(t, float(v)) for t, v in points], DAY)
    assert len(daily["values"]) == 43


@pytest.mark.parametrize(
    "millis",
    [0, -1, 999, -86_400_000, T0 + 123, 951_782_400_000, 253_402_214_400_000, -62_135_596_800_000],
)
def test_series_time_keys_match_the_platform_format(millis: int) -> None:
    time_key = _TimeKeys()
    assert time_key(millis) == format_millis(millis)
    assert time_key(millis + DAY - 1) == format_millis(millis + DAY - 1)  # a cached day
