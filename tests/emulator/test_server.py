"""The loopback server: start/stop in both context manager styles, port handling."""

from __future__ import annotations

import socket
from typing import Any

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


@pytest.mark.parametrize("http", ["h11", "httptools"])
def test_uvicorn_still_hands_the_app_its_socket_transport(http: str) -> None:
    """Pins the uvicorn internal that `_transport` reads (drop and truncate faults need it)."""
    if http == "httptools":
        pytest.importorskip("httptools", reason="uvicorn uses httptools only when installed")
    import asyncio
    import threading

    import uvicorn

    from c8y_emulator.app import _transport

    seen: list[object] = []

    async def probe(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        transport = _transport(send)
        seen.append(transport)
        peer = transport.get_extra_info("peername") if transport is not None else None
        body = str(peer[1] if peer else "none").encode()
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": body})

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(probe, lifespan="off", log_level="warning", http=http))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        while not server.started:
            thread.join(0.01)
        with httpx.Client(base_url=f"http://127.0.0.1:{sock.getsockname()[1]}") as client:
            response = client.get("/")
            local = response.extensions["network_stream"].get_extra_info("client_addr")
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()
    assert len(seen) == 1
    assert isinstance(seen[0], asyncio.Transport)
    # It is the connection's own transport: its peer is the client's socket.
    assert response.text == str(local[1])
