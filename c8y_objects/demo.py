"""The main job: a walk through the object model, one printed line per call.

``python -m c8y_objects.demo`` starts the emulator on a loopback port (in memory), builds a small
fleet (a region group with two site subgroups, eight devices with typed fragments and serial
numbers as external IDs) and then uses the object model on it: queries, counts, dot paths,
partial updates, typed fragments, JSONPath, bulk updates, identity lookups and group children.
Two users show the administration API: one in the read-only group sees the fleet but cannot
rename a device or make itself an administrator; one holds an inventory role on a single site
and sees only that site's devices.
Then the fleet gets data and commands: temperature measurements sent in collection requests, a
service event with a report attached, alarms raised (a repeated one is de-duplicated by the
platform) and cleared by one filter call, and a restart sent to a site as a bulk operation whose
progress follows the devices' answers. Then the data and the whole tree are deleted. The walk
ends live: a Notification 2.0 subscription on a new device, a listener on its consumer
WebSocket, and the alarms the demo raises arriving at the listener's callback. Each line names
the call, what came back and which requests went over the wire.

With ``C8Y_BASEURL`` (or ``C8Y_URL`` / ``C8Y_HOST``) set, the variables that
`CumulocityClient.from_env` reads select a real tenant instead; so do ``--url``, ``--tenant``,
``--user`` and ``--password``. Every object the demo creates carries a type unique to the run,
and whatever is still there at the end (after a failure, too) is removed; only the cancelled bulk
operation stays, because the platform keeps those (status DELETED).

The demo checks what it sees; it exits with 0 when everything behaved, 1 when a call failed or
returned something unexpected (or the clean-up failed) and 2 for bad arguments or settings.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import secrets
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import AsyncIterator, Mapping, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

import httpx
import orjson

from c8y_objects._optional import ARROW_EXTRA, LazyModule, require_arrow
from c8y_objects._paths import InvalidPathError
from c8y_objects.alarms import Alarm, AlarmSeverity, AlarmStatus
from c8y_objects.client import ENV_BASE_URL, CumulocityClient, settings_from_env
from c8y_objects.errors import (
    BulkError,
    ConfigurationError,
    CumulocityError,
    NotFoundError,
    PermissionDeniedError,
)
from c8y_objects.events import Event
from c8y_objects.fragments import (
    Agent,
    Hardware,
    Position,
    RequiredAvailability,
    SupportedOperations,
)
from c8y_objects.identity import ExternalId
from c8y_objects.inventory import Device, DeviceGroup
from c8y_objects.measurements import Measurement
from c8y_objects.notifications import Notification, NotificationListener, Subscription
from c8y_objects.operations import BulkOperation, Operation, OperationStatus
from c8y_objects.users import InventoryRole, ReadPermission, User

if TYPE_CHECKING:
    import pyarrow.compute as pc
else:  # the demo's table steps need the arrow extra; main() checks it first
    pc = LazyModule("pyarrow.compute", extra=ARROW_EXTRA)

__all__ = ["DemoError", "FleetDevice", "main", "run_demo"]

SERIAL_TYPE = "c8y_Serial"
LOCAL_TENANT = "t12345"
LOCAL_USER = "admin"
LOCAL_PASSWORD = "admin"
CALL_WIDTH = 58
DELETE_WAIT_SECONDS = 10.0
BULK_WAIT_SECONDS = 10.0
LIVE_WAIT_SECONDS = 30.0
READINGS = 12
READING_EVERY = timedelta(minutes=5)
DEVICE_ANSWERS = (
    OperationStatus.SUCCESSFUL,
    OperationStatus.SUCCESSFUL,
    OperationStatus.FAILED,
    OperationStatus.EXECUTING,
)
"""How the four northern devices answer the bulk restart."""


class DemoError(Exception):
    """The platform answered, but not what the demo expected."""


@dataclass(frozen=True, slots=True)
class FleetDevice:
    """One device of the demo fleet."""

    name: str
    site: str
    model: str
    serial_prefix: str
    lat: float
    lng: float


FLEET: tuple[FleetDevice, ...] = (
    FleetDevice("Boiler N-01", "North", "Thermo-X2", "TX2", 53.5511, 9.9937),
    FleetDevice("Boiler N-02", "North", "Thermo-X2", "TX2", 53.5534, 9.9920),
    FleetDevice("Meter N-01", "North", "Volt-M", "VM", 53.5489, 9.9872),
    FleetDevice("Pump N-01", "North", "Flow-P9", "FP9", 53.5461, 10.0013),
    FleetDevice("Boiler S-01", "South", "Thermo-X2", "TX2", 48.1372, 11.5756),
    FleetDevice("Meter S-01", "South", "Volt-M", "VM", 48.1351, 11.5820),
    FleetDevice("Pump S-01", "South", "Flow-P9", "FP9", 48.1402, 11.5610),
    FleetDevice("Pump S-02", "South", "Flow-P9", "FP9", 48.1299, 11.5889),
)
"""Eight devices in two sites: four around Hamburg (North), four around Munich (South)."""


def _short(values: Sequence[Any], shown: int = 3) -> str:
    """``a, b, c, ... (+5)``: a list cut to its first few items."""
    head = ", ".join(str(v) for v in values[:shown])
    return head if len(values) <= shown else f"{head}, ... (+{len(values) - shown})"


@dataclass
class _Tracker:
    """What the run created on the tenant, so that it can be removed whatever happens."""

    object_ids: list[str] = field(default_factory=list)
    external_ids: dict[str, str] = field(default_factory=dict)  # value -> managed object id
    data_type: str = ""  # the type of the run's measurements and events
    data_since: datetime | None = None  # set while measurements, events or alarms may exist
    control_devices: list[str] = field(default_factory=list)  # devices that got operations
    bulk_ids: list[str] = field(default_factory=list)  # bulk operations not cancelled yet
    usernames: list[str] = field(default_factory=list)  # users the run created
    inventory_role_ids: list[str] = field(default_factory=list)  # inventory roles it created
    subscription_ids: list[str] = field(default_factory=list)  # Notification 2.0


class _Walk:
    """Prints the steps and records the requests each step made."""

    def __init__(self, c8y: CumulocityClient) -> None:
        self.c8y = c8y
        self.number = 0
        self.call = ""
        self.requests: list[httpx.Request] = []
        self.in_flight = 0
        self.most_in_flight = 0
        self._mark = 0
        hooks = c8y.http.event_hooks
        hooks["request"].append(self._sending)
        hooks["response"].append(self._answered)

    def observe(self, c8y: CumulocityClient) -> None:
        """Record the requests of another entered client too (the demo's other users)."""
        c8y.http.event_hooks["request"].append(self._sending)
        c8y.http.event_hooks["response"].append(self._answered)

    def detach(self) -> None:
        """Stop recording the client's requests."""
        hooks = self.c8y.http.event_hooks
        hooks["request"].remove(self._sending)
        hooks["response"].remove(self._answered)

    async def _sending(self, request: httpx.Request) -> None:
        self.requests.append(request)
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)

    async def _answered(self, response: httpx.Response) -> None:
        self.in_flight -= 1

    def begin(self, call: str) -> None:
        """Name the call the next step makes (reported if it fails)."""
        self.number += 1
        self.call = call
        self.most_in_flight = self.in_flight

    def sent(self) -> list[httpx.Request]:
        """The requests made since the current step began."""
        return self.requests[self._mark :]

    def done(self, result: str) -> None:
        """Print the current step: the call, what came back and the requests it made."""
        counts = Counter(request.method for request in self.sent())
        wire = " ".join(f"{method} x{n}" for method, n in counts.items()) or "no request"
        self._mark = len(self.requests)
        print(f"{self.number:>2}  {self.call:<{CALL_WIDTH}} -> {result}  [{wire}]", flush=True)

    @staticmethod
    def check(condition: bool, message: str) -> None:
        """Raise `DemoError` with `message` unless `condition` holds."""
        if not condition:
            raise DemoError(message)


def _body(request: httpx.Request) -> Any:
    return orjson.loads(request.content) if request.content else None


def _dumps(value: Any) -> str:
    return orjson.dumps(value).decode()


def _serial(spec: FleetDevice, tag: str) -> str:
    return f"{spec.serial_prefix}-{tag}-{FLEET.index(spec) + 1:02d}"


def _temperature(device: int, reading: int) -> float:
    """Reading `reading` of the fleet's device number `device`, in degrees Celsius."""
    return round(55.0 + 1.5 * device + 0.25 * (reading % 4), 2)


async def _build_fleet(
    walk: _Walk, kind: str, tag: str, tracked: _Tracker
) -> tuple[DeviceGroup, dict[str, DeviceGroup], dict[str, Device]]:
    c8y = walk.c8y
    walk.begin(f"region = DeviceGroup(root=True, name='Demo region {tag}').create()")
    region = await DeviceGroup(c8y, root=True, name=f"Demo region {tag}").create()
    tracked.object_ids.append(region._require_id())
    walk.done(f"group {region.id} ({region.type})")

    walk.begin("region.create_child('Site North ...'), ('Site South ...')")
    sites: dict[str, DeviceGroup] = {}
    for site in ("North", "South"):
        child = await region.create_child(f"Site {site} {tag}")
        tracked.object_ids.append(child._require_id())
        sites[site] = child
    walk.done(f"subgroups {', '.join(str(g.id) for g in sites.values())} (c8y_DeviceSubGroup)")

    walk.begin("Device(c8y, type=T, name=...) += Hardware(...), Position(...), ...; create() x8")
    devices: dict[str, Device] = {}
    for spec in FLEET:
        draft = Device(c8y, type=kind, name=spec.name)
        draft += Hardware(model=spec.model, revision="1.0", serial_number=_serial(spec, tag))
        draft += Position(lat=spec.lat, lng=spec.lng, alt=12.0)
        draft += RequiredAvailability(response_interval=60)
        draft += SupportedOperations(["c8y_Restart", "c8y_Configuration"])
        draft += Agent()  # operations go to devices in an agent's hierarchy
        device = await draft.create()
        tracked.object_ids.append(device._require_id())
        devices[spec.name] = device
    ids = [int(d._require_id()) for d in devices.values()]
    walk.done(f"ids {min(ids)}..{max(ids)}")

    walk.begin("inventory.assign_child_assets(site, *devices, workers=4)")
    linked = []
    for site, group in sites.items():
        members = [devices[s.name] for s in FLEET if s.site == site]
        await c8y.inventory.assign_child_assets(group, *members, workers=4)
        linked.append(f"{len(members)} to {site}")
    walk.done(f"{' and '.join(linked)}, up to {walk.most_in_flight} requests in flight")

    walk.begin("identity.create(*[ExternalId(c8y, serial, 'c8y_Serial', id)], workers=4)")
    external = [
        ExternalId(
            c8y,
            external_id=_serial(spec, tag),
            external_type=SERIAL_TYPE,
            managed_object_id=devices[spec.name].id,
        )
        for spec in FLEET
    ]
    try:
        await c8y.identity.create(*external, workers=4)
    finally:
        # Track what may exist, even after a failure in the middle of the bulk call.
        for xid in external:
            tracked.external_ids[xid.external_id or ""] = xid.managed_object_id or ""
    walk.done(f"{len(external)} serial numbers, {external[0].external_id} ...")
    return region, sites, devices


async def _query(walk: _Walk, kind: str) -> None:
    c8y = walk.c8y
    walk.begin("inventory.get_count(type=T)")
    count = await c8y.inventory.get_count(type=kind)
    walk.done(str(count))
    walk.check(count == len(FLEET), f"counted {count} devices, created {len(FLEET)}")

    walk.begin("device_inventory.select(type=T, fragment='c8y_Position', order_by='name')")
    names = [
        d.name
        async for d in c8y.device_inventory.select(
            type=kind, fragment="c8y_Position", order_by="name", limit=None
        )
    ]
    walk.done(f"{len(names)} devices: {_short(names)}")
    walk.check(names == sorted(s.name for s in FLEET), f"unexpected names or order: {names}")

    query = f"$filter=(type eq '{kind}' and c8y_Hardware.model eq 'Flow-P9') $orderby=name desc"
    walk.begin(
        "inventory.select(query=\"$filter=(type eq T and c8y_Hardware.model eq 'Flow-P9') "
        '$orderby=name desc")'
    )
    pumps = [d.name async for d in c8y.inventory.select(query=query, limit=None)]
    walk.done(_short(pumps))
    expected = sorted((s.name for s in FLEET if s.model == "Flow-P9"), reverse=True)
    walk.check(pumps == expected, f"query found {pumps}, expected {expected}")

    walk.begin("inventory.select(type=T, include='c8y_Position.lat > 50')")
    north = [
        d.name
        async for d in c8y.inventory.select(type=kind, include="c8y_Position.lat > 50", limit=None)
    ]
    walk.done(f"{len(north)} kept client-side: {_short(north, 2)}")
    walk.check(len(north) == 4, f"client-side filter kept {north}, expected the 4 northern ones")


async def _edit(walk: _Walk, devices: dict[str, Device]) -> None:
    c8y = walk.c8y
    boiler = devices["Boiler N-01"]

    walk.begin("boiler['c8y_Hardware.serialNumber']")
    serial = boiler["c8y_Hardware.serialNumber"]
    walk.done(repr(serial))

    walk.begin("boiler['c8y_Firmware.version'] = '2.1.0'")
    boiler["c8y_Firmware.version"] = "2.1.0"
    diff = boiler.to_diff_json()
    walk.done(f"staged: to_diff_json() is {_dumps(diff)}")
    walk.check(diff == {"c8y_Firmware": {"version": "2.1.0"}}, f"unexpected diff {diff}")

    walk.begin("await boiler.update()")
    await boiler.update()
    puts = [r for r in walk.sent() if r.method == "PUT"]
    walk.check(len(puts) == 1, f"update made {len(puts)} PUT requests")
    sent_body = _body(puts[0])
    walk.done(f"PUT body {_dumps(sent_body)} (only the change)")
    walk.check(sent_body == diff, f"update sent {sent_body}, expected {diff}")

    walk.begin("other = await inventory.get(boiler.id)")
    other = await c8y.inventory.get(boiler._require_id())
    walk.done(f"a second copy of boiler: {other!r}")

    walk.begin("other['c8y_Hardware.revision'] = '1.1'; await other.update()")
    other["c8y_Hardware.revision"] = "1.1"
    await other.update()
    walk.done(f"stored; boiler still has revision {boiler['c8y_Hardware.revision']!r}")

    walk.begin("await boiler.reload()")
    await boiler.reload()
    revision = boiler["c8y_Hardware.revision"]
    walk.done(f"revision {revision!r}, firmware {boiler['c8y_Firmware.version']!r}")
    walk.check(revision == "1.1", f"reload shows revision {revision!r}, expected '1.1'")

    walk.begin("boiler.fragment(Hardware)")
    hardware = boiler.fragment(Hardware)
    walk.done(repr(hardware))
    walk.check(hardware.serial_number == serial, f"typed read gave {hardware!r}")

    walk.begin("boiler.fragment(Position).lat")
    lat = boiler.fragment(Position).lat
    walk.done(repr(lat))
    walk.check(lat == FLEET[0].lat, f"typed read gave latitude {lat}")

    walk.begin("boiler.find('$.c8y_Hardware.*')")
    found = boiler.find("$.c8y_Hardware.*")
    walk.done(repr(found))
    walk.check(serial in found, f"JSONPath found {found}")

    walk.begin("boiler.find('$..version')")
    versions = boiler.find("$..version")
    walk.done(repr(versions))
    walk.check(versions == ["2.1.0"], f"JSONPath found {versions}")


async def _values_and_bulk(walk: _Walk, kind: str) -> None:
    c8y = walk.c8y
    walk.begin(
        "inventory.get_all(type=T, order_by='name', as_values=['name', "
        "'c8y_Hardware.serialNumber', ('c8y_Firmware.version', '-')])"
    )
    rows = await c8y.inventory.get_all(
        type=kind,
        order_by="name",
        as_values=["name", "c8y_Hardware.serialNumber", ("c8y_Firmware.version", "-")],
        limit=None,
    )
    walk.done(f"{len(rows)} tuples: {rows[0] if rows else None}, {rows[1] if rows[1:] else None}")
    walk.check(len(rows) == len(FLEET), f"as_values gave {len(rows)} rows")
    walk.check(rows[0][2] == "2.1.0", f"the first row {rows[0]} misses the firmware set above")

    walk.begin("devices = await device_inventory.get_all(type=T)")
    devices = await c8y.device_inventory.get_all(type=kind, limit=None)
    walk.done(f"{len(devices)} Device objects")

    walk.begin("d['c8y_RequiredAvailability.responseInterval'] = 30 for each")
    for device in devices:
        device["c8y_RequiredAvailability.responseInterval"] = 30
    walk.done(f"staged on {sum(d.is_modified for d in devices)} devices")

    walk.begin("await inventory.update(*devices, workers=4)")
    await c8y.inventory.update(*devices, workers=4)
    bodies = [_body(r) for r in walk.sent() if r.method == "PUT"]
    shapes = {_dumps(b) for b in bodies}
    walk.done(f"{len(bodies)} PUTs, up to {walk.most_in_flight} in flight, each {' '.join(shapes)}")
    walk.check(
        len(bodies) == len(FLEET)
        and shapes == {'{"c8y_RequiredAvailability":{"responseInterval":30}}'},
        f"bulk update sent {bodies}",
    )

    query = f"$filter=(type eq '{kind}' and c8y_RequiredAvailability.responseInterval eq 30)"
    walk.begin(
        'inventory.get_count(query="$filter=(type eq T and '
        'c8y_RequiredAvailability.responseInterval eq 30)")'
    )
    count = await c8y.inventory.get_count(query=query)
    walk.done(str(count))
    walk.check(count == len(FLEET), f"{count} devices have the new interval")


async def _identity(walk: _Walk, tag: str, devices: dict[str, Device]) -> None:
    c8y = walk.c8y
    spec = FLEET[-1]
    serial = _serial(spec, tag)
    device = devices[spec.name]

    walk.begin(f"identity.get_id({serial!r}, 'c8y_Serial')")
    object_id = await c8y.identity.get_id(serial, SERIAL_TYPE)
    walk.done(object_id)
    walk.check(object_id == device.id, f"{serial} resolves to {object_id}, not {device.id}")

    walk.begin(f"identity.get_object({serial!r}, 'c8y_Serial')")
    obj = await c8y.identity.get_object(serial, SERIAL_TYPE)
    walk.done(f"{type(obj).__name__}(id={obj.id!r}, name={obj.name!r})")
    walk.check(obj.name == spec.name, f"{serial} names {obj!r}")

    walk.begin(f"identity.get_all({device.name!r} device)")
    external = await c8y.identity.get_all(device)
    pairs = [(x.external_type, x.external_id) for x in external]
    walk.done(str(pairs))
    walk.check(pairs == [(SERIAL_TYPE, serial)], f"external IDs {pairs}")


async def _groups(walk: _Walk, region: DeviceGroup, sites: dict[str, DeviceGroup]) -> None:
    c8y = walk.c8y
    walk.begin("group_inventory.get_all(parent=region.id)")
    subgroups = await c8y.group_inventory.get_all(parent=region._require_id(), limit=None)
    names = sorted(g.name or "" for g in subgroups)
    walk.done(f"subgroups {names}")
    walk.check(
        names == sorted(g.name or "" for g in sites.values()), f"region has subgroups {names}"
    )

    walk.begin("inventory.get_all(parent=north.id, order_by='name', as_values='name')")
    members = await c8y.inventory.get_all(
        parent=sites["North"]._require_id(), order_by="name", as_values="name", limit=None
    )
    walk.done(str(members))
    expected = sorted(s.name for s in FLEET if s.site == "North")
    walk.check(members == expected, f"site North holds {members}, expected {expected}")

    walk.begin("(await group_inventory.get(region.id, with_children=True)).child_asset_ids")
    loaded = await c8y.group_inventory.get(region._require_id(), with_children=True)
    children = loaded.child_asset_ids
    walk.done(str(children))
    walk.check(
        sorted(children) == sorted(g._require_id() for g in sites.values()),
        f"region lists child assets {children}",
    )


async def _administration(
    walk: _Walk,
    kind: str,
    tag: str,
    sites: dict[str, DeviceGroup],
    devices: dict[str, Device],
    tracked: _Tracker,
) -> None:
    """Two users: one in the read-only group, one reaching a single site by an inventory role."""
    c8y = walk.c8y
    password = f"Demo-{secrets.token_urlsafe(12)}-1a"
    walk.begin("User(username=..., password=...).create(); assign_global_role(readers)")
    readers = await c8y.user_groups.get_by_name("readers")
    reader = User(c8y, username=f"demo_reader_{tag}", password=password)
    tracked.usernames.append(reader.username or "")
    await reader.create()
    await reader.assign_global_role(readers._require_id())
    groups = [g.name for g in await reader.retrieve_global_roles()]
    walk.done(f"{reader.username} in {groups}")
    walk.check(groups == ["readers"], f"the reader's groups are {groups}")

    boiler = devices[FLEET[0].name]
    async with CumulocityClient(
        c8y.base_url, c8y.tenant_id, username=reader.username, password=password
    ) as as_reader:
        walk.observe(as_reader)
        walk.begin("as reader: device_inventory.get_count(type=T)")
        seen = await as_reader.device_inventory.get_count(type=kind)
        walk.done(f"{seen} devices")
        walk.check(seen == len(FLEET), f"the reader sees {seen} of {len(FLEET)} devices")

        walk.begin("as reader: boiler['name'] = 'renamed'; await boiler.update()")
        mine = await as_reader.device_inventory.get(boiler._require_id())
        mine["name"] = "renamed"
        try:
            await mine.update()
            walk.check(False, "the reader renamed a device")
        except PermissionDeniedError as exc:
            walk.done(f"{type(exc).__name__} ({exc.status_code})")
        unchanged = (await c8y.device_inventory.get(boiler._require_id())).name
        walk.check(unchanged == boiler.name, f"the boiler is now called {unchanged!r}")

        walk.begin("as reader: user_groups.assign_users(admins, reader)")
        admins = await c8y.user_groups.get_by_name("admins")
        try:
            await as_reader.user_groups.assign_users(admins._require_id(), reader)
            walk.check(False, "the reader made itself an administrator")
        except BulkError as exc:
            walk.check(isinstance(exc.error, PermissionDeniedError), f"refused with {exc.error}")
            walk.done(f"{type(exc.error).__name__}: nobody raises their own rights")

    walk.begin("InventoryRole(permissions=[ReadPermission()]); assign it on site North")
    role = await InventoryRole(
        c8y, name=f"demo read {tag}", permissions=[ReadPermission()]
    ).create()
    tracked.inventory_role_ids.append(role._require_id())
    viewer = User(c8y, username=f"demo_north_{tag}", password=password)
    tracked.usernames.append(viewer.username or "")
    await viewer.create()
    await viewer.assign_inventory_roles(sites["North"]._require_id(), role)
    walk.done(f"{viewer.username} may read site North and what is below it")
    async with CumulocityClient(
        c8y.base_url, c8y.tenant_id, username=viewer.username, password=password
    ) as as_viewer:
        walk.observe(as_viewer)
        walk.begin("as North viewer: device_inventory.get_all(type=T, as_values='name')")
        names = sorted(await as_viewer.device_inventory.get_all(type=kind, as_values="name"))
        walk.done(str(names))
        expected = sorted(s.name for s in FLEET if s.site == "North")
        walk.check(names == expected, f"the North viewer sees {names}, expected {expected}")


async def _remove_by_key(c8y: CumulocityClient, tracked: _Tracker) -> None:
    """Delete the run's users, inventory roles and subscriptions (those already gone are fine).

    Each bulk delete reports a missing one as a `BulkError` around `NotFoundError`.
    """
    deletions = (
        (c8y.users.delete, tracked.usernames),
        (c8y.inventory_roles.delete, tracked.inventory_role_ids),
        (c8y.subscriptions.delete, tracked.subscription_ids),
    )
    for delete, keys in deletions:
        if not keys:
            continue
        try:
            await delete(*keys)
        except BulkError as exc:
            if not all(isinstance(error, NotFoundError) for _, error in exc.failures):
                raise
    tracked.usernames, tracked.inventory_role_ids, tracked.subscription_ids = [], [], []


async def _measurements(
    walk: _Walk, kind: str, devices: dict[str, Device], tracked: _Tracker
) -> None:
    c8y = walk.c8y
    start = datetime.now(UTC).replace(second=0, microsecond=0) - READINGS * READING_EVERY
    readings = [
        Measurement(
            c8y,
            type=kind,
            source=device,
            time=start + i * READING_EVERY,
            series=("c8y_Temperature.T", _temperature(n, i), "C"),
        )
        for n, device in enumerate(devices.values())
        for i in range(READINGS)
    ]
    walk.begin(
        f"measurements.create(*{len(readings)} Measurement(series=('c8y_Temperature.T', v, "
        "'C')), batch_size=32, workers=2)"
    )
    tracked.data_since = start
    tracked.data_type = kind
    await c8y.measurements.create(*readings, batch_size=32, workers=2)
    posts = [r for r in walk.sent() if r.method == "POST"]
    walk.done(
        f"{len(readings)} measurements in {len(posts)} collection POSTs, up to "
        f"{walk.most_in_flight} in flight"
    )
    walk.check(len(posts) == -(-len(readings) // 32), f"bulk create made {len(posts)} POSTs")

    boiler = devices[FLEET[0].name]
    walk.begin("measurements.get_count(source=boiler, series='c8y_Temperature.T')")
    count = await c8y.measurements.get_count(source=boiler, series="c8y_Temperature.T")
    walk.done(str(count))
    walk.check(count == READINGS, f"boiler has {count} readings, {READINGS} were sent")

    walk.begin("measurements.get_last(source=boiler)")
    last = await c8y.measurements.get_last(source=boiler)
    walk.check(last is not None, "get_last found no measurement")
    assert last is not None
    value = last["c8y_Temperature.T.value"]
    walk.done(f"{value} {last['c8y_Temperature.T.unit']} at {last.time}")
    walk.check(value == _temperature(0, READINGS - 1), f"the last reading is {value}")


async def _series_and_tables(
    walk: _Walk, kind: str, devices: dict[str, Device], since: datetime
) -> None:
    """A series as an Arrow table, the run's measurements as a table and as a Parquet file."""
    import pyarrow.parquet as pq

    c8y = walk.c8y
    boiler = devices[FLEET[0].name]
    walk.begin("measurements.get_series(boiler, 'c8y_Temperature.T', after=...).to_arrow()")
    series = await c8y.measurements.get_series(boiler, "c8y_Temperature.T", after=since)
    table = series.to_arrow()
    walk.done(
        f"{table.num_rows} rows x {table.column_names}, complete={series.complete}, "
        f"mean max {pc.mean(table['c8y_Temperature.T.max']).as_py():.2f}"
    )
    expected = [_temperature(0, i) for i in range(READINGS)]
    walk.check(table.num_rows == READINGS, f"the series has {table.num_rows} timestamps")
    walk.check(
        table["c8y_Temperature.T.max"].to_pylist() == expected, "series values differ from sent"
    )

    walk.begin("measurements.to_arrow(type=T, after=...)")
    readings = await c8y.measurements.to_arrow(type=kind, after=since)
    per_source = readings.group_by("source").aggregate([("c8y_Temperature.T.value", "max")])
    walk.done(
        f"{readings.num_rows} rows, columns {_short(readings.column_names, 6)}, "
        f"{per_source.num_rows} sources"
    )
    total = READINGS * len(devices)
    walk.check(readings.num_rows == total, f"to_arrow read {readings.num_rows} of {total}")
    walk.check(per_source.num_rows == len(devices), "to_arrow lost a source")

    with tempfile.TemporaryDirectory(prefix="c8y-objects-demo-") as folder:
        path = os.path.join(folder, "readings.parquet")
        walk.begin("measurements.export_parquet(path, type=T, after=..., page_size=40)")
        written = await c8y.measurements.export_parquet(path, type=kind, after=since, page_size=40)
        back = await asyncio.to_thread(pq.read_table, path)
        walk.done(
            f"{written} rows written from {len(walk.sent())} pages; pyarrow.parquet reads back "
            f"{back.num_rows} rows"
        )
        walk.check(written == total == back.num_rows, f"exported {written}, read {back.num_rows}")
        walk.check(
            back.sort_by("id").column("c8y_Temperature.T.value")
            == readings.sort_by("id").column("c8y_Temperature.T.value"),
            "the Parquet file differs from to_arrow",
        )


async def _event(walk: _Walk, kind: str, devices: dict[str, Device]) -> None:
    c8y = walk.c8y
    boiler = devices[FLEET[0].name]
    walk.begin("event = Event(type=T, source=boiler, text='Annual service done').create()")
    event = await Event(c8y, type=kind, source=boiler, text="Annual service done").create()
    walk.done(f"event {event.id} at {event.time}")

    report = b"Boiler N-01: burner cleaned, pressure 1.6 bar, next service in 12 months\n"
    walk.begin("event.create_attachment(report, content_type='text/plain')")
    attached = await event.create_attachment(report, content_type="text/plain")
    walk.done(f"{attached.get('length', len(report))} bytes attached")

    walk.begin("(await event.reload()).has_attachment(); event.download_attachment()")
    await event.reload()
    content = await event.download_attachment()
    walk.done(f"{event.has_attachment()}, {len(content)} bytes back")
    walk.check(event.has_attachment() and content == report, "the attachment did not come back")


async def _alarms(walk: _Walk, region: DeviceGroup, devices: dict[str, Device]) -> None:
    c8y = walk.c8y
    pump = devices["Pump N-01"]
    walk.begin("Alarm(type='c8y_PressureAlarm', source=pump, severity=MAJOR, ...).create()")
    raised = Alarm(
        c8y,
        type="c8y_PressureAlarm",
        source=pump,
        severity=AlarmSeverity.MAJOR,
        text="Pressure above 6 bar",
    )
    first = await raised.create()
    walk.done(f"alarm {first.id}, {first.status}, count {first.count}")

    walk.begin("the same alarm .create() again (same source and type, still ACTIVE)")
    again = await raised.create()
    walk.done(f"alarm {again.id} again, count {again.count}: de-duplicated, nothing new")
    walk.check(again.id == first.id and again.count == 2, f"a second alarm {again!r} was created")

    walk.begin("alarms.create(Alarm(... Boiler S-01, MINOR), Alarm(... Meter N-01, WARNING))")
    await c8y.alarms.create(
        Alarm(
            c8y,
            type="c8y_TemperatureAlarm",
            source=devices["Boiler S-01"],
            severity=AlarmSeverity.MINOR,
            text="Flow temperature low",
        ),
        Alarm(
            c8y,
            type="c8y_VoltageAlarm",
            source=devices["Meter N-01"],
            severity="WARNING",
            text="Voltage dips",
        ),
    )
    walk.done("2 more alarms")

    walk.begin("alarms.get_count(source=region, with_source_assets=True, resolved=False)")
    open_count = await c8y.alarms.get_count(source=region, with_source_assets=True, resolved=False)
    walk.done(f"{open_count} open alarms below the region")
    walk.check(open_count == 3, f"counted {open_count} open alarms in the region, expected 3")

    walk.begin("alarms.apply_by(AlarmStatus.CLEARED, source=region, with_source_assets=True)")
    await c8y.alarms.apply_by(AlarmStatus.CLEARED, source=region, with_source_assets=True)
    put = next(r for r in walk.sent() if r.method == "PUT")
    walk.done(f"one PUT {put.url.path}?{put.url.query.decode()} body {put.content.decode()}")

    walk.begin("alarms.get_all(source=region, with_source_assets=True, as_values=[...])")
    rows = await c8y.alarms.get_all(
        source=region, with_source_assets=True, as_values=["type", "status", "count"], limit=None
    )
    walk.done(_short(rows))
    walk.check(
        len(rows) == 3 and all(status == "CLEARED" for _, status, _ in rows),
        f"the region's alarms are {rows}",
    )


async def _bulk_operation(
    walk: _Walk, sites: dict[str, DeviceGroup], devices: dict[str, Device], tracked: _Tracker
) -> None:
    c8y = walk.c8y
    north = sites["North"]
    walk.begin(
        "bulk = BulkOperation(group_id=north, start_time=now, creation_ramp=0, "
        "operation_prototype=Operation(description='Restart', c8y_Restart={})).create()"
    )
    bulk = await BulkOperation(
        c8y,
        group_id=north,
        start_time=datetime.now(UTC),
        creation_ramp=0,
        operation_prototype=Operation(description="Restart", c8y_Restart={}),
    ).create()
    tracked.bulk_ids.append(bulk._require_id())
    tracked.control_devices = [devices[s.name]._require_id() for s in FLEET if s.site == "North"]
    walk.done(f"bulk operation {bulk.id}, {bulk.status}")

    walk.begin("await bulk.reload() until bulk.progress.all == 4")
    deadline = time.monotonic() + BULK_WAIT_SECONDS
    while True:
        progress = (await bulk.reload()).progress
        if (progress and progress.all == 4) or time.monotonic() >= deadline:
            break
        await asyncio.sleep(0.2)
    walk.done(f"{bulk.status}: {progress!r}")
    walk.check(progress is not None and progress.all == 4, f"progress stays at {progress!r}")

    walk.begin("ops = operations.get_all(bulk_id=bulk); the devices answer; operations.update")
    ops = await c8y.operations.get_all(bulk_id=bulk, limit=None)
    walk.check(len(ops) == 4, f"the bulk operation created {len(ops)} operations")
    for op, status in zip(ops, DEVICE_ANSWERS, strict=True):
        op.status = status
        if status == OperationStatus.FAILED:
            op.failure_reason = "device did not come back after restart"
    await c8y.operations.update(*ops, workers=4)
    walk.done(", ".join(f"{op.device_name or op.device_id} {op.status}" for op in ops))

    walk.begin("await bulk.reload(); bulk.progress, bulk.general_status")
    await bulk.reload()
    progress = bulk.progress
    walk.done(f"{progress!r}, {bulk.general_status}")
    walk.check(
        progress is not None
        and (progress.successful, progress.failed, progress.executing) == (2, 1, 1),
        f"progress is {progress!r}",
    )

    walk.begin("await bulk.delete()  # cancel")
    await bulk.delete()
    tracked.bulk_ids.remove(bulk._require_id())
    await bulk.reload()
    walk.done(f"{bulk.status}, {bulk.general_status}: the platform keeps cancelled ones")
    walk.check(bulk.status == "DELETED", f"the cancelled bulk operation is {bulk.status}")


async def _remove_data(walk: _Walk, kind: str, region: DeviceGroup, tracked: _Tracker) -> None:
    c8y = walk.c8y
    walk.begin(
        "measurements/events.delete_by(type=T, ...), alarms.delete_by(source=region, "
        "with_source_assets=True), operations.delete_by(device_id=d) x4"
    )
    await _delete_data(c8y, region, tracked)
    deletes = [r for r in walk.sent() if r.method == "DELETE"]
    left = await c8y.alarms.get_count(source=region, with_source_assets=True)
    left += await c8y.measurements.get_count(type=kind)
    left += await c8y.events.get_count(type=kind)
    walk.done(f"{len(deletes)} DELETEs, {left} data items left")
    walk.check(left == 0, f"{left} measurements, events or alarms are left")


async def _delete_data(c8y: CumulocityClient, region: DeviceGroup | str, tracked: _Tracker) -> None:
    """Delete the run's measurements, events, alarms and operations (by filters)."""
    if tracked.data_since is not None:
        await c8y.measurements.delete_by(type=tracked.data_type, after=tracked.data_since)
        await c8y.events.delete_by(type=tracked.data_type, after=tracked.data_since)
        await c8y.alarms.delete_by(source=region, with_source_assets=True)
        tracked.data_since = None
    for device_id in tracked.control_devices:
        await c8y.operations.delete_by(device_id=device_id)
    tracked.control_devices = []


async def _delete(walk: _Walk, region: DeviceGroup, kind: str, tag: str) -> None:
    c8y = walk.c8y
    walk.begin("await region.delete_tree()")
    await region.delete_tree()
    deletes = [r for r in walk.sent() if r.method == "DELETE"]
    walk.done(f"DELETE {deletes[0].url.path}?{deletes[0].url.query.decode()}")

    walk.begin("inventory.get_count(type=T)")
    count = await _wait_count(c8y, kind, DELETE_WAIT_SECONDS)
    walk.done(f"{count}: the sites and devices went with the region")
    walk.check(count == 0, f"{count} devices are left after delete_tree")

    serial = _serial(FLEET[0], tag)
    walk.begin(f"identity.get_id({serial!r}, 'c8y_Serial')")
    try:
        found = await c8y.identity.get_id(serial, SERIAL_TYPE)
    except NotFoundError as exc:
        walk.done(f"NotFoundError ({exc.status_code}): external IDs go with their device")
    else:
        walk.done(found)
        raise DemoError(f"{serial} still resolves to {found} after its device was deleted")


async def _live(walk: _Walk, kind: str, tag: str, tracked: _Tracker) -> None:
    """The live part: a Notification 2.0 subscription sees the demo's own alarms arrive."""
    c8y = walk.c8y
    walk.begin("Device(name='Live pump', type=T).create()")
    pump = await Device(c8y, name=f"Live pump {tag}", type=kind).create()
    tracked.object_ids.append(pump._require_id())
    walk.done(f"device {pump.id}")

    name = f"c8yObjectsDemo{tag}"
    walk.begin(f"Subscription(name={name!r}, context='mo', source_id=pump, [alarms]).create()")
    subscription = await Subscription(
        c8y,
        name=name,
        context=Subscription.Context.MANAGED_OBJECT,
        source_id=pump,
        api_filter=[Subscription.ApiFilter.ALARMS],
    ).create()
    tracked.subscription_ids.append(subscription._require_id())
    walk.done(f"subscription {subscription.id}")

    arrived: list[Notification] = []
    all_in = asyncio.Event()
    kinds = ("c8y_LeakAlarm", "c8y_PressureAlarm", "c8y_LeakAlarm")

    async def seen(message: Notification) -> None:
        arrived.append(message)
        if len(arrived) == len(kinds):
            all_in.set()

    listener = NotificationListener(c8y, name, unsubscribe_on_stop=True)
    try:  # stop() also when the token request or the connection fails or times out
        walk.begin("NotificationListener(c8y, name).start(callback); .wait_connected()")
        listener.start(seen)
        await listener.wait_connected(LIVE_WAIT_SECONDS)
        walk.done("token requested, consumer WebSocket open")
        walk.begin("3 x Alarm(source=pump, ...).create(), then wait for the callback")
        for alarm_type in kinds:
            await Alarm(
                c8y,
                type=alarm_type,
                source=pump,
                severity=AlarmSeverity.CRITICAL,
                text="Seen live",
            ).create()
        await asyncio.wait_for(all_in.wait(), LIVE_WAIT_SECONDS)
        walk.done(_short([f"{m.action} {m.json['type']}" for m in arrived]))
        walk.check(
            [m.action for m in arrived] == ["CREATE", "CREATE", "UPDATE"],
            f"the listener saw {arrived!r}",
        )
    finally:
        await listener.stop()

    walk.begin("subscription.delete(); alarms.delete_by(source=pump)")
    await subscription.delete()
    tracked.subscription_ids.remove(subscription._require_id())
    await c8y.alarms.delete_by(source=pump)
    await pump.delete()
    tracked.object_ids.remove(pump._require_id())
    walk.done("unsubscribed, subscription, alarms and device deleted")


async def _wait_count(c8y: CumulocityClient, kind: str, seconds: float) -> int:
    """Count the devices of `kind`, waiting a little for a platform that deletes lazily."""
    deadline = time.monotonic() + seconds
    while True:
        count = await c8y.inventory.get_count(type=kind)
        if count == 0 or time.monotonic() >= deadline:
            return count
        await asyncio.sleep(0.5)


async def _clean_up(c8y: CumulocityClient, tracked: _Tracker) -> str:
    """Remove whatever the run created and is still there; say what was removed."""
    await _remove_by_key(c8y, tracked)
    if not tracked.object_ids:
        return "nothing was created"
    data = tracked.data_since is not None or bool(tracked.control_devices or tracked.bulk_ids)
    for bulk_id in tracked.bulk_ids:
        await c8y.bulk_operations.delete(bulk_id)  # cancelled ones stay, as DELETED
    tracked.bulk_ids = []
    await _delete_data(c8y, tracked.object_ids[0], tracked)
    left = await c8y.inventory.get_all(ids=tracked.object_ids, limit=None)
    left_ids = {obj._require_id() for obj in left}
    removed_ids = 0
    for value, object_id in tracked.external_ids.items():
        if object_id not in left_ids:
            continue  # the platform removed it with its device
        try:
            await c8y.identity.delete(value, SERIAL_TYPE)
            removed_ids += 1
        except NotFoundError:
            pass
    # Devices first, then subgroups, then the region: no delete cascades into another.
    order = {object_id: n for n, object_id in enumerate(tracked.object_ids)}
    removed = 0
    for obj in sorted(left, key=lambda o: order.get(o._require_id(), 0), reverse=True):
        try:
            await obj.delete()
            removed += 1
        except NotFoundError:
            pass
    still = await c8y.inventory.get_count(ids=tracked.object_ids) if left else 0
    if still:
        raise DemoError(f"clean-up left {still} of the demo's objects behind")
    extra = ", the run's data and operations" if data else ""
    if not left:
        return "removed the run's data and operations" if data else "nothing left over"
    return f"removed {removed} leftover objects and {removed_ids} external IDs{extra}"


async def run_demo(c8y: CumulocityClient, *, tag: str | None = None) -> int:
    """Build the demo fleet on `c8y`'s tenant, walk through the object model, remove it all.

    Prints one line per step to stdout; failures go to stderr.

    Args:
        c8y: An entered client.
        tag: Makes the run's names, type and serial numbers unique (random when None).

    Returns:
        0 when every step behaved as expected and nothing is left over, else 1.
    """
    tag = tag or secrets.token_hex(3)
    kind = f"c8yObjectsDemo_{tag}"
    walk = _Walk(c8y)
    tracked = _Tracker()
    started = time.perf_counter()
    status = 0
    print(
        f"T = {kind!r} is this run's device type, boiler is device {FLEET[0].name!r}; "
        "every select/get_all passes limit=None (the default is 5)",
        flush=True,
    )
    try:
        region, sites, devices = await _build_fleet(walk, kind, tag, tracked)
        await _query(walk, kind)
        await _edit(walk, devices)
        await _values_and_bulk(walk, kind)
        await _identity(walk, tag, devices)
        await _groups(walk, region, sites)
        await _administration(walk, kind, tag, sites, devices, tracked)
        await _measurements(walk, kind, devices, tracked)
        assert tracked.data_since is not None
        await _series_and_tables(walk, kind, devices, tracked.data_since)
        await _event(walk, kind, devices)
        await _alarms(walk, region, devices)
        await _bulk_operation(walk, sites, devices, tracked)
        await _remove_data(walk, kind, region, tracked)
        await _delete(walk, region, kind, tag)
        await _live(walk, kind, tag, tracked)
    except Exception as exc:  # report any failure, then clean up
        status = 1
        _report_failure(f"step {walk.number} ({walk.call})", exc)
    finally:
        try:
            outcome = await _clean_up(c8y, tracked)
            print(f"clean-up: {outcome}", flush=True)
        except Exception as exc:
            status = 1
            _report_failure("the clean-up", exc)
        walk.detach()
    elapsed = time.perf_counter() - started
    verdict = f"done: {walk.number} steps" if status == 0 else f"FAILED at step {walk.number}"
    print(f"{verdict}, {len(walk.requests)} requests, {elapsed:.2f} s", flush=True)
    return status


def _report_failure(where: str, exc: Exception) -> None:
    print(f"demo failed in {where}: {type(exc).__name__}: {exc}", file=sys.stderr, flush=True)
    if not isinstance(exc, CumulocityError | DemoError | InvalidPathError):
        traceback.print_exception(exc, file=sys.stderr)


# -- command line ----------------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m c8y_objects.demo",
        description=(
            "Walk through the c8y_objects object model: against a local emulator, or against "
            "the tenant named by --url/--tenant/--user/--password or the C8Y_* variables "
            "(everything created there is removed again)."
        ),
    )
    parser.add_argument("--url", help="tenant URL, e.g. https://example.cumulocity.com")
    parser.add_argument("--tenant", help="tenant ID, e.g. t12345")
    parser.add_argument("--user", help="user name")
    parser.add_argument("--password", help="password")
    parser.add_argument(
        "--emulator",
        action="store_true",
        help="use the local emulator even when C8Y_* variables are set",
    )
    return parser


def _tenant_settings(args: argparse.Namespace, environ: Mapping[str, str]) -> dict[str, str] | None:
    """Connection settings of a real tenant, or None for the local emulator.

    Raises:
        ConfigurationError: The options or variables are incomplete; the message names them.
    """
    if args.emulator:
        return None
    options = {"--url": args.url, "--tenant": args.tenant, "--user": args.user}
    if any(value for value in options.values()) or args.password is not None:
        missing = [name for name, value in options.items() if not value]
        if args.password is None:
            missing.append("--password")
        if missing:
            raise ConfigurationError(f"missing option(s) {', '.join(missing)} for a tenant")
        return {
            "base_url": args.url,
            "tenant_id": args.tenant,
            "username": args.user,
            "password": args.password,
        }
    if any(environ.get(name, "").strip() for name in ENV_BASE_URL):
        return settings_from_env(environ)
    return None


@asynccontextmanager
async def _local_emulator() -> AsyncIterator[CumulocityClient]:
    try:
        from c8y_emulator import Emulator
    except ImportError as exc:  # pragma: no cover - depends on the installed extras
        raise ConfigurationError(
            f"the local emulator needs the 'emulator' extra ({exc}); install "
            "c8y-objects[emulator], or pass --url/--tenant/--user/--password"
        ) from None
    async with Emulator(
        database=":memory:",
        tenant_id=LOCAL_TENANT,
        username=LOCAL_USER,
        password=LOCAL_PASSWORD,
        host="127.0.0.1",
        port=0,
    ) as emulator:
        print(
            f"c8y_objects demo: local emulator at {emulator.base_url} (in memory, tenant "
            f"{LOCAL_TENANT})",
            flush=True,
        )
        async with CumulocityClient(
            emulator.base_url, LOCAL_TENANT, username=LOCAL_USER, password=LOCAL_PASSWORD
        ) as c8y:
            yield c8y


async def _run(settings: dict[str, str] | None) -> int:
    if settings is None:
        async with _local_emulator() as c8y:
            return await run_demo(c8y)
    client = CumulocityClient(
        settings["base_url"],
        settings["tenant_id"],
        username=settings.get("username"),
        password=settings.get("password"),
        token=settings.get("token"),
    )
    async with client as c8y:
        print(
            f"c8y_objects demo: tenant {c8y.tenant_id} at {c8y.base_url} as {c8y.username}; "
            "everything created is removed at the end",
            flush=True,
        )
        return await run_demo(c8y)


def main(argv: Sequence[str] | None = None, environ: Mapping[str, str] | None = None) -> int:
    """Run the demo from the command line and return the exit status.

    Args:
        argv: The arguments (defaults to ``sys.argv[1:]``).
        environ: The variables to read ``C8Y_*`` from (defaults to `os.environ`).

    Returns:
        0 on success, 1 when a step or the clean-up failed, 2 for bad arguments or settings.
    """
    args = _parser().parse_args(argv)
    try:
        require_arrow()  # its series and table steps use pyarrow
        settings = _tenant_settings(args, os.environ if environ is None else environ)
        return asyncio.run(_run(settings))
    except ConfigurationError as exc:
        print(f"c8y_objects demo: {exc}", file=sys.stderr, flush=True)
        return 2
    except CumulocityError as exc:  # the connection failed before the first step
        print(f"c8y_objects demo: {type(exc).__name__}: {exc}", file=sys.stderr, flush=True)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
