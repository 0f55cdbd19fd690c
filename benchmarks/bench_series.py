"""Speed of `Series` conversions, as ratios against baselines measured in the same run.

W3: a series answer with 3 series x 100,000 timestamps (``min``/``max`` entries, 5 % gaps).

- baseline: a plain Python loop that reads the parsed document into lists (one list per series
  and value key, the value keys held in a tuple) and builds a pyarrow table from them;
- ``Series.to_arrow()`` from the parsed document: target at most 0.5x that baseline;
- end to end, response bytes to Arrow table (``Series.from_bytes(body).to_arrow()``): target
  at most 1.3x ``orjson.loads`` of the same bytes;
- ``to_numpy`` / ``to_dataframe`` / ``to_polars`` on a fresh `Series`: target at most 1.1x
  ``to_arrow()`` on a fresh `Series` (they are conversions of it).

For information it also prints a hand-specialised loop (the keys ``min``/``max`` written into
the code) and, when the package ``c8y_api`` happens to be importable, that SDK's
``Series.collect``. Each figure is the fastest of ``--repeat`` runs, taken in turns, with a
garbage collection before each run.

With ``--export N`` it also streams N measurements (two series each, pages of 2000 made on
demand by a mock transport, so the server side holds nothing) into a Parquet file with
`Measurements.export_parquet`, first N/10 and then N, and prints the process's peak resident
memory after each run: flat memory means the second peak is about the first.

Run from the repository root::

    .venv/bin/python benchmarks/bench_series.py
    .venv/bin/python benchmarks/bench_series.py --timestamps 200000 --repeat 15
    .venv/bin/python benchmarks/bench_series.py --export 1000000
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import random
import resource
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import orjson
import pyarrow as pa
import pyarrow.parquet as pq

from c8y_objects import CumulocityClient
from c8y_objects.series import Series, format_millis


def make_document(timestamps: int, series: int, gaps: float, seed: int = 7) -> dict[str, Any]:
    """A series answer as the platform writes it (unaggregated: min equals max)."""
    rnd = random.Random(seed)
    start = datetime(2024, 1, 1, tzinfo=UTC)
    values: dict[str, Any] = {}
    for i in range(timestamps):
        stamp = (start + timedelta(seconds=i)).isoformat(timespec="milliseconds")
        row: list[Any] = []
        for _ in range(series):
            if rnd.random() < gaps:
                row.append(None)
            else:
                value = round(rnd.uniform(-40.0, 60.0), 2)
                row.append({"min": value, "max": value})
        values[stamp.replace("+00:00", "Z")] = row
    specs = [{"unit": "C", "name": f"T{i}", "type": "c8y_Temperature"} for i in range(series)]
    return {"values": values, "series": specs, "truncated": False}


def plain_loop(document: dict[str, Any]) -> pa.Table:
    """The baseline: read the parsed document in a plain loop, then build the table."""
    keys = ("min", "max")
    width = len(keys)
    specs = document["series"]
    times: list[str] = []
    columns: list[list[Any]] = [[] for _ in range(len(specs) * width)]
    for stamp, row in document["values"].items():
        times.append(stamp)
        for i, entry in enumerate(row):
            for j, key in enumerate(keys):
                columns[i * width + j].append(None if entry is None else entry.get(key))
    arrays = {"time": pa.array(times, pa.string()).cast(pa.timestamp("ms", tz="UTC"))}
    for i, spec in enumerate(specs):
        for j, key in enumerate(keys):
            name = f"{spec['type']}.{spec['name']}.{key}"
            arrays[name] = pa.array(columns[i * width + j], pa.float64())
    return pa.table(arrays)


def tight_loop(document: dict[str, Any]) -> pa.Table:
    """For information: the same loop with the two keys written into the code."""
    specs = document["series"]
    times: list[str] = []
    columns: list[list[Any]] = [[] for _ in range(len(specs) * 2)]
    for stamp, row in document["values"].items():
        times.append(stamp)
        for i, entry in enumerate(row):
            if entry is None:
                columns[2 * i].append(None)
                columns[2 * i + 1].append(None)
            else:
                columns[2 * i].append(entry.get("min"))
                columns[2 * i + 1].append(entry.get("max"))
    arrays = {"time": pa.array(times, pa.string()).cast(pa.timestamp("ms", tz="UTC"))}
    for i, column in enumerate(columns):
        arrays[str(i)] = pa.array(column, pa.float64())
    return pa.table(arrays)


def measure(cases: dict[str, Callable[[], Any]], repeat: int) -> dict[str, float]:
    """Fastest run per case, in seconds; the cases take turns so that drift hits all alike.

    Other work on the machine only ever adds time, so the fastest of several runs is the
    steadiest estimate of a case's own cost.
    """
    runs: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(repeat):
        for name, case in cases.items():
            gc.collect()
            start = time.perf_counter()
            case()
            runs[name].append(time.perf_counter() - start)
    return {name: min(times) for name, times in runs.items()}


def measurement_page(first: int, size: int, count: int) -> bytes:
    """One page of the measurement collection, made on demand."""
    items = []
    for i in range(first, min(first + size, count)):
        items.append(
            {
                "id": str(100_000 + i),
                "self": f"http://c8y/measurement/measurements/{100_000 + i}",
                "time": format_millis(1_700_000_000_000 + i * 1000),
                "type": "c8y_Climate",
                "source": {"id": "7", "self": "http://c8y/inventory/managedObjects/7"},
                "c8y_Temperature": {"T": {"value": 20 + (i % 100) / 10, "unit": "C"}},
                "c8y_Humidity": {"H": {"value": float(i % 60), "unit": "%"}},
            }
        )
    return orjson.dumps({"measurements": items})


async def export(count: int, folder: Path) -> int:
    def answer(request: httpx.Request) -> httpx.Response:
        size = int(request.url.params["pageSize"])
        first = (int(request.url.params["currentPage"]) - 1) * size
        return httpx.Response(200, content=measurement_page(first, size, count))

    transport = httpx.MockTransport(answer)
    async with CumulocityClient("http://c8y", "t1", token="x", transport=transport) as c8y:
        return await c8y.measurements.export_parquet(folder / f"{count}.parquet", workers=2)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def export_memory(count: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        before = peak_rss_mb()
        results = []
        for n in (count // 10, count):
            start = time.perf_counter()
            written = asyncio.run(export(n, Path(folder)))
            seconds = time.perf_counter() - start
            rows = pq.ParquetFile(Path(folder) / f"{n}.parquet").metadata.num_rows
            assert written == rows == n
            results.append((n, seconds, peak_rss_mb()))
    print(f"Parquet export (peak resident memory of the process; {before:.0f} MB before)")
    for n, seconds, peak in results:
        print(
            f"  {n:>10,} measurements  {seconds:6.1f} s  {n / seconds:9,.0f}/s  peak {peak:6.0f} MB"
        )
    growth = results[1][2] / results[0][2]
    print(f"  10x the measurements: peak x{growth:.2f} (flat memory: about 1)")


def verdict(ratio: float, target: float) -> str:
    return "meets" if ratio <= target else "MISSES"


def main() -> None:
    parser = argparse.ArgumentParser(description="Speed of Series conversions (ratios).")
    parser.add_argument("--timestamps", type=int, default=100_000)
    parser.add_argument("--series", type=int, default=3)
    parser.add_argument("--gaps", type=float, default=0.05)
    parser.add_argument("--repeat", type=int, default=11)
    parser.add_argument("--export", type=int, default=0, help="measurements to export")
    args = parser.parse_args()
    if args.export:
        export_memory(args.export)
        return

    body = orjson.dumps(make_document(args.timestamps, args.series, args.gaps))
    document = orjson.loads(body)
    first = "c8y_Temperature.T0"

    # The results must agree before their speed means anything.
    reference = plain_loop(document)
    ours = Series(document).to_arrow()
    assert ours.column_names == reference.column_names
    assert all(ours.column(i).equals(reference.column(i)) for i in range(ours.num_columns))
    assert Series.from_bytes(body).to_arrow().equals(ours)

    cases: dict[str, Callable[[], Any]] = {
        "plain loop": lambda: plain_loop(document),
        "tight loop": lambda: tight_loop(document),
        "orjson.loads": lambda: orjson.loads(body),
        "to_arrow": lambda: Series(document).to_arrow(),
        "bytes to arrow": lambda: Series.from_bytes(body).to_arrow(),
        "to_numpy": lambda: Series(document).to_numpy(first, "min"),
        "to_dataframe": lambda: Series(document).to_dataframe(),
        "to_polars": lambda: Series(document).to_polars(),
    }
    try:  # the existing SDK, when someone has it installed: for information only
        from c8y_api.model import Series as OtherSeries  # type: ignore[import-not-found]

        other = OtherSeries(document)
        cases["c8y_api collect"] = lambda: other.collect()
    except ImportError:
        pass
    seconds = measure(cases, args.repeat)
    base = seconds["plain loop"]
    arrow = seconds["to_arrow"]
    loads = seconds["orjson.loads"]
    print(
        f"W3: {args.series} series x {args.timestamps:,} timestamps, {args.gaps:.0%} gaps, "
        f"{len(body) / 1e6:.1f} MB; fastest of {args.repeat} runs"
    )
    for name in ("plain loop", "tight loop", "c8y_api collect", "to_arrow", "orjson.loads"):
        if name in seconds:
            ms = seconds[name] * 1e3
            print(f"  {name:31s} {ms:8.1f} ms  {seconds[name] / base:5.2f}x plain loop")
    print(f"  {'bytes to arrow':31s} {seconds['bytes to arrow'] * 1e3:8.1f} ms")
    print(f"  {'to_arrow / tight loop':31s} {arrow / seconds['tight loop']:5.2f}x (information)")
    if "c8y_api collect" in seconds:
        other = arrow / seconds["c8y_api collect"]
        print(f"  {'to_arrow / c8y_api collect':31s} {other:5.2f}x (information)")
    results: list[tuple[str, float, float]] = [
        ("to_arrow / plain loop", arrow / base, 0.5),
        ("bytes to arrow / orjson.loads", seconds["bytes to arrow"] / loads, 1.3),
        ("to_numpy / to_arrow", seconds["to_numpy"] / arrow, 1.1),
        ("to_dataframe / to_arrow", seconds["to_dataframe"] / arrow, 1.1),
        ("to_polars / to_arrow", seconds["to_polars"] / arrow, 1.1),
    ]
    for name, ratio, target in results:
        print(f"  {name:31s} {ratio:5.2f}x  target <= {target}: {verdict(ratio, target)}")
    failed = [name for name, ratio, target in results if ratio > target]
    print("all targets met" if not failed else f"targets missed: {', '.join(failed)}")


if __name__ == "__main__":
    main()
