"""Measurements, series and operations on the spec-owned wire, against the emulator.

Pins the typed filters (unknown keywords refused before anything is sent, raw parameters only
through ``extra_params=``), the IDs as single path segments, NaN/infinity refused before any
request, and the reference's calls: ``get_series`` with ``aggregation_function`` /
``aggregation_interval``, ``collect_series``, ``skim_latest``, ``Operations.get_last`` and the
mapping access of `Series`. The emulator's request log shows what was sent.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import math
import re
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any, Literal
from urllib.parse import parse_qs, parse_qsl

import pytest

from c8y_objects import (
    BulkError,
    ConfigurationError,
    CumulocityClient,
    Device,
    Measurement,
    NotFoundError,
    Operation,
    measurements,
)
from c8y_objects.errors import (
    InvalidIdError,
    NonFiniteNumberError,
    UnknownFilterError,
    WireMismatchError,
)
from c8y_objects.measurements import SeriesFilters
from c8y_objects.series import Series
from c8y_rest import wire
from tests.objects.emulated import requests_log, unique

T0 = datetime(2024, 3, 1, tzinfo=UTC)
SERIES_PATH = "/measurement/measurements/series"


async def new_device(c8y: CumulocityClient) -> str:
    """A device that is its own agent (operations need an agent in its hierarchy)."""
    device = await Device(
        c8y, name=unique("w"), type="test", com_cumulocity_model_Agent={}
    ).create()
    assert device.id is not None
    return device.id


async def clear_log(c8y: CumulocityClient) -> None:
    await c8y.http.delete("/_emulator/requests")


def reading(source: str, minute: int, value: float, kind: str = "c8y_Climate") -> Measurement:
    return Measurement(
        type=kind,
        source=source,
        time=T0 + timedelta(minutes=minute),
        series=[("c8y_Temperature.T", value, "C")],
    )


# -- filters ----------------------------------------------------------------------------------

# The client is Any here: these calls are wrong on purpose (mypy's verdict on such calls is
# pinned by test_typing_usage.WRONG_CALLS); this test pins the run-time refusal.
Call = Callable[[Any], Awaitable[Any]]
MISSPELT: list[tuple[str, Call]] = [
    ("measurements.get_all", lambda c: c.measurements.get_all(sereis="c8y_T.T")),
    ("measurements.get_count", lambda c: c.measurements.get_count(valueFragmentType="x")),
    ("measurements.get_last", lambda c: c.measurements.get_last(soruce="1")),
    ("measurements.delete_by", lambda c: c.measurements.delete_by(source="1", series="a.b")),
    ("measurements.to_arrow", lambda c: c.measurements.to_arrow(tpye="x")),
    ("measurements.skim_latest", lambda c: c.measurements.skim_latest("1", kind="x")),
    (
        "measurements.get_series",
        lambda c: c.measurements.get_series("1", after=T0, aggregation_fn="min"),
    ),
    ("operations.get_all", lambda c: c.operations.get_all(devce_id="1")),
    ("operations.get_count", lambda c: c.operations.get_count(fragmentType="c8y_Restart")),
    ("operations.get_last", lambda c: c.operations.get_last(status_="PENDING")),
    ("operations.delete_by", lambda c: c.operations.delete_by(device_id="1", bulk_id="2")),
    ("operations.skim_latest", lambda c: c.operations.skim_latest("1", agent="2")),
]


@pytest.mark.parametrize(("name", "call"), MISSPELT, ids=[name for name, _ in MISSPELT])
async def test_an_unknown_filter_is_refused_before_any_request(
    c8y: CumulocityClient, name: str, call: Call
) -> None:
    await clear_log(c8y)
    with pytest.raises(UnknownFilterError, match=r"unknown filter\(s\)"):
        await call(c8y)
    assert await requests_log(c8y) == []


async def test_select_refuses_an_unknown_filter_when_called_not_when_iterated(
    c8y: CumulocityClient,
) -> None:
    with pytest.raises(UnknownFilterError, match="fragment"):
        c8y.measurements.select(fragment="c8y_T")  # type: ignore[call-overload]
    with pytest.raises(UnknownFilterError, match="value_fragment_type"):
        c8y.operations.select(value_fragment_type="c8y_T")  # type: ignore[call-overload]


async def test_export_parquet_refuses_an_unknown_filter_and_writes_nothing(
    c8y: CumulocityClient, tmp_path: Any
) -> None:
    await clear_log(c8y)
    target = tmp_path / "out.parquet"
    with pytest.raises(UnknownFilterError, match="sourse"):
        await c8y.measurements.export_parquet(target, sourse="1")  # type: ignore[call-arg]
    assert not target.exists()
    assert await requests_log(c8y) == []


async def test_extra_params_reach_the_query_as_given(c8y: CumulocityClient) -> None:
    source = await new_device(c8y)
    await c8y.measurements.create(reading(source, 0, 1.0), reading(source, 1, 2.0))
    await clear_log(c8y)
    found = await c8y.measurements.get_all(
        source=source, limit=None, extra_params={"valueFragmentSeries": "T"}
    )
    assert len(found) == 2
    await c8y.operations.get_count(device_id=source, extra_params={"withTotalPages": True})
    first, second = await requests_log(c8y)
    assert parse_qs(first["query"])["valueFragmentSeries"] == ["T"]
    assert parse_qs(first["query"])["source"] == [source]
    assert parse_qs(second["query"])["withTotalPages"] == ["true"]
    assert parse_qs(second["query"])["deviceId"] == [source]


async def test_a_filter_and_extra_params_setting_one_parameter_are_refused(
    c8y: CumulocityClient,
) -> None:
    await clear_log(c8y)
    with pytest.raises(ConfigurationError, match="source given twice"):
        await c8y.measurements.get_count(source="1", extra_params={"source": "2"})
    with pytest.raises(ConfigurationError, match="deviceId given twice"):
        await c8y.operations.get_count(device_id="1", extra_params={"deviceId": "2"})
    assert await requests_log(c8y) == []


async def test_an_expression_beside_filters_is_refused_not_ignored(c8y: CumulocityClient) -> None:
    await clear_log(c8y)
    with pytest.raises(ConfigurationError, match=r"got an expression and the filter\(s\) type"):
        await c8y.measurements.get_all("source=1", type="x")
    with pytest.raises(ConfigurationError, match=r"got an expression and the filter\(s\) status"):
        await c8y.operations.get_count("deviceId=1", status="PENDING")
    with pytest.raises(ConfigurationError, match=r"got an expression and the filter\(s\) source"):
        await c8y.measurements.get_series("1", expression="source=1")
    assert await requests_log(c8y) == []


async def test_bulk_operations_take_no_filter_and_raw_parameters_explicitly(
    c8y: CumulocityClient,
) -> None:
    await clear_log(c8y)
    with pytest.raises(TypeError):
        await c8y.bulk_operations.get_all(groupId="1")  # type: ignore[call-overload]
    assert await c8y.bulk_operations.get_count(extra_params={"withTotalElements": True}) == 0
    (entry,) = await requests_log(c8y)
    assert entry["path"] == "/devicecontrol/bulkoperations"
    assert parse_qs(entry["query"])["withTotalElements"] == ["true"]


# -- IDs in paths -----------------------------------------------------------------------------


@pytest.mark.parametrize("bad", ["", ".", ".."])
async def test_ids_that_cannot_be_a_segment_are_refused_before_sending(
    c8y: CumulocityClient, bad: str
) -> None:
    await clear_log(c8y)
    with pytest.raises(InvalidIdError):
        await c8y.measurements.get(bad)
    with pytest.raises(InvalidIdError):
        await c8y.operations.get(bad)
    with pytest.raises(InvalidIdError):
        await c8y.bulk_operations.get(bad)
    # The bulk delete checks IDs with the shared _object_id (a ConfigurationError for "").
    with pytest.raises(ConfigurationError):
        await c8y.measurements.delete("1", bad)
    assert await requests_log(c8y) == []


async def test_ids_with_separators_reach_only_the_object_route(c8y: CumulocityClient) -> None:
    source = await new_device(c8y)
    created = await Measurement(c8y, type="t", source=source, time=T0, series=("a.b", 1)).create()
    assert created.id is not None
    await clear_log(c8y)
    for suffix in ("?x=2", "#f", "/../x", "/"):
        with pytest.raises(NotFoundError):
            await c8y.measurements.get(created.id + suffix)
    with pytest.raises(NotFoundError):
        await c8y.operations.get(created.id + "?x=2")
    # The reported hole: this used to delete the whole collection's matches.
    with pytest.raises(BulkError) as caught:
        await c8y.measurements.delete("../measurements")
    assert isinstance(caught.value.error, NotFoundError)
    assert (await c8y.measurements.get(created.id)).id == created.id
    log = await requests_log(c8y)
    assert [entry["query"] for entry in log[:-1]] == [""] * 6
    assert [entry["path"] for entry in log[:-1]] == [
        f"/measurement/measurements/{created.id}?x=2",
        f"/measurement/measurements/{created.id}#f",
        f"/measurement/measurements/{created.id}/../x",
        f"/measurement/measurements/{created.id}/",
        f"/devicecontrol/operations/{created.id}?x=2",
        "/measurement/measurements/../measurements",
    ]
    assert all(entry["status"] == 404 for entry in log[:-1])


# -- NaN and infinities -----------------------------------------------------------------------


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf])
async def test_a_non_finite_series_value_is_refused_when_built(bad: float) -> None:
    with pytest.raises(NonFiniteNumberError, match=r"c8y_T\.T"):
        Measurement(type="t", source="1", series=("c8y_T.T", bad))


@pytest.mark.parametrize("bad", [math.nan, math.inf])
async def test_a_non_finite_fragment_value_is_refused_before_the_request(
    c8y: CumulocityClient, bad: float
) -> None:
    source = await new_device(c8y)
    await clear_log(c8y)
    measurement = Measurement(c8y, type="t", source=source, time=T0, c8y_T={"T": {"value": bad}})
    with pytest.raises(NonFiniteNumberError, match=r"c8y_T\.T\.value"):
        await measurement.create()
    staged = Measurement(type="t", source=source, time=T0)
    staged["c8y_T.T"] = {"value": bad}
    with pytest.raises(NonFiniteNumberError):
        await c8y.measurements.create(staged)
    assert await requests_log(c8y) == []


async def test_a_non_finite_value_in_a_later_batch_sends_no_batch(c8y: CumulocityClient) -> None:
    source = await new_device(c8y)
    good = [reading(source, minute, 20.0) for minute in range(5)]
    bad = Measurement(type="t", source=source, time=T0, c8y_T={"T": {"value": math.nan}})
    await clear_log(c8y)
    with pytest.raises(NonFiniteNumberError, match=r"batch 2 .*measurements\[1\]"):
        await c8y.measurements.create(*good, bad, batch_size=2, workers=2)
    assert await requests_log(c8y) == []
    assert await c8y.measurements.get_count(source=source) == 0


# -- series -----------------------------------------------------------------------------------


async def store_minutes(c8y: CumulocityClient, source: str, hours: int) -> None:
    """One value per minute for `hours` hours: value = the minute's number."""
    await c8y.measurements.create(
        *(reading(source, minute, float(minute)) for minute in range(hours * 60))
    )


async def test_get_series_sends_aggregation_function_and_interval(c8y: CumulocityClient) -> None:
    source = await new_device(c8y)
    await store_minutes(c8y, source, 3)
    await clear_log(c8y)
    hourly = await c8y.measurements.get_series(
        source,
        "c8y_Temperature.T",
        after=T0,
        before=T0 + timedelta(hours=3),
        aggregation_function=["min", "max"],
        aggregation_interval="1h",
    )
    (entry,) = await requests_log(c8y)
    sent = parse_qs(entry["query"])
    assert entry["path"] == SERIES_PATH
    assert sent["aggregationFunction"] == ["min", "max"]
    assert sent["aggregationInterval"] == ["1h"]
    assert sent["series"] == ["c8y_Temperature.T"]
    # One bucket per hour (the emulator answers with min/max per interval).
    assert hourly.collect(value=["min", "max"]) == [(0.0, 59.0), (60.0, 119.0), (120.0, 179.0)]


async def test_a_single_aggregation_function_is_one_value(c8y: CumulocityClient) -> None:
    source = await new_device(c8y)
    await store_minutes(c8y, source, 1)
    await clear_log(c8y)
    await c8y.measurements.get_series(
        source, after=T0, aggregation_function="count", aggregation_interval="1d"
    )
    (entry,) = await requests_log(c8y)
    assert parse_qs(entry["query"])["aggregationFunction"] == ["count"]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"aggregation_function": "min"}, "needs aggregation_interval"),
        (
            {"aggregation_function": "median", "aggregation_interval": "1h"},
            "aggregation_function must be one of min, max, avg",
        ),
        ({"aggregation_function": ["min", "mode"], "aggregation_interval": "1h"}, "'mode'"),
        ({"aggregation_interval": ""}, "aggregation_interval must be text"),
        ({"reverse": True, "aggregation": "YEARLY"}, "aggregation must be one of DAILY"),
    ],
)
async def test_bad_aggregation_arguments_are_refused_before_sending(
    c8y: CumulocityClient, arguments: dict[str, Any], message: str
) -> None:
    await clear_log(c8y)
    with pytest.raises(ConfigurationError, match=message):
        await c8y.measurements.get_series("1", after=T0, **arguments)
    assert await requests_log(c8y) == []


async def test_get_series_with_an_expression_sends_it_unchanged(c8y: CumulocityClient) -> None:
    source = await new_device(c8y)
    await store_minutes(c8y, source, 1)
    await clear_log(c8y)
    expression = (
        f"source={source}&dateFrom=2024-03-01T00:00:00Z&dateTo=2024-03-01T00:02:00Z"
        "&series=c8y_Temperature.T&series=c8y_Other.X"
    )
    result = await c8y.measurements.get_series(expression=expression)
    (entry,) = await requests_log(c8y)
    assert parse_qsl(entry["query"]) == parse_qsl(expression)
    assert result.collect(value="min") == [(0.0,), (1.0,)]


async def test_series_reads_like_its_json_document(c8y: CumulocityClient) -> None:
    source = await new_device(c8y)
    await store_minutes(c8y, source, 1)
    series = await c8y.measurements.get_series(source, after=T0, before=T0 + timedelta(minutes=2))
    assert isinstance(series, Series)
    assert series["series"] == [{"unit": "C", "name": "T", "type": "c8y_Temperature"}]
    assert series["values"] == {
        "2024-03-01T00:00:00.000Z": [{"min": 0.0, "max": 0.0}],
        "2024-03-01T00:01:00.000Z": [{"min": 1.0, "max": 1.0}],
    }
    assert series.values is series["values"]
    assert series["truncated"] is False
    assert set(series.keys()) == {"series", "values", "truncated"}
    assert dict(series.items()) == dict(series.json)
    assert dict(series) == dict(series.json)
    assert "values" in series
    assert "nothing" not in series
    assert series.get("nothing", 5) == 5
    with pytest.raises(KeyError):
        series["nothing"]
    (spec,) = series.specs
    assert (spec.type, spec.name, spec.unit, spec.series) == (
        "c8y_Temperature",
        "T",
        "C",
        "c8y_Temperature.T",
    )
    # The views agree with the mapping.
    assert series.to_numpy(value="min").tolist() == [0.0, 1.0]
    assert series.to_arrow().column("c8y_Temperature.T.max").to_pylist() == [0.0, 1.0]


async def test_collect_series_is_get_series_then_collect(c8y: CumulocityClient) -> None:
    source = await new_device(c8y)
    await store_minutes(c8y, source, 1)
    window: SeriesFilters = {"after": T0, "before": T0 + timedelta(minutes=3)}
    rows = await c8y.measurements.collect_series(
        source, "c8y_Temperature.T", value="max", timestamps=True, **window
    )
    assert rows == [
        ("2024-03-01T00:00:00.000Z", 0.0),
        ("2024-03-01T00:01:00.000Z", 1.0),
        ("2024-03-01T00:02:00.000Z", 2.0),
    ]
    series = await c8y.measurements.get_series(source, "c8y_Temperature.T", **window)
    assert rows == series.collect("c8y_Temperature.T", value="max", timestamps=True)
    newest = await c8y.measurements.collect_series(
        source, value="min", reverse=True, after=T0, before=T0 + timedelta(minutes=3)
    )
    assert newest == [(2.0,), (1.0,), (0.0,)]


# -- newest first -----------------------------------------------------------------------------


async def test_measurements_skim_latest_keeps_the_newest_per_type(c8y: CumulocityClient) -> None:
    source = await new_device(c8y)
    other = await new_device(c8y)
    await c8y.measurements.create(
        reading(source, 0, 1.0, "A"),
        reading(source, 5, 2.0, "A"),
        reading(source, 3, 3.0, "B"),
        reading(source, 1, 4.0, "C"),
        reading(other, 9, 5.0, "A"),
    )
    latest = await c8y.measurements.skim_latest(source)
    assert {kind: m["c8y_Temperature.T.value"] for kind, m in latest.items()} == {
        "A": 2.0,
        "B": 3.0,
        "C": 4.0,
    }
    # Only the newest `limit` measurements are scanned: C is older than the two newest.
    assert set(await c8y.measurements.skim_latest(source=source, limit=2)) == {"A", "B"}
    only_a = await c8y.measurements.skim_latest(source, type="A")
    assert list(only_a) == ["A"]
    with pytest.raises(ConfigurationError, match="do not pass reverse"):
        await c8y.measurements.skim_latest(source, reverse=False)


async def test_measurements_skim_latest_with_max_age_scans_the_window(
    c8y: CumulocityClient,
) -> None:
    source = await new_device(c8y)
    now = datetime.now(UTC)
    await c8y.measurements.create(
        Measurement(type="old", source=source, time=now - timedelta(hours=5), series=("a.b", 1)),
        *(
            Measurement(
                type=f"k{i}", source=source, time=now - timedelta(minutes=i), series=("a.b", i)
            )
            for i in range(1, 4)
        ),
    )
    window = await c8y.measurements.skim_latest(source, max_age=timedelta(hours=1), limit=1)
    assert set(window) == {"k1", "k2", "k3"}


async def test_operations_get_last_and_skim_latest(c8y: CumulocityClient) -> None:
    device = await new_device(c8y)
    other = await new_device(c8y)
    first = await Operation(c8y, device_id=device, c8y_Restart={}).create()
    second = await Operation(c8y, device_id=device, c8y_Command={"text": "ls"}).create()
    third = await Operation(c8y, device_id=device, c8y_Restart={}).create()
    await Operation(c8y, device_id=other, c8y_Firmware={}).create()
    last = await c8y.operations.get_last(device_id=device)
    assert last is not None
    assert last.id == third.id
    restart = await c8y.operations.get_last(device_id=device, fragment="c8y_Command")
    assert restart is not None
    assert restart.id == second.id
    assert await c8y.operations.get_last(device_id=device, status="FAILED") is None
    latest = await c8y.operations.skim_latest(device)
    assert {kind: op.id for kind, op in latest.items()} == {
        "c8y_Restart": third.id,
        "c8y_Command": second.id,
    }
    assert first.id not in {op.id for op in latest.values()}
    assert set(await c8y.operations.skim_latest(device_id=device, limit=1)) == {"c8y_Restart"}
    with pytest.raises(ConfigurationError, match="do not pass reverse"):
        await c8y.operations.get_last(device_id=device, reverse=True)


def test_operation_resolve_type_prefers_custom_fragments() -> None:
    assert Operation(device_id="1", description="x", c8y_Restart={}).resolve_type() == "c8y_Restart"
    assert Operation(device_id="1", description="x", restart={}).resolve_type() == "restart"
    assert Operation(device_id="1", description="x").resolve_type() is None
    standard = Operation.from_json({"id": "1", "deviceId": "2", "status": "PENDING", "go": {}})
    assert standard.resolve_type() == "go"


# -- the spec owns the names ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "operation", "dropped", "place"),
    [
        (
            "c8y_objects.measurements",
            "GET_MEASUREMENT_COLLECTION_RESOURCE",
            "valueFragmentSeries",
            "c8y_objects.measurements.MeasurementFilters.value_fragment_series",
        ),
        (
            "c8y_objects.measurements",
            "DELETE_MEASUREMENT_COLLECTION_RESOURCE",
            "fragmentType",
            "c8y_objects.measurements.MeasurementDeleteFilters.fragment",
        ),
        (
            "c8y_objects.measurements",
            "GET_MEASUREMENT_SERIES_RESOURCE",
            "aggregationInterval",
            "c8y_objects.measurements.SeriesFilters.aggregation_interval",
        ),
        (
            "c8y_objects.operations",
            "GET_OPERATION_COLLECTION_RESOURCE",
            "bulkOperationId",
            "c8y_objects.operations.OperationFilters.bulk_id",
        ),
        (
            "c8y_objects.operations",
            "DELETE_OPERATION_COLLECTION_RESOURCE",
            "agentId",
            "c8y_objects.operations.OperationDeleteFilters.agent_id",
        ),
    ],
)
def test_importing_against_a_spec_without_a_used_parameter_fails_naming_the_filter(
    monkeypatch: pytest.MonkeyPatch, module: str, operation: str, dropped: str, place: str
) -> None:
    original = getattr(wire, operation)
    assert dropped in original.query_params
    changed = dataclasses.replace(original, query_params=original.query_params - {dropped})
    monkeypatch.setattr(wire, operation, changed)
    found = importlib.util.find_spec(module)
    assert found is not None
    assert found.loader is not None
    fresh = importlib.util.module_from_spec(found)  # a copy, not put into sys.modules
    with pytest.raises(WireMismatchError, match=re.escape(f"{place}:")):
        found.loader.exec_module(fresh)


def test_a_handwritten_enum_that_differs_from_the_spec_is_refused() -> None:
    measurements._check_literal(
        "AggregationType",
        Literal["MINUTELY", "HOURLY", "DAILY"],
        (
            "DAILY",
            "HOURLY",
            "MINUTELY",
        ),
    )
    with pytest.raises(WireMismatchError, match="AggregationFunction: the spec declares min"):
        measurements._check_literal("AggregationFunction", Literal["min"], ("min", "max"))
