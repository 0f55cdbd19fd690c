"""The generic part of every main API class: queries, counts and bulk calls on one resource.

A main API class (`Inventory`, later `Events`, `Alarms`, ...) subclasses `CumulocityResource`,
names its generated operations, list key and object class, and turns its keyword filters into
query parameters with a `c8y_objects._query.QuerySpec`. Everything else lives here:

- `_select` builds the paging request, parses pages into objects with `from_json_list` (no copy,
  no validation), applies the client-side `include` / `exclude` filters and `as_values`, and
  stops at `limit`. Its arguments are checked when `select` is called, not on first iteration.
  With ``progress=`` the query is counted first (one request, as `get_count`) and
  ``progress(done, total)`` is called after each page: `done` is the items read from the
  platform so far, `total` how many the query reads (the count, capped by `limit` when no
  client-side filter drops results; None with `page_number` or when the platform's answer
  carries no count).
- `_get_count` asks the platform for the total only.
- `_create_many` / `_update_many` / `_delete_many` / `_apply_to_many` run one request per item
  through `run_bulk`, in parallel with ``workers=``, with ``progress=`` callbacks.
"""

from __future__ import annotations

from collections.abc import (
    AsyncGenerator,
    AsyncIterator,
    Awaitable,
    Callable,
    Iterable,
    Mapping,
    Sequence,
)
from datetime import datetime, timedelta
from typing import Any, ClassVar, Generic, TypeAlias, TypedDict, TypeVar

from c8y_objects._base import CumulocityObject, DateLike, ObjectOrId
from c8y_objects._bulk import run_bulk
from c8y_objects._filters import AsValues, Matcher, build_extractor, build_matcher
from c8y_objects._http import CumulocityConnection
from c8y_objects._optional import require
from c8y_objects._paging import MAX_PAGE_SIZE, check_no_paging, get_count, iter_pages
from c8y_objects._query import date_query
from c8y_objects._wire import ResourceOperations, json_media_type, object_path, render_path
from c8y_objects.errors import ConfigurationError, InvalidIdError, ResponseDecodeError

__all__ = [
    "ColumnSpec",
    "CreationFilters",
    "CumulocityResource",
    "ExtraParams",
    "Progress",
    "TimeFilters",
    "UpdateFilters",
    "date_filter_params",
    "infer_page_size",
]

O = TypeVar("O", bound=CumulocityObject)  # noqa: E741

Progress = Callable[[int, int | None], None]
"""``progress(done, total)``: called after each item of a bulk call, or each page of a query."""


class TimeFilters(TypedDict, total=False):
    """Bounds on an item's own time (``dateFrom`` / ``dateTo``); an age counts back from now."""

    before: DateLike | None
    after: DateLike | None
    date_from: DateLike | None
    date_to: DateLike | None
    min_age: timedelta | None
    max_age: timedelta | None


class CreationFilters(TypedDict, total=False):
    """Bounds on when the platform stored an item (``createdFrom`` / ``createdTo``)."""

    created_before: DateLike | None
    created_after: DateLike | None
    created_from: DateLike | None
    created_to: DateLike | None


class UpdateFilters(TypedDict, total=False):
    """Bounds on an item's last change (``lastUpdatedFrom`` / ``lastUpdatedTo``)."""

    updated_before: DateLike | None
    updated_after: DateLike | None
    last_updated_from: DateLike | None
    last_updated_to: DateLike | None


ExtraParams: TypeAlias = Mapping[str, str | int | float | bool | Sequence[str]]
"""Raw query parameters sent as given: the explicit escape hatch for what no filter covers."""


def date_filter_params(
    *,
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
    now: datetime | None = None,
) -> dict[str, str]:
    """Translate the date filters of a query into the platform's parameters (pure).

    ``after`` / ``date_from`` / ``max_age`` give ``dateFrom``; ``before`` / ``date_to`` /
    ``min_age`` give ``dateTo`` (an age counts back from `now`); the ``created_*`` pairs give
    ``createdFrom`` / ``createdTo`` and the ``updated_*`` / ``last_updated_*`` pairs
    ``lastUpdatedFrom`` / ``lastUpdatedTo``. Unset (None) filters are left out.

    Args:
        now: The reference time of the ages (default: the current time).

    Raises:
        ConfigurationError: Two filters set the same bound, an age is not a non-negative
            `timedelta`, or a range ends before it starts.
        NaiveDatetimeError: A datetime or ISO string has no time zone.
        ValueError: A string is not an ISO 8601 timestamp.
    """
    return date_query(
        {
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
        },
        now,
    )


def infer_page_size(limit: int | None, page_size: int | None, client_side: bool) -> int:
    """Choose the page size of a query (pure).

    An explicit `page_size` wins. Otherwise, without client-side filters, pages are just big
    enough for `limit` (at most 2000); with them, more is read per page because an unknown share
    of the results is dropped locally: ten times `limit`, at least 100, at most 2000.

    Raises:
        ConfigurationError: `page_size` or `limit` is out of range.
    """
    if limit is not None and (not isinstance(limit, int) or limit < 0):
        raise ConfigurationError(f"limit must be None or 0 or more, got {limit!r}")
    if page_size is not None:
        if not isinstance(page_size, int) or not 1 <= page_size <= MAX_PAGE_SIZE:
            raise ConfigurationError(
                f"page_size must be between 1 and {MAX_PAGE_SIZE}, got {page_size!r}"
            )
        return page_size
    if limit is None or limit == 0:
        return MAX_PAGE_SIZE
    if not client_side:
        return min(limit, MAX_PAGE_SIZE)
    return min(MAX_PAGE_SIZE, max(100, limit * 10))


def _check_positive(name: str, value: int | None) -> None:
    if value is not None and (not isinstance(value, int) or value < 1):
        raise ConfigurationError(f"{name} must be None or 1 or more, got {value!r}")


def _check_callable(name: str, value: object) -> None:
    if value is not None and not callable(value):
        raise ConfigurationError(
            f"{name} must be None or a callable taking (done, total), got {value!r}"
        )


ColumnSpec: TypeAlias = str | tuple[str, str]
"""A `to_dataframe` column: a path (also the column's name), or ``(name, path)``."""


def split_columns(columns: Sequence[ColumnSpec]) -> tuple[list[str], list[str]]:
    """The names and the paths of `to_dataframe` columns (pure).

    Raises:
        ConfigurationError: No columns, a column that is neither a path nor a (name, path)
            pair, or a name used twice.
    """
    if isinstance(columns, str) or not columns:
        raise ConfigurationError(
            f"columns: expected a non-empty list of paths or (name, path) pairs, got {columns!r}"
        )
    names: list[str] = []
    paths: list[str] = []
    for column in columns:
        if isinstance(column, str) and column:
            name, path = column, column
        elif (
            isinstance(column, tuple)
            and len(column) == 2
            and all(isinstance(part, str) and part for part in column)
        ):
            name, path = column
        else:
            raise ConfigurationError(f"columns: {column!r} is not a path or a (name, path) pair")
        names.append(name)
        paths.append(path)
    twice = sorted({name for name in names if names.count(name) > 1})
    if twice:
        raise ConfigurationError(f"columns: the name(s) {', '.join(twice)} are used twice")
    return names, paths


async def rows_to_dataframe(rows: AsyncIterator[tuple[Any, ...]], names: list[str]) -> Any:
    """Collect value rows into a pandas DataFrame with the given column names.

    Raises:
        ImportError: pandas is not installed (the message names the extra).
    """
    pd = require("pandas", extra="pandas")
    columns: list[list[Any]] = [[] for _ in names]
    async for row in rows:
        for column, value in zip(columns, row, strict=True):
            column.append(value)
    return pd.DataFrame(dict(zip(names, columns, strict=True)), columns=names)


class CumulocityResource(Generic[O]):
    """Base of the main API classes: one REST collection and the object class it holds.

    Args:
        c8y: The connection.
    """

    _operations: ClassVar[ResourceOperations]
    """The generated operations of the collection (list, create, read, update, delete)."""
    _collection_key: ClassVar[str]
    """The list key of a collection page, e.g. ``managedObjects``."""
    _object_class: type[O]

    def __init__(self, c8y: CumulocityConnection) -> None:
        self.c8y = c8y

    def build_object_path(self, object_id: str | int, kind: str = "read") -> str:
        """Return the path of one object of the collection (the ID as one encoded segment).

        A path under the tenant (``/user/{tenantId}/users/{userId}``) takes the connection's
        tenant id; the object's ID fills the other parameter.

        Raises:
            InvalidIdError: The ID cannot be a path segment.
        """
        operation = self._operations.require(kind)
        names = operation.path_params
        if len(names) == 2 and "tenantId" in names:
            (own,) = [name for name in names if name != "tenantId"]
            return render_path(operation, tenantId=self.c8y.tenant_id, **{own: object_id})
        return object_path(operation, object_id)

    @property
    def _resource(self) -> str:
        """The collection path (from the generated list operation)."""
        return self._operations.list.path

    async def _get_object(self, object_id: str | int) -> O:
        json = await self.c8y.get(self.build_object_path(object_id))
        return self._object_class.from_json(json, self.c8y)

    # -- queries -------------------------------------------------------------------------------

    def _select(
        self,
        params: dict[str, Any],
        *,
        limit: int | None,
        include: Matcher | None,
        exclude: Matcher | None,
        page_size: int | None,
        page_number: int | None,
        as_values: AsValues | None,
        workers: int | None,
        resource: str | None = None,
        collection_key: str | None = None,
        object_class: type[O] | None = None,
        unwrap: str | None = None,
        progress: Progress | None = None,
    ) -> AsyncIterator[Any]:
        """Check the arguments now and return the iterator over the results.

        Args:
            unwrap: For a reference collection, the key whose object each item carries (a
                user's groups list ``{"group": {...}}``); items without it are skipped.
            progress: See the module docstring.
        """
        check_no_paging(params)
        matcher = build_matcher(include, exclude)
        extract = None if as_values is None else build_extractor(as_values)
        size = infer_page_size(limit, page_size, matcher is not None)
        _check_positive("page_number", page_number)
        _check_positive("workers", workers)
        _check_callable("progress", progress)
        count = None
        if progress is not None and page_number is None:
            count = self._counter(params, resource, None if matcher is not None else limit)
        return self._iterate(
            resource or self._resource,
            collection_key or self._collection_key,
            object_class or self._object_class,
            params,
            limit=limit,
            page_size=size,
            page_number=page_number,
            workers=workers,
            matcher=matcher,
            extract=extract,
            unwrap=unwrap,
            progress=progress,
            count=count,
        )

    def _counter(
        self, params: dict[str, Any], resource: str | None, limit: int | None
    ) -> Callable[[], Awaitable[int | None]]:
        """The count request of a query with progress: the total it will read.

        None when the answer carries no count (a collection without statistics): the query
        itself still runs, and progress reports an unknown total.
        """

        async def count() -> int | None:
            try:
                total = await self._get_count(params, resource)
            except ResponseDecodeError:
                return None
            return total if limit is None else min(total, limit)

        return count

    async def _iterate(
        self,
        resource: str,
        key: str,
        object_class: type[O],
        params: dict[str, Any],
        *,
        limit: int | None,
        page_size: int,
        page_number: int | None,
        workers: int | None,
        matcher: Any,
        extract: Callable[[dict[str, Any]], Any] | None,
        unwrap: str | None = None,
        progress: Progress | None = None,
        count: Callable[[], Awaitable[int | None]] | None = None,
    ) -> AsyncIterator[Any]:
        if limit == 0:
            return
        c8y = self.c8y
        total = None if count is None else await count()
        read = 0
        pages = _unwrapped(
            iter_pages(
                c8y,
                resource,
                params,
                key=key,
                page_size=page_size,
                page_number=page_number,
                limit=None if matcher is not None else limit,
                workers=workers,
            ),
            unwrap,
        )
        try:
            if matcher is None:
                async for page in pages:
                    if extract is None:
                        for obj in object_class.from_json_list(page, c8y):
                            yield obj
                    else:
                        for json in page:
                            yield extract(json)
                    if progress is not None:
                        read += len(page)
                        progress(read, total)
                return
            build = matcher.needs_object or extract is None
            from_json = object_class.from_json
            found = 0
            async for page in pages:
                for json in page:
                    read += 1
                    built: O | None = from_json(json, c8y) if build else None
                    if not matcher(json, built):
                        continue
                    yield built if extract is None else extract(json)
                    found += 1
                    if limit is not None and found >= limit:
                        if progress is not None:
                            progress(read, total)
                        return
                if progress is not None:
                    progress(read, total)
        finally:
            await pages.aclose()

    async def _to_dataframe(
        self,
        columns: Sequence[ColumnSpec],
        params: dict[str, Any],
        *,
        limit: int | None,
        include: Matcher | None,
        exclude: Matcher | None,
        page_size: int | None,
        workers: int | None,
    ) -> Any:
        """The body of every `to_dataframe`: the query's values at the column paths.

        Raises:
            ConfigurationError: Malformed columns (before any request).
            ImportError: pandas is not installed (the message names the extra).
        """
        names, paths = split_columns(columns)
        rows = self._select(
            params,
            limit=limit,
            include=include,
            exclude=exclude,
            page_size=page_size,
            page_number=None,
            as_values=list(paths),
            workers=workers,
        )
        return await rows_to_dataframe(rows, names)

    async def _get_count(self, params: dict[str, Any], resource: str | None = None) -> int:
        check_no_paging(params)
        if resource is not None:
            return await get_count(self.c8y, resource, params)
        listing = self._operations.list
        return await get_count(self.c8y, listing.path, params, declared=listing.query_params)

    async def _get_first(self, params: dict[str, Any]) -> O | None:
        """The first result of a query (one request with page size 1), or None."""
        pages = iter_pages(self.c8y, self._resource, params, key=self._collection_key, page_size=1)
        try:
            async for page in pages:
                return self._object_class.from_json(page[0], self.c8y)
        finally:
            await pages.aclose()
        return None

    # -- bulk calls ----------------------------------------------------------------------------

    async def _create_many(
        self,
        objects: Iterable[O],
        *,
        workers: int | None,
        progress: Progress | None,
    ) -> None:
        c8y = self.c8y
        operation = self._operations.require("create")

        async def create(obj: O) -> None:
            await c8y.call(operation, json=obj.to_json())

        await run_bulk(list(objects), create, workers=workers, progress=progress)

    async def _update_many(
        self,
        objects: Iterable[O],
        *,
        workers: int | None,
        progress: Progress | None,
    ) -> None:
        c8y = self.c8y
        items = list(objects)
        for obj in items:
            obj._require_id()
        # Every body first: a change an object refuses stops the call before any request.
        bodies = {id(obj): obj._update_body() for obj in items}
        media_type = json_media_type(self._operations.require("update"))

        async def update(obj: O) -> None:
            path = self.build_object_path(obj._require_id(), "update")
            await c8y.put(path, bodies[id(obj)], content_type=media_type)
            obj._mark_saved()

        await run_bulk(items, update, workers=workers, progress=progress)

    async def _delete_many(
        self,
        objects: Iterable[O | str | int],
        *,
        params: Mapping[str, Any] | None,
        workers: int | None,
        progress: Progress | None,
    ) -> None:
        paths = [self.build_object_path(_object_id(o), "delete") for o in objects]
        c8y = self.c8y

        async def delete(path: str) -> None:
            await c8y.delete(path, params)

        await run_bulk(paths, delete, workers=workers, progress=progress)

    async def _apply_to_many(
        self,
        model: O | Mapping[str, Any],
        object_ids: Iterable[O | str | int],
        *,
        workers: int | None,
        progress: Progress | None,
    ) -> None:
        body = model.to_json() if isinstance(model, CumulocityObject) else dict(model)
        paths = [self.build_object_path(_object_id(o), "update") for o in object_ids]
        media_type = json_media_type(self._operations.require("update"))
        c8y = self.c8y

        async def apply(path: str) -> None:
            await c8y.put(path, body, content_type=media_type)

        await run_bulk(paths, apply, workers=workers, progress=progress)


Pages = AsyncGenerator[list[dict[str, Any]], None]


def _unwrapped(pages: Pages, key: str | None) -> Pages:
    """The pages, or each page's items replaced by the object under `key` (None: as they are)."""
    return pages if key is None else _unwrap_pages(pages, key)


async def _unwrap_pages(pages: Pages, key: str) -> Pages:
    try:
        async for page in pages:
            yield [item[key] for item in page if isinstance(item.get(key), dict)]
    finally:
        await pages.aclose()


def _object_id(obj: ObjectOrId) -> str:
    """The database ID of an object or an ID given as is.

    Raises:
        ObjectStateError: An object without ID.
        InvalidIdError: Neither an object nor a non-empty str/int.
    """
    if isinstance(obj, CumulocityObject):
        return obj._require_id()
    if isinstance(obj, str | int) and not isinstance(obj, bool):
        text = str(obj)
        if text:
            return text
    raise InvalidIdError(f"expected an object or a database ID, got {obj!r}")
