"""The emulator's Notification 2.0: subscriptions, tokens, the consumer WebSocket and its rules.

REST calls run in-process; WebSocket tests serve the app on loopback and read it with a plain
``websockets`` client, so the frames are checked as they travel.
"""

from __future__ import annotations

import asyncio
import base64
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest
import websockets

from c8y_emulator import Emulator, EmulatorApp, create_app, notifications
from c8y_emulator.access import Rule
from c8y_emulator.errors import ApiError
from c8y_emulator.notifications import API_PATH, parse_type_filter
from c8y_emulator.testing import basic_auth
from tests.emulator.helpers import new_object, settle

SUBS = "/notification2/subscriptions"
T0 = "2024-05-01T12:00:00.000Z"


async def _subscribe(client: httpx.AsyncClient, **document: Any) -> httpx.Response:
    return await client.post(SUBS, json=document, headers={"Accept": "application/json"})


async def _token(
    client: httpx.AsyncClient, subscription: str, subscriber: str, **extra: Any
) -> str:
    response = await client.post(
        "/notification2/token",
        json={"subscription": subscription, "subscriber": subscriber, **extra},
    )
    assert response.status_code == 200, response.text
    return str(response.json()["token"])


def _claims(token: str) -> dict[str, Any]:
    body = token.split(".")[1]
    claims: dict[str, Any] = orjson.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    return claims


# --- REST ----------------------------------------------------------------------------------------


async def test_subscription_documents_and_filters(client: httpx.AsyncClient) -> None:
    device = await new_object(client, "Pump", c8y_IsDevice={})
    created = await _subscribe(
        client,
        subscription="pumps",
        context="mo",
        source={"id": device},
        subscriptionFilter={"apis": ["alarms"], "typeFilter": "'c8y_A' or 'c8y_B'"},
        fragmentsToCopy=["c8y_Temperature"],
    )
    assert created.status_code == 201
    body = created.json()
    assert body["source"]["id"] == device
    assert body["source"]["name"] == "Pump"
    assert body["nonPersistent"] is False
    assert created.headers["location"].endswith(f"{SUBS}/{body['id']}")
    tenant = (await _subscribe(client, subscription="all", context="tenant")).json()
    # c8y_api reads source.id of every subscription: a tenant one names the tenant.
    assert tenant["source"] == {"id": "t12345"}

    listing = (await client.get(SUBS, params={"context": "mo"})).json()
    assert [s["id"] for s in listing["subscriptions"]] == [body["id"]]
    listing = (await client.get(SUBS, params={"subscription": "all"})).json()
    assert [s["id"] for s in listing["subscriptions"]] == [tenant["id"]]
    assert (await client.get(f"{SUBS}/{body['id']}")).json() == body
    assert (await client.get(f"{SUBS}/999999")).status_code == 404

    duplicate = await _subscribe(client, subscription="pumps", context="mo", source={"id": device})
    assert duplicate.status_code == 409
    assert (await client.delete(SUBS)).status_code == 422  # no filter: refused
    assert (await client.delete(SUBS, params={"source": device})).status_code == 204
    assert (await client.delete(f"{SUBS}/{tenant['id']}")).status_code == 204
    assert (await client.get(SUBS)).json()["subscriptions"] == []
    for missing in (tenant["id"], "999999", "x"):
        gone = await client.delete(f"{SUBS}/{missing}")
        assert gone.status_code == 404, missing
        assert gone.json()["error"] == "notification/Not Found"


async def test_subscriptions_are_listed_by_their_type_filter(client: httpx.AsyncClient) -> None:
    await _subscribe(
        client, subscription="a", context="tenant", subscriptionFilter={"typeFilter": "c8y_A"}
    )
    either = "'c8y_A' or 'c8y_B'"
    await _subscribe(
        client, subscription="b", context="tenant", subscriptionFilter={"typeFilter": either}
    )
    await _subscribe(client, subscription="c", context="tenant")
    for type_filter, names in (("c8y_A", ["a"]), (either, ["b"]), ("c8y_C", [])):
        listing = (await client.get(SUBS, params={"typeFilter": type_filter})).json()
        assert [s["subscription"] for s in listing["subscriptions"]] == names, type_filter
    everything = (await client.get(SUBS)).json()["subscriptions"]
    assert sorted(s["subscription"] for s in everything) == ["a", "b", "c"]


@pytest.mark.parametrize(
    ("document", "problem"),
    [
        ({"context": "tenant"}, "subscription must be"),
        ({"subscription": "a-b", "context": "tenant"}, "letters and digits"),
        ({"subscription": "a", "context": "device"}, "context must be"),
        ({"subscription": "a", "context": "mo"}, "needs source"),
        ({"subscription": "a", "context": "mo", "source": {"id": "424242"}}, "needs source"),
        (
            {"subscription": "a", "context": "tenant", "subscriptionFilter": {"apis": ["x"]}},
            "apis must list",
        ),
        (
            {"subscription": "a", "context": "tenant", "subscriptionFilter": {"typeFilter": "'"}},
            "typeFilter",
        ),
        ({"subscription": "a", "context": "tenant", "fragmentsToCopy": "c8y_A"}, "list of"),
        ({"subscription": "a", "context": "tenant", "nonPersistent": "yes"}, "nonPersistent"),
        ({"subscription": "a", "context": "tenant", "filter": {}}, "Unknown subscription"),
    ],
)
async def test_malformed_subscriptions_are_refused_with_the_reason(
    client: httpx.AsyncClient, document: dict[str, Any], problem: str
) -> None:
    response = await _subscribe(client, **document)
    assert response.status_code == 422
    assert problem in response.json()["message"]


async def test_tokens_are_signed_jwts_that_expire(client: httpx.AsyncClient) -> None:
    await _subscribe(client, subscription="s1", context="tenant")
    token = await _token(client, "s1", "sub1", expiresInMinutes=2)
    claims = _claims(token)
    assert claims["sub"] == "sub1"
    assert claims["topic"] == "t12345/relnotif/s1"
    assert abs(claims["exp"] - (time.time() + 120)) < 3
    missing = await client.post(
        "/notification2/token", json={"subscription": "no", "subscriber": "x"}
    )
    assert missing.status_code == 404
    for body, problem in (
        ({"subscription": "s1", "subscriber": ""}, "subscriber"),
        ({"subscription": "s1", "subscriber": "a", "expiresInMinutes": 0}, "expiresInMinutes"),
        ({"subscription": "s1", "subscriber": "a", "shared": True}, "Shared"),
        ({"subscription": "s1", "subscriber": "a", "type": "other"}, "type"),
        ({"subscription": "s1", "subscriber": "a", "extra": 1}, "Unknown token"),
    ):
        response = await client.post("/notification2/token", json=body)
        assert response.status_code == 422, body
        assert problem in response.json()["message"]


async def test_a_token_needs_the_subscription_in_the_variant_asked_for(
    app: EmulatorApp, client: httpx.AsyncClient
) -> None:
    await _subscribe(client, subscription="live", context="tenant", nonPersistent=True)
    await _subscribe(client, subscription="kept", context="tenant")
    for name, non_persistent, wanted in (
        ("live", False, "persistent"),
        ("kept", True, "non-persistent"),
    ):
        refused = await client.post(
            "/notification2/token",
            json={"subscription": name, "subscriber": "svc", "nonPersistent": non_persistent},
        )
        assert refused.status_code == 404, refused.text
        body = refused.json()
        assert body["error"] == "notification/Not Found"
        assert f"'{name}' has no {wanted} variant" in body["message"]
        assert app.notifications.subscribers(name, non_persistent=non_persistent) == []
    await _token(client, "live", "svc", nonPersistent=True)
    await _token(client, "kept", "svc")
    assert app.notifications.subscribers("live", non_persistent=True) == ["svc"]
    assert app.notifications.subscribers("kept") == ["svc"]


async def test_unsubscribe_needs_a_valid_token(client: httpx.AsyncClient) -> None:
    await _subscribe(client, subscription="s1", context="tenant")
    token = await _token(client, "s1", "sub1")
    forged = token[:-4] + ("AAAA" if not token.endswith("AAAA") else "BBBB")
    assert (
        await client.post("/notification2/unsubscribe", params={"token": forged})
    ).status_code == 403
    done = await client.post("/notification2/unsubscribe", params={"token": token})
    assert done.json() == {"result": "DONE"}
    # The token is revoked with its subscriber.
    assert (
        await client.post("/notification2/unsubscribe", params={"token": token})
    ).status_code == 403


def test_type_filters_name_one_type_or_quoted_types() -> None:
    assert parse_type_filter("c8y_A") == {"c8y_A"}
    assert parse_type_filter("'c8y_A' or 'c8y B'") == {"c8y_A", "c8y B"}
    assert parse_type_filter("'c8y_A'or'c8y_B'") == {"c8y_A", "c8y_B"}
    # "or" inside quotes is part of the type, not a joint
    assert parse_type_filter("'door or window' or 'c8y_B'") == {"door or window", "c8y_B"}
    assert parse_type_filter("'c8y_Error'") == {"c8y_Error"}
    for bad in ("", "'a' and 'b'", "'a' or", "''", "'a' 'b'", "'a' oracle 'b'", "'a' or or 'b'"):
        with pytest.raises(ApiError):
            parse_type_filter(bad)


def test_every_notification_route_needs_the_notification_admin_role(app: EmulatorApp) -> None:
    control = app.access  # the app's own check, with the roles it really resolves
    routes = [r for r in app.router if r.template.startswith(API_PATH)]
    assert len(routes) == 8
    for route in routes:
        assert isinstance(route.access, Rule)
        assert route.access.roles == {"ROLE_NOTIFICATION_2_ADMIN"}
        assert control.check(route.access, "admin", {}) is None
        with pytest.raises(ApiError) as refused:
            control.check(route.access, "reader", {})
        assert refused.value.status == 403


# --- the WebSocket -------------------------------------------------------------------------------


@pytest.fixture
async def served(app: EmulatorApp) -> AsyncIterator[tuple[Emulator, httpx.AsyncClient]]:
    async with (
        Emulator(app=app) as emulator,
        httpx.AsyncClient(base_url=emulator.base_url, auth=basic_auth(app)) as http,
    ):
        yield emulator, http


def _uri(emulator: Emulator, token: str) -> str:
    return f"ws://127.0.0.1:{emulator.port}/notification2/consumer/?token={token}"


async def _frames(ws: Any, count: int, *, ack: bool = True) -> list[tuple[str, str, str, Any]]:
    out = []
    for _ in range(count):
        frame = await asyncio.wait_for(ws.recv(), 5)
        head, _, body = frame.partition("\n\n")
        message_id, source, action = head.split("\n")
        out.append((message_id, source, action, orjson.loads(body)))
        if ack:
            await ws.send(message_id)
    return out


async def _alarm(http: httpx.AsyncClient, source: str, kind: str, **extra: Any) -> str:
    response = await http.post(
        "/alarm/alarms",
        json={"source": {"id": source}, "type": kind, "text": "t", "severity": "MINOR", "time": T0}
        | extra,
        headers={"Accept": "application/json"},
    )
    assert response.status_code == 201
    return str(response.json()["id"])


async def test_filters_type_filter_children_and_fragments_to_copy(
    served: tuple[Emulator, httpx.AsyncClient],
) -> None:
    emulator, http = served
    parent = await new_object(http, "Site")
    child = await new_object(http, "Pump", c8y_IsDevice={})
    stranger = await new_object(http, "Elsewhere")
    await http.post(
        f"/inventory/managedObjects/{parent}/childDevices",
        json={"managedObject": {"id": child}},
    )
    await _subscribe(
        http,
        subscription="site",
        context="mo",
        source={"id": parent},
        subscriptionFilter={"apis": ["alarmsWithChildren"], "typeFilter": "'c8y_A' or 'c8y_B'"},
        fragmentsToCopy=["keep"],
    )
    token = await _token(http, "site", "ops")
    async with websockets.connect(_uri(emulator, token)) as ws:
        await _alarm(http, child, "c8y_A", keep={"x": 1}, drop={"y": 2})
        await _alarm(http, child, "c8y_C")  # type filtered out
        await _alarm(http, stranger, "c8y_B")  # not below the source
        await http.post(
            "/event/events",
            json={"source": {"id": parent}, "type": "c8y_A", "text": "t", "time": T0},
        )  # events are not subscribed
        await _alarm(http, parent, "c8y_B")
        frames = await _frames(ws, 2)
    (_, source1, action1, body1), (_, source2, _, body2) = frames
    assert (source1, action1) == (f"/t12345/alarms/{child}", "CREATE")
    assert body1["keep"] == {"x": 1}
    assert "drop" not in body1
    assert body1["type"] == "c8y_A"
    assert body1["source"]["id"] == child
    assert (source2, body2["type"]) == (f"/t12345/alarms/{parent}", "c8y_B")


async def test_events_with_children_covers_the_events_of_child_devices(
    served: tuple[Emulator, httpx.AsyncClient],
) -> None:
    emulator, http = served
    parent = await new_object(http, "Site")
    child = await new_object(http, "Pump", c8y_IsDevice={})
    stranger = await new_object(http, "Elsewhere")
    await http.post(
        f"/inventory/managedObjects/{parent}/childDevices",
        json={"managedObject": {"id": child}},
    )
    await _subscribe(
        http,
        subscription="site",
        context="mo",
        source={"id": parent},
        subscriptionFilter={"apis": ["eventsWithChildren"]},
    )
    token = await _token(http, "site", "ops")

    async def event(source: str, kind: str) -> None:
        response = await http.post(
            "/event/events", json={"source": {"id": source}, "type": kind, "text": "t", "time": T0}
        )
        assert response.status_code == 201

    async with websockets.connect(_uri(emulator, token)) as ws:
        await event(child, "c8y_FromChild")
        await event(stranger, "c8y_Elsewhere")  # not below the source
        await _alarm(http, child, "c8y_Alarm")  # alarms are not subscribed
        await event(parent, "c8y_FromParent")
        frames = await _frames(ws, 2)
        with pytest.raises(TimeoutError):
            await asyncio.wait_for(ws.recv(), 3 * notifications.POLL_SECONDS)
    assert [(f[1], f[3]["type"]) for f in frames] == [
        (f"/t12345/events/{child}", "c8y_FromChild"),
        (f"/t12345/events/{parent}", "c8y_FromParent"),
    ]


async def test_unacknowledged_messages_come_again_in_order_acknowledged_ones_never(
    served: tuple[Emulator, httpx.AsyncClient],
) -> None:
    emulator, http = served
    device = await new_object(http, "Pump")
    await _subscribe(
        http, subscription="inv", context="tenant", subscriptionFilter={"apis": ["managedobjects"]}
    )
    token = await _token(http, "inv", "svc")
    await http.put(f"/inventory/managedObjects/{device}", json={"name": "Pump 2"})
    await http.delete(f"/inventory/managedObjects/{device}")
    async with websockets.connect(_uri(emulator, token)) as ws:
        first = await _frames(ws, 2, ack=False)
        await ws.send(first[0][0])
        await settle(lambda: emulator.app.notifications.backlog("inv", "svc") == 1)
    assert [(f[2], f[3].get("name")) for f in first] == [("UPDATE", "Pump 2"), ("DELETE", None)]
    assert first[1][3] == {"id": device}
    async with websockets.connect(_uri(emulator, token)) as ws:
        again = await _frames(ws, 1)
        await settle(lambda: emulator.app.notifications.backlog("inv", "svc") == 0)
    assert again[0][0] == first[1][0]


async def test_non_persistent_subscribers_only_get_what_happens_while_connected(
    served: tuple[Emulator, httpx.AsyncClient],
) -> None:
    emulator, http = served
    device = await new_object(http, "Pump")
    await _subscribe(
        http, subscription="live", context="mo", source={"id": device}, nonPersistent=True
    )
    token = await _token(http, "live", "screen", nonPersistent=True)
    assert _claims(token)["topic"].endswith("/live-np")
    await _alarm(http, device, "before")  # nobody connected: gone
    async with websockets.connect(_uri(emulator, token)) as ws:
        await settle(emulator.app.notifications.connected)
        await _alarm(http, device, "during")
        (frame,) = await _frames(ws, 1, ack=False)
    assert frame[3]["type"] == "during"
    # what a non-persistent subscriber left unacknowledged goes with its connection
    await settle(
        lambda: emulator.app.notifications.backlog("live", "screen", non_persistent=True) == 0
    )


async def test_bad_tokens_are_refused_at_the_handshake(
    served: tuple[Emulator, httpx.AsyncClient],
) -> None:
    emulator, http = served
    await _subscribe(http, subscription="s", context="tenant")
    token = await _token(http, "s", "a")
    for uri in (
        _uri(emulator, token[:-2] + "xx"),
        _uri(emulator, "not-a-token"),
        f"ws://127.0.0.1:{emulator.port}/notification2/other/?token={token}",
    ):
        with pytest.raises(websockets.InvalidStatus) as refused:
            async with websockets.connect(uri):
                pass
        assert refused.value.response.status_code == 403
    await http.post("/notification2/unsubscribe", params={"token": token})
    with pytest.raises(websockets.InvalidStatus):
        async with websockets.connect(_uri(emulator, token)):
            pass


async def test_a_second_connection_of_a_subscriber_replaces_the_first(
    served: tuple[Emulator, httpx.AsyncClient],
) -> None:
    emulator, http = served
    device = await new_object(http, "Pump")
    await _subscribe(
        http, subscription="s", context="tenant", subscriptionFilter={"apis": ["alarms"]}
    )
    token = await _token(http, "s", "a")
    async with websockets.connect(_uri(emulator, token)) as old:
        await settle(emulator.app.notifications.connected)
        async with websockets.connect(_uri(emulator, token)) as new:
            with pytest.raises(websockets.ConnectionClosed):
                await asyncio.wait_for(old.recv(), 5)
            await _alarm(http, device, "x")
            (frame,) = await _frames(new, 1)
    assert frame[3]["type"] == "x"


async def test_a_replaced_non_persistent_connection_leaves_the_new_ones_messages(
    served: tuple[Emulator, httpx.AsyncClient], monkeypatch: pytest.MonkeyPatch
) -> None:
    emulator, http = served
    hub = emulator.app.notifications
    monkeypatch.setattr(notifications, "WINDOW", 3)
    device = await new_object(http, "Pump")
    await _subscribe(
        http, subscription="live", context="mo", source={"id": device}, nonPersistent=True
    )
    token = await _token(http, "live", "screen", nonPersistent=True)
    # The old connection is served in-process so the test decides when its client answers the
    # server's close: late, after the new connection has messages queued. (Some servers report
    # the disconnect only then; uvicorn's default reports it at once, which hides the timing.)
    answered = asyncio.Event()
    told: list[dict[str, Any]] = []
    opened = False

    async def receive() -> dict[str, Any]:
        nonlocal opened
        if not opened:
            opened = True
            return {"type": "websocket.connect"}
        await answered.wait()
        return {"type": "websocket.disconnect", "code": 1000}

    async def send(message: dict[str, Any]) -> None:
        told.append(message)

    scope = {
        "type": "websocket",
        "path": "/notification2/consumer/",
        "query_string": f"token={token}".encode(),
    }
    old = asyncio.create_task(hub.serve(scope, receive, send))  # type: ignore[arg-type]
    await settle(hub.connected)
    async with websockets.connect(_uri(emulator, token)) as new:
        await settle(lambda: told[-1]["type"] == "websocket.close")
        for n in range(10):
            await _alarm(http, device, f"a{n}")
        first = await _frames(new, 3, ack=False)  # the window is full: 7 wait queued
        answered.set()
        await asyncio.wait_for(old, 5)  # the replaced connection has cleaned up
        assert hub.backlog("live", "screen", non_persistent=True) == 10
        for frame in first:
            await new.send(frame[0])
        rest = await _frames(new, 7)
    assert [f[3]["type"] for f in [*first, *rest]] == [f"a{n}" for n in range(10)]


async def test_deleting_the_last_subscription_or_its_object_removes_the_subscribers(
    served: tuple[Emulator, httpx.AsyncClient],
) -> None:
    emulator, http = served
    device = await new_object(http, "Pump")
    created = (await _subscribe(http, subscription="s", context="mo", source={"id": device})).json()
    await _token(http, "s", "a")
    await _alarm(http, device, "x")
    assert emulator.app.notifications.backlog("s", "a") == 1
    await http.delete(f"/inventory/managedObjects/{device}")
    assert (await http.get(f"{SUBS}/{created['id']}")).status_code == 404
    assert emulator.app.notifications.subscribers("s") == []
    assert emulator.app.notifications.backlog("s", "a") == 0


def test_a_restart_on_the_same_database_keeps_backlog_and_tokens(tmp_path: Path) -> None:
    database = str(tmp_path / "t.db")
    app = create_app(database)
    with (
        Emulator(app=app) as emulator,
        httpx.Client(base_url=emulator.base_url, auth=basic_auth(app)) as http,
    ):
        device = http.post("/inventory/managedObjects", json={"name": "P"}).json()["id"]
        http.post(SUBS, json={"subscription": "s", "context": "mo", "source": {"id": device}})
        token = http.post(
            "/notification2/token", json={"subscription": "s", "subscriber": "a"}
        ).json()["token"]
        for kind in ("a", "b"):
            http.post(
                "/alarm/alarms",
                json={
                    "source": {"id": device},
                    "type": kind,
                    "text": "t",
                    "severity": "MINOR",
                    "time": T0,
                },
            )
    app.close()
    again = create_app(database)
    try:
        with Emulator(app=again) as emulator:

            async def read() -> list[Any]:
                async with websockets.connect(_uri(emulator, token)) as ws:
                    return await _frames(ws, 2)

            frames = asyncio.run(read())
        assert [f[3]["type"] for f in frames] == ["a", "b"]
    finally:
        again.close()


async def test_a_reset_closes_consumers_and_keeps_a_signing_secret(
    served: tuple[Emulator, httpx.AsyncClient],
) -> None:
    emulator, http = served
    await _subscribe(http, subscription="s", context="tenant")
    token = await _token(http, "s", "a")
    async with websockets.connect(_uri(emulator, token)) as ws:
        await settle(emulator.app.notifications.connected)
        emulator.reset()
        with pytest.raises(websockets.ConnectionClosed):
            await asyncio.wait_for(ws.recv(), 5)
    with emulator.app.storage.read() as cur:
        stored = cur.execute(
            "SELECT COUNT(*) FROM emulator_meta WHERE key = 'notification_secret'"
        ).fetchone()[0]
    assert stored == 1  # tokens issued after the reset still verify after a restart


async def test_changes_by_filter_publish_one_message_per_item(
    served: tuple[Emulator, httpx.AsyncClient],
) -> None:
    emulator, http = served
    device = await new_object(http, "Pump", c8y_IsDevice={}, com_cumulocity_model_Agent={})
    await _subscribe(http, subscription="bulk", context="mo", source={"id": device})
    token = await _token(http, "bulk", "b")
    first = await _alarm(http, device, "a1")
    second = await _alarm(http, device, "a2")
    await http.put("/alarm/alarms", params={"source": device}, json={"status": "CLEARED"})
    await http.delete("/alarm/alarms", params={"source": device})
    event = (
        await http.post(
            "/event/events",
            json={"source": {"id": device}, "type": "e", "text": "t", "time": T0},
            headers={"Accept": "application/json"},
        )
    ).json()["id"]
    await http.delete("/event/events", params={"source": device})
    operation = (
        await http.post(
            "/devicecontrol/operations",
            json={"deviceId": device, "c8y_Restart": {}},
            headers={"Accept": "application/json"},
        )
    ).json()["id"]
    await http.delete("/devicecontrol/operations", params={"deviceId": device})
    async with websockets.connect(_uri(emulator, token)) as ws:
        frames = await _frames(ws, 10)
    seen = [
        (source.split("/")[2], action, body.get("id"), body.get("status"))
        for _, source, action, body in frames
    ]
    assert seen == [
        ("alarms", "CREATE", first, "ACTIVE"),
        ("alarms", "CREATE", second, "ACTIVE"),
        ("alarms", "UPDATE", first, "CLEARED"),
        ("alarms", "UPDATE", second, "CLEARED"),
        ("alarms", "DELETE", first, None),
        ("alarms", "DELETE", second, None),
        ("events", "CREATE", event, None),
        ("events", "DELETE", event, None),
        ("operations", "CREATE", operation, "PENDING"),
        ("operations", "DELETE", operation, None),
    ]


async def test_deleting_one_event_publishes_its_id_and_source_only(
    served: tuple[Emulator, httpx.AsyncClient],
) -> None:
    emulator, http = served
    device = await new_object(http, "Pump", c8y_IsDevice={})
    await _subscribe(http, subscription="one", context="mo", source={"id": device})
    token = await _token(http, "one", "o")
    event = (
        await http.post(
            "/event/events",
            json={"source": {"id": device}, "type": "e", "text": "t", "time": T0},
            headers={"Accept": "application/json"},
        )
    ).json()["id"]
    assert (await http.delete(f"/event/events/{event}")).status_code == 204
    async with websockets.connect(_uri(emulator, token)) as ws:
        frames = await _frames(ws, 2)
    _, _, action, body = frames[1]
    assert action == "DELETE"
    assert body == {"id": event, "source": {"id": device}}


async def test_writers_ask_whether_anyone_listens_before_publishing_by_filter(
    app: EmulatorApp, client: httpx.AsyncClient
) -> None:
    storage = app.storage
    apis = ("alarms", "events", "managedobjects", "measurements", "operations")

    def listening() -> dict[str, bool]:
        with storage.read() as cur:
            return {api: storage.listening(cur, api) for api in apis}

    assert not any(listening().values())  # nobody subscribes: deletes by filter skip the lookup
    device = await new_object(client, "Pump", c8y_IsDevice={})
    created = await _subscribe(
        client,
        subscription="kids",
        context="mo",
        source={"id": device},
        subscriptionFilter={"apis": ["alarmsWithChildren", "measurements"]},
    )
    assert created.status_code == 201
    assert listening() == {
        "alarms": True,
        "events": False,
        "managedobjects": False,
        "measurements": True,
        "operations": False,
    }
    assert (await client.delete(f"{SUBS}/{created.json()['id']}")).status_code == 204
    assert not any(listening().values())


async def test_measurements_deleted_by_filter_publish_one_message_each(
    served: tuple[Emulator, httpx.AsyncClient],
) -> None:
    emulator, http = served
    device = await new_object(http, "Meter", c8y_IsDevice={})
    await _subscribe(
        http,
        subscription="meter",
        context="mo",
        source={"id": device},
        subscriptionFilter={"apis": ["measurements"]},
    )
    token = await _token(http, "meter", "m")
    posted = await http.post(
        "/measurement/measurements",
        json={
            "measurements": [
                {"source": {"id": device}, "type": "t", "time": T0, "c8y_T": {"T": {"value": n}}}
                for n in (1, 2)
            ]
        },
        headers={
            "Content-Type": "application/vnd.com.nsn.cumulocity.measurementcollection+json",
            "Accept": "application/json",
        },
    )
    assert posted.status_code == 201, posted.text
    ids = [m["id"] for m in posted.json()["measurements"]]
    assert (
        await http.delete("/measurement/measurements", params={"source": device})
    ).status_code == 204
    async with websockets.connect(_uri(emulator, token)) as ws:
        frames = await _frames(ws, 4)
    assert [(action, body["id"]) for _, _, action, body in frames] == [
        ("CREATE", ids[0]),
        ("CREATE", ids[1]),
        ("DELETE", ids[0]),
        ("DELETE", ids[1]),
    ]
    assert {body["source"]["id"] for _, _, _, body in frames} == {device}


async def test_heartbeats_publish_nothing_and_deletes_pass_the_type_filter(
    served: tuple[Emulator, httpx.AsyncClient],
) -> None:
    emulator, http = served
    device = await new_object(http, "Pump", type="c8y_Pump")
    await _subscribe(
        http,
        subscription="pumps",
        context="tenant",
        subscriptionFilter={"apis": ["managedobjects"], "typeFilter": "c8y_Pump"},
    )
    token = await _token(http, "pumps", "svc")
    beat = await http.put(f"/inventory/managedObjects/{device}", json={"id": device})
    assert beat.status_code == 200
    await http.put(f"/inventory/managedObjects/{device}", json={"name": "Pump 2"})
    # A delete publishes the id alone, so the type filter cannot hold it back.
    await http.delete(f"/inventory/managedObjects/{device}")
    async with websockets.connect(_uri(emulator, token)) as ws:
        frames = await _frames(ws, 2)
    assert [(action, body.get("name")) for _, _, action, body in frames] == [
        ("UPDATE", "Pump 2"),
        ("DELETE", None),
    ]
    assert emulator.app.notifications.backlog("pumps", "svc") == 0


async def test_at_most_a_window_of_messages_is_in_flight_unacknowledged(
    served: tuple[Emulator, httpx.AsyncClient], monkeypatch: pytest.MonkeyPatch
) -> None:
    emulator, http = served
    monkeypatch.setattr(notifications, "WINDOW", 3)
    device = await new_object(http, "Pump")
    await _subscribe(http, subscription="slow", context="mo", source={"id": device})
    token = await _token(http, "slow", "svc")
    alarms = [await _alarm(http, device, f"a{n}") for n in range(5)]
    async with websockets.connect(_uri(emulator, token)) as ws:
        first = await _frames(ws, 3, ack=False)
        with pytest.raises(TimeoutError):  # the window is full: the rest waits
            await asyncio.wait_for(ws.recv(), 3 * notifications.POLL_SECONDS)
        await ws.send(first[0][0])  # one acknowledged: one more may travel
        (fourth,) = await _frames(ws, 1, ack=False)
        with pytest.raises(TimeoutError):
            await asyncio.wait_for(ws.recv(), 3 * notifications.POLL_SECONDS)
    assert [f[3]["id"] for f in [*first, fourth]] == alarms[:4]


async def test_the_reader_gets_403_on_every_notification_route(
    app: EmulatorApp, client: httpx.AsyncClient
) -> None:
    await _subscribe(client, subscription="s1", context="tenant")
    token = await _token(client, "s1", "sub1")
    reader = httpx.BasicAuth(f"{app.tenant_id}/reader", "Reader-Pass-1")
    refused = [
        await client.get(API_PATH, auth=reader),
        await client.get(SUBS, auth=reader),
        await client.post(SUBS, json={"subscription": "s2", "context": "tenant"}, auth=reader),
        await client.delete(SUBS, params={"context": "tenant"}, auth=reader),
        await client.post(
            "/notification2/token", json={"subscription": "s1", "subscriber": "r"}, auth=reader
        ),
        await client.post("/notification2/unsubscribe", params={"token": token}, auth=reader),
    ]
    for response in refused:
        assert response.status_code == 403, response.request.url
        assert response.json()["error"] == "security/Forbidden"
    listing = (await client.get(SUBS)).json()["subscriptions"]
    assert [s["subscription"] for s in listing] == ["s1"]
    assert app.notifications.subscribers("s1") == ["sub1"]


async def test_a_token_stops_verifying_when_it_expires(
    app: EmulatorApp, client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    await _subscribe(client, subscription="s1", context="tenant")
    token = await _token(client, "s1", "sub1", expiresInMinutes=1)
    issued = time.time()
    hub = app.notifications
    monkeypatch.setattr("c8y_emulator.notifications.time.time", lambda: issued + 55)
    claims = hub.check_token(token)
    assert claims is not None
    assert (claims.subscription, claims.subscriber) == ("s1", "sub1")
    monkeypatch.setattr("c8y_emulator.notifications.time.time", lambda: issued + 61)
    assert hub.check_token(token) is None
    # Unsubscribe refuses it too (the WebSocket handshake makes the same check).
    refused = await client.post("/notification2/unsubscribe", params={"token": token})
    assert refused.status_code == 403
