"""A small multi-tenant microservice as a plain ASGI app (no web framework).

Routes:

- ``GET /health``: ``{"status": "UP"}``, without credentials (the platform's probes).
- ``GET /devices``: the caller's devices, read with the caller's own credentials
  (`Microservice.user_client`), so each user sees what the platform lets them see.
- ``GET /tenants/devices``: the number of devices per subscribed tenant, read with each tenant's
  service user (`Microservice.tenant_clients`).

Run it with any ASGI server, e.g. ``uvicorn examples.microservice.app:app`` in a container the
platform started (it reads the bootstrap variables when the first request needs them).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping, MutableMapping
from typing import Any

import orjson

from c8y_objects import APIError
from c8y_objects.microservice import InvalidAuthorizationError, Microservice

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

log = logging.getLogger(__name__)


class ExampleMicroservice:
    """The example's ASGI app.

    Args:
        microservice: Where the clients come from; None: built from the environment on first
            use (`Microservice.from_env`).
    """

    def __init__(self, microservice: Microservice | None = None) -> None:
        self._microservice = microservice

    @property
    def microservice(self) -> Microservice:
        """The microservice helper (built from the environment on first use)."""
        if self._microservice is None:
            self._microservice = Microservice.from_env()
        return self._microservice

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        route = (scope["method"].upper(), scope["path"].rstrip("/") or "/")
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        document: Mapping[str, Any]
        try:
            if route == ("GET", "/health"):
                status, document = 200, {"status": "UP"}
            elif route == ("GET", "/devices"):
                status, document = 200, await self._devices(headers)
            elif route == ("GET", "/tenants/devices"):
                status, document = 200, await self._devices_per_tenant()
            else:
                status, document = 404, {"error": f"no route {route[0]} {route[1]}"}
        except InvalidAuthorizationError as exc:
            status, document = 401, {"error": str(exc)}
        except APIError as exc:
            # The platform's refusal (401, 403, ...) is the caller's answer too.
            status, document = exc.status_code, {"error": exc.message}
        await _send_json(send, status, document)

    async def _devices(self, headers: Mapping[str, str]) -> dict[str, Any]:
        async with await self.microservice.user_client(headers.get("authorization")) as c8y:
            devices = await c8y.device_inventory.get_all(limit=None)
            return {
                "tenant": c8y.tenant_id,
                "devices": [{"id": d.id, "name": d.name} for d in devices],
            }

    async def _devices_per_tenant(self) -> dict[str, int]:
        clients = await self.microservice.tenant_clients()
        return {
            tenant: await c8y.device_inventory.get_count()
            for tenant, c8y in sorted(clients.items())
        }

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                if self._microservice is not None:
                    await self._microservice.aclose()
                await send({"type": "lifespan.shutdown.complete"})
                return


async def _send_json(send: Send, status: int, document: Mapping[str, Any]) -> None:
    body = orjson.dumps(document)
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


app = ExampleMicroservice()
"""The app for an ASGI server (``examples.microservice.app:app``)."""
