"""Two versions of one journey -> its semantic changes, stage by stage and step by step.

Stages, steps and actions are matched by id, never by position, so inserting a
step does not make every later step look changed. An added step is compared
with an empty one, so the reader sees its emotion, channel and pain points.
"""

from __future__ import annotations

from cxdocs.changes.fields import At, Names, direction, norm, section_changes, stayed
from cxdocs.changes.model import (
    Change,
    JourneyFigures,
    MetricValue,
    PainPointValue,
    Place,
    Ref,
    StageCurve,
)
from cxdocs.content.model import Action, Journey, Metric, Step

_SEVERITY_RANK = {"low": 0, "medium": 1, "high": 2}


def journey_figures(journey: Journey) -> JourneyFigures:
    return JourneyFigures(
        average_emotion=journey.average_emotion,
        pain_points=sum(len(step.pain_points) for step in journey.steps),
        steps=len(journey.steps),
        open_actions=sum(1 for action in journey.actions if action.is_open),
        curve=tuple(
            StageCurve(
                Ref(stage.id, norm(stage.name) or stage.id),
                tuple(s.emotion for s in stage.steps),
                tuple(Ref(s.id, norm(s.action) or s.id) for s in stage.steps),
            )
            for stage in journey.stages
        ),
    )


def journey_changes(before: Journey, after: Journey, names: Names) -> list[Change]:
    at = At("journey")
    changes = [
        *at.text("title", before.title, after.title),
        *at.value("persona", names.persona(before.persona), names.persona(after.persona)),
        *at.value("state", before.state, after.state),
        *at.value("improves", names.journey(before.improves), names.journey(after.improves)),
        *at.value("owner", names.actor(before.owner), names.actor(after.owner)),
        *at.text("scenario", before.scenario, after.scenario),
        *at.value("focus", _focus(before), _focus(after)),
        *at.texts("expectations", before.expectations, after.expectations),
        *at.texts("tags", before.tags, after.tags),
        *at.text("description", before.description, after.description),
    ]
    changes += section_changes("stage", before.stages, after.stages)
    changes += _step_changes(before, after, names)
    changes += _action_changes(before, after, names)
    return changes


def _focus(journey: Journey) -> str | None:
    focus = journey.focus
    if focus is None:
        return None
    return norm(f"{focus.who} can {focus.can} so that {focus.so_that}")


def _places(journey: Journey) -> dict[str, tuple[Place, Step]]:
    return {
        step.id: (Place(Ref(stage.id, norm(stage.name) or stage.id), None, position), step)
        for stage in journey.stages
        for position, step in enumerate(stage.steps, 1)
    }


def _kept_in_stage(before: Journey, after: Journey) -> set[str]:
    """Steps that stayed in their stage and kept their order there."""
    old_stages = {stage.id: stage for stage in before.stages}
    kept: set[str] = set()
    for stage in after.stages:
        previous = old_stages.get(stage.id)
        if previous is None:
            continue
        old_ids = [s.id for s in previous.steps]
        new_ids = [s.id for s in stage.steps]
        both = set(old_ids) & set(new_ids)
        kept |= stayed([i for i in old_ids if i in both], [i for i in new_ids if i in both])
    return kept


def _step_changes(before: Journey, after: Journey, names: Names) -> list[Change]:
    old, new = _places(before), _places(after)
    kept = _kept_in_stage(before, after)
    changes: list[Change] = []
    for ident, (place, step) in new.items():
        at = At("step", ident, norm(step.action), place.parent)
        if ident not in old:
            changes.append(at.change("added", after=place))
            changes += _step_fields(Step(id=ident, action=step.action), step, at, names)
            continue
        old_place, old_step = old[ident]
        if old_place.parent.id != place.parent.id or ident not in kept:
            changes.append(at.change("moved", before=old_place, after=place))
        if old_step != step:  # most steps are untouched: skip comparing them field by field
            changes += _step_fields(old_step, step, at, names)
    for ident, (place, step) in old.items():
        if ident not in new:
            at = At("step", ident, norm(step.action), place.parent)
            changes.append(at.change("removed", before=place))
            # Its pain points go with it: name them (and their severity), as an
            # added step names its own, so a lost finding is never silent.
            changes += _pain_point_changes(step, Step(id=ident, action=step.action), at)
    return changes


def lost_high_pains(changes: list[Change]) -> int:
    """High-severity pain points that went with removed steps."""
    removed = {c.id for c in changes if c.scope == "step" and c.field == "removed"}
    return sum(
        1
        for c in changes
        if c.scope == "step" and c.field == "pain_points" and c.id in removed
        for value in c.removed
        if isinstance(value, PainPointValue) and value.severity == "high"
    )


def _step_fields(old: Step, new: Step, at: At, names: Names) -> list[Change]:
    changes = [
        *at.text("action", old.action, new.action),
        *at.value("emotion", old.emotion, new.emotion, better=direction(old.emotion, new.emotion)),
        *at.value("channel", names.channel(old.channel), names.channel(new.channel)),
        *at.text("touchpoint", old.touchpoint, new.touchpoint),
        *at.items(
            "actors", [names.actor(a) for a in old.actors], [names.actor(a) for a in new.actors]
        ),
        *at.text("thinks", old.thinks, new.thinks),
        *at.text("feels", old.feels, new.feels),
        *at.value("moment_of_truth", old.moment_of_truth, new.moment_of_truth),
    ]
    changes += _pain_point_changes(old, new, at)
    changes += at.texts(
        "opportunities", [o.text for o in old.opportunities], [o.text for o in new.opportunities]
    )
    changes += _metric_changes(old.metrics, new.metrics, at)
    changes += at.texts("evidence", old.evidence, new.evidence)
    changes += at.text("description", old.description, new.description)
    return changes


def _pain_point_changes(old: Step, new: Step, at: At) -> list[Change]:
    # Matched by text: a pain point has no id, and rewording it is a new finding.
    before = {norm(p.text) or "": p.severity for p in old.pain_points}
    after = {norm(p.text) or "": p.severity for p in new.pain_points}
    added_values = tuple(PainPointValue(t, s) for t, s in after.items() if t not in before)
    removed_values = tuple(PainPointValue(t, s) for t, s in before.items() if t not in after)
    result: list[Change] = []
    if added_values or removed_values:
        result.append(at.change("pain_points", added=added_values, removed=removed_values))
    for text, severity in after.items():
        previous = before.get(text)
        if previous is not None and previous != severity:
            # A more severe pain point is a worse experience.
            result.append(
                at.change(
                    "pain_point_severity",
                    detail=text,
                    before=previous,
                    after=severity,
                    direction=direction(
                        _SEVERITY_RANK[previous], _SEVERITY_RANK[severity], higher_is_better=False
                    ),
                )
            )
    return result


def _metric_value(metric: Metric) -> MetricValue:
    return MetricValue(norm(metric.name) or "", metric.current, metric.target, metric.unit)


def _metric_changes(old: list[Metric], new: list[Metric], at: At) -> list[Change]:
    before = {norm(m.name) or "": m for m in old}
    after = {norm(m.name) or "": m for m in new}
    changes: list[Change] = []
    added = tuple(_metric_value(m) for name, m in after.items() if name not in before)
    removed = tuple(_metric_value(m) for name, m in before.items() if name not in after)
    if added or removed:
        changes.append(at.change("metrics", added=added, removed=removed))
    for name, metric in after.items():
        previous = before.get(name)
        if previous is None:
            continue
        old_value, new_value = _metric_value(previous), _metric_value(metric)
        if old_value != new_value:
            better = direction(
                previous.current, metric.current, higher_is_better=metric.better == "higher"
            )
            changes.append(
                at.change(
                    "metric", detail=name, before=old_value, after=new_value, direction=better
                )
            )
    return changes


def _action_changes(before: Journey, after: Journey, names: Names) -> list[Change]:
    old = {action.id: action for action in before.actions}
    new_ids = {action.id for action in after.actions}
    changes: list[Change] = []
    for action in after.actions:
        at = At("action", action.id, norm(action.title))
        previous = old.get(action.id)
        if previous is None:
            changes.append(at.change("added"))
        elif previous == action and before.id == after.id:
            continue  # untouched (a renamed journey re-resolves the steps it addresses)
        changes += _action_fields(previous, action, at, before.id, after.id, names)
    for action in before.actions:
        if action.id not in new_ids:
            at = At("action", action.id, norm(action.title))
            changes.append(at.change("removed", before=action.status))
    return changes


def _action_fields(
    old: Action | None, new: Action, at: At, old_journey: str, new_journey: str, names: Names
) -> list[Change]:
    def steps(action: Action | None, journey: str) -> list[Ref | None]:
        return [names.step(journey, s) for s in action.addresses] if action else []

    return [
        *(at.text("title", old.title, new.title) if old else []),
        *at.value("owner", names.actor(old.owner) if old else None, names.actor(new.owner)),
        *at.value("status", old.status if old else None, new.status),
        *at.items("addresses", steps(old, old_journey), steps(new, new_journey)),
        *at.texts("why", old.why if old else [], new.why),
        *at.text("description", old.description if old else None, new.description),
    ]
