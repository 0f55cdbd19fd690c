"""Command line: ``c8y-emulator`` / ``python -m c8y_emulator`` serves the emulator until Ctrl-C.

Every option can also come from an environment variable (see :data:`OPTIONS`); a flag on the
command line wins over the variable, the variable over the built-in default.
"""

from __future__ import annotations

import argparse
import os
import socket
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from c8y_emulator.features import INVENTORY_WITHOUT_CHILDREN, INVENTORY_WITHOUT_CHILDREN_ENV
from c8y_emulator.seed import DEMO


def _boolean(value: str) -> bool:
    lowered = value.strip().lower()
    if lowered in ("1", "true", "yes", "on"):
        return True
    if lowered in ("0", "false", "no", "off", ""):
        return False
    raise argparse.ArgumentTypeError(f"expected true or false, got {value!r}")


def _port(value: str) -> int:
    try:
        port = int(value)
    except ValueError:
        port = -1
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"a port is an integer 0-65535, got {value!r}")
    return port


@dataclass(frozen=True, slots=True)
class Option:
    """One setting: its flag, its environment variable, how to read the variable, its default."""

    dest: str
    flag: str
    env: str
    convert: Callable[[str], Any]
    default: Any
    help: str


OPTIONS = (
    Option("host", "--host", "C8Y_EMULATOR_HOST", str, "127.0.0.1", "interface"),
    Option("port", "--port", "C8Y_EMULATOR_PORT", _port, 8111, "port; 0 picks a free one"),
    Option(
        "database",
        "--database",
        "C8Y_EMULATOR_DATABASE",
        str,
        "c8y-emulator.sqlite3",
        "SQLite file (relative to the working folder), or :memory:",
    ),
    Option("tenant", "--tenant", "C8Y_EMULATOR_TENANT", str, "t12345", "tenant id"),
    Option("user", "--user", "C8Y_EMULATOR_USER", str, "admin", "user name"),
    Option("password", "--password", "C8Y_EMULATOR_PASSWORD", str, "admin", "password"),
    Option(
        "seed",
        "--seed",
        "C8Y_EMULATOR_SEED",
        str,
        None,
        f"load a fleet: '{DEMO}' (also --seed alone) for the built-in demo fleet, or the path of "
        "a JSON fleet file (format: c8y_emulator.seed)",
    ),
    Option(
        "access_log",
        "--access-log",
        "C8Y_EMULATOR_ACCESS_LOG",
        _boolean,
        False,
        "log one line per request to stdout (--no-access-log: off)",
    ),
    Option(
        "inventory_without_children",
        "--inventory-without-children",
        INVENTORY_WITHOUT_CHILDREN_ENV,
        _boolean,
        False,
        f"turn the feature toggle {INVENTORY_WITHOUT_CHILDREN} on: inventory answers list "
        "children only with withChildren=true (--no-inventory-without-children: off)",
    ),
    Option(
        "seed_users",
        "--seed-users",
        "C8Y_EMULATOR_SEED_USERS",
        _boolean,
        True,
        "create the read-only user 'reader' and the device user 'device_demo' in a new database "
        "(passwords in README; --no-seed-users: only the administrator)",
    ),
)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="c8y-emulator",
        description="Serve a local, persistent Cumulocity emulator.",
        epilog="A flag wins over its environment variable.",
    )
    for option in OPTIONS:
        text = f"{option.help} (env {option.env}; default: {option.default})"
        if option.dest == "seed":
            parser.add_argument(option.flag, nargs="?", const=DEMO, metavar="FILE", help=text)
        elif option.convert is _boolean:
            parser.add_argument(option.flag, action=argparse.BooleanOptionalAction, help=text)
        elif option.convert is str:
            parser.add_argument(option.flag, help=text)
        else:
            parser.add_argument(option.flag, type=option.convert, help=text)
    return parser


@dataclass(frozen=True, slots=True)
class Settings:
    """The resolved settings; ``sources`` names where each came from: flag, env or default."""

    host: str
    port: int
    database: str
    tenant: str
    user: str
    password: str
    seed: str | None
    access_log: bool
    inventory_without_children: bool
    seed_users: bool
    sources: dict[str, str]

    def values(self) -> dict[str, Any]:
        """Return the settings by option name (the ``dest`` of :data:`OPTIONS`)."""
        return {option.dest: getattr(self, option.dest) for option in OPTIONS}


def settings(
    argv: Sequence[str] | None = None, environ: Mapping[str, str] | None = None
) -> Settings:
    """Resolve the settings from the command line and the environment.

    Raises:
        SystemExit: Status 2 with a message naming the flag or variable for an invalid value.
    """
    parser = _parser()
    args = parser.parse_args(argv)
    env = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    sources: dict[str, str] = {}
    for option in OPTIONS:
        given = getattr(args, option.dest)
        if given is not None:
            values[option.dest], sources[option.dest] = given, "flag"
        elif option.env in env:
            try:
                values[option.dest] = option.convert(env[option.env])
            except argparse.ArgumentTypeError as exc:
                parser.error(f"environment variable {option.env}: {exc}")
            sources[option.dest] = "env"
        else:
            values[option.dest], sources[option.dest] = option.default, "default"
    if values["seed"] == "":
        values["seed"] = None  # C8Y_EMULATOR_SEED= (empty) loads nothing
    return Settings(**values, sources=sources)


def banner(config: Settings, host: str, port: int) -> list[str]:
    """Return the start-up lines; a password the user chose is never shown."""
    hidden = {"flag": "(set by --password)", "env": "(set by C8Y_EMULATOR_PASSWORD)"}
    password = hidden.get(config.sources["password"], config.password)
    shown_host = f"[{host}]" if ":" in host else host
    return [
        f"c8y-emulator serving http://{shown_host}:{port}",
        f"  tenant {config.tenant}  user {config.user}  password {password}",
        f"  database {config.database}  (Ctrl-C stops)",
    ]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the emulator in the foreground; return the exit status."""
    import uvicorn

    from c8y_emulator.app import create_app
    from c8y_emulator.seed import FleetError, fleet_from_option, seed_fleet

    config = settings(argv)
    fleet = None
    if config.seed is not None:
        try:
            fleet = fleet_from_option(config.seed)
        except FleetError as exc:
            print(f"c8y-emulator: {exc}", file=sys.stderr)
            return 2
    toggles = {INVENTORY_WITHOUT_CHILDREN: config.inventory_without_children}
    app = create_app(
        config.database,
        config.tenant,
        config.user,
        config.password,
        feature_toggles=toggles,
        seed_users=config.seed_users,
    )
    if fleet is not None:
        app.controls.seed = fleet
        try:
            seeded = seed_fleet(app, fleet)
        except FleetError as exc:
            print(f"c8y-emulator: {exc}", file=sys.stderr)
            app.close()
            return 2
        name = "demo fleet" if fleet.source == DEMO else f"fleet {fleet.source}"
        state = "loaded" if seeded["created"] else "already present"
        print(f"{name} {state}", flush=True)
    family = socket.AF_INET6 if ":" in config.host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    try:
        sock.bind((config.host, config.port))
    except OSError as exc:
        print(f"c8y-emulator: cannot listen on {config.host}:{config.port}: {exc}", file=sys.stderr)
        sock.close()
        app.close()
        return 1
    # Listening before the banner: a client that reads the address connects into the backlog
    # even while uvicorn is still starting.
    sock.listen(2048)
    for line in banner(config, config.host, sock.getsockname()[1]):
        print(line, flush=True)
    server = uvicorn.Server(
        uvicorn.Config(
            app,
            lifespan="off",
            log_level="info" if config.access_log else "warning",
            access_log=config.access_log,
        )
    )
    try:
        server.run(sockets=[sock])
    except KeyboardInterrupt:
        pass
    finally:
        sock.close()
        app.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
