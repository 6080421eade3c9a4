"""What a service blueprint's cards say: an activity's rows, the legend, the facts.

`blueprint.py` places the cards; this module writes them. A fail point's tag
carries its severity in words ("Fail point · high"), so the rank never rests
on colour; the card's border grows with it (`FAIL_STROKE`).
"""

from __future__ import annotations

from cxdocs.content.model import LANES, Blueprint, LaneItem, Settings
from cxdocs.diagrams import style as st
from cxdocs.diagrams.common import LegendItem
from cxdocs.diagrams.scene import Row, TextStyle, paragraph, spacer
from cxdocs.i18n import catalog as i18n

ITEM_W = 168
ITEM_PAD = 7
TEXT_W = ITEM_W - 2 * ITEM_PAD - 4
BADGE_W = 16
# A fail point's border, by severity: the worse, the heavier (and its tag says it in words).
FAIL_STROKE = {"low": 1, "medium": 2, "high": 3}
HIGH_FILL = "#fff1f1"  # a high-severity fail point's card: a tint its muted actor text reads on
EVIDENCE_FILL = "#fbf8ef"  # paper: what the customer sees or holds


def item_rows(item: LaneItem, lane: str, settings: Settings) -> list[Row]:
    """Actor in small print, the text, then fail point and wait, each with its tag."""
    loc = settings.locale
    rows: list[Row] = []
    if item.actor:
        actor = settings.actors.get(item.actor, item.actor)
        rows += paragraph(actor, TEXT_W, st.SMALL_BOLD, line_height=12)
        rows.append(spacer(2))
    text_style = TextStyle(size=9.5, color=st.INK)
    rows += paragraph(item.text, TEXT_W, text_style)
    fail, severity = item.fail_text, item.fail_severity
    if fail is not None and severity is not None:
        _, text_color, _ = st.SEVERITY[severity]
        rows.append(spacer(4))
        # The severity in words on the tag line, so the rank never rests on colour.
        rows += paragraph(
            i18n.label(
                loc, "blueprint.fail.title", severity=i18n.label(loc, f"severity.{severity}")
            ),
            TEXT_W - BADGE_W - 2,
            TextStyle(size=9, bold=True, color=st.FAIL_TEXT[severity]),
            line_height=12,
            badge=i18n.label(loc, "blueprint.badge.fail"),
            badge_style=TextStyle(size=9, bold=True, color=st.FAIL_BADGE_TEXT[severity]),
            badge_fill=st.FAIL_BADGE[severity],
        )
        if fail:
            rows += paragraph(
                fail,
                TEXT_W - BADGE_W - 2,
                TextStyle(size=9, bold=severity == "high", color=text_color),
                line_height=12,
                badge="",  # indented under the tag's words
            )
    if item.wait:
        rows.append(spacer(4))
        rows += paragraph(
            item.wait,
            TEXT_W - BADGE_W - 2,
            TextStyle(size=9, bold=True, color=st.GOLD_TEXT),
            line_height=12,
            badge=i18n.label(loc, "blueprint.badge.wait"),
            badge_style=TextStyle(size=9, bold=True, color=st.ON_ACCENT),
            badge_fill=st.WAIT,
        )
    return rows


def _height(rows: list[Row]) -> int:
    return sum(r.height for r in rows) + 2 * ITEM_PAD + 4


def height(rows: list[Row]) -> int:
    return sum(r.height for r in rows) + 2 * ITEM_PAD + 4


def counts(blueprint: Blueprint) -> tuple[int, int, int]:
    items = [i for p in blueprint.phases for lane in LANES for i in p.lane(lane)]
    return (
        len(items),
        sum(i.fail_text is not None for i in items),
        sum(bool(i.wait) for i in items),
    )


def facts(blueprint: Blueprint, loc: str) -> str:
    items, fails, waits = counts(blueprint)
    parts = [
        i18n.plural(loc, "count.phases", len(blueprint.phases)),
        i18n.plural(loc, "count.items", items),
        i18n.plural(loc, "count.fail_points", fails),
        i18n.plural(loc, "count.waits", waits),
    ]
    return ", ".join(parts)


def summary(blueprint: Blueprint, loc: str, journey: str | None) -> str:
    parts = [facts(blueprint, loc)]
    if journey:
        parts.append(i18n.label(loc, "blueprint.journey", journey=journey))
    phases = ", ".join(p.name for p in blueprint.phases)
    parts.append(phases)
    return ". ".join(p[:1].upper() + p[1:] for p in parts) + "."


def legend(loc: str, blueprint: Blueprint) -> list[LegendItem]:
    items = [i for p in blueprint.phases for lane in LANES for i in p.lane(lane)]
    shown = {i.fail_severity for i in items}
    legend: list[LegendItem] = []
    if shown - {None}:
        legend.append(LegendItem(i18n.label(loc, "blueprint.legend.fail"), heading=True))
        for severity in ("high", "medium", "low"):
            if severity in shown:
                legend.append(
                    LegendItem(
                        i18n.label(loc, f"severity.{severity}"),
                        i18n.label(loc, "blueprint.badge.fail"),
                        TextStyle(size=9, bold=True, color=st.FAIL_BADGE_TEXT[severity]),
                        st.FAIL_BADGE[severity],
                    )
                )
    return [
        *legend,
        LegendItem(
            i18n.label(loc, "blueprint.legend.wait"),
            i18n.label(loc, "blueprint.badge.wait"),
            TextStyle(size=9, bold=True, color=st.ON_ACCENT),
            st.WAIT,
        ),
        LegendItem(
            i18n.label(loc, "blueprint.legend.handover"),
            "\u2192",
            TextStyle(size=11, bold=True, color=st.CONNECTOR),
        ),
    ]
