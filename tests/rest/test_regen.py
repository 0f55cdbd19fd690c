"""The pipeline copes with another platform release: derive and generate the 10.18.0 document."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED_SPEC = ROOT.parent / "shared" / "spec"
HTTP_METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}


def operations(spec_path: Path) -> set[tuple[str, str]]:
    spec = json.loads(spec_path.read_text(encoding="utf-8"))
    return {
        (method.upper(), path)
        for path, item in spec["paths"].items()
        for method in item
        if method in HTTP_METHODS
    }


@pytest.mark.skipif(
    shutil.which("openapi-python-client") is None, reason="pinned generator not installed"
)
@pytest.mark.skipif(
    not (SHARED_SPEC / "c8y-oas-10.18.0.json").is_file(), reason="upstream 10.18.0 not present"
)
def test_older_release_regenerates_without_warnings(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            "bash",
            str(ROOT / "scripts" / "regen.sh"),
            "--upstream",
            str(SHARED_SPEC / "c8y-oas-10.18.0.json"),
            "--out",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        env={**os.environ},
        check=False,
    )
    assert result.returncode == 0, result.stderr[-4000:]

    older = operations(tmp_path / "openapi" / "c8y-core.json")
    latest = operations(ROOT / "openapi" / "c8y-core.json")
    package = tmp_path / "generated" / "c8y_rest"
    endpoints = [
        path
        for path in (package / "api").rglob("*.py")
        if path.name != "__init__.py" and "def asyncio_detailed(" in path.read_text("utf-8")
    ]
    assert len(endpoints) == len(older)
    assert (package / "py.typed").is_file()

    # The report: what the older release lacks and what it has that the latest dropped.
    only_latest = sorted(latest - older)
    only_older = sorted(older - latest)
    print(f"\n10.18.0: {len(older)} operations; latest: {len(latest)}")
    print(
        f"only in latest ({len(only_latest)}):", *(f"{m} {p}" for m, p in only_latest), sep="\n  "
    )
    print(f"only in 10.18.0 ({len(only_older)}):", *(f"{m} {p}" for m, p in only_older), sep="\n  ")
    print(result.stderr)
