"""Pieces every diagram layout uses: title block, banner, lane labels, legend.

Each helper returns `Box`es placed where it was told; layouts read their
heights to stack the next part below with a running `y`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from cxdocs.diagrams import style as st
from cxdocs.diagrams.scene import Box, Connector, Diagram, Line, Region, Row, TextStyle, paragraph
from cxdocs.diagrams.text import text_width

MARGIN = 20


class Sheet:
    """A diagram being laid out top to bottom: what is drawn so far, and `y`,
    where the next part goes. Journey maps and blueprints are laid out on one."""

    def __init__(self, width: int) -> None:
        self.width = width
        self.boxes: list[Box] = []
        self.regions: list[Region] = []
        self.lines: list[Line] = []
        self.y = MARGIN

    def stack(self, box: Box, gap: int = 10) -> None:
        """Add a full-width block (a banner) and go on below it."""
        self.boxes.append(box)
        self.y += box.h + gap

    def finish(self, title: str, summary: str, connectors: Sequence[Connector] = ()) -> Diagram:
        """The finished diagram: everything drawn, with a margin below the last part."""
        return Diagram(
            title=title,
            summary=summary,
            width=self.width,
            height=self.y + MARGIN,
            regions=tuple(self.regions),
            lines=tuple(self.lines),
            boxes=tuple(self.boxes),
            connectors=tuple(connectors),
        )


def title_block(key: str, title: str, subtitle: str, x: int, y: int, w: int) -> Box:
    """The diagram's heading: the title, wrapped, and a muted line of facts."""
    rows = paragraph(title, w, st.TITLE, line_height=20)
    if subtitle:
        rows += paragraph(subtitle, w, st.SUBTITLE, line_height=14)
    height = sum(r.height for r in rows)
    return Box(key=key, x=x, y=y, w=w, h=height, rows=tuple(rows), padding=0)


def banner(key: str, text: str, x: int, y: int, w: int, fill: str) -> Box:
    """A full-width coloured strip with white bold text ("Future state")."""
    text_style = TextStyle(size=10, bold=True, color=st.WHITE)
    rows = paragraph(text, w - 20, text_style, line_height=14)
    height = sum(r.height for r in rows) + 12
    return Box(
        key=key,
        x=x,
        y=y,
        w=w,
        h=height,
        rows=tuple(rows),
        fill=fill,
        padding=6,
        rounded=True,
        valign="middle",
    )


LABEL_PAD = 8


def _label_rows(text: str, w: int, accent: str) -> list[Row]:
    return paragraph(
        text, w - 2 * LABEL_PAD, TextStyle(size=10, bold=True, color=accent), line_height=13
    )


def lane_label_height(text: str, w: int) -> int:
    """The least height a lane needs for its label to fit."""
    return sum(r.height for r in _label_rows(text, w, st.NAVY)) + 2 * LABEL_PAD


def lane_label(
    key: str,
    text: str,
    x: int,
    y: int,
    w: int,
    h: int,
    accent: str = st.NAVY,
    fill: str = st.LABEL_FILL,
) -> Box:
    """The name of a lane, in the column left of the diagram (h >= lane_label_height)."""
    rows = _label_rows(text, w, accent)
    return Box(
        key=key,
        x=x,
        y=y,
        w=w,
        h=max(h, lane_label_height(text, w)),
        rows=tuple(rows),
        fill=fill,
        padding=LABEL_PAD,
        rounded=True,
        valign="middle",
    )


@dataclass(frozen=True)
class LegendItem:
    """One entry of a legend: a badge (glyph on an optional fill) and its text.

    A `heading` starts a group ("Pain point severity:"): set in bold, with
    extra space before it.
    """

    text: str
    badge: str = ""
    badge_style: TextStyle = field(default_factory=TextStyle)
    badge_fill: str | None = None
    circle: bool = False  # the badge is a filled circle (emotion scores)
    heading: bool = False


LEGEND_LINE = 18
LEGEND_CLASS = "cx-legend"  # on every legend entry: a sample and its words, no card
BADGE = 16


def _legend_boxes(key: str, item: LegendItem, x: int, y: int, text_w: int) -> list[Box]:
    text_style = st.SMALL_BOLD if item.heading else st.SMALL
    if item.circle:  # a marker like the diagram's, then the text beside it
        marker = Box(
            key=f"{key}-b",
            css_class=LEGEND_CLASS,
            x=x,
            y=y + (LEGEND_LINE - BADGE) // 2,
            w=BADGE,
            h=BADGE,
            shape="ellipse",
            padding=0,
            fill=item.badge_fill,
            stroke=st.WHITE,
            rows=(Row(item.badge, BADGE, item.badge_style, align="center"),),
        )
        if not item.text:
            return [marker]
        x += BADGE + 5
        item = LegendItem(item.text, heading=item.heading)
    # One box per entry, badge and text together: boxes that nearly touch
    # would stop Graphviz from routing connectors around them.
    badge_w = BADGE + 3 if item.badge else 0  # the emitter leaves 3pt after a badge
    row = Row(
        item.text,
        BADGE,
        text_style,
        badge=item.badge or None,
        badge_style=item.badge_style,
        badge_fill=item.badge_fill,
    )
    return [
        Box(
            key=f"{key}-t",
            css_class=LEGEND_CLASS,
            x=x,
            # Graphviz sets text 1pt higher in a cell alone than beside a badge.
            y=y if item.badge else y + 1,
            w=badge_w + text_w,
            h=LEGEND_LINE,
            padding=0,
            valign="middle",
            badge_width=badge_w,
            rows=(row,),
        )
    ]


def legend_row(key: str, items: list[LegendItem], x: int, y: int, max_x: int) -> list[Box]:
    """Legend entries side by side, wrapping to a new line before `max_x`."""
    boxes: list[Box] = []
    cx, cy = x, y
    for index, item in enumerate(items):
        text_style = st.SMALL_BOLD if item.heading else st.SMALL
        text_w = round(text_width(item.text, text_style.size, text_style.bold) * 1.08) + 2
        width = (BADGE + (5 if item.circle else 3) if item.badge else 0) + (
            text_w if item.text else 0
        )
        if item.heading and cx > x:
            cx += 14
        if cx > x and cx + width > max_x:
            cx, cy = x, cy + LEGEND_LINE + 4
        boxes += _legend_boxes(f"{key}-{index}", item, cx, cy, text_w)
        cx += width + 8
    return boxes


def legend_height(boxes: list[Box], y: int) -> int:
    """How far below `y` the legend boxes reach."""
    return max((b.y + b.h for b in boxes), default=y) - y
