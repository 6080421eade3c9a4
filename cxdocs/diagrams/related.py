"""What a diagram says about the objects it points at: their names, never their ids.

A journey names its persona (and shows a card for it) and, in the future state,
the journey it improves; a blueprint names the journey it serves. Diagrams only
know their own object, so callers that have the repository
(`cxdocs.diagrams.draw.related_of`) look these up and pass them in.
"""

from __future__ import annotations

from dataclasses import dataclass

from cxdocs.content.model import Journey, Persona


@dataclass(frozen=True)
class Related:
    persona: Persona | None = None  # a journey's persona
    improves: str | None = None  # a future journey: the title of the journey it improves
    journey: str | None = None  # a blueprint: the title of the journey it serves
    # A future journey: the current-state journey it improves, drawn faintly behind its curve.
    current: Journey | None = None

    def fingerprint(self) -> str:
        """Everything here that a diagram shows, as text for cache keys."""
        persona = self.persona.model_dump_json() if self.persona else ""
        current = self.current.model_dump_json() if self.current else ""
        parts = (persona, self.improves or "", self.journey or "", current)
        return "\0".join(parts)
