"""Evidence items: free text, or citations of research sources.

An `evidence:` item is a citation when it is written as an id reference:
`interview-ana-07#q3` (a quote or finding of a source) always is; a bare id
(`nps-survey-2024`, the whole source) is once the repository has a
`research/` folder. Anything else (`"'I never know what it costs' (interview 7)"`)
is free text, shown exactly as written and counted as no citation. So evidence
written before sources existed keeps working, and a typo in a citation is an
error (see `checks/evidence.py`), never silently free text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from cxdocs.content.model import SLUG_PATTERN, Journey, Persona, Stage, Step
from cxdocs.content.research import Quote, Source

_SLUG = SLUG_PATTERN.strip("^$")
_QUOTED = re.compile(rf"^({_SLUG})#({_SLUG})$")
_BARE = re.compile(rf"^{_SLUG}$")


@dataclass(frozen=True)
class Citation:
    """`source#quote` (quote None: the whole source), at `index` in its evidence list."""

    source: str
    quote: str | None
    index: int

    @property
    def ref(self) -> str:
        return f"{self.source}#{self.quote}" if self.quote else self.source


def citation(text: str, index: int = 0, research: bool = True) -> Citation | None:
    """The citation `text` is, or None for free text (`research`: sources exist)."""
    found = _QUOTED.match(text)
    if found:
        return Citation(found[1], found[2], index)
    if research and _BARE.match(text):
        return Citation(text, None, index)
    return None


def citations(evidence: list[str], research: bool = True) -> list[Citation]:
    found = (citation(text, index, research) for index, text in enumerate(evidence))
    return [c for c in found if c is not None]


@dataclass(frozen=True)
class Cited:
    """A citation resolved: what a page shows (source None: it names nothing)."""

    citation: Citation
    source: Source | None
    quote: Quote | None

    @property
    def private(self) -> bool:
        return self.source is not None and self.source.is_private(self.quote)

    @property
    def resolves(self) -> bool:
        if self.source is None:
            return False
        return self.citation.quote is None or self.quote is not None


def resolve(sources: dict[str, Source], found: Citation) -> Cited:
    source = sources.get(found.source)
    quote = source.item(found.quote) if source is not None and found.quote else None
    return Cited(found, source, quote)


@dataclass(frozen=True)
class Claim:
    """Something that may cite evidence: a step (and its emotion), a pain point, an
    opportunity, a persona.

    `path` is the claim's place in its file's data; its evidence list is at
    `path + ("evidence",)`.
    """

    kind: str  # step | pain | opportunity | persona
    path: tuple[str | int, ...]
    evidence: tuple[str, ...]
    journey: Journey | None = None
    stage: Stage | None = None
    step: Step | None = None
    persona: Persona | None = None
    index: int = -1  # of the pain point or opportunity in its step

    @property
    def key(self) -> str:
        """'<step id>', '<step id>/<pain index>', '<step id>/o<opportunity index>'."""
        assert self.step is not None
        if self.kind == "pain":
            return f"{self.step.id}/{self.index}"
        if self.kind == "opportunity":
            return f"{self.step.id}/o{self.index}"
        return self.step.id


def journey_claims(journey: Journey) -> Iterator[Claim]:
    """Every step, pain point and opportunity of a journey, in reading order."""
    for si, stage in enumerate(journey.stages):
        for ti, step in enumerate(stage.steps):
            at: tuple[str | int, ...] = ("stages", si, "steps", ti)
            yield Claim("step", at, tuple(step.evidence), journey, stage, step)
            for pi, pain in enumerate(step.pain_points):
                yield Claim(
                    "pain",
                    (*at, "pain_points", pi),
                    tuple(pain.evidence),
                    journey,
                    stage,
                    step,
                    index=pi,
                )
            for oi, opportunity in enumerate(step.opportunities):
                yield Claim(
                    "opportunity",
                    (*at, "opportunities", oi),
                    tuple(opportunity.evidence),
                    journey,
                    stage,
                    step,
                    index=oi,
                )


def persona_claim(persona: Persona) -> Claim:
    return Claim("persona", (), tuple(persona.evidence), persona=persona)
