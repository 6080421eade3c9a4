"""What a hand-off passes on (`to: [{id, label}]`), written on its arrow.

A label is a small chip centred on one segment of the routed arrow, the line
running behind it as behind the lines' own labels. The chip goes on the
longest segment where it fits without covering a card, a lane's label or
another chip; failing that, beside a vertical segment; failing that, on the
longest segment anyway (an arrow never loses its words).
"""

from __future__ import annotations

import itertools
import math

from cxdocs.diagrams import style as st
from cxdocs.diagrams.geometry import passes_through
from cxdocs.diagrams.scene import Box, Connector, Point, TextStyle, paragraph
from cxdocs.diagrams.text import text_width

LABEL_STYLE = TextStyle(size=9, italic=True, color=st.INK)
MAX_W = 110  # wider labels wrap
PAD = 3
ARROW_ROOM = 9  # keep clear of the arrowhead and the port


def _size(text: str) -> tuple[int, int, list[object]]:
    width = min(MAX_W, math.ceil(text_width(text, LABEL_STYLE.size) * 1.15) + 2)
    rows = paragraph(text, width, LABEL_STYLE, align="center", line_height=11)
    return width + 2 * PAD, sum(r.height for r in rows) + 2, list(rows)


def _overlaps(a: tuple[float, float, float, float], b: Box) -> bool:
    x, y, w, h = a
    return x < b.x + b.w and b.x < x + w and y < b.y + b.h and b.y < y + h


def _probe(spot: tuple[float, float], w: int, h: int) -> Box:
    return Box(key="probe", x=round(spot[0]), y=round(spot[1]), w=w, h=h)


def _candidates(route: tuple[Point, ...], w: int, h: int) -> list[tuple[float, float]]:
    """Top-left corners to try: centred on each segment, longest first; then beside."""
    centred, beside = [], []
    segments = sorted(
        itertools.pairwise(route),
        key=lambda s: -math.dist(*s),
    )
    for (ax, ay), (bx, by) in segments:
        mx, my = (ax + bx) / 2, (ay + by) / 2
        along = abs(by - ay) if abs(ax - bx) < 0.01 else abs(bx - ax)
        extent = h if abs(ax - bx) < 0.01 else w
        if along < extent + 2 * ARROW_ROOM:
            continue
        centred.append((mx - w / 2, my - h / 2))
        if abs(ax - bx) < 0.01:  # vertical: also just right or left of the line
            beside += [(mx + 3, my - h / 2), (mx - 3 - w, my - h / 2)]
    return centred + beside


def label_chips(
    connectors: list[Connector], labels: list[str | None], boxes: list[Box]
) -> list[Box]:
    """A chip for every labelled connector, placed clear of `boxes` where it can be."""
    chips: list[Box] = []
    for n, (conn, text) in enumerate(zip(connectors, labels, strict=True)):
        if not text or not conn.route:
            continue
        w, h, rows = _size(text)
        obstacles = [*boxes, *chips]
        others = [c.route for c in connectors if c is not conn and c.route]
        spots = _candidates(conn.route, w, h)
        free = [
            s
            for s in spots
            if not any(_overlaps((*s, w, h), b) for b in obstacles)
            and not any(passes_through(r, _probe(s, w, h)) for r in others)
        ]
        if free:
            x, y = free[0]
        else:  # crowded: on the middle of the longest segment all the same
            (ax, ay), (bx, by) = max(itertools.pairwise(conn.route), key=lambda s: math.dist(*s))
            x, y = (ax + bx) / 2 - w / 2, (ay + by) / 2 - h / 2
        chips.append(
            Box(
                key=f"handoff-label-{n}",
                x=round(x),
                y=round(y),
                w=w,
                h=h,
                rows=tuple(rows),  # type: ignore[arg-type]
                fill=st.WHITE,
                stroke=conn.color,
                stroke_width=1,
                rounded=True,
                padding=0,
                valign="middle",
                tooltip=text,
                css_class="cx-handoff-label",
            )
        )
    return chips
