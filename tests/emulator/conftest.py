"""Fixtures: the emulator in-process (httpx.ASGITransport) and on loopback (uvicorn)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from c8y_emulator import Emulator, EmulatorApp, create_app
from c8y_emulator.testing import asgi_client
from tests.emulator.helpers import served_client


@pytest.fixture
def app() -> Iterator[EmulatorApp]:
    """A fresh in-memory emulator app."""
    emulator_app = create_app()
    yield emulator_app
    emulator_app.close()


@pytest.fixture
async def client(app: EmulatorApp) -> AsyncIterator[httpx.AsyncClient]:
    """An authenticated client talking to ``app`` in-process."""
    async with asgi_client(app) as http:
        yield http


@pytest.fixture
def server(app: EmulatorApp) -> Iterator[Emulator]:
    """``app`` served on a free loopback port."""
    with Emulator(app=app) as emulator:
        yield emulator


@pytest.fixture(params=["asgi", "loopback"])
async def any_client(
    request: pytest.FixtureRequest, app: EmulatorApp
) -> AsyncIterator[httpx.AsyncClient]:
    """An authenticated client, once in-process and once over a loopback socket."""
    if request.param == "asgi":
        async with asgi_client(app) as http:
            yield http
        return
    async with served_client(app) as http:
        yield http
