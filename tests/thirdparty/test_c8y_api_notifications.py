"""The published client's Notification 2.0 API and listeners (c8y_api / c8y_tk), unchanged.

c8y_api creates subscriptions and tokens over REST; its listeners (``c8y_tk.notification2``)
connect to ``/notification2/consumer/`` with the ``websockets`` library, parse the message
header lines, acknowledge by message id and unsubscribe when stopped.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from datetime import UTC, datetime
from typing import Any

from c8y_api import CumulocityApi
from c8y_api.model import Alarm, Device, Subscription
from c8y_tk.notification2 import AsyncListener, Listener

from c8y_emulator import Emulator
from tests.emulator.helpers import settle


def _subscribe(c8y: CumulocityApi, name: str) -> Any:
    device = Device(c8y, type="c8y_Pump", name="pump").create()
    Subscription(
        c8y,
        name=name,
        context=Subscription.Context.MANAGED_OBJECT,
        source_id=device.id,
        api_filter=[Subscription.ApiFilter.ALARMS],
    ).create()
    return device


def _raise(c8y: CumulocityApi, device: Any, kind: str) -> None:
    Alarm(
        c8y,
        type=kind,
        source=device.id,
        text="too hot",
        severity=Alarm.Severity.MAJOR,
        time=datetime.now(UTC),
    ).create()


def test_subscriptions_and_tokens_api(c8y: CumulocityApi, emulator: Emulator) -> None:
    device = _subscribe(c8y, "pumps")
    Subscription(c8y, name="tenantwide", context=Subscription.Context.TENANT).create()
    found = c8y.notification2_subscriptions.get_all(source=device.id)
    assert [s.name for s in found] == ["pumps"]
    assert found[0].api_filter == ["alarms"]
    assert c8y.notification2_subscriptions.get_count() == 2
    again = c8y.notification2_subscriptions.get(found[0].id)
    assert (again.name, again.context, again.source_id) == ("pumps", "mo", device.id)

    token = c8y.notification2_tokens.generate("pumps", expires=5, subscriber="c8yapi1")
    uri = c8y.notification2_tokens.build_websocket_uri(token)
    assert uri.startswith(f"ws://127.0.0.1:{emulator.port}/notification2/consumer/?token=")
    c8y.notification2_tokens.unsubscribe(token)  # raises unless the answer is DONE

    c8y.notification2_subscriptions.delete_by(context="tenant")
    assert c8y.notification2_subscriptions.get_count() == 1


def test_async_listener_receives_and_acknowledges(c8y: CumulocityApi, emulator: Emulator) -> None:
    device = _subscribe(c8y, "asyncpumps")
    received: list[Any] = []

    async def main() -> None:
        listener = AsyncListener(c8y, "asyncpumps", auto_unsubscribe=False)
        listener.retry_interval = 0.01
        arrived = asyncio.Event()

        async def callback(message: Any) -> None:
            received.append(message)
            if len(received) == 2:
                arrived.set()

        listener.start(callback)
        await asyncio.wait_for(listener._is_connected.wait(), 10)
        await asyncio.to_thread(_raise, c8y, device, "c8y_Heat")
        await asyncio.to_thread(_raise, c8y, device, "c8y_Pressure")
        await asyncio.wait_for(arrived.wait(), 10)
        # auto_ack: both acknowledgements reach the server
        await settle(lambda: emulator.app.notifications.backlog("asyncpumps", "asyncpumps") == 0)
        listener.stop()
        with contextlib.suppress(asyncio.CancelledError):
            await listener.wait(timeout=10)

    asyncio.run(main())
    assert [m.action for m in received] == ["CREATE", "CREATE"]
    assert [m.json["type"] for m in received] == ["c8y_Heat", "c8y_Pressure"]
    assert received[0].source == f"/{emulator.tenant_id}/alarms/{device.id}"
    # auto_ack: both acknowledged, nothing waits for the subscriber.
    assert emulator.app.notifications.backlog("asyncpumps", "asyncpumps") == 0


def test_blocking_listener_unsubscribes_when_stopped(
    c8y: CumulocityApi, emulator: Emulator
) -> None:
    device = _subscribe(c8y, "syncpumps")
    received: list[Any] = []
    arrived = threading.Event()

    def callback(message: Any) -> None:
        received.append(message)
        arrived.set()

    listener = Listener(c8y, "syncpumps")
    listener.start(callback)
    try:
        deadline = 100
        while emulator.app.notifications.connected() == 0 and deadline:
            threading.Event().wait(0.05)
            deadline -= 1
        _raise(c8y, device, "c8y_Heat")
        assert arrived.wait(10)
        assert emulator.app.notifications.subscribers("syncpumps") == ["syncpumps"]
    finally:
        listener.stop()
        listener.wait(timeout=10)
    assert received[0].json["type"] == "c8y_Heat"
    # auto_unsubscribe (the default): the subscriber is gone, and with it its backlog.
    assert emulator.app.notifications.subscribers("syncpumps") == []
    _raise(c8y, device, "c8y_Later")
    assert emulator.app.notifications.backlog("syncpumps", "syncpumps") == 0
