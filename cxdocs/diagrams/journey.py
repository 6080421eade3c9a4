"""Journey map as a swimlane diagram: a `Journey` becomes a `Diagram`.

Columns are the steps in order, under one band per stage spanning exactly its
steps; rows are lanes (actions, channel & touchpoint, thinks & feels, the
emotion curve, pain points, opportunities) labelled on the left. Every column
has the same width and every lane one height, its tallest cell's, so the grid
is strict whatever the text. A lane nobody filled in is left out. What each
cell says is in `journey_cells.py`; how a `JourneyHighlight` (what changed, for
`cxdocs diff --svg-dir`) marks the cells is in `journey_marks.py`.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import replace

from cxdocs.content.model import Journey, Settings
from cxdocs.diagrams import journey_cells as cells
from cxdocs.diagrams import journey_work as work
from cxdocs.diagrams import marks
from cxdocs.diagrams import style as st
from cxdocs.diagrams.common import (
    MARGIN,
    Sheet,
    banner,
    lane_label,
    lane_label_height,
    legend_height,
    legend_row,
    title_block,
)
from cxdocs.diagrams.highlight import JourneyHighlight, merged_journey
from cxdocs.diagrams.journey_cells import CELL_PAD, CELL_W, CellRows, Column
from cxdocs.diagrams.journey_emotion import EmotionLane, lane_height
from cxdocs.diagrams.journey_evidence import evidence_legend
from cxdocs.diagrams.journey_marks import JourneyMarks
from cxdocs.diagrams.persona_card import has_card, persona_card
from cxdocs.diagrams.related import Related
from cxdocs.diagrams.scene import Box, Diagram, Region, Row, paragraph
from cxdocs.i18n import catalog as i18n

LABEL_W = 118  # the lane label column
SCALE_W = 34  # between the labels and the first step: the emotion scale
PITCH = 160  # column to column: a 10pt gutter between cells
LANE_GAP = 6
CELL_INSET = 4  # cells sit this far inside their lane's band
MIN_LANE = 40
MIN_WIDTH = 640
Lane = tuple[str, list[list[Row]], int]  # label key, each column's rows, height


class _Layout(Sheet):
    """Stacks the parts of the diagram top to bottom with a running `y`."""

    def __init__(
        self,
        journey: Journey,
        settings: Settings,
        link_base: str,
        highlight: JourneyHighlight | None = None,
        persona_name: str | None = None,
        related: Related | None = None,
        lanes: Collection[str] | None = None,
        numbers: Mapping[str, int] | None = None,
        card: bool = True,
    ) -> None:
        # Which lanes to draw (slides split a tall map); by label key, "emotion" for the curve.
        self.shown = None if lanes is None else frozenset(lanes)
        self.card = card
        self.journey = journey
        self.related = related or Related()
        persona = self.related.persona
        self.persona_name = persona.name if persona else persona_name or journey.persona
        self.link_base = link_base
        self.settings = settings
        self.loc = settings.locale
        self.banner = highlight
        # A new journey is drawn plainly under its banner: everything in it is new.
        self.marks = JourneyMarks(highlight, self.loc) if highlight and not highlight.new else None
        # What is drawn: HEAD, with removed stages and steps put back in their place.
        self.drawn = merged_journey(journey, self.marks.hl) if self.marks else journey
        # Removed steps keep their old number; the others are numbered as in HEAD.
        removed = {r.step.id: r.number for r in self.marks.hl.removed_steps} if self.marks else {}
        self.columns: list[Column] = []
        number = 0
        for stage in self.drawn.stages:
            for step in stage.steps:
                index = len(self.columns)
                if step.id in removed:
                    self.columns.append(Column(index, step, removed[step.id], True))
                else:
                    number += 1
                    # A slide shows part of a journey: its steps keep the whole map's numbers.
                    shown = numbers.get(step.id, number) if numbers else number
                    self.columns.append(Column(index, step, shown))
        self.actions_top = 0
        self.emotion_span: tuple[int, int] | None = None
        self.x0 = MARGIN + LABEL_W + SCALE_W
        self.grid_w = len(self.columns) * PITCH - (PITCH - CELL_W)
        super().__init__(max(self.x0 + self.grid_w + MARGIN, MIN_WIDTH))
        self.tags: list[Box] = []

    def shows(self, key: str) -> bool:
        return self.shown is None or key in self.shown

    def col_x(self, index: int) -> int:
        return self.x0 + index * PITCH

    def tooltip(self, col: Column) -> str:
        """Every mark in a step's column links to the step's details, with this tooltip."""
        return f"{col.heading(self.loc)}: {col.step.action}"

    def link(self, col: Column) -> str | None:
        # A removed step has no details on the page any more.
        return None if col.removed else f"{self.link_base}#step-{col.step.id}"

    def heading(self) -> None:
        journey, loc, inner_w = self.journey, self.loc, self.width - 2 * MARGIN
        if journey.state == "future":
            text = i18n.label(loc, "diagram.future_state").upper()
            if journey.improves:
                name = self.related.improves or journey.improves
                improves = i18n.label(loc, "diagram.improves", journey=name)
                text += "  \u00b7  " + improves
            self.stack(banner("banner", text, MARGIN, self.y, inner_w, st.FUTURE))
        if self.banner:
            hl = self.banner
            self.stack(
                marks.change_banner("diff-banner", loc, hl.base, hl.new, MARGIN, self.y, inner_w)
            )
        persona = i18n.label(loc, "journey.persona", persona=self.persona_name)
        subtitle = f"{persona} \u00b7 {cells.facts(journey, loc)}"
        title = title_block("title", journey.title, subtitle, MARGIN, self.y, inner_w)
        self.boxes.append(title)
        self.y += title.h + 6
        rows = cells.header(journey, loc, inner_w, focus=self.card, changed=self.related.changed)
        height = sum(r.height for r in rows)
        self.boxes.append(
            Box(key="header", x=MARGIN, y=self.y, w=inner_w, h=height, rows=tuple(rows), padding=0)
        )
        self.y += height + 12
        if self.card and has_card(journey, self.related.persona):
            card, boxes = persona_card(
                "persona",
                journey,
                self.related.persona,
                self.persona_name,
                loc,
                MARGIN,
                self.y,
                inner_w,
                self.related.picture,
            )
            self.regions.append(card)
            self.boxes += boxes
            self.y += card.h + 14

    def stage_bands(self) -> None:
        stages = self.drawn.stages
        spans = [len(stage.steps) * PITCH - (PITCH - CELL_W) for stage in stages]
        texts = [
            paragraph(stage.name, span - 16, st.HEADING, align="center")
            for stage, span in zip(stages, spans, strict=True)
        ]
        band_h = max(sum(r.height for r in rows) for rows in texts) + 12
        first = 0
        for si, stage in enumerate(stages):
            band = Box(
                key=f"stage-{si}",
                x=self.col_x(first),
                y=self.y,
                w=spans[si],
                h=band_h,
                rows=tuple(texts[si]),
                fill=st.STAGE_FILLS[si % 2],
                rounded=True,
                valign="middle",
                link=f"{self.link_base}#stage-{stage.id}",
                tooltip=stage.name,
            )
            if self.marks:
                band, tag = self.marks.band(band, stage.id)
                self.tags += [tag] if tag else []
            self.boxes.append(band)
            first += len(stage.steps)
        self.y += band_h + LANE_GAP

    def lane_band(self, key: str, name: str, height: int) -> None:
        """The lane's background band and its label on the left."""
        self.regions.append(
            Region(
                self.x0 - 5,
                self.y,
                self.grid_w + 10,
                height,
                st.LANE_FILL,
                rounded=True,
                css_class=f"cx-lane cx-lane-{key.rsplit('.', 1)[-1]}",
            )
        )
        self.boxes.append(lane_label(f"{key}-label", name, MARGIN, self.y, LABEL_W, height))

    def measure(self, key: str, make: CellRows) -> Lane | None:
        """A text lane's cells and height (every lane is as tall as its tallest cell)."""
        lane = key.rsplit(".", 1)[1]
        contents = [make(col) for col in self.columns]
        if self.marks:
            contents = [
                self.marks.rows(lane, c, rows)
                for c, rows in zip(self.columns, contents, strict=True)
            ]
        if not any(contents):
            return None
        tallest = max(sum(r.height for r in rows) for rows in contents)
        height = max(
            MIN_LANE,
            tallest + 2 * CELL_PAD + 4 + 2 * CELL_INSET,
            lane_label_height(i18n.label(self.loc, key), LABEL_W),
        )
        return key, contents, height

    def text_lane(self, measured: Lane) -> None:
        key, contents, height = measured
        lane = key.rsplit(".", 1)[1]
        self.lane_band(key, i18n.label(self.loc, key), height)
        if lane == "actions":
            self.actions_top = self.y
        for col, rows in zip(self.columns, contents, strict=True):
            if not rows:  # an empty cell: the lane's band shows through
                continue
            moment = lane == "actions" and col.step.moment_of_truth
            look = marks.Look(st.WHITE, st.GOLD if moment else st.CARD_BORDER, 2 if moment else 1)
            if self.marks:
                look = self.marks.look(lane, col, look)
            self.boxes.append(
                Box(
                    key=f"{key}-{col.index}",
                    x=self.col_x(col.index),
                    y=self.y + CELL_INSET,
                    w=CELL_W,
                    h=height - 2 * CELL_INSET,
                    rows=tuple(rows),
                    fill=look.fill,
                    stroke=look.stroke,
                    stroke_width=look.stroke_width,
                    dashed=look.dashed,
                    rounded=True,
                    padding=CELL_PAD,
                    link=self.link(col),
                    tooltip=self.tooltip(col),
                    css_class=look.css_class,
                )
            )
        self.y += height + LANE_GAP

    def emotion_lane(self, height: int) -> None:
        top = self.y
        self.lane_band("emotion", i18n.label(self.loc, "journey.lane.emotion"), height)
        lane = EmotionLane(
            columns=self.columns,
            top=top,
            height=height,
            x0=self.x0,
            grid_w=self.grid_w,
            loc=self.loc,
            col_x=self.col_x,
            link=self.link,
            tooltip=self.tooltip,
            marks=self.marks,
            current=self.related.current if self.journey.state == "future" else None,
            evidence=self.related.evidence,
        )
        lane.draw(MARGIN + LABEL_W + 4, SCALE_W - 10)
        self.regions += lane.regions
        self.lines += lane.lines
        self.boxes += lane.boxes
        self.emotion_span = (top, top + height)
        self.y += height + LANE_GAP

    def moments(self, grid_top: int) -> None:
        """A gold column behind each moment of truth, through every lane."""
        bottom = self.y - LANE_GAP
        if self.marks:  # new steps stand out as a green column, under any gold one
            for col in self.columns:
                if self.marks.mark(col) == "added":
                    x, height = self.col_x(col.index) - 5, bottom - grid_top + 6
                    green = Region(x, grid_top - 3, CELL_W + 10, height, st.ADDED_TINT, st.ADDED)
                    self.regions.append(replace(green, rounded=True))
        # Above the emotion lane only: there the marker's gold ring says it, and
        # the lanes below stay plain, so the column never outweighs the curve.
        end = self.emotion_span[0] - 2 if self.emotion_span else bottom + 2
        for col in self.columns:
            if col.step.moment_of_truth and not col.removed and end - grid_top > 4:
                x = self.col_x(col.index) - 4
                self.regions.append(
                    Region(
                        x,
                        grid_top - 2,
                        CELL_W + 8,
                        end - grid_top + 2,
                        st.GOLD_TINT,
                        "#f3d27a",
                        1,
                        True,
                    )
                )

    def legend(self, emotion: bool, lanes: list[str]) -> None:
        items = cells.legend(self.journey, self.loc, emotion)
        if emotion and self.related.evidence is not None:
            items += evidence_legend(self.loc)
        current = emotion and self.related.current is not None and not self.marks
        items += work.legend(self.loc, current and self.journey.state == "future", lanes)
        top = self.y + 8
        boxes = legend_row("legend", items, MARGIN, top, self.width - MARGIN)
        self.boxes += boxes
        self.y = top + legend_height(boxes, top)
        if self.marks and self.marks.legend_kinds():
            top, base, kinds = self.y + 8, self.marks.hl.base, self.marks.legend_kinds()
            legend = marks.change_legend(self.loc, base, kinds, MARGIN, top, self.width - MARGIN)
            self.boxes += legend.boxes
            self.lines += legend.lines
            self.y = legend.bottom

    def step_tags(self) -> None:
        """A tag on the top right corner of each marked step's action cell."""
        if not self.marks:
            return
        for col in self.columns:
            kind = self.marks.tag(col)
            if kind is not None:
                right = self.col_x(col.index) + CELL_W - 8
                top = self.actions_top + CELL_INSET - 7
                self.tags.append(marks.tag(f"tag-{col.index}", self.loc, kind, right, top))

    def diagram(self) -> Diagram:
        self.heading()
        self.stage_bands()
        grid_top = self.y
        above, below = work.lanes(self.loc, self.settings, self.journey)
        measured_above = [self.measure(k, m) for k, m in above if self.shows(k)]
        measured_below = [self.measure(k, m) for k, m in below if self.shows(k)]
        shown_above = [lane for lane in measured_above if lane]
        shown_below = [lane for lane in measured_below if lane]
        for lane in shown_above:
            self.text_lane(lane)
        emotion = any(s.emotion is not None for s in self.journey.steps) and self.shows("emotion")
        if emotion:
            tallest = max((h for _, _, h in shown_above + shown_below), default=0)
            self.emotion_lane(lane_height(self.columns, tallest, slide=not self.card))
        for lane in shown_below:
            self.text_lane(lane)
        self.moments(grid_top)
        self.step_tags()
        self.boxes += self.tags  # last: tags sit on top of the boxes they mark
        self.legend(emotion, [key for key, _, _ in shown_above + shown_below])
        summary = cells.summary(
            self.journey,
            self.loc,
            self.persona_name,
            self.related.improves or self.journey.improves,
        )
        if self.banner and self.banner.new:
            summary += " " + i18n.label(self.loc, "diff.summary.added", base=self.banner.base)
        elif self.marks:
            summary += " " + self.marks.summary(self.columns)
        return self.finish(i18n.label(self.loc, "journey.title", title=self.journey.title), summary)


def journey_diagram(
    journey: Journey,
    settings: Settings,
    *,
    link_base: str = "",
    highlight: JourneyHighlight | None = None,
    persona_name: str | None = None,
    related: Related | None = None,
    lanes: Collection[str] | None = None,
    numbers: Mapping[str, int] | None = None,
    card: bool = True,
) -> Diagram:
    """Lay out `journey` as a swimlane diagram (see the module docstring).

    Steps and stages link to `#step-<id>` and `#stage-<id>` on the journey's
    page; where the diagram is shown on another page, `link_base` (the
    journey page's URL) goes in front. With a `highlight`, the map shows what
    changed since another revision (see `highlight.py`); without one it is
    exactly the plain map. `related` names the persona and the improved journey
    (otherwise `persona_name`, then the ids, are shown). Slides draw part of a
    journey: `lanes` (label keys, "emotion") limits the lanes, `numbers` gives
    steps their numbers on the whole map, and `card=False` leaves out the
    persona card and lets the emotion lane be shorter (still the tallest).
    """
    layout = _Layout(
        journey, settings, link_base, highlight, persona_name, related, lanes, numbers, card
    )
    return layout.diagram()
