"""A small SVG chart overlaying a future-state emotion curve on the current one.

Journeys are matched stage by stage (by stage id, in the future journey's order,
current-only stages appended), each point the stage's average emotion, so two
journeys with different steps still compare honestly. Drawn directly as SVG:
it is a chart, not a graph layout, so Graphviz has nothing to add.
"""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from cxdocs.model import Journey, Stage

WIDTH, HEIGHT = 760, 260
LEFT, RIGHT, TOP, BOTTOM = 70, 30, 30, 60
CURRENT_COLOUR, FUTURE_COLOUR = "#9e9e9e", "#2e7d32"


def _stage_average(stage: Stage) -> float | None:
    scores = [s.emotion for s in stage.steps if s.emotion is not None]
    return sum(scores) / len(scores) if scores else None


def _y(score: float) -> float:
    return TOP + (2 - score) / 4 * (HEIGHT - TOP - BOTTOM)


def _polyline(points: list[tuple[float, float | None]], colour: str, dashed: bool) -> str:
    runs: list[list[tuple[float, float]]] = [[]]
    for x, score in points:
        if score is None:
            runs.append([])  # a stage without scores breaks the line: no fake zero
        else:
            runs[-1].append((x, _y(score)))
    parts = []
    dash = ' stroke-dasharray="6 4"' if dashed else ""
    for run in runs:
        if len(run) > 1:
            coords = " ".join(f"{x:.1f},{y:.1f}" for x, y in run)
            parts.append(
                f'<polyline points="{coords}" fill="none" stroke="{colour}" '
                f'stroke-width="3"{dash}/>'
            )
        for x, y in run:
            parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="5" fill="{colour}"/>')
    return "\n".join(parts)


def comparison_svg(
    current: Journey, future: Journey, labels: dict[str, str], id_prefix: str
) -> str:
    """Inline SVG; `labels` has 'current', 'future' and 'title' texts."""
    current_stages = {s.id: s for s in current.stages}
    order = [s.id for s in future.stages] + [
        s.id for s in current.stages if s.id not in {f.id for f in future.stages}
    ]
    future_stages = {s.id: s for s in future.stages}
    step_x = (WIDTH - LEFT - RIGHT) / max(len(order) - 1, 1)
    xs = [LEFT + i * step_x if len(order) > 1 else WIDTH / 2 for i in range(len(order))]

    def points(stages: dict[str, Stage]) -> list[tuple[float, float | None]]:
        return [
            (x, _stage_average(stages[sid]) if sid in stages else None)
            for x, sid in zip(xs, order, strict=True)
        ]

    grid = []
    for score in (-2, -1, 0, 1, 2):
        y = _y(score)
        weight = ' stroke-width="1.5"' if score == 0 else ""
        grid.append(
            f'<line x1="{LEFT}" y1="{y:.1f}" x2="{WIDTH - RIGHT}" y2="{y:.1f}" '
            f'stroke="#d0d0d0"{weight}/>'
            f'<text x="{LEFT - 10}" y="{y + 4:.1f}" text-anchor="end" font-size="12" '
            f'fill="#555">{score:+d}</text>'
        )
    names = []
    for x, sid in zip(xs, order, strict=True):
        stage = future_stages.get(sid) or current_stages[sid]
        names.append(
            f'<text x="{x:.1f}" y="{HEIGHT - BOTTOM + 22}" text-anchor="middle" font-size="12" '
            f'fill="#333">{escape(stage.name)}</text>'
        )
    title = escape(labels["title"])
    legend_y = HEIGHT - 12
    legend = (
        f'<line x1="{LEFT}" y1="{legend_y - 4}" x2="{LEFT + 28}" y2="{legend_y - 4}" '
        f'stroke="{CURRENT_COLOUR}" stroke-width="3" stroke-dasharray="6 4"/>'
        f'<text x="{LEFT + 34}" y="{legend_y}" font-size="12" fill="#333">'
        f"{escape(labels['current'])}</text>"
        f'<line x1="{LEFT + 260}" y1="{legend_y - 4}" x2="{LEFT + 288}" y2="{legend_y - 4}" '
        f'stroke="{FUTURE_COLOUR}" stroke-width="3"/>'
        f'<text x="{LEFT + 294}" y="{legend_y}" font-size="12" fill="#333">'
        f"{escape(labels['future'])}</text>"
    )
    title_id = quoteattr(f"{id_prefix}-title")
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby={title_id} '
        f'viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}" '
        f'font-family="Helvetica,Arial,sans-serif">\n'
        f"<title id={title_id}>{title}</title>\n"
        f'<rect width="{WIDTH}" height="{HEIGHT}" fill="#ffffff"/>\n'
        + "\n".join(grid)
        + "\n"
        + "\n".join(names)
        + "\n"
        + _polyline(points(current_stages), CURRENT_COLOUR, dashed=True)
        + "\n"
        + _polyline(points(future_stages), FUTURE_COLOUR, dashed=False)
        + "\n"
        + legend
        + "\n</svg>"
    )
