"""Orthogonal routing of blueprint hand-overs through the gutters between cards.

Graphviz routed hand-overs as splines that cut across each other (14 crossing
pairs in the example's order-to-delivery) and spent most of a cold build doing
so. Blueprint cards sit on a strict grid: phase columns with vertical gutters
between them, and lanes whose n-th items share one height in every phase, so
the gaps between rows are free bands across the whole width. Every hand-over is
routed here, in Python, through that free space only, so no arrow can pass
through a card or a lane label:

- a card straight above or below its target, with nothing between, gets a
  straight vertical arrow;
- otherwise the arrow leaves the card's side into the gutter next to it, runs
  down (or up) the gutter, crosses to the target's gutter along a free band
  if the target is in another column, and enters the target's side.

Several arrows on one side of a card get evenly spaced ports, ordered by where
their other ends are; several arrows in one gutter or band get evenly spaced
tracks, so parallel hand-overs run side by side instead of on top of each
other. Graphviz then only draws the given polylines (`Connector.route`).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from typing import Any, Literal, cast

from cxdocs.diagrams.geometry import crossings
from cxdocs.diagrams.scene import Box, Connector, Point
from cxdocs.diagrams.tracks import Run, spread, tracks, way

Side = Literal["top", "bottom", "left", "right"]
PORT_INSET = 10  # ports keep clear of a card's rounded corners
STRAIGHT_SPREAD = 12  # between parallel straight arrows joining the same two cards
# Ports on a card's right side sit a little higher than those on a left side,
# so arrows across a gutter between two cards of one row never overlap.
PORT_STAGGER = 4


@dataclass(frozen=True)
class Grid:
    """Where arrows may run: each column's x range, the free gutters and bands.

    `gutters[g]` is the free x range left of column g; the last one is right of
    the last column. `bands` are free y ranges that cross the whole grid.
    """

    columns: tuple[tuple[int, int], ...]
    gutters: tuple[tuple[float, float], ...]
    bands: tuple[tuple[float, float], ...]


# A way to route one connector: the sides it leaves and enters by, the gutters
# it runs in (at the source, at the target) and whether it crosses between them
# along the band next to the target (else next to the source). `HOP` is a
# straight line across the one gutter between neighbouring columns.
Variant = tuple[Side, Side, tuple[int, int], bool]
HOP: Variant = ("right", "left", (-1, -1), False)
# A hop rises at most this much across its 48-point gutter: steeper, it reads as
# a stray line and is routed round the corners instead.
MAX_HOP_RISE = 150


@dataclass
class _Plan:
    conn: Connector
    source: Box
    target: Box
    straight: bool
    source_side: Side
    target_side: Side
    gutters: tuple[int, int] = (0, 0)
    variants: tuple[Variant, ...] = ()
    choice: int = 0
    band: int | None = None
    direct: bool = False  # the chosen variant is a HOP
    # Filled in as the plan is routed.
    source_port: Point = (0, 0)
    target_port: Point = (0, 0)
    track_x: dict[int, float] = field(default_factory=dict)  # gutter -> x of its track
    band_y: float = 0


def _column(box: Box, grid: Grid) -> int | None:
    for index, (left, right) in enumerate(grid.columns):
        if left <= box.x and box.x + box.w <= right:
            return index
    return None


def _between_is_clear(source: Box, target: Box, cards: list[Box]) -> bool:
    """No card of the same column lies between two vertically stacked cards."""
    top, bottom = sorted((source, target), key=lambda b: b.y)
    return not any(
        card.x == source.x and top.y + top.h <= card.y and card.y + card.h <= bottom.y
        for card in cards
        if card is not source and card is not target
    )


def _centre(box: Box) -> Point:
    return box.x + box.w / 2, box.y + box.h / 2


def _variants(cs: int, ct: int) -> tuple[Variant, ...]:
    if cs == ct:  # round the cards in between, by the gutter on the right or the left
        return (("right", "right", (cs + 1, cs + 1), True), ("left", "left", (cs, cs), True))
    if ct > cs:
        gutters = (cs + 1, ct)
        if ct == cs + 1:
            return (("right", "left", gutters, True),)
        return (("right", "left", gutters, True), ("right", "left", gutters, False))
    gutters = (cs, ct + 1)
    if ct == cs - 1:
        return (("left", "right", gutters, True),)
    return (("left", "right", gutters, True), ("left", "right", gutters, False))


def _plan(conn: Connector, cards: dict[str, Box], grid: Grid) -> _Plan | None:
    source, target = cards.get(conn.source), cards.get(conn.target)
    if source is None or target is None or source is target:
        return None
    cs, ct = _column(source, grid), _column(target, grid)
    if cs is None or ct is None:
        return None
    if cs == ct and _between_is_clear(source, target, list(cards.values())):
        down = target.y > source.y
        return _Plan(
            conn, source, target, True, "bottom" if down else "top", "top" if down else "bottom"
        )
    variants = _variants(cs, ct)
    if abs(cs - ct) == 1 and _rise(source, target) <= MAX_HOP_RISE:
        variants = (HOP, *variants)
    plan = _Plan(conn, source, target, False, "right", "right", variants=variants)
    return plan


def _rise(source: Box, target: Box) -> float:
    """How far apart two cards are vertically (0 when they share a height)."""
    return max(0, source.y - (target.y + target.h), target.y - (source.y + source.h))


def _apply(plan: _Plan, grid: Grid) -> None:
    """Set the plan's sides, gutters and band from its chosen variant."""
    plan.track_x = {}
    if plan.straight:
        return
    variant = plan.variants[plan.choice]
    plan.direct = variant is HOP
    if plan.direct:
        right = plan.target.x > plan.source.x
        plan.source_side, plan.target_side = ("right", "left") if right else ("left", "right")
        plan.band = None
        return
    plan.source_side, plan.target_side, plan.gutters, near_target = variant
    plan.band = _choose_band(plan, grid, near_target)


def _choose_band(plan: _Plan, grid: Grid, near_target: bool) -> int | None:
    """The free band next to the target (or the source), on the side facing the other end."""
    if plan.gutters[0] == plan.gutters[1]:
        return None
    target, source = (plan.target, plan.source) if near_target else (plan.source, plan.target)
    if source.y + source.h / 2 <= target.y + target.h / 2:
        above = [i for i, (_, bottom) in enumerate(grid.bands) if bottom <= target.y]
        if above:
            return above[-1]
    below = [i for i, (top, _) in enumerate(grid.bands) if top >= target.y + target.h]
    if below:
        return below[0]
    above = [i for i, (_, bottom) in enumerate(grid.bands) if bottom <= target.y]
    return above[-1] if above else None


def _port_key(plan: _Plan, is_source: bool, grid: Grid) -> tuple[int, float]:
    """Where on its card side an end's port goes, as a sort key (top first).

    Ends whose run goes up come before those going down. Among them, a run
    that turns back towards this card at its far end (a C shape) must pass
    outside the nearer ones, so the farther it goes, the nearer the middle its
    port; a run that turns away (a Z shape) the other way round.
    """
    box = plan.source if is_source else plan.target
    if plan.direct:  # straight to the other card: ordered by where that is
        other_y = _centre(plan.target if is_source else plan.source)[1]
        return (0 if other_y < _centre(box)[1] else 1, other_y)
    side = plan.source_side if is_source else plan.target_side
    gutter = plan.gutters[0] if is_source else plan.gutters[1]
    here = sum(grid.gutters[gutter]) / 2
    if plan.band is not None:
        far_y = sum(grid.bands[plan.band]) / 2
        other_gutter = plan.gutters[1] if is_source else plan.gutters[0]
        turn_right = sum(grid.gutters[other_gutter]) / 2 > here
    else:
        other = plan.target if is_source else plan.source
        other_side = plan.target_side if is_source else plan.source_side
        far_y = _centre(other)[1]
        turn_right = other_side == "left"
    card_right = side == "left"  # the card is right of the gutter
    c_shape = turn_right == card_right
    up = far_y < _centre(box)[1]
    return (0 if up else 1, -far_y if c_shape else far_y)


def _assign_ports(plans: list[_Plan], grid: Grid) -> None:
    """Evenly spaced ports on each card side, in the order that crosses least."""
    ends: dict[tuple[int, Side], list[tuple[tuple[int, float], int, _Plan, bool]]]
    ends = defaultdict(list)
    for index, plan in enumerate(plans):
        if plan.straight:
            continue
        for is_source in (True, False):
            box = plan.source if is_source else plan.target
            side = plan.source_side if is_source else plan.target_side
            ends[(id(box), side)].append((_port_key(plan, is_source, grid), index, plan, is_source))
    for (_, side), attached in ends.items():
        attached.sort(key=lambda e: (e[0], e[1]))
        plan0, is_source0 = attached[0][2], attached[0][3]
        box = plan0.source if is_source0 else plan0.target
        stagger = -PORT_STAGGER if side == "right" else PORT_STAGGER
        top, bottom = box.y + PORT_INSET + stagger, box.y + box.h - PORT_INSET + stagger
        ys = spread(top, bottom, len(attached))
        x = box.x + box.w if side == "right" else box.x
        for (_, _, plan, is_source), y in zip(attached, ys, strict=True):
            if is_source:
                plan.source_port = (x, y)
            else:
                plan.target_port = (x, y)
    for plan in plans:
        if plan.direct:
            _level(plan, ends)
    # Straight arrows between the same two cards sit side by side.
    pairs: dict[frozenset[int], list[_Plan]] = defaultdict(list)
    for plan in plans:
        if plan.straight:
            pairs[frozenset((id(plan.source), id(plan.target)))].append(plan)
    for group in pairs.values():
        for i, plan in enumerate(group):
            px = plan.source.x + plan.source.w / 2 + (i - (len(group) - 1) / 2) * STRAIGHT_SPREAD
            src, dst = plan.source, plan.target
            if plan.source_side == "bottom":  # down: bottom edge to top edge
                plan.source_port, plan.target_port = (px, src.y + src.h), (px, dst.y)
            else:  # up: top edge to bottom edge
                plan.source_port, plan.target_port = (px, src.y), (px, dst.y + dst.h)


def _level(plan: _Plan, ends: dict[tuple[int, Side], list[Any]]) -> None:
    """A hop alone on both its sides, between cards that share a height, runs level."""
    if len(ends[(id(plan.source), plan.source_side)]) > 1:
        return
    if len(ends[(id(plan.target), plan.target_side)]) > 1:
        return
    top = max(plan.source.y, plan.target.y) + PORT_INSET
    bottom = min(plan.source.y + plan.source.h, plan.target.y + plan.target.h) - PORT_INSET
    if top <= bottom:
        y = (top + bottom) / 2
        plan.source_port, plan.target_port = (plan.source_port[0], y), (plan.target_port[0], y)


SEARCH_ROUNDS = 3


def route(connectors: list[Connector], cards: dict[str, Box], grid: Grid) -> list[Connector]:
    """`connectors` with their routes; those that cannot be routed are left to Graphviz.

    Each connector starts on its first variant; then, connector by connector,
    another variant is kept whenever it lowers the number of crossing pairs
    (a few rounds, so the result is deterministic and quick).
    """
    plans: list[_Plan | None] = [_plan(c, cards, grid) for c in connectors]
    routed = [p for p in plans if p is not None]
    memo: dict[tuple[object, ...], list[int]] = {}
    best = crossings(_realise(routed, grid, memo))
    for _ in range(SEARCH_ROUNDS):
        improved = False
        for plan in routed:
            for choice in range(len(plan.variants)):
                if choice == plan.choice or best == 0:
                    continue
                kept, plan.choice = plan.choice, choice
                score = crossings(_realise(routed, grid, memo))
                if score < best:
                    best, improved = score, True
                else:
                    plan.choice = kept
        if not improved:
            break
    _realise(routed, grid, memo)
    out: list[Connector] = []
    for conn, maybe in zip(connectors, plans, strict=True):
        out.append(conn if maybe is None else replace(conn, route=_points(maybe)))
    return out


def _realise(
    routed: list[_Plan], grid: Grid, memo: dict[tuple[object, ...], list[int]]
) -> list[tuple[Point, ...]]:
    """Ports, tracks and points for every plan's chosen variant; returns the routes."""
    for plan in routed:
        _apply(plan, grid)
    _assign_ports(routed, grid)
    # Vertical runs in gutters: each end turns towards a card, or towards the band.
    by_gutter: dict[int, list[Run]] = defaultdict(list)
    for plan in routed:
        if plan.straight or plan.direct:
            continue
        g1, g2 = plan.gutters
        here = sum(grid.gutters[g1]) / 2
        (sx, sy), (tx, ty) = plan.source_port, plan.target_port
        if plan.band is None:
            by_gutter[g1].append(Run(plan, ((sy, way(sx, here)), (ty, way(tx, here)))))
            continue
        band = sum(grid.bands[plan.band]) / 2
        there = sum(grid.gutters[g2]) / 2
        by_gutter[g1].append(Run(plan, ((sy, way(sx, here)), (band, way(there, here)))))
        by_gutter[g2].append(Run(plan, ((band, way(here, there)), (ty, way(tx, there)))))
    for gutter, runs in by_gutter.items():
        positions = tracks(runs, *grid.gutters[gutter], memo)
        for run in runs:
            cast(_Plan, run.owner).track_x[gutter] = positions[id(run)]
    # Horizontal runs in bands: each end turns up or down, into a gutter.
    by_band: dict[int, list[Run]] = defaultdict(list)
    for plan in routed:
        if plan.band is not None:
            x1, x2 = plan.track_x[plan.gutters[0]], plan.track_x[plan.gutters[1]]
            mid = sum(grid.bands[plan.band]) / 2
            ends = ((x1, way(plan.source_port[1], mid)), (x2, way(plan.target_port[1], mid)))
            by_band[plan.band].append(Run(plan, ends))
    for band, runs in by_band.items():
        positions = tracks(runs, *grid.bands[band], memo)
        for run in runs:
            cast(_Plan, run.owner).band_y = positions[id(run)]
    return [_points(plan) for plan in routed]


def _points(plan: _Plan) -> tuple[Point, ...]:
    if plan.straight or plan.direct:
        return plan.source_port, plan.target_port
    (sx, sy), (tx, ty) = plan.source_port, plan.target_port
    g1, g2 = plan.gutters
    x1 = plan.track_x[g1]
    if plan.band is None:
        points = [(sx, sy), (x1, sy), (x1, ty), (tx, ty)]
    else:
        x2, y = plan.track_x[g2], plan.band_y
        points = [(sx, sy), (x1, sy), (x1, y), (x2, y), (x2, ty), (tx, ty)]
    return tuple(_simplified(points))


def _simplified(points: list[Point]) -> list[Point]:
    """Drop repeated points and the middle of three points on one straight line."""
    out: list[Point] = []
    for point in points:
        if out and abs(point[0] - out[-1][0]) < 0.01 and abs(point[1] - out[-1][1]) < 0.01:
            continue
        if len(out) >= 2:
            (ax, ay), (bx, by) = out[-2], out[-1]
            if (abs(ax - bx) < 0.01 and abs(bx - point[0]) < 0.01) or (
                abs(ay - by) < 0.01 and abs(by - point[1]) < 0.01
            ):
                out[-1] = point
                continue
        out.append(point)
    return out
