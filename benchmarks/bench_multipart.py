"""Benchmark: the emulator's multipart/form-data reader against python-multipart, as ratios.

Not a test: it prints ratios measured in one run (ours / python-multipart, median of the
per-repetition ratios; the two contenders take turns), so the numbers compare like with like on
whatever machine runs it. Both sides produce the same list of parts (form field name, file name,
media type, content bytes); the lists are compared before any timing.

Bodies, each at 1 MiB and 8 MiB:

- one file: an ``object`` JSON field and one ``file`` part of random bytes (an upload of
  ``POST /inventory/binaries``);
- many parts: 1 KiB files, one per part (1024 and 8192 parts), where a scan that restarts at
  each part costs most.

Target: ours at most 1.5x python-multipart on every body.

Run: ``.venv/bin/python benchmarks/bench_multipart.py [--repeat 15]``
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable

import httpx
from python_multipart import MultipartParser
from python_multipart.multipart import parse_options_header

from c8y_emulator.multipart import header_parameters, parse_form_data

TARGET_RATIO = 1.5
MIB = 1024 * 1024
Parts = list[tuple[str, str | None, str, bytes]]


def _body(files: list[tuple[str, tuple[str, bytes, str]]], with_object: bool) -> tuple[bytes, str]:
    data = {"object": '{"name": "bench", "type": "c8y_Bench"}'} if with_object else None
    request = httpx.Request("POST", "http://bench", data=data, files=files)
    return request.read(), request.headers["content-type"]


def _one_file(size: int, rng: random.Random) -> tuple[bytes, str]:
    return _body([("file", ("upload.bin", rng.randbytes(size), "application/octet-stream"))], True)


def _many_parts(size: int, rng: random.Random) -> tuple[bytes, str]:
    files = [
        (f"file{index}", (f"part{index}.bin", rng.randbytes(1024), "application/octet-stream"))
        for index in range(size // 1024)
    ]
    return _body(files, False)


def ours(body: bytes, content_type: str) -> Parts:
    """Our reader, reduced to plain tuples."""
    return [
        (part.name, part.filename, part.content_type, part.data)
        for part in parse_form_data(body, content_type, "inventory")
    ]


def theirs(body: bytes, content_type: str) -> Parts:
    """python-multipart's push parser, collecting what our reader returns."""
    boundary = header_parameters(content_type)["boundary"]
    parts: Parts = []
    chunks: list[bytes] = []
    headers: dict[bytes, bytes] = {}
    field: list[bytes] = []
    value: list[bytes] = []

    def on_part_begin() -> None:
        chunks.clear()
        headers.clear()

    def on_part_data(data: bytes, start: int, end: int) -> None:
        chunks.append(data[start:end])

    def on_header_field(data: bytes, start: int, end: int) -> None:
        field.append(data[start:end])

    def on_header_value(data: bytes, start: int, end: int) -> None:
        value.append(data[start:end])

    def on_header_end() -> None:
        headers[b"".join(field).lower()] = b"".join(value)
        field.clear()
        value.clear()

    def on_part_end() -> None:
        _, options = parse_options_header(headers.get(b"content-disposition", b""))
        filename = options.get(b"filename")
        media_type, _ = parse_options_header(headers.get(b"content-type", b""))
        parts.append(
            (
                options[b"name"].decode(),
                None if filename is None else filename.decode(),
                media_type.decode().lower(),
                b"".join(chunks),
            )
        )

    parser = MultipartParser(
        boundary,
        {
            "on_part_begin": on_part_begin,
            "on_part_data": on_part_data,
            "on_header_field": on_header_field,
            "on_header_value": on_header_value,
            "on_header_end": on_header_end,
            "on_part_end": on_part_end,
        },
    )
    parser.write(body)
    parser.finalize()
    return parts


def _seconds(reader: Callable[[bytes, str], Parts], body: bytes, content_type: str) -> float:
    started = time.perf_counter()
    reader(body, content_type)
    return time.perf_counter() - started


def _compare(body: bytes, content_type: str, repeat: int) -> tuple[float, float, float]:
    """Median ms of ours and theirs and the median of the per-repetition ratios."""
    expected = theirs(body, content_type)
    assert ours(body, content_type) == expected, "the two readers disagree on the parts"
    mine: list[float] = []
    base: list[float] = []
    ratios: list[float] = []
    for index in range(repeat):
        first, second = (ours, theirs) if index % 2 == 0 else (theirs, ours)
        a = _seconds(first, body, content_type)
        b = _seconds(second, body, content_type)
        ours_s, theirs_s = (a, b) if first is ours else (b, a)
        mine.append(ours_s)
        base.append(theirs_s)
        ratios.append(ours_s / theirs_s)
    return statistics.median(mine) * 1e3, statistics.median(base) * 1e3, statistics.median(ratios)


def main() -> int:
    """Run the benchmark and print the ratios."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    rng = random.Random(11)  # the same bodies in every run
    cases = {
        "1 MiB, one file": _one_file(MIB, rng),
        "8 MiB, one file": _one_file(8 * MIB, rng),
        "1 MiB, 1024 parts of 1 KiB": _many_parts(MIB, rng),
        "8 MiB, 8192 parts of 1 KiB": _many_parts(8 * MIB, rng),
    }
    print(f"multipart/form-data bodies, median of {args.repeat} alternating runs")
    print(f"{'body':<28} {'ours ms':>9} {'p-m ms':>9} {'ratio':>6}")
    worst = 0.0
    for label, (body, content_type) in cases.items():
        mine, base, ratio = _compare(body, content_type, args.repeat)
        worst = max(worst, ratio)
        print(f"{label:<28} {mine:9.2f} {base:9.2f} {ratio:6.2f}")
    verdict = "meets" if worst <= TARGET_RATIO else "MISSES"
    print(f"worst ratio {worst:.2f}: {verdict} the target of {TARGET_RATIO}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
