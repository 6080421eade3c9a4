"""One content object -> its diagram in any format: the core of `cxdocs render`."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from cxdocs.content.model import Blueprint, Journey, Persona, Settings
from cxdocs.content.repository import Repository
from cxdocs.diagrams import (
    Related,
    blueprint_diagram,
    journey_diagram,
    persona_diagram,
    render_formats,
    to_dot,
)
from cxdocs.diagrams.scene import Diagram, Picture
from cxdocs.diagrams.svg import PICTURE_TYPES

Item = Persona | Journey | Blueprint


def find_entry(repo: Repository, path: Path) -> tuple[str, Item] | None:
    """The validated object read from `path`, with its kind."""
    resolved = path.resolve()
    tables: tuple[tuple[str, dict[str, Any]], ...] = (
        ("persona", repo.personas),
        ("journey", repo.journeys),
        ("blueprint", repo.blueprints),
    )
    for kind, entries in tables:
        for entry in entries.values():
            if entry.doc.path.resolve() == resolved:
                return kind, entry.item
    return None


# Larger pictures are left out of maps (initials instead): an inline SVG carries
# the file in every map of the persona, and a phone photo would weigh megabytes.
MAX_PICTURE_BYTES = 512 * 1024


def persona_picture(persona_file: Path, persona: Persona) -> Picture | None:
    """The persona's picture for its card on maps, when Graphviz can draw it."""
    if not persona.image:
        return None
    path = (persona_file.parent / persona.image).resolve()
    if path.suffix.lower() not in PICTURE_TYPES:
        return None
    try:
        data = path.read_bytes() if path.stat().st_size <= MAX_PICTURE_BYTES else b""
    except OSError:  # `check` reports a missing picture; the map shows initials
        return None
    if not data:
        return None
    return Picture(str(path), hashlib.sha256(data).hexdigest())


def related_of(item: Item, repo: Repository, changed: Mapping[Path, str] | None = None) -> Related:
    """The names (and the persona) a diagram of `item` shows instead of ids;
    `changed` maps content files (resolved paths) to the date they last changed."""
    if isinstance(item, Journey):
        entry = repo.journeys.get(item.id)
        date = changed.get(entry.doc.path.resolve()) if changed and entry else None
        persona = repo.personas.get(item.persona)
        improves = repo.journeys.get(item.improves) if item.improves else None
        evidence = (
            {step.id: repo.support(step.evidence) for step in item.steps}
            if repo.has_research
            else None
        )
        return Related(
            persona=persona.item if persona else None,
            improves=improves.item.title if improves else None,
            current=improves.item if improves else None,
            evidence=evidence,
            changed=date,
            picture=persona_picture(persona.doc.path, persona.item) if persona else None,
        )
    if isinstance(item, Blueprint) and item.journey:
        journey = repo.journeys.get(item.journey)
        return Related(journey=journey.item.title if journey else None)
    return Related()


def diagram_of(
    kind: str, item: Item, repo: Repository, changed: Mapping[Path, str] | None = None
) -> Diagram:
    return scene_of(item, repo.settings, related_of(item, repo, changed))


def scene_of(item: Item, settings: Settings, related: Related) -> Diagram:
    """The diagram of a persona (empathy map), journey or blueprint."""
    if isinstance(item, Journey):
        return journey_diagram(item, settings, related=related)
    if isinstance(item, Blueprint):
        return blueprint_diagram(item, settings, related=related)
    return persona_diagram(item, settings)


def diagram_bytes(
    kind: str,
    item: Item,
    repo: Repository,
    fmt: str,
    cache_dir: Path,
    changed: Mapping[Path, str] | None = None,
) -> bytes:
    diagram = diagram_of(kind, item, repo, changed)
    return diagram_files(diagram, f"{kind}-{item.id}-", cache_dir, (fmt,))[fmt]


def diagram_files(
    diagram: Diagram,
    id_prefix: str,
    cache_dir: Path | None,
    formats: tuple[str, ...],
    dot_source: str | None = None,
) -> dict[str, bytes]:
    """The diagram in each format; the site's downloads are these same bytes.
    `dot_source` is the diagram's DOT when the caller already made it."""
    return render_formats(
        to_dot(diagram) if dot_source is None else dot_source,
        formats,
        cache_dir,
        id_prefix,
        title=diagram.title,
        description=diagram.summary,
    )


def lanes_width(diagram: Diagram) -> int:
    """How wide the lane-label column is (0: none), so a viewer can keep it in sight."""
    ends = [box.x + box.w for box in diagram.boxes if box.key.endswith("-label")]
    return int(max(ends)) if ends else 0


def viewer_hints(diagram: Diagram) -> dict[str, Any]:
    """Where a viewer and the printed tiles find the map's parts, in drawing units:
    the lane-label column, the header band (stage or phase names, then the row
    of step headers: the first row of boxes linking to a step) to keep in sight,
    where columns and lanes start (cuts between pages fall there, never through
    a card) and the smallest text (the printed scale keeps it readable)."""
    heads = [b for b in diagram.boxes if b.key.startswith(("stage-", "phase-"))]
    steps = [b for b in diagram.boxes if (b.link or "").startswith("#step-")]
    header = [0, 0]
    if heads:
        first_row = min((b.y for b in steps), default=None)
        band = heads + [b for b in steps if b.y == first_row]
        header = [min(b.y for b in heads), max(b.y + b.h for b in band)]
    column_boxes = [b for b in steps if b.y == min(s.y for s in steps)] if steps else heads
    sizes = [row.style.size for box in diagram.boxes for row in box.rows if row.text.strip()]
    return {
        "lanes": lanes_width(diagram),
        "width": diagram.width,
        "height": diagram.height,
        "header": header,
        "columns": sorted({b.x for b in column_boxes}),
        "rows": sorted({b.y for b in diagram.boxes if b.key.endswith("-label")}),
        "min_font": min(sizes, default=10),
    }
