"""Paging and counting over a fake collection (httpx.MockTransport)."""

from __future__ import annotations

import asyncio
import gc
import random
from contextlib import aclosing
from typing import Any

import httpx
import orjson
import pytest

from c8y_objects._paging import get_count, iter_pages, parse_page
from c8y_objects.client import CumulocityClient
from c8y_objects.errors import ConfigurationError, NotFoundError, ResponseDecodeError
from tests.objects.conftest import RecordingSleep

RESOURCE = "/inventory/managedObjects"
KEY = "managedObjects"


class FakeCollection:
    """Serves `total` items by ``pageSize``/``currentPage`` and records what it was asked."""

    def __init__(
        self, total: int, *, delay: float = 0.0, jitter: bool = False, fast_first: bool = False
    ) -> None:
        self.total = total
        self.delay = delay
        self.fast_first = fast_first
        self.jitter = jitter
        self.requests: list[dict[str, str]] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self.cancelled = 0
        self.served = 0
        self.fail_page: int | None = None
        self.statistics: dict[str, int] = {}
        self.random = random.Random(7)

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        query = dict(request.url.params)
        self.requests.append(query)
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            if self.delay and not (self.fast_first and query.get("currentPage") == "1"):
                factor = self.random.random() if self.jitter else 1.0
                await asyncio.sleep(self.delay * factor)
        except asyncio.CancelledError:
            self.cancelled += 1
            raise
        finally:
            self.in_flight -= 1
        size = int(query.get("pageSize", "5"))
        page = int(query.get("currentPage", "1"))
        if page == self.fail_page:
            return httpx.Response(404, json={"error": "x/Not Found", "message": "gone"})
        first = (page - 1) * size
        items = [
            {"id": str(i), "name": f"mo{i}"} for i in range(first, min(first + size, self.total))
        ]
        self.served += 1
        return httpx.Response(
            200, content=orjson.dumps({KEY: items, "statistics": self.statistics})
        )

    def pages_asked(self) -> list[int]:
        return [int(q["currentPage"]) for q in self.requests]


def client_for(server: FakeCollection) -> CumulocityClient:
    return CumulocityClient(
        "http://c8y",
        "t1",
        username="u",
        password="p",
        transport=httpx.MockTransport(server),
        retry_sleep=RecordingSleep(),
    )


async def collect(
    server: FakeCollection, **kwargs: Any
) -> tuple[list[list[dict[str, Any]]], list[str]]:
    params = kwargs.pop("params", {})
    async with client_for(server) as c8y:
        pages = [page async for page in iter_pages(c8y, RESOURCE, params, key=KEY, **kwargs)]
    return pages, [item["id"] for page in pages for item in page]


def ids(first: int, stop: int) -> list[str]:
    return [str(i) for i in range(first, stop)]


async def test_sequential_reads_every_page_in_order() -> None:
    server = FakeCollection(23)
    pages, got = await collect(server, page_size=5, params={"type": "c8y_Device"})
    assert got == ids(0, 23)
    assert [len(p) for p in pages] == [5, 5, 5, 5, 3]
    assert server.pages_asked() == [1, 2, 3, 4, 5]
    assert all(q["pageSize"] == "5" and q["type"] == "c8y_Device" for q in server.requests)


async def test_a_full_last_page_costs_one_empty_page() -> None:
    server = FakeCollection(10)
    pages, got = await collect(server, page_size=5)
    assert got == ids(0, 10)
    assert len(pages) == 2  # the empty page is not yielded
    assert server.pages_asked() == [1, 2, 3]


async def test_empty_collection_yields_nothing() -> None:
    server = FakeCollection(0)
    pages, _ = await collect(server, page_size=5)
    assert pages == []
    assert server.pages_asked() == [1]


async def test_limit_stops_reading() -> None:
    server = FakeCollection(100)
    _, got = await collect(server, page_size=5, limit=12)
    assert got == ids(0, 12)
    assert server.pages_asked() == [1, 2, 3]


async def test_limit_below_page_size_shrinks_the_request() -> None:
    server = FakeCollection(100)
    _, got = await collect(server, page_size=1000, limit=7)
    assert got == ids(0, 7)
    assert server.requests == [{"pageSize": "7", "currentPage": "1"}]


async def test_limit_zero_sends_nothing() -> None:
    server = FakeCollection(100)
    pages, _ = await collect(server, page_size=5, limit=0)
    assert pages == []
    assert server.requests == []


async def test_page_number_reads_only_that_page() -> None:
    server = FakeCollection(23)
    pages, got = await collect(server, page_size=5, page_number=3)
    assert got == ids(10, 15)
    assert len(pages) == 1
    assert server.pages_asked() == [3]
    _, got = await collect(server, page_size=5, page_number=3, limit=2)
    assert got == ids(10, 12)


@pytest.mark.parametrize("workers", [2, 4, 16])
async def test_workers_keep_server_order(workers: int) -> None:
    server = FakeCollection(237, delay=0.01, jitter=True)
    _, got = await collect(server, page_size=10, workers=workers)
    assert got == ids(0, 237)
    assert 1 < server.max_in_flight <= workers
    assert sorted(server.pages_asked())[:24] == list(range(1, 25))


async def test_workers_respect_the_limit() -> None:
    server = FakeCollection(1000, delay=0.005)
    _, got = await collect(server, page_size=10, workers=8, limit=35)
    assert got == ids(0, 35)
    assert sorted(server.pages_asked()) == [1, 2, 3, 4]


async def test_workers_do_not_read_ahead_beyond_the_window() -> None:
    server = FakeCollection(10_000)
    workers = 4
    async with client_for(server) as c8y:
        consumed = 0
        async with aclosing(
            iter_pages(c8y, RESOURCE, {}, key=KEY, page_size=10, workers=workers)
        ) as pages:
            async for _page in pages:
                consumed += 1
                # Give every outstanding request time to finish: a slow consumer.
                for _ in range(20):
                    await asyncio.sleep(0)
                assert server.served - consumed <= workers
                if consumed == 30:
                    break
    assert server.served <= 30 + workers


async def test_early_exit_cancels_outstanding_requests() -> None:
    server = FakeCollection(10_000, delay=5.0, fast_first=True)
    async with client_for(server) as c8y:
        pages = iter_pages(c8y, RESOURCE, {}, key=KEY, page_size=10, workers=8)
        first = await anext(pages)
        assert [item["id"] for item in first] == ids(0, 10)
        await pages.aclose()
        assert server.cancelled == 7
        assert asyncio.all_tasks() == {asyncio.current_task()}
    assert server.served == 1


async def test_break_without_aclose_still_cleans_up() -> None:
    server = FakeCollection(10_000, delay=5.0, fast_first=True)
    async with client_for(server) as c8y:
        async for _page in iter_pages(c8y, RESOURCE, {}, key=KEY, page_size=10, workers=8):
            break
        # The abandoned generator is finalised by the event loop's async-generator hook.
        gc.collect()
        for _ in range(10):
            await asyncio.sleep(0)
        assert asyncio.all_tasks() == {asyncio.current_task()}
        assert server.cancelled == 7


async def test_failed_page_raises_and_cancels_the_rest() -> None:
    server = FakeCollection(10_000, delay=0.01)
    server.fail_page = 3
    async with client_for(server) as c8y:
        seen: list[str] = []

        async def read_all() -> None:
            async for page in iter_pages(c8y, RESOURCE, {}, key=KEY, page_size=10, workers=4):
                seen.extend(item["id"] for item in page)

        with pytest.raises(NotFoundError):
            await read_all()
        assert seen == ids(0, 20)
        assert asyncio.all_tasks() == {asyncio.current_task()}


async def test_sequential_failure_raises_after_earlier_pages() -> None:
    server = FakeCollection(100)
    server.fail_page = 2
    async with client_for(server) as c8y:
        pages = iter_pages(c8y, RESOURCE, {}, key=KEY, page_size=10)
        assert len(await anext(pages)) == 10
        with pytest.raises(NotFoundError):
            await anext(pages)


@pytest.mark.parametrize(
    ("kwargs", "named"),
    [
        ({"page_size": 0}, "page_size"),
        ({"page_size": 2001}, "page_size"),
        ({"page_size": 5, "page_number": 0}, "page_number"),
        ({"page_size": 5, "limit": -1}, "limit"),
        ({"page_size": 5, "workers": 0}, "workers"),
    ],
)
async def test_bad_arguments_are_refused_before_any_request(
    kwargs: dict[str, Any], named: str
) -> None:
    server = FakeCollection(10)
    with pytest.raises(ConfigurationError, match=named):
        await collect(server, **kwargs)
    assert server.requests == []


def test_parse_page_returns_the_items() -> None:
    content = orjson.dumps({KEY: [{"id": "1"}], "next": "x"})
    assert parse_page(content, KEY) == [{"id": "1"}]


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b'{"managedObjects": [{"id": "1"', "not valid JSON"),
        (b'{"events": []}', "no list under 'managedObjects'"),
        (b'{"managedObjects": {"id": "1"}}', "no list under 'managedObjects'"),
        (b"[1, 2]", "no list under 'managedObjects'"),
    ],
)
def test_parse_page_rejects_bad_bodies(content: bytes, problem: str) -> None:
    with pytest.raises(ResponseDecodeError, match=problem):
        parse_page(content, KEY, resource=RESOURCE)


def test_parse_page_restores_the_garbage_collector() -> None:
    assert gc.isenabled()
    parse_page(orjson.dumps({KEY: []}), KEY)
    assert gc.isenabled()
    with pytest.raises(ResponseDecodeError):
        parse_page(b"{", KEY)
    assert gc.isenabled()
    gc.disable()
    try:
        parse_page(orjson.dumps({KEY: []}), KEY)
        assert not gc.isenabled()  # a caller's choice is kept
    finally:
        gc.enable()


async def test_get_count_reads_total_elements() -> None:
    server = FakeCollection(0)
    server.statistics = {"totalElements": 4321, "pageSize": 1, "currentPage": 1}
    async with client_for(server) as c8y:
        count = await get_count(c8y, RESOURCE, {"type": "c8y_Device"})
        with pytest.raises(ConfigurationError, match="pageSize in the query"):
            await get_count(c8y, RESOURCE, {"type": "c8y_Device", "pageSize": 50})
    assert count == 4321
    assert server.requests == [
        {"type": "c8y_Device", "pageSize": "1", "withTotalElements": "true"},
    ]


async def test_get_count_falls_back_to_total_pages() -> None:
    server = FakeCollection(0)
    server.statistics = {"totalPages": 17, "pageSize": 1}
    async with client_for(server) as c8y:
        assert await get_count(c8y, RESOURCE, {}) == 17
    assert [q.get("withTotalElements") for q in server.requests] == ["true", None]
    assert server.requests[1]["withTotalPages"] == "true"


async def test_get_count_without_statistics_is_a_decode_error() -> None:
    server = FakeCollection(0)
    async with client_for(server) as c8y:
        with pytest.raises(ResponseDecodeError, match="neither totalElements nor totalPages"):
            await get_count(c8y, RESOURCE, {})


class PrebuiltPages:
    """Serves `pages` full pages of pre-encoded items, then an empty one (cheap to serve)."""

    def __init__(self, pages: int, page_size: int) -> None:
        self.pages = pages
        items = [
            {"id": str(i), "name": f"device {i}", "c8y_IsDevice": {}} for i in range(page_size)
        ]
        self.full = orjson.dumps({KEY: items})
        self.empty = orjson.dumps({KEY: []})

    def __call__(self, request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["currentPage"])
        return httpx.Response(200, content=self.full if page <= self.pages else self.empty)


async def peak_while_streaming(pages: int, workers: int | None) -> tuple[int, int]:
    import tracemalloc

    server = PrebuiltPages(pages, 1000)
    client = CumulocityClient(
        "http://c8y", "t1", token="x", transport=httpx.MockTransport(server), max_retries=0
    )
    seen = 0
    async with client:
        tracemalloc.start()
        try:
            async for page in iter_pages(
                client, RESOURCE, {}, key=KEY, page_size=1000, workers=workers
            ):
                seen += len(page)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    return seen, peak


@pytest.mark.parametrize("workers", [None, 4])
async def test_streaming_memory_does_not_grow_with_the_collection(workers: int | None) -> None:
    small_count, small_peak = await peak_while_streaming(5, workers)
    large_count, large_peak = await peak_while_streaming(60, workers)
    assert (small_count, large_count) == (5_000, 60_000)
    # Twelve times the items, about the same peak: pages are dropped once consumed.
    assert large_peak < small_peak * 1.5
