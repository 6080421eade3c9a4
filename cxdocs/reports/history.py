"""Timelines -> Markdown (newest first, in the repository's locale) or JSON for tools.

Each commit reads like a small `cxdocs diff` report: its date, author and
message, then the same change sentences, then the figures after the commit,
so a CX lead can see what improved, when, and who did it.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from cxdocs.changes.model import BlueprintFigures, Figures, JourneyFigures, ObjectDiff
from cxdocs.changes.timeline import Entry, Timeline
from cxdocs.i18n.catalog import label, plural
from cxdocs.reports.diff import change_bullets
from cxdocs.reports.phrases import Phrases, Words, code, md

JSON_VERSION = 1


def figures_text(entry: Entry, w: Words) -> str:
    """'average emotion -0.08, 12 pain points, 2 high-severity pain points'."""
    figures, loc = entry.figures, w.locale
    if isinstance(figures, JourneyFigures):
        return label(
            loc,
            "history.figures.journey",
            emotion=w.signed(figures.average_emotion),
            pains=w.count("count.pain_point", figures.pain_points),
            high=plural(loc, "history.high_open", entry.high_open or 0),
        )
    if isinstance(figures, BlueprintFigures):
        return label(
            loc,
            "history.figures.blueprint",
            fails=plural(loc, "count.fail_points", figures.fail_points),
            waits=plural(loc, "count.waits", figures.waits),
        )
    return ""


def entry_lines(timeline: Timeline, entry: Entry, w: Words) -> list[str]:
    """What one commit changed, in sentences (bullets), or one line saying why there are none."""
    loc = w.locale
    if entry.status in ("added", "removed", "invalid"):
        return [label(loc, f"history.{entry.status}")]
    if not entry.changes:
        return [label(loc, "history.no_change")]
    diff = ObjectDiff(
        timeline.kind,  # type: ignore[arg-type]
        timeline.id,
        timeline.name,
        "changed",
        changes=entry.changes,
    )
    return change_bullets(diff, w, Phrases(w))


def render_markdown(timelines: list[Timeline], locale: str, paths: str, since: str | None) -> str:
    w = Words(locale)
    if not any(t.entries for t in timelines):
        return label(locale, "history.none", paths=code(paths)) + "\n"
    out: list[str] = []
    for timeline in timelines:
        if not timeline.entries:
            continue
        count = plural(locale, "history.changes", len(timeline.entries))
        if since:
            count += " " + label(locale, "history.since", date=since)
        out += [
            f"## {label(locale, 'history.heading', name=md(timeline.name))}",
            "",
            f"{code(timeline.path)} · {count}",
            "",
            *_table(timeline, w),
        ]
        for entry in timeline.entries:
            head = f"{entry.date[:10]} · {md(entry.author)} · `{entry.commit[:7]}`"
            out += ["", f"### {head}", "", f"> {md(entry.message, 500)}", ""]
            out += entry_lines(timeline, entry, w)
            after = figures_text(entry, w)
            if after:
                out += ["", label(locale, "history.after", figures=after)]
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def _table(timeline: Timeline, w: Words) -> list[str]:
    loc = w.locale
    journey = timeline.kind == "journey"
    figures = ("emotion", "pains", "high") if journey else ("fail_points", "waits")
    columns = ["date", "commit", "author", *figures]
    lines = [
        "| " + " | ".join(label(loc, f"history.col.{c}") for c in columns) + " |",
        "|" + " --- |" * len(columns),
    ]
    for entry in timeline.entries:
        cells = [entry.date[:10], f"`{entry.commit[:7]}`", md(entry.author)]
        cells += _figure_cells(entry.figures, entry.high_open, w, journey)
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def _figure_cells(figures: Figures | None, high: int | None, w: Words, journey: bool) -> list[str]:
    if isinstance(figures, JourneyFigures):
        return [w.signed(figures.average_emotion), str(figures.pain_points), str(high or 0)]
    if isinstance(figures, BlueprintFigures):
        return [str(figures.fail_points), str(figures.waits)]
    return ["—"] * (3 if journey else 2)


def render_json(timelines: list[Timeline]) -> str:
    document = {
        "version": JSON_VERSION,
        "objects": [
            {
                "kind": t.kind,
                "id": t.id,
                "name": t.name,
                "path": t.path,
                "commits": [_entry_json(e) for e in t.entries],
            }
            for t in timelines
            if t.entries
        ],
    }
    return json.dumps(document, indent=2, ensure_ascii=False)


def _entry_json(entry: Entry) -> dict[str, Any]:
    return {
        "commit": entry.commit,
        "date": entry.date,
        "author": entry.author,
        "message": entry.message,
        "status": entry.status,
        "path": entry.path,
        "figures": asdict(entry.figures) if entry.figures else None,
        "open_high_pain_points": entry.high_open,
        "changes": [asdict(c) for c in entry.changes],
    }
