"""The README's usage example runs as written against the emulator on loopback."""

from __future__ import annotations

import re
import runpy
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from c8y_emulator.testing import running_emulator

README = Path(__file__).resolve().parents[2] / "README.md"
EXAMPLE_URL = "http://127.0.0.1:8111"


def usage_example() -> str:
    text = README.read_text(encoding="utf-8")
    section = text.split("## Using it", 1)[1].split("\n## ", 1)[0]
    match = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert match is not None, "the usage section has no python block"
    return match.group(1)


def test_the_usage_example_runs_against_the_emulator(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code = usage_example()
    assert EXAMPLE_URL in code
    script = tmp_path / "usage.py"
    with running_emulator() as emulator:
        script.write_text(code.replace(EXAMPLE_URL, emulator.base_url), encoding="utf-8")
        monkeypatch.chdir(tmp_path)
        runpy.run_path(str(script), run_name="__main__")
    out = capsys.readouterr().out.splitlines()
    assert re.fullmatch(r"\d+ Pump 7 P-200", out[0])
    assert "acme_Flow.F.max: double" in out
    assert out[-2:] == ["100", "404 inventory/Not Found"]
    assert pq.read_metadata(tmp_path / "flow.parquet").num_rows == 100
