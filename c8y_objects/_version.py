"""The package version (the checkout's pyproject.toml, else the installed metadata), read once."""

from __future__ import annotations

import tomllib
from importlib import metadata
from pathlib import Path

__all__ = ["USER_AGENT", "__version__"]

DISTRIBUTION = "c8y-objects"
_PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


def _read_version(pyproject: Path = _PYPROJECT) -> str:
    """The version of the code that runs: the checkout's pyproject.toml, or the installed metadata.

    A source checkout (tests run it without installing) is asked first, so that the version of
    another installed copy is never reported for this code.
    """
    try:
        project = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("project", {})
    except (OSError, tomllib.TOMLDecodeError):
        project = {}
    if project.get("name") == DISTRIBUTION and isinstance(project.get("version"), str):
        return str(project["version"])
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return "0+unknown"


__version__ = _read_version()

USER_AGENT = f"{DISTRIBUTION}/{__version__}"
"""The ``User-Agent`` header of every request."""
