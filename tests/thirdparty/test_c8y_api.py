"""The published sync client ``c8y_api`` against the emulator, used as its users use it.

A second client we did not write keeps the emulator honest: every call here is an ordinary call
of ``c8y_api`` that succeeds against a tenant. The tests follow issue 11's list of differences
(series aggregation functions, empty units, the withChildren default, file-only attachments,
read-only members repeated in a PUT, device registration, login options) plus the CRUD and
queries around them.
"""

from __future__ import annotations

import io
import threading
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import requests
from c8y_api import (
    CumulocityApi,
    CumulocityDeviceRegistry,
    CumulocityRestApi,
    UnauthorizedError,
)
from c8y_api.model import (
    Alarm,
    Device,
    DeviceGroup,
    Event,
    ExternalId,
    ManagedObject,
    Measurement,
    Operation,
    User,
    Value,
)

from c8y_emulator import Emulator, create_app
from c8y_emulator.deviceregistration import BOOTSTRAP_PASSWORD, BOOTSTRAP_TENANT, BOOTSTRAP_USER
from c8y_emulator.features import INVENTORY_WITHOUT_CHILDREN

T0 = datetime(2024, 5, 1, tzinfo=UTC)


def _device(c8y: CumulocityApi, name: str = "Pump 1", **fragments: Any) -> Any:
    return Device(c8y, type="my-device-type", name=name, **fragments).create()


# --- CRUD and queries ----------------------------------------------------------------------


def test_managed_objects_crud_and_plain_filters(c8y: CumulocityApi) -> None:
    pump = _device(c8y, c8y_Pump={"rpm": 1200})
    thing = ManagedObject(c8y, type="c8y_Thing", name="thing").create()
    assert c8y.inventory.get(pump.id).name == "Pump 1"

    fetched = c8y.inventory.get(pump.id)
    fetched.name = "Pump 1b"
    fetched["c8y_Location"] = {"lat": 1.5}
    updated = fetched.update()
    assert updated.name == "Pump 1b"
    assert c8y.inventory.get(pump.id)["c8y_Location"]["lat"] == 1.5

    assert [m.id for m in c8y.inventory.select(type="my-device-type")] == [pump.id]
    assert [m.id for m in c8y.inventory.select(fragment="c8y_Pump")] == [pump.id]
    assert [m.id for m in c8y.device_inventory.select()] == [pump.id]
    assert c8y.inventory.get_count() == 2
    assert [m.id for m in c8y.inventory.select(ids=[thing.id, pump.id])] == [pump.id, thing.id]

    c8y.inventory.get(thing.id).delete()
    with pytest.raises(KeyError):
        c8y.inventory.get(thing.id)


def test_queries_with_bare_words_and_wildcards(c8y: CumulocityApi) -> None:
    pump = _device(c8y)
    ManagedObject(c8y, type="c8y_Thing", name="thing").create()
    assert [m.id for m in c8y.inventory.select(name="Pump*")] == [pump.id]
    assert [m.id for m in c8y.device_inventory.select(name="Pump 1")] == [pump.id]


def test_queries_as_c8y_api_builds_them(c8y: CumulocityApi) -> None:
    pump = _device(c8y)
    thing = ManagedObject(c8y, type="c8y_Thing", name="thing").create()
    group = DeviceGroup(c8y, root=True, name="Site").create()
    floor = group.create_child(name="Floor")
    assert [m.id for m in c8y.inventory.select(query="type eq c8y_Thing")] == [thing.id]
    assert [g.id for g in c8y.group_inventory.select(parent=group.id)] == [floor.id]
    names = [m.name for m in c8y.inventory.select(order_by="name desc")]
    assert names == sorted(names, reverse=True)
    assert pump.name in names


def test_identity(c8y: CumulocityApi) -> None:
    pump = _device(c8y)
    ExternalId(c8y, "SN-1", "c8y_Serial", pump.id).create()
    assert c8y.identity.get_id("SN-1", "c8y_Serial") == pump.id
    assert c8y.identity.get_object("SN-1", "c8y_Serial").id == pump.id
    c8y.identity.delete("SN-1", "c8y_Serial")
    with pytest.raises(KeyError):
        c8y.identity.get_id("SN-1", "c8y_Serial")


def test_events_crud_and_filters(c8y: CumulocityApi) -> None:
    pump = _device(c8y)
    event = Event(
        c8y, type="c8y_Door", source=pump.id, time=T0, text="opened", c8y_Door={"n": 1}
    ).create()
    fetched = c8y.events.get(event.id)
    fetched.text = "closed"
    assert fetched.update().text == "closed"
    assert [e.id for e in c8y.events.select(source=pump.id, type="c8y_Door")] == [event.id]
    assert [e.id for e in c8y.events.select(fragment="c8y_Door")] == [event.id]
    assert c8y.events.get_count(source=pump.id) == 1
    assert c8y.events.get_last(source=pump.id).id == event.id
    c8y.events.delete_by(source=pump.id)
    assert c8y.events.get_count(source=pump.id) == 0


def test_operations_crud(c8y: CumulocityApi) -> None:
    agent = _device(c8y, "agent", com_cumulocity_model_Agent={})
    operation = Operation(c8y, device_id=agent.id, c8y_Restart={}, description="restart").create()
    fetched = c8y.operations.get(operation.id)
    fetched.status = "EXECUTING"
    assert fetched.update().status == "EXECUTING"
    assert [o.id for o in c8y.operations.select(device_id=agent.id)] == [operation.id]


# --- series --------------------------------------------------------------------------------


def _temperatures(c8y: CumulocityApi, source: str) -> list[float]:
    values = [20.0 + (i % 7) for i in range(12)]
    c8y.measurements.create(
        *(
            Measurement(
                c8y,
                type="c8y_Temperature",
                source=source,
                time=T0 + timedelta(minutes=10 * i),
                c8y_Temperature={"T": Value(value, "C")},
            )
            for i, value in enumerate(values)
        )
    )
    return values


def test_measurements_crud_and_plain_series(c8y: CumulocityApi) -> None:
    pump = _device(c8y)
    values = _temperatures(c8y, pump.id)
    assert c8y.measurements.get_count(source=pump.id) == 12
    last = c8y.measurements.get_last(source=pump.id)
    assert last.c8y_Temperature.T.value == values[-1]
    series = c8y.measurements.get_series(
        source=pump.id, series="c8y_Temperature.T", after=T0, before=T0 + timedelta(days=1)
    )
    assert series.collect(series="c8y_Temperature.T", value="min") == values
    assert [spec.series for spec in series.specs] == ["c8y_Temperature.T"]
    hourly = c8y.measurements.collect_series(
        source=pump.id,
        series="c8y_Temperature.T",
        aggregation="HOURLY",
        after=T0,
        before=T0 + timedelta(days=1),
        value="max",
    )
    assert hourly == [max(values[:6]), max(values[6:])]
    c8y.measurements.delete_by(source=pump.id)
    assert c8y.measurements.get_count(source=pump.id) == 0


def test_series_with_aggregation_functions(c8y: CumulocityApi) -> None:
    pump = _device(c8y)
    values = _temperatures(c8y, pump.id)
    series = c8y.measurements.get_series(
        source=pump.id,
        series="c8y_Temperature.T",
        aggregation_interval="1h",
        aggregation_function=["avg", "count", "sum"],
        after=T0,
        before=T0 + timedelta(days=1),
    )
    halves = [values[:6], values[6:]]
    assert series.collect(series="c8y_Temperature.T", value="avg") == [
        sum(h) / len(h) for h in halves
    ]
    assert series.collect(series="c8y_Temperature.T") == [
        (sum(h) / len(h), float(len(h)), float(sum(h))) for h in halves
    ]
    entries = [entry[0] for entry in series["values"].values()]
    assert all(list(entry) == ["avg", "count", "sum"] for entry in entries)
    assert all(isinstance(v, float) for entry in entries for v in entry.values())


def test_an_empty_unit_is_stored_and_series_specs_read_every_unit(c8y: CumulocityApi) -> None:
    pump = _device(c8y)
    created = Measurement(
        c8y,
        type="c8y_Counter",
        source=pump.id,
        time=T0,
        c8y_Counter={"pulses": Value(3, ""), "bare": {"value": 4}},
    ).create()
    assert c8y.measurements.get(created.id).c8y_Counter.pulses.unit == ""
    series = c8y.measurements.get_series(source=pump.id, after=T0, before=T0 + timedelta(1))
    assert {(s.series, s.unit) for s in series.specs} == {
        ("c8y_Counter.bare", ""),
        ("c8y_Counter.pulses", ""),
    }


# --- withChildren --------------------------------------------------------------------------


def test_children_are_listed_by_default(c8y: CumulocityApi) -> None:
    group = DeviceGroup(c8y, root=True, name="Site").create()
    pump = _device(c8y)
    group.add_child_asset(pump)
    device = _device(c8y, "gateway")
    child = _device(c8y, "sensor")
    device.add_child_device(child)
    assert [ref.id for ref in c8y.group_inventory.get(group.id).child_assets] == [pump.id]
    assert [ref.id for ref in c8y.inventory.get(device.id).child_devices] == [child.id]
    assert c8y.inventory.get(device.id, with_children=False).child_devices == []
    listed = {m.id: m for m in c8y.inventory.select(type="my-device-type")}
    assert [ref.id for ref in listed[device.id].child_devices] == [child.id]


def test_with_the_toggle_on_children_are_listed_only_when_asked() -> None:
    app = create_app(feature_toggles={INVENTORY_WITHOUT_CHILDREN: True})
    with Emulator(app=app) as served:
        c8y = CumulocityApi(served.base_url, served.tenant_id, served.username, served.password)
        device = _device(c8y, "gateway")
        device.add_child_device(_device(c8y, "sensor"))
        assert c8y.inventory.get(device.id).child_devices == []
        assert len(c8y.inventory.get(device.id, with_children=True).child_devices) == 1
    app.close()


# --- attachments, alarms -------------------------------------------------------------------


def test_event_attachments(c8y: CumulocityApi) -> None:
    pump = _device(c8y)
    event = Event(c8y, type="c8y_Log", source=pump.id, time=T0, text="log").create()
    answer = event.create_attachment(io.BytesIO(b"line 1\nline 2\n"), content_type="text/plain")
    assert answer["type"] == "text/plain"
    assert c8y.events.get(event.id).has_attachment()
    assert event.download_attachment() == b"line 1\nline 2\n"
    c8y.events.update_attachment(event.id, io.BytesIO(b"v2"), content_type="text/csv")
    assert c8y.events.download_attachment(event.id) == b"v2"
    event.delete_attachment()
    assert not c8y.events.get(event.id).has_attachment()


def test_alarm_updates_send_the_source_back(c8y: CumulocityApi) -> None:
    pump = _device(c8y)
    alarm = Alarm(
        c8y, type="c8y_Overheat", source=pump.id, time=T0, text="hot", severity="MAJOR"
    ).create()
    fetched = c8y.alarms.get(alarm.id)
    fetched.status = "ACKNOWLEDGED"
    fetched["c8y_Note"] = {"by": "ops"}
    updated = fetched.update()
    assert updated.status == "ACKNOWLEDGED"
    assert c8y.alarms.get(alarm.id)["c8y_Note"]["by"] == "ops"
    assert [a.id for a in c8y.alarms.select(source=pump.id, status="ACKNOWLEDGED")] == [alarm.id]
    assert c8y.alarms.count(source=pump.id) == 1
    c8y.alarms.apply_by(Alarm(status="CLEARED"), source=pump.id)
    assert c8y.alarms.get(alarm.id).status == "CLEARED"
    c8y.alarms.delete_by(source=pump.id)
    assert c8y.alarms.count(source=pump.id) == 0


# --- device registration, login options ----------------------------------------------------


def test_device_registration_from_request_to_a_connected_device(
    c8y: CumulocityApi, emulator: Emulator
) -> None:
    registry = CumulocityDeviceRegistry(
        emulator.base_url, BOOTSTRAP_TENANT, BOOTSTRAP_USER, BOOTSTRAP_PASSWORD
    )
    c8y.device_inventory.request("SN-4711")
    connected: list[CumulocityApi] = []
    device_side = threading.Thread(
        target=lambda: connected.append(
            # c8y_api reads a pause in whole seconds ("20ms" does not parse).
            registry.await_connection("SN-4711", timeout="10s", pause="1s")
        )
    )
    device_side.start()
    try:
        _wait_for_status(c8y, "SN-4711", "PENDING_ACCEPTANCE")
        c8y.device_inventory.accept("SN-4711")
    finally:
        device_side.join(15)
    assert len(connected) == 1
    device_api = connected[0]
    assert device_api.username == "device_SN-4711"
    mine = Device(device_api, type="c8y_Pump", name="SN-4711").create()
    assert c8y.inventory.get(mine.id).owner == "device_SN-4711"
    c8y.device_inventory.get(mine.id).delete(with_device_user=True)
    with pytest.raises(UnauthorizedError):
        device_api.inventory.get_count()


def _wait_for_status(c8y: CumulocityApi, serial: str, status: str) -> None:
    deadline = datetime.now(UTC) + timedelta(seconds=10)
    while c8y.get(f"/devicecontrol/newDeviceRequests/{serial}")["status"] != status:
        assert datetime.now(UTC) < deadline, f"request {serial} never reached {status}"
        threading.Event().wait(0.02)


def test_login_options_without_valid_credentials(emulator: Emulator) -> None:
    """A login page asks for the options before anyone logged in."""
    stranger = CumulocityRestApi(
        emulator.base_url, emulator.tenant_id, auth=requests.auth.HTTPBasicAuth("nobody", "")
    )
    options = stranger.get("/tenant/loginOptions")["loginOptions"]
    assert "OAUTH2_INTERNAL" in {option["type"] for option in options}
    with pytest.raises(UnauthorizedError):
        stranger.get("/inventory/managedObjects")


def test_owner_and_delegate_as_c8y_api_sets_them(c8y: CumulocityApi) -> None:
    """c8y_api's calls for a user's owner and delegate (paths the vendor's spec leaves out)."""
    for name in ("boss", "worker", "deputy"):
        User(c8y, username=name, email=f"{name}@example.com", password="Some-Pass-42").create()
    c8y.users.set_owner("worker", "boss")
    c8y.users.set_delegate("worker", "deputy")
    worker = c8y.users.get("worker")
    assert (worker.owner, worker.delegated_by) == ("boss", "deputy")
    assert [u.username for u in c8y.users.get_all(owner="boss")] == ["worker"]
    c8y.users.set_owner("worker", None)
    c8y.users.set_delegate("worker", None)
    cleared = c8y.users.get("worker")
    assert (cleared.owner, cleared.delegated_by) == (None, None)
