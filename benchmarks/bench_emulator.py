"""Benchmark: serving one page of 2000 managed objects, against ``orjson.dumps`` of that page.

Not a test: prints ratios measured in one run (median of several repetitions), so the numbers
compare like with like on whatever machine runs it. Target: the ASGI request costs at most 3x
``orjson.dumps`` of the same page.

Run: ``.venv/bin/python benchmarks/bench_emulator.py [--objects 2000] [--repeat 25]``
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import statistics
import time
from collections.abc import Callable
from typing import Any

import orjson

from c8y_emulator import EmulatorApp, create_app
from c8y_emulator.inventory import insert_managed_object

TARGET_RATIO = 3.0


def _fill(app: EmulatorApp, count: int) -> None:
    with app.storage.write() as cur:
        for index in range(count):
            insert_managed_object(
                cur,
                app.storage,
                {
                    "name": f"Device {index:05d}",
                    "type": "c8y_BenchDevice",
                    "c8y_IsDevice": {},
                    "c8y_Hardware": {
                        "model": "Bench-1",
                        "serialNumber": f"SN-{index:08d}",
                        "revision": "1.0",
                    },
                    "c8y_Position": {"lat": 52.5 + index / 1e4, "lng": 13.4, "alt": 35.0},
                    "c8y_SupportedOperations": ["c8y_Restart", "c8y_Configuration"],
                },
                app.username,
            )


def _scope(app: EmulatorApp, query: bytes) -> dict[str, Any]:
    token = base64.b64encode(f"{app.username}:{app.password}".encode())
    return {
        "type": "http",
        "method": "GET",
        "path": "/inventory/managedObjects",
        "raw_path": b"/inventory/managedObjects",
        "query_string": query,
        "scheme": "http",
        "server": ("127.0.0.1", 8111),
        "headers": [
            (b"host", b"127.0.0.1:8111"),
            (b"authorization", b"Basic " + token),
            (b"accept", b"application/vnd.com.nsn.cumulocity.managedobjectcollection+json"),
        ],
    }


async def _asgi_get(app: EmulatorApp, scope: dict[str, Any]) -> bytes:
    chunks: list[bytes] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: Any) -> None:
        if message["type"] == "http.response.body":
            chunks.append(message.get("body", b""))

    await app(scope, receive, send)
    return b"".join(chunks)


def _median_seconds(run: Callable[[], object], repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def _measure(
    loop: asyncio.AbstractEventLoop,
    app: EmulatorApp,
    scope: dict[str, Any],
    repeat: int,
    expected: int,
) -> tuple[float, float]:
    """Median seconds of the ASGI request and of ``orjson.dumps`` of the page it answered."""
    body = loop.run_until_complete(_asgi_get(app, scope))
    page = orjson.loads(body)
    found = len(page["managedObjects"])
    assert found == expected, f"the page holds {found} objects, expected {expected}"

    def request() -> None:
        loop.run_until_complete(_asgi_get(app, scope))

    def dumps() -> None:
        orjson.dumps(page)

    return _median_seconds(request, repeat), _median_seconds(dumps, repeat)


def main() -> int:
    """Run the benchmark and print the ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--objects", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=25)
    args = parser.parse_args()

    app = create_app()
    _fill(app, args.objects)
    loop = asyncio.new_event_loop()
    cases = {
        "page of 2000 (default query)": b"pageSize=2000",
        "page of 2000, withTotalElements": b"pageSize=2000&withTotalElements=true",
        "page of 2000, type filter": b"pageSize=2000&type=c8y_BenchDevice",
    }
    print(f"{args.objects} managed objects, median of {args.repeat} runs")
    print(f"{'case':<36} {'asgi ms':>9} {'dumps ms':>9} {'ratio':>6}")
    worst = 0.0
    for label, query in cases.items():
        scope = _scope(app, query)
        asgi, dumps = _measure(loop, app, scope, args.repeat, min(args.objects, 2000))
        ratio = asgi / dumps
        worst = max(worst, ratio)
        print(f"{label:<36} {asgi * 1e3:9.2f} {dumps * 1e3:9.2f} {ratio:6.2f}")
    # For information (no target): a query-language filter parses every candidate object.
    scope = _scope(app, b"pageSize=2000&query=%24filter%3D(name+eq+%27Device*%27)")
    query_ms, query_dumps = _measure(loop, app, scope, args.repeat, min(args.objects, 2000))
    print(
        f"{'(info) query filter, no target':<36} {query_ms * 1e3:9.2f} "
        f"{query_dumps * 1e3:9.2f} {query_ms / query_dumps:6.2f}"
    )
    verdict = "meets" if worst <= TARGET_RATIO else "MISSES"
    print(f"worst ratio {worst:.2f}: {verdict} the target of {TARGET_RATIO:.0f}x")
    loop.close()
    app.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
