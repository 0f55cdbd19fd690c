"""MkDocs hooks of the documentation site (``mkdocs.yml``): the API reference pages.

One reference page per public module is generated when the site is built, so a module added to
``c8y_objects`` appears without editing the site. The guide and the emulator pages are sections
of the README (between its ``<!-- section:NAME -->`` and ``<!-- end:NAME -->`` comments), with
its links into ``docs/`` made relative to the site.
"""

from __future__ import annotations

import pkgutil
import re
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

ROOT = Path(__file__).resolve().parents[1]
# The emulator's modules that its users call; the rest are its request handlers.
EMULATOR_MODULES = (
    "c8y_emulator",
    "c8y_emulator.testing",
    "c8y_emulator.pytest_plugin",
    "c8y_emulator.tenants",
)
README_SECTION = re.compile(r"<!-- README:(\w+) -->")


def reference_modules() -> list[str]:
    """``c8y_objects``, its public modules (no leading underscore), and the emulator's API."""
    found = ["c8y_objects"]
    package = ROOT / "c8y_objects"
    found += [
        f"c8y_objects.{info.name}"
        for info in pkgutil.iter_modules([str(package)])
        if not info.name.startswith("_") and info.name != "demo"
    ]
    return [*found, *EMULATOR_MODULES]


def on_config(config: MkDocsConfig, **_: Any) -> MkDocsConfig:
    """Add the API reference to the navigation."""
    pages = [{module: f"reference/{module}.md"} for module in reference_modules()]
    config.nav = [*(config.nav or []), {"API reference": ["reference/index.md", *pages]}]
    return config


def readme_section(name: str) -> str:
    """The README between ``<!-- section:name -->`` and ``<!-- end:name -->``."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start, end = f"<!-- section:{name} -->", f"<!-- end:{name} -->"
    if start not in text or end not in text:
        raise ValueError(f"README.md has no section {name!r} ({start} ... {end})")
    return text.split(start, 1)[1].split(end, 1)[0]


def on_files(files: Files, config: MkDocsConfig, **_: Any) -> Files:
    """Add ``reference/<module>.md`` for each module, and the reference index."""
    modules = reference_modules()
    index = ["# API reference", ""]
    for module in modules:
        index.append(f"- [`{module}`]({module}.md)")
        page = f"# `{module}`\n\n::: {module}\n"
        files.append(File.generated(config, f"reference/{module}.md", content=page))
    files.append(File.generated(config, "reference/index.md", content="\n".join(index) + "\n"))
    return files


def on_page_markdown(markdown: str, page: Page, **_: Any) -> str:
    """Put the README's sections into the pages that name them; fix its ``docs/`` links."""

    def section(match: re.Match[str]) -> str:
        return readme_section(match.group(1)).replace("](docs/", "](")

    return README_SECTION.sub(section, markdown)
