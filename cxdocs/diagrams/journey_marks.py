"""A `JourneyHighlight` on the journey map: which cell gets which mark, and how.

`journey.py` lays out the grid as always and asks this module, cell by cell,
how a step that was added, removed or changed should look: added steps get a
green outline on a green column, removed ones are ghosted (grey, dashed,
struck through) where they were, and changed steps get an amber outline on the
cells whose content changed, with removed pain points and opportunities still
shown, struck through. An emotion score that changed leaves a hollow point at
its old height.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from cxdocs.diagrams import marks
from cxdocs.diagrams import style as st
from cxdocs.diagrams.highlight import JourneyHighlight, Mark, StepChange
from cxdocs.diagrams.journey_cells import BADGE_W, PARAGRAPH_GAP, TEXT_W, Column
from cxdocs.diagrams.scene import Box, Line, Row, spacer
from cxdocs.i18n import catalog as i18n
from cxdocs.i18n import numbers

# Which lane shows each step field of the change model; fields the map does
# not show (metrics, evidence, narrative) mark the step's action cell.
FIELD_LANES = {
    "channel": "channel",
    "touchpoint": "channel",
    "actors": "channel",
    "thinks": "thinks_feels",
    "feels": "thinks_feels",
    "pain_points": "pain_points",
    "pain_point_severity": "pain_points",
    "opportunities": "opportunities",
    "emotion": "emotion",
}


@dataclass
class EmotionMarks:
    boxes: list[Box]
    lines: list[Line]


class JourneyMarks:
    """Answers the layout's questions about one highlight."""

    def __init__(self, highlight: JourneyHighlight, loc: str) -> None:
        self.hl = highlight
        self.loc = loc

    def mark(self, col: Column) -> Mark | None:
        return self.hl.step_mark(col.step.id)

    def change(self, col: Column) -> StepChange:
        return self.hl.changed_steps.get(col.step.id, StepChange())

    def changed_lanes(self, col: Column) -> set[str]:
        change = self.change(col)
        lanes = {FIELD_LANES.get(f, "actions") for f in change.fields}
        if change.moved_from is not None:
            lanes.add("actions")
        if col.step.id in self.hl.emotion_before:
            lanes.add("emotion")
        return lanes

    def rows(self, lane: str, col: Column, rows: list[Row]) -> list[Row]:
        """The cell's rows with what the highlight adds: ghosting, notes, struck items."""
        mark = self.mark(col)
        if mark == "removed" and lane == "actions":  # "Was step 3", then the action struck
            return marks.ghost_rows(rows[:1]) + marks.ghost_rows(rows[1:], strike=True)
        if mark == "removed":
            return marks.ghost_rows(rows)
        if mark != "changed":
            return rows
        change = self.change(col)
        if lane == "actions":
            notes = [row for text in change.notes for row in marks.note(text, TEXT_W)]
            if change.moved_from is not None:
                text = (
                    i18n.label(self.loc, "diff.moved_from", place=change.moved_from)
                    if change.moved_from
                    else i18n.label(self.loc, "diff.reordered")
                )
                return [*rows[:1], *marks.note(text, TEXT_W), *rows[1:], *notes]
            return [*rows, *notes]
        gone: list[list[Row]] = []
        if lane == "pain_points":
            gone = [marks.struck(t, TEXT_W - BADGE_W, "\u25cf") for t in change.removed_pain_points]
        elif lane == "opportunities":
            gone = [marks.struck(t, TEXT_W - BADGE_W, "+") for t in change.removed_opportunities]
        for block in gone:
            if rows:
                rows = [*rows, spacer(PARAGRAPH_GAP)]
            rows = [*rows, *block]
        return rows

    def look(self, lane: str, col: Column, plain: marks.Look) -> marks.Look:
        mark = self.mark(col)
        if mark in ("removed", "added") or (mark and lane in self.changed_lanes(col)):
            return marks.marked_look(mark, plain)
        return plain

    def band(self, band: Box, stage_id: str) -> tuple[Box, Box | None]:
        """A stage band as the highlight marks it, and its tag for the top edge."""
        mark = self.hl.stage_mark(stage_id)
        if mark is None:
            return band, None
        plain = marks.Look(band.fill or st.WHITE, st.NAVY, 1)
        look = marks.marked_look(mark, plain, added_fill=st.ADDED_TINT)
        rows = marks.ghost_rows(list(band.rows), strike=True) if mark == "removed" else band.rows
        marked = replace(
            band,
            rows=tuple(rows),
            fill=look.fill,
            stroke=look.stroke,
            stroke_width=look.stroke_width,
            # The border takes its width from the padding, so the text keeps its room.
            padding=band.padding - look.stroke_width,
            dashed=look.dashed,
            link=None if mark == "removed" else band.link,
            css_class=look.css_class,
        )
        right = band.x + band.w - 8
        return marked, marks.tag(f"{band.key}-tag", self.loc, mark, right, band.y - 7)

    def tag(self, col: Column) -> marks.Tag | None:
        mark = self.mark(col)
        if mark == "changed" and self.change(col).moved_from is not None:
            return "moved"
        return mark

    def emotion(self, col: Column, cx: float, y_of: dict[int, float], key: str) -> EmotionMarks:
        """The hollow point at the old score, its "was" label and an arrow to the new one."""
        out = EmotionMarks([], [])
        step = col.step
        if self.mark(col) == "removed":
            if step.emotion is not None:
                text = numbers.score(step.emotion, self.loc, decimals=0)
                out.boxes.append(
                    marks.was_marker(f"{key}-ghost", cx, y_of[step.emotion], st.REMOVED, text)
                )
            return out
        if step.id not in self.hl.emotion_before:
            return out
        old = self.hl.emotion_before[step.id]
        if old is None:
            y = y_of[step.emotion] + 12 if step.emotion is not None else y_of[0] + 10
            text = i18n.label(self.loc, "diff.was_unscored")
            out.boxes.append(
                marks.label_box(
                    f"{key}-was", text, round(cx) - 30, round(y), st.CHANGED_TEXT, "cx-was"
                )
            )
            return out
        oy = y_of[old]
        color = st.emotion_color(old)
        score = numbers.score(old, self.loc, decimals=0)
        out.boxes.append(marks.was_marker(f"{key}-ghost", cx, oy, color, score))
        text = i18n.label(self.loc, "diff.was", value=score)
        x = round(cx + marks.GHOST_MARKER / 2 + 3)
        out.boxes.append(
            marks.label_box(f"{key}-was", text, x, round(oy) - 6, st.INK_SOFT, "cx-was")
        )
        if step.emotion is not None:
            ny = y_of[step.emotion]
            down = 1 if ny > oy else -1
            start, end = oy + down * (marks.GHOST_MARKER / 2 + 1), ny - down * 11
            if abs(end - start) >= 9:  # room for an arrowhead
                out.lines.append(
                    Line(((cx, start), (cx, end)), (st.INK_SOFT,), 1.2, "dashed", arrow=True)
                )
        return out

    def legend_kinds(self) -> list[marks.LegendKind]:
        hl = self.hl
        moved = {i for i, c in hl.changed_steps.items() if c.moved_from is not None}
        changed = set(hl.changed_steps) - moved | set(hl.emotion_before)
        kinds: list[marks.LegendKind] = []
        if hl.added_steps or hl.added_stages:
            kinds.append("added")
        if hl.removed_steps or hl.removed_stages:
            kinds.append("removed")
        if changed or hl.renamed_stages:
            kinds.append("changed")
        if moved:
            kinds.append("moved")
        if any(v is not None for v in hl.emotion_before.values()):
            kinds.append("was")
        return kinds

    def summary(self, columns: list[Column]) -> str:
        counts = {"added": 0, "removed": 0, "changed": 0}
        for col in columns:
            mark = self.mark(col)
            if mark is not None:
                counts[mark] += 1
        return i18n.label(self.loc, "diff.summary.journey", base=self.hl.base, **counts)
