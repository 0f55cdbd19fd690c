"""Measurements without a server: series building, query parameters, bulk collection requests.

The bulk tests run against `httpx.MockTransport`, which records every request, so the number
of requests, their media types and bodies are checked exactly.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import httpx
import orjson
import pytest

from c8y_objects import (
    BulkError,
    ConfigurationError,
    CumulocityClient,
    ManagedObject,
    Measurement,
    NaiveDatetimeError,
    ObjectStateError,
    ServerError,
)
from c8y_objects.measurements import (
    MEASUREMENT_COLLECTION_MEDIA_TYPE,
    measurement_query_params,
    series_fragments,
    split_series,
)
from tests.objects.mocks import mock_client

NOW = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)

# -- series values ----------------------------------------------------------------------------


def test_split_series_at_the_first_dot() -> None:
    assert split_series("c8y_Temperature.T") == ("c8y_Temperature", "T")
    assert split_series("c8y_Energy.phase.L1") == ("c8y_Energy", "phase.L1")


@pytest.mark.parametrize("bad", ["c8y_Temperature", ".T", "c8y_T.", ""])
def test_split_series_refuses_names_without_two_parts(bad: str) -> None:
    with pytest.raises(ConfigurationError, match=r"is not 'fragment\.series'"):
        split_series(bad)


def test_series_fragments_from_one_and_many_values() -> None:
    assert series_fragments(("c8y_T.T", 21.5, "C")) == {
        "c8y_T": {"T": {"value": 21.5, "unit": "C"}}
    }
    assert series_fragments([("c8y_T.T", 21.5, "C"), ("c8y_T.H", 40), ("c8y_P.p", 1, None)]) == {
        "c8y_T": {"T": {"value": 21.5, "unit": "C"}, "H": {"value": 40}},
        "c8y_P": {"p": {"value": 1}},
    }


@pytest.mark.parametrize(
    ("series", "message"),
    [
        (("c8y_T.T",), "is not a"),
        (("c8y_T.T", 1, "C", "extra"), "is not a"),
        (("c8y_T.T", "21"), "value '21' is not a number"),
        (("c8y_T.T", True), "value True is not a number"),
        (("c8y_T.T", 1, 5), "unit must be a string"),
        ([("c8y_T.T", 1), ("c8y_T.T", 2)], "given twice"),
        ("c8y_T.T", "must be a"),
        ({"c8y_T.T": 1}, "must be a"),
        (("T", 1), "is not 'fragment.series'"),
    ],
)
def test_series_fragments_refuses_malformed_values(series: Any, message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        series_fragments(series)


def test_measurement_built_with_series_time_and_source() -> None:
    source = ManagedObject(type="t")
    source.id = "42"
    m = Measurement(
        type="c8y_Climate",
        source=source,
        time=datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone(timedelta(hours=1))),
        series=[("c8y_Temperature.T", 21.5, "C"), ("c8y_Humidity.H", 40, "%")],
        c8y_Note={"text": "x"},
    )
    assert m.to_json() == {
        "type": "c8y_Climate",
        "source": {"id": "42"},
        "time": "2024-01-02T02:04:05.000Z",
        "c8y_Temperature": {"T": {"value": 21.5, "unit": "C"}},
        "c8y_Humidity": {"H": {"value": 40, "unit": "%"}},
        "c8y_Note": {"text": "x"},
    }
    assert m.source == "42"
    assert m.datetime == datetime(2024, 1, 2, 2, 4, 5, tzinfo=UTC)
    assert m.get_series() == ["c8y_Temperature.T", "c8y_Humidity.H"]


def test_series_merge_into_a_fragment_given_as_keyword() -> None:
    m = Measurement(c8y_T={"A": {"value": 1}}, series=("c8y_T.B", 2))
    assert m["c8y_T"] == {"A": {"value": 1}, "B": {"value": 2}}
    with pytest.raises(ConfigurationError, match=r"c8y_T\.A is given as a fragment and in series"):
        Measurement(c8y_T={"A": {"value": 1}}, series=("c8y_T.A", 2))
    with pytest.raises(ConfigurationError, match="non-object fragment"):
        Measurement(c8y_T=5, series=("c8y_T.A", 2))


def test_measurement_refuses_naive_times() -> None:
    with pytest.raises(NaiveDatetimeError, match="time"):
        Measurement(time=datetime(2024, 1, 1))
    with pytest.raises(NaiveDatetimeError, match="time"):
        Measurement(time="2024-01-01T00:00:00")
    m = Measurement(time="2024-01-01T00:00:00+02:00")
    assert m.time == "2024-01-01T00:00:00+02:00"
    with pytest.raises(NaiveDatetimeError):
        m.datetime = datetime(2024, 1, 1)
    assert m.time == "2024-01-01T00:00:00+02:00"


def test_get_series_finds_elements_with_a_value_only() -> None:
    m = Measurement.from_json(
        {
            "id": "1",
            "type": "t",
            "source": {"id": "2", "self": "..."},
            "time": "2024-01-01T00:00:00.000Z",
            "c8y_Temperature": {"T": {"value": 1, "unit": "C"}, "note": "x", "meta": {"a": 1}},
            "c8y_Flag": {},
            "c8y_Speed": {"v": {"value": 3}},
        }
    )
    assert m.get_series() == ["c8y_Temperature.T", "c8y_Speed.v"]
    assert m.source == "2"


# -- query parameters -------------------------------------------------------------------------


def test_query_params_map_the_platform_names() -> None:
    params = measurement_query_params(
        type="c8y_Climate",
        source=7,
        value_fragment_type="c8y_T",
        value_fragment_series="T",
        reverse=True,
        before=datetime(2024, 2, 1, tzinfo=UTC),
        after="2024-01-01T00:00:00Z",
        extra_params={"customFlag": True},
    )
    assert params == {
        "type": "c8y_Climate",
        "source": "7",
        "valueFragmentType": "c8y_T",
        "valueFragmentSeries": "T",
        "revert": True,
        "dateFrom": "2024-01-01T00:00:00Z",
        "dateTo": "2024-02-01T00:00:00.000Z",
        "customFlag": True,
    }


def test_series_shortcut_splits_into_both_parameters() -> None:
    assert measurement_query_params(series="c8y_Temperature.T") == {
        "valueFragmentType": "c8y_Temperature",
        "valueFragmentSeries": "T",
    }
    with pytest.raises(ConfigurationError, match="do not combine"):
        measurement_query_params(series="a.b", value_fragment_type="a")
    with pytest.raises(ConfigurationError, match=r"is not 'fragment\.series'"):
        measurement_query_params(series="a")


def test_ages_and_date_aliases_become_date_bounds() -> None:
    params = measurement_query_params(
        min_age=timedelta(hours=1), max_age=timedelta(days=1), now=NOW
    )
    assert params == {"dateFrom": "2024-04-30T12:00:00.000Z", "dateTo": "2024-05-01T11:00:00.000Z"}
    assert measurement_query_params(date_from=NOW, date_to=NOW + timedelta(1)) == {
        "dateFrom": "2024-05-01T12:00:00.000Z",
        "dateTo": "2024-05-02T12:00:00.000Z",
    }
    with pytest.raises(ConfigurationError, match="before and min_age both set dateTo"):
        measurement_query_params(before=NOW, min_age=timedelta(1))
    with pytest.raises(NaiveDatetimeError, match="after"):
        measurement_query_params(after=datetime(2024, 1, 1))
    with pytest.raises(ConfigurationError, match="empty time range"):
        measurement_query_params(after=NOW, before=NOW - timedelta(1))


# -- requests on a recording transport --------------------------------------------------------


class Recorder:
    """A mock platform: records requests, answers 201/200, fails where told."""

    def __init__(self, fail: Callable[[int, httpx.Request], bool] | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self.fail = fail

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        index = len(self.requests)
        self.requests.append(request)
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            await asyncio.sleep(0.002)
        finally:
            self.in_flight -= 1
        if self.fail is not None and self.fail(index, request):
            return httpx.Response(500, json={"error": "x/boom", "message": "boom"})
        if request.method == "GET":
            return httpx.Response(200, json={"measurements": [{"id": "9", "type": "t"}]})
        if request.method == "DELETE":
            return httpx.Response(204)
        body = orjson.loads(request.content) if request.content else {}
        return httpx.Response(201, json={"id": "1", **body})


@pytest.fixture
async def recorder() -> Recorder:
    return Recorder()


def make(n: int, source: str = "5") -> list[Measurement]:
    return [
        Measurement(type="bulk", source=source, series=("c8y_Counter.n", i), time=NOW)
        for i in range(n)
    ]


async def test_bulk_create_sends_one_collection_request_per_batch(
    mock_c8y: CumulocityClient, recorder: Recorder
) -> None:
    measurements = make(25)
    await mock_c8y.measurements.create(*measurements, batch_size=10)
    assert [r.method for r in recorder.requests] == ["POST"] * 3
    sizes = []
    sent: list[dict[str, Any]] = []
    for request in recorder.requests:
        assert request.url.path == "/measurement/measurements"
        assert request.headers["Content-Type"] == MEASUREMENT_COLLECTION_MEDIA_TYPE
        batch = orjson.loads(request.content)["measurements"]
        sizes.append(len(batch))
        sent.extend(batch)
    assert sizes == [10, 10, 5]
    assert sent == [m.to_json() for m in measurements]


async def test_bulk_create_fills_a_missing_time_in_the_request_only(
    mock_c8y: CumulocityClient, recorder: Recorder
) -> None:
    m = Measurement(type="t", source="1", series=("a.b", 1))
    before = datetime.now(UTC) - timedelta(seconds=1)
    await mock_c8y.measurements.create(m)
    (sent,) = orjson.loads(recorder.requests[0].content)["measurements"]
    assert before <= datetime.fromisoformat(sent["time"]) <= datetime.now(UTC)
    assert "time" not in m


async def test_bulk_create_runs_batches_in_parallel_up_to_workers(
    mock_c8y: CumulocityClient, recorder: Recorder
) -> None:
    done: list[tuple[int, int | None]] = []
    await mock_c8y.measurements.create(
        *make(40), batch_size=5, workers=3, progress=lambda d, t: done.append((d, t))
    )
    assert len(recorder.requests) == 8
    assert recorder.max_in_flight == 3
    assert [d for d, _ in done] == [5, 10, 15, 20, 25, 30, 35, 40]
    assert {t for _, t in done} == {40}


async def test_bulk_create_checks_everything_before_sending(
    mock_c8y: CumulocityClient, recorder: Recorder
) -> None:
    good = make(3)
    with pytest.raises(ObjectStateError, match=r"measurement 2: .* has no source"):
        await mock_c8y.measurements.create(*good[:2], Measurement(type="t"), *good)
    with pytest.raises(ObjectStateError, match=r"measurement 0: .* has no type"):
        await mock_c8y.measurements.create(Measurement(source="1"))
    with pytest.raises(ConfigurationError, match="measurement 1: expected a Measurement"):
        await mock_c8y.measurements.create(good[0], {"type": "t"})  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="batch_size must be 1 or more"):
        await mock_c8y.measurements.create(*good, batch_size=0)
    with pytest.raises(ConfigurationError, match="workers"):
        await mock_c8y.measurements.create(*good, workers=0)
    assert recorder.requests == []


async def test_bulk_create_failure_names_the_batch(recorder: Recorder) -> None:
    recorder.fail = lambda index, request: index == 1
    client = mock_client(recorder)
    measurements = make(7)
    async with client:
        with pytest.raises(BulkError) as caught:
            await client.measurements.create(*measurements, batch_size=3)
    error = caught.value
    assert error.index == 1
    assert error.item == measurements[3:6]
    assert error.succeeded == [0]
    assert isinstance(error.error, ServerError)
    assert len(recorder.requests) == 2  # sequential: nothing after the failure


async def test_create_of_one_measurement_posts_it_and_returns_a_new_instance(
    mock_c8y: CumulocityClient, recorder: Recorder
) -> None:
    draft = Measurement(mock_c8y, type="t", source="3", series=("a.b", 1.5, "u"), time=NOW)
    created = await draft.create()
    (request,) = recorder.requests
    # The body goes with the media type the spec declares for the operation.
    assert request.headers["Content-Type"] == "application/vnd.com.nsn.cumulocity.measurement+json"
    assert orjson.loads(request.content) == draft.to_json()
    assert created.id == "1"
    assert draft.id is None
    assert created.c8y is mock_c8y
    with pytest.raises(ObjectStateError, match="no connection"):
        await Measurement(type="t", source="3").create()
    with pytest.raises(ObjectStateError, match="no source"):
        await Measurement(mock_c8y, type="t").create()


async def test_get_last_asks_for_the_newest_single_measurement(
    mock_c8y: CumulocityClient, recorder: Recorder
) -> None:
    last = await mock_c8y.measurements.get_last(source="5", series="c8y_T.T")
    assert last is not None
    assert last.id == "9"
    (request,) = recorder.requests
    params = dict(request.url.params)
    assert params == {
        "source": "5",
        "valueFragmentType": "c8y_T",
        "valueFragmentSeries": "T",
        "revert": "true",
        "dateFrom": "1970-01-01T00:00:00.000Z",
        "pageSize": "1",
        "currentPage": "1",
    }


async def test_delete_by_sends_one_filtered_delete(
    mock_c8y: CumulocityClient, recorder: Recorder
) -> None:
    await mock_c8y.measurements.delete_by(
        source="5", type="t", fragment="c8y_T", max_age=timedelta(1)
    )
    (request,) = recorder.requests
    assert request.method == "DELETE"
    params = dict(request.url.params)
    assert params.pop("dateFrom")
    assert params == {"source": "5", "type": "t", "fragmentType": "c8y_T"}


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({}, "needs source or a date bound"),
        ({"type": "t", "fragment": "x"}, "needs source or a date bound"),
        ({"source": "1", "series": "a.b"}, r"unknown filter\(s\) series"),
        ({"source": "1", "value_fragment_type": "a"}, r"unknown filter\(s\) value_fragment_type"),
        ({"expression": "type=t"}, "needs source or a date bound"),
    ],
)
async def test_delete_by_refuses_calls_that_would_delete_too_much(
    mock_c8y: CumulocityClient, recorder: Recorder, kwargs: dict[str, Any], message: str
) -> None:
    with pytest.raises(ConfigurationError, match=message):
        await mock_c8y.measurements.delete_by(**kwargs)
    assert recorder.requests == []


async def test_select_checks_its_filters_before_iterating(mock_c8y: CumulocityClient) -> None:
    with pytest.raises(ConfigurationError, match="do not combine"):
        mock_c8y.measurements.select(series="a.b", value_fragment_series="b")
    with pytest.raises(NaiveDatetimeError):
        mock_c8y.measurements.select(before=datetime(2024, 1, 1))
