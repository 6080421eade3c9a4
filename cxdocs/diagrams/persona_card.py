"""The persona card on a journey map: who lives this journey, in what situation, expecting what.

An exported map (PNG, PDF, a slide) must stand on its own, so the card carries
the persona's picture (inline in the SVG) or else its initials in a circle,
name and role line, the persona's first goal,
and the journey's scenario and expectations. Three columns side by side:
who, the scenario, the expectations.
"""

from __future__ import annotations

from cxdocs.content.model import Journey, Persona
from cxdocs.diagrams import style as st
from cxdocs.diagrams.scene import Box, Picture, Region, Row, TextStyle, paragraph, spacer
from cxdocs.i18n import catalog as i18n

PAD = 12
AVATAR = 44
WHO_W = 230  # initials, name and role
COLUMN_GAP = 18
MAX_COLUMN = 420
NAME = TextStyle(size=12, bold=True, color=st.NAVY)
ROLE = TextStyle(size=9.5, color=st.INK_SOFT)
HEADING = TextStyle(size=9, bold=True, color=st.MUTED)
INITIALS = TextStyle(size=15, bold=True, color=st.WHITE)


def initials(name: str) -> str:
    """ "Ana Souza" -> "AS"; "Carla" -> "C"; first and last words' first letters."""
    words = [w for w in name.split() if w[:1].isalnum()]
    if not words:
        return "?"
    letters = words[0][0] + (words[-1][0] if len(words) > 1 else "")
    return letters.upper()


def _column(heading: str, rows: list[Row]) -> list[Row]:
    return [Row(heading.upper(), 13, HEADING), spacer(3), *rows]


def has_card(journey: Journey, persona: Persona | None) -> bool:
    return persona is not None or bool(journey.scenario or journey.expectations)


def persona_card(
    key: str,
    journey: Journey,
    persona: Persona | None,
    persona_name: str,
    loc: str,
    x: int,
    y: int,
    w: int,
    picture: Picture | None = None,
) -> tuple[Region, list[Box]]:
    """The card's background and its boxes, `w` wide with its top at `y`."""
    inner = w - 2 * PAD
    text_x = x + PAD + AVATAR + 10
    who_w = min(WHO_W, inner) - AVATAR - 10
    who = paragraph(persona_name, who_w, NAME, line_height=16)
    if persona is not None and persona.role:
        who += [spacer(2), *paragraph(persona.role, who_w, ROLE)]
    if persona is not None and persona.goals:
        # The persona's first goal: what the journey serves, on every printout.
        goal = i18n.label(loc, "journey.card.goal").upper()
        who += [spacer(6), Row(goal, 13, HEADING), *paragraph(persona.goals[0], who_w, st.BODY)]
    rest_w = inner - (AVATAR + 10 + who_w) - COLUMN_GAP
    columns: list[list[Row]] = []
    if journey.scenario:
        columns.append([])
    if journey.expectations:
        columns.append([])
    # Lines longer than this are hard to read on a wide map.
    column_w = min(MAX_COLUMN, (rest_w - COLUMN_GAP * (len(columns) - 1)) // max(len(columns), 1))
    texts: list[list[Row]] = []
    if journey.scenario:
        body = paragraph(journey.scenario, column_w, st.BODY)
        texts.append(_column(i18n.label(loc, "journey.card.scenario"), body))
    if journey.expectations:
        bullets: list[Row] = []
        for expectation in journey.expectations:
            bullets += paragraph(
                expectation,
                column_w - 12,
                st.BODY,
                badge="\u2022",
                badge_style=TextStyle(size=10, bold=True, color=st.NAVY_SOFT),
            )
        texts.append(_column(i18n.label(loc, "journey.card.expectations"), bullets))
    content_h = max(AVATAR, sum(r.height for r in who), *(sum(r.height for r in t) for t in texts))
    height = content_h + 2 * PAD
    avatar = (
        Box(
            key=f"{key}-picture",
            x=x + PAD,
            y=y + PAD,
            w=AVATAR,
            h=AVATAR,
            padding=2,  # the rounded border stays clear of the picture's corners
            stroke=st.CARD_BORDER,
            fill=st.WHITE,
            rounded=True,
            picture=picture,
        )
        if picture
        else Box(
            key=f"{key}-initials",
            x=x + PAD,
            y=y + PAD,
            w=AVATAR,
            h=AVATAR,
            shape="ellipse",
            padding=0,
            fill=st.NAVY_SOFT,
            stroke=st.WHITE,
            stroke_width=2,
            rows=(Row(initials(persona_name), 18, INITIALS),),
        )
    )
    boxes = [
        avatar,
        Box(
            key=f"{key}-who", x=text_x, y=y + PAD, w=who_w, h=content_h, rows=tuple(who), padding=0
        ),
    ]
    column_x = text_x + who_w + COLUMN_GAP
    for index, rows in enumerate(texts):
        boxes.append(
            Box(
                key=f"{key}-{index}",
                x=column_x,
                y=y + PAD,
                w=column_w,
                h=content_h,
                rows=tuple(rows),
                padding=0,
                badge_width=12,
            )
        )
        column_x += column_w + COLUMN_GAP
    card = Region(x, y, w, height, "#f8fafc", st.CARD_BORDER, 1, rounded=True)
    return card, boxes
