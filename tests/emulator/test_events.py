"""Events over HTTP: create, update rules, filters, order, paging, deletion, attachments."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from c8y_emulator import EmulatorApp, create_app
from c8y_emulator.testing import asgi_client

EVENTS = "/event/events"
MOS = "/inventory/managedObjects"
EVENT = "application/vnd.com.nsn.cumulocity.event+json"
EVENT_COLLECTION = "application/vnd.com.nsn.cumulocity.eventcollection+json"
ERROR = "application/vnd.com.nsn.cumulocity.error+json"


async def _device(client: httpx.AsyncClient, name: str = "dev") -> str:
    response = await client.post(MOS, json={"name": name, "c8y_IsDevice": {}})
    return str(response.json()["id"])


def _event(source: str, time: str = "2024-05-01T10:00:00Z", **extra: Any) -> dict[str, Any]:
    return {"source": {"id": source}, "type": "c8y_Door", "text": "opened", "time": time, **extra}


async def _create(client: httpx.AsyncClient, document: dict[str, Any]) -> dict[str, Any]:
    response = await client.post(EVENTS, json=document, headers={"Accept": EVENT})
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


async def _ids(client: httpx.AsyncClient, **params: Any) -> list[str]:
    response = await client.get(EVENTS, params={"pageSize": 2000, **params})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith(EVENT_COLLECTION)
    return [e["id"] for e in response.json()["events"]]


# --- create, read, update, delete ----------------------------------------------------------


async def test_create_read_update_delete(any_client: httpx.AsyncClient) -> None:
    source = await _device(any_client, "Front door")
    response = await any_client.post(
        EVENTS,
        json=_event(
            source,
            "2024-05-01T12:00:00+02:00",
            c8y_Position={"lat": 1.5},
            id="7",
            creationTime="2000-01-01T00:00:00Z",
            c8y_IsBinary={"name": "fake"},
        ),
        headers={"Content-Type": EVENT, "Accept": EVENT},
    )
    assert response.status_code == 201
    assert response.headers["content-type"].startswith(EVENT)
    event = response.json()
    base = str(any_client.base_url).rstrip("/")
    assert event["id"] != "7"
    assert event["self"] == f"{base}{EVENTS}/{event['id']}"
    assert response.headers["location"] == event["self"]
    assert event["source"] == {"id": source, "name": "Front door", "self": f"{base}{MOS}/{source}"}
    assert event["time"] == "2024-05-01T10:00:00.000Z"
    assert event["creationTime"] == event["lastUpdated"]
    assert event["creationTime"] > "2024"
    assert event["c8y_Position"] == {"lat": 1.5}
    assert "c8y_IsBinary" not in event

    url = f"{EVENTS}/{event['id']}"
    assert (await any_client.get(url)).json() == event
    updated = await any_client.put(
        url,
        json={
            "text": "closed",
            "c8y_Position": None,
            "c8y_Lock": {"state": "locked"},
            "type": "c8y_Door",
            "time": "2024-05-01T10:00:00Z",
            "source": {"id": source},
            "lastUpdated": "1999-01-01T00:00:00Z",
        },
        headers={"Content-Type": EVENT, "Accept": EVENT},
    )
    assert updated.status_code == 200
    after = updated.json()
    assert after["text"] == "closed"
    assert "c8y_Position" not in after
    assert after["c8y_Lock"] == {"state": "locked"}
    assert after["creationTime"] == event["creationTime"]
    assert after["lastUpdated"] >= event["lastUpdated"]
    assert (await any_client.get(url)).json() == after

    assert (await any_client.delete(url)).status_code == 204
    missing = await any_client.get(url)
    assert missing.status_code == 404
    assert missing.headers["content-type"].startswith(ERROR)
    assert missing.json()["error"] == "event/Not Found"


async def test_create_and_update_without_accept_answer_empty_bodies(
    client: httpx.AsyncClient,
) -> None:
    source = await _device(client)
    created = await client.post(EVENTS, json=_event(source), headers={"Accept": ""})
    assert created.status_code == 201
    assert created.content == b""
    updated = await client.put(
        created.headers["location"], json={"text": "x"}, headers={"Accept": ""}
    )
    assert updated.status_code == 200
    assert updated.content == b""
    assert (await client.get(created.headers["location"])).json()["text"] == "x"


@pytest.mark.parametrize(
    ("change", "needle"),
    [
        ({"source": None}, "source"),
        ({"source": {"id": "424242"}}, "424242"),
        ({"source": {"id": True}}, "source"),
        ({"type": None}, "type"),
        ({"type": ""}, "type"),
        ({"text": None}, "text"),
        ({"text": 5}, "text"),
        ({"time": None}, "time"),
        ({"time": "noon"}, "time"),
        ({"": 1}, "empty"),
    ],
)
async def test_invalid_events_get_422_and_store_nothing(
    client: httpx.AsyncClient, change: dict[str, Any], needle: str
) -> None:
    source = await _device(client)
    document = {k: v for k, v in {**_event(source), **change}.items() if v is not None}
    response = await client.post(EVENTS, json=document)
    assert response.status_code == 422, response.text
    assert response.json()["error"] == "event/Invalid Data"
    assert needle in response.json()["message"]
    assert await _ids(client) == []


@pytest.mark.parametrize(
    ("change", "needle"),
    [
        ({"type": "other"}, "type"),
        ({"time": "2024-05-02T00:00:00Z"}, "time"),
        ({"time": "later"}, "time"),
        ({"source": {"id": "1"}}, "source"),
        ({"text": None}, "text"),
        ({"text": ["a"]}, "text"),
    ],
)
async def test_updates_of_fixed_fields_are_refused_and_change_nothing(
    client: httpx.AsyncClient, change: dict[str, Any], needle: str
) -> None:
    source = await _device(client)
    event = await _create(client, _event(source))
    response = await client.put(f"{EVENTS}/{event['id']}", json={"c8y_New": 1, **change})
    assert response.status_code == 422
    assert needle in response.json()["message"]
    assert (await client.get(f"{EVENTS}/{event['id']}")).json() == event


async def test_unknown_and_malformed_ids_and_bodies(client: httpx.AsyncClient) -> None:
    for raw in ("424242", "abc"):
        for method, body in (("GET", None), ("PUT", {"text": "x"}), ("DELETE", None)):
            response = await client.request(method, f"{EVENTS}/{raw}", json=body)
            assert response.status_code == 404
            assert raw in response.json()["message"]
    assert (
        await client.post(EVENTS, content=b"{", headers={"Content-Type": EVENT})
    ).status_code == 400
    assert (await client.post(EVENTS, json=[1])).status_code == 422


async def test_event_api_resource(client: httpx.AsyncClient) -> None:
    response = await client.get("/event")
    assert response.headers["content-type"].startswith(
        "application/vnd.com.nsn.cumulocity.eventapi+json"
    )
    assert response.json()["eventsForSourceAndType"].endswith("?source={source}&type={type}")


# --- filters, order, paging ----------------------------------------------------------------


async def test_filters(client: httpx.AsyncClient) -> None:
    one, two = await _device(client), await _device(client)
    a = await _create(client, _event(one, "2024-05-01T10:00:00Z", c8y_Tag="red"))
    b = await _create(client, {**_event(one, "2024-05-02T10:00:00Z"), "type": "c8y_Window"})
    c = await _create(client, _event(two, "2024-05-03T10:00:00Z", c8y_Tag={"x": "red"}))
    ids = [a["id"], b["id"], c["id"]]
    assert await _ids(client) == ids[::-1]  # newest first
    assert await _ids(client, revert="true") == ids
    assert await _ids(client, source=one) == [b["id"], a["id"]]
    assert await _ids(client, source="424242") == []
    assert await _ids(client, type="c8y_Window") == [b["id"]]
    assert await _ids(client, fragmentType="c8y_Tag") == [c["id"], a["id"]]
    assert await _ids(client, fragmentType="c8y_Tag", fragmentValue="red") == [a["id"]]
    assert await _ids(client, fragmentType="c8y_Tag", fragmentValue="blue") == []
    assert await _ids(client, dateFrom="2024-05-02T10:00:00Z", dateTo="2024-05-03T10:00:00Z") == [
        b["id"]
    ]
    assert await _ids(client, dateTo="2024-05-01T12:00:00+02:00") == []  # dateTo is exclusive
    assert await _ids(client, dateTo="2024-05-01T12:00:00.001+02:00") == [a["id"]]
    assert await _ids(client, createdFrom=a["creationTime"]) == ids[::-1]
    assert await _ids(client, createdTo=a["creationTime"]) == []
    await client.put(f"{EVENTS}/{a['id']}", json={"text": "touched"})
    touched = (await client.get(f"{EVENTS}/{a['id']}")).json()["lastUpdated"]
    assert await _ids(client, lastUpdatedFrom=touched) == [a["id"]]
    assert a["id"] not in await _ids(client, lastUpdatedTo=touched)
    for bad, needle in (
        ({"fragmentValue": "red"}, "fragmentType"),
        ({"dateFrom": "tomorrow"}, "dateFrom"),
        ({"lastUpdatedTo": "2024-02-31"}, "lastUpdatedTo"),
        ({"fragmentType": 'a"b'}, "fragmentType"),
        ({"withSourceDevices": "true"}, "source"),
        ({"source": one, "withSourceAssets": "perhaps"}, "withSourceAssets"),
    ):
        response = await client.get(EVENTS, params=bad)
        assert response.status_code == 422, bad
        assert needle in response.json()["message"]


async def test_with_source_children_follow_the_hierarchy(client: httpx.AsyncClient) -> None:
    group = await _device(client, "group")
    device = await _device(client, "device")
    child = await _device(client, "child")
    addition = await _device(client, "addition")
    await client.post(f"{MOS}/{group}/childAssets", json={"managedObject": {"id": device}})
    await client.post(f"{MOS}/{device}/childDevices", json={"managedObject": {"id": child}})
    await client.post(f"{MOS}/{device}/childAdditions", json={"managedObject": {"id": addition}})
    events = {
        name: (await _create(client, _event(sid)))["id"]
        for name, sid in (
            ("group", group),
            ("device", device),
            ("child", child),
            ("addition", addition),
        )
    }

    async def names(**params: str) -> set[str]:
        found = set(await _ids(client, **params))
        return {name for name, event_id in events.items() if event_id in found}

    assert await names(source=group) == {"group"}
    assert await names(source=group, withSourceAssets="true") == {"group", "device"}
    assert await names(source=device, withSourceDevices="true") == {"device", "child"}
    assert await names(source=device, withSourceAdditions="true") == {"device", "addition"}
    assert await names(source=group, withSourceAssets="true", withSourceDevices="true") == {
        "group",
        "device",
        "child",
    }
    assert await names(source=group, withSourceChildren="true") == set(events)


async def test_paging(client: httpx.AsyncClient) -> None:
    source = await _device(client)
    created = [
        (await _create(client, _event(source, f"2024-05-01T10:0{i}:00Z")))["id"] for i in range(5)
    ]
    first = (
        await client.get(
            EVENTS, params={"pageSize": 2, "withTotalPages": "true", "withTotalElements": "true"}
        )
    ).json()
    assert first["statistics"] == {
        "currentPage": 1,
        "pageSize": 2,
        "totalPages": 3,
        "totalElements": 5,
    }
    second = (await client.get(first["next"])).json()
    third = (await client.get(second["next"])).json()
    assert "next" not in third
    seen = [e["id"] for page in (first, second, third) for e in page["events"]]
    assert seen == created[::-1]
    assert (await client.get(EVENTS, params={"pageSize": "-1"})).status_code == 422


# --- deletion ------------------------------------------------------------------------------


async def test_delete_by_filter_needs_a_guard(client: httpx.AsyncClient) -> None:
    one, two = await _device(client), await _device(client)
    a = await _create(client, _event(one, "2024-05-01T10:00:00Z"))
    await _create(client, {**_event(one, "2024-05-02T10:00:00Z"), "type": "c8y_Window"})
    c = await _create(client, _event(two, "2024-05-03T10:00:00Z", c8y_Tag=1))
    refused = await client.delete(EVENTS, params={"type": "c8y_Door"})
    assert refused.status_code == 422
    assert "createdFrom" in refused.json()["message"]
    assert len(await _ids(client)) == 3
    await client.delete(EVENTS, params={"source": one, "type": "c8y_Window"})
    assert await _ids(client) == [c["id"], a["id"]]
    await client.delete(EVENTS, params={"dateFrom": "2024-01-01", "fragmentType": "c8y_Tag"})
    assert await _ids(client) == [a["id"]]
    await client.delete(EVENTS, params={"createdTo": "2000-01-01"})
    assert await _ids(client) == [a["id"]]
    assert (await client.delete(EVENTS, params={"dateTo": "bad"})).status_code == 422
    await client.delete(EVENTS, params={"createdFrom": "2000-01-01"})
    assert await _ids(client) == []


async def test_deleting_the_source_deletes_its_events_and_attachments(
    app: EmulatorApp, client: httpx.AsyncClient
) -> None:
    one, two = await _device(client), await _device(client)
    doomed = await _create(client, _event(one))
    kept = await _create(client, _event(two))
    await client.post(
        f"{EVENTS}/{doomed['id']}/binaries", content=b"x", headers={"Content-Type": "text/plain"}
    )
    assert (await client.delete(f"{MOS}/{one}")).status_code == 204
    assert await _ids(client) == [kept["id"]]
    with app.storage.read() as cur:
        assert cur.execute("SELECT COUNT(*) FROM event_binaries").fetchone()[0] == 0


# --- attachments ---------------------------------------------------------------------------


async def test_attachment_lifecycle_multipart(any_client: httpx.AsyncClient) -> None:
    source = await _device(any_client)
    event = await _create(any_client, _event(source))
    url = f"{EVENTS}/{event['id']}/binaries"
    assert (await any_client.get(url)).status_code == 404
    encoded = httpx.Request(
        "POST",
        "http://x",
        files={"file": ("hello.txt", b"hello\r\n--world", "text/plain")},
        data={"object": '{"name": "greeting.txt", "type": "text/plain"}'},
    )
    posted = await any_client.post(
        url,
        content=encoded.read(),
        headers={"Content-Type": encoded.headers["content-type"], "Accept": "application/json"},
    )
    assert posted.status_code == 201
    base = str(any_client.base_url).rstrip("/")
    assert posted.json() == {
        "self": f"{base}{url}",
        "source": event["id"],
        "name": "greeting.txt",
        "type": "text/plain",
    }
    downloaded = await any_client.get(url)
    assert downloaded.status_code == 200
    assert downloaded.content == b"hello\r\n--world"
    assert downloaded.headers["content-type"] == "text/plain"
    marked = (await any_client.get(f"{EVENTS}/{event['id']}")).json()
    assert marked["c8y_IsBinary"] == {"name": "greeting.txt", "length": 14, "type": "text/plain"}

    again = await any_client.post(url, content=b"x", headers={"Content-Type": "text/plain"})
    assert again.status_code == 409
    assert again.json()["error"] == "event/Conflict"
    assert (await any_client.get(url)).content == b"hello\r\n--world"

    replaced = await any_client.put(
        url,
        content=b"\x00\x01\x02",
        headers={
            "Content-Type": "application/octet-stream",
            "Content-Disposition": 'attachment; filename="raw.bin"',
            "Accept": "application/json",
        },
    )
    assert replaced.status_code == 201
    assert replaced.json()["name"] == "raw.bin"
    assert (await any_client.get(url)).content == b"\x00\x01\x02"
    marked = (await any_client.get(f"{EVENTS}/{event['id']}")).json()
    assert marked["c8y_IsBinary"] == {
        "name": "raw.bin",
        "length": 3,
        "type": "application/octet-stream",
    }
    # A client PUT of the event keeps the server-managed marker.
    await any_client.put(f"{EVENTS}/{event['id']}", json={"c8y_IsBinary": None, "text": "y"})
    assert "c8y_IsBinary" in (await any_client.get(f"{EVENTS}/{event['id']}")).json()

    assert (await any_client.delete(url)).status_code == 204
    assert (await any_client.get(url)).status_code == 404
    assert (await any_client.delete(url)).status_code == 404
    assert "c8y_IsBinary" not in (await any_client.get(f"{EVENTS}/{event['id']}")).json()


async def test_attachment_raw_post_and_ranges(client: httpx.AsyncClient) -> None:
    source = await _device(client)
    event = await _create(client, _event(source))
    url = f"{EVENTS}/{event['id']}/binaries"
    posted = await client.post(
        url, content=b"0123456789", headers={"Content-Type": "text/csv", "Accept": ""}
    )
    assert posted.status_code == 201
    assert posted.content == b""  # no Accept header
    assert (await client.get(url)).headers["content-type"] == "text/csv"
    part = await client.get(url, headers={"Range": "bytes=-4"})
    assert part.status_code == 206
    assert part.content == b"6789"
    assert part.headers["content-range"] == "bytes 6-9/10"


async def test_attachment_errors(client: httpx.AsyncClient) -> None:
    for method in ("POST", "PUT", "GET", "DELETE"):
        response = await client.request(
            method,
            f"{EVENTS}/424242/binaries",
            content=b"x",
            headers={"Content-Type": "text/plain"},
        )
        assert response.status_code == 404
        assert response.json()["error"] == "event/Not Found"
    source = await _device(client)
    event = await _create(client, _event(source))
    url = f"{EVENTS}/{event['id']}/binaries"
    broken = await client.post(
        url,
        content=b"--b\r\nno headers end",
        headers={"Content-Type": "multipart/form-data; boundary=b"},
    )
    assert broken.status_code == 400
    assert "multipart" in broken.json()["message"]
    assert (await client.get(url)).status_code == 404
    assert "c8y_IsBinary" not in (await client.get(f"{EVENTS}/{event['id']}")).json()


async def test_attachments_share_the_body_size_limit() -> None:
    async with asgi_client(max_body_bytes=1024) as client:
        source = await _device(client)
        event = await _create(client, _event(source))
        url = f"{EVENTS}/{event['id']}/binaries"
        response = await client.post(
            url, content=b"x" * 1025, headers={"Content-Type": "text/plain"}
        )
        assert response.status_code == 413
        assert "1024" in response.json()["message"]
        assert (await client.get(url)).status_code == 404


async def test_events_and_attachments_survive_a_restart(tmp_path: Path) -> None:
    database = str(tmp_path / "events.sqlite3")
    first = create_app(database)
    try:
        async with asgi_client(first) as client:
            source = await _device(client)
            event = await _create(client, _event(source, c8y_Detail={"n": 1}))
            await client.post(
                f"{EVENTS}/{event['id']}/binaries",
                content=b"kept",
                headers={"Content-Type": "text/plain"},
            )
    finally:
        first.close()
    second = create_app(database)
    try:
        async with asgi_client(second) as client:
            back = (await client.get(f"{EVENTS}/{event['id']}")).json()
            content = (await client.get(f"{EVENTS}/{event['id']}/binaries")).content
    finally:
        second.close()
    assert back["c8y_Detail"] == {"n": 1}
    assert back["c8y_IsBinary"]["length"] == 4
    assert content == b"kept"


@pytest.mark.parametrize(
    ("file_part", "name", "media_type"),
    [
        (("report.csv", b"a,b\n1,2\n", "text/csv"), "report.csv", "text/csv"),
        ((None, b"\x00\xff", "application/octet-stream"), "file", "application/octet-stream"),
        (("blob", b"x", None), "blob", "application/octet-stream"),
    ],
)
async def test_a_form_with_only_the_file_part_is_attached_under_its_name_and_type(
    client: httpx.AsyncClient,
    file_part: tuple[str | None, bytes, str | None],
    name: str,
    media_type: str,
) -> None:
    """The spec asks for object and file parts; clients send the file part alone."""
    source = await _device(client)
    event = await _create(client, _event(source))
    url = f"{EVENTS}/{event['id']}/binaries"
    filename, content, declared = file_part
    encoded = httpx.Request(
        "POST",
        "http://x",
        files={"file": (filename, content, declared) if declared else (filename, content)},
    )
    posted = await client.post(
        url,
        content=encoded.read(),
        headers={"Content-Type": encoded.headers["content-type"], "Accept": "application/json"},
    )
    assert posted.status_code == 201, posted.text
    assert posted.json()["name"] == name
    assert posted.json()["type"] == media_type
    downloaded = await client.get(url)
    assert downloaded.content == content
    assert downloaded.headers["content-type"] == media_type
    marked = (await client.get(f"{EVENTS}/{event['id']}")).json()
    assert marked["c8y_IsBinary"] == {"name": name, "length": len(content), "type": media_type}


async def test_a_form_without_the_file_part_is_still_refused(client: httpx.AsyncClient) -> None:
    source = await _device(client)
    event = await _create(client, _event(source))
    url = f"{EVENTS}/{event['id']}/binaries"
    form = httpx.Request(
        "POST", "http://x", files={"other": ("a", b"a")}, data={"object": '{"name": "n"}'}
    )
    response = await client.post(
        url, content=form.read(), headers={"Content-Type": form.headers["content-type"]}
    )
    assert response.status_code == 400, response.text
    assert "lacks the part(s) file" in response.json()["message"]
    assert "c8y_IsBinary" not in (await client.get(f"{EVENTS}/{event['id']}")).json()
