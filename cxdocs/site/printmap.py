"""A journey map or blueprint on paper: tiled over pages at a readable scale.

Fitted to one A4 sheet, a journey map's 9 pt text printed at about 3 pt. So
a printed page instead shows the map in tiles at a scale that keeps its
smallest text at least `MIN_PRINTED_PT`, each tile repeating the lane-label
column on its left and the stage (or phase) and step headers on its top, as
a reader leafing through the sheets needs. Cuts fall between step columns
and between lanes where they can, never through a card when one fits.

The tiles are plain HTML made at build time (no script needed to print):
small SVGs that `<use>` the map's own drawing, so a page carries no second
copy of it. Print CSS (assets/cxdocs.css) shows them instead of the viewer.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from cxdocs.diagrams.tiles import Tile
from cxdocs.diagrams.tiles import plan as plan_tiles

# What both A4 and US Letter landscape hold inside the print CSS's 12 mm
# margins (255 x 186 mm), in points, less a line for each tile's caption.
PAGE_W = 723.0
# Less the caption and what the page's layout takes around a tile: with only
# 22 pt off, a 490 pt tile (a 40-step map, whole height) spilled over 3 pages.
PAGE_H = 527.0 - 60.0
MIN_PRINTED_PT = 6.6  # the smallest text on paper; 6 pt is the floor, plus a margin

_GRAPH_ID = re.compile(r'<g id="([^"]+)" class="graph"')
_TITLE = re.compile(r"<title[^>]*>([^<]*)</title>")


def plan(meta: Mapping[str, Any]) -> tuple[float, list[Tile]]:
    """The printed scale and the tiles (rows first) of a map with viewer hints."""
    return plan_tiles(meta, PAGE_W, PAGE_H, MIN_PRINTED_PT)


def _part(use: str, x: float, y: float, w: float, h: float, vx: float, vy: float) -> str:
    return (
        # The size in a style too: themes size every svg in a page (Material:
        # height auto), and CSS outranks an attribute.
        f'<svg x="{x:g}" y="{y:g}" width="{w:g}" height="{h:g}" '
        f'style="width:{w:g}px;height:{h:g}px" '
        f'viewBox="{vx:g} {vy:g} {w:g} {h:g}" overflow="hidden">{use}</svg>'
    )


def print_tiles(svg: str, meta: Mapping[str, Any]) -> str:
    """The print-only tiles of a map (empty for a diagram without lanes and headers)."""
    found = _GRAPH_ID.search(svg)
    if found is None or not meta.get("lanes") or not any(meta.get("header", ())):
        return ""
    title = _TITLE.search(svg)
    name = title.group(1) if title else ""  # already escaped in the SVG
    # xlink:href, not href: instant navigation (Material, Zensical) assigns .href
    # on every element with an href attribute, read-only on an SVG element.
    use = f'<use xlink:href="#{found.group(1)}"/>'
    scale, tiles = plan(meta)
    lanes = float(meta["lanes"])
    top = float(meta["header"][0])
    out = []
    for number, tile in enumerate(tiles, 1):
        w, h, band = tile.x1 - tile.x0, tile.y1 - tile.y0, tile.header
        parts = []
        if band:
            parts.append(_part(use, 0, 0, lanes, band, 0, top))
            parts.append(_part(use, lanes, 0, w, band, tile.x0, top))
        parts.append(_part(use, 0, band, lanes, h, 0, tile.y0))
        parts.append(_part(use, lanes, band, w, h, tile.x0, tile.y0))
        full_w, full_h = lanes + w, band + h
        caption = f"{name} · {number}/{len(tiles)}" if len(tiles) > 1 else name
        out.append(
            '<div class="cx-print-tile">'
            f'<div class="cx-print-caption">{caption}</div>'
            f'<svg viewBox="0 0 {full_w:g} {full_h:g}" width="{full_w * scale:.1f}pt" '
            f'height="{full_h * scale:.1f}pt" '
            f'style="width:{full_w * scale:.1f}pt;height:{full_h * scale:.1f}pt" '
            f'aria-hidden="true">{"".join(parts)}</svg>'
            "</div>"
        )
    return f'<div class="cx-print-tiles" data-cx-print-scale="{scale:.3f}">{"".join(out)}</div>'
