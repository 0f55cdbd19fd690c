"""Measurements and the Measurements API against the emulator.

Every test runs twice: in-process (`httpx.ASGITransport`) and over a loopback socket (uvicorn).
The loopback emulator is shared by the tests of this module, so each test uses a source device
of its own.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from c8y_objects import (
    APIError,
    BulkError,
    CumulocityClient,
    Device,
    Measurement,
    NotFoundError,
    UnprocessableEntityError,
)
from c8y_objects.measurements import MEASUREMENT_COLLECTION_MEDIA_TYPE
from tests.objects.emulated import requests_log, unique

T0 = datetime(2024, 3, 1, tzinfo=UTC)


async def new_device(api: CumulocityClient) -> str:
    device = await Device(api, name=unique("m"), type="test").create()
    assert device.id is not None
    return device.id


def climate(source: str, minute: int, temperature: float, humidity: float = 50) -> Measurement:
    return Measurement(
        type="c8y_Climate",
        source=source,
        time=T0 + timedelta(minutes=minute),
        series=[("c8y_Temperature.T", temperature, "C"), ("c8y_Humidity.H", humidity, "%")],
    )


async def test_measurement_lifecycle(api: CumulocityClient) -> None:
    source = await new_device(api)
    draft = Measurement(
        api, type="c8y_Climate", source=source, time=T0, series=("c8y_Temperature.T", 21.5, "C")
    )
    created = await draft.create()
    assert created.id is not None
    assert draft.id is None
    assert created.source == source
    assert created.datetime == T0
    assert created["c8y_Temperature.T"] == {"value": 21.5, "unit": "C"}
    assert created.get_series() == ["c8y_Temperature.T"]

    read = await api.measurements.get(created.id)
    assert read.to_json() == created.to_json()

    await created.delete()
    with pytest.raises(NotFoundError):
        await api.measurements.get(created.id)


async def test_create_without_time_is_stamped_now(api: CumulocityClient) -> None:
    source = await new_device(api)
    before = datetime.now(UTC) - timedelta(seconds=1)
    created = await Measurement(api, type="t", source=source, series=("a.b", 1)).create()
    assert created.datetime is not None
    assert before <= created.datetime <= datetime.now(UTC) + timedelta(seconds=1)


async def test_create_for_an_unknown_source_is_refused(api: CumulocityClient) -> None:
    with pytest.raises(UnprocessableEntityError):
        await Measurement(api, type="t", source="999999999", time=T0, series=("a.b", 1)).create()


async def test_bulk_create_posts_collections_in_batches(api: CumulocityClient) -> None:
    source = await new_device(api)
    measurements = [climate(source, i, 20 + i / 10) for i in range(250)]
    await api.http.delete("/_emulator/requests")
    await api.measurements.create(*measurements, batch_size=100, workers=2)
    posts = [
        entry
        for entry in await requests_log(api)
        if entry["method"] == "POST" and entry["path"] == "/measurement/measurements"
    ]
    assert [entry["status"] for entry in posts] == [201, 201, 201]
    assert await api.measurements.get_count(source=source) == 250
    stored = await api.measurements.get_all(source=source, limit=None, page_size=2000)
    assert [m["c8y_Temperature.T.value"] for m in stored] == [20 + i / 10 for i in range(250)]


async def test_bulk_create_failure_is_reported_and_earlier_batches_stay(
    api: CumulocityClient,
) -> None:
    source = await new_device(api)
    good = [climate(source, i, 1) for i in range(4)]
    bad = Measurement(type="t", source="999999999", time=T0, series=("a.b", 1))
    with pytest.raises(BulkError) as caught:
        await api.measurements.create(*good, bad, *good, batch_size=4)
    assert caught.value.index == 1
    assert caught.value.succeeded == [0]
    assert isinstance(caught.value.error, APIError)
    # The failed collection is stored completely or not at all.
    assert await api.measurements.get_count(source=source) == 4


async def test_collection_media_type_is_what_the_request_carries(api: CumulocityClient) -> None:
    source = await new_device(api)
    body = {"measurements": [climate(source, 0, 1).to_json(), climate(source, 1, 2).to_json()]}
    response = await api.request(
        "POST",
        "/measurement/measurements",
        json=body,
        content_type=MEASUREMENT_COLLECTION_MEDIA_TYPE,
        accept=MEASUREMENT_COLLECTION_MEDIA_TYPE,
    )
    assert len(response.json()["measurements"]) == 2


async def test_select_filters_by_type_series_and_dates(api: CumulocityClient) -> None:
    source = await new_device(api)
    other = Measurement(type="c8y_Speed", source=source, time=T0, series=("c8y_Speed.v", 3))
    await api.measurements.create(*(climate(source, i, i) for i in range(10)), other)

    assert await api.measurements.get_count(source=source) == 11
    assert await api.measurements.get_count(source=source, type="c8y_Climate") == 10
    assert await api.measurements.get_count(source=source, series="c8y_Speed.v") == 1
    assert (
        await api.measurements.get_count(
            source=source, value_fragment_type="c8y_Temperature", value_fragment_series="T"
        )
        == 10
    )
    window = await api.measurements.get_all(
        source=source,
        type="c8y_Climate",
        after=T0 + timedelta(minutes=3),
        before=(T0 + timedelta(minutes=6)).isoformat(),
        limit=None,
    )
    assert [m["c8y_Temperature.T.value"] for m in window] == [3, 4, 5]
    newest = await api.measurements.get_all(source=source, type="c8y_Climate", reverse=True)
    assert [m["c8y_Temperature.T.value"] for m in newest] == [9, 8, 7, 6, 5]
    values = await api.measurements.get_all(
        source=source,
        type="c8y_Climate",
        date_from=T0,
        date_to=T0 + timedelta(minutes=2),
        as_values=["time", ("c8y_Humidity.H.value", 0)],
    )
    assert values == [("2024-03-01T00:00:00.000Z", 50), ("2024-03-01T00:01:00.000Z", 50)]


async def test_select_pages_in_parallel_and_filters_client_side(api: CumulocityClient) -> None:
    source = await new_device(api)
    await api.measurements.create(*(climate(source, i, i % 3) for i in range(30)))
    seen = [
        m["c8y_Temperature.T.value"]
        async for m in api.measurements.select(source=source, limit=None, page_size=7, workers=3)
    ]
    assert seen == [i % 3 for i in range(30)]
    zeros = await api.measurements.get_all(
        source=source,
        limit=None,
        include=lambda m: m["c8y_Temperature.T.value"] == 0,
    )
    assert len(zeros) == 10


async def test_min_and_max_age_select_recent_measurements(api: CumulocityClient) -> None:
    source = await new_device(api)
    now = datetime.now(UTC)
    await api.measurements.create(
        *(
            Measurement(type="t", source=source, time=now - timedelta(hours=h), series=("a.b", h))
            for h in (1, 5, 30)
        )
    )
    recent = await api.measurements.get_all(source=source, max_age=timedelta(hours=10))
    assert [m["a.b.value"] for m in recent] == [5, 1]
    old = await api.measurements.get_all(source=source, min_age=timedelta(hours=2))
    assert [m["a.b.value"] for m in old] == [30, 5]


async def test_get_last_reads_the_newest_match(api: CumulocityClient) -> None:
    source = await new_device(api)
    assert await api.measurements.get_last(source=source) is None
    await api.measurements.create(
        *(climate(source, i, i) for i in (4, 1, 9, 2)),
        Measurement(type="other", source=source, time=T0 + timedelta(days=1), series=("x.y", 0)),
    )
    last = await api.measurements.get_last(source=source, series="c8y_Temperature.T")
    assert last is not None
    assert last["c8y_Temperature.T.value"] == 9
    capped = await api.measurements.get_last(
        source=source, type="c8y_Climate", before=T0 + timedelta(minutes=3)
    )
    assert capped is not None
    assert capped["c8y_Temperature.T.value"] == 2
    overall = await api.measurements.get_last(source=source)
    assert overall is not None
    assert overall.type == "other"


async def test_delete_and_delete_by(api: CumulocityClient) -> None:
    source = await new_device(api)
    await api.measurements.create(*(climate(source, i, i) for i in range(6)))
    first_two = await api.measurements.get_all(source=source, limit=2)
    await api.measurements.delete(*first_two, workers=2)
    assert await api.measurements.get_count(source=source) == 4

    await api.measurements.delete_by(source=source, before=T0 + timedelta(minutes=4))
    remaining = await api.measurements.get_all(source=source, limit=None)
    assert [m["c8y_Temperature.T.value"] for m in remaining] == [4, 5]

    await api.measurements.delete_by(source=source, type="no-such-type")
    assert await api.measurements.get_count(source=source) == 2
    await api.measurements.delete_by(source=source)
    assert await api.measurements.get_count(source=source) == 0


async def test_supported_series_reflect_created_measurements(api: CumulocityClient) -> None:
    source = await new_device(api)
    await api.measurements.create(climate(source, 0, 1))
    device = await api.device_inventory.get(source)
    assert sorted(await device.get_supported_series()) == ["c8y_Humidity.H", "c8y_Temperature.T"]
