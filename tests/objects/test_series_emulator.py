"""`Measurements.get_series` against the emulator: measurements created with ``series=`` in bulk
collection requests come back as a `Series`; truncated answers are completed.

The first test runs in-process and over loopback; the larger ones in-process only.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from c8y_objects import (
    ConfigurationError,
    CumulocityClient,
    Device,
    Measurement,
    NaiveDatetimeError,
    PermissionDeniedError,
    Series,
)
from tests.objects.emulated import requests_log, unique

T0 = datetime(2024, 3, 1, tzinfo=UTC)
TEMPERATURE = "c8y_Temperature.T"
HUMIDITY = "c8y_Humidity.H"
SERIES_PATH = "/measurement/measurements/series"


async def new_device(api: CumulocityClient) -> Device:
    device = await Device(api, name=unique("s"), type="test").create()
    assert device.id is not None
    return device


def temperature(i: int) -> float:
    return round(20 + math.sin(i / 50) * 5, 3)


def humidity(i: int) -> float | None:
    """Humidity is missing every seventh second."""
    return None if i % 7 == 3 else float(40 + i % 11)


def climate(source: str, i: int) -> Measurement:
    values: list[Any] = [(TEMPERATURE, temperature(i), "C")]
    if humidity(i) is not None:
        values.append((HUMIDITY, humidity(i), "%"))
    return Measurement(
        type="c8y_Climate", source=source, time=T0 + timedelta(seconds=i), series=values
    )


async def seed(api: CumulocityClient, source: str, count: int) -> None:
    await api.measurements.create(*(climate(source, i) for i in range(count)), batch_size=2000)


def expected_rows(count: int) -> list[tuple[Any, ...]]:
    rows = []
    for i in range(count):
        wet = humidity(i)
        rows.append((T0 + timedelta(seconds=i), temperature(i), temperature(i), wet, wet))
    return rows


async def series_requests(api: CumulocityClient) -> list[dict[str, Any]]:
    return [e for e in await requests_log(api) if e["path"] == SERIES_PATH]


async def test_series_of_measurements_created_in_bulk(api: CumulocityClient) -> None:
    device = await new_device(api)
    assert device.id is not None
    drafts = [climate(device.id, i) for i in range(30)]
    assert drafts[0].get_series() == [TEMPERATURE, HUMIDITY]
    assert drafts[3].get_series() == [TEMPERATURE]
    await api.http.delete("/_emulator/requests")
    await api.measurements.create(*drafts, batch_size=8)
    log = (await api.http.get("/_emulator/requests")).json()["requests"]
    posts = [e for e in log if e["method"] == "POST" and e["path"] == "/measurement/measurements"]
    assert len(posts) == 4  # 30 measurements in collection requests of up to 8

    series = await api.measurements.get_series(
        device, [TEMPERATURE, HUMIDITY], after=T0, before=T0 + timedelta(hours=1)
    )
    assert isinstance(series, Series)
    assert series.complete
    assert series.names == [TEMPERATURE, HUMIDITY]
    assert [spec.unit for spec in series.specs] == ["C", "%"]
    assert series.collect(timestamps="datetime") == expected_rows(30)
    assert series.values_of(HUMIDITY, "min") == [h for i in range(30) if (h := humidity(i))]
    wet = series.to_numpy(HUMIDITY, "max")
    assert len(wet) == 30
    assert math.isnan(wet[3])
    assert wet[4] == humidity(4)
    frame = series.to_dataframe(value="min", timestamps="datetime")
    assert list(frame.columns) == ["c8y_Temperature_T", "c8y_Humidity_H"]
    assert frame.index[5] == T0 + timedelta(seconds=5)
    table = series.to_arrow()
    assert table.column(f"{TEMPERATURE}.max").to_pylist() == [temperature(i) for i in range(30)]


async def test_one_series_named_and_all_series_by_default(c8y: CumulocityClient) -> None:
    device = await new_device(c8y)
    assert device.id is not None
    await seed(c8y, device.id, 10)
    end = T0 + timedelta(minutes=1)
    only = await c8y.measurements.get_series(device.id, HUMIDITY, after=T0, before=end)
    assert only.names == [HUMIDITY]
    assert only.values_of(value="min") == [h for i in range(10) if (h := humidity(i))]
    every = await c8y.measurements.get_series(device.id, after=T0, before=end)
    assert sorted(every.names) == sorted([TEMPERATURE, HUMIDITY])


async def test_a_truncated_answer_is_completed(c8y: CumulocityClient) -> None:
    device = await new_device(c8y)
    assert device.id is not None
    count = 12_001
    await seed(c8y, device.id, count)
    end = T0 + timedelta(days=1)
    await c8y.http.delete("/_emulator/requests")

    cut = await c8y.measurements.get_series(
        device.id, [TEMPERATURE, HUMIDITY], complete=False, after=T0, before=end
    )
    assert (cut.truncated, cut.complete, len(cut)) == (True, False, 5000)
    assert len(await series_requests(c8y)) == 1

    await c8y.http.delete("/_emulator/requests")
    full = await c8y.measurements.get_series(
        device.id, [TEMPERATURE, HUMIDITY], after=T0, before=end
    )
    assert (full.truncated, full.complete, len(full)) == (False, True, count)
    assert full.json["truncated"] is False
    assert full.collect(timestamps="datetime") == expected_rows(count)
    # each request after the first continues at the last timestamp it got: 3 requests
    requests = await series_requests(c8y)
    assert len(requests) == 3
    assert all(r["query"].count("series=") == 2 for r in requests)


async def test_completion_newest_first(c8y: CumulocityClient) -> None:
    device = await new_device(c8y)
    assert device.id is not None
    count = 11_000
    await seed(c8y, device.id, count)
    series = await c8y.measurements.get_series(
        device.id, [TEMPERATURE, HUMIDITY], after=T0, before=T0 + timedelta(days=1), reverse=True
    )
    assert series.complete
    assert series.collect(timestamps="datetime") == expected_rows(count)[::-1]


@pytest.mark.parametrize("reverse", [False, True])
async def test_completion_with_workers_gives_the_same_result(
    c8y: CumulocityClient, reverse: bool
) -> None:
    device = await new_device(c8y)
    assert device.id is not None
    count = 16_000
    await seed(c8y, device.id, count)
    end = T0 + timedelta(seconds=count + 5)
    names = [TEMPERATURE, HUMIDITY]
    await c8y.http.delete("/_emulator/requests")
    parallel = await c8y.measurements.get_series(
        device.id, names, workers=4, reverse=reverse, after=T0, before=end
    )
    assert parallel.complete
    expected = expected_rows(count)
    assert parallel.collect(timestamps="datetime") == (expected[::-1] if reverse else expected)
    assert len(await series_requests(c8y)) >= 5  # the first, then at least one per piece


async def test_series_that_start_late_are_merged_into_their_columns(c8y: CumulocityClient) -> None:
    """The first answer lists only the series it has values for; later ones add columns."""
    device = await new_device(c8y)
    assert device.id is not None
    early = [
        Measurement(
            type="a", source=device.id, time=T0 + timedelta(seconds=i), series=("c8y_A.a", i)
        )
        for i in range(8000)
    ]
    late = [
        Measurement(
            type="b",
            source=device.id,
            time=T0 + timedelta(seconds=i),
            series=[("c8y_B.b", -i, "m")],
        )
        for i in range(7500, 9000)
    ]
    await c8y.measurements.create(*early, *late, batch_size=2000)
    series = await c8y.measurements.get_series(device.id, after=T0, before=T0 + timedelta(hours=3))
    assert series.complete
    assert series.names == ["c8y_A.a", "c8y_B.b"]
    assert series.specs[1].unit == "m"
    rows = series.collect(value="min", timestamps="epoch")
    start = T0.timestamp()
    assert rows == [
        (
            start + i,
            float(i) if i < 8000 else None,
            float(-i) if 7500 <= i < 9000 else None,
        )
        for i in range(9000)
    ]


async def test_aggregated_series_are_not_split(c8y: CumulocityClient) -> None:
    device = await new_device(c8y)
    assert device.id is not None
    await seed(c8y, device.id, 7200)
    await c8y.http.delete("/_emulator/requests")
    hourly = await c8y.measurements.get_series(
        device.id, TEMPERATURE, aggregation="HOURLY", after=T0, before=T0 + timedelta(days=1)
    )
    assert len(await series_requests(c8y)) == 1
    hours = [[temperature(i) for i in range(h * 3600, (h + 1) * 3600)] for h in range(2)]
    assert hourly.collect(timestamps="datetime") == [
        (T0 + timedelta(hours=h), min(values), max(values)) for h, values in enumerate(hours)
    ]


async def test_default_end_is_now_and_ages_work(c8y: CumulocityClient) -> None:
    device = await new_device(c8y)
    assert device.id is not None
    now = datetime.now(UTC).replace(microsecond=0)
    await c8y.measurements.create(
        Measurement(
            type="x", source=device.id, time=now - timedelta(minutes=5), series=("c8y_X.x", 1)
        ),
        Measurement(
            type="x", source=device.id, time=now - timedelta(hours=5), series=("c8y_X.x", 2)
        ),
    )
    recent = await c8y.measurements.get_series(device.id, max_age=timedelta(hours=1))
    assert recent.values_of(value="min") == [1.0]
    older = await c8y.measurements.get_series(
        device.id, max_age=timedelta(days=1), min_age=timedelta(hours=1)
    )
    assert older.values_of(value="min") == [2.0]


@pytest.mark.parametrize(
    ("arguments", "error", "message"),
    [
        ({}, ConfigurationError, "needs the start of its range"),
        ({"after": T0, "aggregation": "WEEKLY"}, ConfigurationError, "DAILY, HOURLY, MINUTELY"),
        ({"after": T0, "series": "nodot"}, ConfigurationError, "is not 'fragment.series'"),
        ({"after": T0, "workers": 0}, ConfigurationError, "workers must be"),
        ({"after": datetime(2024, 1, 1)}, NaiveDatetimeError, "has no time zone"),
        (
            {"after": T0, "date_from": T0},
            ConfigurationError,
            "after and date_from both set dateFrom",
        ),
        ({"after": T0, "before": T0 - timedelta(1)}, ConfigurationError, "empty time range"),
    ],
)
async def test_bad_arguments_are_refused_before_sending(
    c8y: CumulocityClient, arguments: dict[str, Any], error: type[Exception], message: str
) -> None:
    await c8y.http.delete("/_emulator/requests")
    with pytest.raises(error, match=message):
        await c8y.measurements.get_series("1", **arguments)
    assert await series_requests(c8y) == []


async def test_a_refused_request_raises_the_typed_error(c8y: CumulocityClient) -> None:
    device = await new_device(c8y)
    assert device.id is not None
    await seed(c8y, device.id, 6000)
    await c8y.http.post("/_emulator/faults", json={"path": SERIES_PATH, "status": 403})
    with pytest.raises(PermissionDeniedError) as caught:
        await c8y.measurements.get_series(device.id, after=T0, before=T0 + timedelta(days=1))
    assert caught.value.status_code == 403
    assert "series" in str(caught.value.url)
