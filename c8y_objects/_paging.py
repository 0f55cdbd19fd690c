"""Reading paged collections: pages of raw JSON items, optionally several pages in flight.

The platform addresses pages with ``currentPage`` (1-based) and ``pageSize``. A page shorter
than ``pageSize`` (or empty) is the last one. With ``workers=N`` up to N pages are requested at
once (pages k..k+N-1); they are still yielded in order, and no more than N pages are held at any
time, so memory stays flat however long the collection is.
"""

from __future__ import annotations

import asyncio
import gc
from collections import deque
from collections.abc import AsyncGenerator, Mapping
from typing import Any

import orjson

from c8y_objects._bulk import check_workers
from c8y_objects._http import CumulocityConnection
from c8y_objects._wire import PAGING_PARAMS
from c8y_objects.errors import ConfigurationError, ResponseDecodeError

__all__ = ["MAX_PAGE_SIZE", "get_count", "iter_pages", "parse_page"]

MAX_PAGE_SIZE = 2000
"""The largest ``pageSize`` the platform accepts."""


def check_no_paging(params: Mapping[str, Any]) -> None:
    """Refuse paging parameters among raw ones: the pager sets them and would overwrite them.

    Raises:
        ConfigurationError: ``pageSize`` or ``currentPage`` among `params`.
    """
    given = [name for name in PAGING_PARAMS if name in params]
    if given:
        raise ConfigurationError(
            f"{', '.join(sorted(given))} in the query: paging is set by the call; "
            "use page_size= / page_number= instead"
        )


def parse_json_fast(content: bytes) -> Any:
    """Parse JSON with the cyclic garbage collector paused (it dominates the cost for big pages)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return orjson.loads(content)
    finally:
        if enabled:
            gc.enable()


def parse_page(content: bytes, key: str, *, resource: str = "") -> list[dict[str, Any]]:
    """Parse one collection page and return its list of items (pure).

    Args:
        content: The raw response body.
        key: The collection's list key, e.g. ``"managedObjects"``.
        resource: The requested path, for error messages.

    Raises:
        ResponseDecodeError: The body is not JSON, or has no list under `key`.
    """
    try:
        data = parse_json_fast(content)
    except orjson.JSONDecodeError as exc:
        raise ResponseDecodeError(
            f"collection page is not valid JSON ({exc})",
            method="GET",
            url=resource,
            status_code=200,
            body=content,
        ) from None
    items = data.get(key) if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise ResponseDecodeError(
            f"collection page has no list under {key!r}",
            method="GET",
            url=resource,
            status_code=200,
            body=content,
        )
    return items


def _check(page_size: int, page_number: int | None, limit: int | None, workers: int | None) -> None:
    if not 1 <= page_size <= MAX_PAGE_SIZE:
        raise ConfigurationError(
            f"page_size must be between 1 and {MAX_PAGE_SIZE}, got {page_size}"
        )
    if page_number is not None and page_number < 1:
        raise ConfigurationError(f"page_number must be 1 or more, got {page_number}")
    if limit is not None and limit < 0:
        raise ConfigurationError(f"limit must be 0 or more, got {limit}")
    check_workers(workers)


async def iter_pages(
    c8y: CumulocityConnection,
    resource: str,
    params: Mapping[str, Any],
    *,
    key: str,
    page_size: int,
    page_number: int | None = None,
    limit: int | None = None,
    workers: int | None = None,
) -> AsyncGenerator[list[dict[str, Any]]]:
    """Yield the pages of a collection as lists of raw JSON items, in server order.

    Args:
        c8y: The connection.
        resource: The collection path, e.g. ``/inventory/managedObjects``.
        params: Query parameters (filters); ``pageSize`` and ``currentPage`` are set here.
        key: The collection's list key in the response, e.g. ``"managedObjects"``.
        page_size: Items per request (1 to 2000).
        page_number: Read only this page (1-based).
        limit: Stop after this many items in total (None: no limit).
        workers: Pages requested at once (None or 1: one after the other).

    Close the generator (``aclose``, or `contextlib.aclosing`) when stopping early: that
    cancels the page requests still in flight at once instead of at garbage collection.

    Raises:
        ConfigurationError: An argument is out of range.
        APIError: A page request failed.
        ResponseDecodeError: A page body is not a valid collection.
    """
    _check(page_size, page_number, limit, workers)
    check_no_paging(params)
    if limit == 0:
        return
    if page_number is not None:
        page = await _fetch(c8y, resource, params, key, page_size, page_number)
        yield page if limit is None else page[:limit]
        return
    if limit is not None and limit < page_size:
        page_size = limit
    last_page = None if limit is None else -(-limit // page_size)
    remaining = limit
    if workers is None or workers == 1:
        pages = _sequential(c8y, resource, params, key, page_size, last_page)
    else:
        pages = _windowed(c8y, resource, params, key, page_size, last_page, workers)
    try:
        async for page in pages:
            if remaining is not None:
                if len(page) >= remaining:
                    yield page[:remaining]
                    return
                remaining -= len(page)
            yield page
    finally:
        await pages.aclose()


async def _fetch(
    c8y: CumulocityConnection,
    resource: str,
    params: Mapping[str, Any],
    key: str,
    page_size: int,
    page: int,
) -> list[dict[str, Any]]:
    query = {**params, "pageSize": page_size, "currentPage": page}
    content = await c8y.get_bytes(resource, query)
    return parse_page(content, key, resource=resource)


async def _sequential(
    c8y: CumulocityConnection,
    resource: str,
    params: Mapping[str, Any],
    key: str,
    page_size: int,
    last_page: int | None,
) -> AsyncGenerator[list[dict[str, Any]]]:
    number = 1
    while last_page is None or number <= last_page:
        page = await _fetch(c8y, resource, params, key, page_size, number)
        if page:
            yield page
        if len(page) < page_size:
            return
        number += 1


async def _windowed(
    c8y: CumulocityConnection,
    resource: str,
    params: Mapping[str, Any],
    key: str,
    page_size: int,
    last_page: int | None,
    workers: int,
) -> AsyncGenerator[list[dict[str, Any]]]:
    window: deque[asyncio.Task[list[dict[str, Any]]]] = deque()
    number = 1
    try:
        while True:
            while len(window) < workers and (last_page is None or number <= last_page):
                window.append(
                    asyncio.create_task(_fetch(c8y, resource, params, key, page_size, number))
                )
                number += 1
            if not window:
                return
            page = await window.popleft()
            if page:
                yield page
            if len(page) < page_size:
                return
    finally:
        for task in window:
            task.cancel()
        if window:
            await asyncio.gather(*window, return_exceptions=True)


async def get_count(
    c8y: CumulocityConnection,
    resource: str,
    params: Mapping[str, Any],
    *,
    declared: frozenset[str] | None = None,
) -> int:
    """Count a collection's items matching `params` without reading them.

    Asks for one item per page with ``withTotalElements``; if the platform leaves
    ``totalElements`` out, or the operation does not declare it, asks with ``withTotalPages``
    (with one item per page, the page count is the item count).

    Args:
        declared: The query parameters the list operation declares (None: assume both).

    Raises:
        APIError: The request failed.
        ResponseDecodeError: The answer carries no count.
    """
    check_no_paging(params)
    base = dict(params)
    count = None
    if declared is None or "withTotalElements" in declared:
        data = await c8y.get(resource, {**base, "pageSize": 1, "withTotalElements": True})
        count = _statistic(data, "totalElements")
    if count is None and (declared is None or "withTotalPages" in declared):
        data = await c8y.get(resource, {**base, "pageSize": 1, "withTotalPages": True})
        count = _statistic(data, "totalPages")
    if count is None:
        raise ResponseDecodeError(
            "collection answer carries neither totalElements nor totalPages",
            method="GET",
            url=resource,
            status_code=200,
        )
    return count


def _statistic(data: Any, name: str) -> int | None:
    stats = data.get("statistics") if isinstance(data, dict) else None
    value = stats.get(name) if isinstance(stats, dict) else None
    return value if isinstance(value, int) and not isinstance(value, bool) else None
