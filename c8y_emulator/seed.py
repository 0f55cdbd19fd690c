"""Fleets to start from: the built-in demo fleet, or a user's own fleet from a JSON file.

A fleet document is a JSON object with two optional lists, ``groups`` and ``devices``::

    {
      "groups": [
        {"name": "Berlin"},
        {"name": "Floor 1", "parent": "Berlin"}
      ],
      "devices": [
        {
          "name": "Boiler 01",
          "group": "Floor 1",
          "type": "acme_Boiler",
          "externalIds": [{"type": "c8y_Serial", "externalId": "B-0001"}],
          "c8y_Hardware": {"model": "B1", "serialNumber": "B-0001"}
        },
        {"name": "Sensor 01", "parent": "Boiler 01"}
      ]
    }

- Every entry needs a ``name``, unique within its list.
- A group's ``parent`` names an earlier group: the group becomes its child asset and its type
  defaults to ``c8y_DeviceSubGroup`` (``c8y_DeviceGroup`` without a parent).
- A device's ``group`` names a group (the device becomes one of its child assets); its
  ``parent`` names an earlier device (the device becomes one of its child devices).
- ``externalIds`` is the platform's list of ``{"type", "externalId"}`` objects.
- Every other member is stored as a fragment. Groups get ``c8y_IsDeviceGroup``, devices
  ``c8y_IsDevice``. Members the platform manages (``id``, ``self``, ``creationTime``,
  ``lastUpdated``, the reference fragments) are refused.

Seeding is idempotent per fleet: a database that holds a fleet already (the same document,
compared by a digest of its canonical JSON) is left as it is; a changed document is loaded again
beside the first one.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from c8y_emulator.errors import ApiError
from c8y_emulator.inventory import READ_ONLY, add_reference, insert_managed_object

if TYPE_CHECKING:
    from c8y_emulator.app import EmulatorApp

DEMO = "demo"
"""The name that stands for the built-in demo fleet (``--seed`` / ``--seed demo``)."""

_DEMO_MARKER = "demo_fleet_seeded"
_FLEET_KEYS = frozenset({"groups", "devices"})
_GROUP_KEYS = frozenset({"name", "parent"})
_DEVICE_KEYS = frozenset({"name", "group", "parent", "externalIds"})


class FleetError(ValueError):
    """A fleet document that cannot be loaded; the message names the entry and the problem."""


@dataclass(frozen=True, slots=True)
class Fleet:
    """A validated fleet document.

    Attributes:
        groups: The group entries, parents before children.
        devices: The device entries, parents before children.
        marker: The key under which the database records that this fleet was loaded.
        source: Where the fleet came from (file path, or ``demo``), for messages.
    """

    groups: tuple[dict[str, Any], ...]
    devices: tuple[dict[str, Any], ...]
    marker: str
    source: str


def _entries(
    document: Mapping[str, Any], key: str, source: str, reserved: frozenset[str]
) -> tuple[dict[str, Any], ...]:
    raw = document.get(key, [])
    if not isinstance(raw, list):
        raise FleetError(f"{source}: {key} must be a list, got {type(raw).__name__}")
    names: set[str] = set()
    entries: list[dict[str, Any]] = []
    for index, entry in enumerate(raw):
        where = f"{source}: {key}[{index}]"
        if not isinstance(entry, dict):
            raise FleetError(f"{where} must be an object, got {type(entry).__name__}")
        name = entry.get("name")
        if not isinstance(name, str) or not name:
            raise FleetError(f"{where}.name must be a non-empty string, got {name!r}")
        if name in names:
            raise FleetError(f"{where}.name: {name!r} is used twice in {key}")
        managed = sorted(set(entry) & READ_ONLY)
        if managed:
            raise FleetError(f"{where} ({name}): the platform sets {', '.join(managed)}")
        for link in sorted(set(entry) & reserved - {"name", "externalIds"}):
            if not isinstance(entry[link], str):
                raise FleetError(f"{where}.{link} must be a name (string), got {entry[link]!r}")
        parent = entry.get("parent")
        if parent is not None and parent not in names:
            raise FleetError(
                f"{where}.parent: no earlier entry of {key} is named {parent!r} "
                "(parents come before their children)"
            )
        names.add(name)
        entries.append(entry)
    return tuple(entries)


def validate_fleet(document: Any, source: str = "fleet", *, marker: str | None = None) -> Fleet:
    """Check a fleet document (the format is in this module's docstring).

    Args:
        document: The parsed JSON.
        source: Where it came from, used in error messages.
        marker: The seeded-marker key; by default one derived from the document's content.

    Raises:
        FleetError: Naming the first problem.
    """
    if not isinstance(document, dict):
        raise FleetError(f"{source}: a fleet is a JSON object, got {type(document).__name__}")
    unknown = sorted(set(document) - _FLEET_KEYS)
    if unknown:
        raise FleetError(
            f"{source}: unknown members {', '.join(unknown)} (a fleet has groups and devices)"
        )
    groups = _entries(document, "groups", source, _GROUP_KEYS)
    devices = _entries(document, "devices", source, _DEVICE_KEYS)
    group_names = {group["name"] for group in groups}
    for index, device in enumerate(devices):
        group = device.get("group")
        if group is not None and group not in group_names:
            raise FleetError(f"{source}: devices[{index}].group: no group is named {group!r}")
    if marker is None:
        canonical = json.dumps(document, sort_keys=True, separators=(",", ":"))
        marker = "fleet_seeded:" + hashlib.sha256(canonical.encode()).hexdigest()
    return Fleet(groups, devices, marker, source)


def load_fleet_file(path: str | Path) -> Fleet:
    """Read and check a fleet file.

    Raises:
        FleetError: When the file cannot be read, is not JSON, or is not a valid fleet.
    """
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise FleetError(f"{path}: cannot read the fleet file: {exc}") from None
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FleetError(f"{path}: not valid JSON: {exc}") from None
    return validate_fleet(document, str(path))


def fleet_from_option(value: str) -> Fleet:
    """Return the fleet a ``--seed`` value names: ``demo`` or the path of a fleet file."""
    return DEMO_FLEET if value == DEMO else load_fleet_file(value)


def seed_fleet(app: EmulatorApp, fleet: Fleet) -> dict[str, Any]:
    """Create ``fleet`` in ``app``'s database unless it is there already (one transaction).

    Returns:
        ``{"created": bool, "groups": {name: id}, "devices": {name: id}}`` (empty maps when the
        fleet was there already).

    Raises:
        FleetError: When the database refuses an entry (an external id that is taken, a field of
            the wrong type); nothing of the fleet is stored then.
    """
    storage = app.storage
    groups: dict[str, int] = {}
    devices: dict[str, int] = {}
    with storage.write() as cur:
        done = cur.execute("SELECT 1 FROM emulator_meta WHERE key = ?", (fleet.marker,)).fetchone()
        if done is not None:
            return {"created": False, "groups": {}, "devices": {}}
        for kind, entries, made in (
            ("groups", fleet.groups, groups),
            ("devices", fleet.devices, devices),
        ):
            for index, entry in enumerate(entries):
                fragments = {k: v for k, v in entry.items() if k not in ("parent", "group")}
                if kind == "groups":
                    subgroup = "parent" in entry
                    fragments.setdefault(
                        "type", "c8y_DeviceSubGroup" if subgroup else "c8y_DeviceGroup"
                    )
                    fragments.setdefault("c8y_IsDeviceGroup", {})
                else:
                    fragments.setdefault("c8y_IsDevice", {})
                try:
                    object_id = insert_managed_object(cur, storage, fragments, app.username)
                except ApiError as exc:
                    raise FleetError(
                        f"{fleet.source}: {kind}[{index}] ({entry['name']}): {exc.message}"
                    ) from None
                made[entry["name"]] = object_id
                if "parent" in entry:
                    reference = "childAssets" if kind == "groups" else "childDevices"
                    add_reference(cur, made[entry["parent"]], reference, object_id)
                if "group" in entry:
                    add_reference(cur, groups[entry["group"]], "childAssets", object_id)
        cur.execute("INSERT INTO emulator_meta (key, value) VALUES (?, ?)", (fleet.marker, "1"))
    return {"created": True, "groups": groups, "devices": devices}


def _demo_device(
    name: str, model: str, serial: str, position: tuple[float, float], series: list[str]
) -> dict[str, Any]:
    return {
        "name": name,
        "type": "c8y_DemoDevice",
        "c8y_Hardware": {"model": model, "serialNumber": serial, "revision": "1.0"},
        "c8y_Position": {"lat": position[0], "lng": position[1], "alt": 35.0},
        "c8y_RequiredAvailability": {"responseInterval": 60},
        "c8y_SupportedMeasurements": series,
        "c8y_SupportedOperations": ["c8y_Restart"],
        "externalIds": [{"type": "c8y_Serial", "externalId": serial}],
    }


DEMO_FLEET = validate_fleet(
    {
        "groups": [
            {"name": "Berlin"},
            {"name": "Berlin / Floor 1", "parent": "Berlin"},
            {"name": "Munich"},
        ],
        "devices": [
            {
                **_demo_device(
                    "Boiler 01", "Thermo-X2", "TX2-0001", (52.5200, 13.4050), ["c8y_Temperature"]
                ),
                "group": "Berlin / Floor 1",
            },
            {
                **_demo_device(
                    "Boiler 02", "Thermo-X2", "TX2-0002", (52.5208, 13.4094), ["c8y_Temperature"]
                ),
                "group": "Berlin / Floor 1",
            },
            {
                **_demo_device(
                    "Meter 01",
                    "Volt-M",
                    "VM-1001",
                    (52.5163, 13.3777),
                    ["c8y_Voltage", "c8y_Current"],
                ),
                "group": "Berlin",
            },
            {
                **_demo_device(
                    "Pump 01",
                    "Flow-P9",
                    "FP9-2001",
                    (48.1372, 11.5756),
                    ["c8y_Flow", "c8y_Pressure"],
                ),
                "group": "Munich",
            },
            {
                **_demo_device(
                    "Pump 02",
                    "Flow-P9",
                    "FP9-2002",
                    (48.1351, 11.5820),
                    ["c8y_Flow", "c8y_Pressure"],
                ),
                "group": "Munich",
                "parent": "Pump 01",
            },
        ],
    },
    DEMO,
    marker=_DEMO_MARKER,
)
"""Two sites (Berlin with a sub-group, Munich), five devices with ``c8y_Serial`` external ids."""


def seed_demo_fleet(app: EmulatorApp) -> dict[str, Any]:
    """Create the demo fleet in ``app``'s database unless it is there already.

    Returns:
        ``{"created": bool, "groups": {name: id}, "devices": {name: id}}``.
    """
    return seed_fleet(app, DEMO_FLEET)
