"""Shared fixtures of the object-model tests.

- `emulator_app`: a fresh in-memory emulator (ASGI app) per test: the plugin's `c8y_emulator`.
- `c8y`: an entered `CumulocityClient` talking to `emulator_app` in-process: the plugin's
  `c8y_client`, with `retry_sleep` from `c8y_client_options`.
- `loopback`: one emulator per test module, served by uvicorn on 127.0.0.1.
- `loopback_client`: a fresh entered `CumulocityClient` to `loopback`, with the emulator's
  fault list and request log cleared.
- `api`: `c8y`, then `loopback_client` (a test that takes it runs once with each).
- `retry_sleeps`: the waits the retry transport asked for (clients here never really sleep).
- `mock_c8y`: an entered client on `httpx.MockTransport`, answered by the `recorder` fixture,
  which every module that uses `mock_c8y` defines for itself.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

import pytest

from c8y_objects.client import CumulocityClient
from tests.objects.contract import violations
from tests.objects.mocks import Handler, mock_client

if TYPE_CHECKING:
    from c8y_emulator import Emulator, EmulatorApp

TENANT = "t12345"
USERNAME = "admin"
PASSWORD = "admin"
ASGI_BASE_URL = "http://emulator"


class RecordingSleep:
    """A stand-in for `asyncio.sleep` that records the waits and returns at once."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


@pytest.fixture
def retry_sleeps() -> RecordingSleep:
    return RecordingSleep()


def check_request_contract(request: pytest.FixtureRequest, entries: list[dict[str, Any]]) -> None:
    """Fail the test if it sent a request that is not an operation of the spec (contract.py)."""
    if request.node.get_closest_marker("raw_requests") is not None:
        return
    problems = violations(entries)
    if problems:
        pytest.fail("requests outside the spec:\n" + "\n".join(problems), pytrace=False)


@pytest.fixture
def c8y_client_options(retry_sleeps: RecordingSleep) -> dict[str, Any]:
    """The plugin's clients here: a recorded retry sleep, the in-process base URL of old."""
    return {"retry_sleep": retry_sleeps, "base_url": ASGI_BASE_URL}


@pytest.fixture
def emulator_app(
    c8y_emulator: EmulatorApp, request: pytest.FixtureRequest
) -> Iterator[EmulatorApp]:
    """The plugin's in-process emulator (c8y_emulator.pytest_plugin), request contract checked."""
    yield c8y_emulator
    check_request_contract(request, c8y_emulator.request_log.entries())


@pytest.fixture
def c8y(c8y_client: CumulocityClient, emulator_app: EmulatorApp) -> CumulocityClient:
    """The plugin's in-process client on `emulator_app`."""
    return c8y_client


@pytest.fixture(scope="module")
def loopback() -> Iterator[Emulator]:
    from c8y_emulator import Emulator

    with Emulator(
        database=":memory:",
        tenant_id=TENANT,
        username=USERNAME,
        password=PASSWORD,
        host="127.0.0.1",
        port=0,
    ) as emulator:
        yield emulator


@pytest.fixture
async def loopback_client(
    loopback: Emulator, retry_sleeps: RecordingSleep, request: pytest.FixtureRequest
) -> AsyncIterator[CumulocityClient]:
    client = CumulocityClient(
        base_url=loopback.base_url,
        tenant_id=TENANT,
        username=USERNAME,
        password=PASSWORD,
        retry_sleep=retry_sleeps,
    )
    async with client:
        await client.http.delete("/_emulator/faults")
        await client.http.delete("/_emulator/requests")
        yield client
        entries = (await client.http.get("/_emulator/requests")).json()["requests"]
    check_request_contract(request, entries)


@pytest.fixture(params=["in-process", "loopback"])
def api(request: pytest.FixtureRequest) -> CumulocityClient:
    """The client under test: to the in-process emulator, then to the loopback one."""
    name = "c8y" if request.param == "in-process" else "loopback_client"
    client: CumulocityClient = request.getfixturevalue(name)
    return client


@pytest.fixture
async def mock_c8y(recorder: Handler) -> AsyncIterator[CumulocityClient]:
    async with mock_client(recorder) as client:
        yield client
