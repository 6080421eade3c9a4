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

from collections.abc import Collection, Mapping
from typing import Literal

from cxdocs.content.model import LANES, Blueprint, LaneItem, Settings
from cxdocs.diagrams import blueprint_cards as writing
from cxdocs.diagrams import marks
from cxdocs.diagrams import style as st
from cxdocs.diagrams.blueprint_cards import (
    BADGE_W,
    EVIDENCE_FILL,
    FAIL_STROKE,
    HIGH_FILL,
    ITEM_PAD,
    ITEM_W,
    TEXT_W,
    item_rows,
)
from cxdocs.diagrams.blueprint_columns import phase_columns
from cxdocs.diagrams.blueprint_marks import BlueprintMarks
from cxdocs.diagrams.common import (
    MARGIN,
    Sheet,
    lane_label,
    lane_label_height,
    legend_height,
    legend_row,
    title_block,
)
from cxdocs.diagrams.handoff_labels import label_chips
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

# A hand-off whose other end is on another slide: its arrow and its words.
Note = tuple[str, str]
LABEL_W = 124
GUTTER = 48  # between phase columns (and either side of them): room for connectors
PITCH = ITEM_W + GUTTER
STACK_GAP = 20  # between items stacked in one lane and phase: a band for connectors
LANE_PAD = 14
LANE_GAP = 12  # between lanes with no line between them
LINE_GAP = 30  # between lanes separated by a line, which needs room for its label
MIN_WIDTH = 640
# The line drawn below each lane, if any, by label key and line style.
LINES_BELOW: dict[str, tuple[str, Literal["solid", "dashed", "dotted"]]] = {
    "customer": ("blueprint.line.interaction", "solid"),
    "frontstage": ("blueprint.line.visibility", "dashed"),
    "backstage": ("blueprint.line.internal", "dotted"),
}


def _key(phase: int, index: int, lane: str, item: LaneItem) -> str:
    # Items without an id cannot be targets, but still need a unique key.
    return f"item:{item.id}" if item.id else f"anon:{phase}:{lane}:{index}"


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
        # One column per customer action; cells[lane][column]: (index in lane, item).
        self.spans: list[tuple[int, int]] = []  # each phase's first column and count
        self.cells: dict[str, list[list[tuple[int, DrawnItem]]]] = {lane: [] for lane in LANES}
        for _, stacks in self.drawn:
            where = phase_columns({lane: [d.item for d in stacks[lane]] for lane in LANES})
            count = max(1, len(stacks["customer"]))
            self.spans.append((len(self.cells["customer"]), count))
            for lane in LANES:
                cells: list[list[tuple[int, DrawnItem]]] = [[] for _ in range(count)]
                for n, drawn in enumerate(stacks[lane]):
                    cells[where[(lane, n)]].append((n, drawn))
                self.cells[lane] += cells
        self.x0 = MARGIN + LABEL_W + GUTTER
        grid_w = len(self.cells["customer"]) * PITCH - GUTTER
        # Room right of the last column too, for connectors that go round it.
        super().__init__(max(self.x0 + grid_w + GUTTER + MARGIN, MIN_WIDTH))
        self.bands: list[tuple[float, float]] = []  # free rows across the grid, for arrows
        self.labels_right = float(MARGIN + LABEL_W)  # where lane and line labels end
        self.notes: Mapping[str, list[Note]] = {}  # hand-offs to other slides, by item id

    def heading(self) -> None:
        if self.banner:
            hl, inner_w = self.banner, self.width - 2 * MARGIN
            self.stack(
                marks.change_banner(
                    "diff-banner", self.loc, hl.base, hl.new, MARGIN, self.y, inner_w
                )
            )
        parts = [writing.facts(self.blueprint, self.loc)]
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
        texts = [
            paragraph(p.name, count * PITCH - GUTTER - 12, st.HEADING, align="center")
            for p, (_, count) in zip(phases, self.spans, strict=True)
        ]
        if self.marks:
            texts = [
                self.marks.header_rows(p.id, rows) for p, rows in zip(phases, texts, strict=True)
            ]
        height = max(sum(r.height for r in rows) for rows in texts) + 12
        for pi, rows in enumerate(texts):
            first, count = self.spans[pi]
            box = Box(
                key=f"phase-{pi}",
                x=self.x0 + first * PITCH,
                y=self.y,
                w=count * PITCH - GUTTER,
                h=height,
                rows=tuple(rows),
                fill=st.STAGE_FILLS[pi % 2],
                rounded=True,
                valign="middle",
            )
            self.boxes.append(self.marks.header(box, phases[pi].id) if self.marks else box)
        self.y += height + LANE_GAP

    def lane(self, lane: str) -> None:
        """One lane: its band, its label, and its items stacked in each column."""
        fill, accent = st.LANE_COLORS[lane]
        phase_of = [pi for pi, (_, count) in enumerate(self.spans) for _ in range(count)]
        contents = [
            [self.item_rows(drawn, self.drawn[phase_of[c]][0].name, lane) for _, drawn in cell]
            for c, cell in enumerate(self.cells[lane])
        ]
        depth = max(len(stack) for stack in contents)
        # The n-th items of the lane share one height in every column.
        slot_h = [
            max(writing.height(stack[n]) for stack in contents if len(stack) > n)
            for n in range(depth)
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
        # Rows line up in every column, so the gaps between them are free bands.
        top = self.y + LANE_PAD
        for h in slot_h:
            self.bands.append((top - (LANE_PAD if top == self.y + LANE_PAD else STACK_GAP), top))
            top += h + STACK_GAP
        self.bands.append((top - STACK_GAP if slot_h else self.y, self.y + height))
        for c, cell in enumerate(self.cells[lane]):
            item_y = self.y + LANE_PAD
            for row, ((n, drawn), rows) in enumerate(zip(cell, contents[c], strict=True)):
                self.boxes.append(
                    self.card(drawn, lane, (phase_of[c], n), c, item_y, slot_h[row], rows)
                )
                item_y += slot_h[row] + STACK_GAP
        self.y += height

    def card(
        self,
        drawn: DrawnItem,
        lane: str,
        at: tuple[int, int],
        column: int,
        y: int,
        h: int,
        rows: list[Row],
    ) -> Box:
        item = drawn.item
        _, accent = st.LANE_COLORS[lane]
        severity = item.fail_severity if drawn.mark != "removed" else None
        # Evidence is a thing the customer sees or holds: a square card on
        # paper with a folded corner, not a rounded action card.
        evidence = lane == "evidence"
        fill = EVIDENCE_FILL if evidence else st.WHITE
        look = marks.Look(
            HIGH_FILL if severity == "high" else fill,
            st.FAIL if severity else accent,
            FAIL_STROKE[severity] if severity else (2 if evidence else 1),
            css_class=" ".join(
                c
                for c in (
                    "cx-evidence" if evidence else None,
                    f"cx-fail-{severity}" if severity else None,
                )
                if c
            )
            or None,
        )
        if self.marks:
            look = self.marks.look(drawn, look)
        return Box(
            key=_key(*at, lane, item),
            x=self.x0 + column * PITCH,
            y=y,
            w=ITEM_W,
            h=h,
            rows=tuple(rows),
            fill=look.fill,
            stroke=look.stroke,
            stroke_width=look.stroke_width,
            rounded=lane != "evidence",
            shape="note" if evidence else "box",
            dashed=look.dashed,
            # A heavier border takes its width from the padding: the text keeps its room.
            padding=ITEM_PAD - max(0, int(look.stroke_width) - 2),
            link=None if drawn.mark == "removed" else self.step_link(item),
            tooltip=item.text,
            css_class=look.css_class,
        )

    def item_rows(self, drawn: DrawnItem, phase: str, lane: str) -> list[Row]:
        rows = item_rows(drawn.item, lane, self.settings)
        # A hand-off to or from another slide, kept in words (slides.py).
        for arrow, text in self.notes.get(drawn.item.id or "", ()):
            rows.append(spacer(4))
            rows += paragraph(
                text,
                TEXT_W - BADGE_W - 2,
                TextStyle(size=9, italic=True, color=st.CONNECTOR),
                line_height=12,
                badge=arrow,
                badge_style=TextStyle(size=9, bold=True, color=st.CONNECTOR),
            )
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
            (self.x0 + c * PITCH, self.x0 + c * PITCH + ITEM_W)
            for c in range(len(self.cells["customer"]))
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
        legend = legend_row(
            "legend",
            writing.legend(self.loc, self.blueprint),
            MARGIN,
            self.y + 10,
            self.width - MARGIN,
        )
        self.boxes += legend
        self.y += 10 + legend_height(legend, self.y + 10)
        handoffs = {
            (f"item:{item.id}", f"item:{hand.id}"): hand.label
            for phase in self.blueprint.phases
            for lane in LANES
            for item in phase.lane(lane)
            if item.id
            for hand in item.to
        }
        connectors = [Connector(*ends, st.CONNECTOR) for ends in handoffs]
        summary = writing.summary(self.blueprint, self.loc, self.journey_name)
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
        labels = [handoffs.get((c.source, c.target)) for c in connectors]
        self.boxes += label_chips(connectors, labels, self.boxes)
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
    notes: Mapping[str, list[Note]] | None = None,
) -> Diagram:
    """Lay out `blueprint` as a service blueprint (see the module docstring).

    With `journey_url` (the page of the journey the blueprint serves), customer
    actions that name a `step` link to `<journey_url>#step-<step>`. With a
    `highlight`, the blueprint shows what changed since another revision (see
    `highlight.py`); without one it is exactly the plain blueprint.
    """
    layout = _Layout(blueprint, settings, journey_url, highlight, related, lanes)
    layout.notes = notes or {}
    return layout.diagram()
