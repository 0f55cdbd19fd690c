"""Check that the ``typed`` extra keeps its promise: Arrow and pandas results are typed.

Without pyarrow-stubs and pandas-stubs a type checker sees ``to_arrow()`` and
``to_dataframe()`` results as ``Any``. This script type-checks a short piece of user code with
basedpyright in the current environment (install ``c8y-objects[typed]`` first): each
``assert_type`` must hold, and any diagnostic fails the check. ``tox -e typecheck-public`` runs
it.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from check_type_completeness import checker

USER_CODE = """\
from typing import assert_type

import pandas  # pyright: ignore[reportMissingModuleSource]  (the stubs suffice)
import pyarrow

from c8y_objects import CumulocityClient


async def usage(c8y: CumulocityClient) -> None:
    _ = assert_type(await c8y.measurements.to_arrow(source="1"), pyarrow.Table)
    _ = assert_type(await c8y.inventory.to_dataframe(columns=["name"]), pandas.DataFrame)
    _ = assert_type(await c8y.alarms.to_dataframe(columns=["type"]), pandas.DataFrame)
"""


def diagnostics(code: str) -> list[str]:
    """Type-check `code` as a user's module; return basedpyright's diagnostics as lines."""
    with tempfile.TemporaryDirectory() as folder:
        module = Path(folder) / "user_code.py"
        module.write_text(code)
        done = subprocess.run(
            [checker(), "--pythonpath", sys.executable, "--outputjson", str(module)],
            capture_output=True,
            text=True,
            check=False,
            cwd=folder,
        )
    report: dict[str, Any] = json.loads(done.stdout)
    if report.get("summary", {}).get("filesAnalyzed") != 1:
        return [f"the checker analysed no file: {done.stdout[:500]}"]
    return [
        f"{d.get('severity')}: line {d.get('range', {}).get('start', {}).get('line', -1) + 1}: "
        f"{d.get('message')}"
        for d in report.get("generalDiagnostics", [])
    ]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the check; return the process exit status."""
    del argv
    found = diagnostics(USER_CODE)
    for line in found:
        print(f"  {line}", file=sys.stderr)
    if found:
        print("typed extra: Arrow or pandas results are not typed as promised", file=sys.stderr)
        return 1
    print("typed extra: to_arrow() gives a pyarrow.Table, to_dataframe() a pandas.DataFrame: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
