"""The demo fleet and the command line."""

from __future__ import annotations

import subprocess
import sys

import httpx
import pytest

from c8y_emulator import Emulator, EmulatorApp
from c8y_emulator.__main__ import main
from c8y_emulator.seed import seed_demo_fleet
from c8y_emulator.testing import asgi_client


async def test_demo_fleet_is_connected_and_seeded_once(app: EmulatorApp) -> None:
    first = seed_demo_fleet(app)
    again = seed_demo_fleet(app)
    assert first["created"] is True
    assert again["created"] is False
    berlin, munich = first["groups"]["Berlin"], first["groups"]["Munich"]
    async with asgi_client(app) as http:
        groups = (
            await http.get(
                "/inventory/managedObjects", params={"fragmentType": "c8y_IsDeviceGroup"}
            )
        ).json()
        devices = (
            await http.get(
                "/inventory/managedObjects", params={"q": "has(c8y_Hardware)", "pageSize": 50}
            )
        ).json()
        in_munich = (
            await http.get("/inventory/managedObjects", params={"query": f"bygroupid({munich})"})
        ).json()
        in_berlin = (
            await http.get(
                "/inventory/managedObjects",
                params={"query": f"isinhierarchyof({berlin})", "pageSize": 50},
            )
        ).json()
        serial = (await http.get("/identity/externalIds/c8y_Serial/TX2-0001")).json()
        total = (
            await http.get("/inventory/managedObjects", params={"withTotalElements": "true"})
        ).json()
    assert {g["type"] for g in groups["managedObjects"]} == {
        "c8y_DeviceGroup",
        "c8y_DeviceSubGroup",
    }
    assert len(devices["managedObjects"]) == 5
    assert all("lat" in d["c8y_Position"] for d in devices["managedObjects"])
    assert {d["name"] for d in in_munich["managedObjects"]} == {"Pump 01", "Pump 02"}
    assert {d["name"] for d in in_berlin["managedObjects"]} == {
        "Berlin",
        "Berlin / Floor 1",
        "Boiler 01",
        "Boiler 02",
        "Meter 01",
    }
    assert serial["managedObject"]["id"] == str(first["devices"]["Boiler 01"])
    assert total["statistics"]["totalElements"] == 8


def test_emulator_seed_helper() -> None:
    with Emulator() as emulator:
        assert emulator.seed()["created"] is True
        response = httpx.get(
            emulator.base_url + "/inventory/managedObjects",
            params={"fragmentType": "c8y_IsDevice", "withTotalElements": "true"},
            auth=("admin", "admin"),
        )
    assert response.json()["statistics"]["totalElements"] == 5


def test_cli_help_names_the_options() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "c8y_emulator", "--help"], capture_output=True, text=True, check=True
    )
    for option in ("--host", "--port", "--database", "--tenant", "--user", "--password", "--seed"):
        assert option in result.stdout


def test_cli_reports_a_taken_port(capsys: pytest.CaptureFixture[str]) -> None:
    with Emulator() as emulator:
        status = main(["--port", str(emulator.port), "--database", ":memory:"])
    assert status == 1
    assert f"cannot listen on 127.0.0.1:{emulator.port}" in capsys.readouterr().err
