"""Fixtures: the emulator on a loopback socket and the published ``c8y_api`` client on it.

``c8y_api`` is synchronous and talks through ``requests``, so it needs a real socket: every test
gets a fresh in-memory emulator served by uvicorn on 127.0.0.1 (:class:`c8y_emulator.Emulator`).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from c8y_api import CumulocityApi

from c8y_emulator import Emulator


@pytest.fixture
def emulator() -> Iterator[Emulator]:
    """A fresh emulator (default settings) on a free loopback port."""
    with Emulator() as served:
        yield served


@pytest.fixture
def c8y(emulator: Emulator) -> CumulocityApi:
    """``c8y_api``'s main API object logged in as the emulator's user."""
    return CumulocityApi(
        emulator.base_url, emulator.tenant_id, emulator.username, emulator.password
    )
