"""What goes in each journey-map cell, and the journey's words around the grid.

`journey.py` decides where things go; this module decides what each cell of a
lane says (wrapped rows of text with their styles), the legend entries, and
the text alternative read by screen readers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from cxdocs.content.model import Journey, Settings, Step
from cxdocs.diagrams import style as st
from cxdocs.diagrams.common import LegendItem
from cxdocs.diagrams.scene import Row, TextStyle, paragraph, spacer
from cxdocs.i18n import catalog as i18n
from cxdocs.i18n import numbers

CELL_W = 150
CELL_PAD = 7
TEXT_W = CELL_W - 2 * CELL_PAD - 4  # borders are up to 2pt each side
BADGE_W = 14
PARAGRAPH_GAP = 4


@dataclass(frozen=True)
class Column:
    """One step of the journey, in its place in the grid."""

    index: int  # 0-based across the whole grid
    step: Step
    number: int  # 1-based, as the journey counts its steps
    removed: bool = False  # put back to show a removal; `number` is the old one

    def heading(self, loc: str) -> str:
        """ "Step 3", or "Was step 3" for a removed step."""
        key = "diff.was_step" if self.removed else "journey.step"
        return i18n.label(loc, key, n=self.number)


CellRows = Callable[[Column], list[Row]]


def join(blocks: list[list[Row]]) -> list[Row]:
    """Paragraphs one under the other, with a little air between them."""
    rows: list[Row] = []
    for block in blocks:
        if rows and block:
            rows.append(spacer(PARAGRAPH_GAP))
        rows += block
    return rows


def actions(col: Column, loc: str) -> list[Row]:
    """Step number, the moment-of-truth tag, and the action in bold."""
    rows = [Row(col.heading(loc).upper(), 12, st.SMALL_BOLD)]
    if col.step.moment_of_truth:
        rows += paragraph(
            i18n.label(loc, "diagram.moment_of_truth"),
            TEXT_W - BADGE_W,
            TextStyle(size=9, bold=True, color=st.GOLD_TEXT),
            line_height=14,
            badge="\u2605",
            badge_style=TextStyle(size=9, color=st.GOLD),
            fill=st.GOLD_TINT,
        )
    rows.append(spacer(3))
    return rows + paragraph(col.step.action, TEXT_W, st.BODY_BOLD)


def channel(col: Column, settings: Settings) -> list[Row]:
    """Channel label (from settings), touchpoint, and the actors in small print."""
    step = col.step
    blocks: list[list[Row]] = []
    if step.channel:
        name = settings.channel_labels.get(step.channel, step.channel)
        icon = settings.channel_icons.get(step.channel)
        if icon:  # the team's mark, measured as text: an emoji is wider than a badge column
            name = f"{icon} {name}"
        blocks.append(paragraph(name, TEXT_W, TextStyle(size=9.5, bold=True, color=st.NAVY_SOFT)))
    if step.touchpoint:
        blocks.append(paragraph(step.touchpoint, TEXT_W, st.BODY))
    rows = [row for block in blocks for row in block]
    if step.actors:
        names = ", ".join(settings.actors.get(a, a) for a in step.actors)
        rows += [spacer(3), *paragraph(names, TEXT_W, st.SMALL, line_height=11)]
    return rows


def thinks_feels(col: Column) -> list[Row]:
    """The thought in italic quotes; the feeling with a heart in the emotion's colour."""
    step = col.step
    blocks: list[list[Row]] = []
    if step.thinks:
        quote = f"\u201c{step.thinks}\u201d"
        blocks.append(paragraph(quote, TEXT_W, TextStyle(size=9.5, italic=True, color=st.INK_SOFT)))
    if step.feels:
        color = st.MUTED if step.emotion is None else st.emotion_ink(step.emotion)
        blocks.append(
            paragraph(
                step.feels,
                TEXT_W - BADGE_W,
                st.BODY,
                badge="\u2665",
                badge_style=TextStyle(size=9, color=color),
            )
        )
    return join(blocks)


SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}


def more(count: int, loc: str) -> list[Row]:
    """ "+3 more in the step's details": what a busy cell leaves out (the cell links there)."""
    if count <= 0:
        return []
    style = TextStyle(size=9, italic=True, bold=True, color=st.NAVY_SOFT)
    return paragraph(i18n.plural(loc, "journey.more", count), TEXT_W, style)


def pain_points(col: Column, limit: int = 1000, loc: str = "en") -> list[Row]:
    """One mark per pain point (● high, ▲ medium, ○ low), most severe first, at
    most `limit` of them; then "+N more".

    High severity is also bold, dark red, on a red tint, so it stands out without colour.
    """
    pains = sorted(col.step.pain_points, key=lambda p: SEVERITY_ORDER[p.severity])
    blocks = []
    for pain in pains[:limit]:
        badge_color, text_color, fill = st.SEVERITY[pain.severity]
        text_style = TextStyle(size=9.5, bold=pain.severity == "high", color=text_color)
        blocks.append(
            paragraph(
                pain.text,
                TEXT_W - BADGE_W,
                text_style,
                badge=st.SEVERITY_GLYPH[pain.severity],
                badge_style=TextStyle(size=10, color=badge_color),
                fill=fill,
            )
        )
    return join([*blocks, more(len(pains) - limit, loc)])


def opportunities(col: Column, limit: int = 1000, loc: str = "en") -> list[Row]:
    """One green plus per opportunity, at most `limit` of them; then "+N more"."""
    badge_style = TextStyle(size=11, bold=True, color=st.OPPORTUNITY)
    texts = [o.text for o in col.step.opportunities]
    return join(
        [
            *(
                paragraph(text, TEXT_W - BADGE_W, st.BODY, badge="+", badge_style=badge_style)
                for text in texts[:limit]
            ),
            more(len(texts) - limit, loc),
        ]
    )


def lanes(loc: str, settings: Settings) -> tuple[list[tuple[str, CellRows]], ...]:
    """The text lanes above and below the emotion curve, in order, by label key."""
    above: list[tuple[str, CellRows]] = [
        ("journey.lane.actions", lambda c: actions(c, loc)),
        ("journey.lane.channel", lambda c: channel(c, settings)),
        ("journey.lane.thinks_feels", thinks_feels),
    ]
    limit = settings.cell_limit
    below: list[tuple[str, CellRows]] = [
        ("journey.lane.pain_points", lambda c: pain_points(c, limit, loc)),
        ("journey.lane.opportunities", lambda c: opportunities(c, limit, loc)),
    ]
    return above, below


def facts(journey: Journey, loc: str) -> str:
    """ "4 stages, 12 steps, average emotion +0.3"."""
    parts = [
        i18n.plural(loc, "count.stages", len(journey.stages)),
        i18n.plural(loc, "count.steps", len(journey.steps)),
    ]
    average = journey.average_emotion
    if average is None:
        parts.append(i18n.label(loc, "journey.no_emotion"))
    else:
        value = numbers.score(average, loc)
        parts.append(i18n.label(loc, "journey.average_emotion", value=value))
    return ", ".join(parts)


def summary(journey: Journey, loc: str, persona: str, improves: str | None) -> str:
    """The text alternative: state, persona, size, mood, moments of truth, worst pains.

    `persona` and `improves` are names (the persona's, the improved journey's title).
    """
    parts = []
    if journey.state == "future":
        future = i18n.label(loc, "diagram.future_state")
        if improves:
            future += ", " + i18n.label(loc, "diagram.improves", journey=improves)
        parts.append(future)
    parts.append(i18n.label(loc, "journey.persona", persona=persona))
    parts.append(facts(journey, loc))
    moments = [s.action for s in journey.steps if s.moment_of_truth]
    if moments:
        parts.append(i18n.label(loc, "journey.moments", steps="; ".join(moments)))
    high = sum(p.severity == "high" for s in journey.steps for p in s.pain_points)
    if high:
        parts.append(i18n.plural(loc, "count.high_pains", high))
    return ". ".join(p[:1].upper() + p[1:] for p in parts) + "."


def legend(journey: Journey, loc: str, emotion: bool) -> list[LegendItem]:
    """Legend entries for what this journey's diagram actually shows."""
    items: list[LegendItem] = []
    # A moment of truth marks a step, not a pain point: its own group, apart
    # from the severities.
    if any(s.moment_of_truth for s in journey.steps):
        items.append(LegendItem(i18n.label(loc, "journey.legend.step"), heading=True))
        text = i18n.label(loc, "diagram.moment_of_truth")
        items.append(LegendItem(text, "\u2605", TextStyle(size=9, color=st.GOLD), st.GOLD_TINT))
    if any(s.pain_points for s in journey.steps):
        items.append(LegendItem(i18n.label(loc, "journey.legend.severity"), heading=True))
        for severity in ("high", "medium", "low"):
            badge_style = TextStyle(size=10, color=st.SEVERITY[severity][0])
            text = i18n.label(loc, f"severity.{severity}")
            items.append(LegendItem(text, st.SEVERITY_GLYPH[severity], badge_style))
    if emotion:
        items.append(LegendItem(i18n.label(loc, "journey.legend.emotion"), heading=True))
        items.append(LegendItem(i18n.label(loc, "journey.legend.negative")))
        for score in range(-2, 3):
            items.append(
                LegendItem(
                    "",
                    numbers.score(score, loc, decimals=0),
                    TextStyle(size=9, bold=True, color=st.EMOTION_TEXT[score]),
                    st.emotion_color(score),
                    circle=True,
                )
            )
        items.append(LegendItem(i18n.label(loc, "journey.legend.positive")))
    return items


def header(
    journey: Journey, loc: str, width: float, focus: bool = True, changed: str | None = None
) -> list[Row]:
    """What makes a printout explain itself: state, the date the content last
    changed, research base, focus (not repeated on every slide: `focus=False`)."""
    state = "diagram.future_state" if journey.state == "future" else "diagram.current_state"
    facts = [i18n.label(loc, state).upper()]
    if changed:
        facts.append(i18n.label(loc, "journey.header.changed", date=changed))
    if journey.based_on:
        facts.append(i18n.label(loc, "journey.header.based_on", research=journey.based_on))
    rows = paragraph(" \u00b7 ".join(facts), width, st.SMALL_BOLD, line_height=13)
    if journey.focus and focus:
        challenge = journey.focus
        text = i18n.label(
            loc,
            "journey.header.focus_text",
            who=challenge.who,
            can=challenge.can,
            so_that=challenge.so_that,
        )
        heading = i18n.label(loc, "journey.header.focus")
        rows.append(spacer(2))
        rows += paragraph(
            f"{heading} {text}", width, TextStyle(size=9.5, color=st.INK_SOFT), line_height=13
        )
    return rows
