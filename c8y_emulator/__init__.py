"""A local, stateful, persistent Cumulocity: an ASGI app on SQLite, and a loopback server for it.

Use in-process with ``httpx.ASGITransport(create_app())``, or on a socket with
``with Emulator() as emu: ... emu.base_url``. The control API (faults, request log) is described
in `c8y_emulator.control`; the data model in `c8y_emulator.inventory` and
`c8y_emulator.identity`.
"""

from c8y_emulator.app import EmulatorApp, create_app
from c8y_emulator.server import Emulator

__all__ = ["Emulator", "EmulatorApp", "create_app"]
