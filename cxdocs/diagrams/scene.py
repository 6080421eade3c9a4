"""The engine-neutral diagram description: positioned shapes and text, nothing else.

`journey.py`, `blueprint.py` and `persona.py` turn content models into a
`Diagram`; `dot.py` turns a `Diagram` into DOT. The description holds resolved
values only (points, colours, wrapped lines of text, link targets) and no
syntax of any engine, so it could as well be drawn as raw SVG, and tests can
inspect it without Graphviz.

Coordinates are points (1/72 inch), origin at the top left, y growing
downwards; sizes are whole points because Graphviz table cells need integers.
A `Connector` carries its route when the layout computed one (blueprints do,
`routing.py`); only connectors without one are left to the engine to route.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from cxdocs.diagrams.text import wrap

Align = Literal["left", "center", "right"]
Point = tuple[float, float]


@dataclass(frozen=True)
class TextStyle:
    size: float = 10
    bold: bool = False
    italic: bool = False
    color: str = "#1f2933"
    strike: bool = False  # struck through: text that is no longer there (diff highlights)


@dataclass(frozen=True)
class Row:
    """One line of text in a box, already wrapped, with a fixed height.

    `badge` is a short glyph in a narrow column left of the text (a severity dot,
    a fail-point tag). None means the row has no badge column and the text uses
    the full width; "" keeps the column empty, to indent continuation lines.
    """

    text: str
    height: int
    style: TextStyle = TextStyle()
    align: Align = "left"
    fill: str | None = None
    badge: str | None = None
    badge_style: TextStyle = TextStyle()
    badge_fill: str | None = None


@dataclass(frozen=True)
class Box:
    """A rectangle (or ellipse) holding rows of text; the diagram's content.

    Ellipses (markers, the persona's name) centre their rows and ignore
    padding, valign and badges.
    """

    key: str  # unique in the diagram; connectors refer to it
    x: int
    y: int
    w: int
    h: int
    rows: tuple[Row, ...] = ()
    fill: str | None = None
    stroke: str | None = None
    stroke_width: int = 1
    rounded: bool = False
    dashed: bool = False
    shape: Literal["box", "ellipse", "note"] = "box"  # note: a sheet, its corner folded
    padding: int = 6
    valign: Literal["top", "middle"] = "top"
    badge_width: int = 14
    link: str | None = None
    tooltip: str | None = None
    css_class: str | None = None  # a class on the drawn shape, for styling and tests
    picture: Picture | None = None  # drawn instead of `rows`, scaled to fit inside the padding

    @property
    def content_height(self) -> int:
        return sum(row.height for row in self.rows)


@dataclass(frozen=True)
class Picture:
    """An image file drawn inside a box (a persona's photo): Graphviz reads it
    from `path` for PNG and PDF; the SVG carries it inline (`svg.finish`), so
    the drawing travels alone. `digest` (of its bytes) keys the caches."""

    path: str  # absolute
    digest: str


@dataclass(frozen=True)
class Region:
    """A background area: drawn first, never an obstacle for connectors."""

    x: int
    y: int
    w: int
    h: int
    fill: str
    stroke: str | None = None
    stroke_width: int = 1
    rounded: bool = False
    css_class: str | None = None  # a class on the drawn area, for styling and tests


@dataclass(frozen=True)
class Line:
    """A straight polyline; several colours split it into even segments."""

    points: tuple[Point, ...]
    colors: tuple[str, ...]
    width: float = 1.0
    style: Literal["solid", "dashed", "dotted"] = "solid"
    arrow: bool = False  # an arrowhead at the last point


@dataclass(frozen=True)
class Connector:
    """An arrow from one box to another, along `route` or, without one, as the engine routes it."""

    source: str
    target: str
    color: str = "#486581"
    width: float = 1.2
    style: Literal["solid", "dashed"] = "solid"
    css_class: str | None = None
    route: tuple[Point, ...] | None = None  # polyline from the source's edge to the target's


@dataclass(frozen=True)
class Diagram:
    """Everything needed to draw one diagram, plus its text alternative."""

    title: str  # accessible name, e.g. "Journey map: First purchase"
    summary: str  # accessible description
    width: int
    height: int
    background: str = "#ffffff"
    regions: tuple[Region, ...] = ()
    lines: tuple[Line, ...] = ()
    boxes: tuple[Box, ...] = ()
    connectors: tuple[Connector, ...] = ()


def paragraph(
    text: str,
    width: float,
    style: TextStyle,
    *,
    line_height: int | None = None,
    badge: str | None = None,
    badge_style: TextStyle | None = None,
    badge_fill: str | None = None,
    fill: str | None = None,
    align: Align = "left",
) -> list[Row]:
    """Wrap `text` to `width` points and return one row per line.

    The badge goes on the first line only; continuation lines keep an empty
    badge column so the text stays indented under the first line.
    """
    height = line_height or round(style.size * 1.3)
    lines = wrap(text, width, style.size, style.bold)
    rows: list[Row] = []
    for index, line in enumerate(lines):
        first = index == 0
        rows.append(
            Row(
                text=line,
                height=height,
                style=style,
                align=align,
                fill=fill,
                badge=(badge if first else "") if badge is not None else None,
                badge_style=badge_style or style,
                badge_fill=(badge_fill or fill) if first else fill,
            )
        )
    return rows


def spacer(height: int, fill: str | None = None) -> Row:
    """An empty row: vertical space between paragraphs."""
    return Row(text="", height=height, fill=fill)
