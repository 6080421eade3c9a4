"""What a diagram says about the objects it points at: their names, never their ids.

A journey names its persona (and shows a card for it) and, in the future state,
the journey it improves; a blueprint names the journey it serves. Diagrams only
know their own object, so callers that have the repository
(`cxdocs.diagrams.draw.related_of`) look these up and pass them in.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from cxdocs.content.model import Journey, Persona
from cxdocs.diagrams.scene import Picture


@dataclass(frozen=True)
class Related:
    persona: Persona | None = None  # a journey's persona
    improves: str | None = None  # a future journey: the title of the journey it improves
    journey: str | None = None  # a blueprint: the title of the journey it serves
    # A future journey: the current-state journey it improves, drawn faintly behind its curve.
    current: Journey | None = None
    # A journey, once the repository has research: step id -> how many of its
    # citations name a source that exists (the evidence behind its emotion score).
    evidence: Mapping[str, int] | None = None
    # A journey in git: the date (YYYY-MM-DD) its file last changed, for the
    # printout's header; None outside git or while the file has uncommitted edits.
    changed: str | None = None
    # A journey whose persona has a picture Graphviz can draw: shown on the card.
    picture: Picture | None = None

    def fingerprint(self) -> str:
        """Everything here that a diagram shows, as text for cache keys."""
        persona = self.persona.model_dump_json() if self.persona else ""
        current = self.current.model_dump_json() if self.current else ""
        cited = "" if self.evidence is None else repr(sorted(self.evidence.items()))
        parts = (
            persona,
            self.improves or "",
            self.journey or "",
            current,
            cited,
            self.changed or "",
        )
        return "\0".join(parts)
