"""Importing c8y_objects stays light: pyarrow and numpy load only when a conversion needs them."""

from __future__ import annotations

import subprocess
import sys

import pytest

import c8y_objects


def _run(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    return done.stdout.strip()


def test_import_does_not_load_pyarrow_or_numpy() -> None:
    code = "import sys, c8y_objects; print(sorted({'pyarrow', 'numpy'} & set(sys.modules)))"
    assert _run(code) == "[]"


def test_series_names_load_on_first_use_and_pyarrow_on_first_conversion() -> None:
    code = (
        "import sys; from c8y_objects import Series, SeriesSpec; "
        "print(Series.__module__, SeriesSpec.__module__, 'pyarrow' in sys.modules); "
        "s = Series({'series': [{'type': 'c8y_T', 'name': 'T'}], "
        "'values': {'2024-01-01T00:00:00Z': [{'min': 1.5}]}}); "
        "print(len(s), 'pyarrow' in sys.modules); "
        "print(s.values_of(), 'pyarrow' in sys.modules)"
    )
    assert _run(code).splitlines() == [
        "c8y_objects.series c8y_objects.series False",
        "1 False",
        "[1.5] True",
    ]


def test_every_public_name_resolves_and_unknown_names_fail() -> None:
    for name in c8y_objects.__all__:
        assert getattr(c8y_objects, name) is not None
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        _ = c8y_objects.Nope  # type: ignore[attr-defined]
