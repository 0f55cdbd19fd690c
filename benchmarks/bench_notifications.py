"""Benchmark: the Notification 2.0 listener's memory over a long run, and its throughput.

Not a test: prints ratios measured in one run.

1. Memory: one `NotificationListener` (callback interface, auto-acknowledging) reads
   ``--count`` messages (default 100 000: measurements created in collections of 1000). The
   process's resident memory and its number of live Python objects are sampled after every
   tenth of the run; the ratios of the last sample to the one after the first tenth show
   whether memory stays flat. Target: both at most 1.1.
2. Throughput: messages per second from the first create request to the last message handed
   over, for the listener's callback and for a plain ``websockets`` client reading the same
   endpoint (receive, parse the header, acknowledge), ``--burst`` messages per round, the two
   alternating for ``--repeat`` rounds. Each round has its own subscription and device, so the
   server does the same work for both. Printed: the median rates and listener / plain.

The emulator runs in its own process (``python -m c8y_emulator``, in-memory database), as in
``bench_measurements_bulk.py``.

Run: ``.venv/bin/python benchmarks/bench_notifications.py [--count 100000] [--burst 5000]``
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import statistics
import time
from collections.abc import Awaitable, Callable

import orjson
import websockets
from bench_measurements_bulk import start_emulator

from c8y_objects import (
    CumulocityClient,
    ManagedObject,
    Measurement,
    Notification,
    NotificationListener,
    Subscription,
)

BATCH = 1000
T0 = "2024-05-01T12:00:00.000Z"
MEMORY_TARGET = 1.1


def rss_bytes() -> int:
    """Resident set size of this process (Linux ``/proc``)."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


async def produce(c8y: CumulocityClient, source: str, count: int) -> None:
    for start in range(0, count, BATCH):
        batch = [
            Measurement(c8y, source=source, type="c8y_Bench", time=T0, c8y_N={"n": {"value": n}})
            for n in range(start, min(start + BATCH, count))
        ]
        await c8y.measurements.create(*batch, batch_size=BATCH)


async def subscribe(c8y: CumulocityClient, name: str) -> str:
    device = await ManagedObject(c8y, name=name, c8y_IsDevice={}).create()
    await Subscription(
        c8y, name=name, context="mo", source_id=device.id, api_filter=["measurements"]
    ).create()
    assert device.id is not None
    return device.id


async def memory_run(c8y: CumulocityClient, count: int) -> None:
    source = await subscribe(c8y, "memory")
    await c8y.tokens.generate("memory", subscriber="memory")
    samples: list[tuple[int, int, int]] = []
    step = max(count // 10, 1)
    done = asyncio.Event()
    handled = 0

    async def callback(message: Notification) -> None:
        nonlocal handled
        assert message.json["c8y_N"]["n"]["value"] >= 0  # parse it, as a consumer would
        handled += 1
        if handled % step == 0:
            gc.collect()
            samples.append((handled, rss_bytes(), len(gc.get_objects())))
        if handled >= count:
            done.set()

    listener = NotificationListener(c8y, "memory", "memory")
    listener.start(callback)
    started = time.perf_counter()
    await produce(c8y, source, count)
    await done.wait()
    elapsed = time.perf_counter() - started
    await listener.stop()
    print(f"memory: {count} messages in {elapsed:.1f} s ({count / elapsed:,.0f}/s)")
    for seen, rss, objects in samples:
        print(f"  after {seen:>7}: RSS {rss / 2**20:7.1f} MiB, {objects:>8} live objects")
    first, last = samples[0], samples[-1]
    rss_ratio = last[1] / first[1]
    object_ratio = last[2] / first[2]
    verdict = "meets" if max(rss_ratio, object_ratio) <= MEMORY_TARGET else "MISSES"
    print(
        f"memory ratio (last / first sample): RSS {rss_ratio:.3f}, live objects "
        f"{object_ratio:.3f} -> {verdict} the target {MEMORY_TARGET}"
    )


Reader = Callable[[CumulocityClient, str, int, Callable[[], Awaitable[None]]], Awaitable[float]]


async def with_listener(
    c8y: CumulocityClient, name: str, burst: int, go: Callable[[], Awaitable[None]]
) -> float:
    done = asyncio.Event()
    handled = 0

    async def callback(message: Notification) -> None:
        nonlocal handled
        assert message.json["c8y_N"]["n"]["value"] >= 0
        handled += 1
        if handled >= burst:
            done.set()

    listener = NotificationListener(c8y, name, name)
    await listener._fresh_token()  # the subscriber exists before the burst
    listener.start(callback)
    await listener.wait_connected(30)
    started = time.perf_counter()
    await go()
    await done.wait()
    elapsed = time.perf_counter() - started
    await listener.stop()
    return burst / elapsed


async def with_plain_client(
    c8y: CumulocityClient, name: str, burst: int, go: Callable[[], Awaitable[None]]
) -> float:
    token = await c8y.tokens.generate(name, subscriber=name)
    uri = c8y.tokens.build_websocket_uri(token)
    # The token made the subscriber: it keeps what is published from here on, connected or not.
    async with websockets.connect(uri) as ws:

        async def read() -> None:
            for _ in range(burst):
                frame = await ws.recv()
                assert isinstance(frame, str)
                head, _, body = frame.partition("\n\n")
                assert orjson.loads(body)["c8y_N"]["n"]["value"] >= 0
                await ws.send(head.split("\n", 1)[0])

        reader = asyncio.create_task(read())
        started = time.perf_counter()
        await go()
        await reader
        return burst / (time.perf_counter() - started)


async def throughput(c8y: CumulocityClient, burst: int, repeat: int) -> None:
    rates: dict[str, list[float]] = {"listener": [], "plain": []}
    readers: dict[str, Reader] = {"listener": with_listener, "plain": with_plain_client}
    for round_ in range(repeat):
        order = ["listener", "plain"] if round_ % 2 == 0 else ["plain", "listener"]
        for kind in order:
            name = f"{kind}{round_}"
            source = await subscribe(c8y, name)

            async def go(source: str = source) -> None:
                await produce(c8y, source, burst)

            rates[kind].append(await readers[kind](c8y, name, burst, go))
    sdk = statistics.median(rates["listener"])
    plain = statistics.median(rates["plain"])
    print(
        f"create -> handler, {burst} messages per round, median of {repeat}: listener "
        f"{sdk:,.0f}/s, plain websockets client {plain:,.0f}/s, ratio {sdk / plain:.2f}"
    )


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--burst", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    process, url = start_emulator()
    try:
        async with CumulocityClient(url, "t12345", username="admin", password="admin") as c8y:
            await throughput(c8y, args.burst, args.repeat)
            await memory_run(c8y, args.count)
    finally:
        process.kill()
        process.wait()


if __name__ == "__main__":
    asyncio.run(main())
