"""The validated content of a repository: every persona, journey and blueprint.

Each object keeps the document it came from, so later stages (cross-reference
checks, pages, diffs) can point back at the file and position.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Generic, TypeVar

from cxdocs.content.load import Document
from cxdocs.content.model import Blueprint, Journey, Persona, Settings

T = TypeVar("T", Persona, Journey, Blueprint)
V = TypeVar("V")


@dataclass
class Entry(Generic[T]):
    item: T
    doc: Document
    partial: bool = False  # rebuilt without invalid fields: for cross-checks only


@dataclass
class Repository:
    root: Path
    settings: Settings
    personas: dict[str, Entry[Persona]] = field(default_factory=dict)
    journeys: dict[str, Entry[Journey]] = field(default_factory=dict)
    blueprints: dict[str, Entry[Blueprint]] = field(default_factory=dict)
    # Ids of files that could not be read at all (kind -> ids from file names):
    # references to them are not reported again, their own error says enough.
    unreadable: dict[str, set[str]] = field(default_factory=dict)
    # Persona ids written in journeys that could not be read: not "unused".
    mentioned_personas: set[str] = field(default_factory=set)

    def is_unreadable(self, kind: str, ident: str) -> bool:
        return ident in self.unreadable.get(kind, set())

    # Reverse lookups, indexed once: pages ask them for every object, and a
    # scan per question would make a 1,000-journey site quadratic.
    @cached_property
    def _by_persona(self) -> dict[str, list[Journey]]:
        return _group((e.item.persona, e.item) for e in self.journeys.values())

    @cached_property
    def _by_journey(self) -> dict[str, list[Blueprint]]:
        return _group((e.item.journey, e.item) for e in self.blueprints.values())

    @cached_property
    def _by_improves(self) -> dict[str, list[Journey]]:
        return _group((e.item.improves, e.item) for e in self.journeys.values())

    def journeys_of(self, persona_id: str) -> list[Journey]:
        return self._by_persona.get(persona_id, [])

    def blueprints_of(self, journey_id: str) -> list[Blueprint]:
        return self._by_journey.get(journey_id, [])

    def future_of(self, journey_id: str) -> list[Journey]:
        return self._by_improves.get(journey_id, [])


def _group(pairs: Iterable[tuple[str | None, V]]) -> dict[str, list[V]]:
    grouped: dict[str, list[V]] = {}
    for key, value in pairs:
        if key is not None:
            grouped.setdefault(key, []).append(value)
    return grouped


def without_drafts(repo: Repository) -> Repository:
    """The repository as published: objects marked `draft: true` left out."""
    return Repository(
        root=repo.root,
        settings=repo.settings,
        personas={k: e for k, e in repo.personas.items() if not e.item.draft},
        journeys={k: e for k, e in repo.journeys.items() if not e.item.draft},
        blueprints={k: e for k, e in repo.blueprints.items() if not e.item.draft},
        unreadable=repo.unreadable,
    )


def diagram_items(repo: Repository) -> dict[str, Persona | Journey | Blueprint]:
    """Every object that gets a diagram, keyed 'journey:<id>' etc., sorted."""
    items: dict[str, Persona | Journey | Blueprint] = {}
    for pid, persona in sorted(repo.personas.items()):
        if persona.item.empathy_map is not None:
            items[f"persona:{pid}"] = persona.item
    for jid, journey in sorted(repo.journeys.items()):
        items[f"journey:{jid}"] = journey.item
    for bid, blueprint in sorted(repo.blueprints.items()):
        items[f"blueprint:{bid}"] = blueprint.item
    return items
