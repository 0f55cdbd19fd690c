"""Alarms: creation and de-duplication, updates, filters, count, bulk status change, upsert."""

from __future__ import annotations

import asyncio
import re
from typing import Any

import httpx
import pytest

from tests.emulator.helpers import new_object

ALARM = "application/vnd.com.nsn.cumulocity.alarm+json"
ALARMS = "application/vnd.com.nsn.cumulocity.alarmcollection+json"
ERROR = "application/vnd.com.nsn.cumulocity.error+json"
ISO_MS = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")
MOS = "/inventory/managedObjects"


def _alarm(source: str, **overrides: Any) -> dict[str, Any]:
    document: dict[str, Any] = {
        "source": {"id": source},
        "type": "c8y_HighTemperature",
        "text": "Temperature too high",
        "severity": "MAJOR",
        "time": "2024-05-01T10:00:00.000Z",
    }
    document.update(overrides)
    return document


async def _create(client: httpx.AsyncClient, document: dict[str, Any]) -> dict[str, Any]:
    response = await client.post("/alarm/alarms", json=document)
    assert response.status_code == 201, response.text
    result: dict[str, Any] = response.json()
    return result


async def _ids(client: httpx.AsyncClient, **params: str) -> list[str]:
    response = await client.get("/alarm/alarms", params={"pageSize": "100", **params})
    assert response.status_code == 200, response.text
    return [a["id"] for a in response.json()["alarms"]]


async def _count(client: httpx.AsyncClient, **params: str) -> int:
    response = await client.get("/alarm/alarms/count", params=params)
    assert response.status_code == 200, response.text
    return int(response.text)


def _assert_error(response: httpx.Response, status: int, *words: str) -> None:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(ERROR)
    body = response.json()
    assert body["error"].startswith("alarm/")
    for word in words:
        assert word in body["message"]


# --- creation and de-duplication ---------------------------------------------------------------


async def test_create_answers_the_stored_alarm(any_client: httpx.AsyncClient) -> None:
    source = await new_object(any_client, "Boiler")
    response = await any_client.post(
        "/alarm/alarms",
        json=_alarm(source, time="2024-05-01T12:00:00.5+02:00", c8y_Detail={"t": 99}),
        headers={"Accept": ALARM},
    )
    assert response.status_code == 201
    assert response.headers["content-type"].startswith(ALARM)
    alarm = response.json()
    base = str(any_client.base_url).rstrip("/")
    assert alarm["self"] == f"{base}/alarm/alarms/{alarm['id']}"
    assert response.headers["location"] == alarm["self"]
    assert alarm["source"] == {
        "id": source,
        "name": "Boiler",
        "self": f"{base}{MOS}/{source}",
    }
    assert alarm["time"] == "2024-05-01T10:00:00.500Z"  # normalised to UTC
    assert alarm["status"] == "ACTIVE"  # the default
    assert alarm["count"] == 1
    assert "firstOccurrenceTime" not in alarm
    assert ISO_MS.match(alarm["creationTime"])
    assert alarm["lastUpdated"] == alarm["creationTime"]
    assert alarm["c8y_Detail"] == {"t": 99}
    assert (await any_client.get(f"/alarm/alarms/{alarm['id']}")).json() == alarm


async def test_same_source_and_type_counts_up_the_open_alarm(client: httpx.AsyncClient) -> None:
    source = await new_object(client, "Boiler")
    first = await _create(client, _alarm(source, c8y_Detail={"t": 1}))
    again = await _create(
        client,
        _alarm(
            source,
            time="2024-05-02T08:00:00.000Z",
            text="changed text",
            severity="CRITICAL",
            c8y_Detail={"t": 2},
        ),
    )
    assert again["id"] == first["id"]
    assert again["count"] == 2
    assert again["time"] == "2024-05-02T08:00:00.000Z"
    assert again["firstOccurrenceTime"] == first["time"]
    # Everything else of the second request is ignored.
    assert again["text"] == first["text"]
    assert again["severity"] == "MAJOR"
    assert again["c8y_Detail"] == {"t": 1}
    assert again["creationTime"] == first["creationTime"]
    assert again["lastUpdated"] >= first["lastUpdated"]

    third = await _create(client, _alarm(source, time="2024-05-03T08:00:00.000Z"))
    assert third["count"] == 3
    assert third["firstOccurrenceTime"] == first["time"]
    assert await _ids(client) == [first["id"]]


async def test_acknowledged_alarms_are_de_duplicated_too(client: httpx.AsyncClient) -> None:
    source = await new_object(client, "Boiler")
    first = await _create(client, _alarm(source))
    await client.put(f"/alarm/alarms/{first['id']}", json={"status": "ACKNOWLEDGED"})
    again = await _create(client, _alarm(source, status="ACTIVE"))
    assert again["id"] == first["id"]
    assert again["count"] == 2
    assert again["status"] == "ACKNOWLEDGED"


async def test_cleared_alarms_are_never_de_duplicated(client: httpx.AsyncClient) -> None:
    source = await new_object(client, "Boiler")
    first = await _create(client, _alarm(source))
    await client.put(f"/alarm/alarms/{first['id']}", json={"status": "CLEARED"})
    second = await _create(client, _alarm(source))
    assert second["id"] != first["id"]
    assert second["count"] == 1
    cleared_a = await _create(client, _alarm(source, type="other", status="CLEARED"))
    cleared_b = await _create(client, _alarm(source, type="other", status="CLEARED"))
    assert cleared_a["id"] != cleared_b["id"]
    assert cleared_b["count"] == 1


async def test_other_source_or_type_makes_a_new_alarm(client: httpx.AsyncClient) -> None:
    one = await new_object(client, "one")
    two = await new_object(client, "two")
    a = await _create(client, _alarm(one))
    b = await _create(client, _alarm(two))
    c = await _create(client, _alarm(one, type="c8y_LowPressure"))
    assert len({a["id"], b["id"], c["id"]}) == 3


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"source": None}, ["source"]),
        ({"source": {"id": ""}}, ["source"]),
        ({"source": "123"}, ["source"]),
        ({"source": {"id": "424242"}}, ["424242"]),
        ({"type": None}, ["type"]),
        ({"type": 5}, ["type"]),
        ({"text": None}, ["text"]),
        ({"severity": "LOUD"}, ["severity", "CRITICAL"]),
        ({"severity": None}, ["severity"]),
        ({"status": "OPEN"}, ["status", "ACKNOWLEDGED"]),
        ({"time": None}, ["time"]),
        ({"time": "yesterday"}, ["time", "yesterday"]),
        ({"": 1}, ["Fragment"]),
    ],
)
async def test_invalid_alarm_is_refused_and_nothing_is_written(
    client: httpx.AsyncClient, change: dict[str, Any], words: list[str]
) -> None:
    source = await new_object(client, "Boiler")
    document = _alarm(source)
    for key, value in change.items():
        if value is None:
            document.pop(key, None)
        else:
            document[key] = value
    _assert_error(await client.post("/alarm/alarms", json=document), 422, *words)
    assert await _count(client) == 0


async def test_unreadable_bodies_are_refused(client: httpx.AsyncClient) -> None:
    malformed = await client.post(
        "/alarm/alarms", content=b'{"type": ', headers={"Content-Type": ALARM}
    )
    _assert_error(malformed, 400, "JSON")
    _assert_error(await client.post("/alarm/alarms", json=[1, 2]), 422, "object")
    assert await _count(client) == 0


async def test_post_without_accept_answers_an_empty_body(client: httpx.AsyncClient) -> None:
    source = await new_object(client, "Boiler")
    response = await client.post("/alarm/alarms", json=_alarm(source), headers={"Accept": ""})
    assert response.status_code == 201
    assert response.content == b""
    assert (await client.get(response.headers["location"])).json()["type"] == "c8y_HighTemperature"


async def test_plain_json_accept_gets_plain_json(client: httpx.AsyncClient) -> None:
    source = await new_object(client, "Boiler")
    created = await client.post(
        "/alarm/alarms", json=_alarm(source), headers={"Accept": "application/json"}
    )
    assert created.headers["content-type"].startswith("application/json")
    listed = await client.get("/alarm/alarms", headers={"Accept": "application/json"})
    assert listed.headers["content-type"].startswith("application/json")
    default = await client.get("/alarm/alarms")
    assert default.headers["content-type"].startswith(ALARMS)


# --- updates -----------------------------------------------------------------------------------


async def test_update_changes_text_status_severity_and_fragments(
    any_client: httpx.AsyncClient,
) -> None:
    source = await new_object(any_client, "Boiler")
    alarm = await _create(any_client, _alarm(source, c8y_Detail={"t": 1}, c8y_Keep=True))
    response = await any_client.put(
        f"/alarm/alarms/{alarm['id']}",
        json={
            "text": "acknowledged by ops",
            "status": "ACKNOWLEDGED",
            "severity": "MINOR",
            "c8y_Detail": None,
            "c8y_Note": {"by": "ops"},
        },
        headers={"Accept": ALARM},
    )
    assert response.status_code == 200
    updated = response.json()
    assert updated["text"] == "acknowledged by ops"
    assert updated["status"] == "ACKNOWLEDGED"
    assert updated["severity"] == "MINOR"
    assert "c8y_Detail" not in updated
    assert updated["c8y_Note"] == {"by": "ops"}
    assert updated["c8y_Keep"] is True
    assert updated["time"] == alarm["time"]
    assert updated["count"] == 1
    assert updated["lastUpdated"] >= alarm["lastUpdated"]
    assert (await any_client.get(f"/alarm/alarms/{alarm['id']}")).json() == updated


@pytest.mark.parametrize(
    ("field", "other"),
    [
        ("source", {"id": "424242"}),
        ("type", "c8y_Other"),
        ("time", "2020-01-01T00:00:00.000Z"),
        ("creationTime", "2020-01-01T00:00:00.000Z"),
        ("id", "1"),
        ("self", "http://emulator.local/alarm/alarms/1"),
    ],
)
async def test_update_changing_a_fixed_field_is_refused(
    client: httpx.AsyncClient, field: str, other: Any
) -> None:
    source = await new_object(client, "Boiler")
    alarm = await _create(client, _alarm(source))
    response = await client.put(f"/alarm/alarms/{alarm['id']}", json={"text": "new", field: other})
    _assert_error(response, 422, field)
    assert (await client.get(f"/alarm/alarms/{alarm['id']}")).json() == alarm


async def test_update_repeating_fixed_fields_unchanged_is_accepted(
    any_client: httpx.AsyncClient,
) -> None:
    """Clients send back what they read: the platform takes unchanged read-only members."""
    source = await new_object(any_client, "Boiler")
    alarm = await _create(any_client, _alarm(source))
    repeated = {k: v for k, v in alarm.items() if k not in ("text", "status", "severity")}
    repeated["source"] = {"id": int(source)}  # an id as a number names the same object
    repeated["time"] = "2024-05-01T12:00:00+02:00"  # the same instant at another offset
    assert repeated["time"] != alarm["time"]
    response = await any_client.put(
        f"/alarm/alarms/{alarm['id']}",
        json={**repeated, "text": "seen", "status": "ACKNOWLEDGED"},
        headers={"Accept": "application/json"},
    )
    assert response.status_code == 200, response.text
    assert response.json()["text"] == "seen"
    assert response.json()["status"] == "ACKNOWLEDGED"
    assert response.json()["time"] == alarm["time"]
    assert response.json()["source"]["id"] == source


async def test_update_ignores_stale_occurrence_counters(client: httpx.AsyncClient) -> None:
    """count, lastUpdated and firstOccurrenceTime move on their own: a stale copy is no error."""
    source = await new_object(client, "Boiler")
    alarm = await _create(client, _alarm(source))
    again = await _create(client, _alarm(source, time="2024-05-01T11:00:00.000Z"))
    assert again["count"] == 2
    response = await client.put(
        f"/alarm/alarms/{alarm['id']}",
        json={
            "count": alarm["count"],
            "lastUpdated": alarm["lastUpdated"],
            "firstOccurrenceTime": "2000-01-01T00:00:00.000Z",
            "text": "seen",
        },
        headers={"Accept": "application/json"},
    )
    assert response.status_code == 200, response.text
    stored = response.json()
    assert (stored["count"], stored["text"]) == (2, "seen")
    assert stored["firstOccurrenceTime"] == again["firstOccurrenceTime"]


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ({"status": "DONE"}, ["status"]),
        ({"severity": "mild"}, ["severity"]),
        ({"text": 5}, ["text"]),
        ({"status": None}, ["status"]),
    ],
)
async def test_update_with_invalid_values_is_refused(
    client: httpx.AsyncClient, body: dict[str, Any], words: list[str]
) -> None:
    source = await new_object(client, "Boiler")
    alarm = await _create(client, _alarm(source))
    _assert_error(await client.put(f"/alarm/alarms/{alarm['id']}", json=body), 422, *words)
    assert (await client.get(f"/alarm/alarms/{alarm['id']}")).json() == alarm


async def test_unknown_alarm_is_404(client: httpx.AsyncClient) -> None:
    for path in ("/alarm/alarms/424242", "/alarm/alarms/not-a-number"):
        _assert_error(await client.get(path), 404, "alarm")
        _assert_error(await client.put(path, json={"text": "x"}), 404)


async def test_cleared_alarm_cannot_reopen_beside_an_open_one(client: httpx.AsyncClient) -> None:
    source = await new_object(client, "Boiler")
    old = await _create(client, _alarm(source))
    await client.put(f"/alarm/alarms/{old['id']}", json={"status": "CLEARED"})
    await _create(client, _alarm(source))
    refused = await client.put(f"/alarm/alarms/{old['id']}", json={"status": "ACTIVE"})
    _assert_error(refused, 422, old["id"], "open")
    assert (await client.get(f"/alarm/alarms/{old['id']}")).json()["status"] == "CLEARED"
    # Without a competing open alarm it may re-open.
    lone = await _create(client, _alarm(source, type="lonely"))
    await client.put(f"/alarm/alarms/{lone['id']}", json={"status": "CLEARED"})
    reopened = await client.put(f"/alarm/alarms/{lone['id']}", json={"status": "ACTIVE"})
    assert reopened.status_code == 200
    assert reopened.json()["status"] == "ACTIVE"


# --- filters, order, paging, count -------------------------------------------------------------


async def test_filters_select_alarms_newest_first(client: httpx.AsyncClient) -> None:
    one = await new_object(client, "one")
    two = await new_object(client, "two")
    a = await _create(client, _alarm(one, type="t1", severity="MAJOR", time="2024-05-01T10:00Z"))
    b = await _create(client, _alarm(one, type="t2", severity="MINOR", time="2024-05-03T10:00Z"))
    c = await _create(client, _alarm(two, type="t1", severity="CRITICAL", time="2024-05-02T10:00Z"))
    d = await _create(client, _alarm(two, type="t3", severity="WARNING", time="2024-05-04T10:00Z"))
    await client.put(f"/alarm/alarms/{d['id']}", json={"status": "CLEARED"})
    await client.put(f"/alarm/alarms/{b['id']}", json={"status": "ACKNOWLEDGED"})

    assert await _ids(client) == [d["id"], b["id"], c["id"], a["id"]]
    assert await _ids(client, source=one) == [b["id"], a["id"]]
    assert await _ids(client, status="ACTIVE") == [c["id"], a["id"]]
    assert await _ids(client, status="ACTIVE,CLEARED") == [d["id"], c["id"], a["id"]]
    assert await _ids(client, severity="MINOR,CRITICAL") == [b["id"], c["id"]]
    assert await _ids(client, type="t1") == [c["id"], a["id"]]
    assert await _ids(client, type="t2,t3") == [d["id"], b["id"]]
    assert await _ids(client, resolved="true") == [d["id"]]
    assert await _ids(client, resolved="false", status="CLEARED") == [b["id"], c["id"], a["id"]]
    # dateFrom is inclusive, dateTo exclusive; a bare date means midnight UTC.
    assert await _ids(client, dateFrom="2024-05-02T10:00:00Z", dateTo="2024-05-04T10:00:00Z") == [
        b["id"],
        c["id"],
    ]
    assert await _ids(client, dateTo="2024-05-02") == [a["id"]]
    assert await _ids(client, dateFrom="2024-05-02T12:00:00+02:00", source=two) == [
        d["id"],
        c["id"],
    ]
    assert await _ids(client, source="424242") == []
    assert await _ids(client, source="nonsense") == []


async def test_created_and_last_updated_ranges(client: httpx.AsyncClient) -> None:
    source = await new_object(client, "Boiler")
    first = await _create(client, _alarm(source, type="a"))
    await asyncio.sleep(0.005)  # distinct millisecond stamps
    second = await _create(client, _alarm(source, type="b"))
    await asyncio.sleep(0.005)
    updated = (await client.put(f"/alarm/alarms/{first['id']}", json={"text": "later"})).json()

    assert await _ids(client, createdFrom=second["creationTime"]) == [second["id"]]
    assert await _ids(client, createdTo=second["creationTime"]) == [first["id"]]
    assert await _ids(client, createdFrom="2000-01-01", createdTo="2000-01-02") == []
    assert await _ids(client, lastUpdatedFrom=updated["lastUpdated"]) == [first["id"]]
    assert await _ids(client, lastUpdatedTo=updated["lastUpdated"]) == [second["id"]]


async def test_with_source_assets_and_devices_reach_descendants(
    client: httpx.AsyncClient,
) -> None:
    site = await new_object(client, "site", c8y_IsDeviceGroup={})
    floor = await new_object(client, "floor", c8y_IsDeviceGroup={})
    device = await new_object(client, "device", c8y_IsDevice={})
    sensor = await new_object(client, "sensor", c8y_IsDevice={})
    await client.post(f"{MOS}/{site}/childAssets", json={"managedObject": {"id": floor}})
    await client.post(f"{MOS}/{floor}/childAssets", json={"managedObject": {"id": device}})
    await client.post(f"{MOS}/{device}/childDevices", json={"managedObject": {"id": sensor}})
    at = {key: (await _create(client, _alarm(key)))["id"] for key in (site, floor, device, sensor)}

    assert await _ids(client, source=site) == [at[site]]
    assets = await _ids(client, source=site, withSourceAssets="true")
    assert sorted(assets) == sorted([at[site], at[floor], at[device]])
    devices = await _ids(client, source=device, withSourceDevices="true")
    assert sorted(devices) == sorted([at[device], at[sensor]])
    everything = await _ids(client, source=site, withSourceChildren="true")
    assert sorted(everything) == sorted(at.values())
    assert await _count(client, source=site, withSourceAssets="true") == 3

    _assert_error(
        await client.get("/alarm/alarms", params={"withSourceAssets": "true"}), 422, "source"
    )


@pytest.mark.parametrize(
    ("params", "words"),
    [
        ({"status": "OPEN"}, ["status", "OPEN"]),
        ({"severity": "LOUD"}, ["severity", "LOUD"]),
        ({"dateFrom": "tomorrow"}, ["dateFrom", "tomorrow"]),
        ({"createdTo": "2024-99-01"}, ["createdTo"]),
        ({"resolved": "maybe"}, ["resolved"]),
        ({"pageSize": "-1"}, ["pageSize"]),
    ],
)
async def test_invalid_filters_are_422(
    client: httpx.AsyncClient, params: dict[str, str], words: list[str]
) -> None:
    _assert_error(await client.get("/alarm/alarms", params=params), 422, *words)


async def test_paging_with_totals_and_links(client: httpx.AsyncClient) -> None:
    source = await new_object(client, "Boiler")
    ids = []
    for day in range(1, 8):
        created = await _create(client, _alarm(source, type=f"t{day}", time=f"2024-05-0{day}"))
        ids.append(created["id"])
    page = await client.get(
        "/alarm/alarms",
        params={
            "pageSize": "3",
            "currentPage": "2",
            "withTotalElements": "true",
            "withTotalPages": "true",
        },
    )
    body = page.json()
    assert [a["id"] for a in body["alarms"]] == ids[::-1][3:6]
    assert body["statistics"] == {
        "currentPage": 2,
        "pageSize": 3,
        "totalPages": 3,
        "totalElements": 7,
    }
    assert "currentPage=3" in body["next"]
    assert "currentPage=1" in body["prev"]
    last = (await client.get(body["next"])).json()
    assert [a["id"] for a in last["alarms"]] == [ids[0]]
    assert "next" not in last


async def test_count_follows_the_filters(any_client: httpx.AsyncClient) -> None:
    source = await new_object(any_client, "Boiler")
    other = await new_object(any_client, "Other")
    await _create(any_client, _alarm(source, type="a"))
    await _create(any_client, _alarm(source, type="a"))  # de-duplicated: still one alarm
    cleared = await _create(any_client, _alarm(source, type="b"))
    await any_client.put(f"/alarm/alarms/{cleared['id']}", json={"status": "CLEARED"})
    await _create(any_client, _alarm(other, type="a", severity="CRITICAL"))

    response = await any_client.get("/alarm/alarms/count")
    assert response.headers["content-type"].startswith("application/json")
    assert response.json() == 3
    assert await _count(any_client, source=source) == 2
    assert await _count(any_client, status="ACTIVE") == 2
    assert await _count(any_client, resolved="true") == 1
    assert await _count(any_client, severity="CRITICAL") == 1
    assert await _count(any_client, type="b") == 1
    plain = await any_client.get("/alarm/alarms/count", headers={"Accept": "text/plain"})
    assert plain.headers["content-type"].startswith("text/plain")
    assert plain.text == "3"
    _assert_error(await any_client.get("/alarm/alarms/count", params={"status": "x"}), 422)


# --- bulk status update and delete by filter ---------------------------------------------------


async def test_bulk_status_update_applies_to_matching_alarms(client: httpx.AsyncClient) -> None:
    one = await new_object(client, "one")
    two = await new_object(client, "two")
    a = await _create(client, _alarm(one, type="a"))
    b = await _create(client, _alarm(one, type="b", severity="MINOR"))
    c = await _create(client, _alarm(two, type="a"))

    response = await client.put(
        "/alarm/alarms", params={"source": one, "severity": "MAJOR"}, json={"status": "CLEARED"}
    )
    assert response.status_code == 200
    assert response.content == b""
    statuses = {
        x: (await client.get(f"/alarm/alarms/{x}")).json()["status"]
        for x in (a["id"], b["id"], c["id"])
    }
    assert statuses == {a["id"]: "CLEARED", b["id"]: "ACTIVE", c["id"]: "ACTIVE"}

    await client.put("/alarm/alarms", params={"resolved": "false"}, json={"status": "ACKNOWLEDGED"})
    assert await _ids(client, status="ACKNOWLEDGED") == [c["id"], b["id"]]
    assert await _ids(client, status="CLEARED") == [a["id"]]


async def test_bulk_update_refusals_change_nothing(client: httpx.AsyncClient) -> None:
    source = await new_object(client, "Boiler")
    old = await _create(client, _alarm(source, type="a"))
    await client.put(f"/alarm/alarms/{old['id']}", json={"status": "CLEARED"})
    fresh = await _create(client, _alarm(source, type="a"))
    other = await _create(client, _alarm(source, type="b"))
    await client.put(f"/alarm/alarms/{other['id']}", json={"status": "CLEARED"})

    _assert_error(await client.put("/alarm/alarms", json={"status": "CLEARED"}), 422, "filter")
    _assert_error(
        await client.put("/alarm/alarms", params={"source": source}, json={"text": "x"}),
        422,
        "status",
    )
    _assert_error(
        await client.put(
            "/alarm/alarms", params={"source": source}, json={"status": "CLEARED", "text": "x"}
        ),
        422,
    )
    _assert_error(
        await client.put("/alarm/alarms", params={"source": source}, json={"status": "GONE"}),
        422,
        "status",
    )
    # Re-opening every cleared alarm would re-open `old` beside `fresh`: refused as a whole,
    # so `other` (which could re-open alone) stays cleared as well.
    _assert_error(
        await client.put("/alarm/alarms", params={"resolved": "true"}, json={"status": "ACTIVE"}),
        422,
        old["id"],
    )
    assert await _ids(client, status="CLEARED") == [other["id"], old["id"]]  # same time: id desc
    assert await _ids(client, status="ACTIVE") == [fresh["id"]]


async def test_delete_by_filter_needs_a_guard_and_removes_matches(
    any_client: httpx.AsyncClient,
) -> None:
    one = await new_object(any_client, "one")
    two = await new_object(any_client, "two")
    a = await _create(any_client, _alarm(one, type="a", time="2024-01-01T00:00:00Z"))
    b = await _create(any_client, _alarm(one, type="b", time="2024-06-01T00:00:00Z"))
    c = await _create(any_client, _alarm(two, type="a", time="2024-01-01T00:00:00Z"))

    refused = await any_client.delete("/alarm/alarms", params={"type": "a"})
    _assert_error(refused, 422, "source", "dateFrom")
    assert await _count(any_client) == 3

    gone = await any_client.delete("/alarm/alarms", params={"source": one, "type": "a"})
    assert gone.status_code == 204
    assert sorted(await _ids(any_client)) == sorted([b["id"], c["id"]])
    await any_client.delete("/alarm/alarms", params={"dateTo": "2024-03-01"})
    assert await _ids(any_client) == [b["id"]]
    assert (await any_client.get(f"/alarm/alarms/{a['id']}")).status_code == 404


async def test_deleting_the_source_deletes_its_alarms(client: httpx.AsyncClient) -> None:
    doomed = await new_object(client, "doomed")
    kept = await new_object(client, "kept")
    await _create(client, _alarm(doomed))
    survivor = await _create(client, _alarm(kept))
    assert (await client.delete(f"{MOS}/{doomed}")).status_code == 204
    assert await _ids(client) == [survivor["id"]]


# --- upsert and the API resource ---------------------------------------------------------------


async def test_upsert_creates_then_updates_the_open_alarm(any_client: httpx.AsyncClient) -> None:
    source = await new_object(any_client, "Boiler")
    created = await any_client.post(
        "/alarm/alarms/upsert",
        json={"source": {"id": source}, "type": "c8y_Door", "c8y_Open": {"side": "left"}},
        headers={"Accept": ALARM},
    )
    assert created.status_code == 201
    alarm = created.json()
    assert alarm["severity"] == "MAJOR"
    assert alarm["status"] == "ACTIVE"
    assert ISO_MS.match(alarm["time"])
    assert created.headers["location"] == alarm["self"]

    updated = await any_client.post(
        "/alarm/alarms/upsert",
        json={
            "source": {"id": source},
            "type": "c8y_Door",
            "text": "door open",
            "severity": "CRITICAL",
            "time": "2020-01-01T00:00:00Z",
            "c8y_Open": {"side": "right"},
        },
        headers={"Accept": ALARM},
    )
    assert updated.status_code == 200
    after = updated.json()
    assert after["id"] == alarm["id"]
    assert after["text"] == "door open"
    assert after["severity"] == "CRITICAL"
    assert after["c8y_Open"] == {"side": "right"}
    assert after["time"] == alarm["time"]  # time only applies on creation
    assert after["count"] == 1

    closing = await any_client.post(
        "/alarm/alarms/upsert",
        json={"source": {"id": source}, "type": "c8y_Door", "status": "CLEARED"},
    )
    assert closing.json()["status"] == "CLEARED"
    reborn = await any_client.post(
        "/alarm/alarms/upsert", json={"source": {"id": source}, "type": "c8y_Door"}
    )
    assert reborn.status_code == 201
    assert reborn.json()["id"] != alarm["id"]


@pytest.mark.parametrize(
    "body",
    [
        {"type": "t"},
        {"source": {"id": "424242"}, "type": "t"},
        {"source": {"id": "{source}"}},
        {"source": {"id": "{source}"}, "type": "t", "severity": "LOUD"},
        {"source": {"id": "{source}"}, "type": "t", "time": "noon"},
    ],
)
async def test_invalid_upsert_is_refused(client: httpx.AsyncClient, body: dict[str, Any]) -> None:
    source = await new_object(client, "Boiler")
    if isinstance(body.get("source"), dict) and body["source"]["id"] == "{source}":
        body = {**body, "source": {"id": source}}
    _assert_error(await client.post("/alarm/alarms/upsert", json=body), 422)
    assert await _count(client) == 0


async def test_api_resource_lists_the_collection_templates(client: httpx.AsyncClient) -> None:
    response = await client.get("/alarm")
    assert response.headers["content-type"].startswith(
        "application/vnd.com.nsn.cumulocity.alarmapi+json"
    )
    body = response.json()
    base = str(client.base_url).rstrip("/")
    assert body["self"] == f"{base}/alarm"
    assert body["alarms"]["self"] == f"{base}/alarm/alarms"
    assert body["alarmsForSourceAndStatus"] == (
        f"{base}/alarm/alarms?source={{source}}&status={{status}}"
    )


async def test_repeated_slashes_in_a_path_are_merged_as_the_platform_does(
    client: httpx.AsyncClient,
) -> None:
    """c8y_api updates an alarm with ``PUT /alarm/alarms//{id}``; the platform takes it."""
    source = await new_object(client, "Boiler")
    alarm = await _create(client, _alarm(source))
    response = await client.put(
        f"/alarm/alarms//{alarm['id']}",
        json={"status": "ACKNOWLEDGED", "source": {"id": source}},
        headers={"Accept": "application/json"},
    )
    assert response.status_code == 200, response.text
    assert response.json()["status"] == "ACKNOWLEDGED"
    assert response.json()["self"].endswith(f"/alarm/alarms/{alarm['id']}")
    assert (await client.get(f"/inventory//managedObjects///{source}")).json()["id"] == source
