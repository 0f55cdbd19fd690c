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
from datetime import timedelta
from enum import StrEnum
from typing import Any, ClassVar, Self, overload

from c8y_objects._api import (
    CumulocityResource,
    Progress,
    _object_id,
    build_query_params,
    date_filter_params,
    expression_params,
)
from c8y_objects._base import (
    ChoiceField,
    CumulocityObject,
    DateLike,
    DateTimeField,
    Field,
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
from c8y_objects._filters import Matcher, ValueSpec
from c8y_objects._http import CumulocityConnection
from c8y_objects._wire import ResourceOperations
from c8y_objects.errors import ConfigurationError
from c8y_rest import wire

__all__ = [
    "Alarm",
    "AlarmSeverity",
    "AlarmStatus",
    "Alarms",
    "alarm_query_params",
]

ALARMS = "/alarm/alarms"
ALARMS_OPERATIONS = ResourceOperations(
    list=wire.GET_ALARM_COLLECTION_RESOURCE,
    create=wire.POST_ALARM_COLLECTION_RESOURCE,
    read=wire.GET_ALARM_RESOURCE,
    update=wire.PUT_ALARM_RESOURCE,
)

ObjectOrId = CumulocityObject | str | int


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


# Query parameters the platform accepts when it changes (PUT) or deletes alarms by filter.
_BULK_UPDATE_PARAMS = frozenset(
    {
        "source",
        "status",
        "severity",
        "resolved",
        "dateFrom",
        "dateTo",
        "createdFrom",
        "createdTo",
        "withSourceAssets",
        "withSourceDevices",
        "withSourceChildren",
        "withSourceAdditions",
    }
)
_DELETE_PARAMS = _BULK_UPDATE_PARAMS | {"type"}
# The platform deletes by filter only with at least one of these.
_DELETE_NEEDS_ONE_OF = ("source", "dateFrom", "dateTo", "createdFrom", "createdTo")


def _choices(
    choices: type[StrEnum], value: StrEnum | str | Sequence[StrEnum | str] | None, field: str
) -> str | list[str] | None:
    if value is None:
        return None
    if isinstance(value, str):
        return check_choice(choices, value, field=field)
    values = [check_choice(choices, v, field=field) for v in value]
    if not values:
        raise ConfigurationError(f"{field}: the list of values is empty")
    return values


def _types(value: str | Sequence[str] | None) -> str | list[str] | None:
    if value is None or isinstance(value, str):
        return value
    values = list(value)
    if not values or not all(isinstance(v, str) and v for v in values):
        raise ConfigurationError(
            f"type: expected a type or a non-empty list of types, got {value!r}"
        )
    return values


def alarm_query_params(
    *,
    type: str | Sequence[str] | None = None,
    source: ObjectOrId | None = None,
    status: AlarmStatus | str | Sequence[AlarmStatus | str] | None = None,
    severity: AlarmSeverity | str | Sequence[AlarmSeverity | str] | None = None,
    resolved: bool | None = None,
    with_source_assets: bool | None = None,
    with_source_devices: bool | None = None,
    before: DateLike | None = None,
    after: DateLike | None = None,
    date_from: DateLike | None = None,
    date_to: DateLike | None = None,
    min_age: timedelta | None = None,
    max_age: timedelta | None = None,
    created_before: DateLike | None = None,
    created_after: DateLike | None = None,
    created_from: DateLike | None = None,
    created_to: DateLike | None = None,
    updated_before: DateLike | None = None,
    updated_after: DateLike | None = None,
    last_updated_from: DateLike | None = None,
    last_updated_to: DateLike | None = None,
    **filters: Any,
) -> dict[str, Any]:
    """Build the query parameters of an alarm query (pure; see the module docstring).

    Args:
        **filters: Further platform parameters in snake_case or camelCase, sent as given.

    Raises:
        ConfigurationError: An unknown status or severity, ``status`` together with
            ``resolved``, a ``withSource*`` flag without ``source``, conflicting dates, or a
            parameter given twice (once by name, once in `filters`).
        NaiveDatetimeError: A date without time zone.
    """
    if status is not None and resolved is not None:
        raise ConfigurationError(
            "pass status or resolved, not both (the platform lets resolved win silently)"
        )
    named: dict[str, Any] = build_query_params(
        {
            "type": _types(type),
            "source": None if source is None else _object_id(source),
            "status": _choices(AlarmStatus, status, "status"),
            "severity": _choices(AlarmSeverity, severity, "severity"),
            "resolved": resolved,
            "with_source_assets": with_source_assets,
            "with_source_devices": with_source_devices,
        }
    )
    named.update(
        date_filter_params(
            before=before,
            after=after,
            date_from=date_from,
            date_to=date_to,
            min_age=min_age,
            max_age=max_age,
            created_before=created_before,
            created_after=created_after,
            created_from=created_from,
            created_to=created_to,
            updated_before=updated_before,
            updated_after=updated_after,
            last_updated_from=last_updated_from,
            last_updated_to=last_updated_to,
        )
    )
    extra = build_query_params(filters)
    twice = sorted(named.keys() & extra.keys())
    if twice:
        raise ConfigurationError(f"{', '.join(twice)} given twice: by name and as a raw parameter")
    params = {**named, **extra}
    widening = sorted(k for k, v in params.items() if k.startswith("withSource") and v)
    if widening and "source" not in params:
        raise ConfigurationError(f"{', '.join(widening)} needs a source filter")
    return params


def _check_supported(params: Mapping[str, Any], allowed: frozenset[str], call: str) -> None:
    unsupported = sorted(k for k in params if k not in allowed)
    if unsupported:
        raise ConfigurationError(
            f"{call} cannot filter by {', '.join(unsupported)}; it filters by "
            f"{', '.join(sorted(allowed))}"
        )


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

    _resource: ClassVar[str] = ALARMS

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

    type = Field[str]("type")
    """The alarm type."""
    source = ReferenceField("source")
    """The ID of the managed object the alarm belongs to; set an object or an ID."""
    text = Field[str]("text")
    """The description."""
    time = TimestampField("time")
    """When the alarm was (last) raised, as the platform's text; set from `DateLike`."""
    status = ChoiceField("status", AlarmStatus)
    """An `AlarmStatus` text; setting checks the value."""
    severity = ChoiceField("severity", AlarmSeverity)
    """An `AlarmSeverity` text; setting checks the value."""
    count = ReadOnlyField[int]("count")
    """How often the alarm was raised while open (de-duplicated creates included)."""
    first_occurrence_time = ReadOnlyField[str]("firstOccurrenceTime")
    """When the alarm was raised first, as text (the platform sets it once count exceeds 1)."""
    first_occurrence_datetime = DateTimeField("firstOccurrenceTime")
    """When the alarm was raised first (aware UTC datetime)."""
    creation_time = ReadOnlyField[str]("creationTime")
    """When the platform stored the alarm (its ISO text)."""
    creation_datetime = DateTimeField("creationTime")
    """When the platform stored the alarm (aware UTC datetime)."""
    update_time = ReadOnlyField[str]("lastUpdated")
    """When the alarm last changed (its ISO text)."""
    last_updated = ReadOnlyField[str]("lastUpdated")
    """The same as `update_time`."""
    update_datetime = DateTimeField("lastUpdated")
    """When the alarm last changed (aware UTC datetime)."""
    last_updated_datetime = DateTimeField("lastUpdated")
    """The same as `update_datetime`."""

    def _modifiable_json(self) -> dict[str, Any]:
        """The full document without the keys fixed at creation (the body of `apply_to`)."""
        fixed = self._fixed_keys
        return {k: v for k, v in self.to_json().items() if k not in fixed}

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
        result = await c8y.post(ALARMS, json_with_time(self, now_timestamp()))
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
        """Write this alarm's changeable content to another alarm (``PUT .../alarms/{other}``).

        Text, status, severity and custom fragments are sent in full, changed or not; type,
        time and source stay as the other alarm has them.

        Returns:
            A new instance with the other alarm's resulting state; self is unchanged.

        Raises:
            ObjectStateError: No connection.
            APIError: The platform refused the request.
        """
        c8y = self._require_c8y()
        result = await c8y.put(f"{ALARMS}/{_object_id(other_id)}", self._modifiable_json())
        return type(self).from_json(result, c8y)

    async def delete(self, **_: Any) -> None:
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
        return (
            f"Alarm(id={self.id!r}, type={self.type!r}, source={self.source!r}, "
            f"status={self.status!r}, severity={self.severity!r}, count={self.count!r})"
        )

    # Last, so that the name does not hide the `datetime` type in the annotations above.
    datetime = SettableDateTimeField("time")
    """When the alarm was (last) raised, as an aware UTC datetime; set a `DateLike`."""


class Alarms(CumulocityResource[Alarm]):
    """The Alarms API: query, raise, change, and delete alarms, one by one or by filter.

    Args:
        c8y: The connection.
    """

    _resource: ClassVar[str] = ALARMS

    _operations: ClassVar[ResourceOperations] = ALARMS_OPERATIONS
    _collection_key: ClassVar[str] = "alarms"
    _object_class: builtins.type[Alarm] = Alarm

    async def get(self, alarm_id: str | int) -> Alarm:
        """Read one alarm (``GET /alarm/alarms/{id}``).

        Raises:
            NotFoundError: No alarm has this ID.
            APIError: The platform refused the request otherwise.
        """
        return await self._get_object(_object_id(alarm_id))

    @staticmethod
    def _params(expression: str | None, filters: dict[str, Any]) -> dict[str, Any]:
        if expression:
            return expression_params(expression)
        return alarm_query_params(**filters)

    @overload
    def select(
        self,
        expression: str | None = None,
        *,
        type: str | Sequence[str] | None = None,
        source: ObjectOrId | None = None,
        status: AlarmStatus | str | Sequence[AlarmStatus | str] | None = None,
        severity: AlarmSeverity | str | Sequence[AlarmSeverity | str] | None = None,
        resolved: bool | None = None,
        with_source_assets: bool | None = None,
        with_source_devices: bool | None = None,
        before: DateLike | None = None,
        after: DateLike | None = None,
        date_from: DateLike | None = None,
        date_to: DateLike | None = None,
        min_age: timedelta | None = None,
        max_age: timedelta | None = None,
        created_before: DateLike | None = None,
        created_after: DateLike | None = None,
        created_from: DateLike | None = None,
        created_to: DateLike | None = None,
        updated_before: DateLike | None = None,
        updated_after: DateLike | None = None,
        last_updated_from: DateLike | None = None,
        last_updated_to: DateLike | None = None,
        limit: int | None = 5,
        include: Matcher | None = None,
        exclude: Matcher | None = None,
        page_size: int | None = None,
        page_number: int | None = None,
        as_values: None = None,
        workers: int | None = None,
        **filters: Any,
    ) -> AsyncIterator[Alarm]: ...
    @overload
    def select(
        self,
        expression: str | None = None,
        *,
        type: str | Sequence[str] | None = None,
        source: ObjectOrId | None = None,
        status: AlarmStatus | str | Sequence[AlarmStatus | str] | None = None,
        severity: AlarmSeverity | str | Sequence[AlarmSeverity | str] | None = None,
        resolved: bool | None = None,
        with_source_assets: bool | None = None,
        with_source_devices: bool | None = None,
        before: DateLike | None = None,
        after: DateLike | None = None,
        date_from: DateLike | None = None,
        date_to: DateLike | None = None,
        min_age: timedelta | None = None,
        max_age: timedelta | None = None,
        created_before: DateLike | None = None,
        created_after: DateLike | None = None,
        created_from: DateLike | None = None,
        created_to: DateLike | None = None,
        updated_before: DateLike | None = None,
        updated_after: DateLike | None = None,
        last_updated_from: DateLike | None = None,
        last_updated_to: DateLike | None = None,
        limit: int | None = 5,
        include: Matcher | None = None,
        exclude: Matcher | None = None,
        page_size: int | None = None,
        page_number: int | None = None,
        as_values: ValueSpec,
        workers: int | None = None,
        **filters: Any,
    ) -> AsyncIterator[Any]: ...
    @overload
    def select(
        self,
        expression: str | None = None,
        *,
        type: str | Sequence[str] | None = None,
        source: ObjectOrId | None = None,
        status: AlarmStatus | str | Sequence[AlarmStatus | str] | None = None,
        severity: AlarmSeverity | str | Sequence[AlarmSeverity | str] | None = None,
        resolved: bool | None = None,
        with_source_assets: bool | None = None,
        with_source_devices: bool | None = None,
        before: DateLike | None = None,
        after: DateLike | None = None,
        date_from: DateLike | None = None,
        date_to: DateLike | None = None,
        min_age: timedelta | None = None,
        max_age: timedelta | None = None,
        created_before: DateLike | None = None,
        created_after: DateLike | None = None,
        created_from: DateLike | None = None,
        created_to: DateLike | None = None,
        updated_before: DateLike | None = None,
        updated_after: DateLike | None = None,
        last_updated_from: DateLike | None = None,
        last_updated_to: DateLike | None = None,
        limit: int | None = 5,
        include: Matcher | None = None,
        exclude: Matcher | None = None,
        page_size: int | None = None,
        page_number: int | None = None,
        as_values: list[ValueSpec],
        workers: int | None = None,
        **filters: Any,
    ) -> AsyncIterator[tuple[Any, ...]]: ...
    def select(
        self,
        expression: str | None = None,
        *,
        type: str | Sequence[str] | None = None,
        source: ObjectOrId | None = None,
        status: AlarmStatus | str | Sequence[AlarmStatus | str] | None = None,
        severity: AlarmSeverity | str | Sequence[AlarmSeverity | str] | None = None,
        resolved: bool | None = None,
        with_source_assets: bool | None = None,
        with_source_devices: bool | None = None,
        before: DateLike | None = None,
        after: DateLike | None = None,
        date_from: DateLike | None = None,
        date_to: DateLike | None = None,
        min_age: timedelta | None = None,
        max_age: timedelta | None = None,
        created_before: DateLike | None = None,
        created_after: DateLike | None = None,
        created_from: DateLike | None = None,
        created_to: DateLike | None = None,
        updated_before: DateLike | None = None,
        updated_after: DateLike | None = None,
        last_updated_from: DateLike | None = None,
        last_updated_to: DateLike | None = None,
        limit: int | None = 5,
        include: Matcher | None = None,
        exclude: Matcher | None = None,
        page_size: int | None = None,
        page_number: int | None = None,
        as_values: ValueSpec | list[ValueSpec] | None = None,
        workers: int | None = None,
        **filters: Any,
    ) -> AsyncIterator[Any]:
        """Iterate over the matching alarms, newest first (``GET /alarm/alarms``, paged).

        The arguments are checked at once; requests are made while iterating.

        Args:
            expression: A raw query string sent unchanged; all other filters are then ignored.
            type: One alarm type or several.
            source: The managed object (or its ID) the alarms belong to.
            status: One `AlarmStatus` or several.
            severity: One `AlarmSeverity` or several.
            resolved: True for CLEARED alarms only, False for ACTIVE or ACKNOWLEDGED ones.
            with_source_assets: Also alarms of the source's child assets (needs `source`).
            with_source_devices: Also alarms of the source's child devices (needs `source`).
            before: Alarm time before this (``dateTo``).
            after: Alarm time after this (``dateFrom``).
            date_from: The same as `after`.
            date_to: The same as `before`.
            min_age: Alarm time at least this long ago.
            max_age: Alarm time at most this long ago.
            created_before: Stored before this (``createdTo``); `created_to` is the same.
            created_after: Stored after this (``createdFrom``); `created_from` is the same.
            created_from: See `created_after`.
            created_to: See `created_before`.
            updated_before: Last changed before this (``lastUpdatedTo``).
            updated_after: Last changed after this (``lastUpdatedFrom``).
            last_updated_from: The same as `updated_after`.
            last_updated_to: The same as `updated_before`.
            limit: The most results to yield (default 5; None for all).
            include: Client-side filter: keep matching results (see `c8y_objects._filters`).
            exclude: Client-side filter: drop matching results (applied after `include`).
            page_size: Alarms per request; inferred from `limit` and the client-side filters
                when None.
            page_number: Read only this page.
            as_values: Yield values at JSON paths instead of objects: a path or
                ``(path, default)`` for one value per result, a list of them for tuples.
            workers: Pages requested in parallel.
            **filters: Further platform parameters (snake_case or camelCase).

        Raises:
            ConfigurationError: An argument is out of range, malformed or contradictory.
            NaiveDatetimeError: A date without time zone.
            APIError: A page request failed (while iterating).
        """
        params = self._params(
            expression,
            {
                "type": type,
                "source": source,
                "status": status,
                "severity": severity,
                "resolved": resolved,
                "with_source_assets": with_source_assets,
                "with_source_devices": with_source_devices,
                "before": before,
                "after": after,
                "date_from": date_from,
                "date_to": date_to,
                "min_age": min_age,
                "max_age": max_age,
                "created_before": created_before,
                "created_after": created_after,
                "created_from": created_from,
                "created_to": created_to,
                "updated_before": updated_before,
                "updated_after": updated_after,
                "last_updated_from": last_updated_from,
                "last_updated_to": last_updated_to,
                **filters,
            },
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
        type: str | Sequence[str] | None = None,
        source: ObjectOrId | None = None,
        status: AlarmStatus | str | Sequence[AlarmStatus | str] | None = None,
        severity: AlarmSeverity | str | Sequence[AlarmSeverity | str] | None = None,
        resolved: bool | None = None,
        with_source_assets: bool | None = None,
        with_source_devices: bool | None = None,
        before: DateLike | None = None,
        after: DateLike | None = None,
        date_from: DateLike | None = None,
        date_to: DateLike | None = None,
        min_age: timedelta | None = None,
        max_age: timedelta | None = None,
        created_before: DateLike | None = None,
        created_after: DateLike | None = None,
        created_from: DateLike | None = None,
        created_to: DateLike | None = None,
        updated_before: DateLike | None = None,
        updated_after: DateLike | None = None,
        last_updated_from: DateLike | None = None,
        last_updated_to: DateLike | None = None,
        limit: int | None = 5,
        include: Matcher | None = None,
        exclude: Matcher | None = None,
        page_size: int | None = None,
        page_number: int | None = None,
        as_values: None = None,
        workers: int | None = None,
        **filters: Any,
    ) -> list[Alarm]: ...
    @overload
    async def get_all(
        self,
        expression: str | None = None,
        *,
        type: str | Sequence[str] | None = None,
        source: ObjectOrId | None = None,
        status: AlarmStatus | str | Sequence[AlarmStatus | str] | None = None,
        severity: AlarmSeverity | str | Sequence[AlarmSeverity | str] | None = None,
        resolved: bool | None = None,
        with_source_assets: bool | None = None,
        with_source_devices: bool | None = None,
        before: DateLike | None = None,
        after: DateLike | None = None,
        date_from: DateLike | None = None,
        date_to: DateLike | None = None,
        min_age: timedelta | None = None,
        max_age: timedelta | None = None,
        created_before: DateLike | None = None,
        created_after: DateLike | None = None,
        created_from: DateLike | None = None,
        created_to: DateLike | None = None,
        updated_before: DateLike | None = None,
        updated_after: DateLike | None = None,
        last_updated_from: DateLike | None = None,
        last_updated_to: DateLike | None = None,
        limit: int | None = 5,
        include: Matcher | None = None,
        exclude: Matcher | None = None,
        page_size: int | None = None,
        page_number: int | None = None,
        as_values: ValueSpec,
        workers: int | None = None,
        **filters: Any,
    ) -> list[Any]: ...
    @overload
    async def get_all(
        self,
        expression: str | None = None,
        *,
        type: str | Sequence[str] | None = None,
        source: ObjectOrId | None = None,
        status: AlarmStatus | str | Sequence[AlarmStatus | str] | None = None,
        severity: AlarmSeverity | str | Sequence[AlarmSeverity | str] | None = None,
        resolved: bool | None = None,
        with_source_assets: bool | None = None,
        with_source_devices: bool | None = None,
        before: DateLike | None = None,
        after: DateLike | None = None,
        date_from: DateLike | None = None,
        date_to: DateLike | None = None,
        min_age: timedelta | None = None,
        max_age: timedelta | None = None,
        created_before: DateLike | None = None,
        created_after: DateLike | None = None,
        created_from: DateLike | None = None,
        created_to: DateLike | None = None,
        updated_before: DateLike | None = None,
        updated_after: DateLike | None = None,
        last_updated_from: DateLike | None = None,
        last_updated_to: DateLike | None = None,
        limit: int | None = 5,
        include: Matcher | None = None,
        exclude: Matcher | None = None,
        page_size: int | None = None,
        page_number: int | None = None,
        as_values: list[ValueSpec],
        workers: int | None = None,
        **filters: Any,
    ) -> list[tuple[Any, ...]]: ...
    async def get_all(
        self,
        expression: str | None = None,
        *,
        as_values: ValueSpec | list[ValueSpec] | None = None,
        limit: int | None = 5,
        **kwargs: Any,
    ) -> list[Any]:
        """Read the matching alarms into a list: the eager form of `select` (same arguments).

        Raises:
            ConfigurationError: An argument is out of range, malformed or contradictory.
            APIError: A page request failed.
        """
        results = self.select(expression, as_values=as_values, limit=limit, **kwargs)
        return [item async for item in results]

    async def get_count(
        self,
        expression: str | None = None,
        *,
        type: str | Sequence[str] | None = None,
        source: ObjectOrId | None = None,
        status: AlarmStatus | str | Sequence[AlarmStatus | str] | None = None,
        severity: AlarmSeverity | str | Sequence[AlarmSeverity | str] | None = None,
        resolved: bool | None = None,
        with_source_assets: bool | None = None,
        with_source_devices: bool | None = None,
        before: DateLike | None = None,
        after: DateLike | None = None,
        date_from: DateLike | None = None,
        date_to: DateLike | None = None,
        min_age: timedelta | None = None,
        max_age: timedelta | None = None,
        created_before: DateLike | None = None,
        created_after: DateLike | None = None,
        created_from: DateLike | None = None,
        created_to: DateLike | None = None,
        updated_before: DateLike | None = None,
        updated_after: DateLike | None = None,
        last_updated_from: DateLike | None = None,
        last_updated_to: DateLike | None = None,
        **filters: Any,
    ) -> int:
        """Count the matching alarms without reading them (same filters as `select`).

        Raises:
            ConfigurationError: A filter is malformed or contradictory.
            APIError: The request failed.
        """
        params = self._params(
            expression,
            {
                "type": type,
                "source": source,
                "status": status,
                "severity": severity,
                "resolved": resolved,
                "with_source_assets": with_source_assets,
                "with_source_devices": with_source_devices,
                "before": before,
                "after": after,
                "date_from": date_from,
                "date_to": date_to,
                "min_age": min_age,
                "max_age": max_age,
                "created_before": created_before,
                "created_after": created_after,
                "created_from": created_from,
                "created_to": created_to,
                "updated_before": updated_before,
                "updated_after": updated_after,
                "last_updated_from": last_updated_from,
                "last_updated_to": last_updated_to,
                **filters,
            },
        )
        return await self._get_count(params)

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
            await c8y.post(ALARMS, json_with_time(alarm, now))

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
        """Write one alarm's changeable content to several alarms (``PUT .../{id}`` each).

        From an `Alarm`, text, status, severity and custom fragments are sent (type, time and
        source are left out); a mapping is sent as given.

        Raises:
            BulkError: A request failed; names the target.
        """
        body = alarm._modifiable_json() if isinstance(alarm, Alarm) else dict(alarm)
        await self._apply_to_many(body, alarm_ids, workers=workers, progress=progress)

    async def apply_by(
        self,
        alarm: Alarm | AlarmStatus | str,
        *,
        source: ObjectOrId | None = None,
        status: AlarmStatus | str | Sequence[AlarmStatus | str] | None = None,
        severity: AlarmSeverity | str | Sequence[AlarmSeverity | str] | None = None,
        resolved: bool | None = None,
        with_source_assets: bool | None = None,
        with_source_devices: bool | None = None,
        before: DateLike | None = None,
        after: DateLike | None = None,
        date_from: DateLike | None = None,
        date_to: DateLike | None = None,
        min_age: timedelta | None = None,
        max_age: timedelta | None = None,
        created_before: DateLike | None = None,
        created_after: DateLike | None = None,
        created_from: DateLike | None = None,
        created_to: DateLike | None = None,
        **filters: Any,
    ) -> None:
        """Set the status of every matching alarm in one call (``PUT /alarm/alarms?...``).

        The platform changes only the status this way, and may finish the work in the
        background after answering. Filters as in `select`, except that it cannot filter by
        type or last change.

        Args:
            alarm: The new status: an `Alarm` carrying only a status, or the status itself.
            **filters: Further platform parameters the endpoint accepts.

        Raises:
            ConfigurationError: No filter at all (that would change every alarm), a filter
                the endpoint does not support, or a model with more than a status.
            APIError: The platform refused the request.
        """
        if isinstance(alarm, Alarm):
            body = alarm.to_json()
            if set(body) != {"status"}:
                extra = ", ".join(sorted(set(body) - {"status"})) or "no status"
                raise ConfigurationError(f"apply_by changes only the status; the model has {extra}")
        else:
            body = {"status": check_choice(AlarmStatus, alarm, field="status")}
        params = alarm_query_params(
            source=source,
            status=status,
            severity=severity,
            resolved=resolved,
            with_source_assets=with_source_assets,
            with_source_devices=with_source_devices,
            before=before,
            after=after,
            date_from=date_from,
            date_to=date_to,
            min_age=min_age,
            max_age=max_age,
            created_before=created_before,
            created_after=created_after,
            created_from=created_from,
            created_to=created_to,
            **filters,
        )
        if not params:
            raise ConfigurationError(
                "apply_by needs at least one filter; it would change every alarm"
            )
        _check_supported(params, _BULK_UPDATE_PARAMS, "apply_by (PUT /alarm/alarms)")
        await self.c8y.put(ALARMS, body, params=params)

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
        type: str | Sequence[str] | None = None,
        source: ObjectOrId | None = None,
        status: AlarmStatus | str | Sequence[AlarmStatus | str] | None = None,
        severity: AlarmSeverity | str | Sequence[AlarmSeverity | str] | None = None,
        resolved: bool | None = None,
        with_source_assets: bool | None = None,
        with_source_devices: bool | None = None,
        before: DateLike | None = None,
        after: DateLike | None = None,
        date_from: DateLike | None = None,
        date_to: DateLike | None = None,
        min_age: timedelta | None = None,
        max_age: timedelta | None = None,
        created_before: DateLike | None = None,
        created_after: DateLike | None = None,
        created_from: DateLike | None = None,
        created_to: DateLike | None = None,
        **filters: Any,
    ) -> None:
        """Delete every matching alarm in one call (``DELETE /alarm/alarms?...``).

        Filters as in `select`, except the last change; the platform requires a source or a
        date bound among them, and may finish deleting after it has answered.

        Raises:
            ConfigurationError: Neither a source nor a date bound, or a filter the endpoint
                does not support.
            APIError: The platform refused the request.
        """
        params = alarm_query_params(
            type=type,
            source=source,
            status=status,
            severity=severity,
            resolved=resolved,
            with_source_assets=with_source_assets,
            with_source_devices=with_source_devices,
            before=before,
            after=after,
            date_from=date_from,
            date_to=date_to,
            min_age=min_age,
            max_age=max_age,
            created_before=created_before,
            created_after=created_after,
            created_from=created_from,
            created_to=created_to,
            **filters,
        )
        _check_supported(params, _DELETE_PARAMS, "delete_by (DELETE /alarm/alarms)")
        if not any(key in params for key in _DELETE_NEEDS_ONE_OF):
            raise ConfigurationError(
                "delete_by needs a source or a date bound (before/after/date_from/date_to/"
                "min_age/max_age/created_*): the platform deletes by filter only with one"
            )
        await self.c8y.delete(ALARMS, params)
