"""Audit records through the object model, against the emulator: `AuditRecord`, `Change` and
every member of `AuditRecords`, including the records the emulator writes for alarm and user
changes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from c8y_objects import (
    Alarm,
    AuditRecord,
    AuditType,
    Change,
    ConfigurationError,
    CumulocityClient,
    Device,
    Event,
    NotFoundError,
    ObjectStateError,
    Operation,
    TenantOption,
    UnknownFilterError,
    User,
    UserGroup,
)
from c8y_objects.audit import audit_key
from tests.objects.emulated import unique

PASSWORD = "Audit-Pass-42"


def test_change_from_data_and_from_keywords() -> None:
    data = {
        "attribute": "status",
        "previousValue": "ACTIVE",
        "newValue": "CLEARED",
        "type": "com.cumulocity.model.event.CumulocityAlarmStatuses",
        "changeType": "REPLACED",
    }
    wrapped = Change(data)
    assert (wrapped.attribute, wrapped.previous_value, wrapped.new_value) == (
        "status",
        "ACTIVE",
        "CLEARED",
    )
    assert wrapped.change_type == "REPLACED"
    assert wrapped.type == "com.cumulocity.model.event.CumulocityAlarmStatuses"
    built = Change(attribute="status", previous_value="ACTIVE", new_value="CLEARED")
    assert built.to_json() == {
        "attribute": "status",
        "previousValue": "ACTIVE",
        "newValue": "CLEARED",
    }
    assert built != wrapped
    assert built == Change(
        {"attribute": "status", "previousValue": "ACTIVE", "newValue": "CLEARED"}
    )
    with pytest.raises(ConfigurationError):
        Change(["status"])  # type: ignore[arg-type]


def test_record_fields_are_checked() -> None:
    record = AuditRecord(type=AuditType.ALARM, source="12", activity="a", text="t")
    assert record.type == "Alarm"
    assert record.source == "12"
    with pytest.raises(ConfigurationError, match="type"):
        AuditRecord(type="Spaceship")
    with pytest.raises(ConfigurationError, match="severity"):
        AuditRecord(severity="LOUD")
    with pytest.raises(ConfigurationError, match="changes"):
        AuditRecord(changes=["x"])  # type: ignore[list-item]


def test_repr_shows_choices_as_their_text() -> None:
    record = AuditRecord(type=AuditType.ALARM, source="12", activity="raised", user="ann")
    assert repr(record) == (
        "AuditRecord(id=None, type='Alarm', source='12', activity='raised', user='ann')"
    )
    unlisted = AuditRecord.from_json({"id": "5", "type": "Spaceship"})
    assert repr(unlisted) == (
        "AuditRecord(id='5', type='Spaceship', source=None, activity=None, user=None)"
    )
    alarm = Alarm.from_json(
        {"id": "3", "type": "t", "source": {"id": "9"}, "status": "ACTIVE", "severity": "MAJOR"}
    )
    assert repr(alarm) == (
        "Alarm(id='3', type='t', source='9', status='ACTIVE', severity='MAJOR', count=None)"
    )
    operation = Operation.from_json({"id": "4", "deviceId": "9", "status": "NEW_STATE"})
    assert repr(operation) == "Operation(id='4', device_id='9', status='NEW_STATE')"


def test_audit_key_follows_the_object_class() -> None:
    user = User.from_json({"id": "jane", "userName": "jane"})
    assert audit_key(user) == (AuditType.USER, "jane")
    assert audit_key(Alarm.from_json({"id": "5"})) == (AuditType.ALARM, "5")
    assert audit_key(Device.from_json({"id": "6"})) == (AuditType.INVENTORY, "6")
    assert audit_key(UserGroup.from_json({"id": 7})) == (AuditType.GROUP, "7")
    assert audit_key(Event.from_json({"id": "8"})) == (AuditType.EVENT, "8")
    with pytest.raises(ConfigurationError, match="TenantOption"):
        audit_key(TenantOption(category="c", key="k"))
    with pytest.raises(ObjectStateError):
        audit_key(Alarm())


async def test_create_get_and_query(c8y: CumulocityClient) -> None:
    source = unique("src")
    record = AuditRecord(
        c8y,
        type="Operation",
        source=source,
        activity="Operation created",
        text="created by a test",
        application="tests",
        changes=[Change(attribute="status", new_value="PENDING")],
    )
    created = await record.create()
    assert created is not record
    assert record.id is None
    assert created.id
    assert created.user == "admin"
    assert created.application == "tests"
    assert created.datetime is not None
    assert created.creation_datetime is not None
    assert created.changes == (Change(attribute="status", new_value="PENDING"),)
    read = await c8y.audit_records.get(created.id)
    assert read.json == created.json
    found = await c8y.audit_records.get_all(source=source, type=AuditType.OPERATION)
    assert [r.id for r in found] == [created.id]
    assert await c8y.audit_records.get_count(source=source, application="tests") == 1
    assert await c8y.audit_records.get_count(source=source, application="other") == 0
    assert await c8y.audit_records.get_count(source=source, user="admin") == 1
    assert await c8y.audit_records.get_count(source=source, max_age=timedelta(hours=1)) == 1
    future = datetime.now(UTC) + timedelta(hours=1)
    assert await c8y.audit_records.get_count(source=source, after=future) == 0
    assert await c8y.audit_records.get_count(f"source={source}") == 1
    activities = [a async for a in c8y.audit_records.select(source=source, as_values="activity")]
    assert activities == ["Operation created"]
    with pytest.raises(NotFoundError):
        await c8y.audit_records.get("99999999")
    with pytest.raises(UnknownFilterError):
        await c8y.audit_records.get_all(status="ACTIVE")  # type: ignore[call-overload]
    with pytest.raises(ObjectStateError, match="activity"):
        await AuditRecord(c8y, type="Alarm", source="1", text="t").create()


async def test_bulk_create_and_dataframe(c8y: CumulocityClient) -> None:
    source = unique("src")
    records = [
        AuditRecord(type="Alarm", source=source, activity=f"step {i}", text="bulk")
        for i in range(3)
    ]
    await c8y.audit_records.create(*records, workers=2)
    assert all(r.time is None for r in records)  # the time went into the requests only
    frame = await c8y.audit_records.to_dataframe(
        columns=["activity", ("who", "user")], source=source
    )
    assert sorted(frame["activity"]) == ["step 0", "step 1", "step 2"]
    assert set(frame["who"]) == {"admin"}
    with pytest.raises(ObjectStateError):
        await c8y.audit_records.create(AuditRecord(type="Alarm", source=source))


async def test_an_alarm_status_change_is_found_with_select_for(c8y: CumulocityClient) -> None:
    device = await Device(c8y, name=unique("dev")).create()
    alarm = await Alarm(
        c8y, source=device, type=unique("t"), text="too hot", severity="MAJOR"
    ).create()
    alarm.status = "CLEARED"
    await alarm.update()
    records = await c8y.audit_records.get_all_for(alarm, limit=None)
    assert [r.activity for r in records] == ["Alarm updated", "Alarm created"]
    change = records[0].changes
    assert change is not None
    assert [(c.attribute, c.previous_value, c.new_value) for c in change] == [
        ("status", "ACTIVE", "CLEARED")
    ]
    assert records[0].severity == "MAJOR"
    assert records[0].user == "admin"
    newest = [r async for r in c8y.audit_records.select_for(alarm, limit=1, user="admin")]
    assert [r.id for r in newest] == [records[0].id]
    with pytest.raises(UnknownFilterError, match="type and source"):
        c8y.audit_records.select_for(alarm, type="Alarm")  # type: ignore[call-overload]


async def test_a_user_change_is_found_with_select_for(c8y: CumulocityClient) -> None:
    name = unique("u")
    user = await User(c8y, username=name, email=f"{name}@a.io", password=PASSWORD).create()
    user.email = f"{name}@b.io"
    await user.update()
    records = await c8y.audit_records.get_all_for(user)
    assert [r.activity for r in records] == ["User updated", "User created"]
    changes = records[0].changes or ()
    assert [(c.attribute, c.previous_value, c.new_value) for c in changes] == [
        ("email", f"{name}@a.io", f"{name}@b.io")
    ]
    assert all(PASSWORD not in repr(r.json) for r in records)
