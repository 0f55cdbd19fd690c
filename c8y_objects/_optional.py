"""Imports of the optional packages (pandas, polars, ...) with an error that names the extra."""

from __future__ import annotations

import importlib
from types import ModuleType

__all__ = ["optional_import"]


def optional_import(module: str, extra: str) -> ModuleType:
    """Import `module`, or say which extra of c8y-objects installs it.

    Raises:
        ImportError: The module is not installed; the message names the extra.
    """
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise ImportError(
            f"{module} is not installed; install the extra: pip install 'c8y-objects[{extra}]'"
        ) from exc
