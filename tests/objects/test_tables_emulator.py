"""Measurements to Arrow and Parquet against the emulator: measurements created in bulk (with
``series=``) are exported, and the file reads back in DuckDB, polars and pandas with exactly the
rows the platform holds, row by row."""

from __future__ import annotations

import math
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import polars as pl
import pyarrow.parquet as pq
import pytest

from c8y_objects import CumulocityClient, Device, Measurement

T0 = datetime(2024, 3, 1, tzinfo=UTC)
COUNT = 2500
# in the order the export first sees them (measurement 0 has no humidity)
SERIES = ("c8y_Temperature.T", "c8y_Battery.level", "c8y_Humidity.H")
COLUMNS = [
    "id",
    "source",
    "type",
    "time",
    *(f"{name}.{part}" for name in SERIES for part in ("value", "unit")),
]


def draft(source: str, i: int) -> Measurement:
    """Temperature always, humidity but every 7th, a battery level (no unit) every 10th."""
    values: list[Any] = [("c8y_Temperature.T", 20 + (i % 13) * 0.25, "C")]
    if i % 7:
        values.append(("c8y_Humidity.H", float(40 + i % 11), "%"))
    if i % 10 == 0:
        values.append(("c8y_Battery.level", 100 - i // 100))
    return Measurement(
        type="c8y_Climate" if i % 2 else "c8y_Power",
        source=source,
        time=T0 + timedelta(seconds=i),
        series=values,
    )


def row_of(measurement: Measurement) -> tuple[Any, ...]:
    """The expected file row of a stored measurement, with the time in epoch milliseconds."""
    time = measurement.datetime
    assert time is not None
    row: list[Any] = [
        measurement.id,
        measurement.source,
        measurement.type,
        int(time.timestamp() * 1000),
    ]
    for name in SERIES:
        element = measurement.get(name)
        row.append(None if element is None else float(element["value"]))
        row.append(None if element is None else element.get("unit"))
    return tuple(row)


@pytest.fixture
async def stored(c8y: CumulocityClient) -> tuple[str, list[tuple[Any, ...]]]:
    """A device with COUNT measurements (created in collection requests) and their rows."""
    device = await Device(c8y, name=f"t_{uuid.uuid4().hex[:8]}", type="test").create()
    assert device.id is not None
    await c8y.measurements.create(*(draft(device.id, i) for i in range(COUNT)), batch_size=1000)
    measurements = await c8y.measurements.get_all(source=device.id, limit=None)
    assert len(measurements) == COUNT
    assert sorted(measurements[10].get_series()) == sorted(SERIES)
    return device.id, [row_of(m) for m in measurements]


def plain(value: Any) -> Any:
    """pandas' missing values (NaN, None, NA) as None."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    return value


async def test_parquet_reads_back_in_duckdb_polars_and_pandas(
    c8y: CumulocityClient, stored: tuple[str, list[tuple[Any, ...]]], tmp_path: Path
) -> None:
    source, expected = stored
    target = tmp_path / "measurements.parquet"
    written = await c8y.measurements.export_parquet(
        target, source=source, page_size=1000, row_group_size=1000
    )
    assert written == COUNT
    assert pq.ParquetFile(target).schema_arrow.names == COLUMNS

    with duckdb.connect() as connection:
        names = ", ".join(f'"{c}"' if c != "time" else "epoch_ms(time)" for c in COLUMNS)
        in_duckdb = connection.execute(
            f"SELECT {names} FROM read_parquet(?)", [str(target)]
        ).fetchall()
    assert in_duckdb == expected

    in_polars = pl.read_parquet(target).with_columns(pl.col("time").dt.epoch("ms")).rows()
    assert in_polars == expected

    frame = pd.read_parquet(target)
    assert str(frame["time"].dtype) == "datetime64[ms, UTC]"
    frame["time"] = frame["time"].astype("int64")
    in_pandas = [tuple(plain(v) for v in row) for row in frame.itertuples(index=False)]
    assert in_pandas == expected


async def test_to_arrow_has_the_rows_of_the_export(
    c8y: CumulocityClient, stored: tuple[str, list[tuple[Any, ...]]], tmp_path: Path
) -> None:
    source, expected = stored
    table = await c8y.measurements.to_arrow(source=source, workers=3, page_size=700)
    assert table.column_names == COLUMNS
    rows = [
        (*row[:3], int(row[3].timestamp() * 1000), *row[4:])
        for row in zip(*(column.to_pylist() for column in table.columns), strict=True)
    ]
    assert rows == expected
    target = tmp_path / "same.parquet"
    await c8y.measurements.export_parquet(target, source=source)
    assert pq.read_table(target).equals(table)


async def test_filters_reach_the_export(
    c8y: CumulocityClient, stored: tuple[str, list[tuple[Any, ...]]], tmp_path: Path
) -> None:
    source, expected = stored
    target = tmp_path / "power.parquet"
    written = await c8y.measurements.export_parquet(
        target,
        source=source,
        type="c8y_Power",
        before=T0 + timedelta(seconds=1000),
        columns=["c8y_Battery.level"],
    )
    table = pq.read_table(target)
    assert written == table.num_rows == 500
    assert table.column_names == [*COLUMNS[:4], "c8y_Battery.level.value", "c8y_Battery.level.unit"]
    assert set(table.column("type").to_pylist()) == {"c8y_Power"}
    assert table.column("c8y_Battery.level.value").to_pylist() == [
        row[6] for row in expected[:1000] if row[2] == "c8y_Power"
    ]
