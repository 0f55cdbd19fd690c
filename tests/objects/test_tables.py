"""Measurements as Arrow tables and Parquet files: page conversion (pure), and `to_arrow` /
`export_parquet` over a mock transport that makes pages on demand (schema growth, declared
columns, progress, failures that leave nothing behind, flat memory)."""

from __future__ import annotations

import os
import tracemalloc
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import orjson
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from c8y_objects import ConfigurationError, CumulocityClient, ServerError
from c8y_objects._tables import (
    conform,
    measurements_to_batch,
    parse_timestamps,
    widen,
)
from c8y_objects.series import format_millis

START = 1_709_251_200_000  # 2024-03-01T00:00:00Z
A, B, C = "c8y_A.a", "c8y_B.b", "c8y_C.c"


def measurement(i: int, *series: str, unit: str | None = "u") -> dict[str, Any]:
    """A measurement as the platform answers it, with value ``i`` in each series."""
    document: dict[str, Any] = {
        "id": str(1000 + i),
        "self": f"http://c8y/measurement/measurements/{1000 + i}",
        "time": format_millis(START + i * 1000),
        "type": "t" if i % 2 else "s",
        "source": {"id": "7", "self": "http://c8y/inventory/managedObjects/7"},
    }
    for name in series:
        fragment, member = name.split(".")
        element: dict[str, Any] = {"value": float(i)}
        if unit is not None:
            element["unit"] = unit
        document.setdefault(fragment, {})[member] = element
    return document


def growing(i: int) -> dict[str, Any]:
    """Series A first; B joins at 3000; from 5000 on only C (without unit)."""
    if i < 3000:
        return measurement(i, A)
    if i < 5000:
        return measurement(i, A, B)
    return measurement(i, C, unit=None)


# --- one page to a batch (pure) ----------------------------------------------------------------


def test_a_page_becomes_a_batch_with_series_in_first_seen_order() -> None:
    page = [
        measurement(0, A),
        {**measurement(1, B, A), "c8y_Note": {"text": "no value here"}, "flag": True},
        measurement(2, B, unit=None),
    ]
    batch = measurements_to_batch(page)
    assert batch.schema.names == [
        "id",
        "source",
        "type",
        "time",
        f"{A}.value",
        f"{A}.unit",
        f"{B}.value",
        f"{B}.unit",
    ]
    assert batch.schema.field("time").type == pa.timestamp("ms", tz="UTC")
    assert batch.to_pylist() == [
        {
            "id": "1000",
            "source": "7",
            "type": "s",
            "time": datetime(2024, 3, 1, 0, 0, 0, tzinfo=UTC),
            f"{A}.value": 0.0,
            f"{A}.unit": "u",
            f"{B}.value": None,
            f"{B}.unit": None,
        },
        {
            "id": "1001",
            "source": "7",
            "type": "t",
            "time": datetime(2024, 3, 1, 0, 0, 1, tzinfo=UTC),
            f"{A}.value": 1.0,
            f"{A}.unit": "u",
            f"{B}.value": 1.0,
            f"{B}.unit": "u",
        },
        {
            "id": "1002",
            "source": "7",
            "type": "s",
            "time": datetime(2024, 3, 1, 0, 0, 2, tzinfo=UTC),
            f"{A}.value": None,
            f"{A}.unit": None,
            f"{B}.value": 2.0,
            f"{B}.unit": None,
        },
    ]


def test_declared_columns_fix_the_series_and_their_order() -> None:
    batch = measurements_to_batch([measurement(0, A, B), measurement(1, A)], [B, C])
    assert batch.schema.names[4:] == [f"{B}.value", f"{B}.unit", f"{C}.value", f"{C}.unit"]
    assert batch.column(f"{B}.value").to_pylist() == [0.0, None]
    assert batch.column(f"{C}.value").null_count == 2


def test_integer_values_and_ids_are_normalised() -> None:
    document = {**measurement(0), "id": 55, "c8y_N": {"n": {"value": 3}}}
    batch = measurements_to_batch([document])
    assert batch.column("id").to_pylist() == ["55"]
    assert batch.column("c8y_N.n.value").to_pylist() == [3.0]


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ("text", "measurement 1 of the page is not a JSON object"),
        ({**measurement(0), "c8y_A": {"a": {"value": "hot"}}}, r"'1000'.*c8y_A.a.*not a number"),
        ({**measurement(0), "c8y_A": {"a": {"value": 1, "unit": 5}}}, "unit that is not text"),
        ({**measurement(0), "time": "soon"}, "timestamp 'soon' is not an ISO 8601"),
        ({**measurement(0), "type": ["x"]}, "measurement type"),
    ],
)
def test_unconvertible_measurements_are_named(document: Any, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        measurements_to_batch([measurement(5, A), document])


def test_conform_adds_missing_columns_as_nulls_and_widen_appends_new_ones() -> None:
    small = measurements_to_batch([measurement(0, A)])
    large = measurements_to_batch([measurement(1, B, A)])
    schema = widen(small.schema, large.schema)
    assert schema is not None
    assert schema.names[4:] == [f"{A}.value", f"{A}.unit", f"{B}.value", f"{B}.unit"]
    assert widen(schema, small.schema) is None
    table = conform(small, schema)
    assert table.schema == schema
    assert table.column(f"{B}.value").to_pylist() == [None]
    with pytest.raises(ValueError, match="not in the target schema"):
        conform(large, small.schema)


def test_parse_timestamps_vectorised_and_one_by_one() -> None:
    fast = parse_timestamps(["2024-03-01T01:00:00.000+01:00", None])
    slow = parse_timestamps(["2024-03-01T00:00:00", "2024-03-01T00:00:00.0009Z"])
    assert fast.to_pylist() == [datetime(2024, 3, 1, tzinfo=UTC), None]
    assert slow.to_pylist() == [datetime(2024, 3, 1, tzinfo=UTC)] * 2


# --- against a mock transport ------------------------------------------------------------------


class Pages:
    """Answers measurement queries from `make(i)` for ``i < count``; can fail a page."""

    def __init__(
        self, count: int, make: Callable[[int], dict[str, Any]], fail_page: int | None = None
    ) -> None:
        self.count = count
        self.make = make
        self.fail_page = fail_page
        self.requests: list[httpx.URL] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request.url)
        params = request.url.params
        size = int(params.get("pageSize", 5))
        if params.get("withTotalElements") == "true":
            body = {"measurements": [], "statistics": {"totalElements": self.count}}
            return httpx.Response(200, content=orjson.dumps(body))
        page = int(params.get("currentPage", 1))
        if page == self.fail_page:
            return httpx.Response(500, json={"error": "general/internalError", "message": "x"})
        first = (page - 1) * size
        items = [self.make(i) for i in range(first, min(first + size, self.count))]
        return httpx.Response(200, content=orjson.dumps({"measurements": items}))


@pytest.fixture
def pages() -> Pages:
    return Pages(7000, growing)


@pytest.fixture
async def mock_c8y(pages: Pages) -> AsyncIterator[CumulocityClient]:
    client = CumulocityClient(
        "http://c8y", "t1", token="x", transport=httpx.MockTransport(pages), max_retries=0
    )
    async with client:
        yield client


def expected_growing(count: int) -> list[dict[str, Any]]:
    rows = []
    for i in range(count):
        row: dict[str, Any] = {
            "id": str(1000 + i),
            "source": "7",
            "type": "t" if i % 2 else "s",
            "time": datetime.fromtimestamp((START + i * 1000) / 1000, UTC),
        }
        for name, present, unit in (
            (A, i < 5000, "u"),
            (B, 3000 <= i < 5000, "u"),
            (C, i >= 5000, None),
        ):
            row[f"{name}.value"] = float(i) if present else None
            row[f"{name}.unit"] = unit if present else None
        rows.append(row)
    return rows


async def test_to_arrow_reads_every_page_and_widens_the_schema(mock_c8y: CumulocityClient) -> None:
    table = await mock_c8y.measurements.to_arrow(source="7", page_size=1000)
    assert table.to_pylist() == expected_growing(7000)


async def test_to_arrow_with_limit_and_declared_columns(mock_c8y: CumulocityClient) -> None:
    table = await mock_c8y.measurements.to_arrow(limit=1500, columns=[B])
    assert table.num_rows == 1500
    assert table.schema.names == ["id", "source", "type", "time", f"{B}.value", f"{B}.unit"]
    assert table.column(f"{B}.value").null_count == 1500


async def test_export_grows_the_schema_and_keeps_every_row(
    mock_c8y: CumulocityClient, tmp_path: Path
) -> None:
    target = tmp_path / "growing.parquet"
    written = await mock_c8y.measurements.export_parquet(
        target, page_size=1000, row_group_size=1500
    )
    assert written == 7000
    assert pq.read_table(target).to_pylist() == expected_growing(7000)
    assert pq.ParquetFile(target).metadata.num_row_groups > 1
    assert sorted(os.listdir(tmp_path)) == ["growing.parquet"]


async def test_export_with_declared_columns_has_a_fixed_schema(
    mock_c8y: CumulocityClient, tmp_path: Path
) -> None:
    target = tmp_path / "declared.parquet"
    await mock_c8y.measurements.export_parquet(target, columns=[C, A], page_size=2000)
    table = pq.read_table(target)
    assert table.schema.names[4:] == [f"{C}.value", f"{C}.unit", f"{A}.value", f"{A}.unit"]
    expected = expected_growing(7000)
    assert table.column(f"{A}.value").to_pylist() == [r[f"{A}.value"] for r in expected]
    assert table.column(f"{C}.value").to_pylist() == [r[f"{C}.value"] for r in expected]


async def test_export_reports_progress_against_the_count(
    mock_c8y: CumulocityClient, tmp_path: Path
) -> None:
    calls: list[tuple[int, int | None]] = []
    await mock_c8y.measurements.export_parquet(
        tmp_path / "p.parquet",
        page_size=2000,
        progress=lambda done, total: calls.append((done, total)),
    )
    assert calls == [(2000, 7000), (4000, 7000), (6000, 7000), (7000, 7000)]


async def test_export_with_workers_writes_the_same_rows(
    mock_c8y: CumulocityClient, tmp_path: Path
) -> None:
    target = tmp_path / "parallel.parquet"
    await mock_c8y.measurements.export_parquet(target, page_size=500, workers=4)
    assert pq.read_table(target).to_pylist() == expected_growing(7000)


@pytest.mark.parametrize(
    ("failure", "error"),
    [("value", ValueError), ("server", ServerError)],
)
async def test_a_failed_export_leaves_nothing_behind(
    tmp_path: Path, failure: str, error: type[Exception]
) -> None:
    def make(i: int) -> dict[str, Any]:
        document = growing(i)
        if failure == "value" and i == 5500:
            document["c8y_C"]["c"]["value"] = "broken"
        return document

    server = Pages(7000, make, fail_page=6 if failure == "server" else None)
    target = tmp_path / "kept.parquet"
    target.write_bytes(b"the previous export")
    client = CumulocityClient(
        "http://c8y", "t1", token="x", transport=httpx.MockTransport(server), max_retries=0
    )
    async with client:
        with pytest.raises(error):
            await client.measurements.export_parquet(target, page_size=1000)
    assert target.read_bytes() == b"the previous export"
    assert os.listdir(tmp_path) == ["kept.parquet"]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"columns": ["nodot"]}, "is not a series name"),
        ({"columns": [A, A]}, "given twice"),
        ({"row_group_size": 0}, "row_group_size must be"),
        ({"page_size": 5000}, "page_size must be"),
        ({"workers": 0}, "workers must be"),
    ],
)
async def test_export_refuses_bad_arguments_before_any_request(
    mock_c8y: CumulocityClient,
    pages: Pages,
    tmp_path: Path,
    arguments: dict[str, Any],
    message: str,
) -> None:
    with pytest.raises(ConfigurationError, match=message):
        await mock_c8y.measurements.export_parquet(
            tmp_path / "x.parquet", progress=lambda d, t: None, **arguments
        )
    assert pages.requests == []
    assert os.listdir(tmp_path) == []


async def test_an_empty_export_has_the_fixed_columns(tmp_path: Path) -> None:
    client = CumulocityClient(
        "http://c8y", "t1", token="x", transport=httpx.MockTransport(Pages(0, growing))
    )
    async with client:
        written = await client.measurements.export_parquet(tmp_path / "none.parquet")
    table = pq.read_table(tmp_path / "none.parquet")
    assert (written, table.num_rows) == (0, 0)
    assert table.column_names == ["id", "source", "type", "time"]


async def peak_memory(count: int, folder: Path) -> tuple[int, int, int]:
    """(rows written, Python peak bytes, largest Arrow allocation seen after a page)."""
    server = Pages(count, lambda i: measurement(i, A, B))
    arrow_peak = 0

    def sample(done: int, total: int | None) -> None:
        nonlocal arrow_peak
        arrow_peak = max(arrow_peak, pa.total_allocated_bytes())

    client = CumulocityClient(
        "http://c8y", "t1", token="x", transport=httpx.MockTransport(server), max_retries=0
    )
    async with client:
        tracemalloc.start()
        try:
            written = await client.measurements.export_parquet(
                folder / f"m{count}.parquet", page_size=2000, row_group_size=4000, progress=sample
            )
            _, python_peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    return written, python_peak, arrow_peak


async def test_export_memory_does_not_grow_with_the_number_of_measurements(
    tmp_path: Path,
) -> None:
    small = await peak_memory(4_000, tmp_path)
    large = await peak_memory(40_000, tmp_path)
    assert (small[0], large[0]) == (4_000, 40_000)
    # Ten times the measurements, about the same peaks: pages are written as they come.
    assert large[1] < small[1] * 1.5
    assert large[2] < small[2] * 1.5
    assert pq.ParquetFile(tmp_path / "m40000.parquet").metadata.num_rows == 40_000
