"""run_bulk: order, bounded concurrency, progress, and failures that lose nothing."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest

from c8y_objects._bulk import run_bulk
from c8y_objects.errors import BulkError, ConfigurationError, NotFoundError


class Recorder:
    """An async call that records starts, ends and concurrency; fails for chosen items."""

    def __init__(self, *, fail: frozenset[int] = frozenset(), delay: float = 0.0) -> None:
        self.fail = fail
        self.delay = delay
        self.started: list[int] = []
        self.finished: list[int] = []
        self.running = 0
        self.max_running = 0

    async def __call__(self, item: int) -> str:
        self.started.append(item)
        self.running += 1
        self.max_running = max(self.max_running, self.running)
        try:
            # Later items finish sooner, so completion order differs from input order.
            await asyncio.sleep(self.delay / (1 + item % 5))
            if item in self.fail:
                raise NotFoundError(
                    status_code=404, message=f"no {item}", method="DELETE", url=f"/x/{item}"
                )
            return f"r{item}"
        finally:
            self.running -= 1
            self.finished.append(item)


@pytest.mark.parametrize("workers", [None, 1])
async def test_sequential_runs_one_at_a_time_in_order(workers: int | None) -> None:
    call = Recorder()
    results = await run_bulk(range(6), call, workers=workers)
    assert results == [f"r{i}" for i in range(6)]
    assert call.started == list(range(6))
    assert call.max_running == 1


async def test_concurrent_results_keep_input_order() -> None:
    call = Recorder(delay=0.01)
    results = await run_bulk(list(range(40)), call, workers=8)
    assert results == [f"r{i}" for i in range(40)]
    assert call.finished != sorted(call.finished)  # they really completed out of order
    assert call.max_running == 8


async def test_empty_input() -> None:
    call = Recorder()
    assert await run_bulk([], call, workers=4) == []
    assert await run_bulk([], call) == []
    assert call.started == []


@pytest.mark.parametrize("workers", [None, 3])
async def test_progress_counts_every_completion(workers: int | None) -> None:
    calls: list[tuple[int, int | None]] = []
    await run_bulk(
        [1, 2, 3, 4], Recorder(), workers=workers, progress=lambda d, t: calls.append((d, t))
    )
    assert calls == [(1, 4), (2, 4), (3, 4), (4, 4)]


async def test_progress_total_is_none_for_generators() -> None:
    calls: list[tuple[int, int | None]] = []
    await run_bulk((i for i in range(3)), Recorder(), progress=lambda d, t: calls.append((d, t)))
    assert calls == [(1, None), (2, None), (3, None)]


async def test_generators_are_drawn_lazily() -> None:
    drawn: list[int] = []

    def source() -> Iterator[int]:
        for i in range(100):
            drawn.append(i)
            yield i

    call = Recorder(delay=0.001)
    progress_seen: list[int] = []

    def progress(done: int, total: int | None) -> None:
        # Never more than `workers` items drawn ahead of the completed ones.
        progress_seen.append(len(drawn) - done)

    await run_bulk(source(), call, workers=4, progress=progress)
    assert max(progress_seen) <= 4
    assert len(drawn) == 100


async def test_sequential_failure_stops_and_names_the_item() -> None:
    call = Recorder(fail=frozenset({2}))
    with pytest.raises(BulkError) as info:
        await run_bulk([0, 1, 2, 3, 4], call)
    error = info.value
    assert (error.index, error.item, error.total) == (2, 2, 5)
    assert isinstance(error.error, NotFoundError)
    assert error.__cause__ is error.error
    assert error.succeeded == [0, 1]
    assert call.started == [0, 1, 2]  # nothing after the failure
    assert "item 2 of 5" in str(error)
    assert "no 2" in str(error)


async def test_concurrent_failure_lets_running_calls_finish() -> None:
    call = Recorder(fail=frozenset({3}), delay=0.02)
    with pytest.raises(BulkError) as info:
        await run_bulk(list(range(50)), call, workers=5)
    error = info.value
    assert error.index == 3
    assert isinstance(error.error, NotFoundError)
    # Every call that started also finished (none was cut off), and no new one started
    # once the failure was seen.
    assert sorted(call.finished) == sorted(call.started)
    assert len(call.started) < 50
    assert set(error.succeeded) == set(call.started) - {3}
    assert error.failures == [(3, error.error)]


async def test_concurrent_failures_are_all_reported_in_input_order() -> None:
    call = Recorder(fail=frozenset({1, 2}), delay=0.01)
    with pytest.raises(BulkError) as info:
        await run_bulk(list(range(4)), call, workers=4)
    error = info.value
    assert error.index == 1
    assert [index for index, _ in error.failures] == [1, 2]
    assert sorted(error.succeeded) == [0, 3]


async def test_cancelling_the_bulk_cancels_running_calls() -> None:
    call = Recorder(delay=10.0)
    task = asyncio.create_task(run_bulk(list(range(10)), call, workers=3))
    for _ in range(5):
        await asyncio.sleep(0)
    assert call.running == 3
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert call.running == 0
    assert asyncio.all_tasks() == {asyncio.current_task()}


@pytest.mark.parametrize("workers", [0, -2, True, 2.5])
async def test_workers_that_are_not_a_count_are_refused(workers: Any) -> None:
    call = Recorder()
    with pytest.raises(ConfigurationError, match="workers must be None or an int"):
        await run_bulk([1], call, workers=workers)
    assert call.started == []
