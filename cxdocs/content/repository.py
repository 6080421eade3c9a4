"""The validated content of a repository: every persona, journey, blueprint and source.

Each object keeps the document it came from, so later stages (cross-reference
checks, pages, diffs) can point back at the file and position.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Generic, TypeVar

from cxdocs.content.evidence import Cited, Claim, citations, journey_claims, persona_claim, resolve
from cxdocs.content.load import Document
from cxdocs.content.model import Blueprint, Journey, Persona, Settings
from cxdocs.content.research import Source

T = TypeVar("T", Persona, Journey, Blueprint, Source)
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
    sources: dict[str, Entry[Source]] = field(default_factory=dict)
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

    @property
    def has_research(self) -> bool:
        """Whether bare ids in `evidence:` are citations (see `content/evidence.py`)."""
        return bool(self.sources) or bool(self.unreadable.get("source"))

    @cached_property
    def _source_items(self) -> dict[str, Source]:
        return {ident: entry.item for ident, entry in self.sources.items()}

    def cite(self, evidence: Iterable[str]) -> list[Cited]:
        """The citations among `evidence`, resolved (free text left out)."""
        found = citations(list(evidence), self.has_research)
        return [resolve(self._source_items, c) for c in found]

    def support(self, evidence: Iterable[str]) -> int:
        """How many citations of `evidence` name a source that exists: its weight."""
        return sum(1 for cited in self.cite(evidence) if cited.resolves)

    def claims(self) -> list[Claim]:
        """Every persona, step and pain point, each with the evidence it cites."""
        found = [persona_claim(e.item) for e in self.personas.values()]
        for entry in self.journeys.values():
            found.extend(journey_claims(entry.item))
        return found

    @cached_property
    def _cited_by(self) -> dict[tuple[str, str | None], list[Claim]]:
        index: dict[tuple[str, str | None], list[Claim]] = {}
        for claim in self.claims():
            for cited in self.cite(claim.evidence):
                key = (cited.citation.source, cited.citation.quote)
                if claim not in index.get(key, []):
                    index.setdefault(key, []).append(claim)
        return index

    def cited_by(self, source_id: str, quote_id: str | None = None) -> list[Claim]:
        """The claims citing a quote (or, quote None, the whole source by its bare id)."""
        return self._cited_by.get((source_id, quote_id), [])

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
        sources=repo.sources,
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
