"""Notification 2.0 in the object model: subscriptions, tokens and the listener, on the emulator.

Subscriptions and tokens run in-process (`c8y`); the listener needs a WebSocket, so its tests
serve a fresh emulator on loopback (`served`) and talk to it with a client of their own.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any, assert_type

import pytest

from c8y_emulator import Emulator
from c8y_objects import (
    Alarm,
    ConfigurationError,
    ConflictError,
    CumulocityClient,
    Event,
    ManagedObject,
    NotFoundError,
    Notification,
    NotificationListener,
    ObjectStateError,
    Subscription,
    SubscriptionApi,
    SubscriptionContext,
    Tokens,
    UnknownFilterError,
)
from c8y_objects.notifications import token_expiry
from tests.emulator.helpers import settle

NOW = "2024-05-01T12:00:00.000Z"


async def _device(c8y: CumulocityClient, name: str = "Pump") -> ManagedObject:
    return await ManagedObject(c8y, name=name, type="c8y_Pump", c8y_IsDevice={}).create()


async def typed_usage(c8y: CumulocityClient) -> None:
    """Type-checked only (mypy --strict over the tests): what the calls give a user."""
    created = await Subscription(c8y, name="n", context="tenant").create()
    assert_type(created, Subscription)
    assert_type(created.api_filter, list[str] | None)
    assert_type(await c8y.subscriptions.get("1"), Subscription)
    assert_type(await c8y.subscriptions.get_all(context="mo", source="1"), list[Subscription])
    assert_type(await c8y.subscriptions.get_count(subscription="n"), int)
    assert_type(await c8y.tokens.generate("n"), str)
    async with NotificationListener(c8y, "n") as listener:
        async for message in listener:
            assert_type(message, Notification)
            assert_type(await message.ack(), bool)


# --- subscriptions -------------------------------------------------------------------------------


async def test_subscription_round_trip_and_queries(c8y: CumulocityClient) -> None:
    device = await _device(c8y)
    other = await _device(c8y, "Other")
    created = await Subscription(
        c8y,
        name="pumps",
        context=Subscription.Context.MANAGED_OBJECT,
        source_id=device,
        api_filter=[Subscription.ApiFilter.ALARMS, "events"],
        type_filter="c8y_Overheat",
        fragments=["c8y_Temperature"],
    ).create()
    assert created.id is not None
    assert (created.name, created.context, created.source_id) == ("pumps", "mo", device.id)
    assert created.api_filter == ["alarms", "events"]
    assert created.type_filter == "c8y_Overheat"
    assert created.fragments == ["c8y_Temperature"]
    assert created.non_persistent is False
    await c8y.subscriptions.create(
        Subscription(c8y, name="pumps", context="mo", source_id=other.id),
        Subscription(c8y, name="everything", context=SubscriptionContext.TENANT),
    )

    fetched = await c8y.subscriptions.get(created.id)
    assert fetched.json == created.json
    assert await c8y.subscriptions.get_count() == 3
    assert await c8y.subscriptions.get_count(context="tenant") == 1
    by_source = await c8y.subscriptions.get_all(source=device, limit=None)
    assert [s.id for s in by_source] == [created.id]
    named = await c8y.subscriptions.get_all(subscription="pumps", limit=None)
    assert sorted(s.source_id or "" for s in named) == sorted([device.id or "", other.id or ""])

    await c8y.subscriptions.delete_by(source=other)
    assert await c8y.subscriptions.get_count(subscription="pumps") == 1
    await created.delete()
    with pytest.raises(NotFoundError):
        await c8y.subscriptions.get(created.id)
    await c8y.subscriptions.delete_by(context="tenant")
    assert await c8y.subscriptions.get_count() == 0


async def test_subscriptions_are_selected_by_their_type_filter(c8y: CumulocityClient) -> None:
    await Subscription(c8y, name="a", context="tenant", type_filter="c8y_A").create()
    await Subscription(c8y, name="b", context="tenant", type_filter="'c8y_A' or 'c8y_B'").create()
    await Subscription(c8y, name="c", context="tenant").create()
    assert [s.name for s in await c8y.subscriptions.get_all(type_filter="c8y_A")] == ["a"]
    assert await c8y.subscriptions.get_count(type_filter="'c8y_A' or 'c8y_B'") == 1
    assert await c8y.subscriptions.get_count() == 3


async def test_the_same_subscription_twice_is_a_conflict(c8y: CumulocityClient) -> None:
    device = await _device(c8y)
    await Subscription(c8y, name="twice", context="mo", source_id=device.id).create()
    with pytest.raises(ConflictError):
        await Subscription(c8y, name="twice", context="mo", source_id=device.id).create()


async def test_incomplete_or_wrong_subscriptions_are_refused_before_sending(
    c8y: CumulocityClient,
) -> None:
    with pytest.raises(ObjectStateError, match="source_id"):
        await Subscription(c8y, name="x", context="mo").create()
    with pytest.raises(ObjectStateError, match="name"):
        await Subscription(c8y, context="tenant").create()
    with pytest.raises(ObjectStateError, match="context"):
        await c8y.subscriptions.create(Subscription(c8y, name="x"))
    with pytest.raises(ConfigurationError, match="context"):
        Subscription(name="x", context="device")
    with pytest.raises(ConfigurationError, match="api_filter"):
        Subscription(name="x", context="tenant", api_filter=["alarm"])
    with pytest.raises(ConfigurationError, match="list of APIs"):
        Subscription(name="x", context="tenant", api_filter="alarms")
    with pytest.raises(UnknownFilterError):
        await c8y.subscriptions.get_count(name="x")  # type: ignore[call-arg]
    with pytest.raises(ConfigurationError, match="context or source"):
        await c8y.subscriptions.delete_by()
    assert await c8y.subscriptions.get_count() == 0


def test_subscription_api_and_context_labels_are_the_platforms() -> None:
    assert Subscription.ApiFilter is SubscriptionApi
    assert [a.value for a in SubscriptionApi] == [
        "*",
        "alarms",
        "alarmsWithChildren",
        "events",
        "eventsWithChildren",
        "managedobjects",
        "measurements",
        "operations",
    ]
    assert [c.value for c in Subscription.Context] == ["mo", "tenant"]
    tenant = Subscription(name="t", context="tenant", source_id="123")
    assert "source" not in tenant.to_json()


# --- tokens --------------------------------------------------------------------------------------


async def test_tokens_expire_as_asked_and_need_a_subscription(c8y: CumulocityClient) -> None:
    await Subscription(c8y, name="alltenant", context="tenant").create()
    before = time.time()
    token = await c8y.tokens.generate("alltenant", expires=30, subscriber="svc1")
    expiry = token_expiry(token)
    assert expiry is not None
    assert before + 30 * 60 - 2 <= expiry <= time.time() + 30 * 60 + 1
    with pytest.raises(NotFoundError):
        await c8y.tokens.generate("nosuchsubscription")
    with pytest.raises(ConfigurationError, match="expires"):
        await c8y.tokens.generate("alltenant", expires=0)


def test_websocket_uri_follows_the_base_url() -> None:
    class Conn:
        base_url = "https://tenant.example.com"

    tokens = Tokens(Conn())  # type: ignore[arg-type]
    assert tokens.build_websocket_uri("a.b.c") == (
        "wss://tenant.example.com/notification2/consumer/?token=a.b.c"
    )
    Conn.base_url = "http://127.0.0.1:8080"
    assert tokens.build_websocket_uri("a+b", consumer="c 1") == (
        "ws://127.0.0.1:8080/notification2/consumer/?token=a%2Bb&consumer=c%201"
    )


def test_a_message_is_parsed_into_its_header_lines_and_body() -> None:
    message = Notification('42\n/t1/alarms/7\nUPDATE\n\n{"id":"9","text":"a\\nb"}')
    assert (message.id, message.source, message.action, message.api) == (
        "42",
        "/t1/alarms/7",
        "UPDATE",
        "alarms",
    )
    assert message.json == {"id": "9", "text": "a\nb"}
    with pytest.raises(ValueError, match="not a Notification"):
        Notification("just text")


# --- the listener, on a socket -------------------------------------------------------------------


@pytest.fixture
def served() -> Iterator[Emulator]:
    with Emulator() as emulator:
        yield emulator


@pytest.fixture
async def client(served: Emulator) -> AsyncIterator[CumulocityClient]:
    async with CumulocityClient(
        served.base_url, served.tenant_id, username="admin", password="admin"
    ) as c8y:
        yield c8y


async def _alarm(c8y: CumulocityClient, source: ManagedObject, kind: str, **extra: Any) -> Alarm:
    return await Alarm(
        c8y, source=source.id, type=kind, text="hot", severity="MAJOR", time=NOW, **extra
    ).create()


async def _take(listener: NotificationListener, count: int) -> list[Notification]:
    got: list[Notification] = []

    async def read() -> None:
        async for message in listener:
            got.append(message)
            if len(got) == count:
                break

    await asyncio.wait_for(read(), 10)
    return got


async def test_listener_delivers_creates_updates_and_deletes_in_the_platform_format(
    client: CumulocityClient,
) -> None:
    device = await _device(client)
    await Subscription(
        client, name="mine", context="mo", source_id=device.id, api_filter=["alarms", "events"]
    ).create()
    listener = NotificationListener(client, "mine", "reader1")
    await client.tokens.generate("mine", subscriber="reader1")  # the subscriber starts here
    alarm = await _alarm(client, device, "c8y_Heat")
    alarm.text = "hotter"
    await alarm.update()
    event = await Event(client, source=device.id, type="c8y_Door", text="open", time=NOW).create()
    await event.delete()
    await _device(client, "not subscribed")  # managed objects are not in the filter

    got = await _take(listener, 4)
    assert [(m.source, m.action) for m in got] == [
        (f"/t12345/alarms/{device.id}", "CREATE"),
        (f"/t12345/alarms/{device.id}", "UPDATE"),
        (f"/t12345/events/{device.id}", "CREATE"),
        (f"/t12345/events/{device.id}", "DELETE"),
    ]
    assert got[0].json["id"] == alarm.id
    assert got[1].json["text"] == "hotter"
    assert got[3].json["id"] == event.id


async def test_acknowledged_messages_stay_acknowledged_and_the_rest_come_again(
    served: Emulator, client: CumulocityClient
) -> None:
    device = await _device(client)
    await Subscription(client, name="acks", context="tenant", api_filter=["alarms"]).create()
    await client.tokens.generate("acks", subscriber="svc")
    for i in range(4):
        await _alarm(client, device, f"type{i}")

    manual = NotificationListener(client, "acks", "svc", auto_ack=False)
    first: list[Notification] = []
    async for message in manual:
        first.append(message)
        if len(first) == 1:
            assert await message.ack()
        if len(first) == 3:
            assert await manual.ack(message.id)
        if len(first) == 4:
            # the two acknowledgements reach the server before the socket closes
            await settle(lambda: served.app.notifications.backlog("acks", "svc") == 2)
            break

    again = await _take(NotificationListener(client, "acks", "svc"), 2)
    assert [m.json["type"] for m in again] == ["type1", "type3"]
    assert [m.id for m in again] == [first[1].id, first[3].id]
    # auto_ack acknowledges a message when the loop asks for the next one: the loop left
    # after the last, so that one is still open.
    await settle(lambda: served.app.notifications.backlog("acks", "svc") == 1)
    await asyncio.sleep(0.1)
    assert served.app.notifications.backlog("acks", "svc") == 1


async def test_callback_interface_acknowledges_after_the_callback_and_stops_cleanly(
    served: Emulator, client: CumulocityClient
) -> None:
    device = await _device(client)
    await Subscription(client, name="calls", context="mo", source_id=device.id).create()
    listener = NotificationListener(client, "calls")
    await client.tokens.generate("calls", subscriber="calls")
    seen: list[str] = []
    good = asyncio.Event()

    async def handle(message: Notification) -> None:
        seen.append(message.json["type"])
        if message.json["type"] == "bad":
            raise RuntimeError("handler failed")  # not acknowledged
        good.set()

    task = listener.start(handle)
    await _alarm(client, device, "bad")
    await _alarm(client, device, "good")
    await asyncio.wait_for(good.wait(), 10)
    # the acknowledgement of "good" reaches the server; "bad" stays open
    await settle(lambda: served.app.notifications.backlog("calls", "calls") == 1)
    await listener.stop()
    assert task.done()
    assert task.exception() is None
    assert seen == ["bad", "good"]
    assert served.app.notifications.backlog("calls", "calls") == 1
    again = await _take(NotificationListener(client, "calls"), 1)
    assert again[0].json["type"] == "bad"


async def test_listener_reconnects_after_a_drop_and_hands_over_nothing_twice(
    served: Emulator, client: CumulocityClient
) -> None:
    device = await _device(client)
    await Subscription(client, name="drops", context="tenant", api_filter=["alarms"]).create()
    listener = NotificationListener(client, "drops", backoff_initial=0.01, backoff_max=0.05)
    await client.tokens.generate("drops", subscriber="drops")
    await _alarm(client, device, "d0")
    got: list[str] = []

    async def read() -> None:
        async for message in listener:
            got.append(message.json["type"])
            if len(got) == 6:
                break
            # Cut the socket, then create the next alarm: it can only come over a new one.
            assert served.app.notifications.drop_connections() == 1
            await _alarm(client, device, f"d{len(got)}")

    await asyncio.wait_for(read(), 10)
    assert got == [f"d{i}" for i in range(6)]
    assert listener.connections == 6


async def test_a_token_near_expiry_is_replaced_before_connecting(client: CumulocityClient) -> None:
    await Subscription(client, name="fresh", context="tenant").create()
    tokens: list[str] = []
    original = client.tokens.generate

    listener = NotificationListener(client, "fresh", token_minutes=1, token_refresh=0)

    async def counting(*args: Any, **kwargs: Any) -> str:
        token = await original(*args, **kwargs)
        tokens.append(token)
        return token

    listener.tokens.generate = counting  # type: ignore[method-assign]
    await listener._fresh_token()
    await listener._fresh_token()
    assert len(tokens) == 1  # still valid for a minute: kept
    listener.token_refresh = 61  # now it is within the refresh margin
    await listener._fresh_token()
    assert len(tokens) == 2


async def test_the_listener_remembers_the_latest_acknowledged_ids_only() -> None:
    class Forgetful(NotificationListener):
        remembered = 2

    listener = Forgetful(object(), "s")  # type: ignore[arg-type]
    for message_id in ("a", "b", "a", "c"):
        assert not await listener.ack(message_id)  # no connection: not sent, remembered
    assert list(listener._acked) == ["b", "c"]


def test_backoff_grows_to_its_cap_with_jitter_below_it() -> None:
    listener = NotificationListener(
        object(),  # type: ignore[arg-type]
        "s",
        backoff_initial=0.5,
        backoff_max=4,
        backoff_factor=2,
        jitter=0.5,
    )
    for attempt, full in ((1, 0.5), (2, 1.0), (3, 2.0), (4, 4.0), (9, 4.0)):
        waits = [listener.backoff(attempt) for _ in range(50)]
        assert all(full * 0.5 <= w <= full for w in waits)
        assert len(set(waits)) > 1
    with pytest.raises(ConfigurationError, match="jitter"):
        NotificationListener(object(), "s", jitter=2)  # type: ignore[arg-type]


async def test_unsubscribe_drops_the_backlog_and_revokes_the_token(
    served: Emulator, client: CumulocityClient
) -> None:
    device = await _device(client)
    await Subscription(client, name="gone", context="tenant").create()
    token = await client.tokens.generate("gone", subscriber="leaver")
    await _alarm(client, device, "x")
    assert served.app.notifications.backlog("gone", "leaver") == 1
    await client.tokens.unsubscribe(token)
    assert served.app.notifications.backlog("gone", "leaver") == 0
    listener = NotificationListener(client, "gone", "leaver", max_attempts=1)
    listener._token, listener._token_expires = token, time.time() + 3600
    with pytest.raises(Exception, match="403"):
        await _take(listener, 1)


async def test_a_deleted_subscription_ends_the_listener_with_the_platforms_error(
    client: CumulocityClient,
) -> None:
    subscription = await Subscription(client, name="doomed", context="tenant").create()
    listener = NotificationListener(client, "doomed", backoff_initial=0.01, backoff_max=0.02)
    task = listener.start(_ignore)
    await listener.wait_connected(10)
    await subscription.delete()  # the server closes the socket and revokes the token
    with pytest.raises(NotFoundError):
        await asyncio.wait_for(task, 10)
    assert not listener.is_connected


async def test_stop_before_the_socket_is_open_ends_the_listener_at_once(
    served: Emulator, client: CumulocityClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    await Subscription(client, name="early", context="tenant").create()
    # Right after start(): the task has not run yet.
    listener = NotificationListener(client, "early")
    task = listener.start(_ignore)
    await asyncio.wait_for(listener.stop(), 5)
    assert task.done()
    assert task.exception() is None
    assert listener.connections == 0
    # While the token request runs: the socket opens after stop() and must close again.
    listener = NotificationListener(client, "early")
    requested, release = asyncio.Event(), asyncio.Event()
    generate = listener.tokens.generate

    async def slow_generate(*args: Any, **kwargs: Any) -> str:
        requested.set()
        await release.wait()
        return await generate(*args, **kwargs)

    monkeypatch.setattr(listener.tokens, "generate", slow_generate)
    task = listener.start(_ignore)
    await asyncio.wait_for(requested.wait(), 5)
    stopping = asyncio.create_task(listener.stop())
    await asyncio.sleep(0)  # stop() has run up to waiting for the task
    release.set()
    await asyncio.wait_for(stopping, 5)
    assert task.done()
    assert task.exception() is None
    assert not listener.is_connected
    await settle(lambda: served.app.notifications.connected() == 0)
    # stop() ended the run: the listener can run again.
    task = listener.start(_ignore)
    await listener.wait_connected(10)
    await asyncio.wait_for(listener.stop(), 5)
    assert listener.connections == 1


async def test_max_attempts_counts_failed_connects_in_a_row_not_drops(
    client: CumulocityClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    await Subscription(client, name="retry", context="tenant").create()
    listener = NotificationListener(
        client, "retry", max_attempts=2, backoff_initial=0.01, backoff_max=0.02
    )
    tokens: list[str] = []
    generate = listener.tokens.generate

    async def kept_generate(*args: Any, **kwargs: Any) -> str:
        tokens.append(await generate(*args, **kwargs))
        return tokens[-1]

    monkeypatch.setattr(listener.tokens, "generate", kept_generate)
    task = listener.start(_ignore)
    await listener.wait_connected(10)
    # Unsubscribing closes the socket (a drop) and revokes the token the listener holds, so
    # its next handshake is refused (one failed attempt); the one after that, with a new
    # token, succeeds.
    await client.tokens.unsubscribe(tokens[0])
    await settle(lambda: listener.connections == 2 or task.done())
    assert not task.done()
    assert listener.is_connected
    assert len(tokens) == 2
    await asyncio.wait_for(listener.stop(), 5)
    assert task.exception() is None


async def test_unsubscribe_on_stop_removes_the_subscriber(
    served: Emulator, client: CumulocityClient
) -> None:
    await Subscription(client, name="brief", context="tenant").create()
    kept = NotificationListener(client, "brief", "stays")
    leaving = NotificationListener(client, "brief", "leaves", unsubscribe_on_stop=True)
    for listener in (kept, leaving):
        listener.start(_ignore)
        await listener.wait_connected(10)
    assert served.app.notifications.subscribers("brief") == ["leaves", "stays"]
    for listener in (kept, leaving):
        await asyncio.wait_for(listener.stop(), 5)
    assert served.app.notifications.subscribers("brief") == ["stays"]


async def test_unsubscribe_on_stop_after_a_refused_handshake_still_unsubscribes(
    served: Emulator,
    client: CumulocityClient,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    await Subscription(client, name="spoilt", context="tenant").create()
    # A long backoff: stop() comes while the listener waits after the refused handshake.
    listener = NotificationListener(
        client, "spoilt", unsubscribe_on_stop=True, backoff_initial=30, backoff_max=30
    )
    generate = listener.tokens.generate
    handed: list[str] = []

    async def spoilt_generate(*args: Any, **kwargs: Any) -> str:
        token = await generate(*args, **kwargs)  # the subscriber exists from here on
        handed.append(token if handed else token[:-2] + "xx")  # the first is refused
        return handed[-1]

    monkeypatch.setattr(listener.tokens, "generate", spoilt_generate)
    caplog.set_level(logging.INFO, logger="c8y_objects.notifications")
    task = listener.start(_ignore)
    await settle(lambda: "notification connection failed" in caplog.text)
    assert served.app.notifications.subscribers("spoilt") == ["spoilt"]
    await asyncio.wait_for(listener.stop(), 5)
    assert task.exception() is None
    assert listener.connections == 0
    assert served.app.notifications.subscribers("spoilt") == []


async def _ignore(message: Notification) -> None:
    raise AssertionError(f"no message expected, got {message!r}")
