"""The committed coverage table is the one the code produces today."""

from __future__ import annotations

import json
from pathlib import Path

from c8y_emulator import EmulatorApp
from c8y_emulator.coverage import coverage_table, spec_template

ROOT = Path(__file__).resolve().parents[2]


def test_committed_coverage_table_is_current(app: EmulatorApp) -> None:
    spec = json.loads((ROOT / "openapi" / "c8y-core.json").read_text())
    committed = (ROOT / "docs" / "emulator-coverage.md").read_text()
    assert committed == coverage_table(spec, app), (
        "docs/emulator-coverage.md is stale: run "
        "`python -m c8y_emulator.coverage > docs/emulator-coverage.md`"
    )


def test_every_platform_route_exists_in_the_spec(app: EmulatorApp) -> None:
    spec = json.loads((ROOT / "openapi" / "c8y-core.json").read_text())
    in_spec = {
        (method.upper(), spec_template(path))
        for path, item in spec["paths"].items()
        for method in item
    }
    routes = {(route.method, spec_template(route.template)) for route in app.router}
    assert routes - in_spec == set()
