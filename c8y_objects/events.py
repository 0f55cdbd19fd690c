"""Events: time-stamped records about a source (device), with an optional file attachment.

`Event` is the active record, `Events` the main API class; every request is built from the
generated operations of ``c8y_rest.wire`` (the event collection, one event, and its attachment).
An event's attachment is uploaded as multipart (``object`` + ``file`` parts), replaced with a
raw body, read and removed; an event with an attachment carries the ``c8y_IsBinary`` fragment.

The query filters are declared once, in `EventFilters` (what ``GET /event/events`` takes) and
`EventDeleteFilters` (the narrower set ``DELETE /event/events`` applies). Without ``reverse``
the platform returns the newest events first.
"""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Mapping, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, ClassVar, Final, Self, Unpack, overload

from c8y_objects._api import (
    ColumnSpec,
    CreationFilters,
    CumulocityResource,
    ExtraParams,
    Progress,
    TimeFilters,
    UpdateFilters,
    _object_id,
    infer_page_size,
)
from c8y_objects._base import (
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
    json_with_time,
    now_timestamp,
)
from c8y_objects._bulk import run_bulk
from c8y_objects._filters import Matcher, ValueSpec
from c8y_objects._http import CumulocityConnection, FileSpec
from c8y_objects._paging import iter_pages
from c8y_objects._query import QuerySpec, declared
from c8y_objects._wire import ResourceOperations, object_path
from c8y_objects.binaries import (
    ANY_MEDIA_TYPE,
    check_upload_file,
    post_file,
    put_file,
)
from c8y_objects.errors import ConfigurationError
from c8y_rest import wire

if TYPE_CHECKING:
    import pandas

__all__ = ["Event", "EventDeleteFilters", "EventFilters", "Events", "event_query_params"]

EVENTS_OPERATIONS = ResourceOperations(
    list=wire.GET_EVENT_COLLECTION_RESOURCE,
    create=wire.POST_EVENT_COLLECTION_RESOURCE,
    read=wire.GET_EVENT_RESOURCE,
    update=wire.PUT_EVENT_RESOURCE,
    delete=wire.DELETE_EVENT_RESOURCE,
)


_EPOCH: Final = datetime(1970, 1, 1, tzinfo=UTC)

# Keys fixed when the event is created: an update may not change them.
_FIXED_KEYS: Final = frozenset({"source", "type", "time"})

# The platform deletes by filter only when one of these bounds the deletion.
_DELETE_NEEDS_ONE_OF: Final = declared(
    "c8y_objects.events._DELETE_NEEDS_ONE_OF",
    wire.DELETE_EVENT_COLLECTION_RESOURCE,
    "source",
    "dateFrom",
    "dateTo",
    "createdFrom",
    "createdTo",
)

_SOURCE_FLAGS: Final = (
    "with_source_assets",
    "with_source_devices",
    "with_source_children",
    "with_source_additions",
)


class EventDeleteFilters(TimeFilters, CreationFilters, total=False):
    """The filters ``DELETE /event/events`` applies (`Events.delete_by`)."""

    type: str | None
    """The event type."""
    source: ObjectOrId | None
    """The source managed object (or its ID)."""
    fragment: str | None
    """A fragment the events carry (``fragmentType``)."""
    fragment_type: str | None
    """The same as `fragment`."""


class EventFilters(EventDeleteFilters, UpdateFilters, total=False):
    """The filters of an event query (`Events.select`, `get_all`, `get_count`, ...)."""

    fragment_value: str | None
    """The value of the fragment (``fragmentValue``); needs `fragment`."""
    with_source_assets: bool | None
    """Include the events of the source's child assets; needs `source`."""
    with_source_devices: bool | None
    """Include the events of the source's child devices; needs `source`."""
    with_source_children: bool | None
    """Include the events of all the source's children; needs `source`."""
    with_source_additions: bool | None
    """Include the events of the source's child additions; needs `source`."""
    reverse: bool | None
    """Oldest first (the platform's ``revert``)."""


_RENAMES: Final = {"fragment": "fragmentType", "reverse": "revert"}

_LIST_QUERY: Final = QuerySpec(
    "c8y_objects.events.EventFilters",
    wire.GET_EVENT_COLLECTION_RESOURCE,
    EventFilters.__optional_keys__,
    convert={"source": _object_id},
    params=_RENAMES,
)
_DELETE_QUERY: Final = QuerySpec(
    "c8y_objects.events.EventDeleteFilters",
    wire.DELETE_EVENT_COLLECTION_RESOURCE,
    EventDeleteFilters.__optional_keys__,
    convert={"source": _object_id},
    params=_RENAMES,
)


def _check_combinations(filters: Mapping[str, Any], extra_params: ExtraParams | None) -> None:
    """Refuse filters that contradict each other or lack the filter they refine."""
    fragment, fragment_type = filters.get("fragment"), filters.get("fragment_type")
    if fragment is not None and fragment_type is not None and fragment != fragment_type:
        raise ConfigurationError(
            f"fragment {fragment!r} and fragment_type {fragment_type!r} both set fragmentType; "
            "pass only one"
        )
    if filters.get("fragment_value") is not None and fragment is None and fragment_type is None:
        raise ConfigurationError("fragment_value needs fragment (or fragment_type) to be set")
    if filters.get("source") is None and "source" not in (extra_params or {}):
        for name in _SOURCE_FLAGS:
            if filters.get(name):
                raise ConfigurationError(f"{name} needs source to be set")


def _build(
    spec: QuerySpec,
    filters: Mapping[str, Any],
    call: str,
    extra_params: ExtraParams | None,
    now: datetime | None = None,
) -> dict[str, Any]:
    spec.check(filters, call)
    _check_combinations(filters, extra_params)
    return spec.build(filters, call=call, extra_params=extra_params, now=now)


def event_query_params(
    *,
    now: datetime | None = None,
    extra_params: ExtraParams | None = None,
    **filters: Unpack[EventFilters],
) -> dict[str, Any]:
    """Build the query of ``GET /event/events`` from filters (pure).

    Args:
        now: The reference time of ``min_age`` / ``max_age`` (default: the current time).
        extra_params: Raw query parameters added as given.
        **filters: See `EventFilters`.

    Raises:
        UnknownFilterError: An unknown keyword.
        ConfigurationError: Conflicting or incomplete filters (``fragment_value`` without a
            fragment, a ``with_source_*`` flag without ``source``, ...).
        NaiveDatetimeError: A date filter has no time zone.
    """
    return _build(_LIST_QUERY, filters, "event_query_params", extra_params, now)


class Event(CumulocityObject):
    """An event: a source, a type, a time, a text and any custom fragments.

    Args:
        c8y: The connection; needed by the methods that call the platform.
        type: The event type.
        time: When it happened: an aware datetime or an ISO string with offset; when left out,
            the time of `create` is used.
        source: The source managed object's ID (or the object).
        text: The description.
        **kwargs: Further top-level fragments.

    Raises:
        NaiveDatetimeError: `time` has no time zone.
    """

    __slots__ = ()

    _operations: ClassVar[ResourceOperations] = EVENTS_OPERATIONS

    def __init__(
        self,
        c8y: CumulocityConnection | None = None,
        type: str | None = None,
        time: DateLike | None = None,
        source: ObjectOrId | None = None,
        text: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(c8y, type=type, text=text, **kwargs)
        if source is not None:
            self.source = source
        if time is not None:
            self.time = time

    type: Field[str] = Field("type")
    """The event type."""
    text: Field[str] = Field("text")
    """The description."""
    source: ReferenceField = ReferenceField("source")
    """The ID of the source managed object; set an object or an ID."""
    time: TimestampField = TimestampField("time")
    """When it happened (the platform's text); set a `DateLike`."""
    datetime: SettableDateTimeField = SettableDateTimeField("time")
    """When it happened, as an aware UTC datetime; set a `DateLike`."""
    creation_time: ReadOnlyField[str] = ReadOnlyField("creationTime")
    """When the platform stored the event (its ISO text)."""
    creation_datetime: DateTimeField = DateTimeField("creationTime")
    """When the platform stored the event (aware UTC datetime)."""
    updated_time: ReadOnlyField[str] = ReadOnlyField("lastUpdated")
    """When the event last changed (its ISO text)."""
    updated_datetime: DateTimeField = DateTimeField("lastUpdated")
    """When the event last changed (aware UTC datetime)."""

    def _staged_for_apply(self) -> dict[str, Any]:
        """The staged changes, which `apply_to` writes to other events.

        Raises:
            ObjectStateError: Nothing is staged, or a staged change touches a key fixed at
                creation (source, type, time), which no other event could take.
        """
        body = self.to_diff_json()
        fixed = sorted(_FIXED_KEYS.intersection(body))
        if fixed:
            raise ObjectStateError(
                f"{self!r}: {', '.join(fixed)} is fixed when an event is created, so it cannot "
                "be applied to other events; leave it out of the model"
            )
        if not body:
            raise ObjectStateError(
                f"{self!r} has no staged changes to apply: set its text or fragments first"
            )
        return body

    def _check_creatable(self) -> None:
        if self.source is None:
            raise ObjectStateError(f"{self!r} has no source: set source= to a managed object ID")
        if not self._json.get("type"):
            raise ObjectStateError(f"{self!r} has no type: set type=")
        if self._json.get("text") is None:
            raise ObjectStateError(f"{self!r} has no text: set text=")

    async def create(self) -> Self:
        """Store the event (``POST /event/events``).

        Can be called repeatedly; each call creates another event.

        Returns:
            A new instance with the created event (ID, times); self is unchanged.

        Raises:
            ObjectStateError: No connection, no source, no type or no text.
            APIError: The platform refused the request.
        """
        c8y = self._require_c8y()
        self._check_creatable()
        result = await c8y.call(
            EVENTS_OPERATIONS.require("create"), json=json_with_time(self, now_timestamp())
        )
        return type(self).from_json(result, c8y)

    async def update(self, copy: bool = False) -> Self:
        """Send the staged changes (``PUT /event/events/{id}``).

        Only the top-level fragments changed since the event was loaded or saved are sent
        (removed ones as ``null``); the platform lets the text and custom fragments change.
        If the call fails, the event is left as it was.

        Args:
            copy: Return a new instance with the server's state and leave self unchanged
                (its changes stay staged); by default self takes the server's state.

        Raises:
            ObjectStateError: No connection or no ID.
            APIError: The platform refused the request.
        """
        return await self._update(copy)

    async def reload(self, copy: bool = False) -> Self:
        """Read the event's state from the database (``GET /event/events/{id}``).

        Args:
            copy: Return a new instance and leave self unchanged; by default self takes the
                server's state and its staged changes are dropped.

        Raises:
            ObjectStateError: No connection or no ID.
            APIError: The platform refused the request (e.g. `NotFoundError`).
        """
        return await self._reload(copy)

    async def apply_to(self, other_id: ObjectOrId) -> Self:
        """Write this event's staged changes to another event (``PUT /event/events/{other}``).

        Only what changed since this event was built, loaded or saved is sent (removed
        fragments as ``null``); self keeps its changes staged.

        Returns:
            A new instance with the other event's resulting state; self is unchanged.

        Raises:
            ObjectStateError: No connection, nothing staged, or a staged change of source,
                type or time (checked before sending).
            InvalidIdError: The other ID cannot be a path segment.
            APIError: The platform refused the request (e.g. `NotFoundError`).
        """
        c8y = self._require_c8y()
        body = self._staged_for_apply()
        result = await c8y.call(
            EVENTS_OPERATIONS.require("update"), path={"id": _object_id(other_id)}, json=body
        )
        return type(self).from_json(result, c8y)

    async def delete(self) -> None:
        """Delete the event (``DELETE /event/events/{id}``).

        Raises:
            ObjectStateError: No connection or no ID.
            APIError: The platform refused the request.
        """
        await self._delete()

    def has_attachment(self) -> bool:
        """Tell whether the event has an attachment, by its ``c8y_IsBinary`` fragment.

        This reads the loaded JSON only: an attachment added since the event was read shows
        after `reload`.
        """
        return "c8y_IsBinary" in self._json

    async def create_attachment(
        self, file: FileSpec, content_type: str | None = None
    ) -> dict[str, Any]:
        """Attach a file (``POST /event/events/{id}/binaries``, multipart).

        Args:
            file: A path, a binary file object or bytes.
            content_type: The media type (default ``application/octet-stream``).

        Returns:
            The attachment's description (name, type, source, ...).

        Raises:
            ObjectStateError: No connection or no ID.
            FileNotFoundError: A path names no file (nothing is sent).
            APIError: The platform refused the request (`ConflictError`: already attached).
        """
        c8y = self._require_c8y()
        check_upload_file(file)
        return await _attach(c8y, self._require_id(), file, content_type)

    async def update_attachment(
        self, file: FileSpec, content_type: str | None = None
    ) -> dict[str, Any]:
        """Replace the attached file (``PUT /event/events/{id}/binaries``, raw body).

        Args:
            file: A path, a binary file object or bytes.
            content_type: The media type (default ``application/octet-stream``).

        Returns:
            The attachment's description.

        Raises:
            ObjectStateError: No connection or no ID.
            FileNotFoundError: A path names no file (nothing is sent).
            APIError: The platform refused the request.
        """
        c8y = self._require_c8y()
        check_upload_file(file)
        return await _replace_attachment(c8y, self._require_id(), file, content_type)

    async def download_attachment(self) -> bytes:
        """Read the attached file (``GET /event/events/{id}/binaries``).

        Raises:
            ObjectStateError: No connection or no ID.
            APIError: The platform refused the request (`NotFoundError`: no attachment).
        """
        c8y = self._require_c8y()
        return await _download(c8y, self._require_id())

    async def delete_attachment(self) -> None:
        """Remove the attached file (``DELETE /event/events/{id}/binaries``).

        Raises:
            ObjectStateError: No connection or no ID.
            APIError: The platform refused the request.
        """
        c8y = self._require_c8y()
        await c8y.send(wire.DELETE_EVENT_BINARY_RESOURCE, path={"id": self._require_id()})

    def __repr__(self) -> str:
        return (
            f"Event(id={self.id!r}, type={self._json.get('type')!r}, source={self.source!r}, "
            f"time={self._json.get('time')!r})"
        )


async def _attach(
    c8y: CumulocityConnection, event_id: str, file: FileSpec, content_type: str | None
) -> dict[str, Any]:
    result = await post_file(
        c8y,
        wire.POST_EVENT_BINARY_RESOURCE,
        file,
        path={"id": event_id},
        description={},
        name=None,
        content_type=content_type,
    )
    return result if isinstance(result, dict) else {}


async def _replace_attachment(
    c8y: CumulocityConnection, event_id: str, file: FileSpec, content_type: str | None
) -> dict[str, Any]:
    result = await put_file(
        c8y, wire.PUT_EVENT_BINARY_RESOURCE, file, path={"id": event_id}, content_type=content_type
    )
    return result if isinstance(result, dict) else {}


async def _download(c8y: CumulocityConnection, event_id: str) -> bytes:
    response = await c8y.send(
        wire.GET_EVENT_BINARY_RESOURCE, path={"id": event_id}, accept=ANY_MEDIA_TYPE
    )
    return response.content


class Events(CumulocityResource[Event]):
    """The Events API: query, create, change and delete events and their attachments.

    Args:
        c8y: The connection.
    """

    _operations: ClassVar[ResourceOperations] = EVENTS_OPERATIONS
    _collection_key: ClassVar[str] = "events"
    _object_class: builtins.type[Event] = Event

    def build_attachment_path(self, event_id: ObjectOrId) -> str:
        """Return the path of an event's attachment (``/event/events/{id}/binaries``).

        Raises:
            InvalidIdError: The ID cannot be a path segment.
        """
        return object_path(wire.GET_EVENT_BINARY_RESOURCE, _object_id(event_id))

    async def get(self, event_id: ObjectOrId) -> Event:
        """Read one event (``GET /event/events/{id}``).

        Raises:
            NotFoundError: No event has this ID.
        """
        return await self._get_object(_object_id(event_id))

    def _query(
        self,
        expression: str | None,
        filters: Mapping[str, Any],
        call: str,
        extra_params: ExtraParams | None,
    ) -> dict[str, Any]:
        if expression:
            return _LIST_QUERY.from_expression(
                expression, filters, call=call, extra_params=extra_params
            )
        return _build(_LIST_QUERY, filters, call, extra_params)

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
        **filters: Unpack[EventFilters],
    ) -> AsyncIterator[Event]: ...
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
        **filters: Unpack[EventFilters],
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
        **filters: Unpack[EventFilters],
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
        **filters: Unpack[EventFilters],
    ) -> AsyncIterator[Any]:
        """Iterate over the matching events (``GET /event/events``, paged; newest first).

        The arguments are checked at once; requests are made while iterating.

        Args:
            expression: A raw query string sent unchanged; a keyword filter beside it is
                refused.
            limit: The most results to yield (default 5; None for all).
            include: Client-side filter: keep matching results (see `c8y_objects._filters`).
            exclude: Client-side filter: drop matching results.
            page_size: Events per request (inferred when None).
            page_number: Read only this page.
            as_values: Yield values at JSON paths instead of objects.
            workers: Pages requested in parallel.
            progress: Called as ``progress(done, total)`` after each page: the items
                read so far and how many the query reads (counted first with one request).
            extra_params: Raw query parameters sent as given (for what no filter covers).
            **filters: See `EventFilters`.

        Raises:
            UnknownFilterError: An unknown keyword (nothing is sent).
            ConfigurationError: An argument is out of range, malformed or conflicting.
            NaiveDatetimeError: A date filter has no time zone.
            APIError: A page request failed (while iterating).
        """
        return self._select(
            self._query(expression, filters, "select", extra_params),
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
        **filters: Unpack[EventFilters],
    ) -> list[Event]: ...
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
        **filters: Unpack[EventFilters],
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
        **filters: Unpack[EventFilters],
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
        **filters: Unpack[EventFilters],
    ) -> list[Any]:
        """Read the matching events into a list: the eager `select` (same arguments).

        Raises:
            UnknownFilterError: An unknown keyword (nothing is sent).
            ConfigurationError: An argument is out of range, malformed or conflicting.
            APIError: A page request failed.
        """
        results = self._select(
            self._query(expression, filters, "get_all", extra_params),
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
        **filters: Unpack[EventFilters],
    ) -> pandas.DataFrame:
        """Read the matching events into a pandas DataFrame, one column per path.

        The query is that of `select` (``GET /event/events``). Values are read at
        each column's path from the JSON, without building `Event` objects; a missing
        path gives None.

        Args:
            expression: A raw query string sent unchanged (see `select`).
            columns: Paths (``"type"``, ``"source.id"``, ``"c8y_Door.state"``),
                or ``(name, path)`` pairs.
            limit: Stop after this many events (default: all).
            include: Client-side filter: keep matching events.
            exclude: Client-side filter: drop matching events.
            page_size: Events per request (inferred when None).
            workers: Pages requested in parallel.
            extra_params: Raw query parameters, sent as given.
            **filters: See `EventFilters`.

        Raises:
            ImportError: pandas is not installed (the message names the extra).
            UnknownFilterError: An unknown keyword (nothing is sent).
            ConfigurationError: Malformed columns or filters (checked before any request).
            APIError: A page request failed.
        """
        frame: pandas.DataFrame = await self._to_dataframe(
            columns,
            self._query(expression, filters, "to_dataframe", extra_params),
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
        **filters: Unpack[EventFilters],
    ) -> int:
        """Count the matching events without reading them (same filters as `select`).

        Raises:
            UnknownFilterError: An unknown keyword (nothing is sent).
            ConfigurationError: A filter is malformed or conflicting.
            APIError: The request failed.
        """
        return await self._get_count(self._query(expression, filters, "get_count", extra_params))

    async def get_last(
        self,
        expression: str | None = None,
        *,
        extra_params: ExtraParams | None = None,
        **filters: Unpack[EventFilters],
    ) -> Event | None:
        """Read the newest matching event (one ``GET /event/events``, page size 1).

        Without a lower bound on the event time (``after``, ``date_from``, ``max_age``), the
        query starts at the Unix epoch: a range query, which the platform answers newest first.

        Returns:
            The event, or None when nothing matches.

        Raises:
            UnknownFilterError: An unknown keyword (nothing is sent).
            ConfigurationError: ``reverse=True`` (it would read the oldest event), or a
                malformed or conflicting filter.
            APIError: The request failed.
        """
        if expression:
            params = _LIST_QUERY.from_expression(
                expression, filters, call="get_last", extra_params=extra_params
            )
        else:
            _LIST_QUERY.check(filters, "get_last")
            if filters.get("reverse"):
                raise ConfigurationError("get_last reads the newest event; reverse=True is refused")
            query: dict[str, Any] = dict(filters)
            if all(query.get(name) is None for name in ("after", "date_from", "max_age")):
                query["after"] = _EPOCH
            params = _build(_LIST_QUERY, query, "get_last", extra_params)
        return await self._get_first(params)

    async def skim_latest(
        self,
        source: ObjectOrId | None = None,
        /,
        *,
        limit: int | None = 200,
        extra_params: ExtraParams | None = None,
        **filters: Unpack[EventFilters],
    ) -> dict[str, Event]:
        """Return the latest event of each type among the newest events (a quick overview).

        Reads up to `limit` events newest first (``GET /event/events``, paged) and keeps the
        first one seen of each type; only the kept events become `Event` objects. A type
        without an event in that window is missing from the result: this is a best effort,
        not a complete list of types.

        Args:
            source: The source (managed object or its ID); the same as the `source` filter.
            limit: How many events to read (default 200; None for all). With ``max_age``,
                the age bounds the read instead and `limit` is not used.
            extra_params: Raw query parameters sent as given.
            **filters: See `EventFilters`.

        Returns:
            The latest event read of each type, by type.

        Raises:
            UnknownFilterError: An unknown keyword (nothing is sent).
            ConfigurationError: `source` given twice, ``reverse=True`` (it would skim the
                oldest events), or a malformed or conflicting filter.
            APIError: A page request failed.
        """
        _LIST_QUERY.check(filters, "skim_latest")
        query: dict[str, Any] = dict(filters)
        if source is not None:
            if query.get("source") is not None:
                raise ConfigurationError("skim_latest got source both as argument and as filter")
            query["source"] = source
        if query.get("reverse"):
            raise ConfigurationError("skim_latest reads the newest events; reverse=True is refused")
        if query.get("max_age") is not None:
            limit = None
        params = _build(_LIST_QUERY, query, "skim_latest", extra_params)
        pages = iter_pages(
            self.c8y,
            self._resource,
            params,
            key=self._collection_key,
            page_size=infer_page_size(limit, None, client_side=False),
            limit=limit,
        )
        latest: dict[str, dict[str, Any]] = {}
        try:
            async for page in pages:
                for json in page:
                    kind = json.get("type")
                    if isinstance(kind, str) and kind not in latest:
                        latest[kind] = json
        finally:
            await pages.aclose()
        return {kind: Event.from_json(json, self.c8y) for kind, json in latest.items()}

    async def create(
        self, *events: Event, workers: int | None = None, progress: Progress | None = None
    ) -> None:
        """Create events (one ``POST /event/events`` each); results are not parsed.

        All events are checked before the first request; an event without time gets the
        current time (in the request only: the objects are not changed).

        Args:
            *events: The events to create.
            workers: Requests in parallel (default: one after the other).
            progress: Called as ``progress(done, total)`` after each event.

        Raises:
            ConfigurationError: An argument is not an `Event`.
            ObjectStateError: An event has no source, type or text (nothing is sent).
            BulkError: A request failed; names the event.
        """
        now = now_timestamp()
        for index, event in enumerate(events):
            if not isinstance(event, Event):
                raise ConfigurationError(
                    f"event {index}: expected an Event, got {builtins.type(event).__name__}"
                )
            try:
                event._check_creatable()
            except ObjectStateError as exc:
                raise ObjectStateError(f"event {index}: {exc}") from None
        c8y = self.c8y
        operation = EVENTS_OPERATIONS.require("create")

        async def create(event: Event) -> None:
            await c8y.send(operation, json=json_with_time(event, now))

        await run_bulk(events, create, workers=workers, progress=progress)

    async def update(
        self, *events: Event, workers: int | None = None, progress: Progress | None = None
    ) -> None:
        """Send each event's staged changes (``PUT /event/events/{id}`` each).

        An event whose request succeeded has its changes marked as saved; results are not
        parsed (see `Event.update` for that).

        Raises:
            ObjectStateError: An event has no ID (checked before any request).
            BulkError: A request failed; names the event.
        """
        await self._update_many(events, workers=workers, progress=progress)

    async def apply_to(
        self,
        event: Event | Mapping[str, Any],
        *event_ids: Event | str | int,
        workers: int | None = None,
        progress: Progress | None = None,
    ) -> None:
        """Write one model to several events (``PUT /event/events/{id}`` each).

        Args:
            event: An event, whose staged changes are sent (see `Event.apply_to`), or a JSON
                mapping sent as is.
            *event_ids: The target events or their IDs.
            workers: Requests in parallel.
            progress: Called as ``progress(done, total)``.

        Raises:
            ObjectStateError: The model event has nothing staged, or a staged change of
                source, type or time (checked before any request).
            BulkError: A request failed; names the target.
        """
        model = event._staged_for_apply() if isinstance(event, Event) else dict(event)
        await self._apply_to_many(model, event_ids, workers=workers, progress=progress)

    async def delete(
        self,
        *events: Event | str | int,
        workers: int | None = None,
        progress: Progress | None = None,
    ) -> None:
        """Delete events (``DELETE /event/events/{id}`` each).

        Raises:
            ObjectStateError: An event has no ID (checked before any request).
            BulkError: A request failed; names the event.
        """
        await self._delete_many(events, params=None, workers=workers, progress=progress)

    async def delete_by(
        self,
        expression: str | None = None,
        *,
        extra_params: ExtraParams | None = None,
        **filters: Unpack[EventDeleteFilters],
    ) -> None:
        """Delete every matching event in one request (``DELETE /event/events``).

        The endpoint applies only the filters of `EventDeleteFilters` (others are refused by
        name) and needs a source or a date bound (event time or creation time): a call
        without one is refused before sending. The platform may finish deleting after it
        answered.

        Args:
            expression: A raw query string sent unchanged; a keyword filter beside it is
                refused.
            extra_params: Raw query parameters sent as given.
            **filters: See `EventDeleteFilters`.

        Raises:
            UnknownFilterError: A keyword the endpoint does not take (nothing is sent).
            ConfigurationError: No source and no date bound, or conflicting filters.
            APIError: The platform refused the request.
        """
        if expression:
            params = _DELETE_QUERY.from_expression(
                expression, filters, call="delete_by", extra_params=extra_params
            )
        else:
            params = _build(_DELETE_QUERY, filters, "delete_by", extra_params)
        if not any(params.get(name) not in (None, "") for name in _DELETE_NEEDS_ONE_OF):
            raise ConfigurationError(
                "delete_by needs source or a date bound (before/after/date_from/date_to/"
                "created_*/min_age/max_age); to delete everything, pass e.g. "
                "before=datetime.now(UTC)"
            )
        await self.c8y.send(wire.DELETE_EVENT_COLLECTION_RESOURCE, params=params)

    async def create_attachment(
        self, event_id: ObjectOrId, file: FileSpec, content_type: str | None = None
    ) -> dict[str, Any]:
        """Attach a file to an event (``POST /event/events/{id}/binaries``, multipart).

        Args:
            event_id: The event or its ID.
            file: A path, a binary file object or bytes.
            content_type: The media type (default ``application/octet-stream``).

        Returns:
            The attachment's description.

        Raises:
            FileNotFoundError: A path names no file (nothing is sent).
            APIError: The platform refused the request (`ConflictError`: already attached).
        """
        check_upload_file(file)
        return await _attach(self.c8y, _object_id(event_id), file, content_type)

    async def update_attachment(
        self, event_id: ObjectOrId, file: FileSpec, content_type: str | None = None
    ) -> dict[str, Any]:
        """Replace an event's attached file (``PUT /event/events/{id}/binaries``, raw body).

        Returns:
            The attachment's description.

        Raises:
            FileNotFoundError: A path names no file (nothing is sent).
            APIError: The platform refused the request.
        """
        check_upload_file(file)
        return await _replace_attachment(self.c8y, _object_id(event_id), file, content_type)

    async def download_attachment(self, event_id: ObjectOrId) -> bytes:
        """Read an event's attached file (``GET /event/events/{id}/binaries``).

        Raises:
            APIError: The platform refused the request (`NotFoundError`: no attachment).
        """
        return await _download(self.c8y, _object_id(event_id))

    async def delete_attachment(self, event_id: ObjectOrId) -> None:
        """Remove an event's attached file (``DELETE /event/events/{id}/binaries``).

        Raises:
            APIError: The platform refused the request.
        """
        await self.c8y.send(wire.DELETE_EVENT_BINARY_RESOURCE, path={"id": _object_id(event_id)})
