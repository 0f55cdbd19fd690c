"""Measurements: time-stamped values a source (device) reports, and the Measurements API.

A measurement names its source, its type and its time, and carries its values in *series*: a
top-level fragment holding elements with a ``value`` (and optionally a ``unit``), e.g.
``{"c8y_Temperature": {"T": {"value": 21.5, "unit": "C"}}}`` is the series
``c8y_Temperature.T``. `Measurement` is the active record (measurements are created and deleted,
never updated); `Measurements` is the main API class.

Bulk creation posts measurement *collections*: one request per batch of up to ``batch_size``
measurements, batches in parallel with ``workers=``.

Query filters map to the platform's parameters: ``source``, ``type``, ``value_fragment_type``
(``valueFragmentType``), ``value_fragment_series`` (``valueFragmentSeries``) or ``series``
(``"fragment.series"``, split into both), the date filters of `date_filter_params`
(``dateFrom`` / ``dateTo``) and ``reverse`` (``revert``: newest first).
"""

from __future__ import annotations

import builtins
import os
from collections.abc import AsyncIterator, Iterable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, TypeAlias, overload

from c8y_objects._api import (
    CumulocityResource,
    Progress,
    _object_id,
    build_query_params,
    date_filter_params,
    expression_params,
)
from c8y_objects._base import (
    CumulocityObject,
    DateLike,
    Field,
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
from c8y_objects._http import CumulocityConnection
from c8y_objects._wire import ResourceOperations
from c8y_objects.errors import ConfigurationError
from c8y_rest import wire

if TYPE_CHECKING:
    import pyarrow as pa

    from c8y_objects.series import Series

__all__ = [
    "MEASUREMENT_COLLECTION_MEDIA_TYPE",
    "Measurement",
    "Measurements",
    "SeriesValue",
    "measurement_query_params",
    "series_fragments",
    "split_series",
]

MEASUREMENTS = "/measurement/measurements"
MEASUREMENTS_OPERATIONS = ResourceOperations(
    list=wire.GET_MEASUREMENT_COLLECTION_RESOURCE,
    create=wire.POST_MEASUREMENT_COLLECTION_RESOURCE,
    read=wire.GET_MEASUREMENT_RESOURCE,
    delete=wire.DELETE_MEASUREMENT_RESOURCE,
)
MEASUREMENT_COLLECTION_MEDIA_TYPE = "application/vnd.com.nsn.cumulocity.measurementcollection+json"
DEFAULT_BATCH_SIZE = 1000
"""Measurements per collection request of `Measurements.create`."""

SeriesValue: TypeAlias = tuple[str, float] | tuple[str, float, str | None]
"""One series value: ``("fragment.series", value)`` or ``("fragment.series", value, unit)``."""

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

# Parameters the platform does not apply when deleting: passing them would widen a delete.
_NOT_FOR_DELETE = frozenset(
    {
        "value_fragment_type",
        "valueFragmentType",
        "value_fragment_series",
        "valueFragmentSeries",
        "series",
    }
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
        element: dict[str, Any] = {"value": value}
        if len(item) == 3 and item[2] is not None:
            unit = item[2]
            if not isinstance(unit, str) or not unit:
                raise ConfigurationError(
                    f"series {item[0]!r}: unit must be a non-empty string, got {unit!r}"
                )
            element["unit"] = unit
        elements = fragments.setdefault(fragment, {})
        if name in elements:
            raise ConfigurationError(f"series {item[0]!r} is given twice")
        elements[name] = element
    return fragments


def measurement_query_params(
    *,
    type: str | None = None,
    source: str | int | CumulocityObject | None = None,
    value_fragment_type: str | None = None,
    value_fragment_series: str | None = None,
    series: str | None = None,
    reverse: bool | None = None,
    before: DateLike | None = None,
    after: DateLike | None = None,
    date_from: DateLike | None = None,
    date_to: DateLike | None = None,
    min_age: timedelta | None = None,
    max_age: timedelta | None = None,
    now: datetime | None = None,
    **filters: Any,
) -> dict[str, Any]:
    """Build the query parameters of a measurement query (pure; see the module docstring).

    Args:
        type: The measurement type.
        source: The source (managed object or its ID).
        value_fragment_type: The fragment of a series, e.g. ``c8y_Temperature``.
        value_fragment_series: The series within the fragment, e.g. ``T``.
        series: ``"fragment.series"``: sets both of the above.
        reverse: Newest first (``revert=true``).
        before: Measured before this time (``dateTo``); `date_to` is the same.
        after: Measured after this time (``dateFrom``); `date_from` is the same.
        date_from: See `after`.
        date_to: See `before`.
        min_age: At least this old (``dateTo`` = now - `min_age`).
        max_age: At most this old (``dateFrom`` = now - `max_age`).
        now: The reference time of the ages (default: the current time).
        **filters: Further platform parameters (snake_case or camelCase).

    Raises:
        ConfigurationError: `series` is combined with a value fragment filter or malformed,
            or the date filters conflict.
        NaiveDatetimeError: A date filter has no time zone.
    """
    if series is not None:
        if value_fragment_type is not None or value_fragment_series is not None:
            raise ConfigurationError(
                "series sets valueFragmentType and valueFragmentSeries; do not combine it with "
                "value_fragment_type or value_fragment_series"
            )
        value_fragment_type, value_fragment_series = split_series(series)
    params = build_query_params(
        {
            "type": type,
            "source": None if source is None else _object_id(source),
            "valueFragmentType": value_fragment_type,
            "valueFragmentSeries": value_fragment_series,
            "revert": reverse,
        }
    )
    params.update(
        date_filter_params(
            before=before,
            after=after,
            date_from=date_from,
            date_to=date_to,
            min_age=min_age,
            max_age=max_age,
            now=now,
        )
    )
    params.update(build_query_params(filters))
    return params


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

    _resource: ClassVar[str] = MEASUREMENTS

    _operations: ClassVar[ResourceOperations] = MEASUREMENTS_OPERATIONS

    def __init__(
        self,
        c8y: CumulocityConnection | None = None,
        *,
        type: str | None = None,
        source: str | int | CumulocityObject | None = None,
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

    type = Field[str]("type")
    """The measurement type."""
    source = ReferenceField("source")
    """The ID of the source managed object; set an object or an ID."""
    time = TimestampField("time")
    """When it was measured (the platform's text); set a `DateLike`."""
    datetime = SettableDateTimeField("time")
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
            APIError: The platform refused the request.
        """
        c8y = self._require_c8y()
        self._check_creatable()
        now = now_timestamp()
        result = await c8y.post(self._resource, json_with_time(self, now))
        return type(self).from_json(result, c8y)

    async def delete(self, **_: Any) -> None:
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
    """The Measurements API: query, create and delete measurements.

    Args:
        c8y: The connection.
    """

    _resource: ClassVar[str] = MEASUREMENTS

    _operations: ClassVar[ResourceOperations] = MEASUREMENTS_OPERATIONS
    _collection_key: ClassVar[str] = "measurements"
    _object_class: builtins.type[Measurement] = Measurement

    async def get(self, measurement_id: str | int) -> Measurement:
        """Read one measurement (``GET /measurement/measurements/{id}``).

        Raises:
            NotFoundError: No measurement has this ID.
        """
        return await self._get_object(_object_id(measurement_id))

    def _params(self, expression: str | None, **filters: Any) -> dict[str, Any]:
        if expression:
            return expression_params(expression)
        return measurement_query_params(**filters)

    @overload
    def select(
        self,
        expression: str | None = None,
        *,
        type: str | None = None,
        source: str | int | CumulocityObject | None = None,
        value_fragment_type: str | None = None,
        value_fragment_series: str | None = None,
        series: str | None = None,
        before: DateLike | None = None,
        after: DateLike | None = None,
        date_from: DateLike | None = None,
        date_to: DateLike | None = None,
        min_age: timedelta | None = None,
        max_age: timedelta | None = None,
        reverse: bool | None = None,
        limit: int | None = 5,
        include: Matcher | None = None,
        exclude: Matcher | None = None,
        page_size: int | None = None,
        page_number: int | None = None,
        as_values: None = None,
        workers: int | None = None,
        **filters: Any,
    ) -> AsyncIterator[Measurement]: ...
    @overload
    def select(
        self,
        expression: str | None = None,
        *,
        type: str | None = None,
        source: str | int | CumulocityObject | None = None,
        value_fragment_type: str | None = None,
        value_fragment_series: str | None = None,
        series: str | None = None,
        before: DateLike | None = None,
        after: DateLike | None = None,
        date_from: DateLike | None = None,
        date_to: DateLike | None = None,
        min_age: timedelta | None = None,
        max_age: timedelta | None = None,
        reverse: bool | None = None,
        limit: int | None = 5,
        include: Matcher | None = None,
        exclude: Matcher | None = None,
        page_size: int | None = None,
        page_number: int | None = None,
        as_values: ValueSpec | list[ValueSpec],
        workers: int | None = None,
        **filters: Any,
    ) -> AsyncIterator[Any]: ...
    def select(
        self,
        expression: str | None = None,
        *,
        type: str | None = None,
        source: str | int | CumulocityObject | None = None,
        value_fragment_type: str | None = None,
        value_fragment_series: str | None = None,
        series: str | None = None,
        before: DateLike | None = None,
        after: DateLike | None = None,
        date_from: DateLike | None = None,
        date_to: DateLike | None = None,
        min_age: timedelta | None = None,
        max_age: timedelta | None = None,
        reverse: bool | None = None,
        limit: int | None = 5,
        include: Matcher | None = None,
        exclude: Matcher | None = None,
        page_size: int | None = None,
        page_number: int | None = None,
        as_values: ValueSpec | list[ValueSpec] | None = None,
        workers: int | None = None,
        **filters: Any,
    ) -> AsyncIterator[Any]:
        """Iterate over the matching measurements (``GET /measurement/measurements``, paged).

        The arguments are checked at once; requests are made while iterating. Without
        `reverse` the platform returns the oldest measurements first.

        Args:
            expression: A raw query string sent unchanged; all other filters are then ignored.
            type: The measurement type.
            source: The source (managed object or its ID).
            value_fragment_type: The series fragment, e.g. ``c8y_Temperature``.
            value_fragment_series: The series name within the fragment, e.g. ``T``.
            series: ``"fragment.series"``, a shortcut for the two filters above.
            before: Measured before this time (aware datetime or ISO string with offset).
            after: Measured after this time.
            date_from: The same as `after`.
            date_to: The same as `before`.
            min_age: At least this old (a `timedelta`).
            max_age: At most this old.
            reverse: Newest first (the platform's ``revert``).
            limit: The most results to yield (default 5; None for all).
            include: Client-side filter: keep matching results (see `c8y_objects._filters`).
            exclude: Client-side filter: drop matching results.
            page_size: Measurements per request (inferred when None).
            page_number: Read only this page.
            as_values: Yield values at JSON paths instead of objects.
            workers: Pages requested in parallel.
            **filters: Further platform parameters (snake_case or camelCase).

        Raises:
            ConfigurationError: An argument is out of range, malformed or conflicting.
            NaiveDatetimeError: A date filter has no time zone.
            APIError: A page request failed (while iterating).
        """
        params = self._params(
            expression,
            type=type,
            source=source,
            value_fragment_type=value_fragment_type,
            value_fragment_series=value_fragment_series,
            series=series,
            before=before,
            after=after,
            date_from=date_from,
            date_to=date_to,
            min_age=min_age,
            max_age=max_age,
            reverse=reverse,
            **filters,
        )
        return self._select(
            params,
            limit=limit,
            include=include,
            exclude=exclude,
            page_size=page_size,
            page_number=page_number,
            as_values=as_values,
            workers=workers,
        )

    @overload
    async def get_all(
        self,
        expression: str | None = None,
        *,
        type: str | None = None,
        source: str | int | CumulocityObject | None = None,
        value_fragment_type: str | None = None,
        value_fragment_series: str | None = None,
        series: str | None = None,
        before: DateLike | None = None,
        after: DateLike | None = None,
        date_from: DateLike | None = None,
        date_to: DateLike | None = None,
        min_age: timedelta | None = None,
        max_age: timedelta | None = None,
        reverse: bool | None = None,
        limit: int | None = 5,
        include: Matcher | None = None,
        exclude: Matcher | None = None,
        page_size: int | None = None,
        page_number: int | None = None,
        as_values: None = None,
        workers: int | None = None,
        **filters: Any,
    ) -> list[Measurement]: ...
    @overload
    async def get_all(
        self,
        expression: str | None = None,
        *,
        type: str | None = None,
        source: str | int | CumulocityObject | None = None,
        value_fragment_type: str | None = None,
        value_fragment_series: str | None = None,
        series: str | None = None,
        before: DateLike | None = None,
        after: DateLike | None = None,
        date_from: DateLike | None = None,
        date_to: DateLike | None = None,
        min_age: timedelta | None = None,
        max_age: timedelta | None = None,
        reverse: bool | None = None,
        limit: int | None = 5,
        include: Matcher | None = None,
        exclude: Matcher | None = None,
        page_size: int | None = None,
        page_number: int | None = None,
        as_values: ValueSpec | list[ValueSpec],
        workers: int | None = None,
        **filters: Any,
    ) -> list[Any]: ...
    async def get_all(
        self,
        expression: str | None = None,
        *,
        as_values: ValueSpec | list[ValueSpec] | None = None,
        limit: int | None = 5,
        **kwargs: Any,
    ) -> list[Any]:
        """Read the matching measurements into a list: the eager `select` (same arguments).

        Raises:
            ConfigurationError: An argument is out of range, malformed or conflicting.
            APIError: A page request failed.
        """
        results = self.select(expression, as_values=as_values, limit=limit, **kwargs)
        return [item async for item in results]

    async def get_count(
        self,
        expression: str | None = None,
        *,
        type: str | None = None,
        source: str | int | CumulocityObject | None = None,
        value_fragment_type: str | None = None,
        value_fragment_series: str | None = None,
        series: str | None = None,
        before: DateLike | None = None,
        after: DateLike | None = None,
        date_from: DateLike | None = None,
        date_to: DateLike | None = None,
        min_age: timedelta | None = None,
        max_age: timedelta | None = None,
        **filters: Any,
    ) -> int:
        """Count the matching measurements without reading them (same filters as `select`).

        Raises:
            ConfigurationError: A filter is malformed or conflicting.
            APIError: The request failed.
        """
        params = self._params(
            expression,
            type=type,
            source=source,
            value_fragment_type=value_fragment_type,
            value_fragment_series=value_fragment_series,
            series=series,
            before=before,
            after=after,
            date_from=date_from,
            date_to=date_to,
            min_age=min_age,
            max_age=max_age,
            **filters,
        )
        return await self._get_count(params)

    async def get_last(
        self,
        expression: str | None = None,
        *,
        type: str | None = None,
        source: str | int | CumulocityObject | None = None,
        value_fragment_type: str | None = None,
        value_fragment_series: str | None = None,
        series: str | None = None,
        before: DateLike | None = None,
        date_to: DateLike | None = None,
        min_age: timedelta | None = None,
        **filters: Any,
    ) -> Measurement | None:
        """Read the newest matching measurement (one ``GET``, newest first, page size 1).

        A range query needs a start, so ``dateFrom`` is the Unix epoch.

        Args:
            expression: A raw query string sent unchanged (it should ask for newest first).
            type: The measurement type.
            source: The source (managed object or its ID).
            value_fragment_type: The series fragment.
            value_fragment_series: The series name within the fragment.
            series: ``"fragment.series"``.
            before: Only measurements before this time; `date_to` is the same.
            date_to: See `before`.
            min_age: Only measurements at least this old.
            **filters: Further platform parameters.

        Returns:
            The measurement, or None when nothing matches.

        Raises:
            ConfigurationError: A filter is malformed or conflicting.
            APIError: The request failed.
        """
        params = self._params(
            expression,
            type=type,
            source=source,
            value_fragment_type=value_fragment_type,
            value_fragment_series=value_fragment_series,
            series=series,
            before=before,
            date_to=date_to,
            min_age=min_age,
            after=_EPOCH,
            reverse=True,
            **filters,
        )
        return await self._get_first(params)

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
        measurements are checked before the first request; a measurement without time gets
        the current time. Results are not parsed.

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
        c8y = self.c8y
        resource = self._resource
        done = 0

        async def post(batch: list[Measurement]) -> None:
            nonlocal done
            documents = [json_with_time(measurement, now) for measurement in batch]
            await c8y.request(
                "POST",
                resource,
                json={"measurements": documents},
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
            BulkError: A request failed; names the measurement.
        """
        await self._delete_many(measurements, params=None, workers=workers, progress=progress)

    async def delete_by(
        self,
        expression: str | None = None,
        *,
        type: str | None = None,
        source: str | int | CumulocityObject | None = None,
        fragment: str | None = None,
        before: DateLike | None = None,
        after: DateLike | None = None,
        date_from: DateLike | None = None,
        date_to: DateLike | None = None,
        min_age: timedelta | None = None,
        max_age: timedelta | None = None,
        **filters: Any,
    ) -> None:
        """Delete every matching measurement in one request (``DELETE /measurement/measurements``).

        The platform needs a source or a date bound to delete by, and applies only ``source``,
        ``type``, ``fragmentType`` and the dates; so a call without those, or with series
        filters (which the platform would ignore, deleting more), is refused before sending.
        The platform may finish deleting after it answered.

        Args:
            expression: A raw query string sent unchanged; all other filters are then ignored.
            type: The measurement type.
            source: The source (managed object or its ID).
            fragment: A fragment the measurements carry (``fragmentType``).
            before: Measured before this time; `date_to` is the same.
            after: Measured after this time; `date_from` is the same.
            date_from: See `after`.
            date_to: See `before`.
            min_age: At least this old.
            max_age: At most this old.
            **filters: Further platform parameters.

        Raises:
            ConfigurationError: No source and no date bound, a series filter, or conflicting
                date filters.
            APIError: The platform refused the request.
        """
        if expression:
            params = expression_params(expression)
        else:
            refused = sorted(_NOT_FOR_DELETE & filters.keys())
            if refused:
                raise ConfigurationError(
                    f"delete_by does not take {', '.join(refused)}: the platform ignores it when "
                    "deleting and would delete more than asked"
                )
            params = measurement_query_params(
                type=type,
                source=source,
                before=before,
                after=after,
                date_from=date_from,
                date_to=date_to,
                min_age=min_age,
                max_age=max_age,
                fragment_type=fragment,
                **filters,
            )
        if not params.keys() & {"source", "dateFrom", "dateTo"}:
            raise ConfigurationError(
                "delete_by needs source or a date bound (before/after/date_from/date_to/"
                "min_age/max_age); to delete everything, pass e.g. before=datetime.now(UTC)"
            )
        await self.c8y.delete(self._resource, params)

    # -- series and tables (c8y_objects.series, c8y_objects._tables) ---------------------------

    async def get_series(
        self,
        source: str | int | CumulocityObject,
        series: str | Sequence[str] | None = None,
        *,
        aggregation: Literal["MINUTELY", "HOURLY", "DAILY"] | None = None,
        before: DateLike | None = None,
        after: DateLike | None = None,
        date_from: DateLike | None = None,
        date_to: DateLike | None = None,
        min_age: timedelta | None = None,
        max_age: timedelta | None = None,
        reverse: bool = False,
        complete: bool = True,
        workers: int | None = None,
    ) -> Series:
        """Read the values of a source's series (``GET /measurement/measurements/series``).

        The platform answers at most 5000 unaggregated timestamps and marks the rest as
        ``truncated``; with `complete` (the default) the rest of the range is fetched in further
        requests and merged, so the result holds every value (`Series.complete`). Aggregated
        answers are returned as they come.

        Args:
            source: The source (managed object or its ID).
            series: A series name (``fragment.series``) or several; None: all of the source's.
            aggregation: ``MINUTELY``, ``HOURLY`` or ``DAILY`` (min/max per interval); None:
                every value.
            before: The end of the range (exclusive); `date_to` is the same. Default: now.
            after: The start of the range (inclusive); `date_from` is the same. A start is
                needed (this, `date_from` or `max_age`).
            date_from: See `after`.
            date_to: See `before`.
            min_age: The end of the range as an age (now minus `min_age`).
            max_age: The start of the range as an age.
            reverse: Newest first (the platform's ``revert``).
            complete: Fetch what a truncated unaggregated answer left out.
            workers: Requests in parallel while completing (the rest of the range is cut into
                this many pieces).

        Returns:
            The result (see `Series`).

        Raises:
            ConfigurationError: No start, a malformed series name, an unknown aggregation,
                conflicting dates or `workers` below 1.
            NaiveDatetimeError: A date has no time zone.
            APIError: A request failed.
        """
        from c8y_objects.series import AGGREGATIONS, fetch_series

        names = [] if series is None else [series] if isinstance(series, str) else list(series)
        for name in names:
            split_series(name)
        if aggregation is not None and aggregation not in AGGREGATIONS:
            raise ConfigurationError(
                f"aggregation must be one of {', '.join(AGGREGATIONS)} or None, got {aggregation!r}"
            )
        check_workers(workers)
        dates = date_filter_params(
            before=before,
            after=after,
            date_from=date_from,
            date_to=date_to,
            min_age=min_age,
            max_age=max_age,
        )
        if "dateFrom" not in dates:
            raise ConfigurationError(
                "a series request needs the start of its range: pass after, date_from or max_age"
            )
        end = dates.get("dateTo") or format_datetime(datetime.now(UTC), field="before")
        return await fetch_series(
            self.c8y,
            source=_object_id(source),
            names=names,
            date_from=dates["dateFrom"],
            date_to=end,
            aggregation=aggregation,
            reverse=reverse,
            complete=complete,
            workers=workers,
        )

    def _pages(
        self,
        expression: str | None,
        limit: int | None,
        page_size: int | None,
        workers: int | None,
        filters: dict[str, Any],
    ) -> tuple[dict[str, Any], AsyncIterator[list[dict[str, Any]]]]:
        """The query parameters and raw pages of a query (arguments checked now)."""
        from c8y_objects._api import infer_page_size
        from c8y_objects._paging import iter_pages

        params = self._params(expression, **filters)
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
        type: str | None = None,
        source: str | int | CumulocityObject | None = None,
        value_fragment_type: str | None = None,
        value_fragment_series: str | None = None,
        series: str | None = None,
        before: DateLike | None = None,
        after: DateLike | None = None,
        date_from: DateLike | None = None,
        date_to: DateLike | None = None,
        min_age: timedelta | None = None,
        max_age: timedelta | None = None,
        reverse: bool | None = None,
        limit: int | None = None,
        columns: Sequence[str] | None = None,
        page_size: int | None = None,
        workers: int | None = None,
        **filters: Any,
    ) -> pa.Table:
        """Read the matching measurements into an Arrow table (filters as in `select`).

        Columns: ``id``, ``source``, ``type``, ``time`` (``timestamp[ms, tz=UTC]``), then per
        series ``fragment.series.value`` (float64) and ``fragment.series.unit``, in the order
        the series are first seen; null where a measurement lacks a series.

        Args:
            expression: A raw query string sent unchanged; the filters are then ignored.
            type: The measurement type.
            source: The source (managed object or its ID).
            value_fragment_type: The series fragment.
            value_fragment_series: The series name within the fragment.
            series: ``"fragment.series"`` (a query filter, as in `select`).
            before: Measured before this time; `date_to` is the same.
            after: Measured after this time; `date_from` is the same.
            date_from: See `after`.
            date_to: See `before`.
            min_age: At least this old.
            max_age: At most this old.
            reverse: Newest first.
            limit: The most measurements to read (None: all).
            columns: Only these series (``fragment.series``), in this order, even if absent.
            page_size: Measurements per request (default 2000).
            workers: Pages requested in parallel.
            **filters: Further platform parameters.

        Raises:
            ConfigurationError: A filter or argument is malformed or out of range.
            ValueError: A measurement cannot be converted (e.g. a value is not a number).
            APIError: A page request failed.
        """
        from c8y_objects._tables import check_columns, measurements_to_arrow

        columns = check_columns(columns)
        _, pages = self._pages(
            expression,
            limit,
            page_size,
            workers,
            dict(
                type=type,
                source=source,
                value_fragment_type=value_fragment_type,
                value_fragment_series=value_fragment_series,
                series=series,
                before=before,
                after=after,
                date_from=date_from,
                date_to=date_to,
                min_age=min_age,
                max_age=max_age,
                reverse=reverse,
                **filters,
            ),
        )
        return await measurements_to_arrow(pages, columns)

    async def export_parquet(
        self,
        path: str | os.PathLike[str],
        expression: str | None = None,
        *,
        type: str | None = None,
        source: str | int | CumulocityObject | None = None,
        value_fragment_type: str | None = None,
        value_fragment_series: str | None = None,
        series: str | None = None,
        before: DateLike | None = None,
        after: DateLike | None = None,
        date_from: DateLike | None = None,
        date_to: DateLike | None = None,
        min_age: timedelta | None = None,
        max_age: timedelta | None = None,
        reverse: bool | None = None,
        limit: int | None = None,
        columns: Sequence[str] | None = None,
        page_size: int | None = None,
        workers: int | None = None,
        progress: Progress | None = None,
        row_group_size: int = 65_536,
        compression: str = "zstd",
        **filters: Any,
    ) -> int:
        """Stream the matching measurements into a Parquet file (filters as in `select`).

        The columns are those of `to_arrow`. Pages are converted and written as they arrive,
        so memory stays flat however many measurements there are. Without `columns` the
        file's schema follows the data: a series first seen late is added, with nulls for the
        earlier rows (see `c8y_objects._tables`); with `columns` the schema is fixed and other
        series are left out. The file appears at `path` only once complete.

        Args:
            path: The Parquet file to write (replaced when it exists).
            expression: A raw query string sent unchanged; the filters are then ignored.
            type: The measurement type.
            source: The source (managed object or its ID).
            value_fragment_type: The series fragment.
            value_fragment_series: The series name within the fragment.
            series: ``"fragment.series"`` (a query filter, as in `select`).
            before: Measured before this time; `date_to` is the same.
            after: Measured after this time; `date_from` is the same.
            date_from: See `after`.
            date_to: See `before`.
            min_age: At least this old.
            max_age: At most this old.
            reverse: Newest first.
            limit: The most measurements to export (None: all).
            columns: Declare the series columns (``fragment.series``), in this order.
            page_size: Measurements per request (default 2000).
            workers: Pages requested in parallel.
            progress: Called as ``progress(done, total)`` after each page; `total` is counted
                with one extra request before the export starts.
            row_group_size: Rows per Parquet row group (the most rows held in memory).
            compression: The Parquet codec (``zstd``, ``snappy``, ``gzip``, ``none``, ...).
            **filters: Further platform parameters.

        Returns:
            The number of measurements written.

        Raises:
            ConfigurationError: A filter or argument is malformed or out of range.
            ValueError: A measurement cannot be converted; no file is left at `path`.
            APIError: A request failed; no file is left at `path`.
        """
        from c8y_objects._tables import check_columns, check_row_group_size, export_parquet

        columns = check_columns(columns)
        check_row_group_size(row_group_size)
        params, pages = self._pages(
            expression,
            limit,
            page_size,
            workers,
            dict(
                type=type,
                source=source,
                value_fragment_type=value_fragment_type,
                value_fragment_series=value_fragment_series,
                series=series,
                before=before,
                after=after,
                date_from=date_from,
                date_to=date_to,
                min_age=min_age,
                max_age=max_age,
                reverse=reverse,
                **filters,
            ),
        )
        on_page = None
        if progress is not None:
            total: int | None = await self._get_count(params)
            if limit is not None and total is not None:
                total = min(total, limit)

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
