"""Helpers shared by the emulator tests: managed objects, loopback clients, a killable process,
TOTP codes, waiting for a condition."""

from __future__ import annotations

import asyncio
import base64
import hmac
import os
import signal
import struct
import subprocess
import sys
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Any

import httpx

from c8y_emulator import Emulator, EmulatorApp
from c8y_emulator.testing import basic_auth


async def new_object(client: httpx.AsyncClient, name: str, **fragments: Any) -> str:
    """Create a managed object with this name and these fragments; return its id."""
    response = await client.post("/inventory/managedObjects", json={"name": name, **fragments})
    assert response.status_code == 201
    return str(response.json()["id"])


@asynccontextmanager
async def served_client(app: EmulatorApp, **options: Any) -> AsyncIterator[httpx.AsyncClient]:
    """Serve `app` on a free loopback port; yield a client with its credentials.

    `options` go to `httpx.AsyncClient` (limits, timeout, ...).
    """
    async with (
        Emulator(app=app) as emulator,
        httpx.AsyncClient(base_url=emulator.base_url, auth=basic_auth(app), **options) as http,
    ):
        yield http


@contextmanager
def emulator_process(database: str) -> Iterator[httpx.Client]:
    """Run `python -m c8y_emulator` on `database`; yield a client to it (as admin).

    On exit the process gets SIGKILL, so it never shuts down cleanly.
    """
    process = subprocess.Popen(
        [sys.executable, "-m", "c8y_emulator", "--port", "0", "--database", database],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert process.stdout is not None
        first_line = process.stdout.readline()
        assert "serving http://127.0.0.1:" in first_line, first_line
        base_url = first_line.split("serving ", 1)[1].strip()
        with httpx.Client(base_url=base_url, auth=("admin", "admin"), timeout=10) as http:
            yield http
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(10)
        if process.stdout is not None:
            process.stdout.close()


def app_code(secret: str, now: float) -> str:
    """The code an authenticator app shows for a base32 ``secret`` at ``now`` (RFC 6238).

    Written apart from the emulator's check, so that the two keep each other honest.
    """
    key = base64.b32decode(secret + "=" * (-len(secret) % 8))
    mac = hmac.new(key, struct.pack(">Q", int(now // 30)), "sha1").digest()
    start = mac[19] & 15
    return str((struct.unpack(">I", mac[start : start + 4])[0] & 0x7FFFFFFF) % 10**6).zfill(6)


async def settle(condition: Callable[[], object], seconds: float = 10.0) -> None:
    """Wait until `condition()` is true, polling; fail the test after `seconds`.

    For what another task or thread finishes on its own time (an acknowledgement reaching the
    server, a connection being registered): a fixed sleep passes on an idle machine and fails on
    a loaded one.
    """
    loop = asyncio.get_running_loop()
    deadline = loop.time() + seconds
    while not condition():
        if loop.time() > deadline:
            raise AssertionError(f"not settled within {seconds} s")
        await asyncio.sleep(0.02)
