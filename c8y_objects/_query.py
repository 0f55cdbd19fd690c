"""Keyword filters of the object model, turned into the query of a generated operation.

Each main API class declares its filters once, as a ``TypedDict`` that its methods take with
``Unpack``, and builds a `QuerySpec` from it for each operation it sends them with. The spec
checks when the module is imported that every filter maps to a query parameter the operation
declares (`WireMismatchError` names the filter otherwise), and refuses unknown keywords at call
time (`UnknownFilterError`) before anything is sent.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any, Final
from urllib.parse import parse_qsl

from c8y_objects._base import format_datetime, parse_datetime
from c8y_objects.errors import ConfigurationError, UnknownFilterError, WireMismatchError
from c8y_rest.wire import Operation

__all__ = [
    "DATE_BOUNDS",
    "DATE_FILTER_NAMES",
    "QuerySpec",
    "camel_name",
    "date_query",
    "declared",
    "expression_params",
    "newest_first",
]

# The date filters of the object model: (query parameter, names that set it as a point in
# time, the name that sets it as an age counted back from now).
DATE_BOUNDS: Final[tuple[tuple[str, tuple[str, ...], str | None], ...]] = (
    ("dateFrom", ("after", "date_from"), "max_age"),
    ("dateTo", ("before", "date_to"), "min_age"),
    ("createdFrom", ("created_after", "created_from"), None),
    ("createdTo", ("created_before", "created_to"), None),
    ("lastUpdatedFrom", ("updated_after", "last_updated_from"), None),
    ("lastUpdatedTo", ("updated_before", "last_updated_to"), None),
)
DATE_FILTER_NAMES: Final[dict[str, str]] = {
    name: param
    for param, points, age in DATE_BOUNDS
    for name in (*points, *((age,) if age else ()))
}
"""Each date filter name and the query parameter it sets."""


def camel_name(name: str) -> str:
    """``with_source_assets`` -> ``withSourceAssets`` (pure)."""
    head, *rest = name.split("_")
    return head + "".join(word[:1].upper() + word[1:] for word in rest)


def _query_value(name: str, value: Any) -> Any:
    if isinstance(value, datetime):
        return format_datetime(value, field=name)
    if isinstance(value, list | tuple | set | frozenset):
        return [str(v) for v in value]
    return value


def declared(owner: str, operation: Operation[object], *names: str) -> tuple[str, ...]:
    """Return `names`, checked to be query parameters the operation declares.

    For the rules a module keeps about parameters (which ones a call needs), so that those
    names, too, fail the import when a regenerated spec drops them.

    Raises:
        WireMismatchError: A name the operation does not declare; the message names `owner`.
    """
    missing = [name for name in names if name not in operation.query_params]
    if missing:
        raise WireMismatchError(
            f"{owner}: {operation.method} {operation.path} ({operation.operation_id}) has no "
            f"query parameter {', '.join(map(repr, missing))}"
        )
    return names


Converter = Callable[[Any], Any]
"""Turns one filter's value into what the query carries (checks it on the way)."""


class QuerySpec:
    """How the keyword filters of one kind of call become the query of one operation.

    Args:
        owner: Where the filters are declared (``module.TypedDictName``), for messages.
        operation: The generated operation the query is sent with.
        filters: The names the call accepts (a ``TypedDict``'s keys, usually).
        convert: Per-filter conversions (e.g. an object to its ID, a status checked against
            its enum); the default drops None, formats datetimes and turns collections into
            lists of text.
        params: Filters whose query parameter is not the camelCase form of the name.
        local: Names the call handles itself (not sent as such, e.g. ``fragments``).

    Raises:
        WireMismatchError: A filter maps to a query parameter the operation does not declare
            (the spec dropped or renamed it).
    """

    __slots__ = ("_convert", "_dates", "_local", "_params", "names", "operation", "owner")

    def __init__(
        self,
        owner: str,
        operation: Operation[object],
        filters: Iterable[str],
        *,
        convert: Mapping[str, Converter] | None = None,
        params: Mapping[str, str] | None = None,
        local: Iterable[str] = (),
    ) -> None:
        self.owner = owner
        self.operation = operation
        self.names: frozenset[str] = frozenset(filters)
        self._local = frozenset(local)
        self._convert = dict(convert or {})
        renames = dict(params or {})
        self._params: dict[str, str] = {}
        self._dates = sorted(self.names & DATE_FILTER_NAMES.keys())
        declared = operation.query_params
        for name in sorted(self.names - self._local):
            param = DATE_FILTER_NAMES.get(name) or renames.get(name) or camel_name(name)
            if param not in declared:
                raise WireMismatchError(
                    f"{owner}.{name}: {operation.method} {operation.path} "
                    f"({operation.operation_id}) has no query parameter {param!r}"
                )
            self._params[name] = param
        unknown = sorted(set(self._convert) - self.names)
        if unknown:
            raise TypeError(f"{owner}: conversions for undeclared filters {unknown}")

    def check(self, filters: Mapping[str, Any], call: str) -> None:
        """Refuse keywords the call does not take.

        Raises:
            UnknownFilterError: Names the unknown keywords and lists the known ones.
        """
        unknown = [name for name in filters if name not in self.names]
        if unknown:
            raise UnknownFilterError(
                f"{call}() got unknown filter(s) {', '.join(sorted(unknown))}; it takes "
                f"{', '.join(sorted(self.names))} (raw parameters go in extra_params=)"
            )

    def check_beside_expression(self, filters: Mapping[str, Any], call: str) -> None:
        """Refuse unknown keywords, and any filter given beside a raw expression.

        An expression is sent as it is; a filter next to it would be silently dropped.

        Raises:
            UnknownFilterError: An unknown keyword.
            ConfigurationError: A filter (not None) given with the expression.
        """
        self.check(filters, call)
        given = sorted(name for name, value in filters.items() if value is not None)
        if given:
            raise ConfigurationError(
                f"{call}() got an expression and the filter(s) {', '.join(given)}; the "
                "expression is sent as it is: put everything in it, or pass filters only"
            )

    def from_expression(
        self,
        expression: str,
        filters: Mapping[str, Any],
        *,
        call: str,
        extra_params: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """The query of a raw expression (pure), with `extra_params` added to it.

        Raises:
            UnknownFilterError: An unknown keyword.
            ConfigurationError: A filter beside the expression, an expression that is not a
                query string, or a parameter both in it and in `extra_params`.
        """
        self.check_beside_expression(filters, call)
        params = expression_params(expression)
        if extra_params:
            twice = sorted(params.keys() & extra_params.keys())
            if twice:
                raise ConfigurationError(
                    f"{', '.join(twice)} given twice: in the expression and in extra_params"
                )
            params.update(extra_params)
        return params

    def query(
        self,
        expression: str | None,
        filters: Mapping[str, Any],
        *,
        call: str,
        extra_params: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """The query of a call: the raw `expression` as it is, or else the built `filters`.

        Raises:
            UnknownFilterError: An unknown keyword.
            ConfigurationError: See `from_expression` and `build`.
        """
        if expression:
            return self.from_expression(expression, filters, call=call, extra_params=extra_params)
        return self.build(filters, call=call, extra_params=extra_params)

    def build(
        self,
        filters: Mapping[str, Any],
        *,
        call: str,
        extra_params: Mapping[str, Any] | None = None,
        now: datetime | None = None,
    ) -> dict[str, Any]:
        """Return the query for `filters` (pure; local names are left out).

        Args:
            filters: The call's keyword filters; None values count as not given.
            call: The method's name, for messages.
            extra_params: Raw query parameters sent as given (the explicit escape hatch);
                one that a filter also sets is refused.
            now: The reference time of ``min_age`` / ``max_age``.

        Raises:
            UnknownFilterError: An unknown keyword.
            ConfigurationError: A malformed or contradictory filter, or a parameter set both
                by a filter and in `extra_params`.
            NaiveDatetimeError: A date without time zone.
        """
        self.check(filters, call)
        query: dict[str, Any] = {}
        convert = self._convert
        for name, value in filters.items():
            if value is None or name in self._local or name in DATE_FILTER_NAMES:
                continue
            converted = convert[name](value) if name in convert else value
            if converted is not None:
                query[self._params[name]] = _query_value(name, converted)
        if self._dates:
            query.update(date_query(filters, now))
        if extra_params:
            twice = sorted(query.keys() & extra_params.keys())
            if twice:
                raise ConfigurationError(
                    f"{', '.join(twice)} given twice: by a filter and in extra_params"
                )
            query.update(extra_params)
        return query


_DATE_RANGES: Final = (
    ("dateFrom", "dateTo"),
    ("createdFrom", "createdTo"),
    ("lastUpdatedFrom", "lastUpdatedTo"),
)


def date_query(filters: Mapping[str, Any], now: datetime | None = None) -> dict[str, str]:
    """Translate the date filters among `filters` into query parameters (pure).

    ``after`` / ``date_from`` / ``max_age`` give ``dateFrom``; ``before`` / ``date_to`` /
    ``min_age`` give ``dateTo`` (an age counts back from `now`); the ``created_*`` pairs give
    ``createdFrom`` / ``createdTo`` and the ``updated_*`` / ``last_updated_*`` pairs
    ``lastUpdatedFrom`` / ``lastUpdatedTo``. Other names and None values are ignored.

    Raises:
        ConfigurationError: Two filters set the same bound, an age is not a non-negative
            `timedelta`, or a range ends before it starts.
        NaiveDatetimeError: A datetime or ISO string has no time zone.
        ValueError: A string is not an ISO 8601 timestamp.
    """
    params: dict[str, str] = {}
    # One reference time for the whole call: both ages of a range count back from it.
    reference = now or datetime.now(UTC)
    for param, points, age in DATE_BOUNDS:
        names = (*points, age) if age else points
        used = [name for name in names if filters.get(name) is not None]
        if not used:
            continue
        if len(used) > 1:
            raise ConfigurationError(
                f"{' and '.join(used)} both set {param}; pass only one of {', '.join(names)}"
            )
        name = used[0]
        value = filters[name]
        if name == age:
            if not isinstance(value, timedelta) or value < timedelta(0):
                raise ConfigurationError(f"{name} must be a non-negative timedelta, got {value!r}")
            value = reference - value
        params[param] = format_datetime(value, field=name)
    for start, end in _DATE_RANGES:
        if start in params and end in params:
            first, last = parse_datetime(params[start]), parse_datetime(params[end])
            if first is not None and last is not None and first > last:
                raise ConfigurationError(
                    f"empty time range: {start} {params[start]} is after {end} {params[end]}"
                )
    return params


def expression_params(expression: str) -> dict[str, Any]:
    """Split a raw query string (``"type=x&fragmentType=y"``) into parameters, unchanged."""
    text = expression[1:] if expression.startswith("?") else expression
    try:
        return dict(parse_qsl(text, keep_blank_values=True, strict_parsing=True))
    except ValueError:
        raise ConfigurationError(
            f"expression {expression!r} is not a query string like 'name=value&name2=value2'"
        ) from None


_EPOCH: Final = datetime(1970, 1, 1, tzinfo=UTC)
_LOWER_BOUNDS: Final = tuple(
    name for name, param in DATE_FILTER_NAMES.items() if param == "dateFrom"
)


def newest_first(filters: Mapping[str, Any], call: str) -> dict[str, Any]:
    """The filters of a newest-first read: ``reverse`` set, a lower bound ensured (pure).

    Without a lower bound among `filters`, ``after`` is the Unix epoch, so the query is a
    range query (``get_last`` and ``skim_latest`` of measurements and operations).

    Raises:
        ConfigurationError: The caller gave ``reverse`` (the call sets it).
    """
    if filters.get("reverse") is not None:
        raise ConfigurationError(f"{call} reads newest first; do not pass reverse")
    result = {**filters, "reverse": True}
    if all(filters.get(name) is None for name in _LOWER_BOUNDS):
        result["after"] = _EPOCH
    return result
