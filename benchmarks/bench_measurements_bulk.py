"""Benchmark: bulk creation of measurements through `Measurements.create` on a loopback emulator.

Not a test: prints numbers measured in one run. The emulator runs in its own process on
127.0.0.1 (so client and server do not share an interpreter), with an in-memory database.

Two things are measured:

- Requests: `Measurements.create` of N measurements (default 10 000) must need at most 1/50 of
  the N requests that one request per measurement would take. The requests are counted in the
  emulator's request log, not inferred.
- Speed: measurements per second of `Measurements.create` (one batch after the other, and with
  ``workers``), next to a plain httpx loop that posts the same collections (same batches, same
  JSON documents, one after the other). Each figure is the median of several rounds; the order
  of the contenders rotates between rounds, since the database grows as they run.

Run: ``.venv/bin/python benchmarks/bench_measurements_bulk.py [--count 10000] [--batch-size 1000]
[--workers 4] [--repeat 3]``
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import orjson

from c8y_objects import CumulocityClient, Device, Measurement
from c8y_objects.measurements import MEASUREMENT_COLLECTION_MEDIA_TYPE

TARGET_REQUEST_SHARE = 1 / 50
TENANT, USER, PASSWORD = "t12345", "admin", "admin"
PATH = "/measurement/measurements"


def start_emulator() -> tuple[subprocess.Popen[str], str]:
    """Start ``python -m c8y_emulator`` on a free loopback port; return it and its URL."""
    process = subprocess.Popen(
        [sys.executable, "-m", "c8y_emulator", "--port", "0", "--database", ":memory:"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert process.stdout is not None
    deadline = time.monotonic() + 30
    for line in process.stdout:
        found = re.search(r"serving (http://127\.0\.0\.1:\d+)", line)
        if found:
            return process, found.group(1)
        if time.monotonic() > deadline:
            break
    process.kill()
    raise RuntimeError("the emulator did not start")


def make_measurements(source: str, count: int, start: datetime) -> list[Measurement]:
    return [
        Measurement(
            type="c8y_Bench",
            source=source,
            time=start + timedelta(milliseconds=index),
            series=[("c8y_Temperature.T", 20 + index % 100 / 10, "C"), ("c8y_Load.L", index % 7)],
        )
        for index in range(count)
    ]


async def logged_posts(c8y: CumulocityClient) -> int:
    response = await c8y.http.get("/_emulator/requests")
    return sum(
        1
        for entry in response.json()["requests"]
        if entry["method"] == "POST" and entry["path"] == PATH and entry["status"] == 201
    )


async def timed(run: Callable[[], Awaitable[None]]) -> float:
    started = time.perf_counter()
    await run()
    return time.perf_counter() - started


async def main(count: int, batch_size: int, workers: int, repeat: int) -> int:
    process, base_url = start_emulator()
    try:
        async with (
            CumulocityClient(base_url, TENANT, username=USER, password=PASSWORD) as c8y,
            httpx.AsyncClient(base_url=base_url, auth=(f"{TENANT}/{USER}", PASSWORD)) as plain,
        ):
            device = await Device(c8y, name="bench", type="c8y_Bench").create()
            source = device.id or ""

            # Request count: one sequential bulk create, counted in the request log.
            await c8y.http.delete("/_emulator/requests")
            await c8y.measurements.create(
                *make_measurements(source, count, datetime(2020, 1, 1, tzinfo=UTC)),
                batch_size=batch_size,
            )
            requests = await logged_posts(c8y)
            stored = await c8y.measurements.get_count(source=source)
            await c8y.http.delete("/_emulator/requests")

            rates: dict[str, list[float]] = {"sdk": [], f"sdk workers={workers}": [], "httpx": []}
            for round_number in range(repeat):
                start = datetime(2021 + round_number, 1, 1, tzinfo=UTC)
                sets = {name: make_measurements(source, count, start) for name in rates}
                documents = [m.to_json() for m in sets["httpx"]]
                bodies = [documents[i : i + batch_size] for i in range(0, count, batch_size)]

                async def sdk(items: list[Measurement] = sets["sdk"]) -> None:
                    await c8y.measurements.create(*items, batch_size=batch_size)

                async def sdk_workers(
                    items: list[Measurement] = sets[f"sdk workers={workers}"],
                ) -> None:
                    await c8y.measurements.create(*items, batch_size=batch_size, workers=workers)

                async def httpx_loop(batches: list[list[dict[str, Any]]] = bodies) -> None:
                    for batch in batches:
                        response = await plain.post(
                            PATH,
                            content=orjson.dumps({"measurements": batch}),
                            headers={
                                "Content-Type": MEASUREMENT_COLLECTION_MEDIA_TYPE,
                                "Accept": MEASUREMENT_COLLECTION_MEDIA_TYPE,
                            },
                        )
                        response.raise_for_status()

                contenders: list[tuple[str, Callable[[], Awaitable[None]]]] = [
                    ("sdk", sdk),
                    (f"sdk workers={workers}", sdk_workers),
                    ("httpx", httpx_loop),
                ]
                shift = round_number % len(contenders)
                contenders = contenders[shift:] + contenders[:shift]
                for name, run in contenders:
                    rates[name].append(count / await timed(run))
    finally:
        process.terminate()
        process.wait(timeout=10)

    per_measurement = count
    share = requests / per_measurement
    print(f"{count} measurements, batch_size={batch_size}, {repeat} rounds (median)")
    print(f"  stored after the counted create: {stored}")
    print(
        f"  requests: {requests} collection POSTs vs {per_measurement} one per measurement "
        f"= 1/{per_measurement / requests:.0f} (target at most 1/{1 / TARGET_REQUEST_SHARE:.0f})"
    )
    baseline = statistics.median(rates["httpx"])
    for name, values in rates.items():
        rate = statistics.median(values)
        print(f"  {name:<16} {rate:>10,.0f} measurements/s  ({rate / baseline:.2f}x plain httpx)")
    ok = share <= TARGET_REQUEST_SHARE and stored == count
    print("request target met" if ok else "request target MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--batch-size", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    sys.exit(asyncio.run(main(args.count, args.batch_size, args.workers, args.repeat)))
