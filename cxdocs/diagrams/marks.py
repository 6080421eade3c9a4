"""The pieces that draw a highlight (`highlight.py`) on any diagram.

Tags ("NEW", "REMOVED", "CHANGED", "MOVED") stuck on a box's corner or, where
boxes must not overlap, drawn as a strip inside it; the looks of marked boxes;
ghosted text for what was removed; the hollow point of an earlier emotion
score; the banner over a changed or added diagram; and the legend line that
explains them. Every mark carries a word as well as a colour, and a `cx-*`
class on its SVG shape so styles and tests can find it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from cxdocs.diagrams import style as st
from cxdocs.diagrams.scene import Box, Line, Row, TextStyle, paragraph, spacer
from cxdocs.diagrams.text import text_width
from cxdocs.i18n import catalog as i18n

Tag = Literal["added", "removed", "changed", "moved"]
CLASSES: dict[str, str] = {
    "added": "cx-added",
    "removed": "cx-removed",
    "changed": "cx-changed",
    "moved": "cx-moved",
    "was": "cx-was",
}
TAG_COLORS: dict[str, str] = {
    "added": st.ADDED,
    "removed": st.REMOVED,
    "changed": st.CHANGED,
    "moved": st.CHANGED,
}
# The tag's word as plain coloured text, where there is no room for a tag.
TAG_TEXT: dict[str, TextStyle] = {
    "added": TextStyle(size=9, bold=True, color=st.ADDED),
    "removed": TextStyle(size=9, bold=True, color=st.REMOVED_TEXT),
    "changed": TextStyle(size=9, bold=True, color=st.CHANGED_TEXT),
}
TAG_H = 15
_TAG_STYLE = TextStyle(size=9, bold=True, color=st.WHITE)
GHOST_MARKER = 20  # an earlier emotion score: a hollow point, smaller than a real one


def tag_width(loc: str, tag: Tag) -> int:
    text = i18n.label(loc, f"diff.tag.{tag}")
    return round(text_width(text, _TAG_STYLE.size, bold=True) * 1.1) + 12


def tag(key: str, loc: str, kind: Tag, right: int, top: int) -> Box:
    """A small coloured tag with a word, its right edge at `right`."""
    width = tag_width(loc, kind)
    text = i18n.label(loc, f"diff.tag.{kind}")
    return Box(
        key=key,
        x=right - width,
        y=top,
        w=width,
        h=TAG_H,
        # Graphviz centres a line's box, not its capitals: a spacer lowers
        # the word to the middle of the tag.
        rows=(spacer(2), Row(text, TAG_H - 4, _TAG_STYLE, align="center")),
        fill=TAG_COLORS[kind],
        stroke=st.WHITE,
        rounded=True,
        padding=0,
        css_class=CLASSES[kind],
    )


@dataclass(frozen=True)
class Look:
    """How a box is drawn: fill and border. Layouts start from their plain look."""

    fill: str
    stroke: str
    stroke_width: int
    dashed: bool = False
    css_class: str | None = None


def marked_look(mark: str, plain: Look, added_fill: str = st.WHITE) -> Look:
    """The look of a box that was added, removed (ghosted) or changed."""
    if mark == "removed":
        return Look(st.REMOVED_TINT, st.REMOVED, 1, True, CLASSES["removed"])
    if mark == "added":
        return Look(added_fill, st.ADDED, 2, plain.dashed, CLASSES["added"])
    return Look(plain.fill, st.CHANGED, 2, plain.dashed, CLASSES["changed"])


def strip(loc: str, kind: Tag, width: float) -> list[Row]:
    """A tag as a coloured strip across the top of a box, where a tag on the
    corner would overlap the box and stop Graphviz from routing arrows."""
    text = i18n.label(loc, f"diff.tag.{kind}")
    fill = TAG_COLORS[kind]
    return [spacer(3, fill), Row(text, 12, _TAG_STYLE, align="center", fill=fill), spacer(3)]


def ghost_rows(rows: list[Row], strike: bool = False) -> list[Row]:
    """Rows greyed out (and struck through): what they say is no longer there."""

    def fade(style: TextStyle, text: str) -> TextStyle:
        return replace(style, color=st.REMOVED_TEXT, strike=strike and bool(text.strip()))

    return [
        replace(
            row,
            style=fade(row.style, row.text),
            badge_style=replace(row.badge_style, color=st.REMOVED_TEXT),
            fill=None,
            badge_fill=None,
        )
        for row in rows
    ]


def struck(text: str, width: float, badge: str | None = None) -> list[Row]:
    """One removed list entry (a pain point, an opportunity): grey and struck through."""
    style = TextStyle(size=9, color=st.REMOVED_TEXT, strike=True)
    badge_style = TextStyle(size=9, color=st.REMOVED_TEXT)
    return paragraph(text, width, style, badge=badge, badge_style=badge_style)


def note(text: str, width: float) -> list[Row]:
    """A short amber note in a box ("moved from Buy")."""
    style = TextStyle(size=9, bold=True, italic=True, color=st.CHANGED_TEXT)
    return paragraph(text, width, style, line_height=12)


def change_banner(key: str, loc: str, base: str, new: bool, x: int, y: int, w: int) -> Box:
    """'Added since main' (green) or 'Changes since main' (light) over the diagram."""
    kind = "added" if new else "changed"
    text = i18n.label(loc, f"diff.banner.{kind}", base=base).upper()
    style = TextStyle(size=10, bold=True, color=st.WHITE if new else st.NAVY)
    rows = [spacer(3), *paragraph(text, w - 20, style, line_height=14)]
    return Box(
        key=key,
        x=x,
        y=y,
        w=w,
        h=sum(r.height for r in rows) + 16,
        rows=tuple(rows),
        fill=st.ADDED if new else st.LABEL_FILL,
        padding=8,
        rounded=True,
        valign="middle",
        css_class=CLASSES["added"] if new else "cx-diff",
    )


def was_marker(key: str, cx: float, cy: float, color: str, text: str) -> Box:
    """A hollow, dashed point: an emotion score as it was."""
    return Box(
        key=key,
        x=round(cx - GHOST_MARKER / 2),
        y=round(cy - GHOST_MARKER / 2),
        w=GHOST_MARKER,
        h=GHOST_MARKER,
        shape="ellipse",
        padding=0,
        fill=st.WHITE,
        stroke=color,
        stroke_width=2,
        dashed=True,
        rows=(Row(text, 12, TextStyle(size=9, bold=True, color=color)),),
        css_class=CLASSES["was"],
    )


def label_box(key: str, text: str, x: int, y: int, color: str, css_class: str) -> Box:
    """A short label on a white patch, drawn over lines ("was -1")."""
    style = TextStyle(size=9, bold=True, color=color)
    width = round(text_width(text, style.size, bold=True) * 1.1) + 8
    return Box(
        key=key,
        x=x,
        y=y,
        w=width,
        h=15,
        rows=(Row(text, 13, style, align="center"),),
        fill=st.WHITE,
        rounded=True,
        padding=0,
        valign="middle",
        css_class=css_class,
    )


# --- the legend --------------------------------------------------------------

LegendKind = Literal["added", "removed", "changed", "moved", "was", "arrow_added", "arrow_removed"]
_LINE = 18
_SAMPLE_W = 26  # the short line drawn for a hand-over entry
# Between shapes: Graphviz stops routing arrows if any shapes (a line's ends
# too) come closer than its margin of 3.2pt each.
_GAP = 8


@dataclass
class ChangeLegend:
    """Boxes and lines of the legend line explaining the marks a diagram shows."""

    boxes: list[Box]
    lines: list[Line]
    bottom: int


def change_legend(
    loc: str, base: str, kinds: list[LegendKind], x: int, y: int, max_x: int
) -> ChangeLegend:
    """'Changes since main:' then one sample and its meaning per kind, wrapping at max_x."""
    boxes: list[Box] = []
    lines: list[Line] = []
    heading = i18n.label(loc, "diff.legend.heading", base=base)
    cx, cy = x, y

    def text(key: str, words: str, bold: bool = False) -> None:
        nonlocal cx
        style = st.SMALL_BOLD if bold else st.SMALL
        width = round(text_width(words, style.size, bold) * 1.08) + 2
        row = Row(words, 14, style)
        boxes.append(Box(key, cx, cy + 1, width, _LINE, (row,), padding=0, valign="middle"))
        cx += width + 12

    def room(width: int) -> None:
        nonlocal cx, cy
        if cx > x and cx + width > max_x:
            cx, cy = x, cy + _LINE + _GAP

    text("diff-legend-h", heading, bold=True)
    for index, kind in enumerate(kinds):
        words = i18n.label(loc, f"diff.legend.{kind}")
        key = f"diff-legend-{index}"
        if kind in ("added", "removed", "changed", "moved"):
            sample = tag_width(loc, kind)
        else:
            sample = GHOST_MARKER if kind == "was" else _SAMPLE_W
        room(sample + _GAP + round(text_width(words, 8) * 1.08) + 2)
        mid = cy + _LINE / 2
        if kind == "was":
            boxes.append(was_marker(f"{key}-s", cx + sample / 2, mid, st.MUTED, ""))
        elif kind in ("arrow_added", "arrow_removed"):
            added = kind == "arrow_added"
            lines.append(
                Line(
                    ((cx, mid), (cx + sample, mid)),
                    (st.ADDED if added else st.REMOVED,),
                    width=1.8 if added else 1.2,
                    style="solid" if added else "dashed",
                    arrow=True,
                )
            )
        elif kind in ("added", "removed", "changed", "moved"):
            boxes.append(tag(f"{key}-s", loc, kind, cx + sample, cy + 2))
        cx += sample + _GAP
        text(f"{key}-t", words)
    return ChangeLegend(boxes, lines, cy + _LINE)
