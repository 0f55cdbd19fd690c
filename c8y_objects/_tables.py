"""Measurements as Arrow tables and Parquet files, and the timestamp parsing both series use.

A page of measurements becomes one Arrow record batch with the columns ``id``, ``source``,
``type``, ``time`` (``timestamp[ms, tz=UTC]``) and, per series ``fragment.series`` seen, a
float64 column ``fragment.series.value`` and a string column ``fragment.series.unit``. A series
is what `Measurement.get_series` calls one: an element with a ``value`` inside a top-level
fragment. Other fragments are not exported.

`measurements_to_arrow` reads every page into one table. `export_parquet` streams pages into
Parquet row groups, so its memory does not grow with the number of measurements:

- With ``columns=`` the series columns are declared up front, the file has that schema from the
  start, and series not declared are left out.
- Without it the schema follows the data: rows are written with the series seen so far, and
  when a page brings a new series the current part file is closed and a new part begins with
  the wider schema. At the end a single part is renamed into place; several parts are copied
  row group by row group into the final file, adding the missing columns as nulls (one extra
  pass over the disk, never more than one row group in memory).

The output appears under its final name only when the export succeeded; part files are removed
on failure.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import AsyncIterator, Callable, Iterable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from c8y_objects.errors import ConfigurationError

__all__ = [
    "MEASUREMENT_COLUMNS",
    "TIME_TYPE",
    "measurements_to_batch",
    "parse_timestamps",
]

TIME_TYPE = pa.timestamp("ms", tz="UTC")
"""The Arrow type of every ``time`` column: milliseconds since the epoch, UTC."""

MEASUREMENT_COLUMNS = ("id", "source", "type", "time")
"""The fixed leading columns of a measurement table."""

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MILLISECOND = timedelta(milliseconds=1)


def parse_timestamps(texts: pa.Array | Sequence[str | None]) -> pa.TimestampArray:
    """Parse ISO 8601 timestamps into a ``timestamp[ms, tz=UTC]`` array (pure).

    Timestamps with an offset (``Z``, ``+01:00``) are converted in one vectorised cast. When
    that fails, each text is parsed on its own: a timestamp without offset is taken as UTC
    (as everywhere in the SDK) and digits below the millisecond are cut off. Nulls stay null.

    Raises:
        ValueError: A text is not an ISO 8601 timestamp; the message quotes it.
    """
    array = texts if isinstance(texts, pa.Array) else pa.array(texts, pa.string())
    try:
        result: pa.TimestampArray = pc.cast(array, TIME_TYPE)
        return result
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        pass
    millis: list[int | None] = []
    for text in array.to_pylist():
        if text is None:
            millis.append(None)
            continue
        try:
            parsed = datetime.fromisoformat(text)
        except (TypeError, ValueError):
            raise ValueError(f"timestamp {text!r} is not an ISO 8601 date-time") from None
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=UTC)
        millis.append((parsed - _EPOCH) // _MILLISECOND)
    return pa.array(millis, pa.int64()).cast(TIME_TYPE)


# --- measurements to Arrow ---------------------------------------------------------------------


def _value_column(name: str) -> str:
    return f"{name}.value"


def _unit_column(name: str) -> str:
    return f"{name}.unit"


def series_fields(names: Iterable[str]) -> list[pa.Field]:
    """The value (float64) and unit (string) fields of each series, in order (pure)."""
    fields: list[pa.Field] = []
    for name in names:
        fields.append(pa.field(_value_column(name), pa.float64()))
        fields.append(pa.field(_unit_column(name), pa.string()))
    return fields


def check_columns(columns: Sequence[str] | None) -> list[str] | None:
    """Check declared series names: ``fragment.series`` text, each once (pure).

    Raises:
        ConfigurationError: A name is not ``fragment.series`` text, or is given twice.
    """
    if columns is None:
        return None
    if isinstance(columns, str):
        columns = [columns]
    names: list[str] = []
    for name in columns:
        if not isinstance(name, str) or "." not in name.strip(".") or name.startswith("."):
            raise ConfigurationError(
                f"columns: {name!r} is not a series name 'fragment.series' (e.g. 'c8y_T.T')"
            )
        if name in names:
            raise ConfigurationError(f"columns: series {name!r} is given twice")
        names.append(name)
    return names


def table_schema(columns: Sequence[str] | None) -> pa.Schema:
    """The starting schema: the fixed columns, plus the declared series' columns."""
    return pa.schema([*base_schema(), *series_fields(columns or ())])


def base_schema() -> pa.Schema:
    """The schema of a measurement table without series columns."""
    return pa.schema(
        [
            pa.field("id", pa.string()),
            pa.field("source", pa.string()),
            pa.field("type", pa.string()),
            pa.field("time", TIME_TYPE),
        ]
    )


def _number_column(values: list[Any], name: str, ids: list[Any]) -> pa.Array:
    try:
        return pa.array(values, pa.float64())
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        for position, value in enumerate(values):
            if value is not None and (
                isinstance(value, bool) or not isinstance(value, int | float)
            ):
                raise ValueError(
                    f"measurement {ids[position]!r}: series {name} has a value that is not a "
                    f"number: {value!r:.60}"
                ) from None
        raise


def _unit_array(units: list[Any], name: str, ids: list[Any]) -> pa.Array:
    try:
        return pa.array(units, pa.string())
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        for position, unit in enumerate(units):
            if unit is not None and not isinstance(unit, str):
                raise ValueError(
                    f"measurement {ids[position]!r}: series {name} has a unit that is not "
                    f"text: {unit!r:.60}"
                ) from None
        raise


def measurements_to_batch(
    measurements: Sequence[Mapping[str, Any]],
    columns: Sequence[str] | None = None,
) -> pa.RecordBatch:
    """Turn measurement documents (one page) into a record batch (pure).

    Args:
        measurements: The platform's measurement JSON documents.
        columns: Series to export (``"fragment.series"``), in this order; others are left
            out. None: every series found, in the order first seen.

    Returns:
        A batch with ``id``, ``source``, ``type``, ``time`` and a value and a unit column per
        series.

    Raises:
        ValueError: A document is not a JSON object, its time is not a timestamp, or a series
            value is not a number (the message names the measurement).
    """
    count = len(measurements)
    ids: list[Any] = [None] * count
    sources: list[Any] = [None] * count
    types: list[Any] = [None] * count
    times: list[Any] = [None] * count
    declared = None if columns is None else {name: True for name in columns}
    # series name -> (values, units), each pre-filled with None
    found: dict[str, tuple[list[Any], list[Any]]] = {}
    if columns is not None:
        for name in columns:
            found[name] = ([None] * count, [None] * count)
    for row, document in enumerate(measurements):
        if type(document) is not dict:
            raise ValueError(
                f"measurement {row} of the page is not a JSON object: {document!r:.60}"
            )
        ids[row] = document.get("id")
        source = document.get("source")
        sources[row] = source.get("id") if type(source) is dict else None
        types[row] = document.get("type")
        times[row] = document.get("time")
        for fragment, elements in document.items():
            if type(elements) is not dict:
                continue
            for member, element in elements.items():
                if type(element) is not dict or "value" not in element:
                    continue
                name = f"{fragment}.{member}"
                slot = found.get(name)
                if slot is None:
                    if declared is not None:
                        continue
                    slot = found[name] = ([None] * count, [None] * count)
                slot[0][row] = element["value"]
                slot[1][row] = element.get("unit")
    arrays: list[pa.Array] = [
        _text_array(ids, "id"),
        _text_array(sources, "source.id"),
        _text_array(types, "type"),
        parse_timestamps(_text_array(times, "time")),
    ]
    for name, (values, units) in found.items():
        arrays.append(_number_column(values, name, ids))
        arrays.append(_unit_array(units, name, ids))
    schema = pa.schema([*base_schema(), *series_fields(found)])
    return pa.RecordBatch.from_arrays(arrays, schema=schema)


def _text_array(values: list[Any], what: str) -> pa.Array:
    """Strings as they are; numbers (an ``id`` written as a number) become their text."""
    try:
        return pa.array(values, pa.string())
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        converted: list[str | None] = []
        for value in values:
            if value is None or isinstance(value, str):
                converted.append(value)
            elif isinstance(value, int) and not isinstance(value, bool):
                converted.append(str(value))
            else:
                raise ValueError(f"measurement {what} {value!r:.60} is not text") from None
        return pa.array(converted, pa.string())


def conform(batch: pa.RecordBatch | pa.Table, schema: pa.Schema) -> pa.Table:
    """Reorder a batch's columns to `schema`, adding missing ones as nulls (pure).

    Raises:
        ValueError: The batch has a column `schema` does not know.
    """
    unknown = [name for name in batch.schema.names if schema.get_field_index(name) < 0]
    if unknown:
        raise ValueError(f"columns {unknown} are not in the target schema")
    rows = batch.num_rows
    arrays = []
    for field in schema:
        index = batch.schema.get_field_index(field.name)
        arrays.append(batch.column(index) if index >= 0 else pa.nulls(rows, field.type))
    return pa.Table.from_arrays(arrays, schema=schema)


def widen(schema: pa.Schema, batch_schema: pa.Schema) -> pa.Schema | None:
    """The schema with the batch's new columns appended, or None when nothing is new (pure)."""
    new = [field for field in batch_schema if schema.get_field_index(field.name) < 0]
    return pa.schema([*schema, *new]) if new else None


async def measurements_to_arrow(
    pages: AsyncIterator[list[dict[str, Any]]],
    columns: Sequence[str] | None = None,
) -> pa.Table:
    """Read every page into one table (series columns in the order first seen).

    Raises:
        ValueError: A measurement cannot be converted (see `measurements_to_batch`).
    """
    columns = check_columns(columns)
    schema = table_schema(columns)
    batches: list[pa.RecordBatch] = []
    async for page in pages:
        batch = measurements_to_batch(page, columns)
        wider = widen(schema, batch.schema)
        if wider is not None:
            schema = wider
        batches.append(batch)
    return pa.Table.from_batches(
        [b for batch in batches for b in conform(batch, schema).to_batches()], schema=schema
    )


class _RowGroupBuffer:
    """Batches waiting to be written as one row group."""

    def __init__(self) -> None:
        self.tables: list[pa.Table] = []
        self.rows = 0

    def add(self, table: pa.Table) -> None:
        self.tables.append(table)
        self.rows += table.num_rows

    def take(self) -> pa.Table | None:
        if not self.tables:
            return None
        table = pa.concat_tables(self.tables)
        self.tables = []
        self.rows = 0
        return table


def check_row_group_size(row_group_size: int) -> None:
    """Accept a whole number of rows of at least 1.

    Raises:
        ConfigurationError: `row_group_size` is a bool, not an int, or less than 1.
    """
    if (
        isinstance(row_group_size, bool)
        or not isinstance(row_group_size, int)
        or row_group_size < 1
    ):
        raise ConfigurationError(f"row_group_size must be 1 or more, got {row_group_size!r}")


async def export_parquet(
    pages: AsyncIterator[list[dict[str, Any]]],
    path: str | os.PathLike[str],
    *,
    columns: Sequence[str] | None = None,
    row_group_size: int = 65_536,
    compression: str = "zstd",
    on_page: Callable[[int], None] | None = None,
) -> int:
    """Stream pages of measurements into a Parquet file (see the module docstring).

    Args:
        pages: The measurement pages, in order.
        path: The output file; replaced only when the export succeeds.
        columns: Declared series (fixed schema); None: the schema follows the data.
        row_group_size: Rows per row group (the most rows held in memory at once).
        compression: The Parquet codec.
        on_page: Called with the number of measurements written so far after each page.

    Returns:
        The number of measurements written.

    Raises:
        ConfigurationError: `columns` or `row_group_size` is malformed.
        ValueError: A measurement cannot be converted; nothing is left at `path`.
    """
    import pyarrow.parquet as pq

    check_row_group_size(row_group_size)
    columns = check_columns(columns)
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    workdir = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=folder))
    parts: list[Path] = []
    writer: pq.ParquetWriter | None = None
    schema = table_schema(columns)
    buffer = _RowGroupBuffer()
    written = 0

    def open_part() -> pq.ParquetWriter:
        part = workdir / f"part-{len(parts):05d}.parquet"
        parts.append(part)
        return pq.ParquetWriter(part, schema, compression=compression)

    def flush() -> None:
        table = buffer.take()
        if table is not None:
            assert writer is not None
            writer.write_table(table, row_group_size=row_group_size)

    try:
        writer = open_part()
        async for page in pages:
            batch = measurements_to_batch(page, columns)
            wider = widen(schema, batch.schema)
            if wider is not None:
                flush()
                writer.close()
                schema = wider
                writer = open_part()
            buffer.add(conform(batch, schema))
            if buffer.rows >= row_group_size:
                flush()
            written += batch.num_rows
            if on_page is not None:
                on_page(written)
        flush()
        writer.close()
        writer = None
        final = workdir / "final.parquet"
        if len(parts) == 1:
            os.replace(parts[0], final)
        else:
            _join_parts(parts, final, schema, row_group_size, compression)
        os.replace(final, target)
    finally:
        if writer is not None:
            writer.close()
        _remove_folder(workdir)
    return written


def _remove_folder(folder: Path) -> None:
    for leftover in folder.iterdir():
        leftover.unlink()
    folder.rmdir()


def _join_parts(
    parts: Sequence[Path], final: Path, schema: pa.Schema, row_group_size: int, compression: str
) -> None:
    """Copy part files into one file of `schema`, one row group at a time."""
    import pyarrow.parquet as pq

    with pq.ParquetWriter(final, schema, compression=compression) as writer:
        for part in parts:
            source = pq.ParquetFile(part)
            for group in range(source.num_row_groups):
                writer.write_table(
                    conform(source.read_row_group(group), schema), row_group_size=row_group_size
                )
            source.close()
            part.unlink()
