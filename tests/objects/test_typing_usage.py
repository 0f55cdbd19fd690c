"""The public API as a type checker sees it.

`typed_usage` is ordinary client code; ``mypy --strict`` checks it with the rest of the tests
(tox ``type`` env), so a change that loses precision breaks the type check. The test below
runs mypy on a snippet of WRONG calls and requires an error on exactly the marked lines, so
that `Self`, `@overload` and the typed properties keep call sites precise.
"""

from __future__ import annotations

import re
import textwrap
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, assert_type

from c8y_objects import (
    AuditRecord,
    CumulocityClient,
    Device,
    DeviceGroup,
    ExternalId,
    Hardware,
    ManagedObject,
    Position,
    TenantOption,
)


async def typed_usage(c8y: CumulocityClient) -> None:
    """Type-checked only (never run): the calls a user writes, with the types they get."""
    mo = await c8y.inventory.get("1")
    assert_type(mo, ManagedObject)
    device = await c8y.device_inventory.get("2")
    assert_type(device, Device)
    group = await c8y.group_inventory.get(3)
    assert_type(group, DeviceGroup)

    created = await Device(c8y, name="d", type="t", c8y_Custom={"a": 1}).create()
    assert_type(created, Device)
    assert_type(await created.update(), Device)
    assert_type(await created.reload(copy=True), Device)
    assert_type(await group.create_child("sub"), DeviceGroup)
    assert_type(created.creation_datetime, datetime | None)
    assert_type(created.name, str | None)
    if created.creation_datetime is not None:
        age: timedelta = datetime.now(created.creation_datetime.tzinfo) - created.creation_datetime
        assert age.total_seconds() >= 0
    assert_type(created.fragment(Hardware), Hardware)
    created += Position(lat=1.0, lng=2.0)

    async for one in c8y.device_inventory.select(type="t", limit=None, workers=2):
        assert_type(one, Device)
    names = await c8y.inventory.get_all(as_values="name")
    assert_type(names, list[Any])
    rows = await c8y.inventory.get_all(as_values=["id", ("name", "")])
    assert_type(rows, list[tuple[Any, ...]])
    groups = await c8y.group_inventory.get_all(include="c8y_Note", limit=10)
    assert_type(groups, list[DeviceGroup])
    assert_type(await c8y.inventory.get_count(type="t"), int)

    xid = await ExternalId(c8y, external_id="x", external_type="y", managed_object_id="1").create()
    assert_type(xid, ExternalId)
    assert_type(await c8y.identity.get_object("x", "y"), ManagedObject)
    assert_type(await c8y.identity.get_id("x", "y"), str)
    assert_type(await c8y.identity.get_all("1"), list[ExternalId])
    # device registration (DeviceInventory.request / accept)
    assert_type(await c8y.device_inventory.request("serial-1"), None)
    assert_type(await c8y.device_inventory.accept("serial-1"), None)
    # tenant options and audit records
    assert_type(await c8y.tenant_options.get_all(as_map=True), dict[str, dict[str, str]])
    assert_type(await c8y.tenant_options.get_all(), list[TenantOption])
    assert_type(await c8y.tenant_options.get_value("c", "k"), str)
    assert_type(await c8y.audit_records.get_all(type="Alarm"), list[AuditRecord])
    assert_type(await c8y.audit_records.get_count(user="admin"), int)


WRONG_CALLS = """\
from typing import Any
from c8y_objects import CumulocityClient, Device, ManagedObject, Position, User

async def wrong(c8y: CumulocityClient, obj: ManagedObject) -> None:
    await c8y.inventory.get(1.5)  # E
    obj.creation_datetime + 1  # E
    Device(c8y, name=5)  # E
    obj.name = 7  # E
    obj.creation_time = "x"  # E
    obj.creation_datetime = None  # E
    await c8y.inventory.get_all(limit="5")  # E
    await obj.update(copy="yes")  # E
    obj.fragment(dict)  # E
    obj += 5  # E
    x: Device = await c8y.inventory.get("1")  # E
    y: str = await c8y.inventory.get_count()  # E
    # -- events, identity, binaries (port-events) --
    from c8y_objects import Binary, Event
    await c8y.events.get_all(sorce="1")  # E
    await c8y.events.get_count(fragmentType="x")  # E
    c8y.events.select(fragments="x")  # E
    await c8y.events.get_last(reverse="yes")  # E
    await c8y.events.delete_by(source="1", fragment_value="x")  # E
    await c8y.events.delete_by(source="1", with_source_devices=True)  # E
    await c8y.events.skim_latest("1", limt=3)  # E
    await c8y.events.apply_to({"text": "x"}, 1.5)  # E
    await c8y.identity.create(external_id="x", external_type="y")  # E
    await c8y.identity.delete(external_id="x")  # E
    await c8y.binaries.get_all(tpye="x")  # E
    await c8y.binaries.get_count(child_devices="1")  # E
    latest: dict[str, Event] = await c8y.events.skim_latest("1", type="t", max_age=None)
    events: list[Event] = await c8y.events.get_all(source=obj, fragment="f", reverse=True)
    pairs: list[tuple[Any, ...]] = await c8y.events.get_all(as_values=["id", "text"])
    binaries: list[Binary] = await c8y.binaries.get_all(ids="1", extra_params={"x": 1})
    await c8y.events.delete_by(source=obj, before="2024-01-01T00:00:00Z")
    await c8y.identity.create(external_id="x", external_type="y", managed_object_id=obj)
    await c8y.identity.delete(external_id="x", external_type="y")
    # -- end of events, identity, binaries --
    z: Device = await c8y.device_inventory.get("1")
    w: list[Device] = await c8y.device_inventory.get_all()
    v: Any = await c8y.device_inventory.get_all(as_values="name")
    obj += Position(lat=1, lng=2)
    await obj.delete(cascade=True)  # E
    # alarms: a misspelt or unsupported filter is a type error, not an ignored parameter
    await c8y.alarms.get_all(sevrity="MAJOR")  # E
    c8y.alarms.select(fragment="x")  # E
    await c8y.alarms.apply_by("CLEARED", type="x")  # E
    await c8y.alarms.delete_by(updated_after="2024-01-01T00:00:00Z")  # E
    await c8y.alarms.count(created_after="2024-01-01T00:00:00Z")  # E
    await c8y.alarms.get_all(status="ACTIVE", extra_params={"fragmentType": "x"})
    # inventory (c8y_objects/inventory.py): misspelt filters, raw names, wrong value types
    await c8y.inventory.get_all(tpye="acme")  # E
    c8y.inventory.select(fragmentType="x")  # E
    await c8y.device_inventory.get_count(fragmnets="x")  # E
    await c8y.group_inventory.get_by(nmae="g")  # E
    await c8y.inventory.get("1", withChildren=True)  # E
    await c8y.inventory.get("1", type="t")  # E
    await c8y.inventory.to_dataframe(columns=["id"], q="x")  # E
    await c8y.inventory.get_all(fragments=5)  # E
    await c8y.inventory.get_all(with_parents="yes")  # E
    await c8y.inventory.get_count(extra_params={"a": object()})  # E
    d: Device = await c8y.inventory.get_by(name="x")  # E
    e: Device = await c8y.device_inventory.get_by(name="x")
    await c8y.inventory.get_all(ids="12", fragments="c8y_IsDevice", extra_params={"x": 1})
    # measurements, series, operations (port-measops): misspelt or misplaced filters
    await c8y.measurements.get_all(sereis="c8y_T.T")  # E
    await c8y.measurements.get_count(valueFragmentType="c8y_T")  # E
    c8y.measurements.select(fragment="c8y_T")  # E
    await c8y.measurements.delete_by(source="1", series="c8y_T.T")  # E
    await c8y.measurements.to_arrow(soruce="1")  # E
    await c8y.measurements.get_series("1", aggregation_function="median")  # E
    await c8y.measurements.get_series("1", aggregation="WEEKLY")  # E
    await c8y.operations.get_all(devce_id="1")  # E
    await c8y.operations.delete_by(bulk_id="1")  # E
    await c8y.operations.get_last(revert=True)  # E
    await c8y.bulk_operations.get_all(groupId="1")  # E
    await c8y.measurements.get_all(series="c8y_T.T", extra_params={"withTotalPages": True})
    await c8y.measurements.get_series("1", aggregation_function=["min", "max"])
    await c8y.operations.delete_by(device_id="1", status="PENDING")
    # device registration (DeviceInventory.request / accept, devreg)
    await c8y.device_inventory.acept("serial-1")  # E
    await c8y.device_inventory.request(serial="serial-1")  # E
    await c8y.device_inventory.accept(12)  # E
    await c8y.device_inventory.request("serial-1", group="1")  # E
    # to_dataframe of events, measurements, operations, binaries (devreg)
    await c8y.events.to_dataframe(columns=["id"], sorce="1")  # E
    await c8y.measurements.to_dataframe(columns=["id"], valueFragmentType="c8y_T")  # E
    await c8y.operations.to_dataframe(columns=["id"], devce_id="1")  # E
    await c8y.binaries.to_dataframe(columns=["id"], tpye="x")  # E
    await c8y.events.to_dataframe(source="1")  # E
    await c8y.operations.to_dataframe(columns=["id"], device_id="1", status="PENDING")
    await c8y.binaries.to_dataframe(columns=[("n", "name")], ids="1", limit=None)
    # users: users, user groups, inventory roles (c8y_objects/users.py, admin-objects)
    await c8y.users.get_all(usernme="a")  # E
    c8y.users.select(onlyDevices=True)  # E
    await c8y.users.get_count(with_subuser_count=True)  # E
    await c8y.users.to_dataframe(columns=["id"], group="1")  # E
    await c8y.users.get_all(only_devices="yes")  # E
    await c8y.user_groups.get_all(user_name="a")  # E
    await c8y.user_groups.get_count(name="a")  # E
    await c8y.inventory_roles.get_all(name="r")  # E
    await c8y.users.set_current_password("a")  # E
    await c8y.inventory_roles.assign("u", "1", 1.5)  # E
    await c8y.users.get_all(username="a", groups=["1", 2], owner="boss", extra_params={"x": 1})
    await c8y.user_groups.get_all(username="jdoe", limit=None)
    await c8y.users.set_owner("jdoe")  # E
    await c8y.users.set_delegate("jdoe", delegate=None)  # E
    await c8y.users.set_owner("jdoe", 7)  # E
    await c8y.users.revoke_totp_secret()  # E
    await User(c8y, username="jdoe").set_delegate(None, "x")  # E
    await c8y.users.set_owner("jdoe", None)
    await c8y.users.set_delegate(User(username="jdoe"), "deputy")
    await User(c8y, username="jdoe").set_owner(User(username="boss"))
    # end of users
    # applications (c8y_objects/applications.py, apps)
    await c8y.applications.get_all(nme="a")  # E
    await c8y.applications.get_all(has_versions="yes")  # E
    await c8y.applications.to_dataframe(columns=["id"], providedFor="t1")  # E
    await c8y.applications.upload_attachment("1", 42)  # E
    await c8y.applications.get_all(type="HOSTED", owner="t1", user="admin", limit=None)
    # end of applications
    # tenant options and audit records (c8y_objects/tenant_options.py, audit.py, options)
    await c8y.tenant_options.set_value("c", "k", 5)  # E
    await c8y.tenant_options.get_all(category="c")  # E
    await c8y.tenant_options.update_values("c", {"k": 1})  # E
    await c8y.audit_records.get_all(sorce="1")  # E
    await c8y.audit_records.get_count(status="ACTIVE")  # E
    c8y.audit_records.select_for(obj, type="Alarm")  # E
    await c8y.audit_records.get_all(type="Alarm", source=obj, user="admin", application="a")
    # end of tenant options and audit records
    # c8y.rest takes the generated async functions only (it has no sync client)
    from c8y_rest.api.current_user import get_current_user_resource
    get_current_user_resource.sync(client=c8y.rest)  # E
    get_current_user_resource.sync_detailed(client=c8y.rest)  # E
    await get_current_user_resource.asyncio(client=c8y.rest)
    await get_current_user_resource.asyncio_detailed(client=c8y.rest)
"""


def test_mypy_reports_every_wrong_call(tmp_path: Path) -> None:
    from mypy import api

    snippet = tmp_path / "wrong_calls.py"
    snippet.write_text(textwrap.dedent(WRONG_CALLS))
    expected = {
        number
        for number, line in enumerate(WRONG_CALLS.splitlines(), start=1)
        if line.endswith("# E")
    }
    stdout, stderr, _ = api.run(
        [
            str(snippet),
            "--strict",
            "--no-error-summary",
            "--show-error-codes",
            "--cache-dir",
            str(Path(__file__).parents[2] / ".mypy_cache"),
        ]
    )
    errors = {int(m.group(1)) for m in re.finditer(r"wrong_calls\.py:(\d+): error:", stdout)}
    assert not stderr
    assert errors == expected, stdout
