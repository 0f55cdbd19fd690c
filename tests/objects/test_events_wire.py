"""Events against the emulator: typed filters, extra_params, IDs in paths, skim_latest.

Every test runs twice: in-process (`httpx.ASGITransport`) and over a loopback socket (uvicorn).
The emulator's request log shows what reached it (the loopback log is cleared per test); the
client's own request hook shows the raw (encoded) URL that was sent.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from c8y_objects import (
    ConfigurationError,
    CumulocityClient,
    Device,
    Event,
    NotFoundError,
)
from c8y_objects.errors import InvalidIdError, UnknownFilterError
from tests.objects.emulated import requests_log, unique

T0 = datetime(2024, 3, 1, tzinfo=UTC)


async def new_device(api: CumulocityClient) -> str:
    device = await Device(api, name=unique("w"), type="test").create()
    assert device.id is not None
    return device.id


def raw_paths(api: CumulocityClient) -> list[bytes]:
    """The raw (still percent-encoded) path of each request the client sends from now on."""
    sent: list[bytes] = []

    async def hook(request: httpx.Request) -> None:
        sent.append(request.url.raw_path)

    api.http.event_hooks["request"].append(hook)
    return sent


def event(api: CumulocityClient, source: str, kind: str, minute: int) -> Event:
    return Event(
        api, type=kind, source=source, time=T0 + timedelta(minutes=minute), text=f"{kind}@{minute}"
    )


# -- unknown keywords and extra_params --------------------------------------------------------

WRONG_CALLS: list[tuple[str, Callable[[CumulocityClient], Awaitable[Any]]]] = [
    ("select", lambda c: c.events.get_all(sorce="1")),  # type: ignore[call-overload]
    ("get_count", lambda c: c.events.get_count(fragmentType="x")),  # type: ignore[call-arg]
    ("get_last", lambda c: c.events.get_last(typ="x")),  # type: ignore[call-arg]
    ("skim_latest", lambda c: c.events.skim_latest("1", limt=3)),  # type: ignore[call-arg]
    ("delete_by", lambda c: c.events.delete_by(source="1", with_source_devices=True)),  # type: ignore[call-arg]
    ("delete_by", lambda c: c.events.delete_by(source="1", fragment_value="x")),  # type: ignore[call-arg]
]


@pytest.mark.parametrize(
    ("name", "call"), WRONG_CALLS, ids=[f"{n}-{i}" for i, (n, _) in enumerate(WRONG_CALLS)]
)
async def test_unknown_keyword_is_refused_before_any_request(
    api: CumulocityClient, name: str, call: Callable[[CumulocityClient], Awaitable[Any]]
) -> None:
    with pytest.raises(UnknownFilterError, match="unknown filter"):
        await call(api)
    with pytest.raises(UnknownFilterError):
        api.events.select(fragmnt="x")  # type: ignore[call-overload]
    assert await requests_log(api) == []


async def test_extra_params_reach_the_query(api: CumulocityClient) -> None:
    source = await new_device(api)
    await api.events.create(event(api, source, "c8y_A", 0), event(api, source, "c8y_B", 1))
    assert await api.events.get_count(source=source, extra_params={"type": "c8y_B"}) == 1
    found = await api.events.get_all(source=source, extra_params={"fragmentType": "c8y_Nothing"})
    assert found == []
    (last,) = [r for r in await requests_log(api) if r["method"] == "GET"][-1:]
    assert "fragmentType=c8y_Nothing" in last["query"]
    with pytest.raises(ConfigurationError, match="source given twice"):
        await api.events.get_count(source=source, extra_params={"source": source})


async def test_conflicting_filters_are_refused_before_any_request(api: CumulocityClient) -> None:
    with pytest.raises(ConfigurationError, match="with_source_children needs source"):
        await api.events.get_all(with_source_children=True)
    with pytest.raises(ConfigurationError, match="fragment_value needs fragment"):
        await api.events.get_count(fragment_value="x")
    with pytest.raises(ConfigurationError, match="reverse=True is refused"):
        await api.events.get_last(reverse=True)
    assert await requests_log(api) == []


# -- IDs as path segments ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("event_id", "segment"),
    [
        ("1/2", b"1%2F2"),
        ("1?x=2", b"1%3Fx%3D2"),
        ("1#f", b"1%23f"),
        ("a b%", b"a%20b%25"),
        ("../../inventory", b"..%2F..%2Finventory"),
    ],
)
async def test_an_id_is_one_encoded_segment_of_the_event_route(
    api: CumulocityClient, event_id: str, segment: bytes
) -> None:
    sent = raw_paths(api)
    with pytest.raises(NotFoundError, match="No event for gid"):
        await api.events.get(event_id)
    with pytest.raises(NotFoundError, match="No event for gid"):
        await api.events.download_attachment(event_id)
    assert sent == [b"/event/events/" + segment, b"/event/events/" + segment + b"/binaries"]
    assert [(r["method"], r["status"]) for r in await requests_log(api)] == [
        ("GET", 404),
        ("GET", 404),
    ]


@pytest.mark.parametrize("event_id", ["", ".", ".."])
async def test_an_id_that_cannot_be_a_segment_is_refused_before_any_request(
    api: CumulocityClient, event_id: str
) -> None:
    with pytest.raises(ConfigurationError):
        await api.events.get(event_id)
    with pytest.raises(ConfigurationError):
        await api.events.delete_attachment(event_id)
    with pytest.raises(ConfigurationError):
        await Event(api, text="x").apply_to(event_id)
    with pytest.raises(InvalidIdError):
        await Event.from_json({"id": ".."}, api).create_attachment(b"x")
    assert await requests_log(api) == []


# -- skim_latest ------------------------------------------------------------------------------


async def test_skim_latest_keeps_the_newest_event_of_each_type(api: CumulocityClient) -> None:
    source = await new_device(api)
    other = await new_device(api)
    await api.events.create(
        event(api, source, "c8y_A", 0),
        event(api, source, "c8y_B", 1),
        event(api, source, "c8y_A", 2),
        event(api, source, "c8y_C", 3),
        event(api, other, "c8y_D", 4),
    )
    latest = await api.events.skim_latest(source)
    assert {kind: e.text for kind, e in latest.items()} == {
        "c8y_A": "c8y_A@2",
        "c8y_B": "c8y_B@1",
        "c8y_C": "c8y_C@3",
    }
    assert all(isinstance(e, Event) and e.c8y is api for e in latest.values())
    # Only the two newest events are read: c8y_B is outside the window.
    window = await api.events.skim_latest(source=source, limit=2)
    assert {kind: e.text for kind, e in window.items()} == {
        "c8y_C": "c8y_C@3",
        "c8y_A": "c8y_A@2",
    }
    assert "pageSize=2" in (await requests_log(api))[-1]["query"]
    typed = await api.events.skim_latest(source, type="c8y_A")
    assert list(typed) == ["c8y_A"]
    assert await api.events.skim_latest(await new_device(api)) == {}


async def test_skim_latest_with_max_age_reads_the_whole_age_window(
    api: CumulocityClient,
) -> None:
    source = await new_device(api)
    now = datetime.now(UTC)
    await api.events.create(
        *(
            Event(type=f"c8y_T{i % 3}", source=source, time=now - timedelta(minutes=i), text=str(i))
            for i in range(7)
        ),
        Event(type="c8y_Old", source=source, time=now - timedelta(days=2), text="old"),
    )
    latest = await api.events.skim_latest(source, max_age=timedelta(hours=1), limit=1)
    assert {kind: e.text for kind, e in latest.items()} == {
        "c8y_T0": "0",
        "c8y_T1": "1",
        "c8y_T2": "2",
    }


async def test_skim_latest_refuses_contradictions(api: CumulocityClient) -> None:
    with pytest.raises(ConfigurationError, match="source both as argument and as filter"):
        await api.events.skim_latest("1", source="2")
    with pytest.raises(ConfigurationError, match="reverse=True is refused"):
        await api.events.skim_latest("1", reverse=True)
    assert await requests_log(api) == []
