"""The pytest plugin (c8y_emulator.pytest_plugin): its fixtures, used here and by inner sessions."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

import httpx
import pytest

from c8y_emulator import Emulator, EmulatorApp
from c8y_emulator.testing import FaultHelper
from c8y_objects import ConflictError, CumulocityClient, ManagedObject

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parents[2]
PLUGIN = "c8y_emulator.pytest_plugin"


async def test_c8y_client_talks_to_c8y_emulator_in_process(
    c8y_client: CumulocityClient, c8y_emulator: EmulatorApp
) -> None:
    created = await ManagedObject(c8y_client, name="in-process", type="plugin_T").create()
    assert c8y_client.base_url == "http://emulator.local"
    assert (c8y_client.tenant_id, c8y_client.username) == ("t12345", "admin")
    log = c8y_emulator.controls.requests()
    assert [(entry["method"], entry["path"], entry["status"]) for entry in log] == [
        ("POST", "/inventory/managedObjects", 201)
    ]
    fetched = await c8y_client.inventory.get(created.id or "")
    assert fetched.name == "in-process"


async def test_c8y_faults_reach_the_sdk(
    c8y_client: CumulocityClient, c8y_faults: FaultHelper
) -> None:
    fault = c8y_faults.status("^/inventory/managedObjects$", 409, method="POST")
    assert fault["status"] == 409
    assert c8y_faults.armed() == [fault]
    with pytest.raises(ConflictError):
        await ManagedObject(c8y_client, name="refused").create()
    assert c8y_faults.armed() == []
    await ManagedObject(c8y_client, name="accepted").create()
    assert [entry["status"] for entry in c8y_faults.requests()] == [409, 201]


def test_the_fault_shortcuts_arm_their_kind(c8y_faults: FaultHelper) -> None:
    c8y_faults.delay("a", 0.5, method="GET", count=2)
    c8y_faults.drop("b")
    c8y_faults.truncate("c", count=-1)
    c8y_faults.status(retry_after=4)
    armed = [
        (f["path"], f["kind"], f["method"], f["count"], f["delay"], f["status"], f["retry_after"])
        for f in c8y_faults.armed()
    ]
    assert armed == [
        ("a", "delay", "GET", 2, 0.5, 500, None),
        ("b", "drop", None, 1, 0.0, 500, None),
        ("c", "truncate", None, -1, 0.0, 500, None),
        (".*", "status", None, 1, 0.0, 500, 4.0),
    ]
    c8y_faults.clear()
    assert c8y_faults.armed() == []


async def test_c8y_loopback_client_goes_over_a_socket(
    c8y_loopback_client: CumulocityClient, c8y_loopback: Emulator
) -> None:
    assert c8y_loopback_client.base_url == c8y_loopback.base_url
    assert c8y_loopback.base_url.startswith("http://127.0.0.1:")
    created = await ManagedObject(c8y_loopback_client, name="over loopback").create()
    async with httpx.AsyncClient(base_url=c8y_loopback.base_url, auth=("admin", "admin")) as http:
        response = await http.get(f"/inventory/managedObjects/{created.id}")
    assert response.json()["name"] == "over loopback"


_INNER_CONFTEST = """
import pytest

@pytest.fixture(scope="session")
def c8y_emulator_options():
    return {"tenant_id": "t9", "username": "alice", "password": "s3cret"}
"""

_INNER_TESTS = """
import httpx
import pytest

from c8y_objects import ManagedObject

PORTS = []


@pytest.mark.asyncio
async def test_in_process(c8y_client, c8y_emulator):
    obj = await ManagedObject(c8y_client, name="inner").create()
    assert obj.id == "10001"
    assert (c8y_emulator.tenant_id, c8y_client.username) == ("t9", "alice")


def test_loopback_first(c8y_loopback):
    PORTS.append(c8y_loopback.port)
    auth = ("t9/alice", "s3cret")
    url = c8y_loopback.base_url + "/inventory/managedObjects"
    assert httpx.post(url, json={"name": "left behind"}, auth=auth).status_code == 201
    c8y_loopback.add_fault("nothing")


def test_loopback_second_starts_clean(c8y_loopback):
    PORTS.append(c8y_loopback.port)
    auth = ("t9/alice", "s3cret")
    url = c8y_loopback.base_url + "/inventory/managedObjects"
    assert httpx.get(url, auth=auth).json()["managedObjects"] == []
    assert c8y_loopback.faults() == []
    assert PORTS[0] == PORTS[1]  # one server per session


@pytest.mark.asyncio
async def test_loopback_client(c8y_loopback_client):
    obj = await ManagedObject(c8y_loopback_client, name="x").create()
    assert obj.id == "10001"  # reset before this test as well
"""


def test_inner_session_in_strict_asyncio_mode(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(_INNER_CONFTEST)
    pytester.makepyfile(test_inner=_INNER_TESTS)
    result = pytester.runpytest_inprocess(
        "-p",
        PLUGIN,
        "-o",
        "asyncio_mode=strict",
        "-o",
        "asyncio_default_fixture_loop_scope=function",
    )
    result.assert_outcomes(passed=4)


def test_entry_point_and_dash_p_register_the_plugin_once(tmp_path: Path) -> None:
    """An installed wheel's entry point plus our `-p` addopts: one registration, no error."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    entry_points = project["project"]["entry-points"]["pytest11"]
    assert entry_points == {PLUGIN: PLUGIN}
    assert f"-p {PLUGIN}" in project["tool"]["pytest"]["ini_options"]["addopts"]
    # A fake installed distribution that declares the same entry point as the wheel.
    site = tmp_path / "site"
    dist_info = site / "c8y_plugin_probe-1.0.dist-info"
    dist_info.mkdir(parents=True)
    (dist_info / "METADATA").write_text("Metadata-Version: 2.1\nName: c8y-plugin-probe\n")
    (dist_info / "entry_points.txt").write_text(f"[pytest11]\n{PLUGIN} = {PLUGIN}\n")
    tests = tmp_path / "tests"
    tests.mkdir()
    (tests / "test_probe.py").write_text(
        textwrap.dedent(
            f"""
            def test_registered_once(pytestconfig, c8y_emulator):
                manager = pytestconfig.pluginmanager
                plugins = [
                    p for p in manager.get_plugins() if getattr(p, "__name__", "") == "{PLUGIN}"
                ]
                assert len(plugins) == 1
                assert manager.get_plugin("{PLUGIN}") is plugins[0]
                pairs = manager.list_plugin_distinfo()
                sources = [d.project_name for p, d in pairs if p is plugins[0]]
                assert sources == ["c8y-plugin-probe"]
                assert c8y_emulator.tenant_id == "t12345"
            """
        )
    )
    path = os.pathsep.join([str(site), str(ROOT), str(ROOT / "generated")])
    env = {**os.environ, "PYTHONPATH": path}
    # The -p loads the plugin through the (fake) entry point; the general entry point loading
    # then finds it registered. Unrelated heavy plugins stay off to keep the run short.
    quiet = ["-p", "no:cacheprovider", "-p", "no:hypothesispytest", "-p", "no:schemathesis"]
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", *quiet, "-p", PLUGIN, str(tests)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout


def test_without_pytest_asyncio_the_async_fixtures_say_what_is_missing(tmp_path: Path) -> None:
    (tmp_path / "test_probe.py").write_text(
        "def test_needs_client(c8y_client):\n    pass\n\n"
        "def test_sync_fixtures_still_work(c8y_emulator, c8y_faults):\n"
        "    assert c8y_faults.armed() == []\n"
    )
    # A package of that name first on the path that fails to import, as if it were absent.
    shadow = tmp_path / "shadow" / "pytest_asyncio"
    shadow.mkdir(parents=True)
    (shadow / "__init__.py").write_text("raise ImportError('pytest-asyncio is not installed')\n")
    path = os.pathsep.join([str(shadow.parent), str(ROOT), str(ROOT / "generated")])
    options = ["-q", "-p", "no:cacheprovider", "-p", "no:asyncio", "-p", "no:hypothesispytest"]
    result = subprocess.run(
        [sys.executable, "-m", "pytest", *options, "-p", "no:schemathesis", "-p", PLUGIN],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": path},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "the fixture c8y_client is async: install pytest-asyncio" in result.stdout
    assert "1 passed, 1 error" in result.stdout  # a fixture failing at setup: an error
