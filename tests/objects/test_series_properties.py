"""Property tests of `Series`: for random series documents (regular and irregular), `collect`
matches a plain reference reading of the document, and every other conversion agrees with it."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta, timezone
from itertools import pairwise
from typing import Any

import numpy as np
import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from c8y_objects import Series
from c8y_objects.series import format_millis, merge_documents

KEYS = ("min", "max", "avg", "count")
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

numbers = st.one_of(
    st.floats(allow_nan=False, allow_infinity=False),
    st.integers(min_value=-(2**53), max_value=2**53),
)


@st.composite
def timestamps(draw: st.DrawFn, count: int) -> list[str]:
    """Distinct texts; mostly UTC with milliseconds, some with an offset."""
    millis = draw(
        st.lists(
            st.integers(min_value=0, max_value=4_102_444_800_000),
            min_size=count,
            max_size=count,
            unique=True,
        )
    )
    texts = []
    for ms in millis:
        if draw(st.booleans()):
            texts.append(format_millis(ms))
        else:
            offset = timedelta(minutes=15 * draw(st.integers(min_value=-48, max_value=56)))
            moment = (EPOCH + timedelta(milliseconds=ms)).astimezone(timezone(offset))
            texts.append(moment.isoformat(timespec="milliseconds"))
    return list(dict.fromkeys(texts))


@st.composite
def entries(draw: st.DrawFn, keys: tuple[str, ...], regular: bool) -> dict[str, Any] | None:
    if draw(st.integers(min_value=0, max_value=4)) == 0:
        return None
    if regular:
        return {key: draw(numbers) for key in keys}
    chosen = draw(st.lists(st.sampled_from(KEYS), unique=True, max_size=4))
    return {key: draw(st.one_of(numbers, st.none())) for key in chosen}


@st.composite
def documents(draw: st.DrawFn) -> dict[str, Any]:
    """A series answer: regular (what the platform sends) or irregular (what the format allows)."""
    regular = draw(st.booleans())
    width = draw(st.integers(min_value=0, max_value=4))
    specs = [
        {"name": f"S{i}", "type": draw(st.sampled_from(["c8y_T", "c8y_Motion", "x-y"]))}
        for i in range(width)
    ]
    for spec in specs:
        if draw(st.booleans()):
            spec["unit"] = draw(st.sampled_from(["C", "m/s", "%"]))
    keys = tuple(draw(st.lists(st.sampled_from(KEYS), unique=True, min_size=1, max_size=3)))
    stamps = draw(timestamps(draw(st.integers(min_value=0, max_value=25))))
    values: dict[str, Any] = {}
    for stamp in stamps:
        row = [draw(entries(keys, regular)) for _ in range(width)]
        if not regular and width and draw(st.integers(min_value=0, max_value=5)) == 0:
            values[stamp] = None if draw(st.booleans()) else row[: draw(st.integers(0, width - 1))]
        else:
            values[stamp] = row
    return {"series": specs, "values": values, "truncated": draw(st.booleans())}


# --- the reference: a plain reading of the document -------------------------------------------


def padded_rows(document: dict[str, Any]) -> list[tuple[str, list[Any]]]:
    width = len(document["series"])
    rows = []
    for stamp, row in document["values"].items():
        full = list(row or []) + [None] * (width - len(row or []))
        rows.append((stamp, full))
    return rows


def all_keys(document: dict[str, Any]) -> list[str]:
    found: dict[str, None] = {}
    for _, row in padded_rows(document):
        for item in row:
            for key in item or {}:
                found.setdefault(key)
    return list(found)


def available_keys(document: dict[str, Any], positions: list[int]) -> list[str]:
    rows = padded_rows(document)
    return [
        key
        for key in all_keys(document)
        if any(
            row[p] is not None and row[p].get(key) is not None for _, row in rows for p in positions
        )
    ]


def reference_collect(
    document: dict[str, Any], positions: list[int], keys: list[str]
) -> list[tuple[Any, ...]]:
    result = []
    for _, row in padded_rows(document):
        values: list[Any] = []
        for p in positions:
            for key in keys:
                value = None if row[p] is None else row[p].get(key)
                values.append(None if value is None else float(value))
        result.append(tuple(values))
    return result


def reference_time(text: str) -> datetime:
    parsed = datetime.fromisoformat(text)
    millis = (parsed - EPOCH) // timedelta(milliseconds=1)
    return EPOCH + timedelta(milliseconds=millis)


def nan_to_none(values: Any) -> list[Any]:
    return [None if isinstance(v, float) and math.isnan(v) else v for v in values]


# --- properties --------------------------------------------------------------------------------

common = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@common
@given(documents())
def test_collect_reads_the_document_exactly(document: dict[str, Any]) -> None:
    series = Series(document)
    positions = list(range(len(document["series"])))
    keys = available_keys(document, positions)
    expected = reference_collect(document, positions, keys)
    assert series.collect() == expected
    assert series.value_keys == keys
    stamps = list(document["values"])
    assert series.collect(timestamps=True) == [
        (stamp, *row) for stamp, row in zip(stamps, expected, strict=True)
    ]
    times = [reference_time(stamp) for stamp in stamps]
    assert series.collect(timestamps="datetime") == [
        (moment, *row) for moment, row in zip(times, expected, strict=True)
    ]
    epochs = [(moment - EPOCH) / timedelta(seconds=1) for moment in times]
    assert [row[0] for row in series.collect(timestamps="epoch")] == epochs


@common
@given(documents(), st.data())
def test_selections_match_the_reference(document: dict[str, Any], data: st.DataObject) -> None:
    series = Series(document)
    names = series.names
    if not names:
        return
    positions = data.draw(st.lists(st.integers(0, len(names) - 1), min_size=1, max_size=3))
    universe = all_keys(document)
    chosen = [names[p] for p in positions]
    if universe:
        keys = data.draw(st.lists(st.sampled_from(universe), min_size=1, max_size=3))
    else:
        keys = ["min"]
    assert series.collect(chosen, keys) == reference_collect(document, positions, keys)
    assert series.collect(chosen) == reference_collect(
        document, positions, available_keys(document, positions)
    )


@common
@given(documents())
def test_every_conversion_agrees_with_collect(document: dict[str, Any]) -> None:
    series = Series(document)
    rows = series.collect()
    columns = list(zip(*rows, strict=True)) if rows and rows[0] else []
    table = series.to_arrow()
    keys = series.value_keys
    assert table.column_names == ["time", *(f"{n}.{k}" for n in series.names for k in keys)]
    assert table.num_rows == len(document["values"])
    assert table.column("time").to_pylist() == [
        row[0] for row in series.collect(timestamps="datetime")
    ]
    for index, values in enumerate(columns):
        assert table.column(index + 1).to_pylist() == list(values)
    # pandas and polars hold the same values (NaN for missing in pandas)
    frame = series.to_dataframe()
    assert frame.shape == (len(rows), len(series.names) * len(keys))
    for index, values in enumerate(columns):
        assert nan_to_none(frame.iloc[:, index].tolist()) == list(values)
    assert series.to_polars().rows() == [tuple(r.values()) for r in table.to_pylist()]
    # one series and key at a time: NumPy aligned with NaN, values_of without the gaps
    for position, name in enumerate(series.names):
        for offset, key in enumerate(keys):
            column: list[Any] = (
                list(columns[position * len(keys) + offset]) if columns else [None] * len(rows)
            )
            array = series.to_numpy(name, key)
            assert array.dtype == np.float64
            assert nan_to_none(array.tolist()) == column
            assert series.values_of(name, key) == [v for v in column if v is not None]
            pandas_series = series.to_series(name, key)
            assert nan_to_none(pandas_series.tolist()) == column


@common
@given(documents())
def test_bytes_and_parsed_documents_give_the_same_table(document: dict[str, Any]) -> None:
    assert Series.from_bytes(orjson.dumps(document)).to_arrow().equals(Series(document).to_arrow())


@common
@given(documents(), st.data())
def test_merging_split_answers_restores_the_document(
    document: dict[str, Any], data: st.DataObject
) -> None:
    """Cut the values into ranges that share their boundary timestamp, as completion does."""
    stamps = list(document["values"])
    if not stamps:
        return
    cuts = sorted(set(data.draw(st.lists(st.integers(0, len(stamps) - 1), max_size=4))))
    bounds = sorted({0, *cuts, len(stamps) - 1})
    specs = document["series"]
    rows = dict(padded_rows(document))
    parts = []
    for low, high in list(pairwise(bounds)) or [(0, 0)]:
        order = data.draw(st.permutations(range(len(specs))))
        part_values = {}
        for stamp in stamps[low : high + 1]:
            row = rows[stamp]
            if stamp == stamps[high] and high != len(stamps) - 1:
                # a row the platform may have cut short: its entries come again next part
                row = [None] * len(row)
            part_values[stamp] = [row[p] for p in order]
        parts.append({"series": [specs[p] for p in order], "values": part_values})
    merged = Series(merge_documents(parts))
    original = Series(document)
    assert sorted(merged.names) == sorted(original.names)
    # (the default key order follows the series order, which the parts permute)
    keys = all_keys(document) or ["min"]
    assert merged.collect(original.names, keys, timestamps=True) == original.collect(
        original.names, keys, timestamps=True
    )


@pytest.mark.parametrize("width", [1, 3])
def test_a_large_regular_document_takes_the_vectorised_path(width: int) -> None:
    """Regression guard: thousands of rows agree with the reference too."""
    stamps = [format_millis(1_700_000_000_000 + i) for i in range(3000)]
    document = {
        "series": [{"name": f"S{i}", "type": "c"} for i in range(width)],
        "values": {
            stamp: [
                None if (i + p) % 7 == 0 else {"min": i * 0.5, "max": i + p} for p in range(width)
            ]
            for i, stamp in enumerate(stamps)
        },
    }
    positions = list(range(width))
    assert Series(document).collect() == reference_collect(document, positions, ["min", "max"])
