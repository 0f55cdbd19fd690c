"""Audit records: the tenant's log of changes, who made them and through which application.

Objects: `AuditRecord` (created with ``POST /audit/auditRecords``, read by ID) and `Change`
(one entry of a record's ``changes``), with the labels `AuditType` and `AuditSeverity`. Main API
class: `AuditRecords`.

The platform writes most records itself (an alarm cleared, an operation's status moving, a user
changed); a record's ``source`` is the changed object (the alarm or operation ID, a user's
name). Records cannot be changed or deleted.

Filters of `select`, `get_all`, `get_count` and `to_dataframe` (`AuditFilters`): ``type``,
``source`` (an object or its ID), ``application``, ``user`` and the time bounds ``before`` /
``after`` / ``date_from`` / ``date_to`` / ``min_age`` / ``max_age``. `select_for` finds the
records of one object, choosing ``type`` and ``source`` from the object's class.
"""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Mapping, Sequence
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
    ReferenceField,
    SettableDateTimeField,
    TimestampField,
    json_with_time,
    now_timestamp,
)
from c8y_objects._bulk import run_bulk
from c8y_objects._filters import AsValues, Matcher, ValueSpec
from c8y_objects._query import Converter, QuerySpec
from c8y_objects._wire import ResourceOperations
from c8y_objects.alarms import Alarm
from c8y_objects.errors import ConfigurationError, UnknownFilterError
from c8y_objects.events import Event
from c8y_objects.inventory import ManagedObject
from c8y_objects.operations import BulkOperation, Operation
from c8y_objects.users import InventoryRole, User, UserGroup

if TYPE_CHECKING:
    import pandas

    from c8y_objects._http import CumulocityConnection
from c8y_rest import wire

__all__ = [
    "AuditFilters",
    "AuditObjectFilters",
    "AuditRecord",
    "AuditRecords",
    "AuditSeverity",
    "AuditType",
    "Change",
]

AUDIT_OPERATIONS = ResourceOperations(
    list=wire.GET_AUDIT_RECORD_COLLECTION_RESOURCE,
    create=wire.POST_AUDIT_RECORD_COLLECTION_RESOURCE,
    read=wire.GET_AUDIT_RECORD_RESOURCE,
)


class AuditType(StrEnum):
    """What kind of object a record is about (the spec's list)."""

    ALARM = "Alarm"
    APPLICATION = "Application"
    BULK_OPERATION = "BulkOperation"
    CEP_MODULE = "CepModule"
    CONNECTOR = "Connector"
    EVENT = "Event"
    GROUP = "Group"
    INVENTORY = "Inventory"
    INVENTORY_ROLE = "InventoryRole"
    OPERATION = "Operation"
    OPTION = "Option"
    REPORT = "Report"
    SINGLE_SIGN_ON = "SingleSignOn"
    SMART_RULE = "SmartRule"
    SYSTEM = "SYSTEM"
    TENANT = "Tenant"
    TENANT_AUTH_CONFIG = "TenantAuthConfig"
    TRUSTED_CERTIFICATES = "TrustedCertificates"
    USER = "User"
    USER_AUTHENTICATION = "UserAuthentication"


class AuditSeverity(StrEnum):
    """How important a record is (an alarm's records take the alarm's severity)."""

    CRITICAL = "CRITICAL"
    MAJOR = "MAJOR"
    MINOR = "MINOR"
    WARNING = "WARNING"
    INFORMATION = "INFORMATION"


class Change:
    """One attribute a record says changed: its name, the value before and after.

    Args:
        data: The entry as the platform sends it (wrapped, not copied); or build one from the
            keywords.
        attribute: The changed attribute (e.g. ``status``).
        new_value: The value after the change.
        previous_value: The value before it.
        type: The platform's name of the value's type.
    """

    __slots__ = ("_json",)

    def __init__(
        self,
        data: dict[str, Any] | None = None,
        *,
        attribute: str | None = None,
        new_value: str | None = None,
        previous_value: str | None = None,
        type: str | None = None,
    ) -> None:
        if data is not None:
            if not isinstance(data, dict):
                kind = data.__class__.__name__
                raise ConfigurationError(f"a change is a JSON object, got {kind}")
            self._json = data
            return
        given = {
            "attribute": attribute,
            "newValue": new_value,
            "previousValue": previous_value,
            "type": type,
        }
        self._json = {k: v for k, v in given.items() if v is not None}

    @property
    def attribute(self) -> str | None:
        """The changed attribute."""
        value: str | None = self._json.get("attribute")
        return value

    @property
    def new_value(self) -> Any:
        """The value after the change (usually text; None when removed)."""
        return self._json.get("newValue")

    @property
    def previous_value(self) -> Any:
        """The value before the change (None when the attribute was added)."""
        return self._json.get("previousValue")

    @property
    def type(self) -> str | None:
        """The platform's name of the value's type."""
        value: str | None = self._json.get("type")
        return value

    @property
    def change_type(self) -> str | None:
        """``ADDED`` or ``REPLACED`` when the platform says which."""
        value: str | None = self._json.get("changeType")
        return value

    def to_json(self) -> dict[str, Any]:
        """The entry as JSON (a copy)."""
        return dict(self._json)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Change) and other._json == self._json

    __hash__: ClassVar[None] = None  # type: ignore[assignment]  # mutable, like the dict it wraps

    def __repr__(self) -> str:
        return (
            f"Change(attribute={self.attribute!r}, previous_value={self.previous_value!r}, "
            f"new_value={self.new_value!r})"
        )


def _changes_json(changes: Iterable[Change | Mapping[str, Any]]) -> list[dict[str, Any]]:
    if isinstance(changes, str | bytes | Mapping):
        raise ConfigurationError("changes: expected a list of Change objects")
    out: list[dict[str, Any]] = []
    for item in changes:
        if isinstance(item, Change):
            out.append(item.to_json())
        elif isinstance(item, Mapping):
            out.append(dict(item))
        else:
            raise ConfigurationError(f"changes: expected Change objects, got {type(item).__name__}")
    return out


class AuditRecord(CumulocityObject):
    """One audit record: what happened (activity, text) to which object, when, by whom.

    Args:
        c8y: The connection; needed by `create`.
        type: An `AuditType` or its text.
        time: When it happened (aware datetime or ISO string); `create` uses the current time
            when left out.
        source: The object the record is about (or its ID).
        activity: A short summary, e.g. ``Alarm updated``.
        text: A description.
        changes: What changed (`Change` objects).
        severity: An `AuditSeverity` or its text.
        application: The application the change came through.
        user: Who made the change.
        **kwargs: Further top-level fragments.

    Raises:
        ConfigurationError: An unknown type or severity.
        NaiveDatetimeError: A time without time zone.
    """

    Type = AuditType
    Severity = AuditSeverity

    __slots__ = ()

    _operations: ClassVar[ResourceOperations] = AUDIT_OPERATIONS

    def __init__(
        self,
        c8y: CumulocityConnection | None = None,
        *,
        type: AuditType | str | None = None,
        time: DateLike | None = None,
        source: ObjectOrId | None = None,
        activity: str | None = None,
        text: str | None = None,
        changes: Sequence[Change] | None = None,
        severity: AuditSeverity | str | None = None,
        application: str | None = None,
        user: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            c8y, activity=activity, text=text, application=application, user=user, **kwargs
        )
        if type is not None:
            self.type = type
        if time is not None:
            self.time = time
        if source is not None:
            self.source = source
        if changes is not None:
            self.changes = changes
        if severity is not None:
            self.severity = severity

    type: ChoiceField[AuditType] = ChoiceField("type", AuditType)
    """An `AuditType` text; setting checks the value."""
    source: ReferenceField = ReferenceField("source")
    """The ID of the object the record is about; set an object or an ID."""
    activity: Field[str] = Field("activity")
    """A short summary of what happened."""
    text: Field[str] = Field("text")
    """A description."""
    severity: ChoiceField[AuditSeverity] = ChoiceField("severity", AuditSeverity)
    """An `AuditSeverity` text; setting checks the value."""
    application: Field[str] = Field("application")
    """The application the change came through."""
    user: Field[str] = Field("user")
    """Who made the change."""
    time: TimestampField = TimestampField("time")
    """When it happened, as the platform's text; set from `DateLike`."""
    creation_time: ReadOnlyField[str] = ReadOnlyField("creationTime")
    """When the platform stored the record (its ISO text)."""
    creation_datetime: DateTimeField = DateTimeField("creationTime")
    """When the platform stored the record (aware UTC datetime)."""

    @property
    def changes(self) -> tuple[Change, ...] | None:
        """What changed, or None when the record lists nothing."""
        raw = self._json.get("changes")
        if not isinstance(raw, list):
            return None
        return tuple(Change(item) for item in raw if isinstance(item, dict))

    @changes.setter
    def changes(self, value: Sequence[Change] | None) -> None:
        self._write("changes", None if value is None else _changes_json(value))

    def _check_creatable(self) -> None:
        missing = [k for k in ("type", "source", "activity", "text") if k not in self._json]
        if missing:
            raise ObjectStateError(
                f"{self!r} has no {', '.join(missing)}: the platform needs a type, source, "
                "activity and text (and a time, which create fills in) to store a record"
            )

    async def create(self) -> Self:
        """Store the record (``POST /audit/auditRecords``).

        Returns:
            A new instance with the platform's state; self is unchanged.

        Raises:
            ObjectStateError: No connection, or no type, source, activity or text (checked
                before sending).
            APIError: The platform refused the record.
        """
        c8y = self._require_c8y()
        self._check_creatable()
        result = await c8y.call(
            wire.POST_AUDIT_RECORD_COLLECTION_RESOURCE, json=json_with_time(self, now_timestamp())
        )
        return type(self).from_json(result, c8y)

    def __repr__(self) -> str:
        return self._repr(
            id=self.id, type=self.type, source=self.source, activity=self.activity, user=self.user
        )

    # Last, so that the name does not hide the `datetime` type in the annotations above.
    datetime: SettableDateTimeField = SettableDateTimeField("time")
    """When it happened, as an aware UTC datetime; set a `DateLike`."""


class AuditObjectFilters(TimeFilters, total=False):
    """The filters of `AuditRecords.select_for` (type and source come from the object)."""

    application: str | None
    user: str | None


class AuditFilters(AuditObjectFilters, total=False):
    """The filters of an audit query: `AuditRecords.select`, `get_all`, `get_count`."""

    type: AuditType | str | None
    source: ObjectOrId | None
    """The object the records are about (an object, its ID, or a user's name)."""


def _source(value: ObjectOrId) -> str:
    """A record's source: a user by name, any other object by ID, an ID as given."""
    if isinstance(value, User):
        return value._require_username()
    return _object_id(value)


def _type(value: AuditType | str) -> str:
    if not isinstance(value, str) or not value:
        raise ConfigurationError(f"type: expected an audit type, got {value!r}")
    return str(value)


_CONVERT: dict[str, Converter] = {"type": _type, "source": _source}
_LIST_QUERY = QuerySpec(
    "c8y_objects.audit.AuditFilters",
    wire.GET_AUDIT_RECORD_COLLECTION_RESOURCE,
    AuditFilters.__optional_keys__,
    convert=_CONVERT,
)

# The record type of each class `select_for` takes (devices and groups are managed objects).
_TYPE_OF: tuple[tuple[builtins.type[CumulocityObject], AuditType], ...] = (
    (Alarm, AuditType.ALARM),
    (Event, AuditType.EVENT),
    (Operation, AuditType.OPERATION),
    (BulkOperation, AuditType.BULK_OPERATION),
    (ManagedObject, AuditType.INVENTORY),
    (User, AuditType.USER),
    (UserGroup, AuditType.GROUP),
    (InventoryRole, AuditType.INVENTORY_ROLE),
)


def audit_key(obj: CumulocityObject) -> tuple[AuditType, str]:
    """The record type and source that find the records of ``obj`` (pure).

    Raises:
        ConfigurationError: The object's class has no audit records of its own.
        ObjectStateError: The object has no ID (a user: no user name).
    """
    for cls, audit_type in _TYPE_OF:
        if isinstance(obj, cls):
            return audit_type, _source(obj)
    supported = ", ".join(cls.__name__ for cls, _ in _TYPE_OF)
    raise ConfigurationError(
        f"no audit records are kept for {type(obj).__name__}; select_for takes {supported}"
    )


class AuditRecords(CumulocityResource[AuditRecord]):
    """The Audit API: read and query audit records, and add records of your own.

    Args:
        c8y: The connection.
    """

    _operations: ClassVar[ResourceOperations] = AUDIT_OPERATIONS
    _collection_key: ClassVar[str] = "auditRecords"
    _object_class: builtins.type[AuditRecord] = AuditRecord

    async def get(self, record_id: str | int) -> AuditRecord:
        """Read one record (``GET /audit/auditRecords/{id}``).

        Raises:
            InvalidIdError: The ID cannot be a path segment (nothing is sent).
            NotFoundError: No record has this ID.
        """
        return await self._get_object(_object_id(record_id))

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
        **filters: Unpack[AuditFilters],
    ) -> AsyncIterator[AuditRecord]: ...
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
        **filters: Unpack[AuditFilters],
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
        **filters: Unpack[AuditFilters],
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
        **filters: Unpack[AuditFilters],
    ) -> AsyncIterator[Any]:
        """Iterate over the matching records, newest first (``GET /audit/auditRecords``, paged).

        Arguments are checked when `select` is called; requests start on iteration.

        Args:
            expression: A raw query string, sent as it is instead of the filters.
            limit: Stop after this many results (None: all).
            include: Keep only results this client-side matcher accepts.
            exclude: Then drop results this matcher accepts.
            page_size: Results per request (default: derived from `limit`).
            page_number: Read only this page.
            as_values: Yield values read at these paths instead of `AuditRecord` objects.
            workers: Pages requested in parallel.
            progress: Called as ``progress(done, total)`` after each page: the items
                read so far and how many the query reads (counted first with one request).
            extra_params: Raw query parameters no filter covers (e.g. ``revert``).
            **filters: The filters of `AuditFilters`.

        Raises:
            UnknownFilterError: A keyword that is not a filter.
            ConfigurationError: An argument is out of range, malformed or contradictory.
            APIError: A page request failed (while iterating).
        """
        return self._select(
            _LIST_QUERY.query(expression, filters, call="select", extra_params=extra_params),
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
        **filters: Unpack[AuditFilters],
    ) -> list[AuditRecord]: ...
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
        **filters: Unpack[AuditFilters],
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
        **filters: Unpack[AuditFilters],
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
        **filters: Unpack[AuditFilters],
    ) -> list[Any]:
        """Read the matching records into a list: the eager form of `select` (same arguments).

        Raises:
            UnknownFilterError: A keyword that is not a filter.
            ConfigurationError: An argument is out of range, malformed or contradictory.
            APIError: A page request failed.
        """
        results = self._select(
            _LIST_QUERY.query(expression, filters, call="get_all", extra_params=extra_params),
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
        self,
        expression: str | None = None,
        *,
        extra_params: ExtraParams | None = None,
        **filters: Unpack[AuditFilters],
    ) -> int:
        """Count the matching records without reading them (``GET /audit/auditRecords``).

        Raises:
            UnknownFilterError: A keyword that is not a filter.
            ConfigurationError: A filter is malformed or contradictory.
            APIError: The request failed.
        """
        return await self._get_count(
            _LIST_QUERY.query(expression, filters, call="get_count", extra_params=extra_params)
        )

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
        **filters: Unpack[AuditFilters],
    ) -> pandas.DataFrame:
        """Read the matching records into a pandas DataFrame, one column per path.

        Args:
            columns: Paths (``"activity"``, ``"source.id"``), or ``(name, path)`` pairs.
            limit: Stop after this many records (default: all).

        Raises:
            ImportError: pandas is not installed.
            UnknownFilterError: A keyword that is not a filter.
            ConfigurationError: Malformed columns or filters (before any request).
            APIError: A page request failed.
        """
        frame: pandas.DataFrame = await self._to_dataframe(
            columns,
            _LIST_QUERY.query(expression, filters, call="to_dataframe", extra_params=extra_params),
            limit=limit,
            include=include,
            exclude=exclude,
            page_size=page_size,
            workers=workers,
        )
        return frame

    @overload
    def select_for(
        self,
        obj: CumulocityObject,
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
        **filters: Unpack[AuditObjectFilters],
    ) -> AsyncIterator[AuditRecord]: ...
    @overload
    def select_for(
        self,
        obj: CumulocityObject,
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
        **filters: Unpack[AuditObjectFilters],
    ) -> AsyncIterator[Any]: ...
    @overload
    def select_for(
        self,
        obj: CumulocityObject,
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
        **filters: Unpack[AuditObjectFilters],
    ) -> AsyncIterator[tuple[Any, ...]]: ...
    def select_for(
        self,
        obj: CumulocityObject,
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
        **filters: Unpack[AuditObjectFilters],
    ) -> AsyncIterator[Any]:
        """Iterate over the records of one object (``GET /audit/auditRecords?type=&source=``).

        The record type and source follow from the object: an `Alarm`, `Event`, `Operation`,
        `BulkOperation`, `ManagedObject` (devices and groups too), `User` (by user name),
        `UserGroup` or `InventoryRole`. Other arguments as in `select`.

        Raises:
            ConfigurationError: An object of another class, or a malformed argument.
            ObjectStateError: The object has no ID (a user: no user name).
            UnknownFilterError: A keyword that is not a filter of `AuditObjectFilters`.
        """
        return self._select(
            _LIST_QUERY.query(
                None,
                self._for(obj, filters, "select_for"),
                call="select_for",
                extra_params=extra_params,
            ),
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
    async def get_all_for(
        self,
        obj: CumulocityObject,
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
        **filters: Unpack[AuditObjectFilters],
    ) -> list[AuditRecord]: ...
    @overload
    async def get_all_for(
        self,
        obj: CumulocityObject,
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
        **filters: Unpack[AuditObjectFilters],
    ) -> list[Any]: ...
    @overload
    async def get_all_for(
        self,
        obj: CumulocityObject,
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
        **filters: Unpack[AuditObjectFilters],
    ) -> list[tuple[Any, ...]]: ...
    async def get_all_for(
        self,
        obj: CumulocityObject,
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
        **filters: Unpack[AuditObjectFilters],
    ) -> list[Any]:
        """Read the records of one object into a list: the eager form of `select_for`.

        Raises:
            ConfigurationError: An object of another class, or a malformed argument.
            ObjectStateError: The object has no ID (a user: no user name).
            UnknownFilterError: A keyword that is not a filter of `AuditObjectFilters`.
        """
        results = self._select(
            _LIST_QUERY.query(
                None,
                self._for(obj, filters, "get_all_for"),
                call="get_all_for",
                extra_params=extra_params,
            ),
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

    @staticmethod
    def _for(obj: CumulocityObject, filters: Mapping[str, Any], call: str) -> dict[str, Any]:
        unknown = sorted(set(filters) - AuditObjectFilters.__optional_keys__)
        if unknown:
            raise UnknownFilterError(
                f"{call}() got unknown filter(s) {', '.join(unknown)}; it takes "
                f"{', '.join(sorted(AuditObjectFilters.__optional_keys__))} (type and source "
                "come from the object)"
            )
        audit_type, source = audit_key(obj)
        return {**filters, "type": audit_type, "source": source}

    async def create(
        self, *records: AuditRecord, workers: int | None = None, progress: Progress | None = None
    ) -> None:
        """Store records (one ``POST /audit/auditRecords`` each; answers not parsed).

        All records are checked before the first request; one without time gets the current
        time (in the request only: the objects are not changed).

        Raises:
            ObjectStateError: A record lacks its type, source, activity or text (nothing is
                sent).
            BulkError: A request failed; names the record.
        """
        for record in records:
            record._check_creatable()
        now = now_timestamp()
        c8y = self.c8y

        async def create(record: AuditRecord) -> None:
            await c8y.send(
                wire.POST_AUDIT_RECORD_COLLECTION_RESOURCE, json=json_with_time(record, now)
            )

        await run_bulk(records, create, workers=workers, progress=progress)
