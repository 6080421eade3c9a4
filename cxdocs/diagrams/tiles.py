"""A map cut into page-sized tiles at a readable scale: for print and for PDFs.

Cuts fall between step columns and between lanes where they can, never
through a card when one fits; every tile but the first row repeats the header
band (stage and step headers) on its top, and every tile the lane-label
column on its left (the caller draws those from `meta`). All in drawing units
(points), from the viewer hints of `draw.viewer_hints`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any


@dataclass(frozen=True)
class Tile:
    x0: float
    x1: float
    y0: float
    y1: float
    header: float  # height of the repeated header band on top (0: none)


def _spans(start: float, end: float, room: float, cuts: Sequence[float]) -> list[float]:
    """Break [start, end] into pieces of at most `room`, at a cut where one fits."""
    edges = [start]
    while end - edges[-1] > room:
        here = edges[-1]
        fits = [c for c in cuts if here < c <= here + room]
        edges.append(max(fits) if fits else here + room)
    edges.append(end)
    return edges


def plan(
    meta: Mapping[str, Any], page_w: float, page_h: float, min_pt: float
) -> tuple[float, list[Tile]]:
    """The printed scale and the tiles (rows first) of a map with viewer hints
    (`draw.viewer_hints`) on pages of `page_w` x `page_h` points, its smallest
    text at least `min_pt` (one tile, scaled down, when the whole map fits so)."""
    width, height = float(meta["width"]), float(meta["height"])
    lanes = float(meta.get("lanes", 0))
    top, bottom = (float(v) for v in meta.get("header", (0, 0)))
    readable = min(1.0, min_pt / float(meta.get("min_font", 10)))
    whole = min(1.0, page_w / width, page_h / height)
    if whole >= readable:
        return whole, [Tile(lanes, width, 0, height, 0)]
    scale = readable
    room_w, room_h = page_w / scale, page_h / scale
    columns = [float(c) - 4 for c in meta.get("columns", ())]
    x_edges = _spans(lanes, width, max(room_w - lanes, room_w / 2), columns)
    band = bottom - top
    row_cuts = [float(r) - 4 for r in meta.get("rows", ())]
    y_edges = [0.0]
    while height - y_edges[-1] > (room_h if len(y_edges) == 1 else room_h - band):
        here = y_edges[-1]
        room = room_h if here == 0 else max(room_h - band, room_h / 2)
        fits = [c for c in row_cuts if here + room / 3 < c <= here + room]
        y_edges.append(max(fits) if fits else here + room)
    y_edges.append(height)
    tiles = [
        Tile(x0, x1, y0, y1, band if y0 > 0 and band > 0 else 0)
        for y0, y1 in pairwise(y_edges)
        for x0, x1 in pairwise(x_edges)
    ]
    return scale, tiles
