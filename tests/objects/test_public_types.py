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
import re
import sys
from collections.abc import Callable
from functools import cached_property
from types import GenericAlias, ModuleType, UnionType
from typing import Any, TypeVar, get_origin, get_overloads

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


# -- type aliases in public signatures ---------------------------------------------------------

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _is_alias(value: object) -> bool:
    """Whether a module-level value is a type alias (a union, a parametrised generic, a
    `Literal`, or the string form ``X: TypeAlias = "..."``), not a class or a type variable."""
    if isinstance(value, type | ModuleType | TypeVar):
        return False
    return isinstance(value, str | UnionType | GenericAlias) or get_origin(value) is not None


def _public_functions() -> list[Callable[..., Any]]:
    """Every function a user reaches: public functions and the public methods (with their
    overloads) of the public classes, in the `__all__` of every public module."""
    found: list[Callable[..., Any]] = []
    seen: set[int] = set()
    for module in _modules():
        if any(part.startswith("_") for part in module.__name__.split(".")):
            continue
        for name in getattr(module, "__all__", []):
            obj = getattr(module, name)
            if id(obj) in seen or not getattr(obj, "__module__", "").startswith("c8y_objects"):
                continue
            seen.add(id(obj))
            members = vars(obj).items() if inspect.isclass(obj) else [(name, obj)]
            for attr, member in members:
                if attr.startswith("_") and attr != "__init__":
                    continue
                if isinstance(member, staticmethod | classmethod):
                    member = member.__func__
                elif isinstance(member, property):
                    member = member.fget
                elif isinstance(member, cached_property):
                    member = member.func
                if inspect.isfunction(member):
                    found += [member, *get_overloads(member)]
    return found


def _aliases_in_public_signatures() -> dict[str, tuple[object, str]]:
    """Alias name -> (its value, a function whose signature uses it)."""
    aliases: dict[str, tuple[object, str]] = {}
    for function in _public_functions():
        namespace = vars(sys.modules[function.__module__])
        for annotation in function.__annotations__.values():
            text = annotation if isinstance(annotation, str) else repr(annotation)
            for name in _IDENTIFIER.findall(text):
                value = namespace.get(name)
                if name in namespace and _is_alias(value) and not name.isupper():
                    aliases.setdefault(
                        name, (value, f"{function.__module__}.{function.__qualname__}")
                    )
    return aliases


def test_the_alias_scan_finds_the_aliases_of_the_signatures() -> None:
    found = _aliases_in_public_signatures()
    assert {"Progress", "Matcher", "ValueSpec", "ObjectOrId", "ExtraParams", "DateLike"} <= set(
        found
    )
    assert "Alarm" not in found  # classes are not aliases
    assert "O" not in found  # nor are type variables
    assert "MO" not in found


def test_every_alias_used_in_a_public_signature_is_exported() -> None:
    """A user annotating their own code with our types finds each alias on `c8y_objects` (and
    in its `__all__`), with the same definition as where the signature takes it from."""
    problems = []
    for name, (value, where) in sorted(_aliases_in_public_signatures().items()):
        if name not in c8y_objects.__all__:
            problems.append(f"{name} (used by {where}) is not in c8y_objects.__all__")
        elif getattr(c8y_objects, name) is not value:
            problems.append(f"c8y_objects.{name} differs from the alias {where} uses")
    assert not problems, "\n".join(problems)


# -- as_values: what a call returns follows from what it asks for --------------------------------


def _as_values_kinds(function: Callable[..., Any]) -> dict[str, str]:
    """The return annotation of each overload of `function`, by its ``as_values`` annotation."""
    kinds = {}
    for overload in get_overloads(function):
        parameter = inspect.signature(overload).parameters.get("as_values")
        if parameter is not None:
            kinds[str(parameter.annotation)] = str(inspect.signature(overload).return_annotation)
    return kinds


def test_every_public_call_taking_as_values_types_each_form() -> None:
    """No as_values, one path, a list of paths: three overloads; the plain form returns the
    objects, the list form tuples. Checked on every public method of the package, so a new
    resource that forgets them fails here rather than handing `Any` to its users."""
    functions = _public_functions()
    overloads = {id(o) for f in functions for o in get_overloads(f)}
    checked, problems = 0, []
    for function in functions:
        if id(function) in overloads or "as_values" not in inspect.signature(function).parameters:
            continue
        checked += 1
        kinds = _as_values_kinds(function)
        where = f"{function.__module__}.{function.__qualname__}"
        plain = kinds.get("None")
        if plain is None or "Any" in plain:
            problems.append(f"{where}: no overload for as_values=None returning the objects")
        if "ValueSpec" not in kinds:
            problems.append(f"{where}: no overload for a single path (as_values: ValueSpec)")
        if "tuple[Any, ...]" not in kinds.get("list[ValueSpec]", ""):
            problems.append(f"{where}: a list of paths does not give tuple[Any, ...]")
    assert checked >= 20, checked  # select and get_all of every resource
    assert not problems, "\n".join(problems)
