"""The spec owns the wire: a platform release that renames or drops what c8y_objects uses breaks
the type check and the import, naming the place in c8y_objects.

The test edits a copy of the derived spec (renames the alarm query parameter
``withSourceAssets`` and removes the path ``/alarm/alarms/count``), regenerates the client from it
in a temporary folder, and runs ``mypy --strict`` and ``import c8y_objects`` against that client.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

MYPY_CONFIG = """\
[mypy]
strict = True
python_version = 3.11
explicit_package_bases = True

[mypy-jsonpath_ng.*,pyarrow.*,lark.*,jmespath.*]
ignore_missing_imports = True
"""


@pytest.fixture(scope="module")
def edited_client(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A client regenerated from the spec with one parameter renamed and one path removed."""
    if shutil.which("openapi-python-client") is None:
        pytest.skip("pinned generator not installed")
    out = tmp_path_factory.mktemp("edited")
    spec = json.loads((ROOT / "openapi" / "c8y-core.json").read_text(encoding="utf-8"))
    parameter = spec["components"]["parameters"]["queryParam_alarm_withSourceAssets"]
    assert parameter["name"] == "withSourceAssets"
    parameter["name"] = "withSourceAssetsRenamed"
    del spec["paths"]["/alarm/alarms/count"]
    edited = out / "c8y-core.edited.json"
    edited.write_text(json.dumps(spec), encoding="utf-8")
    result = subprocess.run(
        ["bash", str(ROOT / "scripts" / "regen.sh"), "--spec", str(edited), "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    wire = (out / "generated" / "c8y_rest" / "wire.py").read_text(encoding="utf-8")
    assert "withSourceAssetsRenamed" in wire
    assert "GET_ALARM_COLLECTION_COUNT_RESOURCE" not in wire
    return out / "generated"


def test_mypy_names_the_use_of_the_removed_operation(edited_client: Path, tmp_path: Path) -> None:
    config = tmp_path / "mypy.ini"
    config.write_text(MYPY_CONFIG, encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--config-file",
            str(config),
            "--cache-dir",
            str(tmp_path / "cache"),
            "-p",
            "c8y_objects",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "MYPYPATH": str(edited_client)},
        check=False,
    )
    assert result.returncode == 1, result.stdout[-4000:] + result.stderr[-4000:]
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert errors, result.stdout
    assert all(line.startswith("c8y_objects/") for line in errors), errors
    assert any(
        line.startswith("c8y_objects/alarms.py:")
        and '"GET_ALARM_COLLECTION_COUNT_RESOURCE"' in line
        for line in errors
    ), errors


def test_the_import_fails_naming_the_filter_of_the_renamed_parameter(edited_client: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", "import c8y_objects"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": os.pathsep.join([str(edited_client), str(ROOT)])},
        check=False,
    )
    assert result.returncode == 1
    assert "WireMismatchError" in result.stderr, result.stderr
    assert "c8y_objects.alarms.AlarmFilters.with_source_assets" in result.stderr
    assert "has no query parameter 'withSourceAssets'" in result.stderr
