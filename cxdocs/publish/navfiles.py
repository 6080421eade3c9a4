"""The navigation the plugin makes, as files engines without plugins read.

The MkDocs plugin renames sections into the site's language and puts them in
reading order (on_nav). Zensical cannot be told so from a page, and takes
section titles from folder names; but it reads awesome-nav's `.nav.yml` files
natively (enabled with `[project.plugins.awesome-nav]`), so `cxdocs build`
writes them: one per generated section (its title, its order) and one in
docs_dir for the order of the sections, unless a person wrote one there.
Engines that do not read them publish nothing of them (dotfiles).
"""

from __future__ import annotations

import json
from pathlib import Path

from cxdocs.content.repository import Repository
from cxdocs.i18n import catalog as i18n
from cxdocs.site.pages import INSIGHT_PAGES, SECTIONS, PageSpec, journey_order

NAV_FILE = ".nav.yml"
HEAD = "# Written by `cxdocs build`: titles and order as the cxdocs plugin shows them.\n"


def nav_files(repo: Repository, specs: list[PageSpec], docs_dir: Path | None) -> dict[str, str]:
    """`.nav.yml` files by path (relative to the pages' root) -> their text."""
    settings = repo.settings
    files: dict[str, str] = {}
    for section in SECTIONS:
        pages = [s.src_uri.split("/", 1)[1] for s in specs if s.src_uri.startswith(f"{section}/")]
        if not pages:
            continue
        if section == "journeys":
            order = [uri.split("/", 1)[1] for uri in journey_order(repo)]
            pages = [p for p in order if p in pages] + [p for p in pages if p not in order]
        elif section == "insights":
            pages = [f"{slug}.md" for slug, _ in INSIGHT_PAGES if f"{slug}.md" in pages]
        else:
            pages = sorted(pages, key=lambda p: (p != "index.md", p))
        objects = [p for p in pages if p != "index.md"]
        if settings.nav_limit and len(objects) > settings.nav_limit:
            pages = [p for p in pages if p == "index.md"]  # as the plugin: the index only
        files[f"{section}/{NAV_FILE}"] = _yaml(i18n.label(settings.locale, section), pages)
    sections = [s for s in SECTIONS if f"{s}/{NAV_FILE}" in files]
    top = ["index.md", *sections]
    if docs_dir is not None and _others(docs_dir, {"index.md", *SECTIONS, "assets"}):
        top.append("*")  # people's pages, after cxdocs' (a "*" matching nothing warns)
    files[NAV_FILE] = _yaml(None, top)
    return files


def _yaml(title: str | None, nav: list[str]) -> str:
    """JSON strings are YAML strings: any title is written safely."""
    lines = [HEAD]
    if title is not None:
        lines.append(f"title: {json.dumps(title, ensure_ascii=False)}\n")
    lines.append("nav:\n")
    lines += [f"  - {json.dumps(item, ensure_ascii=False)}\n" for item in nav]
    return "".join(lines)


def _others(docs_dir: Path, ours: set[str]) -> bool:
    """Does docs_dir hold pages of people's own beside cxdocs' sections?"""
    for entry in docs_dir.iterdir():
        if entry.name.startswith(".") or entry.name in ours:
            continue
        if entry.suffix == ".md" or (entry.is_dir() and any(entry.rglob("*.md"))):
            return True
    return False
