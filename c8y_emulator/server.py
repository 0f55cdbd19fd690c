"""Serve the emulator on a loopback socket with uvicorn, in a background thread."""

from __future__ import annotations

import asyncio
import socket
import threading
from types import TracebackType
from typing import Any, Self

from c8y_emulator.app import EmulatorApp, create_app
from c8y_emulator.faults import FaultKind


class Emulator:
    """A running emulator on ``host:port`` (port 0: a free port is picked).

    Usable as ``with Emulator() as emu:`` and ``async with Emulator() as emu:``, or with explicit
    `start` / `stop`. ``base_url`` is known once started.

    Args:
        database: SQLite path, or ``":memory:"``.
        tenant_id: The tenant id.
        username: The user's name.
        password: The user's password.
        host: Interface to listen on (loopback by default).
        port: Port to listen on; 0 picks a free one.
        app: An existing app to serve instead of creating one from the other arguments.
        access_log: Log one line per request (uvicorn's access log, logger ``uvicorn.access``).
    """

    def __init__(
        self,
        database: str = ":memory:",
        tenant_id: str = "t12345",
        username: str = "admin",
        password: str = "admin",
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        app: EmulatorApp | None = None,
        access_log: bool = False,
    ) -> None:
        self.database = database
        self.tenant_id = tenant_id
        self.username = username
        self.password = password
        self.host = host
        self.port = port
        self.access_log = access_log
        self._app = app
        self._owns_app = app is None
        self._server: Any = None
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None

    @property
    def app(self) -> EmulatorApp:
        """The served ASGI app (created on `start`)."""
        if self._app is None:
            raise RuntimeError("The emulator is not started")
        return self._app

    @property
    def base_url(self) -> str:
        """``http://host:port`` of the running server."""
        if self._socket is None:
            raise RuntimeError("The emulator is not started")
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def start(self) -> Self:
        """Bind the socket and start serving; returns when the server accepts connections."""
        import uvicorn

        if self._thread is not None:
            raise RuntimeError("The emulator is already running")
        if self._app is None:
            self._app = create_app(self.database, self.tenant_id, self.username, self.password)
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        # Accepted connections inherit this: no Nagle delay between header and body writes.
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        try:
            sock.bind((self.host, self.port))
        except OSError:
            sock.close()
            raise
        self.port = sock.getsockname()[1]
        self._socket = sock
        config = uvicorn.Config(
            self._app,
            lifespan="off",
            log_level="info" if self.access_log else "warning",
            access_log=self.access_log,
            timeout_graceful_shutdown=2,
        )
        server = uvicorn.Server(config)
        self._server = server
        thread = threading.Thread(
            target=server.run, kwargs={"sockets": [sock]}, name="c8y-emulator", daemon=True
        )
        self._thread = thread
        thread.start()
        while not server.started:
            if not thread.is_alive():
                self._cleanup()
                raise RuntimeError("The emulator's server thread stopped during start-up")
            thread.join(0.01)
        return self

    def stop(self) -> None:
        """Stop serving, free the port and (when the app was created here) close the database.

        Requests in flight get up to 2 seconds to finish; then they are cancelled.
        """
        if self._thread is None:
            return
        self._server.should_exit = True
        self._thread.join(10)
        self._cleanup()

    def _cleanup(self) -> None:
        if self._socket is not None:
            self._socket.close()
            self._socket = None
        self._thread = None
        self._server = None
        if self._owns_app and self._app is not None:
            self._app.close()
            self._app = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    async def __aenter__(self) -> Self:
        await asyncio.to_thread(self.start)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await asyncio.to_thread(self.stop)

    # --- test controls (the same machinery as the /_emulator API, see c8y_emulator.control) ---

    def add_fault(
        self,
        path: str = ".*",
        *,
        method: str | None = None,
        count: int = 1,
        kind: FaultKind = "status",
        status: int = 500,
        retry_after: float | None = None,
        delay: float = 0.0,
    ) -> dict[str, Any]:
        """Arm a fault (see `c8y_emulator.faults`); returns it as the control API shows it."""
        return self.app.controls.add_fault(
            path,
            method=method,
            count=count,
            kind=kind,
            status=status,
            retry_after=retry_after,
            delay=delay,
        )

    def faults(self) -> list[dict[str, Any]]:
        """Return the armed faults."""
        return self.app.controls.faults()

    def clear_faults(self) -> None:
        """Disarm every fault."""
        self.app.controls.clear_faults()

    def requests(self) -> list[dict[str, Any]]:
        """Return the request log (method, path, query, status), oldest first."""
        return self.app.controls.requests()

    def clear_requests(self) -> None:
        """Clear the request log."""
        self.app.controls.clear_requests()

    def reset(self, *, seed: bool = False) -> dict[str, Any] | None:
        """Forget all data, faults and logged requests (``POST /_emulator/reset``).

        Args:
            seed: Load the app's seed fleet afterwards (the demo fleet unless one was set).

        Returns:
            What seeding created, or None without seed.
        """
        return self.app.controls.reset(seed=seed)

    def seed(self) -> dict[str, Any]:
        """Load the demo fleet (see `c8y_emulator.seed`); returns what was created."""
        from c8y_emulator.seed import seed_demo_fleet

        return seed_demo_fleet(self.app)
