"""What a change claims without evidence, and which research sources came or went.

A reviewer cannot tell from the YAML whether a new high-severity pain point,
or an emotion moved from -2 to +1, is backed by anything: this names the new
or raised pain points, the new opportunities and the changed emotion scores of
HEAD that cite no research source, and the sources added or removed. Private sources show their
id and method only (never their title). Pure functions over loaded models.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from cxdocs.content.model import Journey, Step
from cxdocs.content.repository import Repository

_RANK = {"low": 0, "medium": 1, "high": 2}


@dataclass(frozen=True)
class SourceRef:
    """A research source as a review names it: a private one by id only."""

    id: str
    method: str
    title: str | None  # None: private


@dataclass(frozen=True)
class Unsupported:
    """A claim HEAD makes, or makes stronger, that cites no research source.

    `kind`: `new-pain` or `raised-pain` (then `text` and `severity` are the pain
    point's), `new-opportunity` (`text`), or `emotion` (then `before` and
    `after` are the scores).
    """

    kind: str
    journey: str  # id
    journey_title: str
    step: str  # id
    step_action: str
    text: str | None = None
    severity: str | None = None
    before: int | None = None
    after: int | None = None


@dataclass(frozen=True)
class EvidenceReview:
    sources_added: tuple[SourceRef, ...] = ()
    sources_removed: tuple[SourceRef, ...] = ()
    unsupported: tuple[Unsupported, ...] = field(default_factory=tuple)

    @property
    def empty(self) -> bool:
        return not (self.sources_added or self.sources_removed or self.unsupported)


def _ref(repo: Repository, ident: str) -> SourceRef:
    source = repo.sources[ident].item
    return SourceRef(ident, source.method, None if source.private else source.title)


def review_evidence(base: Repository, head: Repository) -> EvidenceReview:
    """The evidence side of a change (empty while neither side has research)."""
    if not (base.has_research or head.has_research):
        return EvidenceReview()
    added = tuple(_ref(head, i) for i in sorted(head.sources) if i not in base.sources)
    removed = tuple(_ref(base, i) for i in sorted(base.sources) if i not in head.sources)
    unsupported: list[Unsupported] = []
    for jid, entry in sorted(head.journeys.items()):
        before = base.journeys.get(jid)
        old_steps = {s.id: s for s in before.item.steps} if before else {}
        for step in entry.item.steps:
            unsupported += _step(head, entry.item, step, old_steps.get(step.id))
    return EvidenceReview(added, removed, tuple(unsupported))


def _step(head: Repository, journey: Journey, step: Step, old: Step | None) -> list[Unsupported]:
    found: list[Unsupported] = []
    where = (journey.id, journey.title, step.id, step.action)
    old_pains = {p.text: p.severity for p in old.pain_points} if old else {}
    for pain in step.pain_points:
        if head.support(pain.evidence):
            continue
        was = old_pains.get(pain.text)
        if was is None:
            found.append(Unsupported("new-pain", *where, pain.text, pain.severity))
        elif _RANK[pain.severity] > _RANK[was]:
            found.append(Unsupported("raised-pain", *where, pain.text, pain.severity))
    old_ideas = {o.text for o in old.opportunities} if old else set()
    for idea in step.opportunities:
        if idea.text not in old_ideas and not head.support(idea.evidence):
            found.append(Unsupported("new-opportunity", *where, idea.text))
    before = old.emotion if old else None
    if step.emotion is not None and step.emotion != before and not head.support(step.evidence):
        found.append(Unsupported("emotion", *where, before=before, after=step.emotion))
    return found
