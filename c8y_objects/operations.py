"""Device control: operations sent to devices, and bulk operations that send one to a whole group.

Objects: `Operation` (active record on ``/devicecontrol/operations``) and `BulkOperation` (on
``/devicecontrol/bulkoperations``), with the labels `OperationStatus`, `BulkOperationStatus`
and `BulkOperationGeneralStatus` and the counters `BulkOperationProgress`.
Main API classes: `Operations`, `BulkOperations`.

An operation is created PENDING for one device; the device (or its agent) moves it to
EXECUTING and then to SUCCESSFUL or FAILED (with a ``failureReason``). `Operation.send_to`
creates one copy per device. A bulk operation holds an operation prototype and a device
group; the platform creates one operation per device of the group, starting at ``startDate``
and waiting ``creationRamp`` seconds between two, and counts their states in ``progress``.

The filters of `Operations.select` / `get_all` / `get_count` / `get_last` / `skim_latest` are
declared once, in `OperationFilters`: agent, device, status, bulk operation, fragment, the
operation time and ``reverse`` (newest first; it needs a date filter). Deleting by filter takes
the narrower `OperationDeleteFilters` (what the endpoint applies); other filters are refused
there rather than ignored. `c8y_objects._query` maps them to the parameters the spec declares.
"""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any, ClassVar, Self, Unpack, overload

from c8y_objects._api import (
    ColumnSpec,
    CumulocityResource,
    ExtraParams,
    Progress,
    TimeFilters,
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
    TimestampField,
    check_choice,
)
from c8y_objects._bulk import run_bulk
from c8y_objects._filters import Matcher, ValueSpec
from c8y_objects._http import CumulocityConnection
from c8y_objects._query import DATE_FILTER_NAMES, QuerySpec, expression_params, newest_first
from c8y_objects._wire import ResourceOperations
from c8y_objects.errors import ConfigurationError
from c8y_rest import wire

if TYPE_CHECKING:
    import pandas

__all__ = [
    "BulkOperation",
    "BulkOperationGeneralStatus",
    "BulkOperationProgress",
    "BulkOperationStatus",
    "BulkOperations",
    "Operation",
    "OperationDeleteFilters",
    "OperationFilters",
    "OperationStatus",
    "Operations",
    "operation_query_params",
]

OPERATIONS_OPERATIONS = ResourceOperations(
    list=wire.GET_OPERATION_COLLECTION_RESOURCE,
    create=wire.POST_OPERATION_COLLECTION_RESOURCE,
    read=wire.GET_OPERATION_RESOURCE,
    update=wire.PUT_OPERATION_RESOURCE,
)
BULK_OPERATIONS_OPERATIONS = ResourceOperations(
    list=wire.GET_BULK_OPERATION_COLLECTION_RESOURCE,
    create=wire.POST_BULK_OPERATION_COLLECTION_RESOURCE,
    read=wire.GET_BULK_OPERATION_RESOURCE,
    update=wire.PUT_BULK_OPERATION_RESOURCE,
    delete=wire.DELETE_BULK_OPERATION_RESOURCE,
)

# Keys of an operation that describe one execution, not what to do: not copied by send_to or
# into a bulk operation's prototype.
_EXECUTION_KEYS = frozenset({"deviceId", "status", "failureReason"})


class OperationStatus(StrEnum):
    """Where an operation is: waiting for the device, running, or finished either way."""

    PENDING = "PENDING"
    EXECUTING = "EXECUTING"
    SUCCESSFUL = "SUCCESSFUL"
    FAILED = "FAILED"


class BulkOperationStatus(StrEnum):
    """Where a bulk operation is in creating its single operations."""

    ACTIVE = "ACTIVE"
    IN_PROGRESS = "IN_PROGRESS"
    COMPLETED = "COMPLETED"
    DELETED = "DELETED"


class BulkOperationGeneralStatus(StrEnum):
    """The overall outcome of a bulk operation's single operations, as shown to users."""

    SCHEDULED = "SCHEDULED"
    EXECUTING = "EXECUTING"
    EXECUTING_WITH_ERRORS = "EXECUTING_WITH_ERRORS"
    SUCCESSFUL = "SUCCESSFUL"
    FAILED = "FAILED"
    CANCELED = "CANCELED"


class OperationDeleteFilters(TimeFilters, total=False):
    """What `Operations.delete_by` filters by (all that ``DELETE`` of the collection applies);
    the operation time bounds and these."""

    agent_id: ObjectOrId | None
    """The agent (or its ID) the operations go through."""
    device_id: ObjectOrId | None
    """The device (or its ID) the operations are for."""
    status: OperationStatus | str | None
    """An `OperationStatus`."""


class OperationFilters(OperationDeleteFilters, total=False):
    """The filters of an operation query: `Operations.select`, `get_all`, `get_count`,
    `get_last` and `skim_latest` (those of `OperationDeleteFilters` and these)."""

    bulk_id: ObjectOrId | None
    """The bulk operation (or its ID) that created the operations."""
    fragment: str | None
    """A fragment the operations carry, e.g. ``c8y_Restart``."""
    reverse: bool | None
    """Newest first (the platform's ``revert``); needs a date filter."""


def _status(value: Any) -> str:
    return check_choice(OperationStatus, value, field="status")


_CONVERT = {"agent_id": _object_id, "device_id": _object_id, "status": _status}
_LIST_QUERY = QuerySpec(
    "c8y_objects.operations.OperationFilters",
    wire.GET_OPERATION_COLLECTION_RESOURCE,
    OperationFilters.__optional_keys__,
    convert={**_CONVERT, "bulk_id": _object_id},
    params={"bulk_id": "bulkOperationId", "fragment": "fragmentType", "reverse": "revert"},
)
_DELETE_QUERY = QuerySpec(
    "c8y_objects.operations.OperationDeleteFilters",
    wire.DELETE_OPERATION_COLLECTION_RESOURCE,
    OperationDeleteFilters.__optional_keys__,
    convert=_CONVERT,
)
# Keys of an operation that say how it is delivered and run, not what it does.
_STANDARD_KEYS = frozenset(
    {
        "id",
        "self",
        "creationTime",
        "status",
        "failureReason",
        "description",
        "delivery",
        "bulkOperationId",
        "deviceId",
        "deviceName",
        "deviceExternalIDs",
    }
)


def _prototype_json(operation: Operation | Mapping[str, Any]) -> dict[str, Any]:
    """What an operation does, without the keys of one execution (device, status, reason)."""
    if isinstance(operation, Operation):
        json = operation.to_json()
    elif isinstance(operation, Mapping):
        json = dict(operation)
    else:
        raise ConfigurationError(
            f"expected an Operation or a JSON mapping, got {builtins.type(operation).__name__}"
        )
    return {k: v for k, v in json.items() if k not in _EXECUTION_KEYS}


def operation_query_params(
    *,
    extra_params: ExtraParams | None = None,
    **filters: Unpack[OperationFilters],
) -> dict[str, Any]:
    """Build the query of an operation query (pure; see `OperationFilters`).

    Args:
        extra_params: Raw query parameters, sent as given.
        **filters: The filters.

    Raises:
        UnknownFilterError: An unknown filter.
        ConfigurationError: An unknown status, ``reverse`` without a date filter, conflicting
            dates, or a parameter given twice (by a filter and in `extra_params`).
        NaiveDatetimeError: A date without time zone.
    """
    return _build_query(filters, extra_params, "operation_query_params")


def _build_query(
    filters: Mapping[str, Any], extra_params: ExtraParams | None, call: str
) -> dict[str, Any]:
    if filters.get("reverse") and all(filters.get(name) is None for name in DATE_FILTER_NAMES):
        _LIST_QUERY.check(filters, call)
        raise ConfigurationError(
            "reverse needs a date filter (before/after/date_from/date_to/min_age/max_age); "
            "the platform ignores it otherwise"
        )
    return _LIST_QUERY.build(filters, call=call, extra_params=extra_params)


class Operation(CumulocityObject):
    """An operation for one device: what to do (custom fragments) and how it went (status).

    Args:
        c8y: The connection; needed by the methods that call the platform.
        device_id: The device (or its ID) that is to run the operation.
        description: A short text for people.
        status: An `OperationStatus` or its text (the platform starts new ones as PENDING).
        **kwargs: Further top-level fragments, e.g. ``c8y_Restart={}``.

    Raises:
        ConfigurationError: An unknown status (the message lists the choices).
    """

    Status = OperationStatus

    __slots__ = ()

    _operations: ClassVar[ResourceOperations] = OPERATIONS_OPERATIONS
    _read_only_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "self",
            "creationTime",
            "bulkOperationId",
            "deviceName",
            "deviceExternalIDs",
            "delivery",
        }
    )

    def __init__(
        self,
        c8y: CumulocityConnection | None = None,
        *,
        device_id: ObjectOrId | None = None,
        description: str | None = None,
        status: OperationStatus | str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(c8y, description=description, **kwargs)
        if device_id is not None:
            self.device_id = device_id
        if status is not None:
            self.status = status

    description: Field[str] = Field("description")
    """A short text for people."""
    status: ChoiceField[OperationStatus] = ChoiceField("status", OperationStatus)
    """An `OperationStatus` text; setting checks the value."""
    failure_reason: Field[str] = Field("failureReason")
    """Why the operation failed (set it together with status FAILED)."""
    device_name: ReadOnlyField[str] = ReadOnlyField("deviceName")
    """The device's name, as the platform adds it to listed operations."""
    creation_time: ReadOnlyField[str] = ReadOnlyField("creationTime")
    """When the platform stored the operation (its ISO text)."""
    creation_datetime: DateTimeField = DateTimeField("creationTime")
    """When the platform stored the operation (aware UTC datetime)."""

    @property
    def device_id(self) -> str | None:
        """The ID of the device that is to run the operation."""
        value = self._json.get("deviceId")
        return None if value is None else str(value)

    @device_id.setter
    def device_id(self, value: ObjectOrId | None) -> None:
        self._write("deviceId", None if value is None else _object_id(value))

    @property
    def bulk_operation_id(self) -> str | None:
        """The ID of the bulk operation that created this operation, if one did."""
        value = self._json.get("bulkOperationId")
        return None if value is None else str(value)

    def _creation_json(self) -> dict[str, Any]:
        """The document to create: what to do and the device; never a status or reason."""
        if self.device_id is None:
            raise ObjectStateError(f"{self!r} has no device: set device_id= to the target")
        return {**_prototype_json(self), "deviceId": self.device_id}

    def _update_body(self) -> dict[str, Any]:
        body = self._diff_body()
        if "deviceId" in body:
            raise ObjectStateError("an operation's device cannot change after creation")
        if body and "status" not in body and self.status is not None:
            body["status"] = self.status  # the platform needs the status in every update
        return body

    async def create(self) -> Self:
        """Store the operation for its device (``POST /devicecontrol/operations``).

        A new operation always starts PENDING: a status or failure reason set on self is not
        sent.

        Returns:
            A new instance with the platform's state (ID, PENDING status); self is unchanged.

        Raises:
            ObjectStateError: No connection, or no device (checked before sending).
            APIError: The platform refused the request.
        """
        c8y = self._require_c8y()
        result = await c8y.call(self._operations.require("create"), json=self._creation_json())
        return type(self).from_json(result, c8y)

    async def update(self, copy: bool = False) -> Self:
        """Send the staged changes, usually status and failure reason (``PUT .../{id}``).

        The platform wants the status in every update, so the current one goes along when
        only other fields changed.

        Args:
            copy: Return a new instance with the server's state and leave self unchanged
                (its changes stay staged); by default self takes the server's state.

        Raises:
            ObjectStateError: No connection or no ID, or a changed device (checked before
                sending).
            APIError: The platform refused the request.
        """
        return await self._update(copy)

    async def reload(self, copy: bool = False) -> Self:
        """Read the operation's state (``GET /devicecontrol/operations/{id}``).

        Args:
            copy: Return a new instance and leave self unchanged; by default self takes the
                server's state and its staged changes are dropped.

        Raises:
            ObjectStateError: No connection or no ID.
            APIError: The platform refused the request (e.g. `NotFoundError`).
        """
        return await self._reload(copy)

    async def send_to(self, *devices: ObjectOrId, workers: int | None = None) -> None:
        """Create a copy of this operation for each device (one ``POST`` per device).

        The copies carry this operation's fragments and description; device, status and
        failure reason are not copied (each copy starts as PENDING for its device).

        Args:
            *devices: The devices or their IDs.
            workers: Requests in parallel (default: one after the other).

        Raises:
            ObjectStateError: No connection, or a device object without ID (checked first).
            BulkError: A request failed; names the device ID (the calls in flight finish).
        """
        c8y = self._require_c8y()
        device_ids = [_object_id(device) for device in devices]
        body = _prototype_json(self)
        operation = self._operations.require("create")

        async def send(device_id: str) -> None:
            await c8y.call(operation, json={**body, "deviceId": device_id})

        await run_bulk(device_ids, send, workers=workers)

    def resolve_type(self) -> str | None:
        """Guess what kind of operation this is from its fragments (pure).

        The first top-level key that is not a standard operation field and holds an ``_``
        (``c8y_Restart``, ``c8y_Command``), else the first other non-standard key, else None.
        """
        custom = [key for key in self._json if key not in _STANDARD_KEYS]
        return next((key for key in custom if "_" in key), custom[0] if custom else None)

    def __repr__(self) -> str:
        return self._repr(id=self.id, device_id=self.device_id, status=self.status)


@dataclass(frozen=True, slots=True)
class BulkOperationProgress:
    """How many of a bulk operation's single operations are in each state.

    Attributes:
        pending: Created, not yet picked up.
        failed: Finished with FAILED.
        executing: Being run by their device.
        successful: Finished with SUCCESSFUL.
        all: All single operations created so far.
    """

    pending: int = 0
    failed: int = 0
    executing: int = 0
    successful: int = 0
    all: int = 0

    @classmethod
    def from_json(cls, json: Mapping[str, Any]) -> BulkOperationProgress:
        """Read the counters from the platform's ``progress`` object (missing ones are 0)."""

        def number(key: str) -> int:
            value = json.get(key)
            return value if isinstance(value, int) and not isinstance(value, bool) else 0

        return cls(
            pending=number("pending"),
            failed=number("failed"),
            executing=number("executing"),
            successful=number("successful"),
            all=number("all"),
        )


class BulkOperation(CumulocityObject):
    """An operation prototype scheduled for every device of a group, or re-run for failures.

    Args:
        c8y: The connection; needed by the methods that call the platform.
        group_id: The device group (or its ID) whose devices get the operation.
        failed_parent_id: A bulk operation (or its ID) whose failed operations are to be
            scheduled again; instead of `group_id`.
        start_time: When to start creating the single operations.
        creation_ramp: Seconds to wait between creating two single operations.
        operation_prototype: What to do: an `Operation` or its JSON (device, status and
            failure reason are left out).
        **kwargs: Further top-level fragments.

    Raises:
        ConfigurationError: Both `group_id` and `failed_parent_id` are given.
        NaiveDatetimeError: A start time without time zone.
    """

    Status = BulkOperationStatus
    GeneralStatus = BulkOperationGeneralStatus

    __slots__ = ()

    _operations: ClassVar[ResourceOperations] = BULK_OPERATIONS_OPERATIONS
    _read_only_keys: ClassVar[frozenset[str]] = frozenset(
        {"id", "self", "status", "generalStatus", "progress"}
    )

    def __init__(
        self,
        c8y: CumulocityConnection | None = None,
        *,
        group_id: ObjectOrId | None = None,
        failed_parent_id: ObjectOrId | None = None,
        start_time: DateLike | None = None,
        creation_ramp: float | None = None,
        operation_prototype: Operation | Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        if group_id is not None and failed_parent_id is not None:
            raise ConfigurationError(
                "pass group_id or failed_parent_id, not both: a bulk operation targets a group "
                "or re-runs the failures of another bulk operation"
            )
        super().__init__(c8y, creationRamp=creation_ramp, **kwargs)
        if group_id is not None:
            self.group_id = group_id
        if failed_parent_id is not None:
            self.failed_parent_id = failed_parent_id
        if start_time is not None:
            self.start_time = start_time
        if operation_prototype is not None:
            self.operation_prototype = operation_prototype

    start_time: TimestampField = TimestampField("startDate")
    """When the single operations start to be created (the platform's text)."""
    start_datetime: DateTimeField = DateTimeField("startDate")
    """When the single operations start to be created (aware UTC datetime)."""
    creation_ramp: Field[float] = Field("creationRamp")
    """Seconds between the creation of two single operations."""
    status: ReadOnlyField[str] = ReadOnlyField("status")
    """A `BulkOperationStatus` text, maintained by the platform."""
    general_status: ReadOnlyField[str] = ReadOnlyField("generalStatus")
    """A `BulkOperationGeneralStatus` text, maintained by the platform."""

    @property
    def group_id(self) -> str | None:
        """The ID of the target device group."""
        value = self._json.get("groupId")
        return None if value is None else str(value)

    @group_id.setter
    def group_id(self, value: ObjectOrId | None) -> None:
        self._write("groupId", None if value is None else _object_id(value))

    @property
    def failed_parent_id(self) -> str | None:
        """The ID of the bulk operation whose failed operations this one re-runs."""
        value = self._json.get("failedParentId")
        return None if value is None else str(value)

    @failed_parent_id.setter
    def failed_parent_id(self, value: ObjectOrId | None) -> None:
        self._write("failedParentId", None if value is None else _object_id(value))

    @property
    def operation_prototype(self) -> dict[str, Any] | None:
        """The JSON of the operation each device gets (changes to it are sent on update)."""
        if "operationPrototype" not in self._json:
            return None
        value: dict[str, Any] = self["operationPrototype"]
        return value

    @operation_prototype.setter
    def operation_prototype(self, value: Operation | Mapping[str, Any] | None) -> None:
        self._write("operationPrototype", None if value is None else _prototype_json(value))

    @property
    def progress(self) -> BulkOperationProgress | None:
        """The counts of the single operations per state (None before the platform set them)."""
        value = self._json.get("progress")
        return BulkOperationProgress.from_json(value) if isinstance(value, dict) else None

    async def create(self) -> Self:
        """Schedule the bulk operation (``POST /devicecontrol/bulkoperations``).

        Returns:
            A new instance with the platform's state (ID, status); self is unchanged.

        Raises:
            ObjectStateError: No connection.
            ConfigurationError: Neither a group nor a failed parent is set, or both are.
            APIError: The platform refused the request.
        """
        if (self.group_id is None) == (self.failed_parent_id is None):
            raise ConfigurationError(
                "a bulk operation needs exactly one of group_id and failed_parent_id"
            )
        return await self._create()

    async def update(self, copy: bool = False) -> Self:
        """Send the staged changes (``PUT /devicecontrol/bulkoperations/{id}``).

        Args:
            copy: Return a new instance with the server's state and leave self unchanged
                (its changes stay staged); by default self takes the server's state.

        Raises:
            ObjectStateError: No connection or no ID.
            APIError: The platform refused the request.
        """
        return await self._update(copy)

    async def reload(self, copy: bool = False) -> Self:
        """Read the current state and progress (``GET /devicecontrol/bulkoperations/{id}``).

        Args:
            copy: Return a new instance and leave self unchanged; by default self takes the
                server's state and its staged changes are dropped.

        Raises:
            ObjectStateError: No connection or no ID.
            APIError: The platform refused the request (e.g. `NotFoundError`).
        """
        return await self._reload(copy)

    async def delete(self) -> None:
        """Cancel the bulk operation (``DELETE /devicecontrol/bulkoperations/{id}``).

        Raises:
            ObjectStateError: No connection or no ID.
            APIError: The platform refused the request.
        """
        await self._delete()

    def __repr__(self) -> str:
        return (
            f"BulkOperation(id={self.id!r}, group_id={self.group_id!r}, "
            f"status={self.status!r}, progress={self.progress!r})"
        )


class Operations(CumulocityResource[Operation]):
    """The Operations API: query, create, change and delete device operations.

    Args:
        c8y: The connection.
    """

    _operations: ClassVar[ResourceOperations] = OPERATIONS_OPERATIONS
    _collection_key: ClassVar[str] = "operations"
    _object_class: builtins.type[Operation] = Operation

    async def get(self, operation_id: str | int) -> Operation:
        """Read one operation (``GET /devicecontrol/operations/{id}``).

        Raises:
            InvalidIdError: The ID cannot be a path segment (nothing is sent).
            NotFoundError: No operation has this ID.
            APIError: The platform refused the request otherwise.
        """
        return await self._get_object(operation_id)

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
        return _build_query(filters, extra_params, call)

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
        **filters: Unpack[OperationFilters],
    ) -> AsyncIterator[Operation]: ...
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
        **filters: Unpack[OperationFilters],
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
        **filters: Unpack[OperationFilters],
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
        **filters: Unpack[OperationFilters],
    ) -> AsyncIterator[Any]:
        """Iterate over the matching operations, oldest first (``GET .../operations``, paged).

        The arguments are checked at once; requests are made while iterating.

        Args:
            expression: A raw query string sent unchanged; filters are then not allowed.
            limit: The most results to yield (default 5; None for all).
            include: Client-side filter: keep matching results (see `c8y_objects._filters`).
            exclude: Client-side filter: drop matching results (applied after `include`).
            page_size: Operations per request; inferred from `limit` and the client-side
                filters when None.
            page_number: Read only this page.
            as_values: Yield values at JSON paths instead of objects: a path or
                ``(path, default)`` for one value per result, a list of them for tuples.
            workers: Pages requested in parallel.
            progress: Called as ``progress(done, total)`` after each page: the items
                read so far and how many the query reads (counted first with one request).
            extra_params: Raw query parameters, sent as given.
            **filters: See `OperationFilters`.

        Raises:
            UnknownFilterError: An unknown filter (nothing is sent).
            ConfigurationError: An argument is out of range, malformed or contradictory.
            NaiveDatetimeError: A date without time zone.
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
        **filters: Unpack[OperationFilters],
    ) -> list[Operation]: ...
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
        **filters: Unpack[OperationFilters],
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
        **filters: Unpack[OperationFilters],
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
        **filters: Unpack[OperationFilters],
    ) -> list[Any]:
        """Read the matching operations into a list: the eager form of `select` (same arguments).

        Raises:
            UnknownFilterError: An unknown filter (nothing is sent).
            ConfigurationError: An argument is out of range, malformed or contradictory.
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
        **filters: Unpack[OperationFilters],
    ) -> pandas.DataFrame:
        """Read the matching operations into a pandas DataFrame, one column per path.

        The query is that of `select` (``GET /devicecontrol/operations``). Values are read at
        each column's path from the JSON, without building `Operation` objects; a missing
        path gives None.

        Args:
            expression: A raw query string sent unchanged (see `select`).
            columns: Paths (``"status"``, ``"deviceId"``, ``"c8y_Restart.reason"``),
                or ``(name, path)`` pairs.
            limit: Stop after this many operations (default: all).
            include: Client-side filter: keep matching operations.
            exclude: Client-side filter: drop matching operations.
            page_size: Operations per request (inferred when None).
            workers: Pages requested in parallel.
            extra_params: Raw query parameters, sent as given.
            **filters: See `OperationFilters`.

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
        **filters: Unpack[OperationFilters],
    ) -> int:
        """Count the matching operations without reading them (filters as in `select`).

        Raises:
            UnknownFilterError: An unknown filter (nothing is sent).
            ConfigurationError: A filter is malformed or contradictory.
            APIError: The request failed.
        """
        return await self._get_count(self._query(expression, filters, extra_params, "get_count"))

    async def get_last(
        self,
        expression: str | None = None,
        *,
        extra_params: ExtraParams | None = None,
        **filters: Unpack[OperationFilters],
    ) -> Operation | None:
        """Read the newest matching operation (one ``GET``, newest first, page size 1).

        The platform orders newest first only within a time range, so when no lower bound
        (``after``, ``date_from``, ``max_age``) is given the range starts at the Unix epoch.

        Args:
            expression: A raw query string sent unchanged (it should ask for newest first).
            extra_params: Raw query parameters, sent as given.
            **filters: See `OperationFilters` (``reverse`` is implied).

        Returns:
            The operation, or None when nothing matches.

        Raises:
            UnknownFilterError: An unknown filter (nothing is sent).
            ConfigurationError: ``reverse`` is given, or a filter is malformed or conflicting.
            APIError: The request failed.
        """
        given: Mapping[str, Any] = filters if expression else newest_first(filters, "get_last")
        return await self._get_first(self._query(expression, given, extra_params, "get_last"))

    async def skim_latest(
        self,
        device_id: ObjectOrId | None = None,
        /,
        *,
        limit: int | None = 200,
        extra_params: ExtraParams | None = None,
        **filters: Unpack[OperationFilters],
    ) -> dict[str, Operation]:
        """The newest operation of each type among the most recent ones (best effort).

        Reads the newest `limit` operations newest first (with ``max_age``: all of that
        window, and the limit does not apply), keeping the first one seen per type
        (`Operation.resolve_type`). A type without an operation in the window is missing.

        Args:
            device_id: Only operations for this device (object or ID); ``device_id=`` works
                too.
            limit: How many of the newest operations to scan (default 200).
            extra_params: Raw query parameters, sent as given.
            **filters: See `OperationFilters`; ``max_age`` sets the window, ``reverse`` is
                implied.

        Returns:
            Operation type -> its newest operation in the window.

        Raises:
            UnknownFilterError: An unknown filter (nothing is sent).
            ConfigurationError: ``reverse`` is given, the device twice, or a filter is
                malformed or conflicting.
            APIError: A request failed.
        """
        scan: dict[str, Any] = dict(filters)
        if device_id is not None:
            if scan.get("device_id") is not None:
                raise ConfigurationError("skim_latest got device_id twice")
            scan["device_id"] = device_id
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
        latest: dict[str, Operation] = {}
        async for operation in results:
            kind = operation.resolve_type()
            if kind is not None and kind not in latest:
                latest[kind] = operation
        return latest

    async def create(
        self, *operations: Operation, workers: int | None = None, progress: Progress | None = None
    ) -> None:
        """Create operations (one ``POST /devicecontrol/operations`` each; results not parsed).

        As with `Operation.create`, statuses and failure reasons are not sent.

        Args:
            *operations: The operations, each with its device.
            workers: Requests in parallel (default: one after the other).
            progress: Called as ``progress(done, total)`` after each operation.

        Raises:
            ObjectStateError: An operation has no device (checked before any request).
            BulkError: A request failed; names the operation (the calls in flight finish first).
        """
        bodies = {id(op): op._creation_json() for op in operations}
        c8y = self.c8y
        operation = self._operations.require("create")

        async def create(op: Operation) -> None:
            await c8y.send(operation, json=bodies[id(op)])

        await run_bulk(operations, create, workers=workers, progress=progress)

    async def update(
        self, *operations: Operation, workers: int | None = None, progress: Progress | None = None
    ) -> None:
        """Send each operation's staged changes (``PUT /devicecontrol/operations/{id}`` each).

        Raises:
            ObjectStateError: An operation has no ID or a changed device (checked before any
                request).
            BulkError: A request failed; names the operation.
        """
        await self._update_many(operations, workers=workers, progress=progress)

    async def delete_by(
        self,
        *,
        extra_params: ExtraParams | None = None,
        **filters: Unpack[OperationDeleteFilters],
    ) -> None:
        """Delete every matching operation in one call (``DELETE /devicecontrol/operations``).

        Args:
            extra_params: Raw query parameters, sent as given.
            **filters: See `OperationDeleteFilters` (agent, device, status, dates).

        Raises:
            UnknownFilterError: A filter the endpoint does not take, such as ``bulk_id`` or
                ``fragment`` (nothing is sent).
            ConfigurationError: No filter at all (that would delete every operation).
            APIError: The platform refused the request.
        """
        params = _DELETE_QUERY.build(filters, call="delete_by", extra_params=extra_params)
        if not params:
            raise ConfigurationError(
                "delete_by needs at least one filter; it would delete every operation"
            )
        await self.c8y.send(wire.DELETE_OPERATION_COLLECTION_RESOURCE, params=params)


class BulkOperations(CumulocityResource[BulkOperation]):
    """The Bulk Operations API: schedule an operation for a device group and follow it.

    Args:
        c8y: The connection.
    """

    _operations: ClassVar[ResourceOperations] = BULK_OPERATIONS_OPERATIONS
    _collection_key: ClassVar[str] = "bulkOperations"
    _object_class: builtins.type[BulkOperation] = BulkOperation

    async def get(self, bulk_id: str | int) -> BulkOperation:
        """Read one bulk operation with its progress (``GET .../bulkoperations/{id}``).

        Raises:
            NotFoundError: No bulk operation has this ID.
            APIError: The platform refused the request otherwise.
        """
        return await self._get_object(bulk_id)

    @staticmethod
    def _query(expression: str | None, extra_params: ExtraParams | None) -> dict[str, Any]:
        """The raw expression or the extra parameters: the platform filters nothing here."""
        if expression and extra_params:
            raise ConfigurationError("pass expression or extra_params, not both")
        if expression:
            return expression_params(expression)
        return dict(extra_params or {})

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
    ) -> AsyncIterator[BulkOperation]: ...
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
    ) -> AsyncIterator[Any]:
        """Iterate over the bulk operations (``GET /devicecontrol/bulkoperations``, paged).

        The platform offers no server-side filters here; `include` / `exclude` filter on the
        client (e.g. ``include="$[?(@.groupId == '42')]"``).

        Args:
            expression: A raw query string sent unchanged.
            limit: The most results to yield (default 5; None for all).
            include: Client-side filter: keep matching results.
            exclude: Client-side filter: drop matching results.
            page_size: Bulk operations per request (inferred when None).
            page_number: Read only this page.
            as_values: Yield values at JSON paths instead of objects.
            workers: Pages requested in parallel.
            progress: Called as ``progress(done, total)`` after each page: the items
                read so far and how many the query reads (counted first with one request).
            extra_params: Raw query parameters, sent as given.

        Raises:
            ConfigurationError: An argument is out of range or malformed.
            APIError: A page request failed (while iterating).
        """
        return self._select(
            self._query(expression, extra_params),
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
    ) -> list[BulkOperation]: ...
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
    ) -> list[Any]:
        """Read the bulk operations into a list: the eager form of `select` (same arguments).

        Raises:
            ConfigurationError: An argument is out of range or malformed.
            APIError: A page request failed.
        """
        results = self._select(
            self._query(expression, extra_params),
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

    async def get_count(
        self, expression: str | None = None, *, extra_params: ExtraParams | None = None
    ) -> int:
        """Count the bulk operations without reading them.

        Raises:
            APIError: The request failed.
        """
        return await self._get_count(self._query(expression, extra_params))

    async def create(
        self,
        *bulk_operations: BulkOperation,
        workers: int | None = None,
        progress: Progress | None = None,
    ) -> None:
        """Schedule bulk operations (one ``POST /devicecontrol/bulkoperations`` each).

        Raises:
            ConfigurationError: One lacks a target or has two (checked before any request).
            BulkError: A request failed; names the bulk operation.
        """
        for bulk in bulk_operations:
            if (bulk.group_id is None) == (bulk.failed_parent_id is None):
                raise ConfigurationError(
                    f"{bulk!r} needs exactly one of group_id and failed_parent_id"
                )
        await self._create_many(bulk_operations, workers=workers, progress=progress)

    async def update(
        self,
        *bulk_operations: BulkOperation,
        workers: int | None = None,
        progress: Progress | None = None,
    ) -> None:
        """Send each bulk operation's staged changes (``PUT .../bulkoperations/{id}`` each).

        Raises:
            ObjectStateError: One has no ID (checked before any request).
            BulkError: A request failed; names the bulk operation.
        """
        await self._update_many(bulk_operations, workers=workers, progress=progress)

    async def delete(
        self,
        *bulk_operations: BulkOperation | str | int,
        workers: int | None = None,
        progress: Progress | None = None,
    ) -> None:
        """Cancel bulk operations (``DELETE /devicecontrol/bulkoperations/{id}`` each).

        Raises:
            ObjectStateError: An object has no ID.
            BulkError: A request failed; names the bulk operation.
        """
        await self._delete_many(bulk_operations, params=None, workers=workers, progress=progress)
