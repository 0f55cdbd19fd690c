"""Measurements: time-stamped values a source (device) reports, and the Measurements API.

A measurement names its source, its type and its time, and carries its values in *series*: a
top-level fragment holding elements with a ``value`` (and optionally a ``unit``), e.g.
``{"c8y_Temperature": {"T": {"value": 21.5, "unit": "C"}}}`` is the series
``c8y_Temperature.T``. `Measurement` is the active record (measurements are created and deleted,
never updated); `Measurements` is the main API class.

Bulk creation posts measurement *collections*: one request per batch of up to ``batch_size``
measurements, batches in parallel with ``workers=``.

The filters of a query are declared once, in `MeasurementFilters` (deleting by filter takes
the narrower `MeasurementDeleteFilters`, series requests `SeriesFilters`); `c8y_objects._query`
maps them to the query parameters the spec declares for each operation (``series`` is split
into the value fragment type and series, ``reverse`` is ``revert``: newest first).
"""

from __future__ import annotations

import builtins
import math
import os
from collections.abc import AsyncIterator, Callable, Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Literal,
    Self,
    TypeAlias,
    Unpack,
    get_args,
    get_origin,
    get_type_hints,
    overload,
)
from urllib.parse import parse_qsl

from c8y_objects._api import (
    ColumnSpec,
    CumulocityResource,
    ExtraParams,
    Progress,
    TimeFilters,
    _check_callable,
    _object_id,
    infer_page_size,
)
from c8y_objects._base import (
    CumulocityObject,
    DateLike,
    Field,
    ObjectOrId,
    ObjectStateError,
    ReferenceField,
    SettableDateTimeField,
    TimestampField,
    format_datetime,
    json_with_time,
    now_timestamp,
)
from c8y_objects._bulk import check_workers, run_bulk
from c8y_objects._filters import Matcher, ValueSpec
from c8y_objects._http import CumulocityConnection, encode_json
from c8y_objects._optional import require_arrow
from c8y_objects._paging import iter_pages
from c8y_objects._query import DATE_FILTER_NAMES, QuerySpec, declared, newest_first
from c8y_objects._wire import ResourceOperations
from c8y_objects.errors import ConfigurationError, NonFiniteNumberError, WireMismatchError
from c8y_rest import wire

if TYPE_CHECKING:
    import pandas
    import pyarrow as pa

    from c8y_objects.series import Series, TimestampFormat

__all__ = [
    "MEASUREMENT_COLLECTION_MEDIA_TYPE",
    "AggregationFunction",
    "AggregationType",
    "Measurement",
    "MeasurementDeleteFilters",
    "MeasurementFilters",
    "Measurements",
    "SeriesFilters",
    "SeriesValue",
    "measurement_query_params",
    "series_fragments",
    "split_series",
]

MEASUREMENTS_OPERATIONS = ResourceOperations(
    list=wire.GET_MEASUREMENT_COLLECTION_RESOURCE,
    create=wire.POST_MEASUREMENT_COLLECTION_RESOURCE,
    read=wire.GET_MEASUREMENT_RESOURCE,
    delete=wire.DELETE_MEASUREMENT_RESOURCE,
)


def _collection_media_type(operation: wire.Operation[object]) -> str:
    """The media type of a measurement collection body, as the operation declares it."""
    for media_type in operation.request_media_types:
        if media_type.endswith("collection+json"):
            return media_type
    raise WireMismatchError(
        f"{operation.operation_id} ({operation.path}) declares no collection media type"
    )


MEASUREMENT_COLLECTION_MEDIA_TYPE = _collection_media_type(
    wire.POST_MEASUREMENT_COLLECTION_RESOURCE
)
"""The media type of the bulk body ``{"measurements": [...]}`` (from the spec)."""
DEFAULT_BATCH_SIZE = 1000
"""Measurements per collection request of `Measurements.create`."""

SeriesValue: TypeAlias = tuple[str, float] | tuple[str, float, str | None]
"""One series value: ``("fragment.series", value)`` or ``("fragment.series", value, unit)``."""


AggregationType: TypeAlias = Literal["MINUTELY", "HOURLY", "DAILY"]
"""An interval of ``aggregationType`` (checked against the spec's enum at import)."""
AggregationFunction: TypeAlias = Literal[
    "min", "max", "avg", "sum", "count", "stdDevPop", "stdDevSamp"
]
"""A function of ``aggregationFunction`` (checked against the spec's enum at import)."""


class _SourceFilters(TimeFilters, total=False):
    """The filters every measurement call takes (the time bounds and these)."""

    type: str | None
    """The measurement type."""
    source: ObjectOrId | None
    """The source managed object (or its ID)."""


class MeasurementFilters(_SourceFilters, total=False):
    """The filters of a measurement query: `Measurements.select`, `get_all`, `get_count`,
    `get_last`, `skim_latest`, `to_arrow` and `export_parquet`."""

    value_fragment_type: str | None
    """The fragment of a series, e.g. ``c8y_Temperature``."""
    value_fragment_series: str | None
    """The series within the fragment, e.g. ``T``."""
    series: str | None
    """``"fragment.series"``: sets both of the above."""
    reverse: bool | None
    """Newest first (the platform's ``revert``)."""


class MeasurementDeleteFilters(_SourceFilters, total=False):
    """What `Measurements.delete_by` filters by (all that ``DELETE`` of the collection applies)."""

    fragment: str | None
    """A fragment the measurements carry (``fragmentType``)."""


class SeriesFilters(TimeFilters, total=False):
    """The options of a series request: `Measurements.get_series` and `collect_series`."""

    aggregation: AggregationType | None
    """Min/max per minute, hour or day (``aggregationType``)."""
    aggregation_function: AggregationFunction | Sequence[AggregationFunction] | None
    """The functions per interval (repeatable); needs `aggregation_interval`."""
    aggregation_interval: str | None
    """The interval of `aggregation_function`, e.g. ``"1h"``, ``"15m"``, ``"7d"``."""
    reverse: bool | None
    """Newest first (the platform's ``revert``)."""


def _split_series_filter(filters: Mapping[str, Any]) -> Mapping[str, Any]:
    """Replace the ``series`` shortcut by the two value fragment filters."""
    series = filters.get("series")
    if series is None:
        return filters
    if filters.get("value_fragment_type") is not None or (
        filters.get("value_fragment_series") is not None
    ):
        raise ConfigurationError(
            "series sets valueFragmentType and valueFragmentSeries; do not combine it with "
            "value_fragment_type or value_fragment_series"
        )
    fragment, name = split_series(series)
    return {**filters, "value_fragment_type": fragment, "value_fragment_series": name}


_LIST_QUERY = QuerySpec(
    "c8y_objects.measurements.MeasurementFilters",
    wire.GET_MEASUREMENT_COLLECTION_RESOURCE,
    MeasurementFilters.__optional_keys__,
    convert={"source": _object_id},
    params={"reverse": "revert"},
    local=["series"],
)
_DELETE_QUERY = QuerySpec(
    "c8y_objects.measurements.MeasurementDeleteFilters",
    wire.DELETE_MEASUREMENT_COLLECTION_RESOURCE,
    MeasurementDeleteFilters.__optional_keys__,
    convert={"source": _object_id},
    params={"fragment": "fragmentType"},
)
# The platform deletes by filter only with a source or a date bound.
_DELETE_GUARDS = frozenset(
    declared(
        "c8y_objects.measurements._DELETE_GUARDS",
        wire.DELETE_MEASUREMENT_COLLECTION_RESOURCE,
        "source",
        "dateFrom",
        "dateTo",
    )
)


def _declared_choices(name: str) -> tuple[str, ...]:
    """The values the spec's enum allows for a series query parameter (in spec order)."""
    found: list[str] = []
    pending = [get_type_hints(wire.GetMeasurementSeriesResourceQuery)[name]]
    while pending:
        hint = pending.pop(0)
        if get_origin(hint) is Literal:
            found.extend(str(arg) for arg in get_args(hint))
        else:
            pending.extend(get_args(hint))
    if not found:
        raise WireMismatchError(f"the series query parameter {name} declares no enum")
    return tuple(dict.fromkeys(found))


_AGGREGATION_TYPES = _declared_choices("aggregationType")
_AGGREGATION_FUNCTIONS = _declared_choices("aggregationFunction")


def _check_literal(name: str, alias: Any, declared: tuple[str, ...]) -> None:
    """Refuse a handwritten Literal that differs from the spec's enum (at import)."""
    if set(get_args(alias)) != set(declared):
        raise WireMismatchError(
            f"c8y_objects.measurements.{name}: the spec declares {', '.join(declared)}"
        )


_check_literal("AggregationType", AggregationType, _AGGREGATION_TYPES)
_check_literal("AggregationFunction", AggregationFunction, _AGGREGATION_FUNCTIONS)


def _checked_choice(name: str, choices: tuple[str, ...]) -> Callable[[Any], Any]:
    def check(value: Any) -> Any:
        values = [value] if isinstance(value, str) else value
        if not isinstance(values, Sequence) or not values:
            raise ConfigurationError(
                f"{name} must be one of {', '.join(choices)} or a list of them"
            )
        for item in values:
            if item not in choices:
                raise ConfigurationError(
                    f"{name} must be one of {', '.join(choices)}, got {item!r}"
                )
        return value

    return check


def _interval(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ConfigurationError(f"aggregation_interval must be text like '1h', got {value!r}")
    return value


_SERIES_QUERY = QuerySpec(
    "c8y_objects.measurements.SeriesFilters",
    wire.GET_MEASUREMENT_SERIES_RESOURCE,
    {*SeriesFilters.__optional_keys__, "source", "series"},
    convert={
        "aggregation": _checked_choice("aggregation", _AGGREGATION_TYPES),
        "aggregation_function": _checked_choice("aggregation_function", _AGGREGATION_FUNCTIONS),
        "aggregation_interval": _interval,
    },
    params={"aggregation": "aggregationType", "reverse": "revert"},
)


def split_series(series: str) -> tuple[str, str]:
    """Split ``"fragment.series"`` at its first dot (pure).

    Raises:
        ConfigurationError: There is no dot, or a part is empty.
    """
    if not isinstance(series, str):
        raise ConfigurationError(f"series must be a 'fragment.series' string, got {series!r}")
    fragment, dot, name = series.partition(".")
    if not dot or not fragment or not name:
        raise ConfigurationError(
            f"series {series!r} is not 'fragment.series' (e.g. 'c8y_Temperature.T'); "
            "use value_fragment_type for a fragment alone"
        )
    return fragment, name


def series_fragments(series: SeriesValue | Iterable[SeriesValue]) -> dict[str, dict[str, Any]]:
    """Turn series values into measurement fragments (pure).

    ``[("c8y_T.T", 21.5, "C"), ("c8y_T.H", 40)]`` becomes
    ``{"c8y_T": {"T": {"value": 21.5, "unit": "C"}, "H": {"value": 40}}}``.

    Args:
        series: One series value or several.

    Raises:
        ConfigurationError: A value is not a 2- or 3-tuple, its name is not
            ``"fragment.series"``, its value is not a number, its unit is empty or not text,
            or a series is given twice.
        NonFiniteNumberError: A value is NaN or infinite.
    """
    items: Iterable[Any]
    if isinstance(series, tuple) and series and isinstance(series[0], str):
        items = (series,)
    elif isinstance(series, str | bytes | Mapping) or not isinstance(series, Iterable):
        raise ConfigurationError(
            "series must be a ('fragment.series', value[, unit]) tuple or an iterable of them, "
            f"got {series!r:.80}"
        )
    else:
        items = series
    fragments: dict[str, dict[str, Any]] = {}
    for item in items:
        if not isinstance(item, tuple) or len(item) not in (2, 3):
            raise ConfigurationError(
                f"series value {item!r:.80} is not a ('fragment.series', value[, unit]) tuple"
            )
        fragment, name = split_series(item[0])
        value = item[1]
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ConfigurationError(f"series {item[0]!r}: value {value!r} is not a number")
        if isinstance(value, float) and not math.isfinite(value):
            raise NonFiniteNumberError(
                f"series {item[0]!r}: value {value!r} is NaN or infinite, which JSON cannot express"
            )
        element: dict[str, Any] = {"value": value}
        if len(item) == 3 and item[2] is not None:
            unit = item[2]
            if not isinstance(unit, str):  # "" is a unit too: the platform keeps it
                raise ConfigurationError(f"series {item[0]!r}: unit must be a string, got {unit!r}")
            element["unit"] = unit
        elements = fragments.setdefault(fragment, {})
        if name in elements:
            raise ConfigurationError(f"series {item[0]!r} is given twice")
        elements[name] = element
    return fragments


def measurement_query_params(
    *,
    now: datetime | None = None,
    extra_params: ExtraParams | None = None,
    **filters: Unpack[MeasurementFilters],
) -> dict[str, Any]:
    """Build the query of a measurement query (pure; see `MeasurementFilters`).

    Args:
        now: The reference time of the ages (default: the current time).
        extra_params: Raw query parameters, sent as given.
        **filters: The filters.

    Raises:
        UnknownFilterError: An unknown filter.
        ConfigurationError: `series` is combined with a value fragment filter or malformed,
            the date filters conflict, or a parameter is set twice.
        NaiveDatetimeError: A date filter has no time zone.
    """
    return _LIST_QUERY.build(
        _split_series_filter(filters),
        call="measurement_query_params",
        extra_params=extra_params,
        now=now,
    )


class Measurement(CumulocityObject):
    """A measurement: a source, a type, a time and one or more series.

    Series values go in with ``series=`` or as fragments (``c8y_T={"T": {"value": 1}}``), or
    later with ``m["c8y_T.T"] = {"value": 1}``.

    Args:
        c8y: The connection; needed by `create` and `delete`.
        type: The measurement type.
        source: The source managed object's ID (or the object).
        time: When it was measured: an aware datetime or an ISO string with offset; when left
            out, the time of `create` is used.
        series: One ``("fragment.series", value[, unit])`` tuple or several.
        **kwargs: Further top-level fragments.

    Raises:
        ConfigurationError: A series value is malformed, or names a series also given as a
            fragment.
        NaiveDatetimeError: `time` has no time zone.
    """

    __slots__ = ()

    _operations: ClassVar[ResourceOperations] = MEASUREMENTS_OPERATIONS

    def __init__(
        self,
        c8y: CumulocityConnection | None = None,
        *,
        type: str | None = None,
        source: ObjectOrId | None = None,
        time: DateLike | None = None,
        series: SeriesValue | Iterable[SeriesValue] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(c8y, type=type, **kwargs)
        if source is not None:
            self.source = source
        if time is not None:
            self.time = time
        if series is not None:
            for fragment, elements in series_fragments(series).items():
                existing = self._json.get(fragment)
                if existing is None:
                    self._write(fragment, elements)
                    continue
                if not isinstance(existing, dict):
                    raise ConfigurationError(
                        f"series of {fragment!r} given, but {fragment!r} is also a non-object "
                        "fragment"
                    )
                twice = existing.keys() & elements.keys()
                if twice:
                    raise ConfigurationError(
                        f"series {fragment}.{sorted(twice)[0]} is given as a fragment and in series"
                    )
                self._write(fragment, {**existing, **elements})

    type: Field[str] = Field("type")
    """The measurement type."""
    source: ReferenceField = ReferenceField("source")
    """The ID of the source managed object; set an object or an ID."""
    time: TimestampField = TimestampField("time")
    """When it was measured (the platform's text); set a `DateLike`."""
    datetime: SettableDateTimeField = SettableDateTimeField("time")
    """When it was measured, as an aware UTC datetime; set a `DateLike`."""

    def get_series(self) -> list[str]:
        """Return the names (``"fragment.series"``) of the series this measurement holds.

        A series is an element with a ``value`` inside a top-level fragment.
        """
        return [
            f"{fragment}.{name}"
            for fragment, elements in self._json.items()
            if type(elements) is dict
            for name, element in elements.items()
            if type(element) is dict and "value" in element
        ]

    def _check_creatable(self) -> None:
        if self.source is None:
            raise ObjectStateError(f"{self!r} has no source: set source= to a managed object ID")
        if not self._json.get("type"):
            raise ObjectStateError(f"{self!r} has no type: set type=")

    async def create(self) -> Self:
        """Store the measurement (``POST /measurement/measurements``).

        Can be called repeatedly; each call creates another measurement.

        Returns:
            A new instance with the created measurement (ID and time); self is unchanged.

        Raises:
            ObjectStateError: No connection, no source or no type.
            NonFiniteNumberError: A value is NaN or infinite (nothing is sent).
            APIError: The platform refused the request.
        """
        c8y = self._require_c8y()
        self._check_creatable()
        now = now_timestamp()
        result = await c8y.call(self._operations.require("create"), json=json_with_time(self, now))
        return type(self).from_json(result, c8y)

    async def delete(self) -> None:
        """Delete the measurement (``DELETE /measurement/measurements/{id}``).

        Raises:
            ObjectStateError: No connection or no ID.
            APIError: The platform refused the request.
        """
        await self._delete()

    def __repr__(self) -> str:
        return (
            f"Measurement(id={self.id!r}, type={self._json.get('type')!r}, "
            f"source={self.source!r}, time={self._json.get('time')!r})"
        )


def _check_batch_size(batch_size: int) -> None:
    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
        raise ConfigurationError(f"batch_size must be 1 or more, got {batch_size!r}")


class Measurements(CumulocityResource[Measurement]):
    """The Measurements API: query, create and delete measurements, read series.

    Args:
        c8y: The connection.
    """

    _operations: ClassVar[ResourceOperations] = MEASUREMENTS_OPERATIONS
    _collection_key: ClassVar[str] = "measurements"
    _object_class: builtins.type[Measurement] = Measurement

    async def get(self, measurement_id: str | int) -> Measurement:
        """Read one measurement (``GET /measurement/measurements/{id}``).

        Raises:
            InvalidIdError: The ID cannot be a path segment (nothing is sent).
            NotFoundError: No measurement has this ID.
        """
        return await self._get_object(measurement_id)

    @staticmethod
    def _query(
        expression: str | None,
        filters: Mapping[str, Any],
        extra_params: ExtraParams | None,
        call: str,
    ) -> dict[str, Any]:
        """The query of a call: the raw expression, or the filters (checked before sending)."""
        if expression:
            return _LIST_QUERY.from_expression(
                expression, filters, call=call, extra_params=extra_params
            )
        return _LIST_QUERY.build(
            _split_series_filter(filters), call=call, extra_params=extra_params
        )

    @overload
    def select(
        self,
        expression: str | None = None,
        *,
        limit: int | None = 5,
        include: Matcher | None = None,
        exclude: Matcher | None = None,
        page_size: int | None = None,
        page_number: int | None = None,
        as_values: None = None,
        workers: int | None = None,
        progress: Progress | None = None,
        extra_params: ExtraParams | None = None,
        **filters: Unpack[MeasurementFilters],
    ) -> AsyncIterator[Measurement]: ...
    @overload
    def select(
        self,
        expression: str | None = None,
        *,
        limit: int | None = 5,
        include: Matcher | None = None,
        exclude: Matcher | None = None,
        page_size: int | None = None,
        page_number: int | None = None,
        as_values: ValueSpec,
        workers: int | None = None,
        progress: Progress | None = None,
        extra_params: ExtraParams | None = None,
        **filters: Unpack[MeasurementFilters],
    ) -> AsyncIterator[Any]: ...
    @overload
    def select(
        self,
        expression: str | None = None,
        *,
        limit: int | None = 5,
        include: Matcher | None = None,
        exclude: Matcher | None = None,
        page_size: int | None = None,
        page_number: int | None = None,
        as_values: list[ValueSpec],
        workers: int | None = None,
        extra_params: ExtraParams | None = None,
        progress: Progress | None = None,
        **filters: Unpack[MeasurementFilters],
    ) -> AsyncIterator[tuple[Any, ...]]: ...
    def select(
        self,
        expression: str | None = None,
        *,
        limit: int | None = 5,
        include: Matcher | None = None,
        exclude: Matcher | None = None,
        page_size: int | None = None,
        page_number: int | None = None,
        as_values: ValueSpec | list[ValueSpec] | None = None,
        workers: int | None = None,
        progress: Progress | None = None,
        extra_params: ExtraParams | None = None,
        **filters: Unpack[MeasurementFilters],
    ) -> AsyncIterator[Any]:
        """Iterate over the matching measurements (``GET /measurement/measurements``, paged).

        The arguments are checked at once; requests are made while iterating. Without
        ``reverse`` the platform returns the oldest measurements first.

        Args:
            expression: A raw query string sent unchanged; filters are then not allowed.
            limit: The most results to yield (default 5; None for all).
            include: Client-side filter: keep matching results (see `c8y_objects._filters`).
            exclude: Client-side filter: drop matching results.
            page_size: Measurements per request (inferred when None).
            page_number: Read only this page.
            as_values: Yield values at JSON paths instead of objects.
            workers: Pages requested in parallel.
            progress: Called as ``progress(done, total)`` after each page: the items
                read so far and how many the query reads (counted first with one request).
            extra_params: Raw query parameters, sent as given.
            **filters: See `MeasurementFilters`.

        Raises:
            UnknownFilterError: An unknown filter (nothing is sent).
            ConfigurationError: An argument is out of range, malformed or conflicting.
            NaiveDatetimeError: A date filter has no time zone.
            APIError: A page request failed (while iterating).
        """
        return self._select(
            self._query(expression, filters, extra_params, "select"),
            limit=limit,
            include=include,
            exclude=exclude,
            page_size=page_size,
            page_number=page_number,
            as_values=as_values,
            workers=workers,
            progress=progress,
        )

    @overload
    async def get_all(
        self,
        expression: str | None = None,
        *,
        limit: int | None = 5,
        include: Matcher | None = None,
        exclude: Matcher | None = None,
        page_size: int | None = None,
        page_number: int | None = None,
        as_values: None = None,
        workers: int | None = None,
        progress: Progress | None = None,
        extra_params: ExtraParams | None = None,
        **filters: Unpack[MeasurementFilters],
    ) -> list[Measurement]: ...
    @overload
    async def get_all(
        self,
        expression: str | None = None,
        *,
        limit: int | None = 5,
        include: Matcher | None = None,
        exclude: Matcher | None = None,
        page_size: int | None = None,
        page_number: int | None = None,
        as_values: ValueSpec,
        workers: int | None = None,
        progress: Progress | None = None,
        extra_params: ExtraParams | None = None,
        **filters: Unpack[MeasurementFilters],
    ) -> list[Any]: ...
    @overload
    async def get_all(
        self,
        expression: str | None = None,
        *,
        limit: int | None = 5,
        include: Matcher | None = None,
        exclude: Matcher | None = None,
        page_size: int | None = None,
        page_number: int | None = None,
        as_values: list[ValueSpec],
        workers: int | None = None,
        extra_params: ExtraParams | None = None,
        progress: Progress | None = None,
        **filters: Unpack[MeasurementFilters],
    ) -> list[tuple[Any, ...]]: ...
    async def get_all(
        self,
        expression: str | None = None,
        *,
        limit: int | None = 5,
        include: Matcher | None = None,
        exclude: Matcher | None = None,
        page_size: int | None = None,
        page_number: int | None = None,
        as_values: ValueSpec | list[ValueSpec] | None = None,
        workers: int | None = None,
        progress: Progress | None = None,
        extra_params: ExtraParams | None = None,
        **filters: Unpack[MeasurementFilters],
    ) -> list[Any]:
        """Read the matching measurements into a list: the eager `select` (same arguments).

        Raises:
            UnknownFilterError: An unknown filter (nothing is sent).
            ConfigurationError: An argument is out of range, malformed or conflicting.
            APIError: A page request failed.
        """
        results = self._select(
            self._query(expression, filters, extra_params, "get_all"),
            limit=limit,
            include=include,
            exclude=exclude,
            page_size=page_size,
            page_number=page_number,
            as_values=as_values,
            workers=workers,
            progress=progress,
        )
        return [item async for item in results]

    async def to_dataframe(
        self,
        expression: str | None = None,
        *,
        columns: Sequence[ColumnSpec],
        limit: int | None = None,
        include: Matcher | None = None,
        exclude: Matcher | None = None,
        page_size: int | None = None,
        workers: int | None = None,
        extra_params: ExtraParams | None = None,
        **filters: Unpack[MeasurementFilters],
    ) -> pandas.DataFrame:
        """Read the matching measurements into a pandas DataFrame, one column per path.

        The query is that of `select` (``GET /measurement/measurements``). Values are read at
        each column's path from the JSON, without building `Measurement` objects; a missing
        path gives None.

        Args:
            expression: A raw query string sent unchanged (see `select`).
            columns: Paths (``"time"``, ``"source.id"``, ``"c8y_T.T.value"``),
                or ``(name, path)`` pairs.
            limit: Stop after this many measurements (default: all).
            include: Client-side filter: keep matching measurements.
            exclude: Client-side filter: drop matching measurements.
            page_size: Measurements per request (inferred when None).
            workers: Pages requested in parallel.
            extra_params: Raw query parameters, sent as given.
            **filters: See `MeasurementFilters`.

        Raises:
            ImportError: pandas is not installed (the message names the extra).
            UnknownFilterError: An unknown keyword (nothing is sent).
            ConfigurationError: Malformed columns or filters (checked before any request).
            APIError: A page request failed.
        """
        frame: pandas.DataFrame = await self._to_dataframe(
            columns,
            self._query(expression, filters, extra_params, "to_dataframe"),
            limit=limit,
            include=include,
            exclude=exclude,
            page_size=page_size,
            workers=workers,
        )
        return frame

    async def get_count(
        self,
        expression: str | None = None,
        *,
        extra_params: ExtraParams | None = None,
        **filters: Unpack[MeasurementFilters],
    ) -> int:
        """Count the matching measurements without reading them (filters as in `select`).

        Raises:
            UnknownFilterError: An unknown filter (nothing is sent).
            ConfigurationError: A filter is malformed or conflicting.
            APIError: The request failed.
        """
        return await self._get_count(self._query(expression, filters, extra_params, "get_count"))

    async def get_last(
        self,
        expression: str | None = None,
        *,
        extra_params: ExtraParams | None = None,
        **filters: Unpack[MeasurementFilters],
    ) -> Measurement | None:
        """Read the newest matching measurement (one ``GET``, newest first, page size 1).

        The platform orders newest first only within a time range, so when no lower bound
        (``after``, ``date_from``, ``max_age``) is given the range starts at the Unix epoch.

        Args:
            expression: A raw query string sent unchanged (it should ask for newest first).
            extra_params: Raw query parameters, sent as given.
            **filters: See `MeasurementFilters` (``reverse`` is implied).

        Returns:
            The measurement, or None when nothing matches.

        Raises:
            UnknownFilterError: An unknown filter (nothing is sent).
            ConfigurationError: ``reverse`` is given, or a filter is malformed or conflicting.
            APIError: The request failed.
        """
        return await self._get_first(
            self._query(expression, newest_first(filters, "get_last"), extra_params, "get_last")
        )

    async def skim_latest(
        self,
        source: ObjectOrId | None = None,
        /,
        *,
        limit: int | None = 200,
        extra_params: ExtraParams | None = None,
        **filters: Unpack[MeasurementFilters],
    ) -> dict[str, Measurement]:
        """The newest measurement of each type among the most recent ones (best effort).

        Reads the newest `limit` measurements newest first (with ``max_age``: all of that
        window, and the limit does not apply), keeping the first one seen per type. A type
        without a measurement in the window is missing from the result.

        Args:
            source: Only measurements of this source (managed object or ID); ``source=``
                works too.
            limit: How many of the newest measurements to scan (default 200).
            extra_params: Raw query parameters, sent as given.
            **filters: See `MeasurementFilters`; ``max_age`` sets the window, ``reverse`` is
                implied.

        Returns:
            Measurement type -> its newest measurement in the window.

        Raises:
            UnknownFilterError: An unknown filter (nothing is sent).
            ConfigurationError: ``reverse`` is given, the source twice, or a filter is
                malformed or conflicting.
            APIError: A request failed.
        """
        scan: dict[str, Any] = dict(filters)
        if source is not None:
            if scan.get("source") is not None:
                raise ConfigurationError("skim_latest got source twice")
            scan["source"] = source
        params = self._query(None, newest_first(scan, "skim_latest"), extra_params, "skim_latest")
        results = self._select(
            params,
            limit=None if scan.get("max_age") is not None else limit,
            include=None,
            exclude=None,
            page_size=None,
            page_number=None,
            as_values=None,
            workers=None,
        )
        latest: dict[str, Measurement] = {}
        async for measurement in results:
            kind = measurement.type
            if kind is not None and kind not in latest:
                latest[kind] = measurement
        return latest

    async def create(
        self,
        *measurements: Measurement,
        batch_size: int = DEFAULT_BATCH_SIZE,
        workers: int | None = None,
        progress: Progress | None = None,
    ) -> None:
        """Create measurements, many per request (``POST`` measurement collections).

        The measurements are cut into batches of `batch_size`; each batch is one request with
        the collection media type, so 10 000 measurements take 10 requests by default. All
        measurements are checked and every body is encoded before the first request; a
        measurement without time gets the current time. Results are not parsed.

        Args:
            *measurements: The measurements to create.
            batch_size: Measurements per request (at least 1).
            workers: Batches sent in parallel (default: one after the other).
            progress: Called as ``progress(done, total)`` with measurement counts after each
                batch.

        Raises:
            ConfigurationError: `batch_size` or `workers` is out of range, or an argument is
                not a `Measurement`.
            ObjectStateError: A measurement has no source or no type (nothing is sent).
            NonFiniteNumberError: A value is NaN or infinite (nothing is sent).
            BulkError: A batch request failed; its ``index`` is the batch's position, its
                ``item`` the batch (a list of the measurements), ``succeeded`` the positions of
                the batches stored.
        """
        _check_batch_size(batch_size)
        now = now_timestamp()
        for index, measurement in enumerate(measurements):
            if not isinstance(measurement, Measurement):
                raise ConfigurationError(
                    f"measurement {index}: expected a Measurement, got {type(measurement).__name__}"
                )
            try:
                measurement._check_creatable()
            except ObjectStateError as exc:
                raise ObjectStateError(f"measurement {index}: {exc}") from None
        total = len(measurements)
        batches = [list(measurements[i : i + batch_size]) for i in range(0, total, batch_size)]
        bodies: dict[int, bytes] = {}
        for number, batch in enumerate(batches):
            documents = [json_with_time(measurement, now) for measurement in batch]
            try:
                bodies[id(batch)] = encode_json({"measurements": documents})
            except NonFiniteNumberError as exc:
                raise NonFiniteNumberError(
                    f"batch {number} (from measurement {number * batch_size}): {exc}"
                ) from None
        c8y = self.c8y
        operation = wire.POST_MEASUREMENT_COLLECTION_RESOURCE
        done = 0

        async def post(batch: list[Measurement]) -> None:
            nonlocal done
            await c8y.send(
                operation,
                content=bodies[id(batch)],
                content_type=MEASUREMENT_COLLECTION_MEDIA_TYPE,
                accept=MEASUREMENT_COLLECTION_MEDIA_TYPE,
            )
            done += len(batch)
            if progress is not None:
                progress(done, total)

        await run_bulk(batches, post, workers=workers)

    async def delete(
        self,
        *measurements: Measurement | str | int,
        workers: int | None = None,
        progress: Progress | None = None,
    ) -> None:
        """Delete measurements (``DELETE /measurement/measurements/{id}`` each).

        Raises:
            ObjectStateError: A measurement has no ID (checked before any request).
            InvalidIdError: An ID cannot be a path segment (checked before any request).
            BulkError: A request failed; names the measurement.
        """
        await self._delete_many(measurements, params=None, workers=workers, progress=progress)

    async def delete_by(
        self,
        expression: str | None = None,
        *,
        extra_params: ExtraParams | None = None,
        **filters: Unpack[MeasurementDeleteFilters],
    ) -> None:
        """Delete every matching measurement in one request (``DELETE /measurement/measurements``).

        The platform deletes by source, type, fragment and dates only (series filters are not
        accepted here: the platform would ignore them and delete more), and needs a source or
        a date bound; a call without one is refused before sending. The platform may finish
        deleting after it answered.

        Args:
            expression: A raw query string sent unchanged; filters are then not allowed.
            extra_params: Raw query parameters, sent as given.
            **filters: See `MeasurementDeleteFilters`.

        Raises:
            UnknownFilterError: A filter the endpoint does not take (nothing is sent).
            ConfigurationError: No source and no date bound, or conflicting date filters.
            APIError: The platform refused the request.
        """
        if expression:
            params = _DELETE_QUERY.from_expression(
                expression, filters, call="delete_by", extra_params=extra_params
            )
        else:
            params = _DELETE_QUERY.build(filters, call="delete_by", extra_params=extra_params)
        if not params.keys() & _DELETE_GUARDS:
            raise ConfigurationError(
                "delete_by needs source or a date bound (before/after/date_from/date_to/"
                "min_age/max_age); to delete everything, pass e.g. before=datetime.now(UTC)"
            )
        await self.c8y.send(wire.DELETE_MEASUREMENT_COLLECTION_RESOURCE, params=params)

    # -- series and tables (c8y_objects.series, c8y_objects._tables) ---------------------------

    async def get_series(
        self,
        source: ObjectOrId | None = None,
        series: str | Sequence[str] | None = None,
        *,
        expression: str | None = None,
        complete: bool = True,
        workers: int | None = None,
        progress: Progress | None = None,
        extra_params: ExtraParams | None = None,
        **filters: Unpack[SeriesFilters],
    ) -> Series:
        """Read the values of a source's series (``GET /measurement/measurements/series``).

        The platform answers at most 5000 unaggregated timestamps and marks the rest as
        ``truncated``; with `complete` (the default) the rest of the range is fetched in further
        requests and merged, so the result holds every value (`Series.complete`). Aggregated
        answers are returned as they come.

        Args:
            source: The source (managed object or its ID); needed unless `expression` is given.
            series: A series name (``fragment.series``) or several; None: all of the source's.
            expression: A raw query string sent unchanged in one request (no completion);
                the other arguments are then not allowed.
            complete: Fetch what a truncated unaggregated answer left out.
            workers: Requests in parallel while completing (the rest of the range is cut into
                this many pieces).
            progress: Called as ``progress(done, total)`` after each answer, counting
                milliseconds of the time range read (see `c8y_objects.series.fetch_series`);
                ``(1, 1)`` for an expression.
            extra_params: Raw query parameters, sent as given with every request.
            **filters: See `SeriesFilters`: the range (a start is needed: ``after``,
                ``date_from`` or ``max_age``; the end defaults to now), ``aggregation``,
                ``aggregation_function`` with ``aggregation_interval``, ``reverse``.

        Returns:
            The result (see `Series`).

        Raises:
            UnknownFilterError: An unknown filter (nothing is sent).
            ConfigurationError: No source or start, a malformed series name, an aggregation
                the spec does not declare, a function without interval, conflicting dates,
                `workers` below 1 or a `progress` that is not callable (nothing is sent).
            NaiveDatetimeError: A date has no time zone.
            APIError: A request failed.
        """
        from c8y_objects.series import fetch_series

        check_workers(workers)
        _check_callable("progress", progress)
        if expression:
            given = {**filters, "source": source, "series": series}
            _SERIES_QUERY.check_beside_expression(given, "get_series")
            if extra_params:
                raise ConfigurationError(
                    "get_series() got an expression and extra_params; put everything in the "
                    "expression"
                )
            pairs = parse_qsl(expression.removeprefix("?"), keep_blank_values=True)
            return await fetch_series(
                self.c8y, pairs, date_from=None, date_to=None, progress=progress
            )
        if source is None:
            raise ConfigurationError("get_series needs a source (or an expression)")
        names = [] if series is None else [series] if isinstance(series, str) else list(series)
        for name in names:
            split_series(name)
        if filters.get("aggregation_function") and not filters.get("aggregation_interval"):
            raise ConfigurationError("aggregation_function needs aggregation_interval (e.g. '1h')")
        query = _SERIES_QUERY.build(
            {**filters, "source": _object_id(source), "series": names or None},
            call="get_series",
            extra_params=extra_params,
        )
        date_from = query.pop(DATE_FILTER_NAMES["after"], None)
        if date_from is None:
            raise ConfigurationError(
                "a series request needs the start of its range: pass after, date_from or max_age"
            )
        date_to = query.pop(DATE_FILTER_NAMES["before"], None) or format_datetime(
            datetime.now(UTC), field="before"
        )
        pairs = [
            (name, item)
            for name, value in query.items()
            for item in (value if isinstance(value, list) else [value])
        ]
        aggregated = any(filters.get(name) for name in ("aggregation", "aggregation_interval"))
        return await fetch_series(
            self.c8y,
            pairs,
            date_from=date_from,
            date_to=date_to,
            reverse=bool(filters.get("reverse")),
            complete=complete and not aggregated,
            workers=workers,
            progress=progress,
        )

    async def collect_series(
        self,
        source: ObjectOrId | None = None,
        series: str | Sequence[str] | None = None,
        *,
        expression: str | None = None,
        value: str | Sequence[str] | None = None,
        timestamps: TimestampFormat = None,
        complete: bool = True,
        workers: int | None = None,
        extra_params: ExtraParams | None = None,
        **filters: Unpack[SeriesFilters],
    ) -> list[tuple[Any, ...]]:
        """Read series values as rows: `get_series`, then `Series.collect` on the result.

        Args:
            source: The source (managed object or its ID).
            series: A series name or several; also the columns collected (None: all).
            expression: A raw query string, as in `get_series`.
            value: A value key or several (``'min'``, ``['min', 'max']``); None: every key
                with a value.
            timestamps: Prefix each row with its timestamp: True (raw text), ``'datetime'``
                or ``'epoch'``.
            complete: See `get_series`.
            workers: See `get_series`.
            extra_params: Raw query parameters, sent as given.
            **filters: See `SeriesFilters`.

        Returns:
            One tuple per timestamp (see `Series.collect`).

        Raises:
            UnknownFilterError: An unknown filter (nothing is sent).
            ConfigurationError: As `get_series`.
            ValueError: A requested series or value key is not in the result.
            APIError: A request failed.
            MissingDependencyError: pyarrow or numpy is missing (the ``arrow`` extra); nothing
                is sent.
        """
        require_arrow()
        result = await self.get_series(
            source,
            series,
            expression=expression,
            complete=complete,
            workers=workers,
            extra_params=extra_params,
            **filters,
        )
        return result.collect(series=series, value=value, timestamps=timestamps)

    def _pages(
        self,
        expression: str | None,
        limit: int | None,
        page_size: int | None,
        workers: int | None,
        filters: Mapping[str, Any],
        extra_params: ExtraParams | None,
        call: str,
    ) -> tuple[dict[str, Any], AsyncIterator[list[dict[str, Any]]]]:
        """The query parameters and raw pages of a query (arguments checked now)."""
        params = self._query(expression, filters, extra_params, call)
        size = infer_page_size(limit, page_size, False)
        check_workers(workers)
        pages = iter_pages(
            self.c8y,
            self._resource,
            params,
            key=self._collection_key,
            page_size=size,
            limit=limit,
            workers=workers,
        )
        return params, pages

    async def to_arrow(
        self,
        expression: str | None = None,
        *,
        limit: int | None = None,
        columns: Sequence[str] | None = None,
        page_size: int | None = None,
        workers: int | None = None,
        progress: Progress | None = None,
        extra_params: ExtraParams | None = None,
        **filters: Unpack[MeasurementFilters],
    ) -> pa.Table:
        """Read the matching measurements into an Arrow table (filters as in `select`).

        Columns: ``id``, ``source``, ``type``, ``time`` (``timestamp[ms, tz=UTC]``), then per
        series ``fragment.series.value`` (float64) and ``fragment.series.unit``, in the order
        the series are first seen; null where a measurement lacks a series.

        Args:
            expression: A raw query string sent unchanged; filters are then not allowed.
            limit: The most measurements to read (None: all).
            columns: Only these series (``fragment.series``), in this order, even if absent.
            page_size: Measurements per request (default 2000).
            workers: Pages requested in parallel.
            progress: Called as ``progress(done, total)`` after each page is converted;
                `total` is counted with one extra request first (as in `export_parquet`).
            extra_params: Raw query parameters, sent as given.
            **filters: See `MeasurementFilters`.

        Raises:
            UnknownFilterError: An unknown filter (nothing is sent).
            ConfigurationError: A filter or argument is malformed or out of range.
            ValueError: A measurement cannot be converted (e.g. a value is not a number).
            APIError: A page request failed.
            MissingDependencyError: pyarrow or numpy is missing (the ``arrow`` extra); nothing
                is sent.
        """
        require_arrow()
        from c8y_objects._tables import check_columns, measurements_to_arrow

        columns = check_columns(columns)
        _check_callable("progress", progress)
        params, pages = self._pages(
            expression, limit, page_size, workers, filters, extra_params, "to_arrow"
        )
        if progress is not None:
            pages = _counted(pages, progress, await self._counter(params, None, limit)())
        return await measurements_to_arrow(pages, columns)

    async def export_parquet(
        self,
        path: str | os.PathLike[str],
        expression: str | None = None,
        *,
        limit: int | None = None,
        columns: Sequence[str] | None = None,
        page_size: int | None = None,
        workers: int | None = None,
        progress: Progress | None = None,
        row_group_size: int = 65_536,
        compression: str = "zstd",
        extra_params: ExtraParams | None = None,
        **filters: Unpack[MeasurementFilters],
    ) -> int:
        """Stream the matching measurements into a Parquet file (filters as in `select`).

        The columns are those of `to_arrow`. Pages are converted and written as they arrive,
        so memory stays flat however many measurements there are. Without `columns` the
        file's schema follows the data: a series first seen late is added, with nulls for the
        earlier rows (see `c8y_objects._tables`); with `columns` the schema is fixed and other
        series are left out. The file appears at `path` only once complete.

        Args:
            path: The Parquet file to write (replaced when it exists).
            expression: A raw query string sent unchanged; filters are then not allowed.
            limit: The most measurements to export (None: all).
            columns: Declare the series columns (``fragment.series``), in this order.
            page_size: Measurements per request (default 2000).
            workers: Pages requested in parallel.
            progress: Called as ``progress(done, total)`` after each page; `total` is counted
                with one extra request before the export starts.
            row_group_size: Rows per Parquet row group (the most rows held in memory).
            compression: The Parquet codec (``zstd``, ``snappy``, ``gzip``, ``none``, ...).
            extra_params: Raw query parameters, sent as given.
            **filters: See `MeasurementFilters`.

        Returns:
            The number of measurements written.

        Raises:
            UnknownFilterError: An unknown filter (nothing is sent).
            ConfigurationError: A filter or argument is malformed or out of range.
            ValueError: A measurement cannot be converted; no file is left at `path`.
            APIError: A request failed; no file is left at `path`.
            MissingDependencyError: pyarrow or numpy is missing (the ``arrow`` extra); nothing
                is sent.
        """
        require_arrow()
        from c8y_objects._tables import check_columns, check_row_group_size, export_parquet

        columns = check_columns(columns)
        check_row_group_size(row_group_size)
        _check_callable("progress", progress)
        params, pages = self._pages(
            expression, limit, page_size, workers, filters, extra_params, "export_parquet"
        )
        on_page = None
        if progress is not None:
            total = await self._counter(params, None, limit)()

            def on_page(done: int) -> None:
                progress(done, total)

        return await export_parquet(
            pages,
            path,
            columns=columns,
            row_group_size=row_group_size,
            compression=compression,
            on_page=on_page,
        )


async def _counted(
    pages: AsyncIterator[list[dict[str, Any]]], progress: Progress, total: int | None
) -> AsyncIterator[list[dict[str, Any]]]:
    """The pages, calling ``progress(done, total)`` once the consumer is done with each."""
    done = 0
    async for page in pages:
        yield page
        done += len(page)
        progress(done, total)
