"""From the generated operation descriptions (`c8y_rest.wire`) to concrete requests.

The platform's paths, methods, media types and query parameter names are not written here or
anywhere else in ``c8y_objects``: they come from the constants that ``scripts/gen_wire.py``
generates from the spec. This module holds the handwritten half of the wire:

- `render_path` fills a path template; every value becomes exactly one percent-encoded path
  segment, and a value that cannot be one (empty, ``.``, ``..``) is refused (`InvalidIdError`).
- `ResourceOperations` groups the operations of one collection that objects and main API
  classes use generically (list, create, read, update, delete).

`c8y_objects._query` turns keyword filters into the query of an operation.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final
from urllib.parse import quote

from c8y_objects.errors import (
    InvalidIdError,
    WireMismatchError,
)
from c8y_rest.wire import Operation

__all__ = [
    "PAGING_PARAMS",
    "ResourceOperations",
    "json_media_type",
    "object_path",
    "path_segment",
    "render_path",
]

JSON_MEDIA_TYPE: Final = "application/json"


_DOT_SEGMENTS: Final = frozenset({".", ".."})


def path_segment(value: object, *, name: str = "id") -> str:
    """Return `value` as one percent-encoded path segment (pure).

    Args:
        value: An ID: text or a whole number (booleans are refused).
        name: What the value is, for the error message.

    Raises:
        InvalidIdError: Not text or an int, empty, ``.`` or ``..``, or text that cannot be
            encoded (lone surrogates).
    """
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise InvalidIdError(f"{name}: expected text or a whole number, got {value!r}")
    text = str(value)
    if not text or text in _DOT_SEGMENTS:
        raise InvalidIdError(f"{name}: {text!r} cannot be a path segment")
    try:
        return quote(text, safe="")
    except UnicodeEncodeError:
        raise InvalidIdError(f"{name}: {text!r} cannot be encoded as UTF-8") from None


def render_path(operation: Operation[object], **values: object) -> str:
    """Fill the operation's path template, one encoded segment per value (pure).

    Raises:
        InvalidIdError: A value cannot be a path segment.
        TypeError: The values do not name exactly the template's parameters (a bug of the
            caller, or a spec change a test has to catch).
    """
    names = operation.path_params
    if len(values) != len(names) or any(n not in values for n in names):
        raise TypeError(
            f"{operation.operation_id} {operation.path} takes the path parameters "
            f"{', '.join(names) or 'none'}, got {', '.join(values) or 'none'}"
        )
    if not names:
        return operation.path
    return operation.path.format_map({n: path_segment(values[n], name=n) for n in names})


def object_path(operation: Operation[object], object_id: object) -> str:
    """The path of an operation on one object (a template with one parameter), encoded (pure).

    Raises:
        InvalidIdError: The ID cannot be a path segment.
        TypeError: The operation's path does not take exactly one parameter.
    """
    names = operation.path_params
    if len(names) != 1:
        raise TypeError(f"{operation.operation_id} takes the path parameters {names}, not one ID")
    return operation.path.replace("{" + names[0] + "}", path_segment(object_id, name=names[0]))


PAGING_PARAMS: Final = frozenset({"pageSize", "currentPage"})
"""The query parameters `c8y_objects._paging` sets on every page request."""


@dataclass(frozen=True, slots=True)
class ResourceOperations:
    """The operations of one REST collection that the object model uses generically.

    Raises:
        WireMismatchError: `list` does not declare the paging parameters (checked at import).
    """

    list: Operation[object]
    """GET of the collection (paged)."""
    create: Operation[object] | None = None
    """POST to the collection."""
    read: Operation[object] | None = None
    """GET of one object by ID."""
    update: Operation[object] | None = None
    """PUT of one object by ID."""
    delete: Operation[object] | None = None
    """DELETE of one object by ID."""

    def __post_init__(self) -> None:
        missing = sorted(PAGING_PARAMS - self.list.query_params)
        if missing:
            raise WireMismatchError(
                f"{self.list.operation_id} ({self.list.path}) lacks the paging parameters "
                f"{', '.join(missing)}"
            )

    def require(self, kind: str) -> Operation[object]:
        """The operation of that kind (``create``, ``read``, ...).

        Raises:
            TypeError: The resource has no such operation.
        """
        operation: Operation[object] | None = getattr(self, kind)
        if operation is None:
            raise TypeError(f"{self.list.path} has no {kind} operation")
        return operation


def json_media_type(operation: Operation[object]) -> str:
    """The media type a JSON body of `operation` is sent with (pure).

    ``application/json`` when the operation declares it, else the first declared JSON type
    (the platform's ``application/vnd.com.nsn.cumulocity.<type>+json``).
    """
    declared = operation.request_media_types
    if JSON_MEDIA_TYPE in declared:
        return JSON_MEDIA_TYPE
    for media_type in declared:
        if media_type.endswith("+json"):
            return media_type
    return JSON_MEDIA_TYPE
