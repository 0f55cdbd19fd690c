"""Benchmark: the object model core (`c8y_objects`) against plain baselines, as ratios.

Not a test: it prints ratios measured in one run (ours / baseline, median over interleaved
repetitions), so the numbers compare like with like on whatever machine runs it. Targets are
printed next to the results; the script always exits 0 unless a workload returns wrong data.

- W1 parse: one collection body of 20,000 managed objects as the emulator renders them, to a list
  of `ManagedObject` through the code `select` runs per page (`parse_page`, then
  `ManagedObject.from_json_list`), against `orjson.loads` of the same bytes. Context: the
  generated attrs models (`c8y_rest.models.ManagedObject.from_dict` per item) against the same
  baseline.
- W2 dot paths: ``v = obj["c8y_Hardware.serialNumber"]; obj["c8y_Hardware.serialNumber"] = v``
  over 20,000 objects, against ``d["c8y_Hardware"]["serialNumber"]`` read and write on the same
  dicts. For information, the floor of any pure-Python ``__getitem__``/``__setitem__`` pair.
- W4 loopback: the emulator runs in a child process with a 20 ms delay fault on every collection
  read; ``inventory.get_all(type=..., limit=None, page_size=2000, workers=8)`` reads 20,000
  objects, against a plain `httpx.AsyncClient` that keeps 8 pages in flight and parses each with
  `orjson.loads` (the same stop rule: a short page ends the read). Then `select` streams 20,000
  and 200,000 objects (no delay) under `tracemalloc`; the peaks should be the same.
- W5 update bodies: 5,000 objects with one fragment changed through a dotted path; the body
  `update()` sends (`_diff_body`, serialised by `encode_json` as `CumulocityRestClient.request`
  does) against `orjson.dumps` of the changed fragment under its name. For information, the
  same after an in-place change of a handed-out fragment (found by comparing serialised
  snapshots).

Run: ``.venv/bin/python benchmarks/bench_objects.py [--repeat 11] [--large 200000]``
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import multiprocessing
import os
import platform
import statistics
import time
import tracemalloc
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

import httpx
import orjson

from c8y_emulator import Emulator, EmulatorApp, create_app
from c8y_emulator.inventory import insert_managed_object
from c8y_objects import CumulocityClient, ManagedObject
from c8y_objects._http import encode_json
from c8y_objects._paging import parse_page

TENANT = "t12345"
USER = "admin"
PASSWORD = "admin"
SMALL_TYPE = "c8y_BenchSmall"
LARGE_TYPE = "c8y_BenchLarge"
PAGE_SIZE = 2000
WORKERS = 8
DELAY_SECONDS = 0.02
SERIAL = "c8y_Hardware.serialNumber"


@dataclass(frozen=True, slots=True)
class Result:
    """One workload's medians and ratio, with its target."""

    label: str
    ours: float
    base: float
    ratio: float
    target: float | None
    aim: float | None = None

    def line(self) -> str:
        if self.target is None:
            goal, verdict = "(context)", ""
        else:
            goal = f"<= {self.target:g}x" + (f" (aim {self.aim:g}x)" if self.aim else "")
            verdict = "meets" if self.ratio <= self.target else "MISSES"
        return (
            f"{self.label:<48} {self.ours * 1e3:9.2f} {self.base * 1e3:9.2f} "
            f"{self.ratio:6.2f}x  {goal:<18} {verdict}"
        )


def device_document(index: int, kind: str) -> dict[str, Any]:
    """A device as a fleet holds it: hardware, position, availability, software, ..."""
    return {
        "name": f"Device {index:06d}",
        "type": kind,
        "c8y_IsDevice": {},
        "c8y_Hardware": {
            "model": "Thermo-X2",
            "serialNumber": f"TX2-{index:08d}",
            "revision": "1.0",
        },
        "c8y_Position": {"lat": 52.5 + index / 1e6, "lng": 13.4 - index / 1e6, "alt": 35.0},
        "c8y_RequiredAvailability": {"responseInterval": 60},
        "c8y_SupportedOperations": ["c8y_Restart", "c8y_Configuration", "c8y_Firmware"],
        "c8y_Availability": {"status": "AVAILABLE", "lastMessage": "2024-05-01T12:00:00.000Z"},
        "c8y_Connection": {"status": "CONNECTED"},
        "c8y_ActiveAlarmsStatus": {"major": 1, "minor": 0},
        "c8y_Firmware": {"name": "thermo-fw", "version": "1.2.3"},
    }


def fill(app: EmulatorApp, count: int, kind: str, start: int = 0) -> None:
    """Insert `count` devices straight into the emulator's storage (one transaction)."""
    with app.storage.write() as cur:
        for index in range(start, start + count):
            insert_managed_object(cur, app.storage, device_document(index, kind), app.username)


def rendered_page(count: int) -> bytes:
    """One collection body of `count` objects exactly as the emulator renders them."""
    app = create_app(tenant_id=TENANT, username=USER, password=PASSWORD)
    fill(app, count, SMALL_TYPE)

    async def read() -> list[Any]:
        items: list[Any] = []
        transport = httpx.ASGITransport(app=app)
        auth = httpx.BasicAuth(f"{TENANT}/{USER}", PASSWORD)
        async with httpx.AsyncClient(
            transport=transport, base_url="http://127.0.0.1:8111", auth=auth
        ) as client:
            for number in range(1, -(-count // PAGE_SIZE) + 1):
                response = await client.get(
                    "/inventory/managedObjects",
                    params={"pageSize": PAGE_SIZE, "currentPage": number},
                )
                items.extend(orjson.loads(response.content)["managedObjects"])
        return items

    items = asyncio.run(read())
    app.close()
    assert len(items) == count
    return orjson.dumps(
        {
            "self": "http://127.0.0.1:8111/inventory/managedObjects?pageSize=20000",
            "managedObjects": items,
            "statistics": {"pageSize": count, "currentPage": 1},
        }
    )


# -- timing ------------------------------------------------------------------------------------


def compare(
    ours: Callable[[], object], base: Callable[[], object], repeat: int, *, collect: bool = True
) -> tuple[float, float, float]:
    """Median seconds of `ours` and `base`, interleaved, and the median of the per-repetition
    ratios; with `collect`, a full GC runs before each sample (outside the timing)."""
    ours_s: list[float] = []
    base_s: list[float] = []
    for _ in range(repeat):
        for run, samples in ((base, base_s), (ours, ours_s)):
            if collect:
                gc.collect()
            started = time.perf_counter()
            result = run()
            samples.append(time.perf_counter() - started)
            del result
    ratios = [o / b for o, b in zip(ours_s, base_s, strict=True)]
    return statistics.median(ours_s), statistics.median(base_s), statistics.median(ratios)


async def compare_async(
    ours: Callable[[], Any], base: Callable[[], Any], repeat: int
) -> tuple[float, float, float]:
    """`compare` for coroutine functions."""
    ours_s: list[float] = []
    base_s: list[float] = []
    for _ in range(repeat):
        for run, samples in ((base, base_s), (ours, ours_s)):
            gc.collect()
            started = time.perf_counter()
            result = await run()
            samples.append(time.perf_counter() - started)
            del result
    ratios = [o / b for o, b in zip(ours_s, base_s, strict=True)]
    return statistics.median(ours_s), statistics.median(base_s), statistics.median(ratios)


# -- W1 and W2 and W5: in memory ---------------------------------------------------------------


def w1_parse(content: bytes, count: int, repeat: int) -> list[Result]:
    def ours() -> list[ManagedObject]:
        return ManagedObject.from_json_list(parse_page(content, "managedObjects"), None)

    def base() -> Any:
        return orjson.loads(content)

    objects = ours()
    assert len(objects) == count
    assert objects[-1].id == base()["managedObjects"][-1]["id"]
    del objects
    o, b, r = compare(ours, base, repeat)
    results = [Result(f"W1 parse {count:,} objects to ManagedObject", o, b, r, 1.0, 0.5)]

    from c8y_rest.models import ManagedObject as RestManagedObject

    def generated() -> list[RestManagedObject]:
        return [RestManagedObject.from_dict(d) for d in orjson.loads(content)["managedObjects"]]

    o, b, r = compare(generated, base, max(3, repeat // 4))
    results.append(Result("   c8y_rest ManagedObject.from_dict per item", o, b, r, None))
    return results


class _Floor:
    """The least a Python-level dot-path ``__getitem__``/``__setitem__`` can do."""

    __slots__ = ("_json",)
    _parts: dict[str, tuple[str, str]] = {SERIAL: ("c8y_Hardware", "serialNumber")}  # noqa: RUF012

    def __init__(self, json: dict[str, Any]) -> None:
        self._json = json

    def __getitem__(self, path: str) -> Any:
        first, second = self._parts[path]
        return self._json[first][second]

    def __setitem__(self, path: str, value: Any) -> None:
        first, second = self._parts[path]
        self._json[first][second] = value


def w2_dot_paths(content: bytes, repeat: int) -> list[Result]:
    objects = ManagedObject.from_json_list(parse_page(content, "managedObjects"), None)
    dicts = orjson.loads(content)["managedObjects"]
    floors = [_Floor(d) for d in orjson.loads(content)["managedObjects"]]

    def ours() -> None:
        for obj in objects:
            value = obj[SERIAL]
            obj[SERIAL] = value

    def base() -> None:
        for d in dicts:
            value = d["c8y_Hardware"]["serialNumber"]
            d["c8y_Hardware"]["serialNumber"] = value

    def floor() -> None:
        for f in floors:
            value = f[SERIAL]
            f[SERIAL] = value

    ours()
    assert objects[7].to_diff_json() == {"c8y_Hardware": dicts[7]["c8y_Hardware"]}
    label = f"W2 dot path read+write x{len(objects):,}"
    gc.freeze()  # the 60,000 documents set up here are not what is measured
    try:
        o, b, r = compare(ours, base, repeat * 3, collect=False)
        results = [Result(label, o, b, r, 1.5)]
        o, b, r = compare(floor, base, repeat * 3, collect=False)
    finally:
        gc.unfreeze()
    results.append(Result("   floor: minimal Python __getitem__/__setitem__", o, b, r, None))
    return results


def w5_update_bodies(content: bytes, count: int, repeat: int) -> list[Result]:
    documents = orjson.loads(content)["managedObjects"][:count]
    objects = ManagedObject.from_json_list(orjson.loads(orjson.dumps(documents)), None)
    in_place = ManagedObject.from_json_list(orjson.loads(orjson.dumps(documents)), None)
    for obj, d, other in zip(objects, documents, in_place, strict=True):
        obj["c8y_Hardware.revision"] = "2.0"
        d["c8y_Hardware"]["revision"] = "2.0"
        other["c8y_Hardware"]["revision"] = "2.0"  # a handed-out dict changed in place

    def ours() -> list[bytes]:
        return [encode_json(obj._diff_body()) for obj in objects]

    def ours_in_place() -> list[bytes]:
        return [encode_json(obj._diff_body()) for obj in in_place]

    def ours_unguarded() -> list[bytes]:
        # The same bodies without encode_json's scan for NaN and infinities (which orjson
        # would send as null): what that guard costs.
        return [orjson.dumps(obj._diff_body()) for obj in objects]

    def base() -> list[bytes]:
        return [orjson.dumps({"c8y_Hardware": d["c8y_Hardware"]}) for d in documents]

    assert ours() == base() == ours_in_place()
    gc.freeze()
    try:
        o, b, r = compare(ours, base, repeat * 3, collect=False)
        results = [Result(f"W5 update bodies x{count:,} (dotted-path change)", o, b, r, 1.5)]
        o, b, r = compare(ours_in_place, base, repeat * 3, collect=False)
        results.append(Result("   in-place change, found by snapshot compare", o, b, r, None))
        o, b, r = compare(ours_unguarded, base, repeat * 3, collect=False)
        results.append(Result("   without the NaN/infinity guard of encode_json", o, b, r, None))
    finally:
        gc.unfreeze()
    return results


# -- W4: over loopback, emulator in a child process --------------------------------------------


def serve(conn: Connection, small: int, large: int) -> None:
    """Child process: an in-memory emulator with `small` + `large` devices, until told to stop."""
    app = create_app(tenant_id=TENANT, username=USER, password=PASSWORD)
    fill(app, small, SMALL_TYPE)
    fill(app, large - small, LARGE_TYPE, start=small)
    with Emulator(app=app, tenant_id=TENANT, username=USER, password=PASSWORD) as emulator:
        conn.send(emulator.base_url)
        conn.recv()
    app.close()


async def plain_read(client: httpx.AsyncClient, params: dict[str, Any]) -> list[Any]:
    """The baseline: 8 pages in flight, in order, each parsed with orjson; a short page ends."""
    items: list[Any] = []
    window: deque[asyncio.Task[httpx.Response]] = deque()
    number = 1
    done = False
    while not done:
        while len(window) < WORKERS:
            query = {**params, "pageSize": PAGE_SIZE, "currentPage": number}
            window.append(
                asyncio.create_task(client.get("/inventory/managedObjects", params=query))
            )
            number += 1
        response = await window.popleft()
        response.raise_for_status()
        page = orjson.loads(response.content)["managedObjects"]
        items.extend(page)
        done = len(page) < PAGE_SIZE
    for task in window:
        task.cancel()
    await asyncio.gather(*window, return_exceptions=True)
    return items


async def w4_loopback(base_url: str, small: int, large: int, repeat: int) -> list[str]:
    lines: list[str] = []
    auth = httpx.BasicAuth(f"{TENANT}/{USER}", PASSWORD)
    limits = httpx.Limits(max_connections=32, max_keepalive_connections=32)
    async with (
        CumulocityClient(base_url, TENANT, username=USER, password=PASSWORD) as c8y,
        httpx.AsyncClient(base_url=base_url, auth=auth, limits=limits, timeout=60) as plain,
    ):
        fault = {
            "path": "^/inventory/managedObjects$",
            "method": "GET",
            "kind": "delay",
            "delay": DELAY_SECONDS,
            "count": -1,
        }
        (await plain.post("/_emulator/faults", json=fault)).raise_for_status()

        async def ours() -> list[ManagedObject]:
            return await c8y.inventory.get_all(
                type=SMALL_TYPE, limit=None, page_size=PAGE_SIZE, workers=WORKERS
            )

        async def base() -> list[Any]:
            return await plain_read(plain, {"type": SMALL_TYPE})

        got, want = await ours(), await base()  # also warms both connection pools
        assert len(got) == len(want) == small
        assert got[-1].id == want[-1]["id"]
        del got, want
        o, b, r = await compare_async(ours, base, repeat)
        label = f"W4 get_all {small:,} over loopback, workers={WORKERS}"
        lines.append(Result(label, o, b, r, 1.0, 0.7).line())

        (await plain.delete("/_emulator/faults")).raise_for_status()
        lines.append("")
        lines.append(
            f"W4 select streaming, tracemalloc peak ({PAGE_SIZE} per page, {WORKERS} workers):"
        )
        peaks: list[float] = []
        for count, kind in ((small, SMALL_TYPE), (large, None)):
            gc.collect()
            tracemalloc.start()
            current, _ = tracemalloc.get_traced_memory()
            started = time.perf_counter()
            seen = 0
            async for _obj in c8y.inventory.select(
                type=kind, limit=None, page_size=PAGE_SIZE, workers=WORKERS
            ):
                seen += 1
            elapsed = time.perf_counter() - started
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            assert seen == count, f"select yielded {seen}, expected {count}"
            peaks.append(peak - current)
            lines.append(
                f"   {count:>9,} objects: peak {(peak - current) / 2**20:6.1f} MiB above the "
                f"start, {elapsed:5.1f} s (slowed down by tracemalloc)"
            )
        growth = peaks[1] / peaks[0]
        verdict = "flat" if growth <= 1.25 else "GROWS"
        lines.append(
            f"   peak {large:,} / peak {small:,} = {growth:.2f} for {large // small}x the "
            f"objects: {verdict} (target: flat, <= 1.25)"
        )
    return lines


def run_loopback(small: int, large: int, repeat: int) -> list[str]:
    context = multiprocessing.get_context("spawn")
    parent, child = context.Pipe()
    process = context.Process(target=serve, args=(child, small, large), daemon=True)
    process.start()
    try:
        if not parent.poll(300):
            raise RuntimeError("the emulator process did not start within 300 s")
        base_url = parent.recv()
        return asyncio.run(w4_loopback(base_url, small, large, repeat))
    finally:
        parent.send("stop")
        process.join(30)
        if process.is_alive():
            process.kill()


def main() -> int:
    """Run every workload and print the ratios with their targets."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=11, help="repetitions per measurement")
    parser.add_argument("--objects", type=int, default=20_000, help="W1/W2/W4 object count")
    parser.add_argument("--large", type=int, default=200_000, help="W4 streaming object count")
    parser.add_argument("--updates", type=int, default=5_000, help="W5 object count")
    args = parser.parse_args()
    started = time.perf_counter()

    content = rendered_page(args.objects)
    print(
        f"c8y_objects core benchmark: ratios ours/baseline, median of {args.repeat} interleaved "
        f"repetitions (W2/W5: {args.repeat * 3}); page body {len(content) / 2**20:.1f} MiB "
        f"({len(content) // args.objects} bytes per object); Python {platform.python_version()}, "
        f"orjson {orjson.__version__}, {os.cpu_count()} CPUs, load "
        f"{' '.join(f'{x:.1f}' for x in os.getloadavg())}"
    )
    print(f"{'workload':<48} {'ours ms':>9} {'base ms':>9} {'ratio':>7}  {'target':<18}")
    results = [
        *w1_parse(content, args.objects, args.repeat),
        *w2_dot_paths(content, args.repeat),
        *w5_update_bodies(content, args.updates, args.repeat),
    ]
    for result in results:
        print(result.line(), flush=True)
    del content
    for line in run_loopback(args.objects, args.large, max(5, args.repeat // 2)):
        print(line, flush=True)
    print(f"total {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
