"""The change model -> highlights to draw: what `cxdocs diff --svg-dir` marks.

`compare` says what changed in words a reviewer reads; this module turns the
same `Change` records into what a diagram needs (`cxdocs.diagrams.highlight`):
ids of added and changed steps and items, the fields that changed, old values
worth showing. From the BASE object it takes only what the change model does
not carry: the whole of a removed stage, step, phase or item, so the diagram
can draw it ghosted where it was. Pure functions: no git, no Graphviz.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from cxdocs.changes.fields import norm
from cxdocs.changes.model import Change, ObjectDiff, PainPointValue, Place, Ref, Value
from cxdocs.content.model import LANES, Blueprint, Journey, LaneItem
from cxdocs.diagrams.highlight import (
    Arrow,
    BlueprintHighlight,
    ItemAt,
    ItemChange,
    JourneyHighlight,
    RemovedItem,
    RemovedPhase,
    RemovedStage,
    RemovedStep,
    StepChange,
)
from cxdocs.reports.phrases import Phrases, Words


def _parts(changes: Iterable[Change], scope: str) -> tuple[set[str], set[str], dict[str, str]]:
    """Ids of the stages or phases added and removed, and old names of renamed ones."""
    added, removed, renamed = set(), set(), {}
    for change in changes:
        if change.scope != scope or change.id is None:
            continue
        if change.field == "added":
            added.add(change.id)
        elif change.field == "removed":
            removed.add(change.id)
        elif change.field == "name" and isinstance(change.before, str):
            renamed[change.id] = change.before
    return added, removed, renamed


def _earlier(ids: list[str], index: int) -> tuple[str, ...]:
    """The ids before position `index`, nearest first: where to put a removed part back."""
    return tuple(reversed(ids[:index]))


# --- journeys ----------------------------------------------------------------


def journey_highlight(
    diff: ObjectDiff, base: Journey | None, label: str, locale: str = "en"
) -> JourneyHighlight:
    """What changed in a journey since `base` (the revision named `label`).

    Changes the map has no lane for (metric values and targets, metrics added
    or removed) come with the report's own sentence, in `locale`, so the
    diagram says what changed where it marks it.
    """
    phrases = Phrases(Words(locale))
    if diff.status == "added" or base is None:
        return JourneyHighlight(label, new=True)
    added_stages, removed_stages, renamed = _parts(diff.changes, "stage")
    steps = [c for c in diff.changes if c.scope == "step" and c.id is not None]
    added = {c.id for c in steps if c.field == "added"}
    removed = {c.id for c in steps if c.field == "removed"}
    fields: dict[str, set[str]] = defaultdict(set)
    emotion_before: dict[str, int | None] = {}
    moved_from: dict[str, str] = {}
    pains: dict[str, list[str]] = defaultdict(list)
    opportunities: dict[str, list[str]] = defaultdict(list)
    notes: dict[str, list[str]] = defaultdict(list)
    for change in steps:
        ident = change.id
        if ident is None or ident in added or ident in removed:
            continue
        fields[ident].add(change.field)
        if change.field == "emotion":
            emotion_before[ident] = _score(change.before)
        elif change.field == "moved":
            moved_from[ident] = _old_stage(change)
        elif change.field == "pain_points":
            pains[ident] += [v.text for v in change.removed if isinstance(v, PainPointValue)]
        elif change.field == "opportunities":
            opportunities[ident] += [v for v in change.removed if isinstance(v, str)]
        if change.field in EXPLAINED:
            notes[ident] += [plain(line) for line in phrases.lines_for(change)]
    changed = {
        ident: StepChange(
            fields=frozenset(names - {"moved"}),
            moved_from=moved_from.get(ident),
            removed_pain_points=tuple(pains[ident]),
            removed_opportunities=tuple(opportunities[ident]),
            notes=tuple(notes[ident]),
        )
        for ident, names in fields.items()
    }
    return JourneyHighlight(
        label,
        added_steps=frozenset(i for i in added if i is not None),
        removed_steps=_removed_steps(base, removed),
        emotion_before=emotion_before,
        changed_steps=changed,
        added_stages=frozenset(added_stages),
        removed_stages=tuple(
            RemovedStage(stage, _earlier([s.id for s in base.stages], index))
            for index, stage in enumerate(base.stages)
            if stage.id in removed_stages
        ),
        renamed_stages=renamed,
    )


# Step fields the journey map shows no cell for: their change is written out.
EXPLAINED = frozenset({"metric", "metrics"})
_ESCAPE = re.compile(r"\\(.)")


def plain(markdown: str) -> str:
    """A report sentence as plain text for a diagram (the diagram escapes it for SVG)."""
    return _ESCAPE.sub(r"\1", markdown.replace("**", ""))


def _old_stage(change: Change) -> str:
    """The stage a moved step came from; "" when it only moved inside its stage."""
    before, after = change.before, change.after
    if isinstance(before, Place) and isinstance(after, Place):
        return before.parent.name if before.parent.id != after.parent.id else ""
    return ""


def _score(value: Value) -> int | None:
    # `bool` is an `int` too, but never an emotion score.
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _removed_steps(base: Journey, removed: set[str | None]) -> tuple[RemovedStep, ...]:
    out: list[RemovedStep] = []
    number = 0
    for stage in base.stages:
        ids = [step.id for step in stage.steps]
        for index, step in enumerate(stage.steps):
            number += 1
            if step.id in removed:
                out.append(RemovedStep(step, stage.id, _earlier(ids, index), number))
    return tuple(out)


# --- blueprints --------------------------------------------------------------

_ItemKey = tuple[str | None, str | None, str | None, str | None]  # id, text, phase, lane


def _key(change: Change) -> _ItemKey:
    parent = change.parent.id if change.parent else None
    return change.id, change.name, parent, change.lane


def _locate(blueprint: Blueprint, key: _ItemKey) -> tuple[ItemAt, LaneItem] | None:
    """Where an item of the change model is: by id, else by its text in its phase and lane."""
    ident, text, phase_id, lane = key
    for phase in blueprint.phases:
        for lane_name in LANES:
            for index, item in enumerate(phase.lane(lane_name)):
                if ident is not None and item.id == ident:
                    return (phase.id, lane_name, index), item
                same_place = (phase.id, lane_name) == (phase_id, lane)
                if ident is None and item.id is None and same_place and norm(item.text) == text:
                    return (phase.id, lane_name, index), item
    return None


def blueprint_highlight(
    diff: ObjectDiff, base: Blueprint | None, head: Blueprint, label: str
) -> BlueprintHighlight:
    """What changed in a service blueprint since `base` (the revision named `label`)."""
    if diff.status == "added" or base is None:
        return BlueprintHighlight(label, new=True)
    added_phases, removed_phases, renamed = _parts(diff.changes, "phase")
    groups: dict[_ItemKey, list[Change]] = defaultdict(list)
    for change in diff.changes:
        if change.scope == "item":
            groups[_key(change)].append(change)
    added: set[ItemAt] = set()
    changed: dict[ItemAt, ItemChange] = {}
    removed: list[RemovedItem] = []
    added_arrows: set[Arrow] = set()
    removed_arrows: set[Arrow] = set()
    for key, changes in groups.items():
        names = {c.field for c in changes}
        ident = key[0]
        for change in changes:
            if change.field == "to" and ident is not None:
                added_arrows |= {(ident, r.id) for r in change.added if isinstance(r, Ref)}
                removed_arrows |= {(ident, r.id) for r in change.removed if isinstance(r, Ref)}
        if "removed" in names:
            found = _locate(base, key)
            if found is not None:
                (phase_id, lane, index), item = found
                removed.append(RemovedItem(item, phase_id, lane, index))
                removed_arrows |= {(item.id, t) for t in item.targets if item.id is not None}
            continue
        place = _locate(head, key)
        if place is None:
            continue
        at, _ = place
        if "added" in names:
            added.add(at)
        else:
            changed[at] = _item_change(changes)
    return BlueprintHighlight(
        label,
        added_items=frozenset(added),
        changed_items=changed,
        removed_items=tuple(removed),
        added_phases=frozenset(added_phases),
        removed_phases=tuple(
            RemovedPhase(phase, _earlier([p.id for p in base.phases], index))
            for index, phase in enumerate(base.phases)
            if phase.id in removed_phases
        ),
        renamed_phases=renamed,
        added_arrows=frozenset(added_arrows),
        removed_arrows=frozenset(removed_arrows),
    )


def _item_change(changes: list[Change]) -> ItemChange:
    moved_from: tuple[str, str] | None = None
    fail_before: str | None = None
    wait_before: str | None = None
    for change in changes:
        if change.field == "moved" and isinstance(change.before, Place):
            moved_from = (change.before.parent.name, change.before.lane or "")
        elif change.field == "fail_point" and change.after is None:
            fail_before = change.before if isinstance(change.before, str) else None
        elif change.field == "wait" and change.after is None:
            wait_before = change.before if isinstance(change.before, str) else None
    return ItemChange(
        fields=frozenset(c.field for c in changes if c.field != "moved"),
        moved_from=moved_from,
        fail_before=fail_before,
        wait_before=wait_before,
    )
