"""The emotion lane of a journey map: the curve people read first, drawn as the map's hero.

It is the tallest lane of the map: a solid zero line, the negative half tinted
red, a thick line between the markers, and the feeling words (`feels`) at the
curve's peaks (above the marker) and valleys (below it). On a future-state map
the current state's curve runs faintly behind, and a chip beside each marker
says how the step changed ("+3"), or that it is new; a step only the current
state has is a hollow ring on the faint curve, between its neighbours.
Moments of truth get a gold ring here; their gold column stops at this lane
(see `journey.py`) so it never covers the curve.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from cxdocs.content.model import Journey, Step
from cxdocs.diagrams import style as st
from cxdocs.diagrams.journey_cells import CELL_W, Column
from cxdocs.diagrams.journey_evidence import evidence_mark
from cxdocs.diagrams.journey_marks import JourneyMarks
from cxdocs.diagrams.scene import Box, Line, Region, Row, TextStyle, paragraph
from cxdocs.diagrams.text import text_width
from cxdocs.i18n import catalog as i18n
from cxdocs.i18n import numbers

PITCH = CELL_W + 10  # column to column, as in `journey.py`
MARKER = 28  # emotion marker diameter: room for an 11pt signed digit
CURVE_W = 5.0  # the line: readable from across a room on a printed map
GHOST_W = 2.5
GHOST_DOT = 10
MIN_SPACING = 34  # between two levels of the -2..+2 scale
MIN_HEIGHT = 200
SLIDE_HEIGHT = 140  # the least height on a slide, where every point of height counts
SLIDE_SPACING = 22
TALLER_BY = 16  # than the tallest other lane: the curve is always the biggest lane
WORD_W = CELL_W - 10
WORD = TextStyle(size=9.5, bold=True, italic=True, color=st.INK_SOFT)
CHIP = TextStyle(size=9, bold=True, color=st.NAVY)
CHIP_H = 16
NEGATIVE_TINT = "#fbeaea"
GHOST = st.GHOST
LEVELS = range(-2, 3)


def _scored(columns: list[Column]) -> list[tuple[Column, int]]:
    return [(c, c.step.emotion) for c in columns if c.step.emotion is not None and not c.removed]


def turning_points(columns: list[Column]) -> dict[int, str]:
    """Column index -> "peak" or "valley", where the curve turns (or starts or ends).

    A plateau is named once, at its first step. Unscored steps break the curve,
    so the steps either side of a gap are compared with their own side only.
    """
    points: dict[int, str] = {}
    scored = _scored(columns)
    for i, (col, score) in enumerate(scored):
        before = scored[i - 1][1] if i and scored[i - 1][0].index == col.index - 1 else None
        after = (
            scored[i + 1][1]
            if i + 1 < len(scored) and scored[i + 1][0].index == col.index + 1
            else None
        )
        peak = (before is None or score > before) and (after is None or score >= after)
        valley = (before is None or score < before) and (after is None or score <= after)
        if peak and valley:  # alone, or the very start of a flat run: by its side of zero
            points[col.index] = "peak" if score >= 0 else "valley"
        elif peak or valley:
            points[col.index] = "peak" if peak else "valley"
    return points


def _words(col: Column) -> list[Row]:
    return paragraph(col.step.feels or "", WORD_W, WORD, align="center", line_height=12)


def _insets(columns: list[Column]) -> tuple[int, int]:
    """Room above +2 and below -2 for the markers and the feeling words there."""
    top = bottom = MARKER // 2 + 8
    for index, kind in turning_points(columns).items():
        col = columns[index]
        if not col.step.feels:
            continue
        need = MARKER // 2 + 6 + sum(r.height for r in _words(col))
        if kind == "peak":
            top = max(top, need)
        else:
            bottom = max(bottom, need)
    return top, bottom


def lane_height(columns: list[Column], tallest_other: int, slide: bool = False) -> int:
    """The lane's height: room for the scale and the words, taller than any other lane;
    less on a slide, short of height, where the scale's levels also sit closer."""
    top, bottom = _insets(columns)
    least, spacing = (SLIDE_HEIGHT, SLIDE_SPACING) if slide else (MIN_HEIGHT, MIN_SPACING)
    return max(least, top + bottom + 4 * spacing, tallest_other + TALLER_BY)


@dataclass
class EmotionLane:
    """Draws the lane's contents; `journey.py` draws its band and label."""

    columns: list[Column]
    top: int
    height: int
    x0: int
    grid_w: int
    loc: str
    col_x: Callable[[int], int]
    link: Callable[[Column], str | None]
    tooltip: Callable[[Column], str]
    marks: JourneyMarks | None = None
    current: Journey | None = None  # a future-state map: the journey it improves
    evidence: Mapping[str, int] | None = None  # step id -> citations (None: no research)
    boxes: list[Box] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)
    regions: list[Region] = field(default_factory=list)

    def __post_init__(self) -> None:
        inset_top, inset_bottom = _insets(self.columns)
        spacing = (self.height - inset_top - inset_bottom) / 4
        self.y_of = {level: self.top + inset_top + (2 - level) * spacing for level in LEVELS}

    def cx(self, col: Column) -> float:
        return self.col_x(col.index) + CELL_W / 2

    def draw(self, scale_x: int, scale_w: int) -> None:
        self.background(scale_x, scale_w)
        if self.current is not None and self.marks is None:
            self.current_curve()
        self.curve()
        self.words()

    def background(self, scale_x: int, scale_w: int) -> None:
        """The tinted negative half, the scale's lines and their signed digits."""
        zero, bottom = self.y_of[0], self.top + self.height
        self.regions.append(
            Region(
                self.x0 - 5,
                round(zero),
                self.grid_w + 10,
                bottom - round(zero),
                NEGATIVE_TINT,
                css_class="cx-negative-zone",
            )
        )
        for level in LEVELS:
            y = self.y_of[level]
            is_zero = level == 0
            self.lines.append(
                Line(
                    ((self.x0, y), (self.x0 + self.grid_w, y)),
                    ("#7b8794" if is_zero else "#dde3e9",),
                    width=1.6 if is_zero else 0.8,
                    style="solid" if is_zero else "dashed",
                )
            )
            text_style = TextStyle(size=9, bold=True, color=st.emotion_ink(level))
            self.boxes.append(
                Box(
                    key=f"scale{level}",
                    x=scale_x,
                    y=round(y) - 7,
                    w=scale_w,
                    h=14,
                    padding=0,
                    valign="middle",
                    rows=(Row(numbers.score(level, self.loc, decimals=0), 12, text_style),),
                )
            )

    def curve(self) -> None:
        previous: tuple[float, float, int] | None = None
        for col in self.columns:
            cx, score = self.cx(col), col.step.emotion
            if self.marks:
                # Behind the real marker; a removed step's curve is not HEAD's curve.
                extra = self.marks.emotion(col, cx, self.y_of, f"emotion-{col.index}")
                self.boxes += extra.boxes
                self.lines += extra.lines
                if col.removed:
                    continue
            if score is None:
                # A gap in the curve, not a fake zero: say so on the zero line.
                previous = None
                self.boxes.append(self._no_score(col, cx, self.y_of[0]))
                continue
            cy = self.y_of[score]
            if previous is not None:
                px, py, before = previous
                colors = st.gradient(st.emotion_color(before), st.emotion_color(score), 6)
                self.lines.append(Line(((px, py), (cx, cy)), colors, width=CURVE_W))
            previous = (cx, cy, score)
            if col.step.moment_of_truth:
                ring = MARKER + 10
                self.boxes.append(
                    Box(
                        key=f"moment-ring-{col.index}",
                        x=round(cx - ring / 2),
                        y=round(cy - ring / 2),
                        w=ring,
                        h=ring,
                        shape="ellipse",
                        fill=st.GOLD_TINT,
                        stroke=st.GOLD,
                        stroke_width=2,
                        css_class="cx-moment-ring",
                    )
                )
            self.boxes.append(self._marker(col, cx, cy, score))
            if self.evidence is not None:
                count = self.evidence.get(col.step.id, 0)
                self.boxes.append(evidence_mark(col.index, count, cx, cy, MARKER, self.loc))
            self._change_chip(col, cx, cy)

    def _marker(self, col: Column, cx: float, cy: float, score: int) -> Box:
        text_style = TextStyle(size=11, bold=True, color=st.EMOTION_TEXT[score])
        return Box(
            key=f"emotion-{col.index}",
            x=round(cx - MARKER / 2),
            y=round(cy - MARKER / 2),
            w=MARKER,
            h=MARKER,
            shape="ellipse",
            padding=0,
            fill=st.emotion_color(score),
            stroke=st.WHITE,
            stroke_width=2,
            rows=(Row(numbers.score(score, self.loc, decimals=0), 14, text_style),),
            link=self.link(col),
            tooltip=self.tooltip(col),
        )

    def _no_score(self, col: Column, cx: float, cy: float) -> Box:
        text_style = TextStyle(size=9, italic=True, color=st.MUTED)
        text = i18n.label(self.loc, "journey.no_score")
        return Box(
            key=f"noscore-{col.index}",
            x=round(cx) - 32,
            y=round(cy) - 8,
            w=64,
            h=16,
            padding=0,
            fill=st.LANE_FILL,
            valign="middle",
            rows=(Row(text, 12, text_style, align="center"),),
        )

    def words(self) -> None:
        """The feeling words at the peaks (above) and valleys (below)."""
        for index, kind in sorted(turning_points(self.columns).items()):
            col = self.columns[index]
            if not col.step.feels or col.step.emotion is None:
                continue
            rows = _words(col)
            h = sum(r.height for r in rows)
            cy = self.y_of[col.step.emotion]
            y = cy - MARKER / 2 - 4 - h if kind == "peak" else cy + MARKER / 2 + 4
            self.boxes.append(
                Box(
                    key=f"feels-{col.index}",
                    x=round(self.cx(col) - WORD_W / 2),
                    y=round(y),
                    w=WORD_W,
                    h=h,
                    padding=0,
                    rows=tuple(rows),
                    css_class=f"cx-feels cx-{kind}",
                )
            )

    # --- the current state behind a future-state map ----------------------------

    def _current_scores(self) -> dict[str, int | None]:
        assert self.current is not None
        return {s.id: s.emotion for s in self.current.steps}

    def current_curve(self) -> None:
        """The current state's curve, faint and dashed, at the matching steps' columns.

        A step only the current state has sits half a column after the step
        before it (in the current order) that both have, as a hollow ring.
        """
        assert self.current is not None
        at = {col.step.id: self.cx(col) for col in self.columns}
        # Runs of steps only the current state has share the gap after the
        # last step both have, evenly spaced.
        runs: list[tuple[float, list[Step]]] = [(self.x0, [])]
        points: list[tuple[float, float, bool]] = []  # x, y (-1: unscored), only in current
        for step in self.current.steps:
            if step.id in at:
                runs.append((at[step.id], [step]))
            else:
                runs[-1][1].append(step)
        for x, steps in runs:
            shared = bool(steps) and steps[0].id in at
            extra = steps[1:] if shared else steps
            if shared:
                points.append((x, self._y(steps[0]), False))
            # Before the first shared step, they share the room left of the first column.
            room = PITCH if shared else CELL_W / 2
            for n, step in enumerate(extra, 1):
                points.append((x + room * n / (len(extra) + 1), self._y(step), True))
        previous: tuple[float, float] | None = None
        for index, (x, y, only) in enumerate(points):
            if y < 0:
                previous = None
                continue
            if previous is not None:
                self.lines.append(Line((previous, (x, y)), (GHOST,), width=GHOST_W, style="dashed"))
            previous = (x, y)
            size = GHOST_DOT + (6 if only else 0)
            self.boxes.append(
                Box(
                    key=f"current-{index}",
                    x=round(x - size / 2),
                    y=round(y - size / 2),
                    w=size,
                    h=size,
                    shape="ellipse",
                    fill=st.WHITE,
                    stroke=GHOST,
                    stroke_width=2,
                    css_class="cx-current-only" if only else "cx-current-point",
                )
            )

    def _y(self, step: Step) -> float:
        return -1.0 if step.emotion is None else self.y_of[step.emotion]

    def _change_chip(self, col: Column, cx: float, cy: float) -> None:
        """ "+3" beside a step whose score moved from the current state; "new" on a new step."""
        if self.current is None or self.marks is not None:
            return
        before = self._current_scores()
        step = col.step
        if step.id not in before:
            text = i18n.label(self.loc, "journey.change.new")
        else:
            old = before[step.id]
            if old is None or step.emotion is None or old == step.emotion:
                return
            text = numbers.score(step.emotion - old, self.loc, decimals=0)
        w = round(text_width(text, CHIP.size, True)) + 10
        self.boxes.append(
            Box(
                key=f"change-{col.index}",
                x=round(cx + MARKER / 2 + 3),
                y=round(cy - CHIP_H / 2),
                w=w,
                h=CHIP_H,
                padding=0,
                fill=st.WHITE,
                stroke=st.NAVY_SOFT,
                rounded=True,
                valign="middle",
                rows=(Row(text, 12, CHIP, align="center"),),
                css_class="cx-change-chip",
                tooltip=i18n.label(self.loc, "journey.change.tooltip", change=text),
                link=self.link(col),
            )
        )
