"""The public API's types as other tools see them: declared descriptors, the completeness check.

`tox -e typecheck-public` runs ``scripts/check_type_completeness.py`` (basedpyright
``--verifytypes``); these tests pin what that script decides from a report, and catch the most
common cause of a drop in the figure (a typed property declared without an annotation) in any
module of the package, including modules added later.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from types import ModuleType
from typing import Any

import pytest
from check_type_completeness import main, parse_report

import c8y_objects


def _modules() -> list[ModuleType]:
    names = [c8y_objects.__name__] + [
        info.name
        for info in pkgutil.walk_packages(c8y_objects.__path__, f"{c8y_objects.__name__}.")
    ]
    return [importlib.import_module(name) for name in names]


def _own_descriptors(cls: type) -> dict[str, object]:
    """The attributes of `cls` (not inherited) that are instances of our descriptor classes."""
    found = {}
    for name, value in vars(cls).items():
        kind = type(value)
        if kind.__module__.startswith("c8y_objects") and hasattr(kind, "__get__"):
            found[name] = value
    return found


def test_the_scan_sees_the_object_classes_and_their_descriptors() -> None:
    from c8y_objects import Alarm, ManagedObject

    assert {"status", "severity", "source", "time"} <= _own_descriptors(Alarm).keys()
    assert {"name", "type", "owner"} <= _own_descriptors(ManagedObject).keys()


def test_every_descriptor_attribute_has_a_declared_type() -> None:
    """``name = Field[str]("name")`` is opaque to pyright's completeness check; the annotated
    form ``name: Field[str] = Field("name")`` is not. Every module of the package is scanned."""
    missing = []
    for module in _modules():
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__:
                continue
            annotations = vars(cls).get("__annotations__", {})
            missing += [
                f"{cls.__module__}.{cls.__qualname__}.{name}"
                for name in _own_descriptors(cls)
                if name not in annotations
            ]
    assert not missing, f"declare these as `name: Kind[T] = Kind(...)`: {missing}"


def _report(score: float, symbols: list[dict[str, Any]], known: int = 10) -> dict[str, Any]:
    return {
        "generalDiagnostics": [],
        "typeCompleteness": {
            "completenessScore": score,
            "exportedSymbolCounts": {"withKnownType": known},
            "symbols": symbols,
        },
    }


def test_parse_report_reads_the_score_and_names_incomplete_symbols() -> None:
    report = _report(
        0.5,
        [
            {"name": "pkg.ok", "isTypeKnown": True, "diagnostics": []},
            {
                "name": "pkg.Thing.attr",
                "isTypeKnown": False,
                "diagnostics": [{"message": "Type is missing type annotation\n  more"}],
            },
        ],
    )
    result = parse_report(report)
    assert result.score == 0.5
    assert result.known == 10
    assert result.not_known == ["pkg.Thing.attr: Type is missing type annotation"]
    assert result.errors == []


def test_parse_report_keeps_errors_about_the_package_itself() -> None:
    report = _report(0.0, [], known=0)
    report["generalDiagnostics"] = [
        {"file": "", "severity": "error", "message": "No py.typed file found"},
        {"file": "/x.py", "severity": "error", "message": "a file's own error"},
    ]
    assert parse_report(report).errors == ["No py.typed file found"]


def test_parse_report_refuses_a_report_without_completeness() -> None:
    with pytest.raises(ValueError, match="typeCompleteness"):
        parse_report({"generalDiagnostics": []})


@pytest.mark.parametrize(
    ("score", "known", "errors", "expected"),
    [
        (0.99, 10, [], 0),
        (0.98, 10, [], 0),
        (0.97, 10, [], 1),
        (1.0, 0, [], 1),  # nothing found: the package was not importable
        (1.0, 10, ["No py.typed file found"], 1),
    ],
)
def test_main_fails_below_the_threshold_or_on_an_unusable_report(
    monkeypatch: pytest.MonkeyPatch, score: float, known: int, errors: list[str], expected: int
) -> None:
    import check_type_completeness

    report = _report(score, [], known=known)
    report["generalDiagnostics"] = [{"file": "", "severity": "error", "message": m} for m in errors]
    monkeypatch.setattr(check_type_completeness, "run_checker", lambda package: report)
    assert main(["--threshold", "0.98"]) == expected
