"""Helpers for tests that talk to the emulator (importable by the SDK's tests too).

``asgi_client`` gives an authenticated ``httpx.AsyncClient`` wired to an in-process app;
``running_emulator`` a started [`Emulator`][c8y_emulator.Emulator] on loopback;
[`FaultHelper`][c8y_emulator.testing.FaultHelper] arms faults on either. The pytest fixtures
built on them are in [`c8y_emulator.pytest_plugin`][c8y_emulator.pytest_plugin].
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Any

import httpx

from c8y_emulator.app import EmulatorApp, create_app
from c8y_emulator.control import Controls
from c8y_emulator.server import Emulator

IN_PROCESS_BASE_URL = "http://emulator.local"


def basic_auth(app: EmulatorApp | Emulator, *, with_tenant: bool = True) -> httpx.BasicAuth:
    """Return Basic credentials for ``app`` (``<tenant>/<user>`` unless ``with_tenant=False``)."""
    user = f"{app.tenant_id}/{app.username}" if with_tenant else app.username
    return httpx.BasicAuth(user, app.password)


@asynccontextmanager
async def asgi_client(
    app: EmulatorApp | None = None,
    *,
    base_url: str = IN_PROCESS_BASE_URL,
    authenticated: bool = True,
    **app_kwargs: Any,
) -> AsyncIterator[httpx.AsyncClient]:
    """Yield an ``httpx.AsyncClient`` talking to an emulator app in-process.

    Args:
        app: The app; a new in-memory one (from ``app_kwargs``) when None.
        base_url: Base URL the client uses (the app builds its links from it).
        authenticated: Send the app's Basic credentials with every request.
        **app_kwargs: Arguments of [`create_app`][c8y_emulator.create_app] for a new app.
    """
    own = app is None
    target = app if app is not None else create_app(**app_kwargs)
    auth = basic_auth(target) if authenticated else None
    transport = httpx.ASGITransport(app=target)
    try:
        async with httpx.AsyncClient(transport=transport, base_url=base_url, auth=auth) as client:
            yield client
    finally:
        if own:
            target.close()


@contextmanager
def running_emulator(**kwargs: Any) -> Iterator[Emulator]:
    """Start an [`Emulator`][c8y_emulator.Emulator] on a free loopback port; stop it afterwards."""
    with Emulator(**kwargs) as emulator:
        yield emulator


class FaultHelper:
    """Arms faults on one emulator and reads its request log (see `c8y_emulator.faults`).

    The shortcuts name the kind of fault; every one takes the path regex first and returns the
    armed fault as the control API shows it.

    Args:
        target: The app, or a started [`Emulator`][c8y_emulator.Emulator].
    """

    def __init__(self, target: EmulatorApp | Emulator) -> None:
        self._target = target

    @property
    def _controls(self) -> Controls:
        app = self._target.app if isinstance(self._target, Emulator) else self._target
        return app.controls

    def status(
        self,
        path: str = ".*",
        status: int = 500,
        *,
        method: str | None = None,
        count: int = 1,
        retry_after: float | None = None,
    ) -> dict[str, Any]:
        """Answer the next ``count`` matching requests with ``status`` (-1: until cleared)."""
        return self._controls.add_fault(
            path, method=method, count=count, status=status, retry_after=retry_after
        )

    def delay(
        self, path: str, seconds: float, *, method: str | None = None, count: int = 1
    ) -> dict[str, Any]:
        """Hold the next ``count`` matching requests for ``seconds``, then serve them."""
        return self._controls.add_fault(
            path, method=method, count=count, kind="delay", delay=seconds
        )

    def drop(
        self, path: str = ".*", *, method: str | None = None, count: int = 1
    ) -> dict[str, Any]:
        """Close the connection of the next ``count`` matching requests without an answer."""
        return self._controls.add_fault(path, method=method, count=count, kind="drop")

    def truncate(
        self, path: str = ".*", *, method: str | None = None, count: int = 1
    ) -> dict[str, Any]:
        """Send only half of the body of the next ``count`` matching answers."""
        return self._controls.add_fault(path, method=method, count=count, kind="truncate")

    def armed(self) -> list[dict[str, Any]]:
        """Return the faults still armed."""
        return self._controls.faults()

    def clear(self) -> None:
        """Disarm every fault."""
        self._controls.clear_faults()

    def requests(self) -> list[dict[str, Any]]:
        """Return the request log (method, path, query, status; status 0: dropped), oldest first."""
        return self._controls.requests()
