"""Every request of the object model comes from the generated wire, and the table says which."""

from __future__ import annotations

import ast
from pathlib import Path

from object_model_operations import emulated_operations, render, used_operations

ROOT = Path(__file__).resolve().parents[2]
API_ROOTS = (
    "alarm",
    "application",
    "audit",
    "devicecontrol",
    "event",
    "identity",
    "inventory",
    "measurement",
    "notification2",
    "tenant",
    "user",
)


def test_committed_operations_table_is_current() -> None:
    committed = (ROOT / "docs" / "object-model-operations.md").read_text(encoding="utf-8")
    assert committed == render(used_operations(), emulated_operations()), (
        "docs/object-model-operations.md is stale: run "
        "`python scripts/object_model_operations.py > docs/object-model-operations.md`"
    )


def test_the_object_model_holds_no_path_of_the_platform() -> None:
    literals = []
    for path in sorted((ROOT / "c8y_objects").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                text = node.value
                if any(text.startswith(f"/{root}/") or text == f"/{root}" for root in API_ROOTS):
                    literals.append(f"{path.name}:{node.lineno}: {text!r}")
            elif isinstance(node, ast.JoinedStr):
                head = node.values[0] if node.values else None
                if (
                    isinstance(head, ast.Constant)
                    and isinstance(head.value, str)
                    and any(head.value.startswith(f"/{root}/") for root in API_ROOTS)
                ):
                    literals.append(f"{path.name}:{node.lineno}: f-string {head.value!r}...")
    assert literals == [], "paths must come from c8y_rest.wire:\n" + "\n".join(literals)


def test_the_table_finds_the_operations_a_module_uses(tmp_path: Path) -> None:
    module = tmp_path / "sample.py"
    module.write_text(
        "from c8y_rest import wire\n"
        "A = wire.GET_ALARM_RESOURCE\n"
        "def f():\n    return wire.PUT_ALARM_RESOURCE.path, other.NOT_WIRE, wire.lower\n",
        encoding="utf-8",
    )
    assert used_operations(tmp_path) == {
        "GET_ALARM_RESOURCE": {"sample"},
        "PUT_ALARM_RESOURCE": {"sample"},
    }
    table = render(used_operations(tmp_path), {("GET", "/alarm/alarms/{id}")})
    assert "| GET | `/alarm/alarms/{id}` | getAlarmResource | sample | yes |" in table
    assert "| PUT | `/alarm/alarms/{id}` | putAlarmResource | sample | no |" in table
    assert "**2 operations**, 1 of them emulated." in table
