"""A `BlueprintHighlight` on the service blueprint: items, phases and arrows marked.

`blueprint.py` lays the blueprint out as always, over the phases and items
`highlight.merged_phases` returns (HEAD's, with removed ones put back), and
asks this module how each marked one looks. Tags are strips inside the boxes,
not stickers on their corners: in a blueprint every box is an obstacle that
Graphviz routes arrows around, and boxes that overlap stop it routing at all.
"""

from __future__ import annotations

from cxdocs.diagrams import marks
from cxdocs.diagrams import style as st
from cxdocs.diagrams.highlight import BlueprintHighlight, DrawnItem, DrawnPhase, Mark
from cxdocs.diagrams.scene import Box, Connector, Row, spacer
from cxdocs.i18n import catalog as i18n

BADGE_ROOM = 18  # a fail point's or wait's tag, left of its text (blueprint.BADGE_W + 2)


class BlueprintMarks:
    """Answers the layout's questions about one highlight."""

    def __init__(self, highlight: BlueprintHighlight, loc: str) -> None:
        self.hl = highlight
        self.loc = loc

    def tag(self, drawn: DrawnItem) -> marks.Tag | None:
        if drawn.mark == "changed" and drawn.change and drawn.change.moved_from:
            return "moved"
        return drawn.mark

    def rows(
        self, drawn: DrawnItem, rows: list[Row], phase: str, lane: str, width: float
    ) -> list[Row]:
        """The item's rows under its tag strip: ghosted, or with what moved or went."""
        kind = self.tag(drawn)
        if kind is None:
            return rows
        if kind == "removed":
            rows = marks.ghost_rows(rows, strike=True)
        change = drawn.change
        if change is not None and change.moved_from is not None:
            moved = marks.note(self.moved_from(change.moved_from, phase, lane), width)
            rows = [*moved, spacer(2), *rows]
        if change is not None:
            # A fail point or wait that is gone stays visible, struck through,
            # after its grey tag.
            fail = i18n.label(self.loc, "blueprint.fail_point")
            gone = [
                ("fail", (change.fail_before or fail) if change.fail_before is not None else None),
                ("wait", change.wait_before),
            ]
            for badge, text in gone:
                if text is not None:
                    tag = i18n.label(self.loc, f"blueprint.badge.{badge}")
                    rows = [*rows, spacer(4), *marks.struck(text, width - BADGE_ROOM, tag)]
        return [*marks.strip(self.loc, kind, width), *rows]

    def moved_from(self, where: tuple[str, str], phase: str, lane: str) -> str:
        old_phase, old_lane = where
        lane_name = i18n.label(self.loc, f"blueprint.lane.{old_lane}")
        if old_phase == phase:
            place = lane_name
        elif old_lane == lane:
            place = old_phase
        else:
            place = f"{old_phase} / {lane_name}"
        return i18n.label(self.loc, "diff.moved_from", place=place)

    def look(self, drawn: DrawnItem, plain: marks.Look) -> marks.Look:
        if drawn.mark is None:
            return plain
        return marks.marked_look(drawn.mark, plain, added_fill=st.ADDED_TINT)

    def header_rows(self, phase_id: str, rows: list[Row]) -> list[Row]:
        """A marked phase's name (ghosted if removed) and its tag's word under it."""
        mark: Mark | None = self.hl.phase_mark(phase_id)
        if mark is None:
            return rows
        if mark == "removed":
            rows = marks.ghost_rows(rows, strike=True)
        word = i18n.label(self.loc, f"diff.tag.{mark}")
        return [*rows, Row(word, 11, marks.TAG_TEXT[mark], align="center")]

    def header(self, box: Box, phase_id: str) -> Box:
        """A phase header as the highlight marks it: its border and fill."""
        mark: Mark | None = self.hl.phase_mark(phase_id)
        if mark is None:
            return box
        plain = marks.Look(box.fill or st.WHITE, st.NAVY, 1)
        look = marks.marked_look(mark, plain, added_fill=st.ADDED_TINT)
        return Box(
            key=box.key,
            x=box.x,
            y=box.y,
            w=box.w,
            h=box.h,
            rows=box.rows,
            fill=look.fill,
            stroke=look.stroke,
            stroke_width=look.stroke_width,
            dashed=look.dashed,
            rounded=True,
            # The border takes its width from the padding, so the text keeps its room.
            padding=box.padding - look.stroke_width,
            valign="middle",
            css_class=look.css_class,
        )

    def connectors(self, plain: list[Connector], keys: set[str]) -> list[Connector]:
        """HEAD's arrows, new ones green; then removed ones, dashed grey, where they were."""
        out: list[Connector] = []
        for conn in plain:
            arrow = (conn.source.removeprefix("item:"), conn.target.removeprefix("item:"))
            if arrow in self.hl.added_arrows:
                conn = Connector(conn.source, conn.target, st.ADDED, 1.8, css_class="cx-added")
            out.append(conn)
        for source, target in sorted(self.hl.removed_arrows):
            ends = (f"item:{source}", f"item:{target}")
            if ends[0] in keys and ends[1] in keys:
                out.append(Connector(*ends, st.REMOVED, 1.2, "dashed", "cx-removed"))
        return out

    def legend_kinds(
        self, drawn: list[DrawnPhase], connectors: list[Connector]
    ) -> list[marks.LegendKind]:
        items = [d for _, lanes in drawn for stack in lanes.values() for d in stack]
        tags = {self.tag(d) for d in items}
        hl = self.hl
        kinds: list[marks.LegendKind] = []
        if "added" in tags or hl.added_phases:
            kinds.append("added")
        if "removed" in tags or hl.removed_phases:
            kinds.append("removed")
        if "changed" in tags or hl.renamed_phases:
            kinds.append("changed")
        if "moved" in tags:
            kinds.append("moved")
        if any(c.css_class == "cx-added" for c in connectors):
            kinds.append("arrow_added")
        if any(c.css_class == "cx-removed" for c in connectors):
            kinds.append("arrow_removed")
        return kinds

    def summary(self, drawn: list[DrawnPhase]) -> str:
        counts = {"added": 0, "removed": 0, "changed": 0}
        for _, lanes in drawn:
            for stack in lanes.values():
                for item in stack:
                    if item.mark is not None:
                        counts[item.mark] += 1
        return i18n.label(self.loc, "diff.summary.blueprint", base=self.hl.base, **counts)
