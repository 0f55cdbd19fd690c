"""A small demo fleet: two sites (one with a sub-group), five devices, external ids.

Seeding is idempotent: a database that was seeded once is left as it is.
"""

from __future__ import annotations

from typing import Any

from c8y_emulator import identity
from c8y_emulator.app import EmulatorApp
from c8y_emulator.inventory import add_reference, insert_managed_object

_MARKER = "demo_fleet_seeded"

_DEVICES = (
    # name, model, serial, (lat, lng), supported measurements
    ("Boiler 01", "Thermo-X2", "TX2-0001", (52.5200, 13.4050), ["c8y_Temperature"]),
    ("Boiler 02", "Thermo-X2", "TX2-0002", (52.5208, 13.4094), ["c8y_Temperature"]),
    ("Meter 01", "Volt-M", "VM-1001", (52.5163, 13.3777), ["c8y_Voltage", "c8y_Current"]),
    ("Pump 01", "Flow-P9", "FP9-2001", (48.1372, 11.5756), ["c8y_Flow", "c8y_Pressure"]),
    ("Pump 02", "Flow-P9", "FP9-2002", (48.1351, 11.5820), ["c8y_Flow", "c8y_Pressure"]),
)


def seed_demo_fleet(app: EmulatorApp) -> dict[str, Any]:
    """Create the demo fleet in ``app``'s database unless it is there already.

    Returns:
        ``{"created": bool, "groups": {name: id}, "devices": {name: id}}``.
    """
    storage = app.storage
    user = app.username
    with storage.write() as cur:
        done = cur.execute("SELECT value FROM emulator_meta WHERE key = ?", (_MARKER,)).fetchone()
        if done is not None:
            return {"created": False, "groups": {}, "devices": {}}

        def group(name: str, subgroup: bool = False) -> int:
            return insert_managed_object(
                cur,
                storage,
                {
                    "name": name,
                    "type": "c8y_DeviceSubGroup" if subgroup else "c8y_DeviceGroup",
                    "c8y_IsDeviceGroup": {},
                },
                user,
            )

        groups = {
            "Berlin": group("Berlin"),
            "Berlin / Floor 1": group("Berlin / Floor 1", subgroup=True),
            "Munich": group("Munich"),
        }
        add_reference(cur, groups["Berlin"], "childAssets", groups["Berlin / Floor 1"])
        devices: dict[str, int] = {}
        for name, model, serial, (lat, lng), series in _DEVICES:
            device_id = insert_managed_object(
                cur,
                storage,
                {
                    "name": name,
                    "type": "c8y_DemoDevice",
                    "c8y_IsDevice": {},
                    "c8y_Hardware": {"model": model, "serialNumber": serial, "revision": "1.0"},
                    "c8y_Position": {"lat": lat, "lng": lng, "alt": 35.0},
                    "c8y_RequiredAvailability": {"responseInterval": 60},
                    "c8y_SupportedMeasurements": series,
                    "c8y_SupportedOperations": ["c8y_Restart"],
                },
                user,
            )
            identity.insert_external_id(cur, device_id, "c8y_Serial", serial)
            devices[name] = device_id
        add_reference(cur, groups["Berlin / Floor 1"], "childAssets", devices["Boiler 01"])
        add_reference(cur, groups["Berlin / Floor 1"], "childAssets", devices["Boiler 02"])
        add_reference(cur, groups["Berlin"], "childAssets", devices["Meter 01"])
        add_reference(cur, groups["Munich"], "childAssets", devices["Pump 01"])
        add_reference(cur, groups["Munich"], "childAssets", devices["Pump 02"])
        add_reference(cur, devices["Pump 01"], "childDevices", devices["Pump 02"])
        cur.execute("INSERT INTO emulator_meta (key, value) VALUES (?, ?)", (_MARKER, "1"))
    return {"created": True, "groups": groups, "devices": devices}
