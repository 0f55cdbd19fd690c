"""Helpers for tests that talk to the emulator (importable by the SDK's tests too).

``asgi_client`` gives an authenticated ``httpx.AsyncClient`` wired to an in-process app;
``running_emulator`` a started :class:`~c8y_emulator.Emulator` on loopback.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Any

import httpx

from c8y_emulator.app import EmulatorApp, create_app
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
        **app_kwargs: Arguments of :func:`c8y_emulator.create_app` for a new app.
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
    """Start an :class:`~c8y_emulator.Emulator` on a free loopback port; stop it afterwards."""
    with Emulator(**kwargs) as emulator:
        yield emulator
