"""The current-vs-future chart: both emotion curves over one merged sequence of steps.

Stages are matched by id and steps by id, so a step both journeys share sits
at one x and its two scores can be read against each other. The sequence is the
future journey's order; stages and steps that only the current journey has are
slotted in after whatever preceded them there. What exists in only one journey
is marked: its stage label says so, and its point is a hollow ring.

Drawn directly as SVG: it is a chart, not a graph layout. It scales to the
page's full width; the legend is laid out with measured text widths and wraps,
so labels never overlap or get cut.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from xml.sax.saxutils import escape, quoteattr

from cxdocs.content.model import Journey, Step
from cxdocs.diagrams.text import text_width, wrap
from cxdocs.i18n import catalog as i18n
from cxdocs.i18n import numbers

SLOT = 64  # horizontal room per step
MIN_WIDTH = 760
LEFT, RIGHT = 64, 24
PLOT_H = 200
FONT = 12
LINE = 16
CURRENT_COLOUR, FUTURE_COLOUR = "#7b8794", "#0b7285"
GAP_FILL = "#0b7285"  # the area between the two curves, tinted (GAP_OPACITY)
GAP_OPACITY = 0.14
STAGE_FILLS = ("#eef2f7", "#f7f9fb")
FONT_FAMILY = "Liberation Sans,Arial,Helvetica,sans-serif"
AXIS_TEXT = "#555555"


@dataclass
class _Slot:
    stage: str
    current: Step | None = None
    future: Step | None = None


def _merge(before: list[str], after: list[str]) -> list[str]:
    """`after`'s order, with what only `before` has slotted in after its predecessor."""
    merged = list(after)
    previous: str | None = None
    for key in before:
        if key not in merged:
            merged.insert(merged.index(previous) + 1 if previous is not None else 0, key)
        previous = key
    return merged


def slots(current: Journey, future: Journey) -> list[_Slot]:
    """Every step of either journey once, in the future's order, stage by stage."""
    stage_ids = _merge([s.id for s in current.stages], [s.id for s in future.stages])
    cur_stage = {s.id: s for s in current.stages}
    fut_stage = {s.id: s for s in future.stages}
    future_steps = {step.id: step for step in future.steps}
    current_steps = {step.id: step for step in current.steps}
    placed: set[str] = set()
    out: list[_Slot] = []
    for sid in stage_ids:
        here_future = [st.id for st in fut_stage[sid].steps] if sid in fut_stage else []
        here_current = [
            st.id
            for st in (cur_stage[sid].steps if sid in cur_stage else [])
            if st.id not in future_steps or st.id in here_future
        ]
        for step_id in _merge(here_current, here_future):
            if step_id in placed:
                continue
            placed.add(step_id)
            out.append(_Slot(sid, current_steps.get(step_id), future_steps.get(step_id)))
    return out


def _stage_name(sid: str, current: Journey, future: Journey) -> str:
    for stage in (*future.stages, *current.stages):
        if stage.id == sid:
            return stage.name
    return sid


def _y(score: float, top: float) -> float:
    return top + (2 - score) / 4 * PLOT_H


def _sample(kind: str, x: float, y: float) -> str:
    """The legend's picture of a curve ("current", "future"), of a lone step
    ("alone") or of the gap between the curves ("gap")."""
    if kind == "gap":
        return (
            f'<rect x="{x:.1f}" y="{y - 7:.1f}" width="24" height="14" fill="{GAP_FILL}" '
            f'fill-opacity="{GAP_OPACITY}"/>'
        )
    if kind == "alone":
        return (
            f'<circle cx="{x + 12:.1f}" cy="{y:.1f}" r="5.5" fill="#ffffff" stroke="#52606d" '
            'stroke-width="2.5"/>'
        )
    colour, dash = (
        (CURRENT_COLOUR, ' stroke-dasharray="7 4"') if kind == "current" else (FUTURE_COLOUR, "")
    )
    return (
        f'<line x1="{x:.1f}" y1="{y:.1f}" x2="{x + 24:.1f}" y2="{y:.1f}" stroke="{colour}" '
        f'stroke-width="3"{dash}/>'
    )


def _legend(
    entries: list[tuple[str, str]], x0: float, y0: float, right: float
) -> tuple[list[str], float]:
    """Entries (sample kind, text) side by side, wrapping before `right`; never overlapping.

    Returns the SVG parts and the y of the last line.
    """
    parts: list[str] = []
    x, y = x0, y0
    for kind, text in entries:
        # Measured in the diagrams' font, with room for a wider fallback font.
        width = 34 + text_width(text, FONT) * 1.12
        if x > x0 and x + width > right:
            x, y = x0, y + LINE + 6
        parts.append(_sample(kind, x, y))
        parts.append(
            f'<text x="{x + 30:.1f}" y="{y + 4:.1f}" font-size="{FONT}" fill="#333333">'
            f"{escape(text)}</text>"
        )
        x += width + 22
    return parts, y


Point = tuple[float, float | None, bool, str]  # x, y (None: no score), alone, tooltip


def _gap(current: list[Point], future: list[Point]) -> list[str]:
    """The area between the curves, wherever both score two neighbouring steps:
    how far the future moves the experience, at a glance."""
    cur = {x: y for x, y, _, _ in current if y is not None}
    fut = {x: y for x, y, _, _ in future if y is not None}
    both = sorted(set(cur) & set(fut))
    xs = sorted({x for x, *_ in (*current, *future)})
    parts = []
    for a, b in pairwise(both):
        if xs.index(b) - xs.index(a) != 1:
            continue  # a step between them has only one score: no area to claim
        corners = ((a, cur[a]), (b, cur[b]), (b, fut[b]), (a, fut[a]))
        parts.append(
            f'<polygon points="{" ".join(f"{x:.1f},{y:.1f}" for x, y in corners)}" '
            f'fill="{GAP_FILL}" fill-opacity="{GAP_OPACITY}"/>'
        )
    return parts


def _curve(points: list[Point], colour: str, dashed: bool) -> list[str]:
    runs: list[list[tuple[float, float]]] = [[]]
    for x, y, _, _ in points:
        if y is None:
            runs.append([])  # a step without a score breaks the line: no fake zero
        else:
            runs[-1].append((x, y))
    dash = ' stroke-dasharray="7 4"' if dashed else ""
    parts = [
        f'<polyline points="{" ".join(f"{x:.1f},{y:.1f}" for x, y in run)}" fill="none" '
        f'stroke="{colour}" stroke-width="3"{dash}/>'
        for run in runs
        if len(run) > 1
    ]
    for x, y, alone, tip in points:
        if y is None:
            continue
        # Each point names its step and score on hover (a tooltip, as the maps' steps do).
        title = f"<title>{escape(tip)}</title>"
        if alone:  # only this journey has the step: a hollow ring
            parts.append(
                f'<circle cx="{x:.1f}" cy="{y:.1f}" r="5.5" fill="#ffffff" stroke="{colour}" '
                f'stroke-width="2.5">{title}</circle>'
            )
        else:
            parts.append(
                f'<circle cx="{x:.1f}" cy="{y:.1f}" r="5" fill="{colour}">{title}</circle>'
            )
    return parts


def comparison_svg(
    current: Journey,
    future: Journey,
    labels: dict[str, str],
    id_prefix: str,
    locale: str = "en",
) -> str:
    """Inline SVG; `labels` has 'current', 'future' and 'title' texts, and
    optionally 'current_state' and 'future_state' (shorter, for the tooltips)."""
    merged = slots(current, future)
    width = max(MIN_WIDTH, LEFT + RIGHT + SLOT * len(merged))
    right = width - RIGHT
    step_w = (right - LEFT) / max(len(merged), 1)
    xs = [LEFT + step_w * (i + 0.5) for i in range(len(merged))]
    only_current = i18n.label(locale, "compare.only_current")
    only_future = i18n.label(locale, "compare.only_future")
    entries = [
        ("current", labels["current"]),
        ("future", labels["future"]),
        ("alone", i18n.label(locale, "compare.alone")),
        ("gap", i18n.label(locale, "compare.gap")),
    ]
    parts, legend_bottom = _legend(entries, LEFT, 18, right)
    top = legend_bottom + 28
    # The scale: five levels, zero stronger, labelled left of the plot.
    parts.append(
        f'<text x="14" y="{top + PLOT_H / 2:.1f}" font-size="{FONT}" fill="{AXIS_TEXT}" '
        f'text-anchor="middle" transform="rotate(-90 14 {top + PLOT_H / 2:.1f})">'
        f"{escape(i18n.label(locale, 'compare.axis'))}</text>"
    )
    for score in (-2, -1, 0, 1, 2):
        y = _y(score, top)
        weight = ' stroke-width="1.5"' if score == 0 else ""
        parts.append(
            f'<line x1="{LEFT}" y1="{y:.1f}" x2="{right}" y2="{y:.1f}" stroke="#d0d7de"{weight}/>'
            f'<text x="{LEFT - 8}" y="{y + 4:.1f}" text-anchor="end" font-size="{FONT}" '
            f'fill="{AXIS_TEXT}">{escape(numbers.score(score, locale, decimals=0))}</text>'
        )
    # Stage bands under the plot, each as wide as its steps, names wrapped to fit.
    band_top = top + PLOT_H + 14
    groups: list[tuple[str, int, int]] = []
    for index, slot in enumerate(merged):
        if groups and groups[-1][0] == slot.stage:
            groups[-1] = (slot.stage, groups[-1][1], index)
        else:
            groups.append((slot.stage, index, index))
    in_current = {s.id for s in current.stages}
    in_future = {s.id for s in future.stages}
    band_texts = []
    for sid, first, last in groups:
        span = step_w * (last - first + 1)
        lines = wrap(_stage_name(sid, current, future), span - 8, FONT, bold=True)
        note = None
        if sid not in in_future:
            note = only_current
        elif sid not in in_current:
            note = only_future
        notes = wrap(f"({note})", span - 8, FONT - 1) if note else []
        band_texts.append((sid, first, span, lines, notes))
    band_h = max((len(t[3]) + len(t[4])) * LINE for t in band_texts) + 12 if band_texts else 0
    for n, (_, first, span, lines, notes) in enumerate(band_texts):
        x = LEFT + step_w * first
        parts.append(
            f'<rect x="{x + 1:.1f}" y="{band_top}" width="{span - 2:.1f}" height="{band_h}" '
            f'rx="4" fill="{STAGE_FILLS[n % 2]}"/>'
        )
        ty = band_top + LINE
        for line in lines:
            parts.append(
                f'<text x="{x + span / 2:.1f}" y="{ty:.1f}" text-anchor="middle" '
                f'font-size="{FONT}" font-weight="bold" fill="#243b53">{escape(line)}</text>'
            )
            ty += LINE
        for line in notes:
            parts.append(
                f'<text x="{x + span / 2:.1f}" y="{ty:.1f}" text-anchor="middle" '
                f'font-size="{FONT - 1}" font-style="italic" fill="#52606d">{escape(line)}</text>'
            )
            ty += LINE
    # Stage boundaries through the plot, so each step's column is clear.
    for _, first, _, _, _ in band_texts[1:]:
        x = LEFT + step_w * first
        parts.append(
            f'<line x1="{x:.1f}" y1="{top - 6}" x2="{x:.1f}" y2="{top + PLOT_H + 6}" '
            'stroke="#e4e7eb" stroke-dasharray="3 3"/>'
        )

    def points(which: str) -> list[Point]:
        out: list[Point] = []
        for x, slot in zip(xs, merged, strict=True):
            step = slot.current if which == "current" else slot.future
            if step is None:
                continue
            alone = (slot.future if which == "current" else slot.current) is None
            y = None if step.emotion is None else _y(step.emotion, top)
            score = "" if step.emotion is None else numbers.score(step.emotion, locale, decimals=0)
            state = labels.get(f"{which}_state", labels[which])
            out.append((x, y, alone, f"{state} · {step.action}: {score}"))
        return out

    current_points, future_points = points("current"), points("future")
    parts += _gap(current_points, future_points)
    parts += _curve(current_points, CURRENT_COLOUR, dashed=True)
    parts += _curve(future_points, FUTURE_COLOUR, dashed=False)
    height = band_top + band_h + 10
    title_id = quoteattr(f"{id_prefix}-title")
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby={title_id} '
        f'viewBox="0 0 {width:.0f} {height:.0f}" width="100%" '
        f'preserveAspectRatio="xMinYMin meet" font-family="{FONT_FAMILY}">\n'
        f"<title id={title_id}>{escape(labels['title'])}</title>\n"
        f'<rect width="{width:.0f}" height="{height:.0f}" fill="#ffffff"/>\n'
        + "\n".join(parts)
        + "\n</svg>"
    )
