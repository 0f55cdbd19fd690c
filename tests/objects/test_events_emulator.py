"""Events, their attachments and the Events API against the emulator.

Every test runs twice: in-process (`httpx.ASGITransport`) and over a loopback socket (uvicorn).
The loopback emulator is shared by the tests of this module, so each test uses a source device
of its own.
"""

from __future__ import annotations

import asyncio
import io
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest

from c8y_objects import (
    BulkError,
    ConflictError,
    CumulocityClient,
    Device,
    Event,
    JsonPathMatcher,
    NotFoundError,
    UnprocessableEntityError,
)
from tests.objects.emulated import unique

T0 = datetime(2024, 3, 1, tzinfo=UTC)


async def new_device(api: CumulocityClient) -> str:
    device = await Device(api, name=unique("e"), type="test").create()
    assert device.id is not None
    return device.id


def door(api: CumulocityClient, source: str, minute: int, state: str = "open") -> Event:
    return Event(
        api,
        type="c8y_Door",
        time=T0 + timedelta(minutes=minute),
        source=source,
        text=f"door {state} at {minute}",
        c8y_Door={"state": state},
    )


async def test_event_lifecycle(api: CumulocityClient) -> None:
    source = await new_device(api)
    draft = Event(api, type="c8y_Door", time=T0, source=source, text="opened", c8y_Door={"n": 1})
    event = await draft.create()
    assert event.id is not None
    assert draft.id is None
    assert event.source == source
    assert event.datetime == T0
    assert event.creation_datetime is not None
    assert event.creation_datetime.tzinfo is not None

    event.text = "closed"
    event["c8y_Door"]["n"] = 2
    same = await event.update()
    assert same is event
    assert event.to_diff_json() == {}

    fresh = await api.events.get(event.id)
    assert fresh.text == "closed"
    assert fresh["c8y_Door.n"] == 2

    del event["c8y_Door"]
    copy = await event.update(copy=True)
    assert "c8y_Door" not in copy
    assert event.to_diff_json() == {"c8y_Door": None}  # still staged on self

    await event.reload()
    assert "c8y_Door" not in event
    await event.delete()
    with pytest.raises(NotFoundError):
        await event.reload()


async def test_create_without_time_is_stamped_now(api: CumulocityClient) -> None:
    source = await new_device(api)
    before = datetime.now(UTC) - timedelta(seconds=1)
    event = await Event(api, type="t", source=source, text="x").create()
    assert event.datetime is not None
    assert before <= event.datetime <= datetime.now(UTC) + timedelta(seconds=1)


async def test_update_of_a_fixed_key_is_refused_and_nothing_changes(api: CumulocityClient) -> None:
    source = await new_device(api)
    event = await door(api, source, 0).create()
    event.type = "other"
    event.text = "changed"
    with pytest.raises(UnprocessableEntityError):
        await event.update()
    assert event.to_diff_json() == {"type": "other", "text": "changed"}
    assert (await api.events.get(event.id or "")).text == "door open at 0"


def record_bodies(api: CumulocityClient) -> list[tuple[str, str, Any]]:
    """Record (method, path, parsed JSON body) of each request the client sends from now on."""
    sent: list[tuple[str, str, Any]] = []

    async def hook(request: httpx.Request) -> None:
        body = orjson.loads(request.content) if request.content else None
        sent.append((request.method, request.url.path, body))

    api.http.event_hooks["request"].append(hook)
    return sent


async def test_apply_to_writes_only_the_staged_changes(api: CumulocityClient) -> None:
    source = await new_device(api)
    first = await door(api, source, 0).create()
    second = await door(api, source, 1).create()
    third = await door(api, source, 2).create()
    sent = record_bodies(api)

    first["c8y_Door"]["state"] = "closed"
    applied = await first.apply_to(second.id or "")
    assert sent == [("PUT", f"/event/events/{second.id}", {"c8y_Door": {"state": "closed"}})]
    assert applied["c8y_Door"] == {"state": "closed"}
    assert applied.text == "door open at 1"  # not in the staged changes: the target keeps it
    assert first.to_diff_json() == {"c8y_Door": {"state": "closed"}}  # still staged on first

    model = Event(api, text="bulk text", c8y_Extra={"k": 1})
    await api.events.apply_to(model, second, third.id or "", workers=2)
    assert sorted(path for _, path, _ in sent[1:]) == sorted(
        f"/event/events/{e.id}" for e in (second, third)
    )
    assert all(body == {"text": "bulk text", "c8y_Extra": {"k": 1}} for _, _, body in sent[1:])
    second_now = await second.reload(copy=True)
    third_now = await third.reload(copy=True)
    assert (second_now.text, second_now["c8y_Door"]) == ("bulk text", {"state": "closed"})
    assert (third_now.text, third_now["c8y_Door"]) == ("bulk text", {"state": "open"})
    assert third_now["c8y_Extra"] == {"k": 1}


async def test_bulk_create_update_and_delete(api: CumulocityClient) -> None:
    source = await new_device(api)
    done: list[int] = []
    await api.events.create(
        *(door(api, source, i) for i in range(6)), workers=3, progress=lambda d, _: done.append(d)
    )
    assert sorted(done) == [1, 2, 3, 4, 5, 6]
    events = await api.events.get_all(source=source, limit=None)
    assert len(events) == 6
    for event in events:
        event.text = "renamed"
    await api.events.update(*events, workers=2)
    assert all(e.to_diff_json() == {} for e in events)
    assert {e.text for e in await api.events.get_all(source=source, limit=None)} == {"renamed"}
    await api.events.delete(*events[:4], workers=2)
    assert await api.events.get_count(source=source) == 2


async def test_bulk_create_failure_names_the_event(api: CumulocityClient) -> None:
    source = await new_device(api)
    stray = door(api, "999999999", 1)
    with pytest.raises(BulkError) as caught:
        await api.events.create(door(api, source, 0), stray, door(api, source, 2))
    assert caught.value.index == 1
    assert caught.value.item is stray
    assert isinstance(caught.value.error, UnprocessableEntityError)
    assert await api.events.get_count(source=source) == 1


async def test_select_filters(api: CumulocityClient) -> None:
    source = await new_device(api)
    await api.events.create(
        *(door(api, source, i, "open" if i % 2 else "closed") for i in range(8)),
        Event(type="c8y_Other", time=T0, source=source, text="other"),
    )
    assert await api.events.get_count(source=source) == 9
    assert await api.events.get_count(source=source, type="c8y_Door") == 8
    assert await api.events.get_count(source=source, fragment="c8y_Door") == 8
    newest = await api.events.get_all(source=source, type="c8y_Door", limit=3)
    assert [e.text for e in newest] == ["door open at 7", "door closed at 6", "door open at 5"]
    oldest = await api.events.get_all(source=source, type="c8y_Door", reverse=True, limit=2)
    assert [e.text for e in oldest] == ["door closed at 0", "door open at 1"]
    window = await api.events.get_all(
        source=source,
        type="c8y_Door",
        date_from=T0 + timedelta(minutes=2),
        before=(T0 + timedelta(minutes=5)).isoformat(),
        limit=None,
        as_values="text",
    )
    assert window == ["door closed at 4", "door open at 3", "door closed at 2"]
    closed = await api.events.get_all(
        source=source,
        fragment_type="c8y_Door",
        limit=None,
        include=JsonPathMatcher("$.c8y_Door[?(@.state == 'closed')]"),
    )
    assert len(closed) == 4
    paged = [
        e.id async for e in api.events.select(source=source, limit=None, page_size=2, workers=3)
    ]
    assert len(paged) == len(set(paged)) == 9


async def test_created_and_updated_ranges(api: CumulocityClient) -> None:
    source = await new_device(api)
    event = await door(api, source, 0).create()
    created = event.creation_datetime
    assert created is not None
    await asyncio.sleep(0.01)
    middle = datetime.now(UTC)
    await asyncio.sleep(0.01)
    event.text = "changed"
    await event.update()
    assert await api.events.get_count(source=source, created_before=middle) == 1
    assert await api.events.get_count(source=source, created_after=middle) == 0
    assert await api.events.get_count(source=source, created_from=created) == 1
    assert await api.events.get_count(source=source, updated_after=middle) == 1
    assert await api.events.get_count(source=source, last_updated_to=middle) == 0


async def test_source_assets_include_child_events(api: CumulocityClient) -> None:
    parent = await new_device(api)
    child = await new_device(api)
    await api.inventory.assign_child_devices(parent, child)
    await api.events.create(door(api, parent, 0), door(api, child, 1))
    assert await api.events.get_count(source=parent) == 1
    assert await api.events.get_count(source=parent, with_source_devices=True) == 2


async def test_max_age_and_get_last(api: CumulocityClient) -> None:
    source = await new_device(api)
    assert await api.events.get_last(source=source) is None
    now = datetime.now(UTC)
    await api.events.create(
        *(
            Event(type="t", source=source, time=now - timedelta(hours=h), text=str(h))
            for h in (5, 1, 30)
        )
    )
    recent = await api.events.get_all(source=source, max_age=timedelta(hours=10))
    assert [e.text for e in recent] == ["1", "5"]
    last = await api.events.get_last(source=source)
    assert last is not None
    assert last.text == "1"
    older = await api.events.get_last(source=source, min_age=timedelta(hours=2))
    assert older is not None
    assert older.text == "5"


async def test_delete_by(api: CumulocityClient) -> None:
    source = await new_device(api)
    await api.events.create(*(door(api, source, i) for i in range(5)))
    await api.events.delete_by(source=source, before=T0 + timedelta(minutes=3))
    assert [e.text for e in await api.events.get_all(source=source)] == [
        "door open at 4",
        "door open at 3",
    ]
    await api.events.delete_by(source=source, type="nothing")
    assert await api.events.get_count(source=source) == 2
    await api.events.delete_by(source=source)
    assert await api.events.get_count(source=source) == 0


async def test_attachment_lifecycle_on_the_object(api: CumulocityClient, tmp_path: Path) -> None:
    source = await new_device(api)
    event = await door(api, source, 0).create()
    assert not event.has_attachment()
    path = tmp_path / "report.csv"
    path.write_bytes(b"a,b\n1,2\n")
    info = await event.create_attachment(path, "text/csv")
    assert info["name"] == "report.csv"
    assert info["type"] == "text/csv"
    assert not event.has_attachment()  # the loaded JSON is not re-read
    await event.reload()
    assert event.has_attachment()
    assert event["c8y_IsBinary"]["length"] == 8
    assert await event.download_attachment() == b"a,b\n1,2\n"

    with pytest.raises(ConflictError):
        await event.create_attachment(b"second")

    await event.update_attachment(io.BytesIO(b"\x00\x01binary"), "application/octet-stream")
    assert await event.download_attachment() == b"\x00\x01binary"

    await event.delete_attachment()
    with pytest.raises(NotFoundError):
        await event.download_attachment()
    assert not (await event.reload()).has_attachment()


async def test_attachment_calls_on_the_main_api(api: CumulocityClient) -> None:
    source = await new_device(api)
    event = await door(api, source, 0).create()
    event_id = event.id or ""
    payload = bytes(range(256)) * 64
    info = await api.events.create_attachment(event_id, payload, "application/x-test")
    assert info["type"] == "application/x-test"
    assert await api.events.download_attachment(event_id) == payload
    await api.events.update_attachment(event, b"v2", "text/plain")
    assert await api.events.download_attachment(event) == b"v2"
    await api.events.delete_attachment(event_id)
    with pytest.raises(NotFoundError):
        await api.events.download_attachment(event_id)
