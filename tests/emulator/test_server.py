"""The loopback server: start/stop in both context manager styles, port handling."""

from __future__ import annotations

import socket

import httpx
import pytest

from c8y_emulator import Emulator


def _port_is_free(port: int) -> bool:
    with socket.socket() as probe:
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def test_sync_context_manager_serves_and_frees_the_port() -> None:
    with Emulator(tenant_id="t777", username="u", password="p") as emulator:
        assert emulator.base_url.startswith("http://127.0.0.1:")
        port = emulator.port
        assert port != 0
        response = httpx.get(emulator.base_url + "/tenant/currentTenant", auth=("t777/u", "p"))
        assert response.json()["name"] == "t777"
    assert _port_is_free(port)
    with pytest.raises(RuntimeError):
        _ = emulator.base_url


async def test_async_context_manager() -> None:
    async with (
        Emulator() as emulator,
        httpx.AsyncClient(base_url=emulator.base_url, auth=("admin", "admin")) as http,
    ):
        assert (await http.get("/user/currentUser")).status_code == 200
    assert _port_is_free(emulator.port)


def test_explicit_start_stop_and_restart_on_the_same_port() -> None:
    emulator = Emulator().start()
    port = emulator.port
    emulator.stop()
    emulator.stop()  # idempotent
    again = Emulator(port=port).start()
    try:
        assert again.port == port
        assert httpx.get(again.base_url + "/user/currentUser", auth=("admin", "admin")).is_success
    finally:
        again.stop()


def test_starting_on_a_taken_port_fails_cleanly() -> None:
    with Emulator() as first, pytest.raises(OSError, match="in use"):
        Emulator(port=first.port).start()
