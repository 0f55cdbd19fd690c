"""Paths into JSON documents: dotted paths on a fast path, JSONPath for everything else.

A path is either

- a *dotted path* such as ``"c8y_Hardware.serialNumber"`` or ``"c8y_Software.0.name"``: split
  once at the dots (the split is cached) and walked with plain dict/list lookups; a numeric
  segment indexes a list;
- a *JSONPath* query such as ``"$.c8y_Hardware.model"`` or ``"$..value"``: any path starting
  with ``$`` or containing one of ``[ ] * ? @ ( ) ' "`` or ``..``. It is compiled once with
  jsonpath-ng (extended syntax: filters, arithmetic) and cached.

Filter semantics: a filter step ``[?(...)]`` applied to a JSON *array* tests each element; applied
to a JSON *object* it tests that object itself (so ``$.c8y_Hardware[?(@.model == 'X')]``
matches when the hardware model is ``X``). This differs from RFC 9535, where a filter on an
object tests the object's member values, and is what the client-side matchers of `select`
rely on.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any, Final

from jsonpath_ng import JSONPath, Root, This
from jsonpath_ng.ext.filter import Filter as _RfcFilter
from jsonpath_ng.ext.parser import parse as _parse_jsonpath

from c8y_objects.errors import InvalidPathError

__all__ = [
    "InvalidPathError",
    "compile_jsonpath",
    "delete_path",
    "find_all",
    "get_path",
    "has_path",
    "is_jsonpath",
    "set_path",
    "split_path",
]


_JSONPATH_MARKERS: Final = frozenset("[]*?@()'\"")
_MAX_CACHED_SPLITS: Final = 8192

_MISSING: Final = object()

# path -> its segments; JSONPath strings map to () so that one dict lookup classifies a path.
_SPLITS: dict[str, tuple[str, ...]] = {}


def is_jsonpath(path: str) -> bool:
    """Tell whether `path` is a JSONPath query rather than a dotted path."""
    return path.startswith("$") or ".." in path or not _JSONPATH_MARKERS.isdisjoint(path)


def split_path(path: str) -> tuple[str, ...]:
    """Return the segments of a dotted path, or ``()`` for a JSONPath query (cached).

    Raises:
        InvalidPathError: The path is empty or has an empty segment (``"a..b"`` is JSONPath).
    """
    parts = _SPLITS.get(path)
    if parts is not None:
        return parts
    if not isinstance(path, str):
        raise InvalidPathError(f"a path must be a string, got {type(path).__name__}")
    if not path:
        raise InvalidPathError("the path is empty")
    if is_jsonpath(path):
        parts = ()
    else:
        parts = tuple(path.split("."))
        if "" in parts:
            raise InvalidPathError(f"path {path!r} has an empty segment")
    if len(_SPLITS) >= _MAX_CACHED_SPLITS:
        _SPLITS.clear()
    _SPLITS[path] = parts
    return parts


class _ObjectFilter(_RfcFilter):
    """A filter step that tests a JSON object itself (array elements as usual)."""

    def find(self, datum: Any) -> Any:
        from jsonpath_ng import DatumInContext

        datum = DatumInContext.wrap(datum)
        if isinstance(datum.value, dict):
            probe = datum if self._references_root() else datum.value
            if all(expression.find(probe) for expression in self.expressions):
                return [datum]
            return []
        return super().find(datum)  # type: ignore[no-untyped-call]


def _use_object_filters(node: Any, seen: set[int] | None = None) -> None:
    """Swap every RFC filter node of a parsed path for `_ObjectFilter` (in place)."""
    seen = set() if seen is None else seen
    if id(node) in seen:
        return
    seen.add(id(node))
    if type(node) is _RfcFilter:
        node.__class__ = _ObjectFilter
    for name in ("left", "right", "target", "value", "child", "expressions", "operands"):
        sub = getattr(node, name, None)
        if isinstance(sub, list):
            for item in sub:
                _use_object_filters(item, seen)
        elif isinstance(sub, JSONPath) or hasattr(sub, "find"):
            _use_object_filters(sub, seen)


@lru_cache(maxsize=1024)
def compile_jsonpath(expression: str) -> JSONPath:
    """Compile a JSONPath query once (cached), with the object filter semantics above.

    A dotted path is accepted too and compiled as the equivalent JSONPath.

    Raises:
        InvalidPathError: The expression does not parse; the message names it.
    """
    try:
        compiled = _parse_jsonpath(expression)
    except Exception as exc:  # jsonpath-ng raises bare Exception subclasses
        raise InvalidPathError(f"invalid JSONPath {expression!r}: {exc}") from None
    _use_object_filters(compiled)
    return compiled


def _walk(data: Any, parts: tuple[str, ...]) -> Any:
    """Follow `parts` from `data`; return `_MISSING` where the path does not exist."""
    node = data
    for part in parts:
        if isinstance(node, dict):
            node = node.get(part, _MISSING)
            if node is _MISSING:
                return _MISSING
        elif isinstance(node, list) and part.isascii() and part.isdigit():
            index = int(part)
            if index >= len(node):
                return _MISSING
            node = node[index]
        else:
            return _MISSING
    return node


def get_path(data: Any, path: str, default: Any = _MISSING) -> Any:
    """Return the value at `path` (for JSONPath: the first match).

    Args:
        data: A parsed JSON document.
        path: A dotted path or a JSONPath query.
        default: Returned when nothing is at `path`; without it a `KeyError` is raised.

    Raises:
        KeyError: Nothing is at `path` and no default was given.
        InvalidPathError: The path is malformed.
    """
    parts = _SPLITS.get(path) or split_path(path)
    if parts:
        value = _walk(data, parts)
    else:
        matches = compile_jsonpath(path).find(data)
        value = matches[0].value if matches else _MISSING
    if value is _MISSING:
        if default is _MISSING:
            raise KeyError(path)
        return default
    return value


def has_path(data: Any, path: str) -> bool:
    """Tell whether something (even ``null``) is at `path`."""
    parts = _SPLITS.get(path) or split_path(path)
    if parts:
        return _walk(data, parts) is not _MISSING
    return bool(compile_jsonpath(path).find(data))


def find_all(data: Any, expression: str) -> list[Any]:
    """Return every value that a JSONPath query (or dotted path) matches, in document order."""
    parts = _SPLITS.get(expression) or split_path(expression)
    if parts:
        value = _walk(data, parts)
        return [] if value is _MISSING else [value]
    return [match.value for match in compile_jsonpath(expression).find(data)]


def find_with_roots(data: Any, expression: str) -> list[tuple[Any, str | None]]:
    """Like `find_all`, but pair each value with the top-level key it lies under (if known)."""
    parts = _SPLITS.get(expression) or split_path(expression)
    if parts:
        value = _walk(data, parts)
        return [] if value is _MISSING else [(value, parts[0])]
    return [
        (match.value, _top_key_of(match.full_path))
        for match in compile_jsonpath(expression).find(data)
    ]


def _top_key_of(path: Any) -> str | None:
    """The first field name of a (full) jsonpath-ng path, or None when it is not one field."""
    node = path
    while hasattr(node, "left"):
        node = node.left
    fields = getattr(node, "fields", None)
    if isinstance(fields, tuple) and len(fields) == 1 and isinstance(fields[0], str):
        return fields[0]
    return None


def set_path(data: dict[str, Any], path: str, value: Any) -> set[str] | None:
    """Set `value` at `path`, creating missing objects along a dotted path.

    Args:
        data: The document to change in place.
        path: A dotted path or a JSONPath query (every match is set; jsonpath-ng creates
            missing fields where it can).
        value: The new value.

    Returns:
        The top-level keys that changed, or None when they cannot be told (JSONPath with a
        step that is not a plain field).

    Raises:
        InvalidPathError: The path is malformed, names the whole document (``"$"``), or runs
            into a value that is neither an object nor a list (e.g. ``"a.b"`` where ``a`` is a
            number).
    """
    parts = _SPLITS.get(path) or split_path(path)
    if not parts:
        compiled = compile_jsonpath(path)
        if isinstance(compiled, Root | This):
            # jsonpath-ng cannot replace the document in place: the write would be lost.
            raise InvalidPathError(f"path {path!r} names the whole document; set its keys instead")
        compiled.update_or_create(data, value)
        roots = {_top_key_of(m.full_path) for m in compiled.find(data)}
        return None if None in roots or not roots else {r for r in roots if r is not None}
    node: Any = data
    last = len(parts) - 1
    for position, part in enumerate(parts):
        if type(node) is list and part.isascii() and part.isdigit():
            index = int(part)
            if index >= len(node):
                raise InvalidPathError(
                    f"path {path!r}: index {index} is beyond the list of length {len(node)}"
                )
            if position == last:
                node[index] = value
            else:
                node = node[index]
            continue
        if not isinstance(node, dict):
            raise InvalidPathError(
                f"path {path!r}: {'.'.join(parts[:position])!r} holds a "
                f"{type(node).__name__}, not an object"
            )
        if position == last:
            node[part] = value
        else:
            child = node.get(part)
            if child is None:
                child = node[part] = {}
            node = child
    return {parts[0]}


def delete_path(data: dict[str, Any], path: str) -> str:
    """Remove the value at a dotted path and return the top-level key it lies under.

    Raises:
        KeyError: Nothing is at `path`.
        InvalidPathError: `path` is a JSONPath query (not supported for removal).
    """
    parts = _SPLITS.get(path) or split_path(path)
    if not parts:
        raise InvalidPathError(f"removal by JSONPath is not supported: {path!r}")
    parent = _walk(data, parts[:-1]) if len(parts) > 1 else data
    leaf = parts[-1]
    if type(parent) is dict and leaf in parent:
        del parent[leaf]
    elif type(parent) is list and leaf.isascii() and leaf.isdigit() and int(leaf) < len(parent):
        del parent[int(leaf)]
    else:
        raise KeyError(path)
    return parts[0]


PathGetter = Callable[[Any], Any]


def value_getter(path: str, default: Any = None) -> PathGetter:
    """Return a function that reads `path` (with `default`) from a document; path parsed once."""
    parts = split_path(path)
    if parts:
        if len(parts) == 1:
            key = parts[0]

            def get_key(data: Any) -> Any:
                return data.get(key, default) if type(data) is dict else default

            return get_key

        def get_parts(data: Any) -> Any:
            value = _walk(data, parts)
            return default if value is _MISSING else value

        return get_parts
    compiled = compile_jsonpath(path)

    def get_match(data: Any) -> Any:
        matches = compiled.find(data)
        return matches[0].value if matches else default

    return get_match
