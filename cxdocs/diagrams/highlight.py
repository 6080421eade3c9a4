"""What changed, for drawing: the overlay `cxdocs diff --svg-dir` puts on a diagram.

`journey_diagram` and `blueprint_diagram` take an optional highlight. It holds
facts only: the ids of what was added or changed in the revision drawn (HEAD),
the field names that changed, old values worth showing (an emotion score, a
fail point), and what was removed since the revision compared with (BASE),
with its old data and where it stood, so the diagram can put it back, ghosted,
in its old place. How each fact is drawn is the layouts' business (`marks.py`
has the shared pieces); building a highlight from the diff's change model is
`cxdocs.reports.highlight`'s.

The merge functions here return what the layouts draw: the HEAD object with
the removed parts put back. Facts in the title (counts, average emotion) still
come from the HEAD object itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from cxdocs.content.model import LANES, Journey, LaneItem, Phase, Stage, Step

Mark = Literal["added", "removed", "changed"]


# --- journeys ----------------------------------------------------------------


@dataclass(frozen=True)
class RemovedStep:
    """A step that is gone in HEAD, as it was at BASE and where it stood."""

    step: Step
    stage: str  # the id of its stage at BASE
    after: tuple[str, ...] = ()  # the steps before it in that stage at BASE, nearest first
    number: int = 0  # its number in the journey at BASE (1-based)


@dataclass(frozen=True)
class RemovedStage:
    """A stage that is gone in HEAD; its removed steps come as `RemovedStep`s."""

    stage: Stage
    after: tuple[str, ...] = ()  # the stages before it at BASE, nearest first


@dataclass(frozen=True)
class StepChange:
    """What changed in a step that is in both revisions."""

    fields: frozenset[str] = frozenset()  # change-model fields: "channel", "pain_points"...
    moved_from: str | None = None  # the stage name it was in; "" when reordered in its stage
    removed_pain_points: tuple[str, ...] = ()
    removed_opportunities: tuple[str, ...] = ()
    # Sentences for changes the map has no lane for (a metric's value or target),
    # written under the step's action so the amber outline is explained, not only shown.
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class JourneyHighlight:
    """The changes to draw on a journey map (see the module docstring)."""

    base: str  # the revision compared with, as the user named it ("main")
    new: bool = False  # the whole journey is new: drawn plainly under an "added" banner
    added_steps: frozenset[str] = frozenset()
    removed_steps: tuple[RemovedStep, ...] = ()  # in BASE order
    emotion_before: Mapping[str, int | None] = field(default_factory=dict)  # step id -> old
    changed_steps: Mapping[str, StepChange] = field(default_factory=dict)
    added_stages: frozenset[str] = frozenset()
    removed_stages: tuple[RemovedStage, ...] = ()  # in BASE order
    renamed_stages: Mapping[str, str] = field(default_factory=dict)  # stage id -> old name

    @property
    def removed_ids(self) -> frozenset[str]:
        return frozenset(r.step.id for r in self.removed_steps)

    def step_mark(self, step_id: str) -> Mark | None:
        if step_id in self.added_steps:
            return "added"
        if step_id in self.removed_ids:
            return "removed"
        if step_id in self.changed_steps or step_id in self.emotion_before:
            return "changed"
        return None

    def stage_mark(self, stage_id: str) -> Mark | None:
        if stage_id in self.added_stages:
            return "added"
        if any(r.stage.id == stage_id for r in self.removed_stages):
            return "removed"
        return "changed" if stage_id in self.renamed_stages else None


def _insert_at(ids: list[str], after: tuple[str, ...]) -> int:
    """Right after the nearest earlier neighbour still there; first if none is."""
    return next((ids.index(a) + 1 for a in after if a in ids), 0)


def merged_journey(journey: Journey, highlight: JourneyHighlight) -> Journey:
    """A copy of `journey` with the removed stages and steps back where they were."""
    stages: list[tuple[Stage, list[Step]]] = [(s, list(s.steps)) for s in journey.stages]
    for removed in highlight.removed_stages:
        ids = [stage.id for stage, _ in stages]
        if removed.stage.id not in ids:
            stages.insert(_insert_at(ids, removed.after), (removed.stage, []))
    for gone in highlight.removed_steps:
        home = next((steps for stage, steps in stages if stage.id == gone.stage), None)
        if home is None or any(s.id == gone.step.id for s in home):
            continue  # not placeable, or not really gone: draw HEAD as it is
        home.insert(_insert_at([s.id for s in home], gone.after), gone.step)
    return journey.model_copy(
        update={
            "stages": [
                stage.model_copy(update={"steps": steps}) for stage, steps in stages if steps
            ]
        }
    )


# --- blueprints --------------------------------------------------------------

ItemAt = tuple[str, str, int]  # an item in HEAD: (phase id, lane, 0-based index in the lane)
Arrow = tuple[str, str]  # a hand-over: (source item id, target item id)


@dataclass(frozen=True)
class RemovedItem:
    """A lane item that is gone in HEAD, as it was at BASE and where it stood."""

    item: LaneItem
    phase: str  # phase id at BASE
    lane: str
    index: int  # 0-based place in that lane at BASE


@dataclass(frozen=True)
class RemovedPhase:
    """A phase that is gone in HEAD; its removed items come as `RemovedItem`s."""

    phase: Phase
    after: tuple[str, ...] = ()  # the phases before it at BASE, nearest first


@dataclass(frozen=True)
class ItemChange:
    """What changed in a lane item that is in both revisions."""

    fields: frozenset[str] = frozenset()  # change-model fields: "text", "fail_point", "to"...
    moved_from: tuple[str, str] | None = None  # (phase name, lane) it was in, if it moved
    fail_before: str | None = None  # a fail point that is gone: its text ("" for `true`)
    wait_before: str | None = None  # a wait that is gone


@dataclass(frozen=True)
class BlueprintHighlight:
    """The changes to draw on a service blueprint (see the module docstring)."""

    base: str
    new: bool = False
    added_items: frozenset[ItemAt] = frozenset()
    changed_items: Mapping[ItemAt, ItemChange] = field(default_factory=dict)
    removed_items: tuple[RemovedItem, ...] = ()
    added_phases: frozenset[str] = frozenset()
    removed_phases: tuple[RemovedPhase, ...] = ()  # in BASE order
    renamed_phases: Mapping[str, str] = field(default_factory=dict)  # phase id -> old name
    added_arrows: frozenset[Arrow] = frozenset()
    removed_arrows: frozenset[Arrow] = frozenset()

    def phase_mark(self, phase_id: str) -> Mark | None:
        if phase_id in self.added_phases:
            return "added"
        if any(r.phase.id == phase_id for r in self.removed_phases):
            return "removed"
        return "changed" if phase_id in self.renamed_phases else None


@dataclass(frozen=True)
class DrawnItem:
    """A lane item as drawn: HEAD's, or a removed one put back."""

    item: LaneItem
    mark: Mark | None = None
    change: ItemChange | None = None


DrawnPhase = tuple[Phase, dict[str, list[DrawnItem]]]


def merged_phases(phases: list[Phase], highlight: BlueprintHighlight | None) -> list[DrawnPhase]:
    """HEAD's phases and items, with removed phases and items back where they were."""
    drawn: list[DrawnPhase] = []
    for phase in phases:
        lanes: dict[str, list[DrawnItem]] = {}
        for lane in LANES:
            lanes[lane] = [
                _drawn(item, (phase.id, lane, n), highlight)
                for n, item in enumerate(phase.lane(lane))
            ]
        drawn.append((phase, lanes))
    if highlight is None:
        return drawn
    for removed in highlight.removed_phases:
        ids = [phase.id for phase, _ in drawn]
        if removed.phase.id not in ids:
            empty: dict[str, list[DrawnItem]] = {lane: [] for lane in LANES}
            drawn.insert(_insert_at(ids, removed.after), (removed.phase, empty))
    for gone in sorted(highlight.removed_items, key=lambda r: r.index):
        home = next((lanes for phase, lanes in drawn if phase.id == gone.phase), None)
        if home is not None:
            stack = home[gone.lane]
            stack.insert(min(gone.index, len(stack)), DrawnItem(gone.item, "removed"))
    # A removed phase whose items all moved elsewhere has nothing to show.
    head_ids = {phase.id for phase in phases}
    return [(p, lanes) for p, lanes in drawn if p.id in head_ids or any(lanes.values())]


def _drawn(item: LaneItem, at: ItemAt, highlight: BlueprintHighlight | None) -> DrawnItem:
    if highlight is None:
        return DrawnItem(item)
    if at in highlight.added_items:
        return DrawnItem(item, "added")
    change = highlight.changed_items.get(at)
    return DrawnItem(item, "changed", change) if change else DrawnItem(item)
