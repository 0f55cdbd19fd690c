"""Running one async call per item, sequentially or with bounded concurrency."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable, Sized
from typing import TypeVar

from c8y_objects.errors import BulkError, ConfigurationError

__all__ = ["check_workers", "run_bulk"]

T = TypeVar("T")
R = TypeVar("R")

Progress = Callable[[int, int | None], None]


def check_workers(workers: int | None) -> None:
    """Accept None or a whole number of parallel requests of at least 1.

    Raises:
        ConfigurationError: `workers` is a bool, not an int, or less than 1.
    """
    if workers is None:
        return
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        raise ConfigurationError(f"workers must be None or an int of 1 or more, got {workers!r}")


async def run_bulk(
    items: Iterable[T],
    call: Callable[[T], Awaitable[R]],
    *,
    workers: int | None = None,
    progress: Progress | None = None,
) -> list[R]:
    """Await `call(item)` for every item and return the results in input order.

    With `workers` None or 1 the calls run one after the other; otherwise at most `workers` run
    at once. Items are drawn from `items` lazily, so a generator is never materialised beyond
    the calls in flight. After the first failure no new call starts; the calls already running
    finish, and then a `BulkError` names the failed item.

    Args:
        items: The inputs.
        call: The coroutine function to apply to each item.
        workers: The maximum number of calls in flight.
        progress: Called as ``progress(done, total)`` after each completed call (`total` is
            None when `items` has no length).

    Returns:
        The results, one per item, in input order.

    Raises:
        BulkError: A call failed; the original exception is its ``error`` and ``__cause__``.
        ConfigurationError: `workers` is not None or an int of 1 or more.
    """
    check_workers(workers)
    total = len(items) if isinstance(items, Sized) else None
    if workers is None or workers == 1:
        return await _sequential(items, call, total, progress)
    return await _concurrent(items, call, workers, total, progress)


async def _sequential(
    items: Iterable[T],
    call: Callable[[T], Awaitable[R]],
    total: int | None,
    progress: Progress | None,
) -> list[R]:
    results: list[R] = []
    for index, item in enumerate(items):
        try:
            results.append(await call(item))
        except Exception as exc:
            raise BulkError[T](
                index=index,
                item=item,
                error=exc,
                failures=[(index, exc)],
                succeeded=list(range(index)),
                total=total,
            ) from exc
        if progress is not None:
            progress(index + 1, total)
    return results


async def _concurrent(
    items: Iterable[T],
    call: Callable[[T], Awaitable[R]],
    workers: int,
    total: int | None,
    progress: Progress | None,
) -> list[R]:
    results: dict[int, R] = {}
    failures: list[tuple[int, T, BaseException]] = []
    running: dict[asyncio.Task[R], tuple[int, T]] = {}
    source = iter(enumerate(items))
    done_count = 0

    async def run(item: T) -> R:
        return await call(item)

    try:
        while True:
            while not failures and len(running) < workers:
                entry = next(source, None)
                if entry is None:
                    break
                running[asyncio.create_task(run(entry[1]))] = entry
            if not running:
                break
            finished, _ = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
            for task in finished:
                index, item = running.pop(task)
                exc = asyncio.CancelledError() if task.cancelled() else task.exception()
                if exc is not None:
                    failures.append((index, item, exc))
                    continue
                results[index] = task.result()
                done_count += 1
                if progress is not None:
                    progress(done_count, total)
    finally:
        # Only reached with tasks left when we are cancelled: do not leave them running.
        for task in running:
            task.cancel()
        if running:
            await asyncio.gather(*running, return_exceptions=True)
    if failures:
        failures.sort(key=lambda failure: failure[0])
        index, item, first = failures[0]
        raise BulkError[T](
            index=index,
            item=item,
            error=first,
            failures=[(i, e) for i, _, e in failures],
            succeeded=sorted(results),
            total=total,
        ) from first
    return [results[i] for i in range(len(results))]
