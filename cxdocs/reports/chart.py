"""A journey's emotion curve before and after, as a Mermaid chart GitHub draws itself.

Pull-request comments cannot show our SVGs (GitHub strips inline SVG and has no
place to host files), but GitHub and GitLab render Mermaid code blocks. An
`xychart-beta` block draws the steps in order on the x-axis, emotion -2..+2 on
the y-axis, a grey "before" line and a blue "after" line. Where Mermaid is not
rendered (e-mail notifications, chat), the stage table under the chart is the
text fallback.

Mermaid lines cannot have gaps (mermaid-js/mermaid#5293), so a line is drawn
straight across a step it has no score for (a new, removed or unscored step),
the way charting tools "span gaps", and the legend says so.
"""

from __future__ import annotations

from dataclasses import dataclass

from cxdocs.changes.model import JourneyFigures, Ref
from cxdocs.reports.phrases import Words, quoted

BEFORE_COLOUR, AFTER_COLOUR = "#9e9e9e", "#1f6feb"
_LABEL_CHARS, _KEY_CHARS = 18, 40
_ALL_NAMED = 5  # more steps than this: numbers on the axis, names in the key below


@dataclass(frozen=True)
class Point:
    """One step on the x-axis, with its score on each side (None: none there)."""

    step: Ref
    before: int | None
    after: int | None
    in_before: bool
    in_after: bool


def _steps(figures: JourneyFigures | None) -> list[tuple[Ref, int | None]]:
    if figures is None:
        return []
    return [
        (step, emotion)
        for curve in figures.curve
        for step, emotion in zip(curve.steps, curve.emotions, strict=False)
    ]


def points(before: JourneyFigures | None, after: JourneyFigures | None) -> list[Point]:
    """The steps of HEAD in order, removed steps put back after the step they followed."""
    old, new = _steps(before), _steps(after)
    old_scores = {step.id: score for step, score in old}
    new_scores = {step.id: score for step, score in new}
    merged: list[Ref] = [step for step, _ in new]
    placed = {step.id for step in merged}
    previous: str | None = None
    for step, _ in old:
        if step.id not in placed:
            index = 0
            if previous is not None:
                index = next(i for i, s in enumerate(merged) if s.id == previous) + 1
            merged.insert(index, step)
            placed.add(step.id)
        previous = step.id
    return [
        Point(
            step,
            old_scores.get(step.id),
            new_scores.get(step.id),
            step.id in old_scores,
            step.id in new_scores,
        )
        for step in merged
    ]


def span_gaps(values: list[int | None]) -> list[float] | None:
    """Fill missing scores on a straight line between neighbours; None if nothing is scored."""
    known = [(i, v) for i, v in enumerate(values) if v is not None]
    if not known:
        return None
    out: list[float] = []
    for index, value in enumerate(values):
        if value is not None:
            out.append(float(value))
            continue
        left = next(((i, v) for i, v in reversed(known) if i < index), None)
        right = next(((i, v) for i, v in known if i > index), None)
        if left is None or right is None:
            out.append(float((left or right or (0, 0))[1]))
        else:
            share = (index - left[0]) / (right[0] - left[0])
            out.append(round(left[1] + (right[1] - left[1]) * share, 2))
    return out


def _short(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _axis_label(number: int, step: Ref, named: bool) -> str:
    """'3 Pays with Pix' on short journeys; just '3' on long ones (the key names them).

    Mermaid never rotates or wraps x-axis labels, so more than a few words
    overlap. It has no escape for `"` inside a label, and brackets or commas
    confuse older renderers, so those become harmless look-alikes.
    """
    if not named:
        return str(number)
    text = _short(step.name, _LABEL_CHARS)
    for bad, good in (('"', "'"), ("[", "("), ("]", ")"), (",", " "), ("`", "'"), ("%", " pct")):
        text = text.replace(bad, good)
    return f"{number} {' '.join(text.split())}"


def _changed(steps: list[Point]) -> list[tuple[int, Point]]:
    return [
        (number, p)
        for number, p in enumerate(steps, 1)
        if p.before != p.after or p.in_before != p.in_after
    ]


def _key(steps: list[Point], w: Words) -> str:
    """'Changed: 7 “Chooses Pix…” -2 → -1 · 11 “Stays home…” new, +1': numbers to steps."""
    parts = []
    for number, p in _changed(steps):
        if not p.in_before:
            value = f"{w('chart.new')}, {w.signed(p.after)}"
        elif not p.in_after:
            value = f"{w('chart.removed')}, {w('was', value=w.signed(p.before))}"
        else:
            value = f"{w.signed(p.before)} → {w.signed(p.after)}"
        parts.append(f"{number} {quoted(_short(p.step.name, _KEY_CHARS))} {value}")
    return w("chart.key", steps=" · ".join(parts)) if parts else ""


def _numbers(values: list[float]) -> str:
    return ", ".join(f"{v:g}" for v in values)


def emotion_chart(
    before: JourneyFigures | None, after: JourneyFigures | None, w: Words
) -> list[str]:
    """The Markdown lines of the chart with its legend; [] when no step is scored."""
    steps = points(before, after)
    old_line = span_gaps([p.before for p in steps]) if before is not None else None
    new_line = span_gaps([p.after for p in steps]) if after is not None else None
    if not steps or (old_line is None and new_line is None):
        return []
    palette = ", ".join(
        colour
        for colour, line in ((BEFORE_COLOUR, old_line), (AFTER_COLOUR, new_line))
        if line is not None
    )
    named = len(steps) <= _ALL_NAMED
    labels = ", ".join(f'"{_axis_label(i, p.step, named)}"' for i, p in enumerate(steps, 1))
    title = w("chart.title").replace('"', "'")
    lines = [
        w("chart.legend")
        if old_line is not None and new_line is not None
        else w("chart.legend_after"),
    ]
    if (
        old_line is not None
        and new_line is not None
        and any(p.before is None or p.after is None for p in steps)
    ):
        lines[0] += " " + w("chart.gaps")
    lines += [
        "",
        "```mermaid",
        '%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "' + palette + '"}}}}%%',
        "xychart-beta",
        f'    title "{title}"',
        f"    x-axis [{labels}]",
        f'    y-axis "{w("chart.axis")}" -2 --> 2',
    ]
    lines += [f"    line [{_numbers(line)}]" for line in (old_line, new_line) if line is not None]
    lines.append("```")
    key = _key(steps, w) if old_line is not None and new_line is not None else ""
    return [*lines, "", key] if key else lines
