"""Unit tests of `Series`: every shape of `collect`, `values_of`, NumPy/pandas/polars/Arrow views,
irregular and malformed documents, timestamps, merging of partial answers (all pure)."""

from __future__ import annotations

import math
import sys
from datetime import UTC, datetime, timedelta
from typing import Any

import numpy as np
import orjson
import pandas as pd
import polars as pl
import pyarrow as pa
import pytest

from c8y_objects import Series, SeriesSpec
from c8y_objects.series import (
    build_columns,
    format_millis,
    merge_documents,
    remaining_range,
    split_range,
)

T0 = "2024-05-01T12:00:00.000Z"
T1 = "2024-05-01T12:00:01.000Z"
T2 = "2024-05-01T12:00:02.500Z"
T3 = "2024-05-01T12:00:03.000Z"


def entry(low: float, high: float | None = None) -> dict[str, float]:
    return {"min": low, "max": low if high is None else high}


def two_series() -> dict[str, Any]:
    """Temperature and humidity; humidity has a gap at T1, temperature at T2."""
    return {
        "series": [
            {"unit": "C", "name": "T", "type": "c8y_Temperature"},
            {"unit": "%", "name": "H", "type": "c8y_Humidity"},
        ],
        "values": {
            T0: [entry(20.5, 21.0), entry(40.0, 41.0)],
            T1: [entry(22.0, 23.5), None],
            T2: [None, entry(42.0, 42.5)],
            T3: [entry(24.0, 24.0), entry(43.0, 44.0)],
        },
        "truncated": False,
    }


def one_series() -> dict[str, Any]:
    return {
        "series": [{"unit": "C", "name": "T", "type": "c8y_Temperature"}],
        "values": {T0: [entry(1.0, 2.0)], T1: [None], T2: [entry(3.0, 4.0)]},
        "truncated": False,
    }


# --- the document ----------------------------------------------------------------------------


def test_series_keeps_the_document_and_reads_its_header() -> None:
    document = two_series()
    series = Series(document)
    assert series.json is document
    assert series.names == ["c8y_Temperature.T", "c8y_Humidity.H"]
    assert series.specs == [
        SeriesSpec("c8y_Temperature", "T", "C"),
        SeriesSpec("c8y_Humidity", "H", "%"),
    ]
    assert series.specs[0].series == "c8y_Temperature.T"
    assert len(series) == 4
    assert series.value_keys == ["min", "max"]
    assert (series.truncated, series.complete) == (False, True)
    assert "truncated=False" in repr(series)
    assert "c8y_Humidity.H" in repr(series)


def test_truncated_flag_is_read_from_the_document() -> None:
    document = {**one_series(), "truncated": True}
    series = Series(document)
    assert (series.truncated, series.complete) == (True, False)


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ([], "must be a JSON object"),
        ({"values": {}}, "no 'series' member"),
        ({"series": []}, "no 'values' member"),
        ({"series": {}, "values": {}}, "'series' must be a list"),
        ({"series": [], "values": []}, "'values' must be an object"),
        ({"series": ["x"], "values": {}}, r"series\[0\] is not an object"),
        ({"series": [{"name": "T"}], "values": {}}, "needs text 'type' and 'name'"),
        ({"series": [{"name": "T", "type": "c", "unit": 1}], "values": {}}, "non-text unit"),
    ],
)
def test_malformed_headers_are_refused(document: Any, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Series(document)


def test_from_bytes_parses_a_body_and_refuses_invalid_json() -> None:
    body = orjson.dumps(two_series())
    assert Series.from_bytes(body).collect() == Series(two_series()).collect()
    with pytest.raises(ValueError, match="not valid JSON"):
        Series.from_bytes(body[:-3])


# --- collect: every shape ----------------------------------------------------------------------


def test_collect_one_series_one_key() -> None:
    assert Series(one_series()).collect(value="min") == [(1.0,), (None,), (3.0,)]


def test_collect_one_series_two_keys_with_raw_timestamps() -> None:
    rows = Series(one_series()).collect(value=["min", "max"], timestamps=True)
    assert rows == [(T0, 1.0, 2.0), (T1, None, None), (T2, 3.0, 4.0)]


def test_collect_two_series_one_key() -> None:
    rows = Series(two_series()).collect(value="min")
    assert rows == [(20.5, 40.0), (22.0, None), (None, 42.0), (24.0, 43.0)]


def test_collect_two_series_two_keys_is_series_major() -> None:
    rows = Series(two_series()).collect(value=["min", "max"])
    assert rows == [
        (20.5, 21.0, 40.0, 41.0),
        (22.0, 23.5, None, None),
        (None, None, 42.0, 42.5),
        (24.0, 24.0, 43.0, 44.0),
    ]


def test_collect_without_arguments_takes_every_series_and_key() -> None:
    series = Series(two_series())
    assert series.collect() == series.collect(
        ["c8y_Temperature.T", "c8y_Humidity.H"], ["min", "max"]
    )


def test_collect_follows_the_order_of_the_names_given() -> None:
    rows = Series(two_series()).collect(["c8y_Humidity.H", "c8y_Temperature.T"], "max")
    assert rows == [(41.0, 21.0), (None, 23.5), (42.5, None), (44.0, 24.0)]


def test_collect_of_a_selected_series_with_a_key_list_of_one() -> None:
    rows = Series(two_series()).collect("c8y_Humidity.H", ["max"], timestamps=True)
    assert rows == [(T0, 41.0), (T1, None), (T2, 42.5), (T3, 44.0)]


def test_every_row_has_the_same_length_despite_gaps() -> None:
    rows = Series(two_series()).collect(timestamps="epoch")
    assert {len(row) for row in rows} == {5}


def test_collect_with_datetimes_gives_aware_utc_times() -> None:
    document = {
        "series": [{"name": "T", "type": "c"}],
        "values": {"2024-05-01T14:00:00.250+02:00": [entry(1.0)], T1: [entry(2.0)]},
        "truncated": False,
    }
    rows = Series(document).collect(value="min", timestamps="datetime")
    assert rows == [
        (datetime(2024, 5, 1, 12, 0, 0, 250_000, tzinfo=UTC), 1.0),
        (datetime(2024, 5, 1, 12, 0, 1, tzinfo=UTC), 2.0),
    ]
    assert all(row[0].tzinfo is UTC for row in rows)


def test_collect_with_epoch_gives_seconds_as_floats() -> None:
    rows = Series(two_series()).collect("c8y_Temperature.T", "min", timestamps="epoch")
    expected = datetime(2024, 5, 1, 12, 0, tzinfo=UTC).timestamp()
    assert [row[0] for row in rows] == [expected, expected + 1, expected + 2.5, expected + 3]
    assert all(type(row[0]) is float for row in rows)


def test_collect_of_an_empty_result() -> None:
    series = Series({"series": [], "values": {}, "truncated": False})
    assert series.collect() == []
    assert series.collect(timestamps=True) == []
    assert series.value_keys == []


def test_collect_without_value_keys_gives_bare_timestamps() -> None:
    document = {"series": [{"name": "T", "type": "c"}], "values": {T0: [None], T1: [None]}}
    series = Series(document)
    assert series.collect() == [(), ()]
    assert series.collect(timestamps=True) == [(T0,), (T1,)]


def test_default_value_keys_are_those_with_values_in_the_selection() -> None:
    document = {
        "series": [{"name": "A", "type": "c"}, {"name": "B", "type": "c"}],
        "values": {T0: [{"min": 1}, {"min": 2, "avg": 3}], T1: [{"min": 4}, None]},
    }
    series = Series(document)
    assert series.collect("c.A") == [(1.0,), (4.0,)]
    assert series.collect() == [(1.0, None, 2.0, 3.0), (4.0, None, None, None)]
    assert series.value_keys == ["min", "avg"]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda s: s.collect("c8y_Nope.X"), "unknown series 'c8y_Nope.X'.*'c8y_Temperature.T'"),
        (lambda s: s.collect(["c8y_Temperature.T", "x"]), "unknown series 'x'"),
        (lambda s: s.collect(value="avg"), "unknown value key 'avg'.*'min', 'max'"),
        (lambda s: s.collect(value=["min", "sum"]), "unknown value key 'sum'"),
        (lambda s: s.collect(timestamps="iso"), "timestamps must be one of"),
        (lambda s: s.collect(timestamps=1), "timestamps must be one of"),
        (lambda s: s.collect(series=3), "series must be a name"),
        (lambda s: s.collect(value=3), "value must be a value key"),
    ],
)
def test_collect_refuses_unknown_choices_and_names_them(call: Any, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        call(Series(two_series()))


# --- values_of ---------------------------------------------------------------------------------


def test_values_of_skips_missing_values() -> None:
    series = Series(two_series())
    assert series.values_of("c8y_Humidity.H", "min") == [40.0, 42.0, 43.0]
    assert series.values_of("c8y_Temperature.T", "max") == [21.0, 23.5, 24.0]


def test_values_of_needs_no_names_when_there_is_one_choice() -> None:
    document = {
        "series": [{"name": "T", "type": "c"}],
        "values": {T0: [{"avg": 1.5}], T1: [None], T2: [{"avg": 2}]},
    }
    assert Series(document).values_of() == [1.5, 2.0]


def test_values_of_skips_entries_lacking_the_key() -> None:
    document = {
        "series": [{"name": "T", "type": "c"}],
        "values": {T0: [{"min": 1, "max": 2}], T1: [{"max": 5}], T2: [{"min": 3, "max": None}]},
    }
    series = Series(document)
    assert series.values_of(value="min") == [1.0, 3.0]
    assert series.values_of(value="max") == [2.0, 5.0]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda s: s.values_of(), "several series; name one of: 'c8y_Temperature.T'"),
        (lambda s: s.values_of("c8y_Temperature.T"), "several value keys; name one of: 'min'"),
        (lambda s: s.values_of("nope", "min"), "unknown series 'nope'"),
        (lambda s: s.to_numpy(), "several series"),
        (lambda s: s.to_numpy("c8y_Humidity.H"), "several value keys"),
        (lambda s: s.to_series(value="min"), "several series"),
    ],
)
def test_single_series_calls_refuse_ambiguity(call: Any, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        call(Series(two_series()))


def test_single_series_calls_on_a_result_without_series() -> None:
    series = Series({"series": [], "values": {}})
    with pytest.raises(ValueError, match="holds no series"):
        series.values_of()


def test_a_series_without_any_value_gives_no_values() -> None:
    document = {"series": [{"name": "T", "type": "c"}], "values": {T0: [None], T1: [None]}}
    series = Series(document)
    assert series.values_of() == []
    assert np.isnan(series.to_numpy()).all()
    assert len(series.to_numpy()) == 2


# --- NumPy -------------------------------------------------------------------------------------


def test_to_numpy_keeps_alignment_with_nan() -> None:
    series = Series(two_series())
    temperature = series.to_numpy("c8y_Temperature.T", "min")
    humidity = series.to_numpy("c8y_Humidity.H", "min")
    assert temperature.dtype == np.float64
    assert len(temperature) == len(humidity) == 4
    np.testing.assert_array_equal(temperature, [20.5, 22.0, np.nan, 24.0])
    np.testing.assert_array_equal(humidity, [40.0, np.nan, 42.0, 43.0])


def test_to_numpy_returns_a_writable_copy() -> None:
    document = {"series": [{"name": "T", "type": "c"}], "values": {T0: [{"v": 1}], T1: [{"v": 2}]}}
    series = Series(document)
    array = series.to_numpy()
    array[0] = 99.0
    assert series.to_numpy()[0] == 1.0


# --- pandas ------------------------------------------------------------------------------------


def test_to_dataframe_columns_rows_and_nan() -> None:
    frame = Series(two_series()).to_dataframe()
    assert list(frame.columns) == [
        "c8y_Temperature_T_min",
        "c8y_Temperature_T_max",
        "c8y_Humidity_H_min",
        "c8y_Humidity_H_max",
    ]
    assert isinstance(frame.index, pd.RangeIndex)
    assert len(frame) == 4
    assert frame["c8y_Humidity_H_min"].tolist()[0] == 40.0
    assert math.isnan(frame["c8y_Humidity_H_min"].tolist()[1])
    assert all(dtype == np.float64 for dtype in frame.dtypes)


def test_to_dataframe_with_one_key_uses_bare_series_names() -> None:
    frame = Series(two_series()).to_dataframe(value="max")
    assert list(frame.columns) == ["c8y_Temperature_T", "c8y_Humidity_H"]
    frame = Series(two_series()).to_dataframe("c8y_Humidity.H", ["min"])
    assert list(frame.columns) == ["c8y_Humidity_H"]


def test_to_dataframe_replaces_special_characters_in_names() -> None:
    document = {
        "series": [{"name": "speed X/s", "type": "c8y-Motion"}],
        "values": {T0: [{"min": 1, "max": 2}]},
    }
    assert list(Series(document).to_dataframe().columns) == [
        "c8y_Motion_speed_X_s_min",
        "c8y_Motion_speed_X_s_max",
    ]


@pytest.mark.parametrize("form", [True, "datetime", "epoch"])
def test_to_dataframe_index_forms(form: Any) -> None:
    series = Series(two_series())
    frame = series.to_dataframe(value="min", timestamps=form)
    expected = [row[0] for row in series.collect(timestamps=form)]
    assert frame.index.name == "time"
    assert list(frame.index) == expected
    if form == "datetime":
        assert isinstance(frame.index, pd.DatetimeIndex)
        assert str(frame.index.tz) == "UTC"


def test_to_dataframe_rows_match_collect() -> None:
    series = Series(two_series())
    frame = series.to_dataframe()
    for values, row in zip(frame.itertuples(index=False), series.collect(), strict=True):
        assert [None if math.isnan(v) else v for v in values] == list(row)


def test_to_series_defaults_to_min_and_can_be_indexed() -> None:
    pandas_series = Series(one_series()).to_series(timestamps=True)
    assert pandas_series.name == "c8y_Temperature_T"
    assert list(pandas_series.index) == [T0, T1, T2]
    assert pandas_series[T0] == 1.0
    assert math.isnan(pandas_series[T1])
    assert Series(one_series()).to_series(value="max").tolist()[2] == 4.0


def test_to_series_refuses_unknown_keys() -> None:
    with pytest.raises(ValueError, match="unknown value key 'avg'"):
        Series(one_series()).to_series(value="avg")


# --- Arrow and polars --------------------------------------------------------------------------


def test_to_arrow_schema_names_and_nulls() -> None:
    table = Series(two_series()).to_arrow()
    assert table.schema.names == [
        "time",
        "c8y_Temperature.T.min",
        "c8y_Temperature.T.max",
        "c8y_Humidity.H.min",
        "c8y_Humidity.H.max",
    ]
    assert table.schema.field("time").type == pa.timestamp("ms", tz="UTC")
    assert all(table.schema.field(i).type == pa.float64() for i in range(1, 5))
    assert table.column("c8y_Humidity.H.max").to_pylist() == [41.0, None, 42.5, 44.0]
    assert table.column("c8y_Temperature.T.min").null_count == 1
    field = table.schema.field("c8y_Humidity.H.min")
    assert field.metadata == {b"series": b"c8y_Humidity.H", b"value": b"min", b"unit": b"%"}
    start = datetime(2024, 5, 1, 12, tzinfo=UTC)
    assert table.column("time").to_pylist() == [
        start + timedelta(milliseconds=ms) for ms in (0, 1000, 2500, 3000)
    ]


def test_to_arrow_selection_matches_collect() -> None:
    series = Series(two_series())
    table = series.to_arrow("c8y_Humidity.H", "max")
    assert table.schema.names == ["time", "c8y_Humidity.H.max"]
    assert list(zip(*(c.to_pylist() for c in table.columns[1:]), strict=True)) == series.collect(
        "c8y_Humidity.H", "max"
    )


def test_to_arrow_is_built_once() -> None:
    series = Series(two_series())
    assert series.to_arrow() is series.to_arrow()


def test_to_polars_is_the_arrow_table() -> None:
    series = Series(two_series())
    frame = series.to_polars()
    assert frame.columns == series.to_arrow().column_names
    assert frame.schema["time"] == pl.Datetime("ms", "UTC")
    assert frame["c8y_Humidity.H.min"].to_list() == [40.0, None, 42.0, 43.0]
    assert series.to_polars("c8y_Temperature.T", "min").columns == [
        "time",
        "c8y_Temperature.T.min",
    ]


@pytest.mark.parametrize(
    ("module", "call"),
    [
        ("pandas", lambda s: s.to_dataframe()),
        ("pandas", lambda s: s.to_series("c8y_Temperature.T")),
        ("polars", lambda s: s.to_polars()),
    ],
)
def test_missing_extras_are_named(monkeypatch: pytest.MonkeyPatch, module: str, call: Any) -> None:
    monkeypatch.setitem(sys.modules, module, None)
    with pytest.raises(ImportError, match=rf"pip install 'c8y-objects\[{module}\]'"):
        call(Series(two_series()))


# --- irregular and malformed documents ---------------------------------------------------------


def test_null_and_short_rows_are_gaps() -> None:
    document = {
        "series": [{"name": "A", "type": "c"}, {"name": "B", "type": "c"}],
        "values": {T0: None, T1: [entry(1.0)], T2: [entry(2.0), entry(3.0)], T3: []},
    }
    assert Series(document).collect(value="min", timestamps=True) == [
        (T0, None, None),
        (T1, 1.0, None),
        (T2, 2.0, 3.0),
        (T3, None, None),
    ]


def test_entries_with_different_keys_and_json_nulls() -> None:
    document = {
        "series": [{"name": "A", "type": "c"}],
        "values": {T0: [{"min": 1}], T1: [{"max": 2, "avg": 1.5}], T2: [{"min": None, "max": 3}]},
    }
    series = Series(document)
    assert series.value_keys == ["min", "max", "avg"]
    assert series.collect() == [(1.0, None, None), (None, 2.0, 1.5), (None, 3.0, None)]


def test_integers_become_floats() -> None:
    document = {"series": [{"name": "A", "type": "c"}], "values": {T0: [{"min": 3, "max": 2**40}]}}
    assert Series(document).collect() == [(3.0, float(2**40))]


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ({"min": 1}, rf"values\['{T0}'\] must be a list"),
        ([entry(1.0), entry(2.0), entry(3.0)], "has 3 entries for 2 series"),
        ([[1, 2], None], r"\[0\] must be an object or null"),
        ([None, "x"], r"\[1\] must be an object or null"),
        ([0, None], r"\[0\] must be an object or null"),
        ([{"min": "1"}, None], r"\['min'\] is not a number"),
    ],
)
def test_malformed_values_are_refused_with_their_place(row: Any, message: str) -> None:
    document = {
        "series": [{"name": "A", "type": "c"}, {"name": "B", "type": "c"}],
        "values": {T1: [entry(5.0), None], T0: row},
    }
    with pytest.raises(ValueError, match=message):
        Series(document).collect()


def test_entries_without_series_are_refused() -> None:
    with pytest.raises(ValueError, match="has entries but no series"):
        Series({"series": [], "values": {T0: [entry(1.0)]}}).collect()


def test_the_fast_and_exact_paths_agree() -> None:
    """A regular document read normally, and with one null row forcing the exact path."""
    regular = two_series()
    irregular = two_series()
    irregular["values"]["2024-05-01T12:00:04.000Z"] = None
    fast = build_columns(regular["values"], 2)
    exact = build_columns(irregular["values"], 2)
    assert fast.keys == exact.keys
    for position in range(2):
        for key in fast.keys:
            head = exact.arrays[position][key].slice(0, 4)
            assert fast.arrays[position][key].equals(head)


# --- timestamps --------------------------------------------------------------------------------


def test_timestamps_without_offset_are_utc_and_sub_milliseconds_are_cut() -> None:
    document = {
        "series": [{"name": "A", "type": "c"}],
        "values": {"2024-05-01T12:00:00.123456Z": [entry(1.0)], "2024-05-01T12:00:01": [None]},
    }
    series = Series(document)
    assert series.collect(timestamps=True)[0][0] == "2024-05-01T12:00:00.123456Z"
    assert series.to_arrow().column("time").to_pylist() == [
        datetime(2024, 5, 1, 12, 0, 0, 123_000, tzinfo=UTC),
        datetime(2024, 5, 1, 12, 0, 1, tzinfo=UTC),
    ]


def test_an_invalid_timestamp_is_named_when_times_are_needed() -> None:
    document = {"series": [{"name": "A", "type": "c"}], "values": {"yesterday": [entry(1.0)]}}
    series = Series(document)
    assert series.collect(timestamps=True) == [("yesterday", 1.0, 1.0)]
    with pytest.raises(ValueError, match="timestamp 'yesterday' is not an ISO 8601"):
        series.to_arrow()


# --- merging partial answers -------------------------------------------------------------------


def test_merge_with_the_same_series_joins_boundary_rows() -> None:
    spec = [{"unit": "C", "name": "T", "type": "c"}]
    first = {"series": spec, "values": {T0: [entry(1.0)], T1: [None]}, "truncated": True}
    second = {"series": spec, "values": {T1: [entry(2.0)], T2: [entry(3.0)]}, "truncated": False}
    merged = merge_documents([first, second])
    assert merged == {
        "series": spec,
        "values": {T0: [entry(1.0)], T1: [entry(2.0)], T2: [entry(3.0)]},
        "truncated": False,
    }


def test_merge_aligns_series_by_name_across_parts() -> None:
    first = {
        "series": [{"name": "A", "type": "c"}],
        "values": {T0: [entry(1.0)], T1: [entry(2.0)]},
        "truncated": True,
    }
    second = {
        "series": [{"name": "B", "type": "c", "unit": "m"}, {"name": "A", "type": "c"}],
        "values": {T1: [entry(9.0), None], T2: [entry(8.0), entry(3.0)]},
        "truncated": False,
    }
    merged = Series(merge_documents([first, second]))
    assert merged.names == ["c.A", "c.B"]
    assert merged.specs[1].unit == "m"
    assert merged.collect(value="min", timestamps=True) == [
        (T0, 1.0, None),
        (T1, 2.0, 9.0),
        (T2, 3.0, 8.0),
    ]


def test_remaining_range_continues_after_the_last_timestamp() -> None:
    start = 1_714_564_800_000  # T0
    document = {"series": [], "values": {T0: [], T1: []}}
    assert remaining_range(document, start - 5000, start + 10_000, False) == (
        start + 1000,
        start + 10_000,
    )
    newest_first = {"series": [], "values": {T1: [], T0: []}}
    assert remaining_range(newest_first, start - 5000, start + 10_000, True) == (
        start - 5000,
        start + 1,
    )


def test_remaining_range_always_shrinks() -> None:
    start = 1_714_564_800_000
    document = {"series": [], "values": {T0: []}}
    # The answer's only timestamp is the start: continue one millisecond later.
    assert remaining_range(document, start, start + 10, False) == (start + 1, start + 10)
    # A timestamp outside the range (a misbehaving server) ends the completion.
    assert remaining_range(document, start + 5, start + 10, False) is None
    assert remaining_range({"series": [], "values": {}}, start, start + 10, False) is None


def test_split_range_covers_the_range_in_adjacent_pieces() -> None:
    assert split_range(0, 10, 3) == [(0, 4), (4, 8), (8, 10)]
    assert split_range(0, 2, 5) == [(0, 1), (1, 2)]
    assert split_range(5, 6, 1) == [(5, 6)]


def test_format_millis_is_the_platforms_utc_text() -> None:
    assert format_millis(1_714_564_800_250) == "2024-05-01T12:00:00.250Z"
    assert format_millis(-1) == "1969-12-31T23:59:59.999Z"
