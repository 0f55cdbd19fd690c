"""Alarms and the Alarms API against the emulator.

Every test runs twice: in-process (`httpx.ASGITransport`) and over a loopback socket (uvicorn).
The loopback emulator is shared by the tests of this module, so each test raises its alarms on
devices of its own.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from c8y_objects import (
    Alarm,
    AlarmSeverity,
    AlarmStatus,
    BulkError,
    ConfigurationError,
    CumulocityClient,
    Device,
    JsonPathMatcher,
    NotFoundError,
    ObjectStateError,
    UnknownFilterError,
    UnprocessableEntityError,
)
from tests.objects.emulated import requests_log, unique

T0 = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)


async def new_device(c8y: CumulocityClient, name: str = "dev") -> Device:
    return await Device(c8y, name=unique(name), type="c8y_TestDevice").create()


async def request_count(c8y: CumulocityClient) -> int:
    return len(await requests_log(c8y))


def draft(c8y: CumulocityClient, source: Device, **kwargs: Any) -> Alarm:
    fields: dict[str, Any] = {
        "type": "c8y_TestAlarm",
        "time": T0,
        "text": "something is wrong",
        "severity": AlarmSeverity.MAJOR,
    }
    fields.update(kwargs)
    return Alarm(c8y, source=source, **fields)


# -- active records --------------------------------------------------------------------------


async def test_create_returns_the_stored_alarm(api: CumulocityClient) -> None:
    device = await new_device(api)
    new = draft(api, device, c8y_Details={"code": 7})
    alarm = await new.create()
    assert alarm is not new
    assert new.id is None
    assert alarm.id is not None
    assert alarm.source == device.id
    assert alarm.type == "c8y_TestAlarm"
    assert alarm.status == AlarmStatus.ACTIVE  # the platform's default
    assert alarm.severity == "MAJOR"
    assert alarm.count == 1
    assert alarm.datetime == T0
    assert alarm.creation_datetime is not None
    assert alarm.creation_datetime.tzinfo is not None
    assert alarm["c8y_Details.code"] == 7
    assert not alarm.is_modified


async def test_create_of_an_open_duplicate_raises_the_count(api: CumulocityClient) -> None:
    device = await new_device(api)
    first = await draft(api, device).create()
    later = T0 + timedelta(minutes=5)
    again = await draft(api, device, time=later, text="ignored").create()
    assert again.id == first.id
    assert again.count == 2
    assert again.datetime == later
    assert again.first_occurrence_datetime == T0
    assert again.text == "something is wrong"
    # Acknowledged alarms are de-duplicated too.
    again.status = AlarmStatus.ACKNOWLEDGED
    await again.update()
    third = await draft(api, device, time=later + timedelta(minutes=1)).create()
    assert (third.id, third.count, third.status) == (first.id, 3, "ACKNOWLEDGED")
    # Once cleared, the next one is a new alarm.
    third.status = AlarmStatus.CLEARED
    await third.update()
    fresh = await draft(api, device).create()
    assert fresh.id != first.id
    assert fresh.count == 1
    assert await api.alarms.get_count(source=device) == 2


async def test_update_sends_changes_and_refuses_fixed_fields(api: CumulocityClient) -> None:
    device = await new_device(api)
    alarm = await draft(api, device, c8y_Details={"code": 1}).create()
    alarm.text = "looked at"
    alarm.severity = "CRITICAL"
    alarm.status = AlarmStatus.ACKNOWLEDGED
    alarm["c8y_Details.code"] = 2
    same = await alarm.update()
    assert same is alarm
    assert (alarm.text, alarm.severity, alarm.status) == ("looked at", "CRITICAL", "ACKNOWLEDGED")
    assert (await api.alarms.get(alarm.id or ""))["c8y_Details"] == {"code": 2}

    alarm.type = "c8y_Other"
    alarm.time = T0 + timedelta(hours=1)
    before = await request_count(api)
    with pytest.raises(ObjectStateError, match="time, type cannot change after creation"):
        await alarm.update()
    assert await request_count(api) == before  # nothing was sent
    assert alarm.type == "c8y_Other"  # the staged change is kept for the caller to undo


async def test_update_copy_and_reload(api: CumulocityClient) -> None:
    device = await new_device(api)
    alarm = await draft(api, device).create()
    alarm.text = "copied"
    copy = await alarm.update(copy=True)
    assert copy is not alarm
    assert copy.text == "copied"
    assert alarm.is_modified  # self keeps its staged change

    other = await api.alarms.get(alarm.id or "")
    other.severity = AlarmSeverity.MINOR
    await other.update()
    fresh = await alarm.reload(copy=True)
    assert fresh.severity == "MINOR"
    assert alarm.severity == "MAJOR"
    reloaded = await alarm.reload()
    assert reloaded is alarm
    assert (alarm.severity, alarm.text, alarm.is_modified) == ("MINOR", "copied", False)


async def test_apply_to_writes_only_the_staged_changes(api: CumulocityClient) -> None:
    device = await new_device(api)
    model = await draft(api, device, type="c8y_Model", c8y_Note={"by": "ops"}).create()
    target = await draft(api, device, type="c8y_Target", severity="WARNING").create()
    model.text = "copied text"
    model["c8y_Note.by"] = "night shift"
    result = await model.apply_to(target.id or "")
    assert result.id == target.id
    assert result.type == "c8y_Target"  # type, time and source stay
    assert result.source == device.id
    # Only the text and the note changed on the model; the target keeps its own severity.
    assert (result.severity, result.text) == ("WARNING", "copied text")
    assert result["c8y_Note"] == {"by": "night shift"}
    assert model.is_modified  # the model keeps its staged changes


async def test_apply_to_of_an_unchanged_alarm_read_from_the_server_sends_nothing_new(
    api: CumulocityClient,
) -> None:
    device = await new_device(api)
    model = await draft(api, device, type="c8y_Model", severity="MINOR").create()
    target = await draft(api, device, type="c8y_Target", severity="WARNING").create()
    result = await model.apply_to(target.id or "")
    assert (result.severity, result.text) == ("WARNING", "something is wrong")


async def test_apply_to_refuses_a_change_of_the_type_before_sending(api: CumulocityClient) -> None:
    device = await new_device(api)
    model = await draft(api, device, type="c8y_Model").create()
    target = await draft(api, device, type="c8y_Target").create()
    model.type = "c8y_Other"
    before = await request_count(api)
    with pytest.raises(ObjectStateError, match="type"):
        await model.apply_to(target.id or "")
    assert await request_count(api) == before


async def test_delete_removes_the_alarms_of_its_type_and_source(api: CumulocityClient) -> None:
    device = await new_device(api)
    alarm = await draft(api, device).create()
    alarm.status = AlarmStatus.CLEARED
    await alarm.update()
    reopened = await draft(api, device).create()
    other_type = await draft(api, device, type="c8y_Other").create()
    other_device = await draft(api, await new_device(api)).create()

    await reopened.delete()
    with pytest.raises(NotFoundError):
        await api.alarms.get(alarm.id or "")  # the cleared one of the same pair goes too
    assert [a.id for a in await api.alarms.get_all(source=device)] == [other_type.id]
    assert (await other_device.reload()).id == other_device.id

    with pytest.raises(ObjectStateError, match="needs its type and source"):
        await Alarm(api, type="x").delete()


async def test_create_checks_the_required_fields_and_defaults_the_time(
    api: CumulocityClient,
) -> None:
    device = await new_device(api)
    before = await request_count(api)
    with pytest.raises(ObjectStateError, match="has no text, severity: the platform needs"):
        await Alarm(api, type="c8y_X", source=device).create()
    with pytest.raises(ObjectStateError, match="has no source"):
        await api.alarms.create(
            draft(api, device), Alarm(api, type="x", text="x", severity="MAJOR")
        )
    assert await request_count(api) == before  # nothing was sent

    start = datetime.now(UTC) - timedelta(seconds=1)
    untimed = Alarm(api, type="c8y_Now", source=device, text="now", severity="MINOR")
    alarm = await untimed.create()
    assert untimed.time is None  # the draft is not changed
    assert alarm.datetime is not None
    assert start <= alarm.datetime <= datetime.now(UTC) + timedelta(seconds=1)
    await api.alarms.create(Alarm(api, type="c8y_Now2", source=device, text="n", severity="MINOR"))
    assert await api.alarms.get_count(source=device, max_age=timedelta(minutes=1)) == 2


async def test_platform_errors_are_typed(api: CumulocityClient) -> None:
    with pytest.raises(UnprocessableEntityError):
        await Alarm(api, type="x", time=T0, text="t", severity="MAJOR", source="999999").create()
    with pytest.raises(NotFoundError):
        await api.alarms.get("999999")
    with pytest.raises(ObjectStateError, match="no connection"):
        await Alarm(type="x").create()


def test_status_and_severity_are_checked_on_construction_and_assignment() -> None:
    with pytest.raises(ConfigurationError, match="status: 'OPEN' is not one of ACTIVE"):
        Alarm(status="OPEN")
    with pytest.raises(ConfigurationError, match="CRITICAL, MAJOR, MINOR, WARNING"):
        Alarm(severity="major")
    alarm = Alarm(status=Alarm.Status.CLEARED, severity=Alarm.Severity.WARNING)
    with pytest.raises(ConfigurationError):
        alarm.status = "DONE"
    assert alarm.to_json() == {"status": "CLEARED", "severity": "WARNING"}
    assert Alarm.Status is AlarmStatus
    assert Alarm.Severity is AlarmSeverity


def test_constructor_json_and_read_only_fields() -> None:
    device = Device(name="d")
    device.id = "42"
    alarm = Alarm(
        type="t",
        time="2024-03-01T12:00:00+01:00",
        source=device,
        text="x",
        status="ACTIVE",
        severity="MINOR",
        c8y_Extra={"a": 1},
    )
    assert alarm.to_json() == {
        "type": "t",
        "text": "x",
        "c8y_Extra": {"a": 1},
        "time": "2024-03-01T12:00:00+01:00",
        "source": {"id": "42"},
        "status": "ACTIVE",
        "severity": "MINOR",
    }
    stored = Alarm.from_json(
        {
            "id": "1",
            "type": "t",
            "count": 3,
            "firstOccurrenceTime": "2024-03-01T10:00:00.000Z",
            "lastUpdated": "2024-03-01T12:30:00.000Z",
            "history": {},
            "source": {"id": "42", "name": "d"},
        }
    )
    assert stored.to_json() == {"type": "t", "source": {"id": "42", "name": "d"}}
    assert stored.first_occurrence_datetime == datetime(2024, 3, 1, 10, tzinfo=UTC)
    assert stored.update_datetime == datetime(2024, 3, 1, 12, 30, tzinfo=UTC)
    assert "count=3" in repr(stored)
    with pytest.raises(ConfigurationError):
        Alarm(source="")


# -- the main API ----------------------------------------------------------------------------


async def test_select_filters(api: CumulocityClient) -> None:
    parent = await new_device(api, "parent")
    child = await new_device(api, "child")
    await parent.assign_child_device(child)
    a = await draft(api, parent, type="c8y_A", severity="MAJOR", time=T0).create()
    b = await draft(api, parent, type="c8y_B", severity="MINOR", time=T0 + timedelta(1)).create()
    c = await draft(api, child, type="c8y_A", severity="CRITICAL", time=T0 + timedelta(2)).create()
    b.status = AlarmStatus.CLEARED
    await b.update()

    async def ids(**filters: Any) -> list[str | None]:
        return [x.id async for x in api.alarms.select(limit=None, **filters)]

    assert await ids(source=parent) == [b.id, a.id]  # newest first
    assert await ids(source=parent, with_source_devices=True) == [c.id, b.id, a.id]
    assert await ids(source=parent, type=["c8y_A"], with_source_devices=True) == [c.id, a.id]
    assert await ids(source=parent, status=AlarmStatus.CLEARED) == [b.id]
    assert await ids(source=parent, resolved=False) == [a.id]
    assert await ids(source=parent, resolved=True) == [b.id]
    assert await ids(source=parent, severity=["MINOR", AlarmSeverity.MAJOR]) == [b.id, a.id]
    assert await ids(source=parent, status=["ACTIVE", "ACKNOWLEDGED"]) == [a.id]
    window = {"after": T0 + timedelta(hours=1), "before": T0 + timedelta(days=3)}
    assert await ids(source=parent, with_source_devices=True, **window) == [c.id, b.id]
    assert await ids(source=parent, date_to=T0 + timedelta(hours=1)) == [a.id]
    assert await ids(expression=f"source={child.id}") == [c.id]
    paged = await ids(source=parent, with_source_devices=True, page_size=1, workers=2)
    assert paged == [c.id, b.id, a.id]
    assert await ids(source=parent, with_source_devices=True, page_size=2, page_number=2) == [a.id]

    first = await api.alarms.get_all(source=parent, with_source_devices=True, limit=1)
    assert [x.id for x in first] == [c.id]
    rows = await api.alarms.get_all(source=parent, as_values=["type", "severity"], limit=None)
    assert rows == [("c8y_B", "MINOR"), ("c8y_A", "MAJOR")]
    kept = await api.alarms.get_all(
        source=parent, include=JsonPathMatcher("$[?(@.severity == 'MINOR')]")
    )
    assert [x.id for x in kept] == [b.id]
    assert await api.alarms.get_count(source=parent, with_source_devices=True) == 3
    assert await api.alarms.get_count(source=parent, resolved=False) == 1


async def test_select_by_creation_and_update_time(api: CumulocityClient) -> None:
    device = await new_device(api)
    old = await draft(api, device, type="c8y_Old", time=T0).create()
    start = (await api.alarms.get(old.id or "")).creation_datetime
    assert start is not None
    young = await draft(api, device, type="c8y_Young", time=datetime.now(UTC)).create()
    created = young.creation_datetime
    assert created is not None
    just_after_old = start + timedelta(milliseconds=1)

    async def ids(**filters: Any) -> list[str | None]:
        return [x.id for x in await api.alarms.get_all(source=device, limit=None, **filters)]

    if created > just_after_old:  # the two creations fell into different milliseconds
        assert await ids(created_after=just_after_old) == [young.id]
        assert await ids(created_before=just_after_old) == [old.id]
    assert sorted(await ids(created_from=start), key=str) == sorted([old.id, young.id], key=str)
    assert await ids(created_to=start) == []

    old.text = "touched"
    await old.update()
    touched = old.update_datetime
    assert touched is not None
    assert await ids(updated_after=touched) == [old.id]
    assert await ids(last_updated_from=touched, updated_before=touched + timedelta(1)) == [old.id]
    assert await api.alarms.get_count(source=device, max_age=timedelta(days=1)) == 1


async def test_bulk_create_update_apply_and_delete(api: CumulocityClient) -> None:
    device = await new_device(api)
    drafts = [draft(api, device, type=f"c8y_Bulk{i}") for i in range(4)]
    seen: list[tuple[int, int | None]] = []
    await api.alarms.create(*drafts, workers=3, progress=lambda d, t: seen.append((d, t)))
    assert sorted(seen) == [(1, 4), (2, 4), (3, 4), (4, 4)]
    alarms = sorted(await api.alarms.get_all(source=device, limit=None), key=lambda a: str(a.type))
    assert [a.type for a in alarms] == [f"c8y_Bulk{i}" for i in range(4)]

    for alarm in alarms:
        alarm.text = f"bulk {alarm.type}"
    await api.alarms.update(*alarms, workers=2)
    assert {a.text for a in await api.alarms.get_all(source=device, limit=None)} == {
        f"bulk c8y_Bulk{i}" for i in range(4)
    }
    assert all(not a.is_modified for a in alarms)

    alarms[0].type = "c8y_Renamed"
    with pytest.raises(ObjectStateError, match="type cannot change"):
        await api.alarms.update(*alarms)
    alarms[0].type = "c8y_Bulk0"

    await api.alarms.apply_to(Alarm(severity="WARNING"), alarms[1], alarms[2].id or "")
    await api.alarms.apply_to({"c8y_Flag": {}}, alarms[3].id or "")
    by_type = {a.type: a for a in await api.alarms.get_all(source=device, limit=None)}
    assert [by_type[f"c8y_Bulk{i}"].severity for i in range(3)] == ["MAJOR", "WARNING", "WARNING"]
    assert "c8y_Flag" in by_type["c8y_Bulk3"]

    await api.alarms.delete(alarms[0], alarms[1], workers=2)
    assert sorted(str(a.type) for a in await api.alarms.get_all(source=device, limit=None)) == [
        "c8y_Bulk2",
        "c8y_Bulk3",
    ]
    with pytest.raises(ObjectStateError):
        await api.alarms.delete(alarms[2], Alarm(api, type="no source"))
    assert await api.alarms.get_count(source=device) == 2  # checked before deleting any


async def test_bulk_create_failure_names_the_alarm(api: CumulocityClient) -> None:
    device = await new_device(api)
    good = draft(api, device, type="c8y_Good")
    bad = Alarm(api, type="c8y_Bad", time=T0, text="x", severity="MAJOR", source="999999")
    with pytest.raises(BulkError) as info:
        await api.alarms.create(good, bad)
    assert info.value.item is bad
    assert isinstance(info.value.error, UnprocessableEntityError)
    assert await api.alarms.get_count(source=device) == 1


async def test_apply_by_sets_the_status_of_the_matching_alarms(api: CumulocityClient) -> None:
    device = await new_device(api)
    bystander = await new_device(api)
    for kind in ("c8y_A", "c8y_B"):
        await draft(api, device, type=kind).create()
    await draft(api, device, type="c8y_C", severity="WARNING").create()
    untouched = await draft(api, bystander).create()

    await api.alarms.apply_by(AlarmStatus.ACKNOWLEDGED, source=device, severity="MAJOR")
    statuses = {a.type: a.status for a in await api.alarms.get_all(source=device, limit=None)}
    assert statuses == {"c8y_A": "ACKNOWLEDGED", "c8y_B": "ACKNOWLEDGED", "c8y_C": "ACTIVE"}

    await api.alarms.apply_by(Alarm(status=AlarmStatus.CLEARED), source=device, resolved=False)
    assert await api.alarms.get_count(source=device, resolved=True) == 3
    assert (await untouched.reload()).status == "ACTIVE"


async def test_apply_by_refuses_what_the_platform_would_ignore(api: CumulocityClient) -> None:
    device = await new_device(api)
    alarm = await draft(api, device).create()
    before = await request_count(api)
    # PUT /alarm/alarms takes no type and no last-change bound: mypy and the call refuse them.
    with pytest.raises(UnknownFilterError, match=r"apply_by\(\) got unknown filter\(s\) type"):
        await api.alarms.apply_by("CLEARED", source=device, type="c8y_TestAlarm")  # type: ignore[call-arg]
    with pytest.raises(UnknownFilterError, match="unknown filter\\(s\\) updated_after"):
        await api.alarms.apply_by("CLEARED", source=device, updated_after=T0)  # type: ignore[call-arg]
    with pytest.raises(ConfigurationError, match="at least one filter"):
        await api.alarms.apply_by("CLEARED")
    with pytest.raises(ConfigurationError, match="only the status; the model has severity"):
        await api.alarms.apply_by(Alarm(status="CLEARED", severity="MINOR"), source=device)
    with pytest.raises(ConfigurationError, match="is not one of ACTIVE, ACKNOWLEDGED, CLEARED"):
        await api.alarms.apply_by("RESOLVED", source=device)
    assert await request_count(api) == before
    assert (await alarm.reload()).status == "ACTIVE"


async def test_delete_by_filters_and_guards(api: CumulocityClient) -> None:
    device = await new_device(api)
    await draft(api, device, type="c8y_A", time=T0).create()
    await draft(api, device, type="c8y_B", time=T0 + timedelta(days=1)).create()
    await draft(api, device, type="c8y_C", time=T0 + timedelta(days=2)).create()

    await api.alarms.delete_by(source=device, type=["c8y_A"])
    await api.alarms.delete_by(source=device, after=T0 + timedelta(days=2))
    assert [a.type for a in await api.alarms.get_all(source=device, limit=None)] == ["c8y_B"]

    before = await request_count(api)
    with pytest.raises(ConfigurationError, match="needs a source or a date bound"):
        await api.alarms.delete_by(type="c8y_B", status="ACTIVE")
    with pytest.raises(UnknownFilterError, match="unknown filter\\(s\\) last_updated_to"):
        await api.alarms.delete_by(source=device, last_updated_to=T0)  # type: ignore[call-arg]
    with pytest.raises(ConfigurationError, match="withSourceDevices needs a source"):
        await api.alarms.delete_by(with_source_devices=True, before=T0)
    assert await request_count(api) == before
    assert await api.alarms.get_count(source=device) == 1


async def test_to_dataframe_reads_the_matching_alarms_into_columns(api: CumulocityClient) -> None:
    device = await new_device(api)
    await draft(api, device, type="c8y_A", severity="MAJOR").create()
    await draft(api, device, type="c8y_B", severity="MINOR", c8y_Note={"by": "ops"}).create()
    frame = await api.alarms.to_dataframe(
        source=device, columns=["type", ("by", "c8y_Note.by"), "severity"], workers=2
    )
    assert list(frame.columns) == ["type", "by", "severity"]
    frame = frame.sort_values("type", ignore_index=True)
    assert frame["type"].tolist() == ["c8y_A", "c8y_B"]
    assert frame["severity"].tolist() == ["MAJOR", "MINOR"]
    assert frame["by"].isna().tolist() == [True, False]  # a missing path is a missing value
    assert frame["by"][1] == "ops"


async def test_to_dataframe_checks_columns_and_filters_before_sending(
    api: CumulocityClient,
) -> None:
    before = await request_count(api)
    with pytest.raises(ConfigurationError, match="non-empty list"):
        await api.alarms.to_dataframe(columns=[])
    with pytest.raises(ConfigurationError, match="used twice"):
        await api.alarms.to_dataframe(columns=["type", ("type", "text")])
    with pytest.raises(UnknownFilterError, match="sevrity"):
        await api.alarms.to_dataframe(columns=["type"], sevrity="MAJOR")  # type: ignore[call-arg]
    assert await request_count(api) == before


async def test_count_uses_the_count_call_with_its_filters(api: CumulocityClient) -> None:
    device = await new_device(api)
    await draft(api, device, type="c8y_A", severity="MAJOR").create()
    await draft(api, device, type="c8y_B", severity="MINOR").create()
    assert await api.alarms.count(source=device) == 2
    assert await api.alarms.count(source=device, severity=["MAJOR"]) == 1
    assert await api.alarms.count(source=device, type="c8y_B", status="ACTIVE") == 1
    log = await requests_log(api)
    assert log[-1]["route"] == "/alarm/alarms/count"
    with pytest.raises(UnknownFilterError, match="created_after"):
        await api.alarms.count(source=device, created_after=T0)  # type: ignore[call-arg]
