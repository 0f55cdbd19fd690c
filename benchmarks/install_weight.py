"""Install size and import time of c8y-objects without extras, in a fresh virtual environment.

Run from the repository root (needs network access to the package index)::

    python benchmarks/install_weight.py            # the working tree
    python benchmarks/install_weight.py --ref HEAD~3   # a commit, exported with git archive

It creates a virtual environment in a temporary folder, runs ``pip install <source>`` (no extras),
and prints the size of site-packages (``du``), its ten largest distributions, whether pyarrow
and numpy are installed, the cumulative ``python -X importtime`` figure of ``c8y_objects``, and
the best-of-N wall time of ``python -c "import c8y_objects"`` (interpreter start included, next
to a bare ``python -c pass`` for reference).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str | os.PathLike[str], cwd: Path | None = None) -> str:
    done = subprocess.run(
        [os.fspath(a) for a in args], check=True, capture_output=True, text=True, cwd=cwd
    )
    return done.stdout + done.stderr


def _source(ref: str | None, into: Path) -> Path:
    """The folder to install: the working tree, or `ref` exported with git archive."""
    if ref is None:
        return ROOT
    target = into / "src"
    target.mkdir()
    archive = subprocess.run(
        ["git", "archive", "--format=tar", ref], check=True, capture_output=True, cwd=ROOT
    ).stdout
    subprocess.run(["tar", "-x", "-C", os.fspath(target)], input=archive, check=True)
    return target


def _du(path: Path) -> int:
    """Bytes used on disk below `path` (``du -sb``)."""
    return int(_run("du", "-sb", path).split()[0])


def _largest(site: Path, count: int) -> list[tuple[str, int]]:
    sizes = [(entry.name, _du(entry)) for entry in site.iterdir() if entry.is_dir()]
    return sorted(sizes, key=lambda item: -item[1])[:count]


def _import_time_us(python: Path) -> int:
    """Cumulative microseconds of ``import c8y_objects`` from ``-X importtime``."""
    # Run outside the checkout, so that the installed package is imported, not the tree's.
    out = _run(python, "-X", "importtime", "-c", "import c8y_objects", cwd=python.parent)
    for line in out.splitlines():
        parts = [part.strip() for part in line.removeprefix("import time:").split("|")]
        if len(parts) == 3 and parts[2] == "c8y_objects":
            return int(parts[1])
    raise RuntimeError("c8y_objects not found in the -X importtime output")


def _best_wall(python: Path, code: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run([os.fspath(python), "-c", code], check=True, cwd=python.parent)
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: list[str] | None = None) -> None:
    """Measure and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ref", help="a git commit to measure instead of the working tree")
    parser.add_argument("--repeat", type=int, default=7, help="wall-time runs (best of N)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="c8y-weight-") as tmp:
        folder = Path(tmp)
        source = _source(args.ref, folder)
        if args.ref is None:
            # pip builds from a copy; leave caches and virtual environments of the tree out.
            copy = folder / "src"
            shutil.copytree(
                source, copy, ignore=shutil.ignore_patterns(".git", ".*cache", ".tox", ".venv")
            )
            source = copy
        env = folder / "venv"
        _run(sys.executable, "-m", "venv", env)
        python = env / "bin" / "python"
        _run(python, "-m", "pip", "install", "--quiet", source)
        site = Path(
            _run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])").strip()
        )
        names = {entry.name.split("-")[0].lower() for entry in site.glob("*.dist-info")}
        print(f"source: {args.ref or 'working tree'}")
        print(f"site-packages: {_du(site) / 1e6:.1f} MB")
        print("largest:", ", ".join(f"{n} {s / 1e6:.1f} MB" for n, s in _largest(site, 10)))
        print(f"pyarrow installed: {'pyarrow' in names}; numpy installed: {'numpy' in names}")
        _import_time_us(python)  # a first run writes the bytecode caches
        cumulative = min(_import_time_us(python) for _ in range(args.repeat))
        print(
            f"-X importtime, c8y_objects cumulative (best of {args.repeat}): "
            f"{cumulative / 1000:.0f} ms"
        )
        bare = _best_wall(python, "pass", args.repeat)
        wall = _best_wall(python, "import c8y_objects", args.repeat)
        print(
            f"wall time, python -c 'import c8y_objects' (best of {args.repeat}): "
            f"{wall * 1000:.0f} ms (bare interpreter {bare * 1000:.0f} ms)"
        )


if __name__ == "__main__":
    main()
