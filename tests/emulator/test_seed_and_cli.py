"""The demo fleet and the command line."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from c8y_emulator import Emulator, EmulatorApp
from c8y_emulator.__main__ import OPTIONS, banner, main, settings
from c8y_emulator.seed import (
    DEMO_FLEET,
    FleetError,
    fleet_from_option,
    load_fleet_file,
    seed_demo_fleet,
    seed_fleet,
    validate_fleet,
)
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


def test_cli_help_names_the_options_and_their_variables() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "c8y_emulator", "--help"], capture_output=True, text=True, check=True
    )
    flags = ("--host", "--port", "--database", "--tenant", "--user", "--password", "--seed")
    toggles = ("--access-log", "--inventory-without-children", "--seed-users")
    for flag in (*flags, *toggles):
        assert flag in result.stdout
    for flag in toggles:
        assert "--no-" + flag.removeprefix("--") in result.stdout
    assert {option.flag for option in OPTIONS} == {*flags, *toggles}
    for option in OPTIONS:
        assert option.env in result.stdout
        assert option.env == "C8Y_EMULATOR_" + option.dest.upper()


_ENV = {
    "C8Y_EMULATOR_HOST": "::1",
    "C8Y_EMULATOR_PORT": "9000",
    "C8Y_EMULATOR_DATABASE": ":memory:",
    "C8Y_EMULATOR_TENANT": "t42",
    "C8Y_EMULATOR_USER": "env-user",
    "C8Y_EMULATOR_PASSWORD": "env-secret",
    "C8Y_EMULATOR_SEED": "demo",
    "C8Y_EMULATOR_ACCESS_LOG": "yes",
    "C8Y_EMULATOR_INVENTORY_WITHOUT_CHILDREN": "on",
    "C8Y_EMULATOR_SEED_USERS": "no",
}


def test_settings_come_from_the_environment_when_no_flag_is_given() -> None:
    config = settings([], _ENV)
    assert config.values() == {
        "host": "::1",
        "port": 9000,
        "database": ":memory:",
        "tenant": "t42",
        "user": "env-user",
        "password": "env-secret",
        "seed": "demo",
        "access_log": True,
        "inventory_without_children": True,
        "seed_users": False,
    }
    assert set(config.sources.values()) == {"env"}


def test_a_flag_wins_over_its_variable() -> None:
    argv = ["--host", "127.0.0.2", "--port", "0", "--database", "x.db", "--tenant", "t1"]
    argv += ["--user", "u", "--password", "p", "--seed", "f.json", "--no-access-log"]
    argv += ["--no-inventory-without-children", "--seed-users"]
    config = settings(argv, _ENV)
    assert config.values() == {
        "host": "127.0.0.2",
        "port": 0,
        "database": "x.db",
        "tenant": "t1",
        "user": "u",
        "password": "p",
        "seed": "f.json",
        "access_log": False,
        "inventory_without_children": False,
        "seed_users": True,
    }
    assert set(config.sources.values()) == {"flag"}


def test_defaults_without_flags_or_variables() -> None:
    config = settings([], {})
    assert config.values() == {option.dest: option.default for option in OPTIONS}
    assert settings(["--seed"], {}).seed == "demo"
    assert settings([], {"C8Y_EMULATOR_SEED": ""}).seed is None


@pytest.mark.parametrize(
    ("variable", "value", "needle"),
    [
        ("C8Y_EMULATOR_PORT", "eighty", "C8Y_EMULATOR_PORT: a port is an integer 0-65535"),
        ("C8Y_EMULATOR_PORT", "70000", "C8Y_EMULATOR_PORT: a port is an integer 0-65535"),
        ("C8Y_EMULATOR_ACCESS_LOG", "maybe", "C8Y_EMULATOR_ACCESS_LOG: expected true or false"),
    ],
)
def test_an_invalid_variable_is_named(
    variable: str, value: str, needle: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        settings([], {variable: value})
    assert exited.value.code == 2
    assert needle in capsys.readouterr().err


def test_an_invalid_flag_value_is_named(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        settings(["--port", "-3"], {})
    assert exited.value.code == 2
    assert "argument --port: a port is an integer 0-65535, got '-3'" in capsys.readouterr().err


def test_the_banner_shows_the_default_password_only() -> None:
    default = "\n".join(banner(settings([], {}), "127.0.0.1", 1))
    assert "user admin  password admin" in default
    chosen = "\n".join(banner(settings(["--password", "hunter2"], {}), "::1", 1))
    assert "hunter2" not in chosen
    assert "password (set by --password)" in chosen
    assert "http://[::1]:1" in chosen
    from_env = banner(settings([], {"C8Y_EMULATOR_PASSWORD": "hunter2"}), "h", 1)
    assert "hunter2" not in "\n".join(from_env)
    assert "(set by C8Y_EMULATOR_PASSWORD)" in from_env[1]


def test_process_from_environment_with_a_fleet_file_and_access_log(tmp_path: Path) -> None:
    fleet = tmp_path / "fleet.json"
    fleet.write_text(json.dumps({"devices": [{"name": "From file", "acme_Level": {"v": 3}}]}))
    env = {
        **os.environ,
        "PYTHONUNBUFFERED": "1",
        "C8Y_EMULATOR_PORT": "0",
        "C8Y_EMULATOR_DATABASE": ":memory:",
        "C8Y_EMULATOR_TENANT": "t777",
        "C8Y_EMULATOR_PASSWORD": "pw-from-env-91",
        "C8Y_EMULATOR_ACCESS_LOG": "true",
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "c8y_emulator", "--seed", str(fleet)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline() for _ in range(4)]
        assert lines[0] == f"fleet {fleet} loaded\n"
        base_url = lines[1].split("serving ", 1)[1].strip()
        assert "tenant t777  user admin  password (set by C8Y_EMULATOR_PASSWORD)" in lines[2]
        health = httpx.get(base_url + "/_emulator/health", timeout=10)
        devices = httpx.get(
            base_url + "/inventory/managedObjects",
            auth=("t777/admin", "pw-from-env-91"),
            timeout=10,
        ).json()["managedObjects"]
    finally:
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=10)
    assert health.json() == {"status": "UP", "tenant": "t777"}
    assert [(d["name"], d["acme_Level"]) for d in devices] == [("From file", {"v": 3})]
    assert '"GET /_emulator/health HTTP/1.1" 200' in out
    assert "pw-from-env-91" not in "".join(lines) + out + err


def test_cli_refuses_a_bad_fleet_file_before_serving(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fleet = tmp_path / "bad.json"
    fleet.write_text('{"devices": [{"name": "a", "group": "nowhere"}]}')
    assert main(["--seed", str(fleet), "--database", ":memory:", "--port", "0"]) == 2
    err = capsys.readouterr().err
    assert f"c8y-emulator: {fleet}: devices[0].group: no group is named 'nowhere'" in err


# -- fleet files -------------------------------------------------------------------------------

_FLEET: dict[str, Any] = {
    "groups": [
        {"name": "Plant"},
        {"name": "Hall 1", "parent": "Plant", "acme_Area": {"m2": 400}},
        {"name": "Yard", "type": "acme_Yard"},
    ],
    "devices": [
        {
            "name": "Press 01",
            "group": "Hall 1",
            "type": "acme_Press",
            "externalIds": [{"type": "acme_Serial", "externalId": "P-01"}],
            "c8y_Hardware": {"model": "P", "serialNumber": "P-01"},
        },
        {"name": "Press 01 sensor", "parent": "Press 01"},
        {"name": "Gate", "group": "Yard"},
    ],
}


async def test_a_fleet_file_is_loaded_with_its_hierarchy(app: EmulatorApp, tmp_path: Path) -> None:
    path = tmp_path / "fleet.json"
    path.write_text(json.dumps(_FLEET))
    fleet = load_fleet_file(path)
    created = seed_fleet(app, fleet)
    assert created["created"] is True
    assert list(created["groups"]) == ["Plant", "Hall 1", "Yard"]
    assert list(created["devices"]) == ["Press 01", "Press 01 sensor", "Gate"]
    ids = {**created["groups"], **created["devices"]}
    async with asgi_client(app) as http:

        async def get(name: str) -> dict[str, Any]:
            response = await http.get(
                f"/inventory/managedObjects/{ids[name]}", params={"withChildren": "true"}
            )
            document: dict[str, Any] = response.json()
            return document

        def children(document: dict[str, Any], kind: str) -> list[str]:
            return [ref["managedObject"]["name"] for ref in document[kind]["references"]]

        plant, hall, yard = await get("Plant"), await get("Hall 1"), await get("Yard")
        press, sensor = await get("Press 01"), await get("Press 01 sensor")
        serial = (await http.get("/identity/externalIds/acme_Serial/P-01")).json()
    assert (plant["type"], hall["type"], yard["type"]) == (
        "c8y_DeviceGroup",
        "c8y_DeviceSubGroup",
        "acme_Yard",
    )
    assert all("c8y_IsDeviceGroup" in g for g in (plant, hall, yard))
    assert hall["acme_Area"] == {"m2": 400}
    assert children(plant, "childAssets") == ["Hall 1"]
    assert children(hall, "childAssets") == ["Press 01"]
    assert children(yard, "childAssets") == ["Gate"]
    assert children(press, "childDevices") == ["Press 01 sensor"]
    assert press["type"] == "acme_Press"
    assert "c8y_IsDevice" in sensor
    assert "parent" not in sensor
    assert "group" not in press
    assert serial["managedObject"]["id"] == str(ids["Press 01"])
    # The same fleet again is left alone; a changed one is loaded beside it.
    assert seed_fleet(app, load_fleet_file(path))["created"] is False
    changed = validate_fleet({"devices": [{"name": "Extra"}]})
    assert seed_fleet(app, changed)["created"] is True


@pytest.mark.parametrize(
    ("document", "needle"),
    [
        ([], "a fleet is a JSON object, got list"),
        ({"devices": [], "sites": []}, "unknown members sites"),
        ({"groups": {}}, "groups must be a list, got dict"),
        ({"devices": ["x"]}, "devices[0] must be an object, got str"),
        ({"devices": [{"type": "x"}]}, "devices[0].name must be a non-empty string, got None"),
        ({"groups": [{"name": "a"}, {"name": "a"}]}, "groups[1].name: 'a' is used twice"),
        ({"devices": [{"name": "a", "id": "7"}]}, "devices[0] (a): the platform sets id"),
        (
            {"devices": [{"name": "a", "childDevices": {}}]},
            "devices[0] (a): the platform sets childDevices",
        ),
        ({"devices": [{"name": "a", "group": "g"}]}, "devices[0].group: no group is named 'g'"),
        ({"devices": [{"name": "a", "group": 3}]}, "devices[0].group must be a name (string)"),
        (
            {"devices": [{"name": "a", "parent": "b"}, {"name": "b"}]},
            "devices[0].parent: no earlier entry of devices is named 'b'",
        ),
    ],
)
def test_invalid_fleets_are_refused_naming_the_problem(document: Any, needle: str) -> None:
    with pytest.raises(FleetError) as raised:
        validate_fleet(document, "my.json")
    assert str(raised.value).startswith("my.json: ")
    assert needle in str(raised.value)


def test_unreadable_and_malformed_fleet_files(tmp_path: Path) -> None:
    with pytest.raises(FleetError, match="cannot read the fleet file"):
        load_fleet_file(tmp_path / "missing.json")
    broken = tmp_path / "broken.json"
    broken.write_text("{")
    with pytest.raises(FleetError, match=r"broken\.json: not valid JSON"):
        load_fleet_file(broken)
    assert fleet_from_option("demo") is DEMO_FLEET


async def test_a_fleet_the_database_refuses_stores_nothing(app: EmulatorApp) -> None:
    seed_demo_fleet(app)
    clash = validate_fleet(
        {
            "devices": [
                {"name": "new"},
                {"name": "b", "externalIds": [{"type": "c8y_Serial", "externalId": "TX2-0001"}]},
            ]
        },
        "clash.json",
    )
    with pytest.raises(FleetError, match=r"clash.json: devices\[1\] \(b\): External id"):
        seed_fleet(app, clash)
    async with asgi_client(app) as http:
        page = await http.get("/inventory/managedObjects", params={"withTotalElements": "true"})
    assert page.json()["statistics"]["totalElements"] == 8


def test_cli_reports_a_taken_port(capsys: pytest.CaptureFixture[str]) -> None:
    with Emulator() as emulator:
        status = main(["--port", str(emulator.port), "--database", ":memory:"])
    assert status == 1
    assert f"cannot listen on 127.0.0.1:{emulator.port}" in capsys.readouterr().err
