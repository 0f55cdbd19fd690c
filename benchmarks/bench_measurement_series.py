"""Benchmark: the measurement series endpoint against a Python loop over the same stored values.

Not a test: prints ratios measured in one run (median of several repetitions). The emulator
answers ``GET /measurement/measurements/series`` with an indexed SQL query (``GROUP BY`` on the
bucketed time for aggregations, ``LIMIT`` for the capped raw answer). The baseline is what a
plain implementation would do: read every value of the series in the range from the same table
and bucket them in Python, then serialise the answer. Target: the complete in-process request
(authentication, routing, SQL, rendering) costs at most the baseline for the DAILY aggregation and
at most half of it for the capped raw answer.

Run: ``.venv/bin/python benchmarks/bench_measurement_series.py [--count 100000] [--repeat 15]``
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import statistics
import time
from collections.abc import Callable, MutableMapping
from typing import Any

import orjson

from c8y_emulator import EmulatorApp, create_app
from c8y_emulator.measurements import MAX_SERIES_VALUES
from c8y_emulator.timestamps import format_millis

T0 = 1_714_521_600_000  # 2024-05-01T00:00:00Z
STEP = 37_000
DAY = 86_400_000
COLLECTION = b"application/vnd.com.nsn.cumulocity.measurementcollection+json"
TARGETS = {"DAILY": 1.0, "raw (capped)": 0.5}


def _auth(app: EmulatorApp) -> bytes:
    return b"Basic " + base64.b64encode(f"{app.username}:{app.password}".encode())


async def _request(
    app: EmulatorApp, method: str, path: str, query: bytes = b"", body: bytes = b""
) -> tuple[int, bytes]:
    headers = [(b"host", b"bench.local"), (b"authorization", _auth(app))]
    if body:
        headers.append((b"content-type", COLLECTION))
    scope: dict[str, Any] = {
        "type": "http",
        "method": method,
        "path": path,
        "raw_path": path.encode(),
        "query_string": query,
        "scheme": "http",
        "server": ("127.0.0.1", 8111),
        "headers": headers,
    }
    sent = False
    status = 0
    chunks: list[bytes] = []

    async def receive() -> MutableMapping[str, Any]:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message: MutableMapping[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]
        else:
            chunks.append(message.get("body", b""))

    await app(scope, receive, send)
    return status, b"".join(chunks)


async def _fill(app: EmulatorApp, count: int) -> str:
    with app.storage.write() as cur:
        source_id = app.storage.next_id(cur)
        cur.execute(
            "INSERT INTO managed_objects (id, type, name, owner, body) VALUES (?, ?, ?, ?, ?)",
            (source_id, "bench", "bench", app.username, '{"name":"bench","owner":"admin"}'),
        )
    source = str(source_id)
    for start in range(0, count, 5000):
        items = [
            {
                "source": {"id": source},
                "time": format_millis(T0 + i * STEP),
                "type": "bench",
                "c8y_Bench": {"T": {"value": (i * 7919) % 1000 - 500, "unit": "C"}},
            }
            for i in range(start, min(start + 5000, count))
        ]
        status, _ = await _request(
            app, "POST", "/measurement/measurements", body=orjson.dumps({"measurements": items})
        )
        assert status == 201
    return source


def _python_loop(app: EmulatorApp, source: str, width: int | None) -> bytes:
    """The baseline: every value of the range into Python, bucketed in a loop."""
    with app.storage.read() as cur:
        rows = cur.execute(
            "SELECT time_ms, value FROM measurement_values WHERE source = ? AND fragment = ? "
            "AND series = ? AND time_ms >= ? AND time_ms < ? ORDER BY time_ms",
            (int(source), "c8y_Bench", "T", T0 - DAY, T0 + 400 * DAY),
        ).fetchall()
    buckets: dict[int, list[Any]] = {}
    for millis, value in rows:
        key = millis if width is None else millis - millis % width
        entry = buckets.get(key)
        if entry is None:
            buckets[key] = [value, value]
        else:
            entry[0] = min(entry[0], value)
            entry[1] = max(entry[1], value)
    keys = sorted(buckets)
    truncated = width is None and len(keys) > MAX_SERIES_VALUES
    if width is None:
        keys = keys[:MAX_SERIES_VALUES]
    document = {
        "values": {format_millis(k): [{"min": buckets[k][0], "max": buckets[k][1]}] for k in keys},
        "series": [{"unit": "C", "name": "T", "type": "c8y_Bench"}],
        "truncated": truncated,
    }
    return orjson.dumps(document)


def _median(function: Callable[[], Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    """Fill an in-memory emulator, time both ways, print the ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    app = create_app()
    loop = asyncio.new_event_loop()
    try:
        source = loop.run_until_complete(_fill(app, args.count))
        print(f"{args.count} measurements of one device, median of {args.repeat} runs")
        met = True
        for label, aggregation, width in (("DAILY", "DAILY", DAY), ("raw (capped)", None, None)):
            query = f"source={source}&dateFrom=2024-04-30&dateTo=2025-06-01"
            if aggregation:
                query += f"&aggregationType={aggregation}"

            def endpoint(query: str = query) -> bytes:
                status, body = loop.run_until_complete(
                    _request(app, "GET", "/measurement/measurements/series", query.encode())
                )
                assert status == 200
                return body

            answer = orjson.loads(endpoint())
            expected = orjson.loads(_python_loop(app, source, width))
            assert answer == expected, f"{label}: the endpoint and the baseline disagree"
            served = _median(endpoint, args.repeat)

            def baseline_run(width: int | None = width) -> bytes:
                return _python_loop(app, source, width)

            baseline = _median(baseline_run, args.repeat)
            ratio = served / baseline
            target = TARGETS[label]
            met = met and ratio <= target
            print(
                f"{label:>13}: endpoint {served * 1000:7.1f} ms, Python loop "
                f"{baseline * 1000:7.1f} ms, ratio {ratio:.2f} (target <= {target})"
            )
        print("target met" if met else "TARGET MISSED")
        return 0
    finally:
        loop.close()
        app.close()


if __name__ == "__main__":
    raise SystemExit(main())
