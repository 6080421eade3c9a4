"""Hand-off arrows read back from the SVG Graphviz drew: their polylines, bends and crossings.

The tests measure what a reader sees, not what the layout meant to draw: an
arrow is an edge group with an arrowhead; its path is a chain of straight
cubic segments, whose end points are the polyline.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from cxdocs.diagrams.geometry import crossings

SVG = "{http://www.w3.org/2000/svg}"
Point = tuple[float, float]
# Graphviz stops a line where its arrowhead starts; a wobble shorter than this is no bend.
TINY = 1.5


def handoffs(svg: str) -> list[tuple[Point, ...]]:
    """Each arrow's polyline (edges with an arrowhead; the lanes' lines have none)."""
    root = ET.fromstring(svg)
    routes = []
    for group in root.iter(f"{SVG}g"):
        if "edge" not in (group.get("class") or "").split():
            continue
        path, head = group.find(f"{SVG}path"), group.find(f"{SVG}polygon")
        if path is None or head is None:
            continue
        numbers = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", path.get("d") or "")]
        points = list(zip(numbers[::2], numbers[1::2], strict=True))
        # M p0 C c1 c2 p1 c1 c2 p2 ...: every third point after the first ends a piece.
        ends = [points[0], *points[3::3]]
        routes.append(_clean(ends))
    return routes


def _clean(points: list[Point]) -> tuple[Point, ...]:
    out: list[Point] = []
    for p in points:
        if out and abs(p[0] - out[-1][0]) + abs(p[1] - out[-1][1]) < TINY:
            continue
        out.append(p)
    return tuple(out)


def bends(route: tuple[Point, ...]) -> int:
    """Changes of direction along one polyline."""
    count = 0
    for a, b, c in _triples(route):
        cross = (b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0])
        if abs(cross) > 1e-6:
            count += 1
    return count


def _triples(route: tuple[Point, ...]) -> list[tuple[Point, Point, Point]]:
    return [(route[i], route[i + 1], route[i + 2]) for i in range(len(route) - 2)]


def figures(svg: str) -> tuple[int, int, int]:
    """(arrows, crossing pairs, bends) of a drawn blueprint."""
    routes = handoffs(svg)
    return len(routes), crossings(routes), sum(bends(r) for r in routes)
