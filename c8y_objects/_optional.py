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

    Each attribute read through it is kept on the stand-in, so later reads of the same name
    (``pa.array`` in a loop) are plain attribute lookups, not another `__getattr__` call.

    Args:
        module: The module's import name.
        extra: The extra that installs it, named by the error when it is missing.
    """

    def __init__(self, module: str, *, extra: str) -> None:
        # Name-mangled, so no attribute of the real module can shadow them.
        self.__module = module
        self.__extra = extra
        self.__loaded: ModuleType | None = None

    def __getattr__(self, name: str) -> Any:
        loaded = self.__loaded
        if loaded is None:
            loaded = self.__loaded = require(self.__module, extra=self.__extra)
        value = getattr(loaded, name)
        self.__dict__[name] = value
        return value

    def __repr__(self) -> str:
        state = "loaded" if self.__loaded is not None else "not loaded yet"
        return f"<LazyModule {self.__module!r} ({state})>"
