"""The validated content of a repository: every persona, journey and blueprint.

Each object keeps the document it came from, so later stages (cross-reference
checks, pages, diffs) can point back at the file and position.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, TypeVar

from cxdocs.load import Document
from cxdocs.model import Blueprint, Journey, Persona, Settings

T = TypeVar("T", Persona, Journey, Blueprint)


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

    def is_unreadable(self, kind: str, ident: str) -> bool:
        return ident in self.unreadable.get(kind, set())

    def journeys_of(self, persona_id: str) -> list[Journey]:
        return [e.item for e in self.journeys.values() if e.item.persona == persona_id]

    def blueprints_of(self, journey_id: str) -> list[Blueprint]:
        return [e.item for e in self.blueprints.values() if e.item.journey == journey_id]

    def future_of(self, journey_id: str) -> list[Journey]:
        return [e.item for e in self.journeys.values() if e.item.improves == journey_id]
