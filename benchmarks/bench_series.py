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

Run from the repository root::

    .venv/bin/python benchmarks/bench_series.py
    .venv/bin/python benchmarks/bench_series.py --timestamps 200000 --repeat 15
"""

from __future__ import annotations

import argparse
import gc
import random
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import orjson
import pyarrow as pa

from c8y_objects.series import Series


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


def verdict(ratio: float, target: float) -> str:
    return "meets" if ratio <= target else "MISSES"


def main() -> None:
    parser = argparse.ArgumentParser(description="Speed of Series conversions (ratios).")
    parser.add_argument("--timestamps", type=int, default=100_000)
    parser.add_argument("--series", type=int, default=3)
    parser.add_argument("--gaps", type=float, default=0.05)
    parser.add_argument("--repeat", type=int, default=11)
    args = parser.parse_args()

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
