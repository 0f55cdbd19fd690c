"""Alarms: conditions on a managed object that someone has to look at, from raised to cleared.

Objects: `Alarm` (active record on ``/alarm/alarms``) with its labels `AlarmStatus` and
`AlarmSeverity` (also reachable as ``Alarm.Status`` / ``Alarm.Severity``).
Main API class: `Alarms`.

De-duplication: while an alarm of some source and type is ACTIVE or ACKNOWLEDGED, creating
another one of the same source and type adds nothing; the platform raises the existing alarm's
``count``, moves its ``time`` and answers with that alarm, which is what `Alarm.create` returns.
CLEARED alarms are never reused.

Filters of `select`, `get_all`, `get_count`, `apply_by` and `delete_by` (see
`alarm_query_params`): ``type``, ``status`` and ``severity`` take one value or several;
statuses and severities are checked against the enums. ``resolved=True`` means CLEARED only,
``False`` ACTIVE or ACKNOWLEDGED. ``with_source_assets`` / ``with_source_devices`` widen a
``source`` filter to the source's children. Dates follow `date_filter_params`: ``before`` /
``after`` / ``date_from`` / ``date_to`` / ``min_age`` / ``max_age`` bound the alarm time,
``created_*`` the creation time and ``updated_*`` / ``last_updated_*`` the last change.

The platform accepts fewer filters when it changes or deletes alarms by filter than when it
lists them; the bulk calls refuse a filter the endpoint would ignore instead of touching more
alarms than asked for.
"""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Mapping, Sequence
from enum import StrEnum
from typing import TYPE_CHECKING, Any, ClassVar, Self, Unpack, overload

from c8y_objects._api import (
    ColumnSpec,
    CreationFilters,
    CumulocityResource,
    ExtraParams,
    Progress,
    TimeFilters,
    UpdateFilters,
    _object_id,
)
from c8y_objects._base import (
    ChoiceField,
    CumulocityObject,
    DateLike,
    DateTimeField,
    Field,
    ObjectOrId,
    ObjectStateError,
    ReadOnlyField,
    ReferenceField,
    SettableDateTimeField,
    TimestampField,
    check_choice,
    json_with_time,
    now_timestamp,
)
from c8y_objects._bulk import run_bulk
from c8y_objects._filters import AsValues, Matcher, ValueSpec
from c8y_objects._http import CumulocityConnection
from c8y_objects._query import Converter, QuerySpec, declared
from c8y_objects._wire import ResourceOperations
from c8y_objects.errors import ConfigurationError, ResponseDecodeError, redact_url

if TYPE_CHECKING:
    import pandas
from c8y_rest import wire
from c8y_rest.wire import Operation

__all__ = [
    "Alarm",
    "AlarmChangeFilters",
    "AlarmCountFilters",
    "AlarmDeleteFilters",
    "AlarmFilters",
    "AlarmSeverity",
    "AlarmSourceFilters",
    "AlarmStatus",
    "Alarms",
    "alarm_query_params",
]

ALARMS_OPERATIONS = ResourceOperations(
    list=wire.GET_ALARM_COLLECTION_RESOURCE,
    create=wire.POST_ALARM_COLLECTION_RESOURCE,
    read=wire.GET_ALARM_RESOURCE,
    update=wire.PUT_ALARM_RESOURCE,
)


class AlarmStatus(StrEnum):
    """Where an alarm is in its life: raised, seen by someone, or resolved."""

    ACTIVE = "ACTIVE"
    ACKNOWLEDGED = "ACKNOWLEDGED"
    CLEARED = "CLEARED"


class AlarmSeverity(StrEnum):
    """How urgent an alarm is, from most to least."""

    CRITICAL = "CRITICAL"
    MAJOR = "MAJOR"
    MINOR = "MINOR"
    WARNING = "WARNING"


def _choices(
    choices: type[StrEnum], value: StrEnum | str | Sequence[StrEnum | str], field: str
) -> str | list[str]:
    if isinstance(value, str):
        return check_choice(choices, value, field=field)
    values = [check_choice(choices, v, field=field) for v in value]
    if not values:
        raise ConfigurationError(f"{field}: the list of values is empty")
    return values


def _types(value: str | Sequence[str]) -> str | list[str]:
    if isinstance(value, str):
        return value
    values = list(value)
    if not values or not all(isinstance(v, str) and v for v in value):
        raise ConfigurationError(
            f"type: expected a type or a non-empty list of types, got {value!r}"
        )
    return values


class AlarmSourceFilters(TimeFilters, total=False):
    """The filters every alarm call by filter takes: source, status, severity and time."""

    source: ObjectOrId | None
    """The managed object (or its ID) the alarms belong to."""
    status: AlarmStatus | str | Sequence[AlarmStatus | str] | None
    severity: AlarmSeverity | str | Sequence[AlarmSeverity | str] | None
    resolved: bool | None
    """True: CLEARED only; False: ACTIVE or ACKNOWLEDGED."""
    with_source_assets: bool | None
    with_source_devices: bool | None
    with_source_children: bool | None
    with_source_additions: bool | None


class AlarmCountFilters(AlarmSourceFilters, total=False):
    """The filters of `Alarms.count` (``GET /alarm/alarms/count``)."""

    type: str | Sequence[str] | None


class AlarmChangeFilters(AlarmSourceFilters, CreationFilters, total=False):
    """The filters of `Alarms.apply_by` (``PUT /alarm/alarms``: no type, no last change)."""


class AlarmDeleteFilters(AlarmChangeFilters, total=False):
    """The filters of `Alarms.delete_by` (``DELETE /alarm/alarms``: no last change)."""

    type: str | Sequence[str] | None


class AlarmFilters(AlarmDeleteFilters, UpdateFilters, total=False):
    """The filters of an alarm query: `Alarms.select`, `get_all`, `get_count`."""


_CONVERT: dict[str, Converter] = {
    "type": _types,
    "source": _object_id,
    "status": lambda v: _choices(AlarmStatus, v, "status"),
    "severity": lambda v: _choices(AlarmSeverity, v, "severity"),
}


def _spec(filters: Any, operation: Operation[object]) -> QuerySpec:
    names: frozenset[str] = filters.__optional_keys__
    return QuerySpec(
        f"c8y_objects.alarms.{filters.__name__}",
        operation,
        names,
        convert={k: v for k, v in _CONVERT.items() if k in names},
    )


_LIST_QUERY = _spec(AlarmFilters, wire.GET_ALARM_COLLECTION_RESOURCE)
_COUNT_QUERY = _spec(AlarmCountFilters, wire.GET_ALARM_COLLECTION_COUNT_RESOURCE)
_CHANGE_QUERY = _spec(AlarmChangeFilters, wire.PUT_ALARM_COLLECTION_RESOURCE)
_DELETE_QUERY = _spec(AlarmDeleteFilters, wire.DELETE_ALARM_COLLECTION_RESOURCE)
# The platform deletes by filter only with at least one of these.
_DELETE_NEEDS_ONE_OF = declared(
    "c8y_objects.alarms._DELETE_NEEDS_ONE_OF",
    wire.DELETE_ALARM_COLLECTION_RESOURCE,
    "source",
    "dateFrom",
    "dateTo",
    "createdFrom",
    "createdTo",
)


def _checked(params: dict[str, Any]) -> dict[str, Any]:
    """Refuse combinations the platform would answer without the filter the caller meant."""
    if "status" in params and "resolved" in params:
        raise ConfigurationError(
            "pass status or resolved, not both (the platform lets resolved win silently)"
        )
    widening = sorted(k for k, v in params.items() if k.startswith("withSource") and v)
    if widening and "source" not in params:
        raise ConfigurationError(f"{', '.join(widening)} needs a source filter")
    return params


def alarm_query_params(
    *, extra_params: ExtraParams | None = None, **filters: Unpack[AlarmFilters]
) -> dict[str, Any]:
    """Build the query parameters of an alarm query (pure; see the module docstring).

    Args:
        extra_params: Raw platform parameters, sent as given.
        **filters: The filters of `AlarmFilters`.

    Raises:
        UnknownFilterError: A keyword that is not a filter.
        ConfigurationError: An unknown status or severity, ``status`` together with
            ``resolved``, a ``withSource*`` flag without ``source``, conflicting dates, or a
            parameter given twice (by a filter and in `extra_params`).
        NaiveDatetimeError: A date without time zone.
    """
    return _checked(_LIST_QUERY.build(filters, call="select", extra_params=extra_params))


class Alarm(CumulocityObject):
    """An alarm of a source (managed object): type, text, time, status and severity.

    Args:
        c8y: The connection; needed by the methods that call the platform.
        type: The alarm type; with the source, it identifies the alarm for de-duplication.
        time: When the alarm was raised (aware datetime or ISO string with offset); when
            left out, the time of `create` is used.
        source: The managed object (or its ID) the alarm belongs to.
        text: A description for people.
        status: An `AlarmStatus` or its text (the platform assumes ACTIVE when left out).
        severity: An `AlarmSeverity` or its text.
        **kwargs: Further top-level fragments.

    Raises:
        ConfigurationError: An unknown status or severity (the message lists the choices).
        NaiveDatetimeError: A time without time zone.
    """

    Status = AlarmStatus
    Severity = AlarmSeverity

    __slots__ = ()

    _operations: ClassVar[ResourceOperations] = ALARMS_OPERATIONS
    _read_only_keys: ClassVar[frozenset[str]] = frozenset(
        {"id", "self", "creationTime", "lastUpdated", "count", "firstOccurrenceTime", "history"}
    )
    _fixed_keys: ClassVar[frozenset[str]] = frozenset({"type", "time", "source"})
    """Keys set at creation that the platform refuses to change afterwards."""

    def __init__(
        self,
        c8y: CumulocityConnection | None = None,
        *,
        type: str | None = None,
        time: DateLike | None = None,
        source: ObjectOrId | None = None,
        text: str | None = None,
        status: AlarmStatus | str | None = None,
        severity: AlarmSeverity | str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(c8y, type=type, text=text, **kwargs)
        if time is not None:
            self.time = time
        if source is not None:
            self.source = source
        if status is not None:
            self.status = status
        if severity is not None:
            self.severity = severity

    type: Field[str] = Field("type")
    """The alarm type."""
    source: ReferenceField = ReferenceField("source")
    """The ID of the managed object the alarm belongs to; set an object or an ID."""
    text: Field[str] = Field("text")
    """The description."""
    time: TimestampField = TimestampField("time")
    """When the alarm was (last) raised, as the platform's text; set from `DateLike`."""
    status: ChoiceField[AlarmStatus] = ChoiceField("status", AlarmStatus)
    """An `AlarmStatus` text; setting checks the value."""
    severity: ChoiceField[AlarmSeverity] = ChoiceField("severity", AlarmSeverity)
    """An `AlarmSeverity` text; setting checks the value."""
    count: ReadOnlyField[int] = ReadOnlyField("count")
    """How often the alarm was raised while open (de-duplicated creates included)."""
    first_occurrence_time: ReadOnlyField[str] = ReadOnlyField("firstOccurrenceTime")
    """When the alarm was raised first, as text (the platform sets it once count exceeds 1)."""
    first_occurrence_datetime: DateTimeField = DateTimeField("firstOccurrenceTime")
    """When the alarm was raised first (aware UTC datetime)."""
    creation_time: ReadOnlyField[str] = ReadOnlyField("creationTime")
    """When the platform stored the alarm (its ISO text)."""
    creation_datetime: DateTimeField = DateTimeField("creationTime")
    """When the platform stored the alarm (aware UTC datetime)."""
    update_time: ReadOnlyField[str] = ReadOnlyField("lastUpdated")
    """When the alarm last changed (its ISO text)."""
    last_updated: ReadOnlyField[str] = ReadOnlyField("lastUpdated")
    """The same as `update_time`."""
    update_datetime: DateTimeField = DateTimeField("lastUpdated")
    """When the alarm last changed (aware UTC datetime)."""
    last_updated_datetime: DateTimeField = DateTimeField("lastUpdated")
    """The same as `update_datetime`."""

    def _update_body(self) -> dict[str, Any]:
        body = self._diff_body()
        changed = sorted(self._fixed_keys.intersection(body))
        if changed:
            raise ObjectStateError(
                f"an alarm's {', '.join(changed)} cannot change after creation; "
                "only text, status, severity and custom fragments can"
            )
        return body

    def _check_creatable(self) -> None:
        missing = [key for key in ("source", "type", "text", "severity") if key not in self._json]
        if missing:
            raise ObjectStateError(
                f"{self!r} has no {', '.join(missing)}: the platform needs a source, type, "
                "text and severity to raise an alarm"
            )

    async def create(self) -> Self:
        """Raise the alarm (``POST /alarm/alarms``).

        If an open alarm of the same source and type exists, the platform raises its count
        instead, and the result is that alarm (same ID, higher `count`).

        Returns:
            A new instance with the platform's state; self is unchanged.

        Raises:
            ObjectStateError: No connection, or no source, type, text or severity (checked
                before sending).
            APIError: The platform refused the request (e.g. `UnprocessableEntityError`).
        """
        c8y = self._require_c8y()
        self._check_creatable()
        result = await c8y.call(
            wire.POST_ALARM_COLLECTION_RESOURCE, json=json_with_time(self, now_timestamp())
        )
        return type(self).from_json(result, c8y)

    async def update(self, copy: bool = False) -> Self:
        """Send the staged changes (``PUT /alarm/alarms/{id}``).

        Args:
            copy: Return a new instance with the server's state and leave self unchanged
                (its changes stay staged); by default self takes the server's state.

        Raises:
            ObjectStateError: No connection or ID, or a change to type, time or source (checked
                before sending anything).
            APIError: The platform refused the request.
        """
        return await self._update(copy)

    async def reload(self, copy: bool = False) -> Self:
        """Read the alarm's state from the database (``GET /alarm/alarms/{id}``).

        Args:
            copy: Return a new instance and leave self unchanged; by default self takes the
                server's state and its staged changes are dropped.

        Raises:
            ObjectStateError: No connection or no ID.
            APIError: The platform refused the request (e.g. `NotFoundError`).
        """
        return await self._reload(copy)

    async def apply_to(self, other_id: str | int) -> Self:
        """Write this alarm's staged changes to another alarm (``PUT /alarm/alarms/{other}``).

        Only what changed since the alarm was read (for one built locally: everything set on
        it) is sent; type, time and source stay as the other alarm has them.

        Returns:
            A new instance with the other alarm's resulting state; self is unchanged.

        Raises:
            ObjectStateError: No connection, or the changes touch type, time or source.
            InvalidIdError: The ID cannot be a path segment (nothing is sent).
            APIError: The platform refused the request.
        """
        c8y = self._require_c8y()
        result = await c8y.call(
            wire.PUT_ALARM_RESOURCE, path={"id": _object_id(other_id)}, json=self._update_body()
        )
        return type(self).from_json(result, c8y)

    async def delete(self) -> None:
        """Delete the alarms of this alarm's type and source (``DELETE /alarm/alarms?...``).

        The platform has no call that deletes one alarm by ID; this deletes by the pair that
        identifies it, which includes older, cleared alarms of the same type and source.

        Raises:
            ObjectStateError: No connection, or the type or source is not set.
            APIError: The platform refused the request.
        """
        c8y = self._require_c8y()
        alarm_type, source = self._identity()
        await Alarms(c8y).delete_by(type=alarm_type, source=source)

    def _identity(self) -> tuple[str, str]:
        alarm_type, source = self.type, self.source
        if not alarm_type or not source:
            raise ObjectStateError(
                "deleting an alarm needs its type and source (alarms are deleted by filter)"
            )
        return alarm_type, source

    def __repr__(self) -> str:
        return self._repr(
            id=self.id,
            type=self.type,
            source=self.source,
            status=self.status,
            severity=self.severity,
            count=self.count,
        )

    # Last, so that the name does not hide the `datetime` type in the annotations above.
    datetime: SettableDateTimeField = SettableDateTimeField("time")
    """When the alarm was (last) raised, as an aware UTC datetime; set a `DateLike`."""


class Alarms(CumulocityResource[Alarm]):
    """The Alarms API: query, raise, change, and delete alarms, one by one or by filter.

    Args:
        c8y: The connection.
    """

    _operations: ClassVar[ResourceOperations] = ALARMS_OPERATIONS
    _collection_key: ClassVar[str] = "alarms"
    _object_class: builtins.type[Alarm] = Alarm

    async def get(self, alarm_id: str | int) -> Alarm:
        """Read one alarm (``GET /alarm/alarms/{id}``).

        Raises:
            InvalidIdError: The ID cannot be a path segment (nothing is sent).
            NotFoundError: No alarm has this ID.
            APIError: The platform refused the request otherwise.
        """
        return await self._get_object(_object_id(alarm_id))

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
        **filters: Unpack[AlarmFilters],
    ) -> AsyncIterator[Alarm]: ...
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
        **filters: Unpack[AlarmFilters],
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
        progress: Progress | None = None,
        extra_params: ExtraParams | None = None,
        **filters: Unpack[AlarmFilters],
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
        as_values: AsValues | None = None,
        workers: int | None = None,
        progress: Progress | None = None,
        extra_params: ExtraParams | None = None,
        **filters: Unpack[AlarmFilters],
    ) -> AsyncIterator[Any]:
        """Iterate over the matching alarms, newest first (``GET /alarm/alarms``, paged).

        Arguments are checked when `select` is called; requests start on iteration.

        Args:
            expression: A raw query string (``"type=x&status=ACTIVE"``), sent as it is; the
                filters are not used then (unknown keywords are still refused).
            limit: Stop after this many results (None: all).
            include: Keep only results this client-side matcher accepts.
            exclude: Then drop results this matcher accepts.
            page_size: Results per request (default: derived from `limit`).
            page_number: Read only this page.
            as_values: Yield values read at these paths instead of `Alarm` objects.
            workers: Pages requested in parallel.
            progress: Called as ``progress(done, total)`` after each page: the items
                read so far and how many the query reads (counted first with one request).
            extra_params: Raw query parameters no filter covers, sent as given.
            **filters: The filters of `AlarmFilters`.

        Raises:
            UnknownFilterError: A keyword that is not a filter.
            ConfigurationError: An argument is out of range, malformed or contradictory.
            APIError: A page request failed (while iterating).
        """
        return self._select_alarms(
            expression,
            filters,
            extra_params,
            limit=limit,
            include=include,
            exclude=exclude,
            page_size=page_size,
            page_number=page_number,
            as_values=as_values,
            workers=workers,
            progress=progress,
        )

    def _select_alarms(
        self,
        expression: str | None,
        filters: Mapping[str, Any],
        extra_params: ExtraParams | None,
        **options: Any,
    ) -> AsyncIterator[Any]:
        params = self._query(_LIST_QUERY, expression, filters, extra_params, "select")
        return self._select(params, **options)

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
        **filters: Unpack[AlarmFilters],
    ) -> list[Alarm]: ...
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
        **filters: Unpack[AlarmFilters],
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
        progress: Progress | None = None,
        extra_params: ExtraParams | None = None,
        **filters: Unpack[AlarmFilters],
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
        as_values: AsValues | None = None,
        workers: int | None = None,
        progress: Progress | None = None,
        extra_params: ExtraParams | None = None,
        **filters: Unpack[AlarmFilters],
    ) -> list[Any]:
        """Read the matching alarms into a list: the eager form of `select` (same arguments).

        Raises:
            UnknownFilterError: A keyword that is not a filter.
            ConfigurationError: An argument is out of range, malformed or contradictory.
            APIError: A page request failed.
        """
        results = self._select_alarms(
            expression,
            filters,
            extra_params,
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
        **filters: Unpack[AlarmFilters],
    ) -> pandas.DataFrame:
        """Read the matching alarms into a pandas DataFrame, one column per path.

        Values are read from the JSON without building `Alarm` objects (a missing path gives
        None); the query is that of `select`.

        Args:
            columns: Paths (``"severity"``, ``"source.id"``), or ``(name, path)`` pairs.
            limit: Stop after this many alarms (default: all).

        Raises:
            ImportError: pandas is not installed (the message names the extra).
            UnknownFilterError: A keyword that is not a filter.
            ConfigurationError: Malformed columns or filters (checked before any request).
            APIError: A page request failed.
        """
        frame: pandas.DataFrame = await self._to_dataframe(
            columns,
            self._query(_LIST_QUERY, expression, filters, extra_params, "to_dataframe"),
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
        **filters: Unpack[AlarmFilters],
    ) -> int:
        """Count the matching alarms without reading them (``GET /alarm/alarms``, one item).

        Takes the filters of `select`.

        Raises:
            UnknownFilterError: A keyword that is not a filter.
            ConfigurationError: A filter is malformed or contradictory.
            APIError: The request failed.
        """
        params = self._query(_LIST_QUERY, expression, filters, extra_params, "get_count")
        return await self._get_count(params)

    async def count(
        self,
        expression: str | None = None,
        *,
        extra_params: ExtraParams | None = None,
        **filters: Unpack[AlarmCountFilters],
    ) -> int:
        """Count the matching alarms with the platform's count call (``GET /alarm/alarms/count``).

        The count call takes fewer filters than `get_count` (no creation or last-change
        bounds) and answers with the number alone.

        Raises:
            UnknownFilterError: A keyword that is not a filter of the count call.
            ConfigurationError: A filter is malformed or contradictory.
            ResponseDecodeError: The answer is not a number.
            APIError: The request failed.
        """
        params = self._query(_COUNT_QUERY, expression, filters, extra_params, "count")
        response = await self.c8y.send(
            wire.GET_ALARM_COLLECTION_COUNT_RESOURCE, params=params, accept="text/plain"
        )
        text = response.text.strip()
        if not (text.isascii() and text.isdigit()):
            raise ResponseDecodeError(
                f"the alarm count is not a number: {text[:40]!r}",
                method="GET",
                url=redact_url(response.request.url),
                status_code=response.status_code,
            )
        return int(text)

    @staticmethod
    def _query(
        spec: QuerySpec,
        expression: str | None,
        filters: Mapping[str, Any],
        extra_params: ExtraParams | None,
        call: str,
    ) -> dict[str, Any]:
        if expression:
            return spec.from_expression(expression, filters, call=call, extra_params=extra_params)
        return _checked(spec.build(filters, call=call, extra_params=extra_params))

    async def create(
        self, *alarms: Alarm, workers: int | None = None, progress: Progress | None = None
    ) -> None:
        """Raise alarms (one ``POST /alarm/alarms`` each; results not parsed).

        Open alarms of the same source and type are de-duplicated by the platform. All alarms
        are checked before the first request; one without time gets the current time (in the
        request only: the objects are not changed).

        Args:
            *alarms: The alarms to raise.
            workers: Requests in parallel (default: one after the other).
            progress: Called as ``progress(done, total)`` after each alarm.

        Raises:
            ObjectStateError: An alarm has no source, type, text or severity (nothing is sent).
            BulkError: A request failed; names the alarm (the calls in flight finish first).
        """
        for alarm in alarms:
            alarm._check_creatable()
        now = now_timestamp()
        c8y = self.c8y

        async def create(alarm: Alarm) -> None:
            await c8y.send(wire.POST_ALARM_COLLECTION_RESOURCE, json=json_with_time(alarm, now))

        await run_bulk(alarms, create, workers=workers, progress=progress)

    async def update(
        self, *alarms: Alarm, workers: int | None = None, progress: Progress | None = None
    ) -> None:
        """Send each alarm's staged changes (``PUT /alarm/alarms/{id}`` each).

        Raises:
            ObjectStateError: An alarm has no ID or changes its type, time or source (all
                checked before any request).
            BulkError: A request failed; names the alarm.
        """
        await self._update_many(alarms, workers=workers, progress=progress)

    async def apply_to(
        self,
        alarm: Alarm | Mapping[str, Any],
        *alarm_ids: str | int | Alarm,
        workers: int | None = None,
        progress: Progress | None = None,
    ) -> None:
        """Write one alarm's staged changes to several alarms (``PUT .../{id}`` each).

        From an `Alarm`, its staged changes are sent (for an alarm built locally, everything
        set on it); a mapping is sent as given.

        Raises:
            ObjectStateError: The changes touch type, time or source (nothing is sent).
            InvalidIdError: An ID cannot be a path segment (nothing is sent).
            BulkError: A request failed; names the target.
        """
        body = alarm._update_body() if isinstance(alarm, Alarm) else dict(alarm)
        await self._apply_to_many(body, alarm_ids, workers=workers, progress=progress)

    async def apply_by(
        self,
        alarm: Alarm | AlarmStatus | str,
        *,
        extra_params: ExtraParams | None = None,
        **filters: Unpack[AlarmChangeFilters],
    ) -> None:
        """Set the status of every matching alarm in one call (``PUT /alarm/alarms?...``).

        The platform changes only the status this way, and may finish the work in the
        background after answering. The endpoint takes the filters of `AlarmChangeFilters`
        (no type, no last change).

        Args:
            alarm: The new status: an `Alarm` carrying only a status, or the status itself.
            extra_params: Raw query parameters, sent as given.
            **filters: The filters of `AlarmChangeFilters`.

        Raises:
            UnknownFilterError: A keyword the endpoint does not filter by.
            ConfigurationError: No filter at all (that would change every alarm), or a model
                with more than a status.
            APIError: The platform refused the request.
        """
        if isinstance(alarm, Alarm):
            body = alarm.to_json()
            if set(body) != {"status"}:
                extra = ", ".join(sorted(set(body) - {"status"})) or "no status"
                raise ConfigurationError(f"apply_by changes only the status; the model has {extra}")
        else:
            body = {"status": check_choice(AlarmStatus, alarm, field="status")}
        params = self._query(_CHANGE_QUERY, None, filters, extra_params, "apply_by")
        if not params:
            raise ConfigurationError(
                "apply_by needs at least one filter; it would change every alarm"
            )
        await self.c8y.send(wire.PUT_ALARM_COLLECTION_RESOURCE, params=params, json=body)

    async def delete(
        self, *alarms: Alarm, workers: int | None = None, progress: Progress | None = None
    ) -> None:
        """Delete alarms by their type and source (one ``DELETE /alarm/alarms?...`` each).

        As with `Alarm.delete`, every alarm of the same type and source goes, cleared ones
        included.

        Raises:
            ObjectStateError: An alarm lacks its type or source (checked before any request).
            BulkError: A request failed; names the alarm's (type, source).
        """
        keys = [alarm._identity() for alarm in alarms]

        async def delete_one(key: tuple[str, str]) -> None:
            await self.delete_by(type=key[0], source=key[1])

        await run_bulk(keys, delete_one, workers=workers, progress=progress)

    async def delete_by(
        self,
        *,
        extra_params: ExtraParams | None = None,
        **filters: Unpack[AlarmDeleteFilters],
    ) -> None:
        """Delete every matching alarm in one call (``DELETE /alarm/alarms?...``).

        The endpoint takes the filters of `AlarmDeleteFilters` (no last change); the platform
        requires a source or a date bound among them, and may finish deleting after it has
        answered.

        Raises:
            UnknownFilterError: A keyword the endpoint does not filter by.
            ConfigurationError: Neither a source nor a date bound.
            APIError: The platform refused the request.
        """
        params = self._query(_DELETE_QUERY, None, filters, extra_params, "delete_by")
        if not any(key in params for key in _DELETE_NEEDS_ONE_OF):
            raise ConfigurationError(
                "delete_by needs a source or a date bound (before/after/date_from/date_to/"
                "min_age/max_age/created_*): the platform deletes by filter only with one"
            )
        await self.c8y.send(wire.DELETE_ALARM_COLLECTION_RESOURCE, params=params)
