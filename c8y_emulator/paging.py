"""Paging for every collection of the emulator: one parser, one renderer.

The platform's rules: ``currentPage`` counts from 1; ``pageSize`` defaults to 5 and a value above
2000 is trimmed to 2000; a page size or page number below 1, one that is not an integer, or one
beyond the platform's 32-bit integer range is invalid data (422). A DELETE by filter reads the
same parameters (through :func:`parse_page_request`), so it refuses what a GET refuses.
``statistics`` always carries ``currentPage`` and ``pageSize``; ``totalPages`` and
``totalElements`` only when ``withTotalPages`` / ``withTotalElements`` ask for them. ``self``,
``next`` and ``prev`` are absolute URLs built from the request's base URL; ``next`` appears when
another item exists after this page, ``prev`` from page 2 on.

A resource renders each item to JSON bytes itself (often straight from storage) and hands the
list to :func:`page_response`, which splices them into the collection document.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import orjson

from c8y_emulator.errors import invalid_data
from c8y_emulator.storage import fetch_raw_text
from c8y_emulator.web import Request, Response, bytes_response

DEFAULT_PAGE_SIZE = 5
MAX_PAGE_SIZE = 2000
# The platform binds these parameters to Java ints: a larger number is a conversion error there.
MAX_PARAMETER_INT = 2**31 - 1
_INTEGER = re.compile(r"([+-]?)([0-9]+)")

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class PageRequest:
    """The page a client asked for."""

    page_size: int
    current_page: int
    with_total_pages: bool
    with_total_elements: bool
    revert: bool = False

    @property
    def offset(self) -> int:
        """Index of the first item of the page."""
        return (self.current_page - 1) * self.page_size

    @property
    def needs_total(self) -> bool:
        """Whether the statistics must report a total (so the caller must count)."""
        return self.with_total_pages or self.with_total_elements


def _positive_int(request: Request, name: str, default: int, area: str) -> int:
    raw = request.param(name)
    if raw is None or raw == "":
        return default
    found = _INTEGER.fullmatch(raw.strip())
    if found is None:
        raise invalid_data(area, f"{name} must be an integer, got {raw!r}")
    sign, digits = found.group(1), found.group(2).lstrip("0")
    if sign == "-" or digits == "":
        raise invalid_data(area, f"{name} must be 1 or greater, got {raw!r}")
    # Lengths first: int() refuses strings of thousands of digits.
    if len(digits) > len(str(MAX_PARAMETER_INT)) or int(digits) > MAX_PARAMETER_INT:
        raise invalid_data(area, f"{name} must be at most {MAX_PARAMETER_INT}, got {raw!r}")
    return int(digits)


def parse_page_request(request: Request, area: str) -> PageRequest:
    """Read ``pageSize``, ``currentPage``, ``withTotalPages``, ``withTotalElements``, ``revert``.

    Every list route calls this, and so does every DELETE by filter before it deletes anything:
    the platform reads the same parameters there and refuses a malformed one the same way.

    Raises:
        ApiError: 422 for a value that is not a positive integer (at most ``MAX_PARAMETER_INT``)
            or not a boolean.
    """
    page_size = min(_positive_int(request, "pageSize", DEFAULT_PAGE_SIZE, area), MAX_PAGE_SIZE)
    current_page = _positive_int(request, "currentPage", 1, area)
    return PageRequest(
        page_size=page_size,
        current_page=current_page,
        with_total_pages=request.flag("withTotalPages", area),
        with_total_elements=request.flag("withTotalElements", area),
        revert=request.flag("revert", area),
    )


def slice_page(items: Sequence[T], page: PageRequest) -> tuple[list[T], bool]:
    """Cut one page out of an in-memory list; return it and whether more items follow."""
    start = page.offset
    end = start + page.page_size
    return list(items[start:end]), len(items) > end


@dataclass(frozen=True, slots=True)
class PageRows:
    """One page of database rows, whether more follow, and the total when it was counted."""

    rows: list[Any]
    has_more: bool
    total: int | None


def fetch_page(
    cur: sqlite3.Cursor, page: PageRequest, *, select: str, count: str, args: Sequence[Any]
) -> PageRows:
    """Read one page of `select` (an ordered query without LIMIT) and count `count` if needed.

    Both queries take the same `args`. One row beyond the page is read to learn whether more
    follow; TEXT columns come back as bytes (see `fetch_raw_text`).
    """
    rows = fetch_raw_text(
        cur, f"{select} LIMIT ? OFFSET ?", (*args, page.page_size + 1, page.offset)
    )
    total = cur.execute(count, args).fetchone()[0] if page.needs_total else None
    return PageRows(rows[: page.page_size], len(rows) > page.page_size, total)


def page_response(
    request: Request,
    page: PageRequest,
    *,
    key: str,
    items: Sequence[bytes],
    has_more: bool,
    total: int | None,
    media_type: str,
    extra: dict[str, object] | None = None,
) -> Response:
    """Render a collection page from pre-serialised items.

    Args:
        request: The request (for links and content negotiation).
        page: The parsed page request.
        key: Name of the item list (``managedObjects``, ``references``, ``externalIds``, ...).
        items: Each item's JSON bytes, in order.
        has_more: Whether another item exists after this page.
        total: Number of items of the whole result; required when ``page.needs_total``.
        media_type: The collection's media type.
        extra: Further top-level members of the collection document.
    """
    statistics: dict[str, int] = {"currentPage": page.current_page, "pageSize": page.page_size}
    if page.with_total_pages and total is not None:
        statistics["totalPages"] = -(-total // page.page_size)
    if page.with_total_elements and total is not None:
        statistics["totalElements"] = total
    head: dict[str, object] = {
        "self": request.page_url(pageSize=page.page_size, currentPage=page.current_page)
    }
    tail: dict[str, object] = {"statistics": statistics}
    if page.current_page > 1:
        tail["prev"] = request.page_url(pageSize=page.page_size, currentPage=page.current_page - 1)
    if has_more:
        tail["next"] = request.page_url(pageSize=page.page_size, currentPage=page.current_page + 1)
    if extra:
        tail.update(extra)
    body = b"".join(
        (
            orjson.dumps(head)[:-1],
            b',"',
            key.encode(),
            b'":[',
            b",".join(items),
            b"],",
            orjson.dumps(tail)[1:],
        )
    )
    return bytes_response(request, 200, body, media_type)
