"""Events: time-stamped records about a source (device), with an optional file attachment.

`Event` is the active record on ``/event/events``; `Events` is the main API class. An event's
attachment lives at ``/event/events/{id}/binaries``: uploaded with ``POST`` (multipart
``object`` + ``file``), replaced with ``PUT`` (raw body), read with ``GET`` and removed with
``DELETE``; an event with an attachment carries the ``c8y_IsBinary`` fragment.

Query filters map to the platform's parameters: ``source``, ``type``, ``fragment`` /
``fragment_type`` (``fragmentType``) with ``fragment_value`` (``fragmentValue``),
``with_source_assets`` / ``with_source_devices``, ``reverse`` (``revert``) and the date filters
of `date_filter_params`: the event time (``dateFrom`` / ``dateTo``), the creation time
(``createdFrom`` / ``createdTo``) and the last update (``lastUpdatedFrom`` / ``lastUpdatedTo``).
Without ``reverse`` the platform returns the newest events first.
"""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Mapping
from datetime import UTC, datetime, timedelta
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
    CumulocityObject,
    DateLike,
    DateTimeField,
    Field,
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
from c8y_objects._wire import ResourceOperations
from c8y_objects.binaries import ANY_MEDIA_TYPE, check_upload_file, post_file, put_file
from c8y_objects.errors import ConfigurationError
from c8y_rest import wire

__all__ = ["Event", "Events", "event_query_params"]

EVENTS = "/event/events"
EVENTS_OPERATIONS = ResourceOperations(
    list=wire.GET_EVENT_COLLECTION_RESOURCE,
    create=wire.POST_EVENT_COLLECTION_RESOURCE,
    read=wire.GET_EVENT_RESOURCE,
    update=wire.PUT_EVENT_RESOURCE,
    delete=wire.DELETE_EVENT_RESOURCE,
)

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

# Keys an event update may not change: `apply_to` leaves them out of the full document.
_NOT_APPLIED = frozenset({"source", "type", "time"})

# Filters the platform does not apply when deleting: passing them would widen a delete.
_NOT_FOR_DELETE = frozenset(
    {
        "fragment_value",
        "fragmentValue",
        "with_source_assets",
        "withSourceAssets",
        "with_source_devices",
        "withSourceDevices",
        "with_source_children",
        "withSourceChildren",
        "with_source_additions",
        "withSourceAdditions",
        "updated_before",
        "updated_after",
        "last_updated_from",
        "last_updated_to",
        "lastUpdatedFrom",
        "lastUpdatedTo",
    }
)


def event_query_params(
    *,
    type: str | None = None,
    source: str | int | CumulocityObject | None = None,
    fragment: str | None = None,
    fragment_type: str | None = None,
    fragment_value: str | None = None,
    with_source_assets: bool | None = None,
    with_source_devices: bool | None = None,
    reverse: bool | None = None,
    before: DateLike | None = None,
    after: DateLike | None = None,
    date_from: DateLike | None = None,
    date_to: DateLike | None = None,
    created_before: DateLike | None = None,
    created_after: DateLike | None = None,
    created_from: DateLike | None = None,
    created_to: DateLike | None = None,
    updated_before: DateLike | None = None,
    updated_after: DateLike | None = None,
    last_updated_from: DateLike | None = None,
    last_updated_to: DateLike | None = None,
    min_age: timedelta | None = None,
    max_age: timedelta | None = None,
    now: datetime | None = None,
    **filters: Any,
) -> dict[str, Any]:
    """Build the query parameters of an event query (pure; see the module docstring).

    Args:
        type: The event type.
        source: The source (managed object or its ID).
        fragment: A fragment the events carry (``fragmentType``).
        fragment_type: The same as `fragment`.
        fragment_value: The value of that fragment (``fragmentValue``); needs a fragment.
        with_source_assets: Include events of the source's child assets; needs `source`.
        with_source_devices: Include events of the source's child devices; needs `source`.
        reverse: Oldest first (``revert=true``).
        before: The event time is before this (``dateTo``); `date_to` is the same.
        after: The event time is after this (``dateFrom``); `date_from` is the same.
        date_from: See `after`.
        date_to: See `before`.
        created_before: Created before this (``createdTo``); `created_to` is the same.
        created_after: Created after this (``createdFrom``); `created_from` is the same.
        created_from: See `created_after`.
        created_to: See `created_before`.
        updated_before: Last changed before this (``lastUpdatedTo``); `last_updated_to` is the
            same.
        updated_after: Last changed after this (``lastUpdatedFrom``); `last_updated_from` is
            the same.
        last_updated_from: See `updated_after`.
        last_updated_to: See `updated_before`.
        min_age: The event time is at least this long ago (``dateTo``).
        max_age: The event time is at most this long ago (``dateFrom``).
        now: The reference time of the ages (default: the current time).
        **filters: Further platform parameters (snake_case or camelCase).

    Raises:
        ConfigurationError: Conflicting or incomplete filters (see the arguments).
        NaiveDatetimeError: A date filter has no time zone.
    """
    if fragment is not None and fragment_type is not None and fragment != fragment_type:
        raise ConfigurationError(
            f"fragment {fragment!r} and fragment_type {fragment_type!r} both set fragmentType; "
            "pass only one"
        )
    fragment_type = fragment_type if fragment_type is not None else fragment
    if fragment_value is not None and fragment_type is None:
        raise ConfigurationError("fragment_value needs fragment (or fragment_type) to be set")
    if source is None:
        for name, flag in (
            ("with_source_assets", with_source_assets),
            ("with_source_devices", with_source_devices),
        ):
            if flag:
                raise ConfigurationError(f"{name} needs source to be set")
    params = build_query_params(
        {
            "type": type,
            "source": None if source is None else _object_id(source),
            "fragmentType": fragment_type,
            "fragmentValue": fragment_value,
            "withSourceAssets": with_source_assets,
            "withSourceDevices": with_source_devices,
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
            created_before=created_before,
            created_after=created_after,
            created_from=created_from,
            created_to=created_to,
            updated_before=updated_before,
            updated_after=updated_after,
            last_updated_from=last_updated_from,
            last_updated_to=last_updated_to,
            now=now,
        )
    )
    params.update(build_query_params(filters))
    return params


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

    _resource: ClassVar[str] = EVENTS

    _operations: ClassVar[ResourceOperations] = EVENTS_OPERATIONS

    def __init__(
        self,
        c8y: CumulocityConnection | None = None,
        type: str | None = None,
        time: DateLike | None = None,
        source: str | int | CumulocityObject | None = None,
        text: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(c8y, type=type, text=text, **kwargs)
        if source is not None:
            self.source = source
        if time is not None:
            self.time = time

    type = Field[str]("type")
    """The event type."""
    text = Field[str]("text")
    """The description."""
    source = ReferenceField("source")
    """The ID of the source managed object; set an object or an ID."""
    time = TimestampField("time")
    """When it happened (the platform's text); set a `DateLike`."""
    datetime = SettableDateTimeField("time")
    """When it happened, as an aware UTC datetime; set a `DateLike`."""
    creation_time = ReadOnlyField[str]("creationTime")
    """When the platform stored the event (its ISO text)."""
    creation_datetime = DateTimeField("creationTime")
    """When the platform stored the event (aware UTC datetime)."""
    updated_time = ReadOnlyField[str]("lastUpdated")
    """When the event last changed (its ISO text)."""
    updated_datetime = DateTimeField("lastUpdated")
    """When the event last changed (aware UTC datetime)."""

    def _applicable_json(self) -> dict[str, Any]:
        """The full document without the keys an update may not change (for `apply_to`)."""
        return {k: v for k, v in self.to_json().items() if k not in _NOT_APPLIED}

    def _check_creatable(self) -> None:
        if self.source is None:
            raise ObjectStateError(f"{self!r} has no source: set source= to a managed object ID")
        if not self._json.get("type"):
            raise ObjectStateError(f"{self!r} has no type: set type=")
        if self._json.get("text") is None:
            raise ObjectStateError(f"{self!r} has no text: set text=")

    def _attachment_path(self) -> str:
        return f"{self._object_path()}/binaries"

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
        now = now_timestamp()
        result = await c8y.post(self._resource, json_with_time(self, now))
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

    async def apply_to(self, other_id: str | int) -> Self:
        """Write this event's text and custom fragments to another event (``PUT .../{other}``).

        All of them are sent, not only the changed ones; ``source``, ``type`` and ``time``
        are left out because an update may not change them.

        Returns:
            A new instance with the other event's resulting state; self is unchanged.

        Raises:
            ObjectStateError: No connection.
            APIError: The platform refused the request (e.g. `NotFoundError`).
        """
        c8y = self._require_c8y()
        result = await c8y.put(f"{self._resource}/{_object_id(other_id)}", self._applicable_json())
        return type(self).from_json(result, c8y)

    async def delete(self, **_: Any) -> None:
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
        return await _attach(c8y, self._attachment_path(), file, content_type)

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
        return await _replace_attachment(c8y, self._attachment_path(), file, content_type)

    async def download_attachment(self) -> bytes:
        """Read the attached file (``GET /event/events/{id}/binaries``).

        Raises:
            ObjectStateError: No connection or no ID.
            APIError: The platform refused the request (`NotFoundError`: no attachment).
        """
        c8y = self._require_c8y()
        return await c8y.get_bytes(self._attachment_path(), accept=ANY_MEDIA_TYPE)

    async def delete_attachment(self) -> None:
        """Remove the attached file (``DELETE /event/events/{id}/binaries``).

        Raises:
            ObjectStateError: No connection or no ID.
            APIError: The platform refused the request.
        """
        c8y = self._require_c8y()
        await c8y.delete(self._attachment_path())

    def __repr__(self) -> str:
        return (
            f"Event(id={self.id!r}, type={self._json.get('type')!r}, source={self.source!r}, "
            f"time={self._json.get('time')!r})"
        )


async def _attach(
    c8y: CumulocityConnection, path: str, file: FileSpec, content_type: str | None
) -> dict[str, Any]:
    result = await post_file(c8y, path, file, description={}, name=None, content_type=content_type)
    return result if isinstance(result, dict) else {}


async def _replace_attachment(
    c8y: CumulocityConnection, path: str, file: FileSpec, content_type: str | None
) -> dict[str, Any]:
    result = await put_file(c8y, path, file, content_type=content_type)
    return result if isinstance(result, dict) else {}


class Events(CumulocityResource[Event]):
    """The Events API: query, create, change and delete events and their attachments.

    Args:
        c8y: The connection.
    """

    _resource: ClassVar[str] = EVENTS

    _operations: ClassVar[ResourceOperations] = EVENTS_OPERATIONS
    _collection_key: ClassVar[str] = "events"
    _object_class: builtins.type[Event] = Event

    def build_attachment_path(self, event_id: str | int | Event) -> str:
        """Return the path of an event's attachment (``/event/events/{id}/binaries``)."""
        return f"{self.build_object_path(_object_id(event_id))}/binaries"

    async def get(self, event_id: str | int) -> Event:
        """Read one event (``GET /event/events/{id}``).

        Raises:
            NotFoundError: No event has this ID.
        """
        return await self._get_object(_object_id(event_id))

    def _params(self, expression: str | None, **filters: Any) -> dict[str, Any]:
        if expression:
            return expression_params(expression)
        return event_query_params(**filters)

    @overload
    def select(
        self,
        expression: str | None = None,
        *,
        type: str | None = None,
        source: str | int | CumulocityObject | None = None,
        fragment: str | None = None,
        fragment_type: str | None = None,
        fragment_value: str | None = None,
        before: DateLike | None = None,
        after: DateLike | None = None,
        date_from: DateLike | None = None,
        date_to: DateLike | None = None,
        created_before: DateLike | None = None,
        created_after: DateLike | None = None,
        created_from: DateLike | None = None,
        created_to: DateLike | None = None,
        updated_before: DateLike | None = None,
        updated_after: DateLike | None = None,
        last_updated_from: DateLike | None = None,
        last_updated_to: DateLike | None = None,
        min_age: timedelta | None = None,
        max_age: timedelta | None = None,
        with_source_assets: bool | None = None,
        with_source_devices: bool | None = None,
        reverse: bool | None = None,
        limit: int | None = 5,
        include: Matcher | None = None,
        exclude: Matcher | None = None,
        page_size: int | None = None,
        page_number: int | None = None,
        as_values: None = None,
        workers: int | None = None,
        **filters: Any,
    ) -> AsyncIterator[Event]: ...
    @overload
    def select(
        self,
        expression: str | None = None,
        *,
        type: str | None = None,
        source: str | int | CumulocityObject | None = None,
        fragment: str | None = None,
        fragment_type: str | None = None,
        fragment_value: str | None = None,
        before: DateLike | None = None,
        after: DateLike | None = None,
        date_from: DateLike | None = None,
        date_to: DateLike | None = None,
        created_before: DateLike | None = None,
        created_after: DateLike | None = None,
        created_from: DateLike | None = None,
        created_to: DateLike | None = None,
        updated_before: DateLike | None = None,
        updated_after: DateLike | None = None,
        last_updated_from: DateLike | None = None,
        last_updated_to: DateLike | None = None,
        min_age: timedelta | None = None,
        max_age: timedelta | None = None,
        with_source_assets: bool | None = None,
        with_source_devices: bool | None = None,
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
        fragment: str | None = None,
        fragment_type: str | None = None,
        fragment_value: str | None = None,
        before: DateLike | None = None,
        after: DateLike | None = None,
        date_from: DateLike | None = None,
        date_to: DateLike | None = None,
        created_before: DateLike | None = None,
        created_after: DateLike | None = None,
        created_from: DateLike | None = None,
        created_to: DateLike | None = None,
        updated_before: DateLike | None = None,
        updated_after: DateLike | None = None,
        last_updated_from: DateLike | None = None,
        last_updated_to: DateLike | None = None,
        min_age: timedelta | None = None,
        max_age: timedelta | None = None,
        with_source_assets: bool | None = None,
        with_source_devices: bool | None = None,
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
        """Iterate over the matching events (``GET /event/events``, paged; newest first).

        The arguments are checked at once; requests are made while iterating.

        Args:
            expression: A raw query string sent unchanged; all other filters are then ignored.
            type: The event type.
            source: The source (managed object or its ID).
            fragment: A fragment the events carry.
            fragment_type: The same as `fragment`.
            fragment_value: The value of that fragment (needs `fragment`).
            before: The event time is before this (aware datetime or ISO string with offset).
            after: The event time is after this.
            date_from: The same as `after`.
            date_to: The same as `before`.
            created_before: Stored before this.
            created_after: Stored after this.
            created_from: The same as `created_after`.
            created_to: The same as `created_before`.
            updated_before: Last changed before this.
            updated_after: Last changed after this.
            last_updated_from: The same as `updated_after`.
            last_updated_to: The same as `updated_before`.
            min_age: The event time is at least this long ago (a `timedelta`).
            max_age: The event time is at most this long ago.
            with_source_assets: Include events of the source's child assets (needs `source`).
            with_source_devices: Include events of the source's child devices (needs `source`).
            reverse: Oldest first (the platform's ``revert``).
            limit: The most results to yield (default 5; None for all).
            include: Client-side filter: keep matching results (see `c8y_objects._filters`).
            exclude: Client-side filter: drop matching results.
            page_size: Events per request (inferred when None).
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
            fragment=fragment,
            fragment_type=fragment_type,
            fragment_value=fragment_value,
            before=before,
            after=after,
            date_from=date_from,
            date_to=date_to,
            created_before=created_before,
            created_after=created_after,
            created_from=created_from,
            created_to=created_to,
            updated_before=updated_before,
            updated_after=updated_after,
            last_updated_from=last_updated_from,
            last_updated_to=last_updated_to,
            min_age=min_age,
            max_age=max_age,
            with_source_assets=with_source_assets,
            with_source_devices=with_source_devices,
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
        fragment: str | None = None,
        fragment_type: str | None = None,
        fragment_value: str | None = None,
        before: DateLike | None = None,
        after: DateLike | None = None,
        date_from: DateLike | None = None,
        date_to: DateLike | None = None,
        created_before: DateLike | None = None,
        created_after: DateLike | None = None,
        created_from: DateLike | None = None,
        created_to: DateLike | None = None,
        updated_before: DateLike | None = None,
        updated_after: DateLike | None = None,
        last_updated_from: DateLike | None = None,
        last_updated_to: DateLike | None = None,
        min_age: timedelta | None = None,
        max_age: timedelta | None = None,
        with_source_assets: bool | None = None,
        with_source_devices: bool | None = None,
        reverse: bool | None = None,
        limit: int | None = 5,
        include: Matcher | None = None,
        exclude: Matcher | None = None,
        page_size: int | None = None,
        page_number: int | None = None,
        as_values: None = None,
        workers: int | None = None,
        **filters: Any,
    ) -> list[Event]: ...
    @overload
    async def get_all(
        self,
        expression: str | None = None,
        *,
        type: str | None = None,
        source: str | int | CumulocityObject | None = None,
        fragment: str | None = None,
        fragment_type: str | None = None,
        fragment_value: str | None = None,
        before: DateLike | None = None,
        after: DateLike | None = None,
        date_from: DateLike | None = None,
        date_to: DateLike | None = None,
        created_before: DateLike | None = None,
        created_after: DateLike | None = None,
        created_from: DateLike | None = None,
        created_to: DateLike | None = None,
        updated_before: DateLike | None = None,
        updated_after: DateLike | None = None,
        last_updated_from: DateLike | None = None,
        last_updated_to: DateLike | None = None,
        min_age: timedelta | None = None,
        max_age: timedelta | None = None,
        with_source_assets: bool | None = None,
        with_source_devices: bool | None = None,
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
        """Read the matching events into a list: the eager `select` (same arguments).

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
        fragment: str | None = None,
        fragment_type: str | None = None,
        fragment_value: str | None = None,
        before: DateLike | None = None,
        after: DateLike | None = None,
        date_from: DateLike | None = None,
        date_to: DateLike | None = None,
        created_before: DateLike | None = None,
        created_after: DateLike | None = None,
        created_from: DateLike | None = None,
        created_to: DateLike | None = None,
        updated_before: DateLike | None = None,
        updated_after: DateLike | None = None,
        last_updated_from: DateLike | None = None,
        last_updated_to: DateLike | None = None,
        min_age: timedelta | None = None,
        max_age: timedelta | None = None,
        with_source_assets: bool | None = None,
        with_source_devices: bool | None = None,
        **filters: Any,
    ) -> int:
        """Count the matching events without reading them (same filters as `select`).

        Raises:
            ConfigurationError: A filter is malformed or conflicting.
            APIError: The request failed.
        """
        params = self._params(
            expression,
            type=type,
            source=source,
            fragment=fragment,
            fragment_type=fragment_type,
            fragment_value=fragment_value,
            before=before,
            after=after,
            date_from=date_from,
            date_to=date_to,
            created_before=created_before,
            created_after=created_after,
            created_from=created_from,
            created_to=created_to,
            updated_before=updated_before,
            updated_after=updated_after,
            last_updated_from=last_updated_from,
            last_updated_to=last_updated_to,
            min_age=min_age,
            max_age=max_age,
            with_source_assets=with_source_assets,
            with_source_devices=with_source_devices,
            **filters,
        )
        return await self._get_count(params)

    async def get_last(
        self,
        expression: str | None = None,
        *,
        type: str | None = None,
        source: str | int | CumulocityObject | None = None,
        fragment: str | None = None,
        fragment_type: str | None = None,
        fragment_value: str | None = None,
        before: DateLike | None = None,
        date_to: DateLike | None = None,
        created_before: DateLike | None = None,
        created_to: DateLike | None = None,
        updated_before: DateLike | None = None,
        last_updated_to: DateLike | None = None,
        min_age: timedelta | None = None,
        with_source_assets: bool | None = None,
        with_source_devices: bool | None = None,
        **filters: Any,
    ) -> Event | None:
        """Read the newest matching event (one ``GET``, page size 1).

        A range query needs a start, so ``dateFrom`` is the Unix epoch; the platform then
        answers newest first.

        Returns:
            The event, or None when nothing matches.

        Raises:
            ConfigurationError: A filter is malformed or conflicting.
            APIError: The request failed.
        """
        params = self._params(
            expression,
            type=type,
            source=source,
            fragment=fragment,
            fragment_type=fragment_type,
            fragment_value=fragment_value,
            before=before,
            date_to=date_to,
            after=_EPOCH,
            created_before=created_before,
            created_to=created_to,
            updated_before=updated_before,
            last_updated_to=last_updated_to,
            min_age=min_age,
            with_source_assets=with_source_assets,
            with_source_devices=with_source_devices,
            **filters,
        )
        return await self._get_first(params)

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
        resource = self._resource

        async def create(event: Event) -> None:
            await c8y.post(resource, json_with_time(event, now))

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
        *event_ids: str | int | Event,
        workers: int | None = None,
        progress: Progress | None = None,
    ) -> None:
        """Write one model to several events (``PUT /event/events/{id}`` each).

        Args:
            event: An event (its text and custom fragments are sent, see `Event.apply_to`) or
                a JSON mapping sent as is.
            *event_ids: The target events or their IDs.
            workers: Requests in parallel.
            progress: Called as ``progress(done, total)``.

        Raises:
            BulkError: A request failed; names the target.
        """
        model = event._applicable_json() if isinstance(event, Event) else dict(event)
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
        type: str | None = None,
        source: str | int | CumulocityObject | None = None,
        fragment: str | None = None,
        fragment_type: str | None = None,
        before: DateLike | None = None,
        after: DateLike | None = None,
        date_from: DateLike | None = None,
        date_to: DateLike | None = None,
        created_before: DateLike | None = None,
        created_after: DateLike | None = None,
        created_from: DateLike | None = None,
        created_to: DateLike | None = None,
        min_age: timedelta | None = None,
        max_age: timedelta | None = None,
        **filters: Any,
    ) -> None:
        """Delete every matching event in one request (``DELETE /event/events``).

        The platform needs a source or a date bound (event time or creation time) to delete
        by, and applies only ``source``, ``type``, ``fragmentType`` and those dates; so a call
        without them, or with filters the platform would ignore when deleting (fragment value,
        last update, source children), is refused before sending. The platform may finish
        deleting after it answered.

        Args:
            expression: A raw query string sent unchanged; all other filters are then ignored.
            type: The event type.
            source: The source (managed object or its ID).
            fragment: A fragment the events carry (``fragmentType``).
            fragment_type: The same as `fragment`.
            before: The event time is before this; `date_to` is the same.
            after: The event time is after this; `date_from` is the same.
            date_from: See `after`.
            date_to: See `before`.
            created_before: Stored before this; `created_to` is the same.
            created_after: Stored after this; `created_from` is the same.
            created_from: See `created_after`.
            created_to: See `created_before`.
            min_age: The event time is at least this long ago.
            max_age: The event time is at most this long ago.
            **filters: Further platform parameters.

        Raises:
            ConfigurationError: No source and no date bound, a filter the platform does not
                apply when deleting, or conflicting filters.
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
            params = event_query_params(
                type=type,
                source=source,
                fragment=fragment,
                fragment_type=fragment_type,
                before=before,
                after=after,
                date_from=date_from,
                date_to=date_to,
                created_before=created_before,
                created_after=created_after,
                created_from=created_from,
                created_to=created_to,
                min_age=min_age,
                max_age=max_age,
                **filters,
            )
        if not params.keys() & {"source", "dateFrom", "dateTo", "createdFrom", "createdTo"}:
            raise ConfigurationError(
                "delete_by needs source or a date bound (before/after/date_from/date_to/"
                "created_*/min_age/max_age); to delete everything, pass e.g. "
                "before=datetime.now(UTC)"
            )
        await self.c8y.delete(self._resource, params)

    async def create_attachment(
        self, event_id: str | int | Event, file: FileSpec, content_type: str | None = None
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
        return await _attach(self.c8y, self.build_attachment_path(event_id), file, content_type)

    async def update_attachment(
        self, event_id: str | int | Event, file: FileSpec, content_type: str | None = None
    ) -> dict[str, Any]:
        """Replace an event's attached file (``PUT /event/events/{id}/binaries``, raw body).

        Returns:
            The attachment's description.

        Raises:
            FileNotFoundError: A path names no file (nothing is sent).
            APIError: The platform refused the request.
        """
        check_upload_file(file)
        path = self.build_attachment_path(event_id)
        return await _replace_attachment(self.c8y, path, file, content_type)

    async def download_attachment(self, event_id: str | int | Event) -> bytes:
        """Read an event's attached file (``GET /event/events/{id}/binaries``).

        Raises:
            APIError: The platform refused the request (`NotFoundError`: no attachment).
        """
        return await self.c8y.get_bytes(self.build_attachment_path(event_id), accept=ANY_MEDIA_TYPE)

    async def delete_attachment(self, event_id: str | int | Event) -> None:
        """Remove an event's attached file (``DELETE /event/events/{id}/binaries``).

        Raises:
            APIError: The platform refused the request.
        """
        await self.c8y.delete(self.build_attachment_path(event_id))
