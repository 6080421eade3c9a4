"""A map's PDFs on standard paper, as site downloads (see `diagrams.paper`).

Composed from the drawing's own PDF (drawn with the other downloads) once per
map, paper size and layout, and kept in the cache under everything that
decides them: the drawing, its viewer hints, the title block (which reads the
content's last change from git) and this code.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import asdict
from functools import cache
from pathlib import Path
from typing import Any

from cxdocs import cache as store
from cxdocs.changes.provenance import LastChange
from cxdocs.content.model import Blueprint, Journey, Settings
from cxdocs.diagrams import paper as paper_module
from cxdocs.diagrams.paper import LAYOUTS, PAPERS, TitleBlock
from cxdocs.files import FOLDERS
from cxdocs.i18n import catalog as i18n


def paper_uri(key: str, paper: str, layout: str) -> str:
    """Where a map's PDF on paper lives: 'journeys/first-purchase-a4.pdf' (tiled,
    readable) or 'journeys/first-purchase-a4-page.pdf' (the whole map on one)."""
    kind, ident = key.split(":", 1)
    return f"{FOLDERS[kind]}/{ident}-{paper}{'-page' if layout == 'page' else ''}.pdf"


def has_paper(key: str, formats: tuple[str, ...] | list[str]) -> bool:
    """Maps (journeys, blueprints) get PDFs on paper when `downloads` lists pdf."""
    return "pdf" in formats and key.startswith(("journey:", "blueprint:"))


def title_block(
    item: Journey | Blueprint, changed: LastChange | None, settings: Settings
) -> TitleBlock:
    """What the sheets of a map's PDF say about it (git's part only when git knows)."""
    loc = settings.locale
    if isinstance(item, Journey):
        state = i18n.label(loc, f"diagram.{item.state}_state")
        based_on = item.based_on or ""
        if based_on:
            based_on = i18n.label(loc, "journey.header.based_on", research=based_on)
            based_on = based_on[:1].upper() + based_on[1:]
    else:
        state, based_on = i18n.label(loc, "paper.blueprint"), ""
    return TitleBlock(
        name=item.title,
        state=state,
        changed=i18n.label(loc, "paper.changed", date=changed.date) if changed else "",
        commit=i18n.label(loc, "paper.commit", commit=changed.commit[:7]) if changed else "",
        based_on=based_on,
        language=loc,
    )


def paper_pdfs(
    key: str, drawing: bytes, meta: dict[str, Any], block: TitleBlock, cache_dir: Path
) -> Iterator[tuple[str, bytes]]:
    """Site path and bytes of each of a map's PDFs on paper (from the cache
    when all six are there, else all six made in one go)."""
    folder = cache_dir / "paper"
    facts = json.dumps([meta, asdict(block)], sort_keys=True)
    base = store.digest((_paper_code(), drawing, facts))
    names = {(p, lay): f"{base}-{p}-{lay}" for p in PAPERS for lay in LAYOUTS}
    found = {v: store.load(folder, name, "pdf") for v, name in names.items()}
    if any(data is None for data in found.values()):
        made = paper_module.paper_pdfs(drawing, meta, block, cache_dir)
        for variant, name in names.items():
            store.store(folder, name, "pdf", made[variant])
        found = dict(made)
    for (paper, layout), data in found.items():
        assert data is not None
        yield paper_uri(key, paper, layout), data


@cache
def _paper_code() -> str:
    return hashlib.sha256(Path(paper_module.__file__).read_bytes()).hexdigest()
