"""A read response is freed by reference counting, not left for the cyclic garbage collector.

httpx links a response and its stream both ways; while that cycle stands, a page body read by
`iter_pages` stays in memory until a collection of the generation it was promoted to, so the
memory of a long streamed `select` grows. `CumulocityRestClient.request` unlinks the stream.
"""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest

from c8y_objects import CumulocityClient


@pytest.fixture
def no_cyclic_gc() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@pytest.mark.usefixtures("no_cyclic_gc")
async def test_a_response_is_freed_without_the_cyclic_gc(c8y: CumulocityClient) -> None:
    response = await c8y.request("GET", "/inventory/managedObjects", params={"pageSize": 5})
    assert response.status_code == 200
    assert response.content  # still readable after the stream was unlinked
    gone = weakref.ref(response)
    del response
    assert gone() is None


@pytest.mark.usefixtures("no_cyclic_gc")
async def test_page_bytes_are_freed_without_the_cyclic_gc(
    loopback_client: CumulocityClient,
) -> None:
    content = await loopback_client.get_bytes("/inventory/managedObjects", {"pageSize": 5})
    assert content.startswith(b"{")
    referrers = gc.get_referrers(content)
    # Only this frame holds the body: no response object keeps it alive.
    assert all(type(r).__name__ == "frame" for r in referrers), [type(r) for r in referrers]
