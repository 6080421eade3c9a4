"""The change model -> a Markdown PR comment in the repository's locale (JSON: `jsonout`).

The Markdown is written for a CX lead who never opens the YAML: names instead of
ids (channel and actor labels from the settings, step actions, persona names),
"your changes" rather than git words, a summary table first, then one section
per object with an emotion chart GitHub draws itself. User text is escaped, so a
`*` or `|` in a pain point cannot break the comment. Sentences for each field
live in `phrases`; fitting a size limit lives in `shorten`.
"""

from __future__ import annotations

from itertools import groupby

from cxdocs.changes.journeys import lost_high_pains
from cxdocs.changes.model import (
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
from cxdocs.content.problems import format_text, sort_problems
from cxdocs.i18n.catalog import plural
from cxdocs.reports.chart import emotion_chart
from cxdocs.reports.evidence import evidence_lines
from cxdocs.reports.jsonout import render_json
from cxdocs.reports.phrases import Phrases, Words, code, longest_backticks, md, quoted
from cxdocs.reports.shorten import Block, fit

__all__ = ["render_json", "render_markdown"]

DEFAULT_MAX_CHARS = 60_000  # under GitHub's 65,536-character comment limit
_SPARK = {-2: "▁", -1: "▂", 0: "▄", 1: "▆", 2: "█"}


def revision_name(revision: Revision, w: Words) -> str:
    if revision.commit is None:
        return w("your_changes")
    short = revision.commit[:7]
    if revision.commit.startswith(revision.label):
        return f"`{short}`"
    return f"{code(revision.label)} (`{short}`)"


def render_markdown(
    report: Report, max_chars: int | None = None, full_report: str | None = None
) -> str:
    """A PR comment or job summary: summary table, then details per object.

    With `max_chars`, a longer report is shortened to fit (see `shorten.fit`);
    `full_report` says where the whole one is (a URL, an artifact name).
    """
    w = Words(report.locale)
    phrases = Phrases(w)
    base, head = revision_name(report.base, w), revision_name(report.head, w)
    top = [f"## {w('heading')}", ""]
    rows: list[str] = []
    if not report.changed:
        top.append(w("no_changes", base=base, head=head))
    else:
        objects = w.count("count.object", len(report.objects))
        top += [
            w("comparing", base=base, head=head, objects=objects),
            "",
            "| "
            + " | ".join(w(f"col.{c}") for c in ("object", "kind", "change", "figures"))
            + " |",
            "| --- | --- | --- | --- |",
        ]
        rows = [_summary_row(diff, w) for diff in report.objects]
    notes = [line for note in report.notes for line in ("", "> " + w("note", note=note))]
    notes += evidence_lines(report.evidence, w)
    blocks = [
        Block(diff, "\n" + "\n".join(["", *_details(diff, w, phrases)])) for diff in report.objects
    ]
    sides: tuple[Side, ...] = ("base", "head")
    problems = [(side, _problems(report, side, w)) for side in sides if report.problems.get(side)]
    whole = "\n".join([*top, *rows, *notes]) + "".join(b.text for b in blocks)
    whole += "".join("\n" + "\n".join(lines) for _, lines in problems)
    if not max_chars or len(whole) + 1 <= max_chars:
        return whole + "\n"
    where = full_report or w("full_report_default", command=_command(report) + " --max-chars 0")
    left_problems = [
        w(
            "shortened_problems",
            problems=w.count("count.problem", len(report.problems[side])),
            revision=base if side == "base" else head,
        )
        for side, _ in problems
    ]
    return fit(
        top,
        rows,
        notes,
        blocks,
        ["\n".join(lines) for _, lines in problems],
        left_problems,
        max_chars,
        w,
        where,
    )


def _command(report: Report) -> str:
    head = f" {report.head.label}" if report.head.commit is not None else ""
    return f"cxdocs diff {report.base.label}{head}"


def _summary_row(diff: ObjectDiff, w: Words) -> str:
    cells = [md(diff.name), w.kind(diff.kind), _change_cell(diff, w), _figures_cell(diff, w)]
    return "| " + " | ".join(cells) + " |"


def _change_cell(diff: ObjectDiff, w: Words) -> str:
    parts: list[str] = []
    if diff.status in ("added", "removed"):
        parts.append(w(f"status.{diff.status}.{diff.kind}"))
    elif diff.status == "invalid":
        parts.append(w("status.invalid_now" if "head" in diff.invalid else "status.fixed"))
    if diff.renamed_from:
        parts.append(w("status.renamed", old=diff.renamed_from))
    if diff.moved:
        parts.append(w("status.moved"))
    counts = change_counts(diff.changes, diff.kind, w)
    if counts:
        parts.append(counts)
    if "head" in diff.invalid and diff.status != "invalid":
        parts.append(w("status.errors_now"))
    lost = lost_high_pains(diff.changes) if diff.kind == "journey" else 0
    if lost:
        parts.append(w.count("lost_high", lost))
    return "; ".join(parts) or w("status.changed")


def change_counts(changes: list[Change], kind: str, w: Words) -> str:
    """'title, owner changed; 4 steps changed, 1 action': what changed, counted per part."""
    fields = [w.field(c.field).lower() for c in changes if c.scope == kind]
    counted: dict[str, int] = {}
    seen: set[tuple[str, str | None, str | None]] = set()
    for change in changes:
        key = (change.scope, change.id, change.name)
        if change.scope != kind and key not in seen:
            seen.add(key)
            counted[change.scope] = counted.get(change.scope, 0) + 1
    parts = [w("changed.fields", fields=", ".join(dict.fromkeys(fields)))] if fields else []
    counts = [
        w.count(f"{'changed' if index == 0 else 'count'}.{scope}", number)
        for index, (scope, number) in enumerate(counted.items())
    ]
    if counts:
        parts.append(", ".join(counts))
    return "; ".join(parts)


def _arrow(before: str | None, after: str | None) -> str:
    if before is None:
        return after or ""
    if after is None or before == after:
        return before
    return f"{before} → {after}"


def _figures_cell(diff: ObjectDiff, w: Words) -> str:
    before, after = diff.before, diff.after
    if isinstance(before, JourneyFigures) or isinstance(after, JourneyFigures):
        old = before if isinstance(before, JourneyFigures) else None
        new = after if isinstance(after, JourneyFigures) else None
        emotion = _arrow(
            w.signed(old.average_emotion) if old else None,
            w.signed(new.average_emotion) if new else None,
        )
        mark = _trend(old.average_emotion if old else None, new.average_emotion if new else None)
        pains = _arrow(str(old.pain_points) if old else None, str(new.pain_points) if new else None)
        return (
            f"{w('figure.emotion', value=emotion + mark)} · {w('figure.pain_points', value=pains)}"
        )
    if isinstance(before, BlueprintFigures) or isinstance(after, BlueprintFigures):
        b_old = before if isinstance(before, BlueprintFigures) else None
        b_new = after if isinstance(after, BlueprintFigures) else None
        parts = []
        for name in ("fail_points", "waits"):
            values = [str(getattr(f, name)) if f else None for f in (b_old, b_new)]
            parts.append(w(f"figure.{name}", value=_arrow(values[0], values[1])))
        return " · ".join(parts)
    return ""


def _trend(before: float | None, after: float | None) -> str:
    if before is None or after is None or before == after:
        return ""
    return " ▲" if after > before else " ▼"


def _heading(diff: ObjectDiff, w: Words) -> list[str]:
    lines = [f"### {w('object_heading', kind=w.kind(diff.kind), name=md(diff.name))}", ""]
    if diff.moved:
        lines.append(
            w("moved_file", before=code(diff.path_before or ""), after=code(diff.path_after or ""))
        )
    else:
        lines.append(code(diff.path_after or diff.path_before or ""))
    if diff.renamed_from:
        lines[-1] += w("id_now", old=diff.renamed_from, new=diff.id)
    return lines


def _details(diff: ObjectDiff, w: Words, phrases: Phrases) -> list[str]:
    lines = _heading(diff, w)
    if diff.diagram:
        lines += ["", w("diagram", path=code(diff.diagram))]
    if diff.status == "added":
        lines += ["", w(f"new.{diff.kind}") + _size(diff.after, w)]
        if isinstance(diff.after, JourneyFigures):
            chart = emotion_chart(None, diff.after, w)
            lines += ["", *chart] if chart else []
    elif diff.status == "removed":
        lines += ["", w(f"gone.{diff.kind}") + _size(diff.before, w)]
    elif diff.status == "invalid":
        side = "head" if "head" in diff.invalid else "base"
        lines += ["", w(f"cannot_compare.{side}")]
    if isinstance(diff.before, JourneyFigures) and isinstance(diff.after, JourneyFigures):
        lines += ["", *_journey_summary(diff.before, diff.after, w)]
    bullets = change_bullets(diff, w, phrases)
    if bullets:
        lines += ["", *bullets]
    return lines


def _size(figures: Figures | None, w: Words) -> str:
    loc = w.locale
    if isinstance(figures, JourneyFigures):
        return " " + w(
            "size.journey",
            steps=plural(loc, "count.steps", figures.steps),
            stages=plural(loc, "count.stages", len(figures.curve)),
            average=w.signed(figures.average_emotion),
            pains=w.count("count.pain_point", figures.pain_points),
            actions=w.count("count.open_action", figures.open_actions),
        )
    if isinstance(figures, BlueprintFigures):
        return " " + w(
            "size.blueprint",
            items=plural(loc, "count.items", figures.items),
            fails=plural(loc, "count.fail_points", figures.fail_points),
            waits=plural(loc, "count.waits", figures.waits),
        )
    return ""


def _scores(figures: JourneyFigures) -> list[tuple[str, int | None]]:
    return [
        (step.id, emotion)
        for curve in figures.curve
        for step, emotion in zip(curve.steps, curve.emotions, strict=False)
    ]


def _journey_summary(before: JourneyFigures, after: JourneyFigures, w: Words) -> list[str]:
    emotion = _arrow(w.signed(before.average_emotion), w.signed(after.average_emotion))
    trend = _trend(before.average_emotion, after.average_emotion)
    word = {" ▲": f" ({w('improved')})", " ▼": f" ({w('worsened')})"}.get(trend, "")
    lines = [
        f"{w('average_emotion', value=emotion + word)} · "
        f"{w('pain_points', value=_arrow(str(before.pain_points), str(after.pain_points)))} · "
        f"{w('open_actions', value=_arrow(str(before.open_actions), str(after.open_actions)))}"
    ]
    curve_changed = [(c.stage, c.emotions) for c in before.curve] != [
        (c.stage, c.emotions) for c in after.curve
    ]
    if not curve_changed and _scores(before) == _scores(after):
        return lines
    chart = emotion_chart(before, after, w)
    if chart:
        lines += ["", *chart]
    lines += [
        "",
        w("curve_intro"),
        "",
        f"| {w('col.stage')} | {w('col.before')} | {w('col.after')} |",
        "| --- | --- | --- |",
    ]
    old = {c.stage.id: c for c in before.curve}
    new = {c.stage.id: c for c in after.curve}
    order = [c.stage for c in after.curve] + [
        c.stage for c in before.curve if c.stage.id not in new
    ]
    for stage in order:
        cells = [_spark(old.get(stage.id), w), _spark(new.get(stage.id), w)]
        lines.append(f"| {md(stage.name)} | {cells[0]} | {cells[1]} |")
    return lines


def _spark(curve: StageCurve | None, w: Words) -> str:
    if curve is None:
        return "—"
    marks = "".join(_SPARK.get(e, "·") if e is not None else "·" for e in curve.emotions)
    scores = [e for e in curve.emotions if e is not None]
    average = w.signed(sum(scores) / len(scores)) if scores else w("not_scored")
    return f"`{marks}` {average}"


def change_bullets(diff: ObjectDiff, w: Words, phrases: Phrases) -> list[str]:
    lines: list[str] = []
    actions: list[str] = []

    def key(change: Change) -> tuple[str, str | None, str | None]:
        return change.scope, change.id, change.name

    for (scope, _, name), group in groupby(diff.changes, key=key):
        changes = list(group)
        if scope == diff.kind:
            lines += [f"- {line}" for change in changes for line in phrases.lines_for(change)]
            continue
        fields = {c.field for c in changes}
        title = w(f"scope.{scope}")
        if "added" in fields:
            title = w(f"new_part.{scope}")
        elif "removed" in fields:
            title = w(f"removed_part.{scope}")
        header = f"**{title} {quoted(name or '')}**{w.where(changes[0])}"
        sub = [line for change in changes for line in phrases.lines_for(change)]
        target = actions if scope == "action" else lines
        if not sub:
            target.append(f"- {header}")
        elif len(sub) == 1:
            target.append(f"- {header} — {sub[0]}")
        else:
            target += [f"- {header}", *(f"    - {line}" for line in sub)]
    if actions:
        lines += ["", f"**{w('actions')}**", "", *actions]
    return lines


def _problems(report: Report, side: Side, w: Words) -> list[str]:
    problems = sort_problems(report.problems.get(side, []))
    if not problems:
        return []
    revision = report.base if side == "base" else report.head
    text = "\n".join(format_text(p) for p in problems)
    fence = "`" * max(3, longest_backticks(text) + 1)
    return [
        "",
        f"### {w('problems', revision=revision_name(revision, w))}",
        "",
        w("problems_intro"),
        "",
        f"{fence}text",
        text,
        fence,
    ]
