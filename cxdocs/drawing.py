"""One content object -> its diagram in any format: the core of `cxdocs render`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cxdocs.diagrams import (
    blueprint_diagram,
    journey_diagram,
    persona_diagram,
    render,
    to_dot,
)
from cxdocs.diagrams.scene import Diagram
from cxdocs.model import Blueprint, Journey, Persona
from cxdocs.repository import Repository

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


def diagram_of(kind: str, item: Item, repo: Repository) -> Diagram:
    settings = repo.settings
    if isinstance(item, Journey):
        persona = repo.personas.get(item.persona)
        return journey_diagram(item, settings, persona_name=persona.item.name if persona else None)
    if isinstance(item, Blueprint):
        return blueprint_diagram(item, settings)
    return persona_diagram(item, settings)


def diagram_bytes(kind: str, item: Item, repo: Repository, fmt: str, cache_dir: Path) -> bytes:
    diagram = diagram_of(kind, item, repo)
    return render(
        to_dot(diagram),
        fmt,
        cache_dir,
        f"{kind}-{item.id}-",
        title=diagram.title,
        description=diagram.summary,
    )
