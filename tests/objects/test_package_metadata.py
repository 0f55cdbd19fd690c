"""The package's version, its User-Agent on every request, its licence and its dependencies."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import httpx
import pytest
from packaging.requirements import Requirement
from packaging.version import Version

import c8y_objects
from c8y_objects import CumulocityClient, Device
from c8y_objects._version import USER_AGENT

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT: dict[str, Any] = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_version_is_the_project_version() -> None:
    assert c8y_objects.__version__ == PYPROJECT["project"]["version"]
    assert str(Version(c8y_objects.__version__)) == c8y_objects.__version__
    assert f"c8y-objects/{c8y_objects.__version__}" == USER_AGENT


def test_outside_a_checkout_the_version_is_the_installed_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from importlib import metadata

    from c8y_objects._version import _read_version

    other = tmp_path / "pyproject.toml"
    other.write_text('[project]\nname = "someone-else"\nversion = "7.0"\n', encoding="utf-8")
    monkeypatch.setattr(metadata, "version", lambda name: {"c8y-objects": "9.9.9"}[name])
    assert _read_version(tmp_path / "missing.toml") == "9.9.9"
    assert _read_version(other) == "9.9.9"  # another project's file is not ours
    ours = tmp_path / "ours.toml"
    ours.write_text('[project]\nname = "c8y-objects"\nversion = "1.2.3"\n', encoding="utf-8")
    assert _read_version(ours) == "1.2.3"

    def not_installed(name: str) -> str:
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(metadata, "version", not_installed)
    assert _read_version(tmp_path / "missing.toml") == "0+unknown"


async def test_every_request_carries_the_user_agent() -> None:
    seen: list[tuple[str, str | None]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append((request.url.path, request.headers.get("User-Agent")))
        if request.method == "POST":
            return httpx.Response(201, json={"id": "1", "name": "d"})
        return httpx.Response(
            200, json={"managedObjects": [], "statistics": {"totalPages": 0, "totalElements": 0}}
        )

    async with CumulocityClient(
        "https://c8y.example", "t1", token="tok", transport=httpx.MockTransport(answer)
    ) as c8y:
        await c8y.inventory.get_count()
        await Device(c8y, name="d").create()
        await c8y.get("/inventory/managedObjects")
        await c8y.with_options(max_retries=0).inventory.get_all(limit=1)
        # The generated client shares the connection, so it sends the same header.
        from c8y_rest.api.managed_objects import get_managed_object_collection_resource

        await get_managed_object_collection_resource.asyncio_detailed(client=c8y.rest)
    assert len(seen) == 5
    assert {agent for _, agent in seen} == {USER_AGENT}


def test_the_licence_file_is_the_apache_2_text_and_declared() -> None:
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.split()[:4] == ["Apache", "License", "Version", "2.0,"]
    assert "END OF TERMS AND CONDITIONS" in text
    project = PYPROJECT["project"]
    assert project["license"] == "Apache-2.0"
    assert project["license-files"] == ["LICENSE"]  # hatchling puts it in the wheel


def test_changelog() -> None:
    # No project URLs yet: the project has no public address to point them at.
    assert "urls" not in PYPROJECT["project"]
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert changelog.startswith("# Changelog")
    assert "## [Unreleased]" in changelog


def _names(requirements: list[str]) -> set[str]:
    return {Requirement(text).name for text in requirements}


def test_the_base_install_needs_neither_pyarrow_nor_numpy() -> None:
    project = PYPROJECT["project"]
    assert not {"pyarrow", "numpy", "pandas", "polars", "tqdm"} & _names(project["dependencies"])
    extras = project["optional-dependencies"]
    assert _names(extras["arrow"]) == {"pyarrow", "numpy"}
    for name in ("pandas", "polars"):
        assert "c8y-objects[arrow]" in extras[name]
    assert _names(extras["tqdm"]) == {"tqdm"}
