"""Slides of one journey or blueprint as files: `cxdocs render FILE --slides`.

SVG and PNG give one file per slide (`<id>-slide-01.png`...), 1920x1080; PDF
gives one multi-page document (`<id>-slides.pdf`), one 16:9 page per slide.
Graphviz writes one PDF per graph, so the pages are joined with pypdf.
"""

from __future__ import annotations

import io
import re
import sys
from collections.abc import Mapping
from pathlib import Path

from cxdocs.content.model import Blueprint, Journey
from cxdocs.content.repository import Repository
from cxdocs.diagrams import render, to_dot
from cxdocs.diagrams.draw import Item, related_of
from cxdocs.diagrams.scene import Diagram
from cxdocs.diagrams.slides import (
    MIN_PX,
    SLIDE_H,
    SLIDE_W,
    blueprint_slides,
    journey_slides,
    smallest_text_px,
)

_SIZE = re.compile(r'<svg([^>]*?) width="[^"]*" height="[^"]*"')


def slide_diagrams(
    item: Item, repo: Repository, changed: Mapping[Path, str] | None = None
) -> list[Diagram]:
    """The slides of a journey or blueprint (a persona has none)."""
    if isinstance(item, Journey):
        return journey_slides(item, repo.settings, related_of(item, repo, changed))
    if isinstance(item, Blueprint):
        return blueprint_slides(item, repo.settings, related_of(item, repo, changed))
    raise ValueError("only journeys and blueprints have slides")


def _svg(diagram: Diagram, prefix: str, cache_dir: Path | None) -> bytes:
    data = render(
        to_dot(diagram), "svg", cache_dir, prefix, title=diagram.title, description=diagram.summary
    ).decode("utf-8")
    # Same drawing (viewBox), shown 1920x1080 pixels.
    return _SIZE.sub(rf'<svg\1 width="{SLIDE_W}px" height="{SLIDE_H}px"', data, count=1).encode()


def _png(diagram: Diagram, cache_dir: Path | None) -> bytes:
    return render(to_dot(diagram, dpi=SLIDE_W * 72 / diagram.width), "png", cache_dir)


def _pdf(diagrams: list[Diagram], cache_dir: Path | None) -> bytes:
    from pypdf import PdfWriter  # only slides need it

    writer = PdfWriter()
    for diagram in diagrams:
        writer.append(io.BytesIO(render(to_dot(diagram), "pdf", cache_dir)))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def small_text(slides: list[Diagram]) -> list[tuple[int, float]]:
    """Slides (1-based) whose smallest text is under 14px: one lane of one stage too tall."""
    return [
        (n, round(smallest_text_px(d), 1))
        for n, d in enumerate(slides, 1)
        if smallest_text_px(d) < MIN_PX
    ]


def slide_files(
    kind: str,
    item: Item,
    repo: Repository,
    fmt: str,
    cache_dir: Path | None,
    changed: Mapping[Path, str] | None = None,
) -> dict[str, bytes]:
    """File name -> bytes for the slides of `item` in `fmt` (svg, png or pdf)."""
    slides = slide_diagrams(item, repo, changed)
    for n, px in small_text(slides):
        print(
            f"cxdocs: warning: slide {n}: text as small as {px}px (under {MIN_PX}px): "
            "a single lane of one stage or phase holds more text than a slide fits",
            file=sys.stderr,
        )
    if fmt == "pdf":
        return {f"{item.id}-slides.pdf": _pdf(slides, cache_dir)}
    files = {}
    for n, diagram in enumerate(slides, 1):
        name = f"{item.id}-slide-{n:02d}.{fmt}"
        if fmt == "svg":
            files[name] = _svg(diagram, f"{kind}-{item.id}-slide{n}-", cache_dir)
        else:
            files[name] = _png(diagram, cache_dir)
    return files
