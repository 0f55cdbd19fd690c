"""The base of every object of the object model: a JSON document plus the changes staged on it.

An object holds the parsed JSON it was built from as is (no copy) and keeps a small record of
what changed since it was loaded or saved, per top-level key (fragment):

- a key written through the object (``obj[...] = v``, `set`, ``+=``, ``del``, a property) is
  *dirty*: `to_diff_json` sends its current value, or ``null`` when it was removed;
- a key whose container (dict/list) was handed out to the caller (``obj["frag"]``, `get`,
  `find`) is *snapshotted* once as ``orjson.dumps`` bytes; `to_diff_json` re-serialises it and
  sends it only when the bytes differ, which catches in-place changes at any depth.

Nothing else is tracked, so building an object from JSON costs one allocation.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from enum import Enum, StrEnum
from typing import TYPE_CHECKING, Any, ClassVar, Final, Generic, Self, TypeVar, cast, overload

import orjson
from pydantic import BaseModel, ValidationError

from c8y_objects._paths import (
    _SPLITS,
    delete_path,
    find_with_roots,
    get_path,
    has_path,
    set_path,
    split_path,
)
from c8y_objects._wire import ResourceOperations, json_media_type, object_path
from c8y_objects.errors import (
    ConfigurationError,
    FragmentNotFoundError,
    InvalidFragmentError,
    NaiveDatetimeError,
    ObjectStateError,
)
from c8y_objects.fragments import Fragment, fragment_name_of

if TYPE_CHECKING:
    from c8y_objects._http import CumulocityConnection

__all__ = [
    "ChoiceField",
    "CumulocityObject",
    "DateLike",
    "FragmentNotFoundError",
    "InvalidFragmentError",
    "NaiveDatetimeError",
    "ObjectOrId",
    "ObjectStateError",
    "ReferenceField",
    "TimestampField",
    "check_choice",
    "format_datetime",
    "parse_datetime",
    "read_choice",
]

T = TypeVar("T")
M = TypeVar("M", bound=BaseModel)
E = TypeVar("E", bound=StrEnum)

DateLike = datetime | str
"""A point in time: an aware `datetime` or an ISO 8601 string with a UTC offset."""

_MISSING: Any = object()
_ALL_KEYS: Final = "\x00all keys"
"""The staged entry that records the document's keys when `json` hands the document out."""
_CONTAINERS = (dict, list)
_cached_split = _SPLITS.get  # bound once: the lookup every path access starts with
_PLAIN = frozenset({str, int, float, bool, dict, list, type(None)})


def parse_datetime(value: str | None) -> datetime | None:
    """Parse an ISO 8601 timestamp of the platform into an aware UTC datetime.

    A timestamp without an offset is taken as UTC; None stays None.

    Raises:
        ValueError: `value` is not an ISO 8601 timestamp.
    """
    if value is None:
        return None
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def format_datetime(value: DateLike, *, field: str) -> str:
    """Turn an aware datetime (or ISO string) into the platform's timestamp text.

    Datetimes become UTC with milliseconds (``2024-05-01T12:00:00.000Z``); strings are checked
    and kept as they are.

    Args:
        value: The time.
        field: The name reported in errors.

    Raises:
        NaiveDatetimeError: The datetime or string carries no time zone.
        TypeError: `value` is neither a datetime nor a string.
        ValueError: The string is not an ISO 8601 timestamp.
    """
    if isinstance(value, datetime):
        if value.tzinfo is None or value.tzinfo.utcoffset(value) is None:
            raise NaiveDatetimeError(field, value)
        text = value.astimezone(UTC).isoformat(timespec="milliseconds")
        return text[:-6] + "Z"
    if isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            raise ValueError(f"{field}: {value!r} is not an ISO 8601 timestamp") from None
        if parsed.tzinfo is None:
            raise NaiveDatetimeError(field, value)
        return value
    raise TypeError(f"{field}: expected a datetime or an ISO string, got {type(value).__name__}")


def now_timestamp() -> str:
    """The current time as the platform's timestamp text (UTC, milliseconds)."""
    return format_datetime(datetime.now(UTC), field="time")


def json_with_time(obj: CumulocityObject, now: str) -> dict[str, Any]:
    """The document that creates `obj`, stamped `now` unless it already has a ``time``.

    Events, alarms and measurements need a time; a batch passes one `now` to all its items.
    """
    json = obj.to_json()
    if "time" not in json:
        json["time"] = now
    return json


def to_json_value(value: Any) -> Any:
    """Convert a value given to an object into plain JSON data where needed.

    Pydantic models are dumped by alias without unset/None fields, `Fragment` instances become
    their dict, datetimes must be aware and become timestamps; anything else is kept as is.
    """
    if type(value) in _PLAIN:
        return value
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_none=True)
    if isinstance(value, Fragment):
        return value.to_json()
    if isinstance(value, datetime):
        return format_datetime(value, field="value")
    return value


class Field(Generic[T]):
    """A typed, settable property backed by a top-level JSON key (None when absent).

    Setting None removes the key (sent as ``null`` on update).
    """

    def __init__(self, key: str) -> None:
        self.key = key

    @overload
    def __get__(self, obj: None, owner: type[Any]) -> Self: ...
    @overload
    def __get__(self, obj: CumulocityObject, owner: type[Any]) -> T | None: ...
    def __get__(self, obj: CumulocityObject | None, owner: type[Any]) -> Self | T | None:
        if obj is None:
            return self
        value: T | None = obj._json.get(self.key)
        return value

    def __set__(self, obj: CumulocityObject, value: T | None) -> None:
        obj._write(self.key, value)


class ReadOnlyField(Generic[T]):
    """A typed property backed by a top-level JSON key that the platform maintains."""

    def __init__(self, key: str) -> None:
        self.key = key

    @overload
    def __get__(self, obj: None, owner: type[Any]) -> Self: ...
    @overload
    def __get__(self, obj: CumulocityObject, owner: type[Any]) -> T | None: ...
    def __get__(self, obj: CumulocityObject | None, owner: type[Any]) -> Self | T | None:
        if obj is None:
            return self
        value: T | None = obj._json.get(self.key)
        return value


class DateTimeField:
    """The datetime view of a timestamp key the platform maintains: an aware UTC datetime."""

    def __init__(self, key: str) -> None:
        self.key = key

    @overload
    def __get__(self, obj: None, owner: type[Any]) -> Self: ...
    @overload
    def __get__(self, obj: CumulocityObject, owner: type[Any]) -> datetime | None: ...
    def __get__(self, obj: CumulocityObject | None, owner: type[Any]) -> Self | datetime | None:
        if obj is None:
            return self
        return parse_datetime(obj._json.get(self.key))


class SettableDateTimeField(DateTimeField):
    """A timestamp key the user sets: reads an aware UTC datetime, takes `DateLike` values.

    Naive datetimes (and ISO strings without offset) are refused with `NaiveDatetimeError`
    naming the field; None removes the key.
    """

    def __set__(self, obj: CumulocityObject, value: DateLike | None) -> None:
        obj._write(self.key, None if value is None else format_datetime(value, field=self.key))


class TimestampField:
    """A timestamp key the user sets, read as the platform's text; takes `DateLike` values.

    Datetimes are stored as UTC text with milliseconds, ISO strings are checked and kept; naive
    values are refused with `NaiveDatetimeError` naming the key; None removes the key. Pair it
    with a `DateTimeField` on the same key for the datetime view.
    """

    def __init__(self, key: str) -> None:
        self.key = key

    @overload
    def __get__(self, obj: None, owner: type[Any]) -> Self: ...
    @overload
    def __get__(self, obj: CumulocityObject, owner: type[Any]) -> str | None: ...
    def __get__(self, obj: CumulocityObject | None, owner: type[Any]) -> Self | str | None:
        if obj is None:
            return self
        value: str | None = obj._json.get(self.key)
        return value

    def __set__(self, obj: CumulocityObject, value: DateLike | None) -> None:
        obj._write(self.key, None if value is None else format_datetime(value, field=self.key))


class ReferenceField:
    """A reference to another object, stored as ``{"id": "..."}`` (e.g. an event's source).

    Reads the ID as text (None when absent); takes an object with an ID, a str or an int
    (`ObjectStateError` for an object without ID, `ConfigurationError` for anything else);
    None removes the key.
    """

    def __init__(self, key: str) -> None:
        self.key = key

    @overload
    def __get__(self, obj: None, owner: type[Any]) -> Self: ...
    @overload
    def __get__(self, obj: CumulocityObject, owner: type[Any]) -> str | None: ...
    def __get__(self, obj: CumulocityObject | None, owner: type[Any]) -> Self | str | None:
        if obj is None:
            return self
        ref = obj._json.get(self.key)
        if isinstance(ref, dict) and ref.get("id") is not None:
            return str(ref["id"])
        return None

    def __set__(self, obj: CumulocityObject, value: CumulocityObject | str | int | None) -> None:
        if value is None:
            obj._write(self.key, None)
            return
        if isinstance(value, CumulocityObject):
            ref_id = value._require_id()
        elif isinstance(value, str | int) and not isinstance(value, bool) and str(value):
            ref_id = str(value)
        else:
            raise ConfigurationError(
                f"{self.key}: expected an object or a database ID, got {value!r}"
            )
        obj._write(self.key, {"id": ref_id})


def check_choice(choices: type[StrEnum], value: object, *, field: str) -> str:
    """Return `value` as plain text if it is one of the enum's values (pure).

    Args:
        choices: The enum of allowed values.
        value: A member of `choices` or its text.
        field: The name reported in errors.

    Raises:
        ConfigurationError: `value` is not one of the allowed values; the message lists them.
    """
    if isinstance(value, str) and value in choices._value2member_map_:
        return str(value)
    allowed = ", ".join(member.value for member in choices)
    raise ConfigurationError(f"{field}: {value!r} is not one of {allowed}")


def read_choice(choices: type[E], value: object) -> E:
    """Return the enum member for a value the platform sent (pure, never raises).

    A value the enum does not list (a newer platform may send one) comes back as an ad-hoc
    instance of the enum that carries the text: it compares equal to that text and its
    ``.value`` is the text, but it is not among the enum's members (``x in AlarmStatus`` is
    False), so reading an object never fails on an unknown value.
    """
    text = value if isinstance(value, str) else str(value)
    member = choices._value2member_map_.get(text)
    if member is not None:
        return cast(E, member)
    unlisted = str.__new__(choices, text)
    unlisted._value_ = text
    unlisted._name_ = text
    return unlisted


class ChoiceField(Generic[E]):
    """A settable key whose value is one of an enum's texts (read as the enum, None when absent).

    Setting checks the value (an enum member or its text) and stores the plain text; None
    removes the key. Reading gives the enum member; a value the enum does not list is read as
    the platform sent it, as an unlisted instance of the enum (see `read_choice`).
    """

    def __init__(self, key: str, choices: type[E]) -> None:
        self.key = key
        self.choices = choices

    @overload
    def __get__(self, obj: None, owner: type[Any]) -> Self: ...
    @overload
    def __get__(self, obj: CumulocityObject, owner: type[Any]) -> E | None: ...
    def __get__(self, obj: CumulocityObject | None, owner: type[Any]) -> Self | E | None:
        if obj is None:
            return self
        value = obj._json.get(self.key)
        return None if value is None else read_choice(self.choices, value)

    def __set__(self, obj: CumulocityObject, value: E | str | None) -> None:
        if value is not None:
            value = check_choice(self.choices, value, field=self.key)
        obj._write(self.key, value)


class CumulocityObject:
    """A JSON document of the platform with dict-style and dot-path access.

    ``obj["frag"]["value"]``, ``obj["frag.value"]``, ``obj.get("frag.value", default=0)``,
    ``obj.set("frag.value", 1)``, ``"frag" in obj``, ``obj += fragment`` and JSONPath queries
    with `find` all work on the same data; see the module docstring for how changes are tracked.

    Args:
        c8y: The connection used by the active-record methods (may be set later).
        **fragments: Initial top-level fragments; None values are skipped.
    """

    __slots__ = ("_c8y", "_json", "_staged")

    _operations: ClassVar[ResourceOperations]
    """The generated operations of the object's resource (set by each subclass)."""
    _read_only_keys: ClassVar[frozenset[str]] = frozenset(
        {"id", "self", "creationTime", "lastUpdated"}
    )
    """Keys the platform maintains; left out of `to_json`."""

    _json: dict[str, Any]
    _c8y: CumulocityConnection | None
    # top-level key -> None (dirty) or orjson bytes of the value when it was handed out
    _staged: dict[str, bytes | None] | None

    def __init__(self, c8y: CumulocityConnection | None = None, **fragments: Any) -> None:
        self._c8y = c8y
        self._json = {}
        self._staged = None
        for key, value in fragments.items():
            if value is not None:
                self._write(key, to_json_value(value))

    # -- construction and serialisation ------------------------------------------------------

    @classmethod
    def from_json(cls, json: dict[str, Any], c8y: CumulocityConnection | None = None) -> Self:
        """Wrap a parsed JSON document (not copied, not validated) without staged changes.

        Args:
            json: The document as the platform sends it; the object takes ownership.
            c8y: The connection for the active-record methods.
        """
        obj = object.__new__(cls)
        obj._json = json
        obj._c8y = c8y
        obj._staged = None
        return obj

    @classmethod
    def from_json_list(
        cls, items: list[dict[str, Any]], c8y: CumulocityConnection | None = None
    ) -> list[Self]:
        """Wrap many parsed documents at once (the bulk form of `from_json`)."""
        new = object.__new__
        out: list[Self] = []
        append = out.append
        for json in items:
            obj = new(cls)
            obj._json = json
            obj._c8y = c8y
            obj._staged = None
            append(obj)
        return out

    def to_json(self) -> dict[str, Any]:
        """Return the full document to send on create (a new top-level dict).

        The keys the platform maintains (``id``, ``self``, timestamps, references) are left out.
        """
        read_only = self._read_only_keys
        return {k: v for k, v in self._json.items() if k not in read_only}

    def to_diff_json(self) -> dict[str, Any]:
        """Return only the top-level fragments changed since load/save (removed ones as None)."""
        return self._diff_body()

    def _diff_body(self) -> dict[str, Any]:
        """The update body: the top-level keys changed since load or save (removed ones None).

        A fragment handed out and changed in place is found by comparing its serialised form
        with the snapshot taken when it was handed out. It goes into the body as the value
        itself (not the bytes of the comparison), so that the transport's checks of NaN and
        naive datetimes (`c8y_objects._http.encode_json`) see it like any other value.
        """
        staged = self._staged
        if not staged:
            return {}
        json = self._json
        read_only = self._read_only_keys
        body: dict[str, Any] = {}
        for key in staged:
            snapshot = staged[key]
            if snapshot is None:  # marked dirty (set or removed): send the current value
                if key not in read_only:
                    body[key] = json.get(key)
                continue
            if key in read_only:
                continue
            if key not in json:  # removed through `json` (or the marker of its keys)
                if key is not _ALL_KEYS:
                    body[key] = None
                continue
            current = orjson.dumps(json[key])
            if current != snapshot:
                body[key] = json[key]
        keys_before = staged.get(_ALL_KEYS)
        if keys_before is not None:  # the whole document was handed out through `json`
            before = set(orjson.loads(keys_before))
            for key in json.keys() - before - read_only - body.keys():
                body[key] = json[key]
            for key in before - json.keys() - read_only:
                body[key] = None
        return body

    @property
    def is_modified(self) -> bool:
        """Whether `to_diff_json` would send anything."""
        return bool(self._diff_body())

    def _mark_saved(self, json: dict[str, Any] | None = None) -> None:
        """Forget the staged changes; adopt `json` as the new state when given."""
        if json is not None:
            self._json = json
        self._staged = None

    # -- connection and identity -------------------------------------------------------------

    @property
    def c8y(self) -> CumulocityConnection | None:
        """The connection used by the active-record methods."""
        return self._c8y

    @c8y.setter
    def c8y(self, c8y: CumulocityConnection | None) -> None:
        self._c8y = c8y

    @property
    def id(self) -> str | None:
        """The database ID (None before the object is created)."""
        value = self._json.get("id")
        return None if value is None else str(value)

    @id.setter
    def id(self, value: str | int | None) -> None:
        # Not a staged change: the ID addresses the object, it is never part of a body.
        if value is None:
            self._json.pop("id", None)
        else:
            self._json["id"] = str(value)

    def _require_c8y(self) -> CumulocityConnection:
        c8y = self._c8y
        if c8y is None:
            raise ObjectStateError(
                f"{type(self).__name__} has no connection: pass c8y= or set obj.c8y first"
            )
        return c8y

    def require_id(self) -> str:
        """Return the database ID of an object known to exist on the platform.

        `id` is ``str | None`` since a new object has none yet; an object that `create()`,
        `reload()` or a read returned has one, and this is its ID typed as ``str``:
        ``device = await Device(c8y, name="x").create(); device.require_id()``.

        Raises:
            ObjectStateError: The object has no ID (it was never created, or ``obj.id`` was
                set to None).
        """
        object_id = self.id
        if not object_id:
            raise ObjectStateError(
                f"{type(self).__name__} has no database ID: create it first or set obj.id"
            )
        return object_id

    def _require_id(self) -> str:
        return self.require_id()

    def _object_path(self, kind: str = "read") -> str:
        return object_path(self._operations.require(kind), self._require_id())

    # -- dict-style and path access ----------------------------------------------------------

    def _write(self, key: str, value: Any) -> None:
        """Set (or, for None, remove) a top-level key and mark it dirty."""
        if value is None:
            self._json.pop(key, None)
        else:
            self._json[key] = value
        staged = self._staged
        if staged is None:
            self._staged = {key: None}
        else:
            staged[key] = None

    def _mark_dirty(self, key: str) -> None:
        staged = self._staged
        if staged is None:
            self._staged = {key: None}
        else:
            staged[key] = None

    def _snapshot(self, key: str) -> None:
        """Record the serialised value of a top-level key before a container is handed out."""
        staged = self._staged
        if staged is None:
            self._staged = {key: orjson.dumps(self._json[key])}
        elif key not in staged:
            staged[key] = orjson.dumps(self._json[key])

    def __getitem__(self, path: str) -> Any:
        """Read a top-level key, a dotted path or (first match of) a JSONPath query.

        Raises:
            KeyError: Nothing is at `path`.
        """
        parts = _cached_split(path) or split_path(path)
        if len(parts) == 2:  # the common fragment.element case
            first, second = parts
            try:
                value = self._json[first][second]
            except (KeyError, TypeError, IndexError):
                pass  # not a dict on the way, or a missing key: the generic walk decides
            else:
                if type(value) in _CONTAINERS:
                    staged = self._staged
                    if staged is None or first not in staged:
                        self._snapshot(first)
                return value
        elif len(parts) == 1:
            value = self._json[path]
            if type(value) in _CONTAINERS:
                staged = self._staged
                if staged is None or path not in staged:
                    self._snapshot(path)
            return value
        value = get_path(self._json, path)
        if type(value) in _CONTAINERS:
            self._snapshot_roots(path)
        return value

    def _snapshot_roots(self, path: str) -> None:
        parts = _SPLITS.get(path) or split_path(path)
        if parts:
            self._snapshot(parts[0])
            return
        roots = {root for _, root in find_with_roots(self._json, path)}
        self._snapshot_keys(roots)

    def _snapshot_keys(self, roots: set[str | None]) -> None:
        json = self._json
        keys = json.keys() if None in roots else roots
        for key in list(keys):
            if key is not None and key in json and type(json[key]) in _CONTAINERS:
                self._snapshot(key)

    def __setitem__(self, path: str, value: Any) -> None:
        """Write a top-level key, a dotted path (creating missing objects) or JSONPath matches."""
        parts = _cached_split(path) or split_path(path)
        if type(value) not in _PLAIN:
            value = to_json_value(value)
        json = self._json
        if len(parts) == 2:  # the common fragment.element case, without the generic walk
            first, second = parts
            node = json.get(first)
            if type(node) is dict:
                node[second] = value
                staged = self._staged
                if staged is None:
                    self._staged = {first: None}
                else:
                    staged[first] = None
                return
        elif len(parts) == 1:
            json[path] = value
            self._mark_dirty(path)
            return
        self._set_deep(path, value)

    def _set_deep(self, path: str, value: Any) -> None:
        json = self._json
        # Record the state before a JSONPath write may touch keys we cannot name afterwards.
        roots = set_path(json, path, value)
        if roots is None:
            for key in list(json):
                self._mark_dirty(key)
        else:
            for key in roots:
                self._mark_dirty(key)

    def __delitem__(self, path: str) -> None:
        """Remove a top-level key or the value at a dotted path (sent on update).

        Raises:
            KeyError: Nothing is at `path`.
        """
        self._mark_dirty(delete_path(self._json, path))

    def __contains__(self, path: object) -> bool:
        """Tell whether something is at a top-level key, dotted path or JSONPath query."""
        if not isinstance(path, str):
            return False
        parts = _SPLITS.get(path)
        if parts is None:
            parts = split_path(path)
        if len(parts) == 1:
            return path in self._json
        return has_path(self._json, path)

    def get(self, path: str, default: Any = None) -> Any:
        """Read the value at `path` (top-level key, dotted path or JSONPath), or `default`."""
        value = get_path(self._json, path, _MISSING)
        if value is _MISSING:
            return default
        if type(value) in _CONTAINERS:
            self._snapshot_roots(path)
        return value

    def set(self, path: str, value: Any) -> Self:
        """Write `value` at `path`, creating missing objects along a dotted path; returns self."""
        self[path] = value
        return self

    def find(self, expression: str) -> list[Any]:
        """Return every value a JSONPath query matches (an empty list when none does)."""
        pairs = find_with_roots(self._json, expression)
        if any(type(value) in _CONTAINERS for value, _ in pairs):
            self._snapshot_keys({root for value, root in pairs if type(value) in _CONTAINERS})
        return [value for value, _ in pairs]

    def keys(self) -> list[str]:
        """The top-level keys of the document."""
        return list(self._json)

    def values(self) -> list[Any]:
        """The top-level values of the document (changes inside them are staged, as with `[]`)."""
        return [value for _, value in self.items()]

    def items(self) -> list[tuple[str, Any]]:
        """The top-level (key, value) pairs of the document, like `dict.items` on its JSON.

        Fragments are handed out as they are: changes made inside them are staged for
        `update`, as with ``obj[key][...] = value``.
        """
        json = self._json
        for key, value in json.items():
            if type(value) in _CONTAINERS:
                staged = self._staged
                if staged is None or key not in staged:
                    self._snapshot(key)
        return list(json.items())

    @property
    def json(self) -> dict[str, Any]:
        """The object's JSON document itself (server state with the staged changes).

        It is the live document, not a copy: whatever code changes in it, at any depth, added
        and removed top-level keys included, is staged for `update` like a change through
        ``obj[...]``.
        """
        json = self._json
        staged = self._staged
        if staged is not None and _ALL_KEYS in staged:
            return json  # handed out before: keys added since then are found by their absence
        for key in json:
            staged = self._staged
            if staged is None or key not in staged:
                self._snapshot(key)
        staged = self._staged
        if staged is None:
            self._staged = {_ALL_KEYS: orjson.dumps(list(json))}
        else:
            staged[_ALL_KEYS] = orjson.dumps(list(json))
        return json

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._json))

    def __len__(self) -> int:
        return len(self._json)

    def __iadd__(self, other: Fragment | BaseModel | Mapping[str, Any]) -> Self:
        """Add fragments: a `Fragment`, a pydantic fragment model or a mapping of fragments.

        Raises:
            TypeError: `other` is none of these.
        """
        if isinstance(other, Fragment):
            self._write(other.name, other.to_json())
        elif isinstance(other, BaseModel):
            self._write(fragment_name_of(type(other)), to_json_value(other))
        elif isinstance(other, Mapping):
            for key, value in other.items():
                self._write(str(key), to_json_value(value))
        else:
            raise TypeError(
                f"cannot add {type(other).__name__} to {type(self).__name__}: expected a "
                "Fragment, a pydantic fragment model or a mapping of fragments"
            )
        return self

    def add_fragment(self, name: str, **items: Any) -> Self:
        """Add (replace) the fragment `name` with the given elements; returns self."""
        self._write(name, {k: to_json_value(v) for k, v in items.items()})
        return self

    def fragment(self, model: type[M], name: str | None = None) -> M:
        """Validate a fragment against a pydantic model and return the model instance.

        Args:
            model: A fragment model (its ``fragment_name`` names the fragment).
            name: The fragment name, to read a model stored under another name.

        Raises:
            FragmentNotFoundError: The object has no such fragment.
            InvalidFragmentError: The fragment does not validate against `model`.
        """
        key = name or fragment_name_of(model)
        if key not in self._json:
            raise FragmentNotFoundError(
                f"{type(self).__name__} {self.id or '(new)'} has no fragment {key!r}"
            )
        try:
            return model.model_validate(self._json[key])
        except ValidationError as exc:
            raise InvalidFragmentError(
                f"fragment {key!r} of {type(self).__name__} {self.id or '(new)'} is not a valid "
                f"{model.__name__}: {exc.error_count()} error(s)"
            ) from exc

    def has(self, name: str) -> bool:
        """Tell whether a top-level fragment `name` is present."""
        return name in self._json

    def __repr__(self) -> str:
        return self._repr(
            **{key: self._json[key] for key in ("id", "type", "name") if key in self._json}
        )

    def _repr(self, **shown: object) -> str:
        """``ClassName(key=value, ...)``: the repr of the values given, for subclasses.

        A choice (an enum member read through a `ChoiceField`) shows as its plain text, the
        way it is stored, not as ``<AlarmStatus.ACTIVE: 'ACTIVE'>``.
        """
        plain = {key: v.value if isinstance(v, Enum) else v for key, v in shown.items()}
        text = ", ".join(f"{key}={value!r}" for key, value in plain.items())
        return f"{type(self).__name__}({text})"

    # -- active-record plumbing shared by the resources --------------------------------------

    def _adopt(self, json: dict[str, Any], copy: bool) -> Self:
        """Return a fresh instance with `json` (copy=True) or make `json` self's state."""
        if copy:
            return type(self).from_json(json, self._c8y)
        self._mark_saved(json)
        return self

    def _put_media(self) -> str:
        return json_media_type(self._operations.require("update"))

    async def _create(self) -> Self:
        c8y = self._require_c8y()
        result = await c8y.call(self._operations.require("create"), json=self.to_json())
        return type(self).from_json(result, c8y)

    def _update_body(self) -> dict[str, Any]:
        """The body `update` sends: the staged changes; subclasses add or refuse keys.

        Raises:
            ObjectStateError: (in subclasses) a staged change the platform would refuse.
        """
        return self._diff_body()

    async def _update(self, copy: bool) -> Self:
        c8y = self._require_c8y()
        result = await c8y.put(
            self._object_path("update"), self._update_body(), content_type=self._put_media()
        )
        return self._adopt(result, copy)

    async def _reload(self, copy: bool) -> Self:
        c8y = self._require_c8y()
        result = await c8y.get(self._object_path())
        return self._adopt(result, copy)

    async def _apply(self, json: Mapping[str, Any], copy: bool) -> Self:
        c8y = self._require_c8y()
        result = await c8y.put(
            self._object_path("update"), dict(json), content_type=self._put_media()
        )
        return self._adopt(result, copy)

    async def _apply_to(self, other_id: str | int) -> Self:
        c8y = self._require_c8y()
        update = self._operations.require("update")
        result = await c8y.put(
            object_path(update, other_id), self.to_json(), content_type=json_media_type(update)
        )
        return type(self).from_json(result, c8y)

    async def _delete(self, params: Mapping[str, Any] | None = None) -> None:
        c8y = self._require_c8y()
        await c8y.delete(self._object_path("delete"), params)


ObjectOrId = CumulocityObject | str | int
"""An object with a database ID, or the ID itself (a str or an int)."""
