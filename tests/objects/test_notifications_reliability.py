"""The listener under faults: 10,000 messages, each handed over exactly once.

Each test creates 10,000 measurements (numbered by their value) in collections of 1000 while a
`NotificationListener` reads them, and injures the stream on the way: sockets cut mid-stream,
the server restarted on the same database, a consumer slower than the producer. Afterwards it
counts: every number handed to the callback once (no acknowledged message twice, no
unacknowledged one lost) and nothing left in the subscriber's backlog on the server.
Loopback only; each test is bounded by `LIMIT` seconds.
"""

from __future__ import annotations

import asyncio
import socket
from collections import Counter
from collections.abc import Awaitable, Callable
from pathlib import Path

from c8y_emulator import Emulator
from c8y_objects import (
    CumulocityClient,
    ManagedObject,
    Measurement,
    Notification,
    NotificationListener,
    Subscription,
)

N = 10_000
BATCH = 1000
LIMIT = 90.0
T0 = "2024-05-01T12:00:00.000Z"


def _client(emulator: Emulator) -> CumulocityClient:
    return CumulocityClient(
        emulator.base_url, emulator.tenant_id, username="admin", password="admin"
    )


async def _produce(c8y: CumulocityClient, source: str, numbers: range) -> None:
    for start in range(numbers.start, numbers.stop, BATCH):
        batch = [
            Measurement(c8y, source=source, type="c8y_Seq", time=T0, c8y_Seq={"n": {"value": n}})
            for n in range(start, min(start + BATCH, numbers.stop))
        ]
        await c8y.measurements.create(*batch, batch_size=BATCH)


async def _setup(c8y: CumulocityClient, name: str) -> str:
    device = await ManagedObject(c8y, name="counter", c8y_IsDevice={}).create()
    await Subscription(
        c8y, name=name, context="mo", source_id=device.id, api_filter=["measurements"]
    ).create()
    await c8y.tokens.generate(name, subscriber=name)  # the subscriber exists from here on
    assert device.id is not None
    return device.id


class Counting:
    """The callback: counts each number handed over and calls `on_count` hooks."""

    def __init__(self, total: int) -> None:
        self.seen: Counter[int] = Counter()
        self.handled = 0
        self.total = total
        self.done = asyncio.Event()
        self.hooks: dict[int, Callable[[], Awaitable[None]]] = {}
        self.pause_every = 0

    async def __call__(self, message: Notification) -> None:
        self.seen[int(message.json["c8y_Seq"]["n"]["value"])] += 1
        self.handled += 1
        hook = self.hooks.pop(self.handled, None)
        if hook is not None:
            await hook()
        if self.pause_every and self.handled % self.pause_every == 0:
            await asyncio.sleep(0.005)  # slower than the producer
        if len(self.seen) >= self.total:
            self.done.set()


def _assert_exactly_once(counting: Counting, total: int) -> None:
    twice = [n for n, times in counting.seen.items() if times > 1]
    missing = sorted(set(range(total)) - set(counting.seen))
    assert twice == [], f"handed over twice: {twice[:10]}"
    assert missing == [], f"lost: {missing[:10]} ({len(missing)})"
    assert counting.handled == total


async def _backlog_drains(emulator: Emulator, name: str) -> int:
    for _ in range(50):
        left = emulator.app.notifications.backlog(name, name)
        if left == 0:
            return 0
        await asyncio.sleep(0.05)
    return emulator.app.notifications.backlog(name, name)


def _listener(c8y: CumulocityClient, name: str) -> NotificationListener:
    return NotificationListener(c8y, name, name, backoff_initial=0.02, backoff_max=0.3)


async def test_sockets_cut_mid_stream_lose_nothing_and_repeat_nothing() -> None:
    async with Emulator() as emulator, _client(emulator) as c8y:
        source = await _setup(c8y, "cuts")
        counting = Counting(N)

        async def cut() -> None:
            assert emulator.app.notifications.drop_connections() == 1

        for at in (700, 2500, 4100, 6000, 8800):
            counting.hooks[at] = cut
        listener = _listener(c8y, "cuts")
        task = listener.start(counting)
        await asyncio.wait_for(_produce(c8y, source, range(N)), LIMIT)
        await asyncio.wait_for(counting.done.wait(), LIMIT)
        await listener.stop()
        assert task.exception() is None
        _assert_exactly_once(counting, N)
        assert listener.connections >= 6
        assert await _backlog_drains(emulator, "cuts") == 0


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_a_restarted_server_on_the_same_database_redelivers_what_was_not_acknowledged(
    tmp_path: Path,
) -> None:
    database = str(tmp_path / "tenant.db")
    port = _free_port()
    first = Emulator(database, port=port)
    await asyncio.to_thread(first.start)
    restarted: list[Emulator] = []
    back = asyncio.Event()
    try:
        async with _client(first) as c8y:
            source = await _setup(c8y, "restart")
            counting = Counting(N)
            produced = asyncio.Event()

            async def restart() -> None:
                # Stop only once the first half is stored: a create cut off by the stop would
                # be the producer's failure (a POST is not retried), not the listener's.
                await produced.wait()
                await asyncio.to_thread(first.stop)
                second = Emulator(database, port=port)
                await asyncio.to_thread(second.start)
                restarted.append(second)
                back.set()

            counting.hooks[3000] = restart
            listener = _listener(c8y, "restart")
            task = listener.start(counting)
            await asyncio.wait_for(_produce(c8y, source, range(N // 2)), LIMIT)
            produced.set()
            await asyncio.wait_for(back.wait(), LIMIT)
        # The first client's pooled connections died with the first server.
        async with _client(restarted[0]) as fresh:
            await asyncio.wait_for(_produce(fresh, source, range(N // 2, N)), LIMIT)
            await asyncio.wait_for(counting.done.wait(), LIMIT)
            await listener.stop()
        assert task.exception() is None
        _assert_exactly_once(counting, N)
        assert listener.connections >= 2
        assert await _backlog_drains(restarted[0], "restart") == 0
    finally:
        await asyncio.to_thread(first.stop)
        for emulator in restarted:
            await asyncio.to_thread(emulator.stop)


async def test_a_slow_consumer_gets_everything_once_through_a_cut() -> None:
    async with Emulator() as emulator, _client(emulator) as c8y:
        source = await _setup(c8y, "slow")
        counting = Counting(N)
        counting.pause_every = 10
        produced = asyncio.Event()

        async def stall() -> None:
            await produced.wait()  # the consumer falls behind by most of the stream

        async def cut() -> None:
            emulator.app.notifications.drop_connections()

        counting.hooks[1000] = stall
        counting.hooks[5000] = cut
        listener = _listener(c8y, "slow")
        task = listener.start(counting)
        await asyncio.wait_for(_produce(c8y, source, range(N)), LIMIT)
        # The consumer cannot pass message 1000 before the producer is done (it may not have
        # reached it yet), and nothing it has not handled was acknowledged: the server still
        # holds the rest.
        assert emulator.app.notifications.backlog("slow", "slow") >= N - 1000
        produced.set()
        await asyncio.wait_for(counting.done.wait(), LIMIT)
        await listener.stop()
        assert task.exception() is None
        _assert_exactly_once(counting, N)
        assert await _backlog_drains(emulator, "slow") == 0
