"""Optional dependencies (pyarrow, numpy, pandas, polars, tqdm): imported when a feature needs them.

`require` imports a module or raises `MissingDependencyError` naming the extra that installs
it. `LazyModule` stands in for a module at the top of a module that uses it everywhere (the
series code and pyarrow): the import happens on first attribute access, so importing the
module that holds it costs nothing and works without the package. Type checkers see the real
module, imported under ``TYPE_CHECKING``::

    if TYPE_CHECKING:
        import pyarrow as pa
    else:
        pa = LazyModule("pyarrow", extra="arrow")
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any

from c8y_objects.errors import MissingDependencyError

__all__ = ["ARROW_EXTRA", "LazyModule", "require", "require_arrow"]

ARROW_EXTRA = "arrow"
"""The extra that installs pyarrow and numpy (also part of ``pandas`` and ``polars``)."""


def require(module: str, *, extra: str) -> ModuleType:
    """Import `module`, or say which extra of c8y-objects installs it.

    Args:
        module: The module's import name, e.g. ``pyarrow.parquet``.
        extra: The extra that installs it, e.g. ``arrow``.

    Raises:
        MissingDependencyError: The module (or a package it needs) is not installed.
    """
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingDependencyError(module, extra) from exc


def require_arrow() -> None:
    """Check up front that pyarrow and numpy are there, before a call sends any request.

    Raises:
        MissingDependencyError: One of them is missing; names the ``arrow`` extra.
    """
    require("numpy", extra=ARROW_EXTRA)
    require("pyarrow", extra=ARROW_EXTRA)


class LazyModule:
    """A module imported on first attribute access (see the module docstring).

    Args:
        module: The module's import name.
        extra: The extra that installs it, named by the error when it is missing.
    """

    __slots__ = ("_extra", "_loaded", "_module")

    def __init__(self, module: str, *, extra: str) -> None:
        self._module = module
        self._extra = extra
        self._loaded: ModuleType | None = None

    def __getattr__(self, name: str) -> Any:
        loaded = self._loaded
        if loaded is None:
            loaded = self._loaded = require(self._module, extra=self._extra)
        return getattr(loaded, name)

    def __repr__(self) -> str:
        state = "loaded" if self._loaded is not None else "not loaded yet"
        return f"<LazyModule {self._module!r} ({state})>"
