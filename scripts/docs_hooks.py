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
README_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")


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
    reference = {"API reference": ["reference/index.md", *pages]}
    config.nav = [*(config.nav or []), reference, {"Changelog": "changelog.md"}]
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
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    files.append(File.generated(config, "changelog.md", content=changelog))
    return files


def site_link(match: re.Match[str]) -> str:
    """A README link as the site needs it: to its page, or to a repository file as plain text."""
    text, target = match.group(1), match.group(2)
    if target.startswith(("http://", "https://", "#")):
        return match.group(0)
    if target.startswith("docs/"):
        return f"[{text}]({target.removeprefix('docs/')})"
    if target == "CHANGELOG.md":
        return f"[{text}](changelog.md)"
    # The site has no copy of the repository's other files: name them instead of linking.
    return text if target in text else f"{text} (`{target}`)"


def on_page_markdown(markdown: str, page: Page, **_: Any) -> str:
    """Put the README's sections into the pages that name them, with links the site resolves."""

    def section(match: re.Match[str]) -> str:
        return README_LINK.sub(site_link, readme_section(match.group(1)))

    return README_SECTION.sub(section, markdown)
