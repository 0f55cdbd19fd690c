"""Feature toggles: the withChildren default of the inventory and the /features endpoints."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest

from c8y_emulator import EmulatorApp, create_app
from c8y_emulator.features import INVENTORY_WITHOUT_CHILDREN
from c8y_emulator.testing import asgi_client

MOS = "/inventory/managedObjects"
TOGGLE = f"/features/{INVENTORY_WITHOUT_CHILDREN}"


async def _family(client: httpx.AsyncClient) -> tuple[str, str]:
    """A group with one child asset; returns (group id, child id)."""
    group = (await client.post(MOS, json={"name": "g", "c8y_IsDeviceGroup": {}})).json()["id"]
    child = (await client.post(MOS, json={"name": "kid"})).json()["id"]
    response = await client.post(
        f"{MOS}/{group}/childAssets", json={"managedObject": {"id": child}}
    )
    assert response.status_code == 201, response.text
    return str(group), str(child)


def _children(document: dict[str, object]) -> list[str]:
    fragment = document["childAssets"]
    assert isinstance(fragment, dict)
    return [ref["managedObject"]["id"] for ref in fragment["references"]]


async def _listed(client: httpx.AsyncClient, group: str, **params: str) -> list[str]:
    one = (await client.get(f"{MOS}/{group}", params=params)).json()
    page = (await client.get(MOS, params={"ids": group, **params})).json()
    assert _children(page["managedObjects"][0]) == _children(one)
    return _children(one)


async def test_children_are_listed_by_default_with_the_toggle_off(
    any_client: httpx.AsyncClient,
) -> None:
    group, child = await _family(any_client)
    assert await _listed(any_client, group) == [child]
    assert await _listed(any_client, group, withChildren="false") == []
    assert await _listed(any_client, group, withChildren="true") == [child]
    # The answers of writes follow the same default.
    updated = await any_client.put(
        f"{MOS}/{group}", json={"note": 1}, headers={"Accept": "application/json"}
    )
    assert _children(updated.json()) == [child]


async def test_the_toggle_set_at_start_hides_children_unless_asked() -> None:
    async with asgi_client(feature_toggles={INVENTORY_WITHOUT_CHILDREN: True}) as client:
        group, child = await _family(client)
        assert await _listed(client, group) == []
        assert await _listed(client, group, withChildren="true") == [child]
        feature = (await client.get(TOGGLE)).json()
        assert feature == {
            "key": INVENTORY_WITHOUT_CHILDREN,
            "phase": "GENERALLY_AVAILABLE",
            "active": True,
            "strategy": "DEFAULT",
        }


async def test_a_tenant_override_switches_the_default_until_removed(
    app: EmulatorApp, client: httpx.AsyncClient
) -> None:
    group, child = await _family(client)
    assert (await client.get("/features")).json() == [
        {
            "key": INVENTORY_WITHOUT_CHILDREN,
            "phase": "GENERALLY_AVAILABLE",
            "active": False,
            "strategy": "DEFAULT",
        }
    ]
    assert (await client.get(f"{TOGGLE}/by-tenant")).json() == []

    response = await client.put(f"{TOGGLE}/by-tenant", json={"active": True})
    assert (response.status_code, response.content) == (200, b"")
    assert await _listed(client, group) == []
    assert (await client.get(TOGGLE)).json()["strategy"] == "TENANT"
    assert (await client.get(f"{TOGGLE}/by-tenant")).json() == [
        {"tenantId": app.tenant_id, "active": True}
    ]

    assert (await client.delete(f"{TOGGLE}/by-tenant")).status_code == 200
    assert await _listed(client, group) == [child]

    named = f"{TOGGLE}/by-tenant/{app.tenant_id}"
    assert (await client.put(named, json={"active": True})).status_code == 200
    assert await _listed(client, group) == []
    assert (await client.delete(named)).status_code == 200
    assert (await client.get(TOGGLE)).json()["active"] is False


@pytest.mark.parametrize(
    ("method", "path", "body", "status", "needle"),
    [
        ("GET", "/features/core.no.such.toggle", None, 404, "core.no.such.toggle"),
        ("GET", "/features/core.no.such.toggle/by-tenant", None, 404, "core.no.such.toggle"),
        ("PUT", "/features/core.no.such.toggle/by-tenant", {"active": True}, 404, "core.no"),
        ("PUT", f"{TOGGLE}/by-tenant/t999", {"active": True}, 404, "t999"),
        ("DELETE", f"{TOGGLE}/by-tenant/t999", None, 404, "t999"),
        ("PUT", f"{TOGGLE}/by-tenant", {"active": "yes"}, 422, "active"),
        ("PUT", f"{TOGGLE}/by-tenant", {"active": True, "x": 1}, 422, "active"),
    ],
)
async def test_bad_toggle_requests_are_refused_by_name(
    client: httpx.AsyncClient,
    method: str,
    path: str,
    body: object,
    status: int,
    needle: str,
) -> None:
    response = await client.request(method, path, json=body)
    assert response.status_code == status, response.text
    assert response.json()["error"].startswith("featureToggle/")
    assert needle in response.json()["message"]
    assert (await client.get(TOGGLE)).json()["strategy"] == "DEFAULT"


def test_an_unknown_toggle_in_the_settings_is_refused() -> None:
    with pytest.raises(ValueError, match=r"core\.nope"):
        create_app(feature_toggles={"core.nope": True})


@contextmanager
def _cli(*args: str, env: dict[str, str]) -> Iterator[httpx.Client]:
    process = subprocess.Popen(
        [sys.executable, "-m", "c8y_emulator", "--port", "0", "--database", ":memory:", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1", **env},
    )
    try:
        assert process.stdout is not None
        first_line = process.stdout.readline()
        assert "serving http://127.0.0.1:" in first_line, first_line
        base_url = first_line.split("serving ", 1)[1].strip()
        with httpx.Client(base_url=base_url, auth=("admin", "admin"), timeout=10) as http:
            # The line is printed before uvicorn listens on the bound socket: wait for it.
            deadline = time.monotonic() + 10
            while True:
                try:
                    http.get("/user/currentUser")
                    break
                except httpx.ConnectError:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.05)
            yield http
    finally:
        process.send_signal(signal.SIGTERM)
        process.communicate(timeout=10)


@pytest.mark.parametrize(
    ("args", "env", "active"),
    [
        ((), {}, False),
        (("--inventory-without-children",), {}, True),
        ((), {"C8Y_EMULATOR_INVENTORY_WITHOUT_CHILDREN": "true"}, True),
        (
            ("--no-inventory-without-children",),
            {"C8Y_EMULATOR_INVENTORY_WITHOUT_CHILDREN": "1"},
            False,
        ),
    ],
)
def test_the_command_line_and_the_environment_set_the_toggle(
    args: tuple[str, ...], env: dict[str, str], active: bool
) -> None:
    with _cli(*args, env={"C8Y_EMULATOR_INVENTORY_WITHOUT_CHILDREN": "", **env}) as http:
        assert http.get(TOGGLE).json()["active"] is active


def test_the_command_line_refuses_a_malformed_environment_value() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "c8y_emulator", "--port", "0", "--database", ":memory:"],
        capture_output=True,
        text=True,
        env={**os.environ, "C8Y_EMULATOR_INVENTORY_WITHOUT_CHILDREN": "perhaps"},
        timeout=30,
        check=False,
    )
    assert result.returncode == 2
    assert (
        "environment variable C8Y_EMULATOR_INVENTORY_WITHOUT_CHILDREN: expected true or false"
        in (result.stderr)
    )
