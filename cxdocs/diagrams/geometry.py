"""Measuring routed connectors: how many cross, whether one runs through a box."""

from __future__ import annotations

import itertools

from cxdocs.diagrams.scene import Box, Point


def segments_cross(a: Point, b: Point, c: Point, d: Point) -> bool:
    """Whether segments ab and cd properly cross (touching ends do not count)."""

    def orient(p: Point, q: Point, r: Point) -> float:
        return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])

    d1, d2 = orient(c, d, a), orient(c, d, b)
    d3, d4 = orient(a, b, c), orient(a, b, d)
    return ((d1 > 0 > d2) or (d1 < 0 < d2)) and ((d3 > 0 > d4) or (d3 < 0 < d4))


def _bounds(route: tuple[Point, ...]) -> tuple[float, float, float, float]:
    xs, ys = [p[0] for p in route], [p[1] for p in route]
    return min(xs), min(ys), max(xs), max(ys)


def crossings(routes: list[tuple[Point, ...]]) -> int:
    """How many pairs of routes cross each other at least once."""
    count = 0
    bounds = [_bounds(r) for r in routes]
    for i, first in enumerate(routes):
        a = bounds[i]
        for j in range(i + 1, len(routes)):
            b, second = bounds[j], routes[j]
            if a[0] > b[2] or b[0] > a[2] or a[1] > b[3] or b[1] > a[3]:
                continue
            if any(
                segments_cross(a, b, c, d)
                for a, b in itertools.pairwise(first)
                for c, d in itertools.pairwise(second)
            ):
                count += 1
    return count


def passes_through(route: tuple[Point, ...], box: Box) -> bool:
    """Whether a route runs through the inside of `box` (its border may be touched)."""
    inset = 1.0
    left, top = box.x + inset, box.y + inset
    right, bottom = box.x + box.w - inset, box.y + box.h - inset
    for (ax, ay), (bx, by) in itertools.pairwise(route):
        if abs(ax - bx) < 0.01:  # vertical
            if left < ax < right and min(ay, by) < bottom and max(ay, by) > top:
                return True
        elif abs(ay - by) < 0.01:  # horizontal
            if top < ay < bottom and min(ax, bx) < right and max(ax, bx) > left:
                return True
        else:  # not produced by the router; sample it
            for step in range(1, 20):
                x, y = ax + (bx - ax) * step / 20, ay + (by - ay) * step / 20
                if left < x < right and top < y < bottom:
                    return True
    return False
