"""pytest fixtures for code that talks to Cumulocity: the emulator in-process or on loopback.

Installed with the package, pytest loads this plugin through the ``pytest11`` entry point
``c8y_emulator.pytest_plugin`` (turn it off with ``-p no:c8y_emulator.pytest_plugin``).

Fixtures:

- ``c8y_emulator``: a fresh in-memory [`EmulatorApp`][c8y_emulator.EmulatorApp] per test.
- ``c8y_client``: an entered [`CumulocityClient`][c8y_objects.CumulocityClient] on ``c8y_emulator``,
  in-process through ``httpx.ASGITransport`` (no socket). Async: needs pytest-asyncio.
- ``c8y_faults``: a [`FaultHelper`][c8y_emulator.testing.FaultHelper] on ``c8y_emulator``.
- ``c8y_loopback_server``: one [`Emulator`][c8y_emulator.Emulator] per session, served by uvicorn on
  a free port of 127.0.0.1, stopped at the end of the session.
- ``c8y_loopback``: that server, reset before the test (no data, faults or logged requests).
- ``c8y_loopback_client``: an entered ``CumulocityClient`` on ``c8y_loopback`` (async).
- ``c8y_tenants``: a [`TenantDispatcher`][c8y_emulator.tenants.TenantDispatcher] per test: a
  management tenant ``management`` and the tenants of ``c8y_tenant_ids`` (``t100``, ``t200``)
  behind one ASGI app, each request routed by its credentials (microservices, subscriptions).

Override ``c8y_emulator_options`` (session scope: ``tenant_id``, ``username``, ``password``) to
change the emulated credentials, and ``c8y_client_options`` for more keyword arguments of the
clients (``retry_sleep``, ``timeout``, ...).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar, cast

import pytest

if TYPE_CHECKING:
    from c8y_emulator import Emulator, EmulatorApp
    from c8y_emulator.tenants import TenantDispatcher
    from c8y_emulator.testing import FaultHelper
    from c8y_objects import CumulocityClient

_Fixture = TypeVar("_Fixture", bound=Callable[..., Any])


def _missing_pytest_asyncio(function: _Fixture) -> _Fixture:
    """Stand in for an async fixture when pytest-asyncio is absent: fail naming what is missing."""

    @pytest.fixture(name=function.__name__)
    def missing() -> None:
        pytest.fail(f"the fixture {function.__name__} is async: install pytest-asyncio")

    return cast("_Fixture", missing)


_async_fixture: Callable[[_Fixture], _Fixture]
try:
    import pytest_asyncio

    _async_fixture = cast("Callable[[_Fixture], _Fixture]", pytest_asyncio.fixture)
except ImportError:  # pragma: no cover - only without pytest-asyncio
    _async_fixture = _missing_pytest_asyncio


@pytest.fixture(scope="session")
def c8y_emulator_options() -> dict[str, str]:
    """Tenant id, user name and password of the emulators the fixtures create."""
    return {"tenant_id": "t12345", "username": "admin", "password": "admin"}


@pytest.fixture
def c8y_client_options() -> dict[str, Any]:
    """Extra keyword arguments of the ``CumulocityClient`` fixtures (none by default)."""
    return {}


@pytest.fixture
def c8y_emulator(c8y_emulator_options: dict[str, str]) -> Iterator[EmulatorApp]:
    """A fresh in-memory emulator app, closed after the test."""
    from c8y_emulator import create_app

    options = c8y_emulator_options
    app = create_app(":memory:", options["tenant_id"], options["username"], options["password"])
    yield app
    app.close()


@pytest.fixture(scope="session")
def c8y_tenant_ids() -> tuple[str, ...]:
    """The tenants ``c8y_tenants`` serves beside the management tenant."""
    return ("t100", "t200")


@pytest.fixture
def c8y_tenants(
    c8y_emulator_options: dict[str, str], c8y_tenant_ids: tuple[str, ...]
) -> Iterator[TenantDispatcher]:
    """A management tenant and further tenants in memory behind one ASGI app, closed after."""
    from c8y_emulator.tenants import create_tenants

    options = c8y_emulator_options
    dispatcher = create_tenants(
        ":memory:",
        "management",
        c8y_tenant_ids,
        options["username"],
        options["password"],
    )
    yield dispatcher
    dispatcher.close()


@pytest.fixture
def c8y_faults(c8y_emulator: EmulatorApp) -> FaultHelper:
    """Fault injection and the request log of ``c8y_emulator``."""
    from c8y_emulator.testing import FaultHelper

    return FaultHelper(c8y_emulator)


def _client(base_url: str, app: EmulatorApp, options: dict[str, Any]) -> CumulocityClient:
    try:
        from c8y_objects import CumulocityClient
    except ImportError as exc:  # pragma: no cover - c8y_objects ships in the same package
        pytest.fail(f"the c8y_client fixtures need c8y_objects: {exc}")
    arguments: dict[str, Any] = {
        "base_url": base_url,
        "tenant_id": app.tenant_id,
        "username": app.username,
        "password": app.password,
        **options,
    }
    return CumulocityClient(**arguments)


@_async_fixture
async def c8y_client(
    c8y_emulator: EmulatorApp, c8y_client_options: dict[str, Any]
) -> AsyncIterator[CumulocityClient]:
    """A ``CumulocityClient`` on ``c8y_emulator`` in-process (``transport=ASGITransport``)."""
    import httpx

    from c8y_emulator.testing import IN_PROCESS_BASE_URL

    options = {"transport": httpx.ASGITransport(app=c8y_emulator), **c8y_client_options}
    async with _client(IN_PROCESS_BASE_URL, c8y_emulator, options) as client:
        yield client


@pytest.fixture(scope="session")
def c8y_loopback_server(c8y_emulator_options: dict[str, str]) -> Iterator[Emulator]:
    """One emulator on a free port of 127.0.0.1 for the whole session."""
    from c8y_emulator import Emulator

    options = c8y_emulator_options
    with Emulator(
        ":memory:",
        options["tenant_id"],
        options["username"],
        options["password"],
        host="127.0.0.1",
        port=0,
    ) as emulator:
        yield emulator


@pytest.fixture
def c8y_loopback(c8y_loopback_server: Emulator) -> Emulator:
    """The session's loopback emulator, reset for this test (``POST /_emulator/reset``)."""
    c8y_loopback_server.reset()
    return c8y_loopback_server


@_async_fixture
async def c8y_loopback_client(
    c8y_loopback: Emulator, c8y_client_options: dict[str, Any]
) -> AsyncIterator[CumulocityClient]:
    """A ``CumulocityClient`` on the loopback emulator, over a real socket."""
    async with _client(c8y_loopback.base_url, c8y_loopback.app, c8y_client_options) as client:
        yield client
