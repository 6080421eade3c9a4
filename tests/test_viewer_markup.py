"""The viewer's markup, without a browser: a map's hints, one Tab stop per
step, and the print tiles that keep a map's text readable on paper."""

from __future__ import annotations

import re
from itertools import pairwise

import pytest

from cxdocs.site.printmap import MIN_PRINTED_PT, PAGE_H, PAGE_W, plan, print_tiles
from cxdocs.site.viewer import inline_svg

SVG = (
    '<svg width="2262pt" height="941pt" viewBox="0.00 0.00 2262.00 941.00" role="img" '
    'aria-labelledby="j-title">\n<title id="j-title">Journey map: Buy &amp; wait</title>\n'
    '<g id="j-graph0" class="graph">'
    '<a xlink:href="#step-a" xlink:title="Step 1"><text>A</text></a>'
    '<a xlink:href="#step-a" xlink:title="Step 1"><text>A again</text></a>'
    '<a xlink:href="#step-b" xlink:title="Step 2"><text>B</text></a>'
    '<a xlink:href="#stage-s" xlink:title="Stage"><text>S</text></a></g></svg>'
)
META = {
    "lanes": 138,
    "width": 2262,
    "height": 941,
    "header": [182, 305],
    "columns": [172 + 160 * n for n in range(13)],
    "rows": [214, 311, 404, 500, 640, 800],
    "min_font": 9,
}


def test_a_map_carries_its_hints_and_one_tab_stop_per_step() -> None:
    html = inline_svg(SVG, META)
    assert html.startswith('<svg data-cx-lanes="138" data-cx-header="182 305"')
    links = re.findall(r"<a [^>]*>", html)
    assert [("tabindex" in link) for link in links] == [False, True, False, True]
    assert 'aria-hidden="true"' in links[1]
    assert "aria-hidden" not in links[3]  # a stage: read out, but Tab walks the steps
    # Its links are read out: a group, not an image (which hides its children).
    assert 'role="group"' in html and 'role="img"' not in html


def test_a_diagram_without_lanes_is_left_alone() -> None:
    plain = SVG.replace('<a xlink:href="#step-b" xlink:title="Step 2"><text>B</text></a>', "")
    assert "cx-print-tiles" not in inline_svg(plain, {"lanes": 0})
    assert "data-cx-lanes" not in inline_svg(plain, {"lanes": 0})


def test_a_wide_map_prints_in_tiles_that_keep_its_text_readable() -> None:
    scale, tiles = plan(META)
    assert scale * META["min_font"] >= MIN_PRINTED_PT > 6
    # The tiles cover the map: every column once, every row once.
    xs = sorted({(t.x0, t.x1) for t in tiles})
    ys = sorted({(t.y0, t.y1) for t in tiles})
    assert xs[0][0] == META["lanes"] and xs[-1][1] == META["width"]
    assert ys[0][0] == 0 and ys[-1][1] == META["height"]
    assert all(a[1] == b[0] for a, b in pairwise(xs))
    assert all(a[1] == b[0] for a, b in pairwise(ys))
    for tile in tiles:
        # Each fits the paper with the lane labels (and, below the first row, the headers).
        assert (META["lanes"] + tile.x1 - tile.x0) * scale <= PAGE_W + 0.5
        assert (tile.header + tile.y1 - tile.y0) * scale <= PAGE_H + 0.5
        assert tile.header == (0 if tile.y0 == 0 else 305 - 182)
    # Cuts fall between step columns, never through a card.
    starts = {c - 4 for c in META["columns"]}
    assert all(x0 in starts for x0, _ in xs[1:])


def test_a_small_map_prints_whole_on_one_page() -> None:
    scale, tiles = plan({**META, "width": 700, "height": 400, "columns": []})
    assert len(tiles) == 1 and scale == pytest.approx(1)


def test_print_tiles_use_the_drawing_and_name_their_place() -> None:
    html = print_tiles(SVG, META)
    count = html.count('class="cx-print-tile"')
    assert count > 1
    assert html.count('<use xlink:href="#j-graph0"/>') >= 2 * count  # lane column + body each
    assert f"Journey map: Buy &amp; wait · {count}/{count}" in html  # escaped as drawn
    assert "<a " not in html  # no second set of links
