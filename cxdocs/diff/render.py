"""The change model -> a Markdown PR comment, or JSON for tools.

The Markdown is written for a CX lead who never opens the YAML: names instead of
ids (channel and actor labels from the settings, step actions, persona names),
a summary table first, then one section per object. User text is escaped, so a
`*` or `|` in a pain point cannot break the comment. Sentences for each field
live in `phrases`.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from itertools import groupby
from typing import Any

from cxdocs.diff.changes import (
    BlueprintFigures,
    Change,
    Figures,
    JourneyFigures,
    ObjectDiff,
    Report,
    Revision,
    Side,
    StageCurve,
)
from cxdocs.diff.phrases import (
    KIND_LABELS,
    SCOPE_LABELS,
    SCOPE_PLURALS,
    code,
    field_label,
    lines_for,
    longest_backticks,
    md,
    quoted,
    signed,
    where,
)
from cxdocs.problems import format_text, sort_problems

JSON_VERSION = 1
_SPARK = {-2: "▁", -1: "▂", 0: "▄", 1: "▆", 2: "█"}
_SIDE_LABELS: dict[Side, str] = {"base": "BASE", "head": "HEAD"}


# --- JSON --------------------------------------------------------------------


def render_json(report: Report) -> str:
    """The report as JSON; keys are documented in docs/guide/review.md."""
    document = {
        "version": JSON_VERSION,
        "base": asdict(report.base),
        "head": asdict(report.head),
        "changed": report.changed,
        "objects": [_object_json(diff) for diff in report.objects],
        "problems": {
            side: [asdict(p) for p in sort_problems(report.problems.get(side, []))]
            for side in ("base", "head")
        },
        "notes": report.notes,
    }
    return json.dumps(document, indent=2, ensure_ascii=False)


def _object_json(diff: ObjectDiff) -> dict[str, Any]:
    return {
        "kind": diff.kind,
        "id": diff.id,
        "name": diff.name,
        "status": diff.status,
        "path": {"before": diff.path_before, "after": diff.path_after},
        "moved": diff.moved,
        "renamed_from": diff.renamed_from,
        "invalid": list(diff.invalid),
        "figures": {
            "before": asdict(diff.before) if diff.before else None,
            "after": asdict(diff.after) if diff.after else None,
        },
        "changes": [asdict(change) for change in diff.changes],
    }


# --- Markdown ----------------------------------------------------------------


def _revision(revision: Revision) -> str:
    if revision.commit is None:
        return "the working tree"
    short = revision.commit[:7]
    if revision.commit.startswith(revision.label):
        return f"`{short}`"
    return f"{code(revision.label)} (`{short}`)"


def render_markdown(report: Report) -> str:
    """A PR comment or GitHub step summary: summary table, then details per object."""
    base, head = _revision(report.base), _revision(report.head)
    lines = ["## Customer-experience changes", ""]
    if not report.changed:
        lines.append(f"No customer-facing changes between {base} and {head}.")
    else:
        count = len(report.objects)
        lines += [
            f"Comparing {base} with {head}: "
            f"{count} {'object' if count == 1 else 'objects'} changed.",
            "",
            "| Object | Kind | Change | Key figures |",
            "| --- | --- | --- | --- |",
        ]
        lines += [_summary_row(diff) for diff in report.objects]
    for note in report.notes:
        lines += ["", f"> **Note:** {note}"]
    for diff in report.objects:
        lines += ["", *_details(diff)]
    lines += _problems(report, "base") + _problems(report, "head")
    return "\n".join(lines) + "\n"


def _summary_row(diff: ObjectDiff) -> str:
    cells = [md(diff.name), KIND_LABELS[diff.kind], _change_cell(diff), _figures_cell(diff)]
    return "| " + " | ".join(cells) + " |"


def _change_cell(diff: ObjectDiff) -> str:
    parts: list[str] = []
    if diff.status in ("added", "removed"):
        parts.append(diff.status)
    elif diff.status == "invalid":
        parts.append("invalid at HEAD" if "head" in diff.invalid else "fixed (was invalid at BASE)")
    if diff.renamed_from:
        parts.append(f"id renamed from `{diff.renamed_from}`")
    if diff.moved:
        parts.append("moved")
    counts = _change_counts(diff.changes, diff.kind)
    if counts:
        parts.append(counts)
    if "head" in diff.invalid and diff.status != "invalid":
        parts.append("**has errors at HEAD**")
    return "; ".join(parts) or "changed"


def _change_counts(changes: list[Change], kind: str) -> str:
    """'title, owner; 3 steps; 1 action': what changed, counted per part."""
    fields = [field_label(c.field).lower() for c in changes if c.scope == kind]
    counted: dict[str, int] = {}
    seen: set[tuple[str, str | None, str | None]] = set()
    for change in changes:
        key = (change.scope, change.id, change.name)
        if change.scope != kind and key not in seen:
            seen.add(key)
            counted[change.scope] = counted.get(change.scope, 0) + 1
    parts = [", ".join(dict.fromkeys(fields))] if fields else []
    for scope, number in counted.items():
        label = SCOPE_LABELS[scope].lower() if number == 1 else SCOPE_PLURALS[scope]
        parts.append(f"{number} {label}")
    return "; ".join(parts)


def _arrow(before: str | None, after: str | None) -> str:
    if before is None:
        return after or ""
    if after is None or before == after:
        return before
    return f"{before} → {after}"


def _figures_cell(diff: ObjectDiff) -> str:
    before, after = diff.before, diff.after
    if isinstance(before, JourneyFigures) or isinstance(after, JourneyFigures):
        old = before if isinstance(before, JourneyFigures) else None
        new = after if isinstance(after, JourneyFigures) else None
        emotion = _arrow(
            signed(old.average_emotion) if old else None,
            signed(new.average_emotion) if new else None,
        )
        mark = _trend(old.average_emotion if old else None, new.average_emotion if new else None)
        pains = _arrow(str(old.pain_points) if old else None, str(new.pain_points) if new else None)
        return f"avg. emotion {emotion}{mark} · pain points {pains}"
    if isinstance(before, BlueprintFigures) or isinstance(after, BlueprintFigures):
        b_old = before if isinstance(before, BlueprintFigures) else None
        b_new = after if isinstance(after, BlueprintFigures) else None
        parts = []
        for label, name in (("fail points", "fail_points"), ("waits", "waits")):
            values = [str(getattr(f, name)) if f else None for f in (b_old, b_new)]
            parts.append(f"{label} {_arrow(values[0], values[1])}")
        return " · ".join(parts)
    return ""


def _trend(before: float | None, after: float | None) -> str:
    if before is None or after is None or before == after:
        return ""
    return " ▲" if after > before else " ▼"


def _heading(diff: ObjectDiff) -> list[str]:
    lines = [f"### {KIND_LABELS[diff.kind]}: {md(diff.name)}", ""]
    if diff.moved:
        lines.append(f"Moved from {code(diff.path_before or '')} to {code(diff.path_after or '')}.")
    else:
        lines.append(code(diff.path_after or diff.path_before or ""))
    if diff.renamed_from:
        lines[-1] += f" (id `{diff.renamed_from}` is now `{diff.id}`)"
    return lines


def _details(diff: ObjectDiff) -> list[str]:
    lines = _heading(diff)
    if diff.diagram:
        lines += ["", f"Diagram with the changes marked: {code(diff.diagram)}"]
    if diff.status == "added":
        lines += ["", f"New {KIND_LABELS[diff.kind].lower()}.{_size(diff.after)}"]
    elif diff.status == "removed":
        lines += ["", f"Removed.{_size(diff.before)}"]
    elif diff.status == "invalid":
        side = "HEAD" if "head" in diff.invalid else "BASE"
        lines += [
            "",
            f"Cannot be compared: the file cannot be read at {side} (see the problems below).",
        ]
    if isinstance(diff.before, JourneyFigures) and isinstance(diff.after, JourneyFigures):
        lines += ["", *_journey_summary(diff.before, diff.after)]
    bullets = _bullets(diff)
    if bullets:
        lines += ["", *bullets]
    return lines


def _size(figures: Figures | None) -> str:
    if isinstance(figures, JourneyFigures):
        average = signed(figures.average_emotion)
        return (
            f" {figures.steps} steps in {len(figures.curve)} stages, average emotion {average}, "
            f"{figures.pain_points} pain points, {figures.open_actions} open actions."
        )
    if isinstance(figures, BlueprintFigures):
        return (
            f" {figures.items} activities, {figures.fail_points} fail points, "
            f"{figures.waits} waits."
        )
    return ""


def _journey_summary(before: JourneyFigures, after: JourneyFigures) -> list[str]:
    emotion = _arrow(signed(before.average_emotion), signed(after.average_emotion))
    trend = _trend(before.average_emotion, after.average_emotion)
    word = {" ▲": " (improved)", " ▼": " (worsened)"}.get(trend, "")
    lines = [
        f"**Average emotion** {emotion}{word} · "
        f"**Pain points** {_arrow(str(before.pain_points), str(after.pain_points))} · "
        f"**Open actions** {_arrow(str(before.open_actions), str(after.open_actions))}"
    ]
    if before.curve == after.curve:
        return lines
    lines += [
        "",
        "Emotion curve, one mark per step (▁ -2 · ▂ -1 · ▄ 0 · ▆ +1 · █ +2 · · not scored), "
        "with the stage average:",
        "",
        "| Stage | Before | After |",
        "| --- | --- | --- |",
    ]
    old = {c.stage.id: c for c in before.curve}
    new = {c.stage.id: c for c in after.curve}
    order = [c.stage for c in after.curve] + [
        c.stage for c in before.curve if c.stage.id not in new
    ]
    for stage in order:
        cells = [_spark(old.get(stage.id)), _spark(new.get(stage.id))]
        lines.append(f"| {md(stage.name)} | {cells[0]} | {cells[1]} |")
    return lines


def _spark(curve: StageCurve | None) -> str:
    if curve is None:
        return "—"
    marks = "".join(_SPARK.get(e, "·") if e is not None else "·" for e in curve.emotions)
    scores = [e for e in curve.emotions if e is not None]
    average = signed(round(sum(scores) / len(scores), 2)) if scores else "not scored"
    return f"`{marks}` {average}"


def _bullets(diff: ObjectDiff) -> list[str]:
    lines: list[str] = []
    actions: list[str] = []

    def key(change: Change) -> tuple[str, str | None, str | None]:
        return change.scope, change.id, change.name

    for (scope, _, name), group in groupby(diff.changes, key=key):
        changes = list(group)
        if scope == diff.kind:
            lines += [f"- {line}" for change in changes for line in lines_for(change)]
            continue
        fields = {c.field for c in changes}
        label = SCOPE_LABELS[scope]
        if "added" in fields:
            label = f"New {label.lower()}"
        elif "removed" in fields:
            label = f"Removed {label.lower()}"
        header = f"**{label} {quoted(name or '')}**{where(changes[0])}"
        sub = [line for change in changes for line in lines_for(change)]
        target = actions if scope == "action" else lines
        if not sub:
            target.append(f"- {header}")
        elif len(sub) == 1:
            target.append(f"- {header} — {sub[0]}")
        else:
            target += [f"- {header}", *(f"    - {line}" for line in sub)]
    if actions:
        lines += ["", "**Actions**", "", *actions]
    return lines


def _problems(report: Report, side: Side) -> list[str]:
    problems = sort_problems(report.problems.get(side, []))
    if not problems:
        return []
    revision = report.base if side == "base" else report.head
    text = "\n".join(format_text(p) for p in problems)
    fence = "`" * max(3, longest_backticks(text) + 1)
    return [
        "",
        f"### Problems at {_SIDE_LABELS[side]} ({_revision(revision)})",
        "",
        "These files have errors at this revision, as `cxdocs check` reports them; "
        "the comparison used what could be read.",
        "",
        f"{fence}text",
        text,
        fence,
    ]
