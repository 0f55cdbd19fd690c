"""Client-side filters (`include` / `exclude`) and value extraction (`as_values`) for queries.

Matchers
    ``include`` keeps only results that match, ``exclude`` then drops results that match. Each
    takes one of

    - a string: a display filter (`DisplayFilter`, see `c8y_objects._display_filter`), such as
      ``"c8y_IsDevice"`` (the field is present, even as ``null``) or
      ``"type == c8y_Pump and c8y_Hardware.model contains 'P'"``;
    - a `JsonPathMatcher`: matches when its JSONPath query (or dotted path) finds at least one
      value (a ``null`` value counts). A filter step on a JSON object tests that object itself
      (see `c8y_objects._paths`);
    - a `JmesPathMatcher`: matches when its JMESPath expression gives a value that JMESPath
      counts as true (not ``null``, ``false``, ``""``, ``[]`` or ``{}``);
    - any other `JsonMatcher`: anything with a ``matches(json) -> bool`` method, given the raw
      JSON;
    - any other callable: called with the result *object* (e.g. a `ManagedObject`) and its truth
      value decides.

    Strings and matcher objects are compiled when `select` / `get_all` is called, so a malformed
    one raises (`InvalidFilterError`, `InvalidPathError`) before any request is sent.

Values
    ``as_values`` skips building objects and yields values read at JSON paths instead:

    - ``"path"``: one value per result (None where the path is missing);
    - ``("path", default)``: one value per result, `default` where the path is missing;
    - a list of the above: a tuple of values per result, in the order given.

    A tuple is always read as ``(path, default)``; use a list for several paths.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol, TypeAlias, runtime_checkable

from c8y_objects._display_filter import DisplayFilter
from c8y_objects._paths import compile_jsonpath, split_path, value_getter
from c8y_objects.errors import ConfigurationError, InvalidFilterError

__all__ = [
    "AsValues",
    "DisplayFilter",
    "JmesPathMatcher",
    "JsonMatcher",
    "JsonPathMatcher",
    "Matcher",
    "ValueSpec",
    "build_extractor",
    "build_matcher",
    "extractor_is_tuple",
]


@runtime_checkable
class JsonMatcher(Protocol):
    """Something that decides on a result's raw JSON whether it matches."""

    def matches(self, json: dict[str, Any]) -> bool:
        """Return True when `json` matches."""
        ...


class JsonPathMatcher:
    """Matches when a JSONPath query (or dotted path) finds at least one value.

    Args:
        expression: The query; compiled once.

    Raises:
        InvalidPathError: The expression does not parse.
    """

    __slots__ = ("_find", "expression")

    def __init__(self, expression: str) -> None:
        self.expression: str = expression
        parts = split_path(expression)
        if parts:
            if len(parts) == 1:
                key = parts[0]
                self._find: Callable[[dict[str, Any]], bool] = lambda json: key in json
            else:
                missing = object()
                getter = value_getter(expression, missing)
                self._find = lambda json: getter(json) is not missing
        else:
            compiled = compile_jsonpath(expression)
            self._find = lambda json: bool(compiled.find(json))

    def matches(self, json: dict[str, Any]) -> bool:
        """Return True when the query finds something in `json`."""
        return self._find(json)

    def __repr__(self) -> str:
        return f"JsonPathMatcher({self.expression!r})"


class JmesPathMatcher:
    """Matches when a JMESPath expression gives a true value (in JMESPath's sense).

    ``null``, ``false``, the empty string, list and object do not match; anything else does
    (``0`` too). A function given a value of the wrong type (e.g. ``length(`5`)``) counts as
    no match for that result, like a display filter comparing unlike types.

    Args:
        expression: The expression, e.g. ``"c8y_Hardware.model == 'X'"`` or
            ``"c8y_Software[?name == 'agent']"``; compiled once.

    Raises:
        InvalidFilterError: The expression does not parse; the message names the column.
    """

    __slots__ = ("_search", "expression")

    def __init__(self, expression: str) -> None:
        import jmespath  # imported on first use: only JMESPath users pay for it
        from jmespath.exceptions import JMESPathError, JMESPathTypeError

        if not isinstance(expression, str):
            raise ConfigurationError(
                f"a JMESPath expression must be a string, got {type(expression).__name__}"
            )
        self.expression: str = expression
        try:
            compiled = jmespath.compile(expression)
        except JMESPathError as exc:
            position = getattr(exc, "lex_position", getattr(exc, "lexer_position", None))
            problem = getattr(exc, "msg", None) or getattr(exc, "message", None) or str(exc)
            raise InvalidFilterError(
                f"JMESPath: {problem}",
                expression=expression,
                column=position + 1 if isinstance(position, int) else None,
            ) from None

        def search(json: dict[str, Any]) -> bool:
            try:
                result = compiled.search(json)
            except JMESPathTypeError:
                return False
            return result is not None and result is not False and result not in ("", [], {})

        self._search = search

    def matches(self, json: dict[str, Any]) -> bool:
        """Return True when the expression gives a true value for `json`."""
        return self._search(json)

    def __repr__(self) -> str:
        return f"JmesPathMatcher({self.expression!r})"


Matcher: TypeAlias = "str | JsonMatcher | Callable[[Any], object]"
"""What `include` / `exclude` accept: a display filter string, a matcher object (`DisplayFilter`,
`JsonPathMatcher`, `JmesPathMatcher` or any `JsonMatcher`) or a callable on result objects."""

ValueSpec: TypeAlias = "str | tuple[str, Any]"
"""One `as_values` path, optionally with a default."""

AsValues: TypeAlias = "str | tuple[str, Any] | Sequence[str | tuple[str, Any]]"
"""What `as_values` accepts."""


class ResultFilter:
    """Include/exclude decision for one raw result; object matchers get the built object.

    Attributes:
        needs_object: Whether a matcher is a callable on objects (so objects must be built).
    """

    __slots__ = ("_exclude_json", "_exclude_obj", "_include_json", "_include_obj", "needs_object")

    def __init__(self, include: Matcher | None, exclude: Matcher | None) -> None:
        self._include_json, self._include_obj = _split(include, "include")
        self._exclude_json, self._exclude_obj = _split(exclude, "exclude")
        self.needs_object = self._include_obj is not None or self._exclude_obj is not None

    def __call__(self, json: dict[str, Any], obj: Any = None) -> bool:
        """Return True when the result is kept."""
        if self._include_json is not None and not self._include_json(json):
            return False
        if self._include_obj is not None and not self._include_obj(obj):
            return False
        if self._exclude_json is not None and self._exclude_json(json):
            return False
        return not (self._exclude_obj is not None and self._exclude_obj(obj))


def _split(
    matcher: Matcher | None, name: str
) -> tuple[Callable[[dict[str, Any]], bool] | None, Callable[[Any], object] | None]:
    if matcher is None:
        return None, None
    if isinstance(matcher, str):
        return DisplayFilter(matcher).matches, None
    if isinstance(matcher, JsonMatcher):
        return matcher.matches, None
    if callable(matcher):
        return None, matcher
    raise ConfigurationError(
        f"{name} must be a display filter string, a JsonMatcher or a callable, "
        f"got {type(matcher).__name__}"
    )


def build_matcher(include: Matcher | None, exclude: Matcher | None) -> ResultFilter | None:
    """Return the client-side filter for `include` / `exclude`, or None when both are None.

    Raises:
        ConfigurationError: A matcher is of an unsupported type.
        InvalidFilterError: A matcher string is not a valid display filter.
    """
    if include is None and exclude is None:
        return None
    return ResultFilter(include, exclude)


def _getter(spec: Any) -> Callable[[Any], Any]:
    if isinstance(spec, str):
        return value_getter(spec)
    if isinstance(spec, tuple):
        if len(spec) != 2 or not isinstance(spec[0], str):
            raise ConfigurationError(
                f"as_values: a tuple must be (path, default), got {spec!r}; "
                "use a list for several paths"
            )
        return value_getter(spec[0], spec[1])
    raise ConfigurationError(
        f"as_values: expected a path string or a (path, default) tuple, got {spec!r}"
    )


def extractor_is_tuple(as_values: AsValues) -> bool:
    """Whether `as_values` yields a tuple per result (a list of specs) or a single value."""
    return not isinstance(as_values, str | tuple)


def build_extractor(as_values: AsValues) -> Callable[[dict[str, Any]], Any]:
    """Return a function that reads the `as_values` paths from a result's raw JSON.

    Raises:
        ConfigurationError: A spec is malformed, or the list of specs is empty.
        InvalidPathError: A path is not a valid dotted path / JSONPath.
    """
    if isinstance(as_values, str | tuple):
        return _getter(as_values)
    if not isinstance(as_values, Sequence):
        raise ConfigurationError(
            f"as_values: expected a path, a (path, default) tuple or a list of them, "
            f"got {type(as_values).__name__}"
        )
    getters = [_getter(spec) for spec in as_values]
    if not getters:
        raise ConfigurationError("as_values: the list of paths is empty")
    if len(getters) == 1:
        only = getters[0]
        return lambda json: (only(json),)
    return lambda json: tuple(get(json) for get in getters)
