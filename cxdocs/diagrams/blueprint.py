"""Service blueprint diagram: a `Blueprint` becomes a `Diagram`.

Columns are the phases; lanes run top to bottom: physical evidence, customer
actions, front stage, back stage, support processes. The line of interaction,
the line of visibility and the line of internal interaction cross the whole
width in the gaps between the lanes they separate. Items of one lane and phase
stack downwards; the n-th items of a lane share one height in every phase, so
rows line up. `to:` hand-overs become connectors, routed orthogonally through
the gutters between columns and the free bands between rows (`routing.py`),
never through a card or a label. A `BlueprintHighlight`
(what changed, for `cxdocs diff --svg-dir`) is drawn by `blueprint_marks.py`.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Literal

from cxdocs.content.model import LANES, Blueprint, LaneItem, Settings
from cxdocs.diagrams import marks
from cxdocs.diagrams import style as st
from cxdocs.diagrams.blueprint_marks import BlueprintMarks
from cxdocs.diagrams.common import (
    MARGIN,
    LegendItem,
    Sheet,
    lane_label,
    lane_label_height,
    legend_height,
    legend_row,
    title_block,
)
from cxdocs.diagrams.highlight import BlueprintHighlight, DrawnItem, merged_phases
from cxdocs.diagrams.related import Related
from cxdocs.diagrams.routing import Grid, route
from cxdocs.diagrams.scene import (
    Box,
    Connector,
    Diagram,
    Line,
    Region,
    Row,
    TextStyle,
    paragraph,
    spacer,
)
from cxdocs.diagrams.text import text_width
from cxdocs.i18n import catalog as i18n

LABEL_W = 124
ITEM_W = 168
GUTTER = 48  # between phase columns (and either side of them): room for connectors
PITCH = ITEM_W + GUTTER
ITEM_PAD = 7
TEXT_W = ITEM_W - 2 * ITEM_PAD - 4
BADGE_W = 16
STACK_GAP = 20  # between items stacked in one lane and phase: a band for connectors
LANE_PAD = 14
LANE_GAP = 12  # between lanes with no line between them
LINE_GAP = 30  # between lanes separated by a line, which needs room for its label
MIN_WIDTH = 640
# The line drawn below each lane, if any, by label key and line style.
EVIDENCE_FILL = "#fbf8ef"  # paper: what the customer sees or holds
LINES_BELOW: dict[str, tuple[str, Literal["solid", "dashed", "dotted"]]] = {
    "customer": ("blueprint.line.interaction", "solid"),
    "frontstage": ("blueprint.line.visibility", "dashed"),
    "backstage": ("blueprint.line.internal", "dotted"),
}


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
    fail = item.fail_text
    if fail is not None:
        rows.append(spacer(4))
        rows += paragraph(
            fail or i18n.label(loc, "blueprint.fail_point"),
            TEXT_W - BADGE_W - 2,
            TextStyle(size=9, bold=True, color=st.FAIL),
            line_height=12,
            badge=i18n.label(loc, "blueprint.badge.fail"),
            badge_style=TextStyle(size=9, bold=True, color=st.WHITE),
            badge_fill=st.FAIL,
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


def _key(phase: int, lane: str, index: int, item: LaneItem) -> str:
    # Items without an id cannot be targets, but still need a unique key.
    return f"item:{item.id}" if item.id else f"anon:{phase}:{lane}:{index}"


def _counts(blueprint: Blueprint) -> tuple[int, int, int]:
    items = [i for p in blueprint.phases for lane in LANES for i in p.lane(lane)]
    return (
        len(items),
        sum(i.fail_text is not None for i in items),
        sum(bool(i.wait) for i in items),
    )


def _facts(blueprint: Blueprint, loc: str) -> str:
    items, fails, waits = _counts(blueprint)
    parts = [
        i18n.plural(loc, "count.phases", len(blueprint.phases)),
        i18n.plural(loc, "count.items", items),
        i18n.plural(loc, "count.fail_points", fails),
        i18n.plural(loc, "count.waits", waits),
    ]
    return ", ".join(parts)


def _summary(blueprint: Blueprint, loc: str, journey: str | None) -> str:
    parts = [_facts(blueprint, loc)]
    if journey:
        parts.append(i18n.label(loc, "blueprint.journey", journey=journey))
    phases = ", ".join(p.name for p in blueprint.phases)
    parts.append(phases)
    return ". ".join(p[:1].upper() + p[1:] for p in parts) + "."


def _legend(loc: str) -> list[LegendItem]:
    return [
        LegendItem(
            i18n.label(loc, "blueprint.legend.fail"),
            i18n.label(loc, "blueprint.badge.fail"),
            TextStyle(size=9, bold=True, color=st.WHITE),
            st.FAIL,
        ),
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


class _Layout(Sheet):
    """Stacks title, phase headers, lanes and lines top to bottom."""

    def __init__(
        self,
        blueprint: Blueprint,
        settings: Settings,
        journey_url: str | None,
        highlight: BlueprintHighlight | None = None,
        related: Related | None = None,
        lanes: Collection[str] | None = None,
    ) -> None:
        # The lanes to draw, in their order (slides split a tall blueprint).
        self.lanes = [lane for lane in LANES if lanes is None or lane in lanes]
        self.blueprint = blueprint
        # The journey's title; its id only when nobody looked it up.
        self.journey_name = (related.journey if related else None) or blueprint.journey
        self.settings = settings
        self.journey_url = journey_url
        self.loc = settings.locale
        self.banner = highlight
        # A new blueprint is drawn plainly under its banner: everything in it is new.
        marked = highlight if highlight and not highlight.new else None
        self.marks = BlueprintMarks(marked, self.loc) if marked else None
        # What is drawn: HEAD's phases and items, with removed ones put back.
        self.drawn = merged_phases(blueprint.phases, marked)
        self.x0 = MARGIN + LABEL_W + GUTTER
        grid_w = len(self.drawn) * PITCH - GUTTER
        # Room right of the last column too, for connectors that go round it.
        super().__init__(max(self.x0 + grid_w + GUTTER + MARGIN, MIN_WIDTH))
        self.bands: list[tuple[float, float]] = []  # free rows across the grid, for arrows
        self.labels_right = float(MARGIN + LABEL_W)  # where lane and line labels end

    def heading(self) -> None:
        if self.banner:
            hl, inner_w = self.banner, self.width - 2 * MARGIN
            self.stack(
                marks.change_banner(
                    "diff-banner", self.loc, hl.base, hl.new, MARGIN, self.y, inner_w
                )
            )
        parts = [_facts(self.blueprint, self.loc)]
        if self.journey_name:
            journey = i18n.label(self.loc, "blueprint.journey", journey=self.journey_name)
            parts.insert(0, journey)
        title = title_block(
            "title",
            self.blueprint.title,
            " \u00b7 ".join(parts),
            MARGIN,
            self.y,
            self.width - 2 * MARGIN,
        )
        self.boxes.append(title)
        self.y += title.h + 14

    def phase_headers(self) -> None:
        phases = [phase for phase, _ in self.drawn]
        texts = [paragraph(p.name, ITEM_W - 12, st.HEADING, align="center") for p in phases]
        if self.marks:
            texts = [
                self.marks.header_rows(p.id, rows) for p, rows in zip(phases, texts, strict=True)
            ]
        height = max(sum(r.height for r in rows) for rows in texts) + 12
        for pi, rows in enumerate(texts):
            box = Box(
                key=f"phase-{pi}",
                x=self.x0 + pi * PITCH,
                y=self.y,
                w=ITEM_W,
                h=height,
                rows=tuple(rows),
                fill=st.STAGE_FILLS[pi % 2],
                rounded=True,
                valign="middle",
            )
            self.boxes.append(self.marks.header(box, phases[pi].id) if self.marks else box)
        self.y += height + LANE_GAP

    def lane(self, lane: str) -> None:
        """One lane: its band, its label, and its items stacked in each phase."""
        fill, accent = st.LANE_COLORS[lane]
        contents = [
            [self.item_rows(drawn, phase.name, lane) for drawn in stacks[lane]]
            for phase, stacks in self.drawn
        ]
        depth = max(len(stack) for stack in contents)
        # The n-th items of the lane share one height in every phase.
        slot_h = [
            max(_height(stack[n]) for stack in contents if len(stack) > n) for n in range(depth)
        ]
        name = i18n.label(self.loc, f"blueprint.lane.{lane}")
        stacked = sum(slot_h) + STACK_GAP * max(0, depth - 1)
        height = max(44, stacked + 2 * LANE_PAD, lane_label_height(name, LABEL_W))
        self.regions.append(
            Region(MARGIN, self.y, self.width - 2 * MARGIN, height, fill, rounded=True)
        )
        self.boxes.append(
            lane_label(f"{lane}-label", name, MARGIN, self.y, LABEL_W, height, accent, fill)
        )
        # Rows line up in every phase, so the gaps between them are free bands.
        top = self.y + LANE_PAD
        for h in slot_h:
            self.bands.append((top - (LANE_PAD if top == self.y + LANE_PAD else STACK_GAP), top))
            top += h + STACK_GAP
        self.bands.append((top - STACK_GAP if slot_h else self.y, self.y + height))
        for pi, (_, stacks) in enumerate(self.drawn):
            item_y = self.y + LANE_PAD
            for n, (drawn, rows) in enumerate(zip(stacks[lane], contents[pi], strict=True)):
                item = drawn.item
                fails = item.fail_text is not None and drawn.mark != "removed"
                # Evidence is a thing the customer sees or holds: a square card on
                # paper, not a rounded action card (and not a dashed placeholder).
                evidence = lane == "evidence"
                look = marks.Look(
                    EVIDENCE_FILL if evidence else st.WHITE,
                    st.FAIL if fails else accent,
                    2 if fails or evidence else 1,
                    css_class="cx-evidence" if evidence else None,
                )
                if self.marks:
                    look = self.marks.look(drawn, look)
                self.boxes.append(
                    Box(
                        key=_key(pi, lane, n, item),
                        x=self.x0 + pi * PITCH,
                        y=item_y,
                        w=ITEM_W,
                        h=slot_h[n],
                        rows=tuple(rows),
                        fill=look.fill,
                        stroke=look.stroke,
                        stroke_width=look.stroke_width,
                        rounded=lane != "evidence",
                        dashed=look.dashed,
                        padding=ITEM_PAD,
                        link=None if drawn.mark == "removed" else self.step_link(item),
                        tooltip=item.text,
                        css_class=look.css_class,
                    )
                )
                item_y += slot_h[n] + STACK_GAP
        self.y += height

    def item_rows(self, drawn: DrawnItem, phase: str, lane: str) -> list[Row]:
        rows = item_rows(drawn.item, lane, self.settings)
        return self.marks.rows(drawn, rows, phase, lane, TEXT_W) if self.marks else rows

    def step_link(self, item: LaneItem) -> str | None:
        """A customer action that names its journey step links to the step."""
        if self.journey_url is None or item.step is None:
            return None
        return f"{self.journey_url}#step-{item.step}"

    def line_below(self, lane: str) -> None:
        """The labelled line under `lane`, if the lane has one, else a plain gap."""
        below = LINES_BELOW.get(lane)
        if below is None:
            self.y += LANE_GAP
            return
        key, line_style = below
        line_y = self.y + LINE_GAP / 2
        ends = ((MARGIN, line_y), (self.width - MARGIN, line_y))
        self.lines.append(Line(ends, (st.NAVY_SOFT,), 1.4, line_style))
        label = i18n.label(self.loc, key)
        label_style = TextStyle(size=9, bold=True, italic=True, color=st.NAVY_SOFT)
        # The label sits on the line, on a patch of background, a little in
        # from the line's start: a box touching the line's end point would
        # stop Graphviz from routing connectors.
        self.labels_right = max(
            self.labels_right, MARGIN + 10 + round(text_width(label, 9, bold=True) * 1.1) + 12
        )
        self.boxes.append(
            Box(
                key=f"line-{lane}",
                x=MARGIN + 10,
                y=round(line_y) - 8,
                w=round(text_width(label, 9, bold=True) * 1.1) + 12,
                h=15,
                padding=0,
                fill=st.WHITE,
                rounded=True,
                valign="middle",
                rows=(Row(label, 13, label_style, align="center"),),
            )
        )
        self.y += LINE_GAP

    def cards(self) -> dict[str, Box]:
        """The lane items, by key: what hand-overs connect and must never cross."""
        cards: dict[str, Box] = {}
        for box in self.boxes:
            if box.key.startswith(("item:", "anon:")):
                cards.setdefault(box.key, box)
        return cards

    def grid(self) -> Grid:
        columns = tuple(
            (self.x0 + pi * PITCH, self.x0 + pi * PITCH + ITEM_W) for pi in range(len(self.drawn))
        )
        edges = [self.labels_right + 4, *(x for col in columns for x in col), self.width - MARGIN]
        gutters = tuple((edges[i], edges[i + 1]) for i in range(0, len(edges), 2))
        return Grid(columns, gutters, tuple(self.bands))

    def change_legend(self, connectors: list[Connector]) -> None:
        """The line explaining the change marks, under the plain legend."""
        assert self.marks is not None
        kinds = self.marks.legend_kinds(self.drawn, connectors)
        if kinds:
            top, base = self.y + 8, self.marks.hl.base
            legend = marks.change_legend(self.loc, base, kinds, MARGIN, top, self.width - MARGIN)
            self.boxes += legend.boxes
            self.lines += legend.lines
            self.y = legend.bottom

    def diagram(self) -> Diagram:
        self.heading()
        self.phase_headers()
        for lane in self.lanes:
            self.lane(lane)
            self.line_below(lane)
        self.y -= LANE_GAP
        legend = legend_row("legend", _legend(self.loc), MARGIN, self.y + 10, self.width - MARGIN)
        self.boxes += legend
        self.y += 10 + legend_height(legend, self.y + 10)
        connectors = [
            Connector(f"item:{item.id}", f"item:{target}", st.CONNECTOR)
            for phase in self.blueprint.phases
            for lane in LANES
            for item in phase.lane(lane)
            if item.id
            for target in item.to
        ]
        summary = _summary(self.blueprint, self.loc, self.journey_name)
        if self.banner and self.banner.new:
            summary += " " + i18n.label(self.loc, "diff.summary.added", base=self.banner.base)
        if self.marks:
            connectors = self.marks.connectors(connectors, {b.key for b in self.boxes})
            self.change_legend(connectors)
            summary += " " + self.marks.summary(self.drawn)
        cards = self.cards()
        # An arrow to an item not drawn (another slide's lane) is left out.
        connectors = [c for c in connectors if c.source in cards and c.target in cards]
        connectors = route(connectors, cards, self.grid())
        title = i18n.label(self.loc, "blueprint.title", title=self.blueprint.title)
        return self.finish(title, summary, connectors)


def blueprint_diagram(
    blueprint: Blueprint,
    settings: Settings,
    *,
    journey_url: str | None = None,
    highlight: BlueprintHighlight | None = None,
    related: Related | None = None,
    lanes: Collection[str] | None = None,
) -> Diagram:
    """Lay out `blueprint` as a service blueprint (see the module docstring).

    With `journey_url` (the page of the journey the blueprint serves), customer
    actions that name a `step` link to `<journey_url>#step-<step>`. With a
    `highlight`, the blueprint shows what changed since another revision (see
    `highlight.py`); without one it is exactly the plain blueprint.
    """
    return _Layout(blueprint, settings, journey_url, highlight, related, lanes).diagram()
