"""One change -> the sentence a CX lead reads in the PR comment.

Kept apart from `render` so the wording of every field sits in one table-like
place: labels, singular nouns for list items, and the few fields (emotion,
metrics, fail points, moves) that need a sentence of their own.
"""

from __future__ import annotations

from cxdocs.diff.changes import Change, MetricValue, PainPointValue, Place, Ref, Value

KIND_LABELS = {"persona": "Persona", "journey": "Journey", "blueprint": "Blueprint"}
SCOPE_LABELS = {
    **KIND_LABELS,
    "stage": "Stage",
    "step": "Step",
    "action": "Action",
    "phase": "Phase",
    "item": "Activity",
}
SCOPE_PLURALS = {
    "persona": "personas",
    "journey": "journeys",
    "blueprint": "blueprints",
    "stage": "stages",
    "step": "steps",
    "action": "actions",
    "phase": "phases",
    "item": "activities",
}
LANE_LABELS = {
    "evidence": "Physical evidence",
    "customer": "Customer actions",
    "frontstage": "Front stage",
    "backstage": "Back stage",
    "support": "Support processes",
}
FIELD_LABELS = {
    "description": "Narrative",
    "focus": "Focus challenge",
    "improves": "Improves",
    "moment_of_truth": "Moment of truth",
    "why": "Five whys",
    "to": "Hand-overs",
    "step": "Journey step",
    "image": "Picture",
    "channels": "Preferred channels",
    "fail_point": "Fail point",
    "empathy_map.thinks": "Empathy map (thinks)",
    "empathy_map.feels": "Empathy map (feels)",
    "empathy_map.says": "Empathy map (says)",
    "empathy_map.does": "Empathy map (does)",
}
# What one item of a list field is called, for "Pain point added: ...".
_SINGULAR = {
    "pain_points": "Pain point",
    "opportunities": "Opportunity",
    "actors": "Actor",
    "metrics": "Metric",
    "evidence": "Evidence",
    "expectations": "Expectation",
    "tags": "Tag",
    "why": "Why",
    "traits": "Trait",
    "behaviour": "Behaviour",
    "goals": "Goal",
    "motivations": "Motivation",
    "needs": "Need",
    "channels": "Preferred channel",
    "empathy_map.thinks": "Empathy map, thinks",
    "empathy_map.feels": "Empathy map, feels",
    "empathy_map.says": "Empathy map, says",
    "empathy_map.does": "Empathy map, does",
}
_LIST_PHRASES = {
    "addresses": ("Now addresses step", "No longer addresses step"),
    "to": ("New hand-over to", "No longer hands over to"),
}
_PLAIN = {"state", "status", "severity", "wait"}  # short texts, shown without quotes
_QUOTED_REFS = {"addresses", "to", "step"}  # refs named by a sentence, not a label
_ESCAPED = set("\\`*_[]<>|~")
_LIMIT = 200


def md(text: str, limit: int = _LIMIT) -> str:
    """User text, on one line, shortened, with Markdown punctuation escaped."""
    flat = " ".join(text.split())
    if len(flat) > limit:
        flat = flat[: limit - 1].rstrip() + "…"
    return "".join(f"\\{c}" if c in _ESCAPED else c for c in flat)


def code(text: str) -> str:
    """A code span that survives backticks in the text (paths, revision names)."""
    flat = " ".join(text.split())
    ticks = "`" * (longest_backticks(flat) + 1)
    pad = " " if flat.startswith("`") or flat.endswith("`") else ""
    return f"{ticks}{pad}{flat}{pad}{ticks}"


def longest_backticks(text: str) -> int:
    longest = run = 0
    for char in text:
        run = run + 1 if char == "`" else 0
        longest = max(longest, run)
    return longest


def quoted(text: str) -> str:
    return f"“{md(text)}”"


def signed(value: float | None) -> str:
    """Emotion scores and averages: `+1`, `0`, `-0.5`."""
    if value is None:
        return "not scored"
    if value == 0:
        return "0"
    text = f"{value:+.2f}".rstrip("0").rstrip(".")
    return text


def number(value: float, unit: str | None = None) -> str:
    text = str(int(value)) if float(value).is_integer() else f"{value:g}"
    if not unit:
        return text
    return f"{text}{md(unit)}" if not unit[0].isalnum() else f"{text} {md(unit)}"


def field_label(field: str) -> str:
    return FIELD_LABELS.get(field, field.replace("_", " ").capitalize())


def where(change: Change) -> str:
    """' · Buy' for a step, ' · Buy / Front stage' for a blueprint activity."""
    if change.parent is None:
        return ""
    text = f" · {md(change.parent.name)}"
    if change.lane is not None:
        text += f" / {LANE_LABELS.get(change.lane, change.lane)}"
    return text


def show(value: Value, field: str = "") -> str:
    """A value as people read it: labels plain, user text quoted and escaped."""
    if value is None:
        return "not scored" if field == "emotion" else "none"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        return signed(value) if field == "emotion" else number(value)
    if isinstance(value, Ref):
        return quoted(value.name) if field in _QUOTED_REFS else md(value.name)
    if isinstance(value, PainPointValue):
        return f"{quoted(value.text)} ({value.severity})"
    if isinstance(value, MetricValue):
        return f"{quoted(value.name)} {_metric(value)}"
    if isinstance(value, Place):
        return _place(value)
    return md(value) if field in _PLAIN else quoted(value)


def _metric(value: MetricValue) -> str:
    target = "" if value.target is None else f" (target {number(value.target, value.unit)})"
    return number(value.value, value.unit) + target


def _place(place: Place) -> str:
    if place.lane is not None:
        return f"{md(place.parent.name)} / {LANE_LABELS.get(place.lane, place.lane)}"
    return f"{md(place.parent.name)} (position {place.position})"


def _direction(change: Change) -> str:
    return f" ({change.direction})" if change.direction else ""


def lines_for(change: Change) -> list[str]:
    """The sentences for one change (several for a list with additions and removals)."""
    field, before, after = change.field, change.before, change.after
    special = _SPECIAL.get(field)
    if special is not None:
        return special(change)
    if change.added or change.removed:
        return _list_lines(change)
    label = field_label(field)
    if field == "demographics":
        label = f"{label}, {quoted(change.detail or '')}"
    if before is None:
        return [f"{label}: {show(after, field)}"]
    if after is None:
        return [f"{label} removed (was {show(before, field)})"]
    return [f"{label}: {show(before, field)} → {show(after, field)}{_direction(change)}"]


def _list_lines(change: Change) -> list[str]:
    singular = _SINGULAR.get(change.field, field_label(change.field))
    added, removed = _LIST_PHRASES.get(change.field, (f"{singular} added", f"{singular} removed"))
    return [f"{added}: {show(v, change.field)}" for v in change.added] + [
        f"{removed}: {show(v, change.field)}" for v in change.removed
    ]


def _nothing(change: Change) -> list[str]:
    return []  # added/removed: the group's heading already says it


def _moved(change: Change) -> list[str]:
    before, after = change.before, change.after
    if isinstance(before, Place) and isinstance(after, Place):
        if before.parent.id == after.parent.id and before.lane == after.lane:
            return [
                f"Moved within {md(after.parent.name)}: "
                f"position {before.position} → {after.position}"
            ]
        return [f"Moved from {_place(before)} to {_place(after)}"]
    return [f"Moved from position {show(before)} to {show(after)}"]


def _emotion(change: Change) -> list[str]:
    if change.before is None:
        return [f"Emotion: {show(change.after, 'emotion')}"]
    return [
        f"Emotion: {show(change.before, 'emotion')} → {show(change.after, 'emotion')}"
        f"{_direction(change)}"
    ]


def _moment(change: Change) -> list[str]:
    return ["Now a **moment of truth**" if change.after else "No longer a moment of truth"]


def _narrative(change: Change) -> list[str]:
    if change.before is None:
        return ["Narrative added"]
    return ["Narrative removed"] if change.after is None else ["Narrative text changed"]


def _severity(change: Change) -> list[str]:
    return [
        f"Pain point {quoted(change.detail or '')}: severity "
        f"{show(change.before, 'severity')} → {show(change.after, 'severity')}{_direction(change)}"
    ]


def _metric_change(change: Change) -> list[str]:
    before, after = change.before, change.after
    assert isinstance(before, MetricValue) and isinstance(after, MetricValue)
    old, new = number(before.value, before.unit), number(after.value, after.unit)
    value = new if old == new else f"{old} → {new}{_direction(change)}"
    if before.target == after.target:
        target = "" if after.target is None else f", target {number(after.target, after.unit)}"
    else:
        targets = [
            number(t, m.unit) if t is not None else "none"
            for t, m in ((before.target, before), (after.target, after))
        ]
        target = f", target {targets[0]} → {targets[1]}"
    return [f"Metric {quoted(change.detail or '')}: {value}{target}"]


def _fail_point(change: Change) -> list[str]:
    before, after = change.before, change.after
    if before is None:
        return ["Fail point added" + (f": {show(after)}" if after else "")]
    if after is None:
        return ["Fail point removed" + (f" (was {show(before)})" if before else "")]
    return [f"Fail point: {show(before) if before else 'yes'} → {show(after) if after else 'yes'}"]


def _wait(change: Change) -> list[str]:
    before, after = change.before, change.after
    if before is None:
        return [f"Wait added: {show(after, 'wait')}"]
    if after is None:
        return [f"Wait removed (was {show(before, 'wait')})"]
    return [f"Wait: {show(before, 'wait')} → {show(after, 'wait')}"]


_SPECIAL = {
    "added": _nothing,
    "removed": _nothing,
    "moved": _moved,
    "emotion": _emotion,
    "moment_of_truth": _moment,
    "description": _narrative,
    "pain_point_severity": _severity,
    "metric": _metric_change,
    "fail_point": _fail_point,
    "wait": _wait,
}
