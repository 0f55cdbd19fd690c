"""Fail when too little of the public API of ``c8y_objects`` is fully typed.

Runs ``basedpyright --verifytypes c8y_objects --ignoreexternal --outputjson`` (the checker must
be able to import the package: installed, or on ``PYTHONPATH`` together with ``generated``),
reads ``typeCompleteness.completenessScore`` and exits 1 below the threshold, listing the public
symbols whose type is not fully known. ``tox -e typecheck-public`` runs it.

Usage: ``python scripts/check_type_completeness.py [--threshold 0.98] [--package c8y_objects]``
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

DEFAULT_THRESHOLD = 0.98


@dataclass(frozen=True)
class Completeness:
    """What the checker reports for one package.

    Attributes:
        score: The share of public symbols with a fully known type (0.0 to 1.0).
        known: The number of exported symbols with a known type.
        not_known: The names of public symbols whose type is not fully known, each with the
            checker's first message about it.
        errors: Messages that make the report meaningless (package not found, no py.typed).
    """

    score: float
    known: int
    not_known: list[str]
    errors: list[str]


def parse_report(report: dict[str, Any]) -> Completeness:
    """Read the parts of a ``--verifytypes --outputjson`` report that the check needs (pure).

    Raises:
        ValueError: The report holds no ``typeCompleteness`` section.
    """
    section = report.get("typeCompleteness")
    if not isinstance(section, dict):
        raise ValueError("the checker's report has no typeCompleteness section")
    not_known = []
    for symbol in section.get("symbols", []):
        if symbol.get("isTypeKnown", True):
            continue
        messages = [str(d.get("message", "")) for d in symbol.get("diagnostics", [])]
        first = messages[0].splitlines()[0] if messages else "type not fully known"
        not_known.append(f"{symbol.get('name')}: {first}")
    errors = [
        str(d.get("message"))
        for d in report.get("generalDiagnostics", [])
        if d.get("severity") == "error" and not d.get("file")
    ]
    counts = section.get("exportedSymbolCounts", {})
    return Completeness(
        score=float(section.get("completenessScore", 0.0)),
        known=int(counts.get("withKnownType", 0)),
        not_known=not_known,
        errors=errors,
    )


def checker() -> str:
    """The basedpyright executable.

    Raises:
        FileNotFoundError: basedpyright is not installed.
    """
    exe = shutil.which("basedpyright")
    if exe is None:
        raise FileNotFoundError("basedpyright is not installed (pip install basedpyright)")
    return exe


def run_checker(package: str) -> dict[str, Any]:
    """Run basedpyright's ``--verifytypes`` on `package` and return its JSON report.

    Raises:
        FileNotFoundError: basedpyright is not installed.
    """
    # The exit status is 1 whenever a single symbol is incomplete; the report decides instead.
    done = subprocess.run(
        [checker(), "--verifytypes", package, "--ignoreexternal", "--outputjson"],
        capture_output=True,
        text=True,
        check=False,
    )
    report: dict[str, Any] = json.loads(done.stdout)
    return report


def main(argv: Sequence[str] | None = None) -> int:
    """Check the package and print the figure; return the process exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--package", default="c8y_objects")
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    args = parser.parse_args(argv)
    result = parse_report(run_checker(args.package))
    if result.errors or result.known == 0:
        print(f"{args.package}: the checker could not verify the package:", file=sys.stderr)
        for message in result.errors or ["no public symbol found (is the package importable?)"]:
            print(f"  {message}", file=sys.stderr)
        return 1
    for line in result.not_known:
        print(f"  not fully typed: {line}")
    verdict = "ok" if result.score >= args.threshold else "below the threshold"
    print(
        f"{args.package}: {result.score:.1%} of the public symbols fully typed "
        f"(threshold {args.threshold:.0%}): {verdict}"
    )
    return 0 if result.score >= args.threshold else 1


if __name__ == "__main__":
    sys.exit(main())
