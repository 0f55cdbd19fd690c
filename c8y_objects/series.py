"""Series results (``GET /measurement/measurements/series``) and their conversions.

The platform answers a series request with one JSON document::

    {"series": [{"unit": "C", "name": "T", "type": "c8y_Temperature"}, ...],
     "values": {"2024-05-01T12:00:00.000Z": [{"min": 21.5, "max": 21.5}, null, ...], ...},
     "truncated": false}

`series` names the columns (``type.name``, e.g. ``c8y_Temperature.T``); each timestamp of
`values` holds one entry per series, an object of value keys (``min``, ``max``, or the
aggregation functions asked for) or ``null`` where the series has no value.

`Series` wraps that document and reads like it (``series["values"]``, ``keys()``, ``in``;
`specs` lists the series). On first use it turns the values into Arrow arrays in one
vectorised pass (cached); every conversion (`collect`, `values_of`, `to_numpy`, `to_series`,
`to_dataframe`, `to_arrow`, `to_polars`) is a view of those arrays, so all of them agree:

- values are float64; a missing value (gap, missing key, JSON null) is None in Python lists,
  null in Arrow and polars, NaN in NumPy and pandas;
- timestamps come as the raw text (``timestamps=True``), aware UTC datetimes (``"datetime"``)
  or epoch seconds as floats (``"epoch"``); the Arrow ``time`` column is
  ``timestamp[ms, tz=UTC]`` (digits below the millisecond are cut off);
- the value keys of a selection, when not named, are those with at least one value in the
  selected series, in the order the document first uses them;
- columns are series-major: ``A.min, A.max, B.min, B.max``.

`fetch_series` makes the request and, for unaggregated results the platform cut off
(``truncated``), fetches the rest of the time range and merges the answers.
"""

from __future__ import annotations

import re
from collections.abc import (
    Awaitable,
    Callable,
    ItemsView,
    Iterable,
    Iterator,
    KeysView,
    Mapping,
    Sequence,
)
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import chain, repeat
from typing import TYPE_CHECKING, Any, Final, Literal, TypeAlias

import orjson

from c8y_objects._optional import ARROW_EXTRA, LazyModule, require
from c8y_objects._paging import parse_json_fast
from c8y_objects._query import DATE_FILTER_NAMES
from c8y_objects.errors import ResponseDecodeError, redact_url
from c8y_rest import wire

if TYPE_CHECKING:
    import numpy as np
    import pandas
    import polars
    import pyarrow as pa
    import pyarrow.compute as pc

    from c8y_objects._http import CumulocityConnection
else:
    # The document is read without them; every conversion imports them on first use and
    # raises MissingDependencyError naming the extra when they are not installed.
    np = LazyModule("numpy", extra=ARROW_EXTRA)
    pa = LazyModule("pyarrow", extra=ARROW_EXTRA)
    pc = LazyModule("pyarrow.compute", extra=ARROW_EXTRA)

__all__ = [
    "SERIES_PATH",
    "Series",
    "SeriesSpec",
    "TimestampFormat",
    "fetch_series",
    "merge_documents",
]

SERIES_OPERATION: Final = wire.GET_MEASUREMENT_SERIES_RESOURCE
SERIES_PATH: Final = SERIES_OPERATION.path
"""The path of a series request (from the spec)."""
_DATE_FROM: Final = DATE_FILTER_NAMES["after"]
_DATE_TO: Final = DATE_FILTER_NAMES["before"]

TimestampFormat: TypeAlias = bool | Literal["datetime", "epoch"] | None
"""How to give timestamps: True (raw text), ``"datetime"`` or ``"epoch"``; None/False: omit."""

_TIMESTAMP_CHOICES = "True (raw text), 'datetime' or 'epoch'"
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_NOT_A_NAME = re.compile(r"[^A-Za-z0-9_]")
_ENTRY_TYPES = frozenset({dict, type(None)})


@dataclass(frozen=True, slots=True)
class SeriesSpec:
    """One series of a result: its fragment (``type``), name and unit."""

    type: str
    name: str
    unit: str | None = None

    @property
    def series(self) -> str:
        """The full name, ``fragment.series`` (e.g. ``c8y_Temperature.T``)."""
        return f"{self.type}.{self.name}"


def _parse_specs(json: Mapping[str, Any]) -> list[SeriesSpec]:
    if not isinstance(json, Mapping):
        raise ValueError(f"a series result must be a JSON object, got {type(json).__name__}")
    for key in ("series", "values"):
        if key not in json:
            raise ValueError(f"series result has no {key!r} member")
    raw = json["series"]
    if not isinstance(raw, list):
        raise ValueError(f"series result: 'series' must be a list, got {type(raw).__name__}")
    if not isinstance(json["values"], dict):
        raise ValueError(
            f"series result: 'values' must be an object, got {type(json['values']).__name__}"
        )
    specs: list[SeriesSpec] = []
    for position, item in enumerate(raw):
        if not isinstance(item, Mapping):
            raise ValueError(f"series result: series[{position}] is not an object: {item!r:.60}")
        fragment, name, unit = item.get("type"), item.get("name"), item.get("unit")
        if not isinstance(fragment, str) or not isinstance(name, str):
            raise ValueError(
                f"series result: series[{position}] needs text 'type' and 'name': {item!r:.80}"
            )
        if unit is not None and not isinstance(unit, str):
            raise ValueError(f"series result: series[{position}] has a non-text unit {unit!r}")
        specs.append(SeriesSpec(fragment, name, unit))
    return specs


# --- building the columns ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Columns:
    """The values of a document as Arrow arrays."""

    times: pa.StringArray
    """The timestamps as sent (the keys of ``values``)."""
    keys: tuple[str, ...]
    """Every value key used by an entry, in the order first used."""
    arrays: tuple[dict[str, pa.Array], ...]
    """Per series: value key -> float64 array (keys without any value may be missing)."""


class _Irregular(Exception):
    """The document is not in the common shape; read it the exact (slower) way."""


def _struct_type(keys: Sequence[str]) -> pa.StructType:
    return pa.struct([pa.field(key, pa.float64()) for key in keys])


def _split_by_series(
    keys: Sequence[str], struct: pa.StructArray, rows: int, width: int
) -> tuple[dict[str, pa.Array], ...]:
    """Cut the row-major entry array into one array per series and value key."""
    fields = struct.flatten()
    if width == 1:
        return (dict(zip(keys, fields, strict=True)),)
    arrays = []
    for position in range(width):
        picks = pa.array(np.arange(position, rows * width, width, dtype=np.int64))
        arrays.append({key: field.take(picks) for key, field in zip(keys, fields, strict=True)})
    return tuple(arrays)


def _fast_columns(values: dict[str, Any], width: int, times: pa.StringArray) -> _Columns:
    """Every row a list of `width` entries, every entry null or an object with the same keys."""
    rows = list(values.values())
    try:
        lengths = set(map(len, rows))
    except TypeError:
        raise _Irregular from None
    if lengths - {width}:
        raise _Irregular
    entries = list(chain.from_iterable(rows))
    if not set(map(type, entries)) <= _ENTRY_TYPES:
        raise _Irregular
    first = next(filter(None, entries), None)
    if first is None:
        raise _Irregular
    given = sum(map(len, filter(None, entries)))
    keys = list(first)
    try:
        struct = pa.array(entries, type=_struct_type(keys))
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        raise _Irregular from None
    read = sum(len(field) - field.null_count for field in struct.flatten())
    if given != read:
        raise _Irregular  # an entry has a key the first lacks, or a JSON null
    return _Columns(times, tuple(keys), _split_by_series(keys, struct, len(rows), width))


def _exact_columns(values: dict[str, Any], width: int, times: pa.StringArray) -> _Columns:
    """Any shape the format allows; errors name the timestamp and series position."""
    entries: list[Any] = []
    for stamp, row in values.items():
        if row is None:
            entries.extend(repeat(None, width))
            continue
        if not isinstance(row, list | tuple):
            raise ValueError(
                f"series result: values[{stamp!r}] must be a list, got {type(row).__name__}"
            )
        if len(row) > width:
            raise ValueError(
                f"series result: values[{stamp!r}] has {len(row)} entries for {width} series"
            )
        for position, entry in enumerate(row):
            if entry is None:
                continue
            if not isinstance(entry, dict):
                raise ValueError(
                    f"series result: values[{stamp!r}][{position}] must be an object or null, "
                    f"got {entry!r:.60}"
                )
            for key, value in entry.items():
                if value is not None and not isinstance(value, int | float):
                    raise ValueError(
                        f"series result: values[{stamp!r}][{position}][{key!r}] is not a "
                        f"number: {value!r:.60}"
                    )
        entries.extend(row)
        entries.extend(repeat(None, width - len(row)))
    keys = list(dict.fromkeys(chain.from_iterable(filter(None, entries))))
    if not keys:
        return _Columns(times, (), tuple({} for _ in range(width)))
    try:
        struct = pa.array(entries, type=_struct_type(keys))
    except (pa.ArrowInvalid, pa.ArrowTypeError) as exc:
        raise ValueError(f"series result: the values cannot be read as numbers ({exc})") from None
    return _Columns(times, tuple(keys), _split_by_series(keys, struct, len(values), width))


def build_columns(values: dict[str, Any], width: int) -> _Columns:
    """Turn the ``values`` member of a series result into Arrow arrays (pure).

    The common shape (every row a list of `width` entries, every entry null or an object with
    the same keys) takes a vectorised path: one pyarrow conversion of all entries, checked by
    counting keys against values read. Anything else (null or short rows, differing keys, JSON
    nulls) is read exactly by a slower path, which also finds and names malformed input. Like
    Python and pyarrow, both paths read a JSON boolean as the number 1 or 0.

    Args:
        values: The ``values`` object: timestamp -> list of entries.
        width: The number of series.

    Raises:
        ValueError: A row or entry has the wrong type, a row has more entries than there are
            series, or a value is not a number; the message names its timestamp.
    """
    times = pa.array(list(values), pa.string())
    if width == 0:
        for stamp, row in values.items():
            if row not in (None, []):
                raise ValueError(f"series result: values[{stamp!r}] has entries but no series")
        return _Columns(times, (), ())
    try:
        return _fast_columns(values, width, times)
    except _Irregular:
        return _exact_columns(values, width, times)


def _utc_datetimes(millis: Iterable[int | None]) -> list[datetime | None]:
    """Epoch milliseconds to aware UTC datetimes (None stays None)."""
    return [None if ms is None else _EPOCH + timedelta(milliseconds=ms) for ms in millis]


class Series:
    """A series result: the platform's JSON document and Arrow-backed views of it.

    Build one with `Measurements.get_series` or from a document (``Series(json)``). The document
    is kept as `json` and read, not copied: do not change it after the first conversion. The
    header is checked here; the values are read by the first conversion, which raises
    `ValueError` naming the place of a malformed row, entry or value.

    Reading the document (`json`, `specs`, `names`, `truncated`, ``series["values"]``, `keys`,
    `len`) needs nothing beyond the base install; every conversion (`collect`, `values_of`,
    `value_keys`, `to_numpy`, `to_arrow`, ...) needs pyarrow and numpy, the ``arrow`` extra,
    and raises `MissingDependencyError` naming it when they are missing.

    Args:
        json: The parsed answer of ``GET /measurement/measurements/series``.

    Raises:
        ValueError: The document lacks ``series`` or ``values`` or they have the wrong type.
    """

    __slots__ = ("_columns", "_json", "_names", "_specs", "_table", "_time")

    def __init__(self, json: Mapping[str, Any]) -> None:
        self._specs = _parse_specs(json)
        self._json = json
        self._names = [spec.series for spec in self._specs]
        self._columns: _Columns | None = None
        self._time: pa.TimestampArray | None = None
        self._table: pa.Table | None = None

    @classmethod
    def from_bytes(cls, content: bytes) -> Series:
        """Parse a raw response body (JSON) into a `Series`.

        Raises:
            ValueError: The body is not JSON or not a series result.
        """
        try:
            json = parse_json_fast(content)
        except orjson.JSONDecodeError as exc:
            raise ValueError(f"series result is not valid JSON ({exc})") from None
        return cls(json)

    # -- the document ---------------------------------------------------------------------------

    @property
    def json(self) -> Mapping[str, Any]:
        """The series document as received (or as merged from several requests)."""
        return self._json

    @property
    def specs(self) -> list[SeriesSpec]:
        """The series of the result, in column order."""
        return list(self._specs)

    @property
    def names(self) -> list[str]:
        """The series names (``fragment.series``), in column order."""
        return list(self._names)

    @property
    def truncated(self) -> bool:
        """True when values are missing because the platform cut the answer off."""
        return bool(self._json.get("truncated", False))

    @property
    def complete(self) -> bool:
        """True when the result holds every value of the requested range (not truncated)."""
        return not self.truncated

    @property
    def value_keys(self) -> list[str]:
        """The value keys with at least one value in any series (e.g. ``['min', 'max']``)."""
        return self._available_keys(range(len(self._specs)))

    def __len__(self) -> int:
        """The number of timestamps (not the number of document members)."""
        return len(self._json["values"])

    # -- reading it like the JSON document ------------------------------------------------------

    def __getitem__(self, key: str) -> Any:
        """A member of the document: ``series["values"]``, ``series["series"]``, ...

        Raises:
            KeyError: The document has no such member.
        """
        return self._json[key]

    def __contains__(self, key: object) -> bool:
        return key in self._json

    def __iter__(self) -> Iterator[str]:
        """The member names of the document."""
        return iter(self._json)

    def keys(self) -> KeysView[str]:
        """The member names of the document (``series``, ``values``, ``truncated``)."""
        return self._json.keys()

    def items(self) -> ItemsView[str, Any]:
        """The members of the document."""
        return self._json.items()

    def get(self, key: str, default: Any = None) -> Any:
        """A member of the document, or `default`."""
        return self._json.get(key, default)

    @property
    def values(self) -> Mapping[str, Any]:
        """The raw values: timestamp -> one entry per series (value key -> number, or None).

        This is the document's ``values`` member (a property, unlike a dict's method).
        """
        values: Mapping[str, Any] = self._json["values"]
        return values

    def __repr__(self) -> str:
        return f"Series(names={self._names!r}, timestamps={len(self)}, truncated={self.truncated})"

    # -- the columns ----------------------------------------------------------------------------

    def _data(self) -> _Columns:
        if self._columns is None:
            self._columns = build_columns(self._json["values"], len(self._specs))
        return self._columns

    def _time_array(self) -> pa.TimestampArray:
        if self._time is None:
            from c8y_objects._tables import parse_timestamps

            self._time = parse_timestamps(self._data().times)
        return self._time

    def _array(self, position: int, key: str) -> pa.Array:
        data = self._data()
        array = data.arrays[position].get(key) if data.arrays else None
        if array is None:
            return pa.nulls(len(data.times), pa.float64())
        return array

    def _available_keys(self, positions: Iterable[int]) -> list[str]:
        data = self._data()
        chosen = list(positions)
        found: list[str] = []
        for key in data.keys:
            for position in chosen:
                array = data.arrays[position].get(key)
                if array is not None and array.null_count < len(array):
                    found.append(key)
                    break
        return found

    # -- resolving arguments --------------------------------------------------------------------

    def _choices(self) -> str:
        return ", ".join(repr(name) for name in self._names) or "none"

    def _position(self, name: str) -> int:
        if not isinstance(name, str):
            raise ValueError(f"series must be a name like 'c8y_Temperature.T', got {name!r}")
        try:
            return self._names.index(name)
        except ValueError:
            raise ValueError(
                f"unknown series {name!r}; this result holds: {self._choices()}"
            ) from None

    def _positions(self, series: str | Sequence[str] | None) -> list[int]:
        if series is None:
            return list(range(len(self._specs)))
        if isinstance(series, str) or not isinstance(series, Sequence):
            return [self._position(series)]
        return [self._position(name) for name in series]

    def _one_position(self, series: str | None) -> int:
        if series is not None:
            return self._position(series)
        if len(self._specs) == 1:
            return 0
        if not self._specs:
            raise ValueError("this result holds no series")
        raise ValueError(f"this result holds several series; name one of: {self._choices()}")

    def _check_key(self, key: str) -> str:
        if not isinstance(key, str):
            raise ValueError(f"value must be a value key like 'min', got {key!r}")
        known = self._data().keys
        if known and key not in known:
            raise ValueError(
                f"unknown value key {key!r}; this result has: " + ", ".join(repr(k) for k in known)
            )
        return key

    def _keys(self, positions: Sequence[int], value: str | Sequence[str] | None) -> list[str]:
        if value is None:
            return self._available_keys(positions)
        if isinstance(value, str) or not isinstance(value, Sequence):
            return [self._check_key(value)]
        return [self._check_key(key) for key in value]

    def _one_key(self, position: int, value: str | None) -> str | None:
        if value is not None:
            return self._check_key(value)
        keys = self._available_keys([position])
        if len(keys) > 1:
            raise ValueError(
                f"series {self._names[position]!r} has several value keys; name one of: "
                + ", ".join(repr(k) for k in keys)
            )
        return keys[0] if keys else None

    def _timestamps(self, timestamps: TimestampFormat) -> list[Any]:
        if timestamps is True:
            texts: list[Any] = self._data().times.to_pylist()
            return texts
        if timestamps == "datetime":
            return _utc_datetimes(self._time_array().cast(pa.int64()).to_pylist())
        if timestamps == "epoch":
            epoch: list[Any] = self._epoch_array().to_pylist()
            return epoch
        raise ValueError(f"timestamps must be one of {_TIMESTAMP_CHOICES}, got {timestamps!r}")

    def _epoch_array(self) -> pa.Array:
        return pc.divide(self._time_array().cast(pa.int64()).cast(pa.float64()), 1000.0)

    @staticmethod
    def _wants_timestamps(timestamps: TimestampFormat) -> bool:
        if timestamps is None or timestamps is False:
            return False
        if timestamps is True or timestamps in ("datetime", "epoch"):
            return True
        raise ValueError(f"timestamps must be one of {_TIMESTAMP_CHOICES}, got {timestamps!r}")

    # -- Python lists ---------------------------------------------------------------------------

    def collect(
        self,
        series: str | Sequence[str] | None = None,
        value: str | Sequence[str] | None = None,
        timestamps: TimestampFormat = None,
    ) -> list[tuple[Any, ...]]:
        """Return one tuple per timestamp with the selected values.

        Each tuple holds ``len(series) * len(value keys)`` values, series-major
        (``A.min, A.max, B.min, B.max``), optionally preceded by the timestamp; a missing
        value is None.

        Args:
            series: A series name or several; None: every series.
            value: A value key or several (``'min'``, ``['min', 'max']``); None: every key
                with a value in the selected series.
            timestamps: Prefix each tuple with its timestamp: True (raw text), ``'datetime'``
                (aware UTC datetime) or ``'epoch'`` (seconds as float).

        Returns:
            The rows, e.g. ``[(21.5,), ...]`` for one series and key, or
            ``[(ts, A_min, A_max, B_min, B_max), ...]``.

        Raises:
            ValueError: An unknown series, value key or timestamp format; names the choices.
        """
        positions = self._positions(series)
        keys = self._keys(positions, value)
        wants = self._wants_timestamps(timestamps)
        columns = [self._array(p, k).to_pylist() for p in positions for k in keys]
        if wants:
            columns.insert(0, self._timestamps(timestamps))
        if not columns:
            return [()] * len(self)
        return list(zip(*columns, strict=True))

    def values_of(self, series: str | None = None, value: str | None = None) -> list[float]:
        """Return the values of one series and value key, skipping timestamps without one.

        The result is therefore not aligned with the timestamps; use `collect` or `to_numpy`
        for aligned values.

        Args:
            series: The series name; may be left out when the result holds one series.
            value: The value key; may be left out when the series has one.

        Raises:
            ValueError: The series or key is unknown, or left out while there are several.
        """
        position = self._one_position(series)
        key = self._one_key(position, value)
        if key is None:
            return []
        values: list[float] = self._array(position, key).drop_null().to_pylist()
        return values

    # -- Arrow and friends ----------------------------------------------------------------------

    def to_numpy(self, series: str | None = None, value: str | None = None) -> np.ndarray[Any, Any]:
        """Return the values of one series and value key as a float64 array, NaN where missing.

        The array has one element per timestamp, aligned with every other series and key of
        this result.

        Args:
            series: The series name; may be left out when the result holds one series.
            value: The value key; may be left out when the series has one.

        Raises:
            ValueError: The series or key is unknown, or left out while there are several.
        """
        position = self._one_position(series)
        key = self._one_key(position, value)
        if key is None:
            return np.full(len(self), np.nan)
        array: np.ndarray[Any, Any] = self._array(position, key).to_numpy(
            zero_copy_only=False, writable=True
        )
        return array

    def to_arrow(
        self, series: str | Sequence[str] | None = None, value: str | Sequence[str] | None = None
    ) -> pa.Table:
        """Return the result as an Arrow table.

        The first column, ``time``, is ``timestamp[ms, tz=UTC]``; then one float64 column per
        series and value key, named ``fragment.series.key`` (e.g. ``c8y_Temperature.T.min``),
        series-major, null where missing. Each value field's metadata carries ``series``,
        ``value`` and ``unit``. The table for the default arguments is built once and cached.

        Args:
            series: A series name or several; None: every series.
            value: A value key or several; None: every key with a value in the selection.

        Raises:
            ValueError: An unknown series or value key; names the choices.
        """
        default = series is None and value is None
        if default and self._table is not None:
            return self._table
        positions = self._positions(series)
        keys = self._keys(positions, value)
        from c8y_objects._tables import TIME_TYPE

        fields = [pa.field("time", TIME_TYPE)]
        arrays: list[pa.Array] = [self._time_array()]
        for position in positions:
            spec = self._specs[position]
            for key in keys:
                metadata = {"series": spec.series, "value": key}
                if spec.unit is not None:
                    metadata["unit"] = spec.unit
                fields.append(pa.field(f"{spec.series}.{key}", pa.float64(), metadata=metadata))
                arrays.append(self._array(position, key))
        table = pa.Table.from_arrays(arrays, schema=pa.schema(fields))
        if default:
            self._table = table
        return table

    def to_polars(
        self, series: str | Sequence[str] | None = None, value: str | Sequence[str] | None = None
    ) -> polars.DataFrame:
        """Return `to_arrow` as a polars DataFrame (needs the ``polars`` extra).

        Raises:
            ImportError: polars is not installed (the message names the extra).
            ValueError: An unknown series or value key.
        """
        pl = require("polars", extra="polars")
        table = self.to_arrow(series, value)
        frame: polars.DataFrame = pl.from_arrow(table)
        return frame

    def _index(self, timestamps: TimestampFormat) -> Any:
        pd = require("pandas", extra="pandas")
        if timestamps is True:
            return pd.Index(self._data().times.to_pandas(), name="time")
        if timestamps == "datetime":
            return pd.DatetimeIndex(self._time_array().to_pandas(), name="time")
        return pd.Index(self._epoch_array().to_numpy(), name="time")

    def to_series(
        self,
        series: str | None = None,
        value: str = "min",
        timestamps: TimestampFormat = None,
    ) -> pandas.Series:
        """Return one series' values as a pandas Series, NaN where missing (``pandas`` extra).

        Args:
            series: The series name; may be left out when the result holds one series.
            value: The value key (default ``'min'``).
            timestamps: Index by timestamp: True (raw text), ``'datetime'`` (UTC) or
                ``'epoch'`` (seconds); None: a range index.

        Raises:
            ImportError: pandas is not installed (the message names the extra).
            ValueError: The series, key or timestamp format is unknown.
        """
        pd = require("pandas", extra="pandas")
        position = self._one_position(series)
        key = self._check_key(value)
        wants = self._wants_timestamps(timestamps)
        result: pandas.Series = pd.Series(
            self._array(position, key).to_numpy(zero_copy_only=False, writable=True),
            name=_column_name(self._names[position]),
            index=self._index(timestamps) if wants else None,
        )
        return result

    def to_dataframe(
        self,
        series: str | Sequence[str] | None = None,
        value: str | Sequence[str] | None = None,
        timestamps: TimestampFormat = None,
    ) -> pandas.DataFrame:
        """Return the selected values as a pandas DataFrame, NaN where missing (``pandas`` extra).

        One row per timestamp. Columns are the series names with every character other than
        letters, digits and ``_`` replaced by ``_`` (``c8y_Temperature_T``), suffixed with
        ``_`` and the value key when several keys are selected (``c8y_Temperature_T_min``).

        Args:
            series: A series name or several; None: every series.
            value: A value key or several; None: every key with a value in the selection.
            timestamps: Index by timestamp: True (raw text), ``'datetime'`` (UTC) or
                ``'epoch'`` (seconds); None: a range index.

        Raises:
            ImportError: pandas is not installed (the message names the extra).
            ValueError: An unknown series, value key or timestamp format.
        """
        require("pandas", extra="pandas")
        positions = self._positions(series)
        keys = self._keys(positions, value)
        wants = self._wants_timestamps(timestamps)
        names: list[str] = []
        arrays: list[pa.Array] = []
        for position in positions:
            base = _column_name(self._names[position])
            for key in keys:
                names.append(f"{base}_{_column_name(key)}" if len(keys) > 1 else base)
                arrays.append(self._array(position, key))
        if arrays:
            frame: pandas.DataFrame = pa.Table.from_arrays(arrays, names=names).to_pandas()
        else:
            frame = _empty_frame(len(self))
        if wants:
            frame.index = self._index(timestamps)
        return frame


def _empty_frame(rows: int) -> pandas.DataFrame:
    pd = require("pandas", extra="pandas")
    frame: pandas.DataFrame = pd.DataFrame(index=pd.RangeIndex(rows))
    return frame


def _column_name(name: str) -> str:
    return _NOT_A_NAME.sub("_", name)


# --- fetching ----------------------------------------------------------------------------------


def merge_documents(parts: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Merge series answers for adjacent time ranges into one document (pure).

    The parts are given in answer order. Series are matched by fragment and name; the merged
    document lists them in the order first seen, with the unit first given. A timestamp found
    in several parts (the boundary of two requests) gets one row, each entry taken from the
    last part that has it. ``truncated`` is true when the last part says so.

    Raises:
        ValueError: A part is not a series result.
    """
    specs: list[dict[str, Any]] = []
    index: dict[tuple[str, str], int] = {}
    layouts: list[list[int]] = []
    for part in parts:
        layout = []
        for spec in _parse_specs(part):
            key = (spec.type, spec.name)
            if key not in index:
                index[key] = len(specs)
                entry: dict[str, Any] = {"name": spec.name, "type": spec.type}
                if spec.unit is not None:
                    entry = {"unit": spec.unit, **entry}
                specs.append(entry)
            layout.append(index[key])
        layouts.append(layout)
    width = len(specs)
    identity = list(range(width))
    values: dict[str, Any] = {}
    for part, layout in zip(parts, layouts, strict=True):
        part_values: dict[str, Any] = part["values"]
        if layout == identity:
            overlap = values.keys() & part_values.keys()
            earlier = {stamp: values[stamp] for stamp in overlap}
            values.update(part_values)
            for stamp in overlap:
                values[stamp] = _merge_rows(earlier[stamp], part_values[stamp], width)
            continue
        for stamp, row in part_values.items():
            wide: list[Any] = [None] * width
            for position, entry in zip(layout, row or (), strict=False):
                wide[position] = entry
            before = values.get(stamp)
            values[stamp] = wide if before is None else _merge_rows(before, wide, width)
    truncated = bool(parts[-1].get("truncated", False)) if parts else False
    return {"values": values, "series": specs, "truncated": truncated}


def _merge_rows(earlier: Any, later: Any, width: int) -> list[Any]:
    old = list(earlier or ()) + [None] * (width - len(earlier or ()))
    new = list(later or ()) + [None] * (width - len(later or ()))
    return [n if n is not None else o for o, n in zip(old, new, strict=True)]


Fetch: TypeAlias = Callable[[int, int], Awaitable[dict[str, Any]]]
"""Request the series of ``[from_ms, to_ms)`` and return the parsed answer."""


def _millis(text: str) -> int:
    parsed = datetime.fromisoformat(text)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return (parsed - _EPOCH) // timedelta(milliseconds=1)


def format_millis(millis: int) -> str:
    """Epoch milliseconds as the platform's UTC text, e.g. ``2024-05-01T12:00:00.000Z``."""
    moment = _EPOCH + timedelta(milliseconds=millis)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def remaining_range(
    document: Mapping[str, Any], low: int, high: int, reverse: bool
) -> tuple[int, int] | None:
    """The part of ``[low, high)`` a truncated answer left out, or None if nothing is left (pure).

    The answer holds the oldest timestamps (the newest with `reverse`) up to its last one. That
    last timestamp is asked for again, in case the platform cut its row short; the range always
    shrinks, so completion ends.
    """
    values = document["values"]
    if not values:
        return None
    last = _millis(next(reversed(values)))
    if reverse:
        new_low, new_high = low, (last + 1 if last + 1 < high else last)
    else:
        new_low, new_high = (last if last > low else last + 1), high
    if new_low >= new_high or (new_low <= low and new_high >= high):
        return None
    return new_low, new_high


def _width(span: tuple[int, int] | None) -> int:
    return 0 if span is None else span[1] - span[0]


def split_range(low: int, high: int, pieces: int) -> list[tuple[int, int]]:
    """Cut ``[low, high)`` into at most `pieces` adjacent ranges of (nearly) equal width (pure)."""
    pieces = max(1, min(pieces, high - low))
    step = -(-(high - low) // pieces)
    return [(start, min(start + step, high)) for start in range(low, high, step)]


async def complete_series(
    fetch: Fetch,
    first: dict[str, Any],
    low: int,
    high: int,
    *,
    reverse: bool,
    workers: int | None,
    covered: Callable[[int], None] | None = None,
) -> dict[str, Any]:
    """Fetch what a truncated answer left out and merge everything into one document.

    The rest of the range is cut into `workers` pieces fetched at once (one piece without
    workers); each piece that comes back truncated is continued after its last timestamp.

    Args:
        fetch: Requests one range.
        first: The truncated answer for ``[low, high)``.
        low: The start of the requested range (epoch ms, inclusive).
        high: The end of the requested range (epoch ms, exclusive).
        reverse: Answers are newest first.
        workers: Pieces fetched in parallel.
        covered: Called after each answer with the milliseconds of the range it settled.
    """
    import asyncio

    rest = remaining_range(first, low, high, reverse)
    if rest is None:
        return dict(first)
    pieces = split_range(*rest, workers or 1)
    if reverse:
        pieces.reverse()

    async def run(piece: tuple[int, int]) -> tuple[list[dict[str, Any]], bool]:
        answers = []
        current: tuple[int, int] | None = piece
        while current is not None:
            answer = await fetch(*current)
            answers.append(answer)
            if answer.get("truncated") is not True:
                if covered is not None:
                    covered(current[1] - current[0])
                return answers, False
            rest = remaining_range(answer, *current, reverse)
            if covered is not None:
                covered(_width(current) - _width(rest))
            current = rest
        return answers, True

    results = await asyncio.gather(*(run(piece) for piece in pieces))
    parts = [first, *(answer for answers, _ in results for answer in answers)]
    merged = merge_documents(parts)
    merged["truncated"] = any(cut for _, cut in results)
    return merged


async def fetch_series(
    c8y: CumulocityConnection,
    query: Sequence[tuple[str, Any]],
    *,
    date_from: str | None,
    date_to: str | None,
    reverse: bool = False,
    complete: bool = False,
    workers: int | None = None,
    progress: Callable[[int, int | None], None] | None = None,
) -> Series:
    """Request a series result, completing a truncated one when asked (see `Series`).

    Args:
        c8y: The connection.
        query: The query parameters besides the range, as ``(name, value)`` pairs (a name
            may repeat, e.g. ``series``).
        date_from: Start of the range (ISO text with offset, inclusive); None when `query`
            carries the range itself (then one request is made, never completed).
        date_to: End of the range (exclusive); None as for `date_from`.
        reverse: The answers are newest first.
        complete: Fetch the rest of a truncated answer (only for unaggregated requests).
        workers: Requests in parallel while completing.
        progress: Called as ``progress(done, total)`` after each answer, in milliseconds of
            the time range: `done` is the part read so far, `total` the whole range (it ends
            short of `total` when a truncated answer is not completed). Without a range
            (`date_from` None), ``(1, 1)`` once the one answer is in.

    Raises:
        APIError: A request failed.
        ResponseDecodeError: An answer is not a series result.
    """
    base = list(query)
    if date_from is None or date_to is None:
        document = await _get_document(c8y, base)
        if progress is not None:
            progress(1, 1)
        return Series(document)

    async def fetch_text(start: str, end: str) -> dict[str, Any]:
        return await _get_document(c8y, [*base, (_DATE_FROM, start), (_DATE_TO, end)])

    async def fetch_millis(start: int, end: int) -> dict[str, Any]:
        return await fetch_text(format_millis(start), format_millis(end))

    low, high = _millis(date_from), _millis(date_to)
    total = max(0, high - low)
    done = 0

    def covered(width: int) -> None:
        nonlocal done
        done += width
        if progress is not None:
            progress(done, total)

    first = await fetch_text(date_from, date_to)
    truncated = first.get("truncated") is True
    covered(total - (_width(remaining_range(first, low, high, reverse)) if truncated else 0))
    if complete and truncated:
        first = await complete_series(
            fetch_millis, first, low, high, reverse=reverse, workers=workers, covered=covered
        )
    return Series(first)


async def _get_document(c8y: CumulocityConnection, query: list[tuple[str, Any]]) -> dict[str, Any]:
    """Send the series request with `query` (names may repeat); return the parsed answer."""
    response = await c8y.send(SERIES_OPERATION, params=query)
    try:
        document = parse_json_fast(response.content)
        _parse_specs(document)
    except (orjson.JSONDecodeError, ValueError) as exc:
        raise ResponseDecodeError(
            f"series answer is not a series result ({exc})",
            method=SERIES_OPERATION.method,
            url=redact_url(response.request.url),
            status_code=response.status_code,
            body=response.content,
        ) from None
    result: dict[str, Any] = document
    return result
