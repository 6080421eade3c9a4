"""Persona empathy map: four quadrants around the persona's name.

Thinks and feels on top, says and does below, each a tinted card with a bullet
per entry; the persona's name sits in an ellipse where the four cards meet. The
cards reserve room for it on their inner side, so no text runs under it. Under
them, Pains and Gains, when the persona has them (the empathy map's own
`pains` and `gains`, else the persona's `pain_points` and `goals`).
"""

from __future__ import annotations

from collections.abc import Sequence

from cxdocs.content.model import EmpathyMap, Persona, Settings
from cxdocs.diagrams import style as st
from cxdocs.diagrams.common import MARGIN, title_block
from cxdocs.diagrams.scene import Box, Diagram, Row, TextStyle, paragraph, spacer
from cxdocs.diagrams.text import text_width
from cxdocs.i18n import catalog as i18n

QUADRANT_W = 300
GAP = 10
PAD = 12
TEXT_W = QUADRANT_W - 2 * PAD
NAME_W = 160  # widest line of the name in the middle
QUADRANTS = (("thinks", "feels"), ("says", "does"))


def _quadrant_rows(key: str, entries: list[str], loc: str) -> list[Row]:
    _, accent = st.QUADRANT_COLORS[key]
    heading = TextStyle(size=10.5, bold=True, color=accent)
    rows = [Row(i18n.label(loc, f"persona.{key}").upper(), 16, heading), spacer(4)]
    if not entries:
        empty = TextStyle(size=9.5, italic=True, color=st.MUTED)
        return rows + paragraph(i18n.label(loc, "persona.empty"), TEXT_W, empty)
    bullet = TextStyle(size=10, bold=True, color=accent)
    for index, entry in enumerate(entries):
        if index:
            rows.append(spacer(4))
        rows += paragraph(entry, TEXT_W - 14, st.BODY, badge="\u2022", badge_style=bullet)
    return rows


def _entries(persona: Persona, key: str) -> list[str]:
    empathy = persona.empathy_map or EmpathyMap()
    entries: list[str] = getattr(empathy, key)
    return entries


def pains_gains(persona: Persona) -> dict[str, list[str]]:
    """The Pains and Gains the map shows (none when the persona has neither)."""
    empathy = persona.empathy_map or EmpathyMap()
    found = {
        "pains": persona.pain_points if empathy.pains is None else empathy.pains,
        "gains": persona.goals if empathy.gains is None else empathy.gains,
    }
    return found if any(found.values()) else {}


def _summary(persona: Persona, loc: str) -> str:
    parts = []
    if persona.role:
        parts.append(persona.role)
    for key in ("thinks", "feels", "says", "does"):
        entries = _entries(persona, key) or [i18n.label(loc, "persona.empty")]
        parts.append(f"{i18n.label(loc, f'persona.{key}')}: {'; '.join(entries)}")
    for key, entries in pains_gains(persona).items():
        shown = entries or [i18n.label(loc, "persona.empty")]
        parts.append(f"{i18n.label(loc, f'persona.{key}')}: {'; '.join(shown)}")
    return ". ".join(p.rstrip(".") for p in parts) + "."


def _name_ellipse(persona: Persona, cx: int, cy: int) -> Box:
    name_style = TextStyle(size=12, bold=True, color=st.WHITE)
    name = paragraph(persona.name, NAME_W, name_style, line_height=15)
    widest = max(text_width(r.text, name_style.size, bold=True) for r in name)
    w = round(widest * 1.1) + 56
    h = sum(r.height for r in name) + 26
    return Box(
        key="name",
        x=cx - w // 2,
        y=cy - h // 2,
        w=w,
        h=h,
        shape="ellipse",
        padding=0,
        fill=st.NAVY,
        stroke=st.WHITE,
        stroke_width=4,
        rows=tuple(name),
    )


def persona_diagram(persona: Persona, settings: Settings) -> Diagram:
    """Lay out the persona's empathy map (see the module docstring)."""
    loc = settings.locale
    width = 2 * MARGIN + 2 * QUADRANT_W + GAP
    boxes: list[Box] = []
    y = MARGIN
    title = title_block(
        "title",
        i18n.label(loc, "persona.title", name=persona.name),
        persona.role or "",
        MARGIN,
        y,
        width - 2 * MARGIN,
    )
    boxes.append(title)
    y += title.h + 14

    contents = {
        key: _quadrant_rows(key, _entries(persona, key), loc) for row in QUADRANTS for key in row
    }
    center_x = MARGIN + QUADRANT_W + GAP // 2
    name = _name_ellipse(persona, center_x, 0)
    center_y = 0
    # How far the name reaches into the cards beyond their padding, plus air:
    # the top cards keep that much free at their bottom, the bottom cards at
    # their top.
    clearance = max(0, name.h // 2 - GAP // 2 + 4 - PAD)
    for row_index, row in enumerate(QUADRANTS):
        tallest = max(sum(r.height for r in contents[key]) for key in row)
        height = tallest + clearance + 2 * PAD
        for col_index, key in enumerate(row):
            rows = contents[key]
            if row_index == 1:
                rows = [spacer(clearance), *rows]
            boxes.append(_quadrant(key, col_index, y, height, rows))
        y += height
        if row_index == 0:
            center_y = y + GAP // 2
            y += GAP
    extra = pains_gains(persona)
    if extra:
        y += GAP
        contents = {key: _quadrant_rows(key, entries, loc) for key, entries in extra.items()}
        height = max(sum(r.height for r in rows) for rows in contents.values()) + 2 * PAD
        for col_index, (key, rows) in enumerate(contents.items()):
            boxes.append(_quadrant(key, col_index, y, height, rows))
        y += height
    boxes.append(_name_ellipse(persona, center_x, center_y))  # last: drawn on top
    return Diagram(
        title=i18n.label(loc, "persona.title", name=persona.name),
        summary=_summary(persona, loc),
        width=width,
        height=y + MARGIN,
        boxes=tuple(boxes),
    )


def _quadrant(key: str, col_index: int, y: int, height: int, rows: Sequence[Row]) -> Box:
    """One card of the empathy map, in its column of the two-wide grid."""
    return Box(
        key=f"quadrant-{key}",
        x=MARGIN + col_index * (QUADRANT_W + GAP),
        y=y,
        w=QUADRANT_W,
        h=height,
        rows=tuple(rows),
        fill=st.QUADRANT_COLORS[key][0],
        rounded=True,
        padding=PAD,
    )
