"""The typed change model: what `cxdocs diff` found, before any formatting.

`compare` fills it from two repositories; `render` turns it into Markdown or
JSON. Values are already resolved for people (channel and actor labels, step
actions, persona names) but keep their ids, so tools reading the JSON can still
join on ids. Field codes are stable: they are documented in docs/guide/review.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from cxdocs.changes.evidence import EvidenceReview
from cxdocs.content.problems import Problem

Kind = Literal["persona", "journey", "blueprint"]
Side = Literal["base", "head"]
Scope = Literal["persona", "journey", "blueprint", "stage", "step", "action", "phase", "item"]
Direction = Literal["improved", "worsened"]
# added/removed: only on one side; invalid: unreadable on one side, so not comparable;
# renamed: its id changed (file renamed) but its title did not; moved: same id, new path.
Status = Literal["added", "removed", "invalid", "renamed", "moved", "changed"]


@dataclass(frozen=True)
class Ref:
    """Something with an id and a name people read: a channel, actor, step, stage..."""

    id: str
    name: str


@dataclass(frozen=True)
class Place:
    """Where a step or lane item sits: its stage or phase, lane, and 1-based position."""

    parent: Ref
    lane: str | None
    position: int


@dataclass(frozen=True)
class PainPointValue:
    text: str
    severity: str


@dataclass(frozen=True)
class MetricValue:
    name: str
    value: float
    target: float | None
    unit: str | None


Value = str | int | float | bool | Ref | Place | PainPointValue | MetricValue | None


@dataclass(frozen=True)
class Change:
    """One semantic change inside an object.

    `scope` and `id`/`name` say what changed (the object itself, or one of its
    stages, steps, actions, phases or lane items); `field` says which aspect.
    Scalar changes fill `before`/`after`; list changes fill `added`/`removed`.
    """

    scope: Scope
    field: str
    id: str | None = None
    name: str | None = None
    parent: Ref | None = None  # a step's stage, a lane item's phase
    lane: str | None = None  # a lane item's lane
    detail: str | None = None  # the metric, pain point or demographic it is about
    before: Value = None
    after: Value = None
    added: tuple[Value, ...] = ()
    removed: tuple[Value, ...] = ()
    direction: Direction | None = None


@dataclass(frozen=True)
class StageCurve:
    """The emotion scores of one stage's steps, in order (None: not scored)."""

    stage: Ref
    emotions: tuple[int | None, ...]
    steps: tuple[Ref, ...] = ()  # the steps scored, same order (id, action)


@dataclass(frozen=True)
class JourneyFigures:
    average_emotion: float | None
    pain_points: int
    steps: int
    open_actions: int
    curve: tuple[StageCurve, ...]


@dataclass(frozen=True)
class BlueprintFigures:
    items: int
    fail_points: int
    waits: int


Figures = JourneyFigures | BlueprintFigures


@dataclass
class ObjectDiff:
    """Everything that changed in one persona, journey or blueprint."""

    kind: Kind
    id: str
    name: str  # title (journeys, blueprints) or name (personas), as it is now
    status: Status
    path_before: str | None = None
    path_after: str | None = None
    renamed_from: str | None = None  # the previous id, when status is "renamed"
    invalid: tuple[Side, ...] = ()  # revisions where the file has errors
    changes: list[Change] = field(default_factory=list)
    before: Figures | None = None
    after: Figures | None = None
    diagram: str | None = None  # the SVG `--svg-dir` wrote for it, if any
    svgs: list[str] = field(default_factory=list)  # every SVG written for it (JSON `svgs`)

    @property
    def moved(self) -> bool:
        return (
            self.path_before is not None
            and self.path_after is not None
            and self.path_before != self.path_after
        )


@dataclass(frozen=True)
class Revision:
    """One side of the comparison as the user named it."""

    label: str  # what the user typed ("origin/main"), or "working tree"
    commit: str | None  # full commit id; None for the working tree


@dataclass
class Report:
    base: Revision
    head: Revision
    objects: list[ObjectDiff] = field(default_factory=list)
    problems: dict[Side, list[Problem]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    locale: str = "en"  # the words of the Markdown report: the HEAD settings' locale
    evidence: EvidenceReview = field(default_factory=EvidenceReview)

    @property
    def changed(self) -> bool:
        return bool(self.objects)
