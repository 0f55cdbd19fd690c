"""Command line: ``c8y-emulator`` / ``python -m c8y_emulator`` serves the emulator until Ctrl-C."""

from __future__ import annotations

import argparse
import os
import socket
import sys
from collections.abc import Sequence


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="c8y-emulator", description="Serve a local, persistent Cumulocity emulator."
    )
    parser.add_argument("--host", default="127.0.0.1", help="interface (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8111, help="port; 0 picks one (default: 8111)")
    parser.add_argument(
        "--database",
        default="c8y-emulator.sqlite3",
        help="SQLite file, or :memory: (default: c8y-emulator.sqlite3 in the working folder)",
    )
    parser.add_argument("--tenant", default="t12345", help="tenant id (default: t12345)")
    parser.add_argument("--user", default="admin", help="user name (default: admin)")
    parser.add_argument("--password", default="admin", help="password (default: admin)")
    parser.add_argument("--seed", action="store_true", help="load the demo fleet")
    parser.add_argument(
        "--inventory-without-children",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="turn the feature toggle core.inventory.without.children on: inventory answers list "
        "children only with withChildren=true (default: off, or "
        "C8Y_EMULATOR_INVENTORY_WITHOUT_CHILDREN)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the emulator in the foreground; return the exit status."""
    import uvicorn

    from c8y_emulator import features
    from c8y_emulator.app import create_app
    from c8y_emulator.seed import seed_demo_fleet

    parser = _parser()
    args = parser.parse_args(argv)
    without_children = args.inventory_without_children
    if without_children is None:
        try:
            without_children = features.environment_flag(
                features.INVENTORY_WITHOUT_CHILDREN_ENV, os.environ
            )
        except ValueError as exc:
            parser.error(str(exc))
    toggles = {features.INVENTORY_WITHOUT_CHILDREN: without_children}
    app = create_app(args.database, args.tenant, args.user, args.password, feature_toggles=toggles)
    if args.seed:
        seeded = seed_demo_fleet(app)
        state = "loaded" if seeded["created"] else "already present"
        print(f"demo fleet {state}", flush=True)
    family = socket.AF_INET6 if ":" in args.host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    try:
        sock.bind((args.host, args.port))
    except OSError as exc:
        print(f"c8y-emulator: cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr)
        app.close()
        return 1
    port = sock.getsockname()[1]
    host = f"[{args.host}]" if ":" in args.host else args.host
    print(f"c8y-emulator serving http://{host}:{port}", flush=True)
    print(f"  tenant {args.tenant}  user {args.user}  password {args.password}", flush=True)
    print(f"  database {args.database}  (Ctrl-C stops)", flush=True)
    server = uvicorn.Server(uvicorn.Config(app, lifespan="off", log_level="warning"))
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
