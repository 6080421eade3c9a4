"""The map is the page: a journey map or blueprint read where people meet it.

Measured in Chromium on the example and on a 20- and a 40-step journey: the
step text's rendered size on load, the map's width, the sticky lane labels
and headers after panning, full screen, the Tab stops through a map, and the
smallest map text printed on A4 landscape, read back from the PDF.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cxdocs.files import FOLDERS
from tests.conftest import ROOT
from tests.helpers import BROWSER_MARKS, Tab, mkdocs_build, pdf_font_sizes, serve_site

pytestmark = BROWSER_MARKS

LONG = {20: "journeys/long-20/", 40: "journeys/long-40/"}
MAPS = {
    "journey": "journeys/first-purchase/",
    "blueprint": "blueprints/order-to-delivery/",
    "journey-20": LONG[20],
    "journey-40": LONG[40],
}
SCREENS = {"laptop": (1366, 768), "desktop": (1920, 1080)}


def long_journey(steps: int) -> str:
    """A journey of `steps` steps in five stages, each step with a pain point."""
    lines = [
        f"title: A journey of {steps} steps",
        "persona: ana",
        "state: current",
        "stages:",
    ]
    for stage in range(5):
        lines += [f"  - id: s{stage}", f"    name: Stage {stage + 1}", "    steps:"]
        for n in range(steps // 5):
            step = stage * (steps // 5) + n + 1
            lines += [
                f"      - id: step-{step}",
                f"        action: Does the thing number {step} of this long journey",
                "        channel: web",
                f"        emotion: {(step % 5) - 2}",
                "        pain_points:",
                f"          - {{text: Something went wrong at {step}, severity: medium}}",
            ]
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The example plus a 20- and a 40-step journey, in Material."""
    repo = tmp_path_factory.mktemp("map-repo")
    for folder in (*FOLDERS.values(), "docs", "theme"):
        shutil.copytree(ROOT / folder, repo / folder)
    shutil.copy(ROOT / "mkdocs.yml", repo / "mkdocs.yml")
    for steps in LONG:
        (repo / "journeys" / f"long-{steps}.yaml").write_text(long_journey(steps))
    out = tmp_path_factory.mktemp("map-site")
    result = mkdocs_build(repo / "mkdocs.yml", out)
    assert result.returncode == 0, result.stderr
    yield from serve_site(out)


def _open(browser: Any, site: str, path: str, size: tuple[int, int], **extra: Any) -> Tab:
    tab = Tab(browser, site, viewport={"width": size[0], "height": size[1]}, **extra)
    tab.open(path).wait_for_timeout(200)
    return tab


# Rendered font sizes of the map's texts: every one, steps' and cards' included.
STEP_TEXT_PX = """() => {
  const svg = document.querySelector('.cx-wide .cx-canvas > svg');
  const k = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
  return [...svg.querySelectorAll('text')].filter(t => t.textContent.trim())
    .map(t => parseFloat(t.getAttribute('font-size')) * k);
}"""


@pytest.mark.parametrize("screen", SCREENS.values(), ids=SCREENS.keys())
@pytest.mark.parametrize("path", MAPS.values(), ids=MAPS.keys())
def test_a_map_opens_readable_across_the_window(
    browser: Any, site: str, path: str, screen: tuple[int, int], tmp_path: Path
) -> None:
    tab = _open(browser, site, path, screen)
    try:
        page = tab.page
        sizes = page.evaluate(STEP_TEXT_PX)
        assert sizes and min(sizes) >= 11, path  # 9 pt at 100%: 12 CSS px
        box = page.locator(".cx-wide").bounding_box()
        assert box["width"] >= 0.9 * screen[0]
        assert box["x"] <= 0.05 * screen[0]
        # The map's top is in sight without scrolling past a screen of prose.
        scroll = page.locator(".cx-wide .cx-diagram-scroll").bounding_box()
        assert scroll["y"] < screen[1] - 150
        assert scroll["y"] + scroll["height"] <= scroll["y"] + screen[1]
        page.screenshot(path=str(tmp_path / "open.png"))
        assert tab.errors == []
    finally:
        tab.close()


@pytest.mark.parametrize("path", [MAPS["journey"], MAPS["blueprint"], LONG[40]])
def test_lane_labels_and_headers_stay_in_sight_while_panning(
    browser: Any, site: str, path: str, tmp_path: Path
) -> None:
    tab = _open(browser, site, path, SCREENS["laptop"])
    try:
        page = tab.page
        viewer = page.locator(".cx-wide")
        scroll = viewer.locator(".cx-diagram-scroll")
        scroll.evaluate("s => { s.scrollLeft = 900; s.scrollTop = 700; }")
        page.wait_for_timeout(100)
        area = scroll.bounding_box()
        svg = viewer.locator(".cx-canvas > svg")
        k = svg.bounding_box()["width"] / float(svg.evaluate("s => s.viewBox.baseVal.width"))
        lanes = viewer.locator(".cx-sticky-lanes")
        head = viewer.locator(".cx-sticky-head")
        corner = viewer.locator(".cx-sticky-corner")
        units = float(svg.get_attribute("data-cx-lanes") or 0)
        assert lanes.is_visible()
        assert lanes.bounding_box()["x"] == pytest.approx(area["x"], abs=2)
        assert lanes.bounding_box()["width"] == pytest.approx(units * k, abs=2)
        top, bottom = (float(v) for v in (svg.get_attribute("data-cx-header") or "").split())
        down = float(scroll.evaluate("s => s.scrollTop"))
        if down > top * k:  # the headers scrolled away: their copy is on top
            for sticky in (head, corner):
                assert sticky.is_visible()
                assert sticky.bounding_box()["y"] == pytest.approx(area["y"], abs=2)
            assert corner.bounding_box()["x"] == pytest.approx(area["x"], abs=2)
            assert head.bounding_box()["height"] == pytest.approx((bottom - top) * k, abs=2)
        else:  # a short map: its own headers are still in the box
            assert bottom * k - down <= area["height"]
        # Scrolled back, the drawing itself shows its labels: no copies over it.
        viewer.screenshot(path=str(tmp_path / "panned.png"))
        scroll.evaluate("s => { s.scrollLeft = 0; s.scrollTop = 0; }")
        page.wait_for_timeout(100)
        assert not lanes.is_visible() and not head.is_visible()
    finally:
        tab.close()


def test_fit_and_the_overview(browser: Any, site: str) -> None:
    tab = _open(browser, site, MAPS["journey"], SCREENS["laptop"])
    try:
        page = tab.page
        viewer = page.locator(".cx-wide")
        scroll = viewer.locator(".cx-diagram-scroll")
        # The overview: a click near its right end brings the map's right end into view.
        overview = viewer.locator(".cx-overview").bounding_box()
        page.mouse.click(overview["x"] + overview["width"] - 3, overview["y"] + 5)
        left, room, wide = scroll.evaluate("s => [s.scrollLeft, s.clientWidth, s.scrollWidth]")
        assert left + room >= wide - 2
        view = viewer.locator(".cx-overview-view")
        assert float(view.get_attribute("x") or 0) > 1000
        # Fit: the whole map in the box, one click away.
        viewer.get_by_role("button", name="Fit the whole diagram").click()
        sizes = "s => [s.scrollWidth - s.clientWidth, s.scrollHeight - s.clientHeight]"
        assert all(overflow <= 1 for overflow in scroll.evaluate(sizes))
        assert viewer.locator(".cx-zoom-level").inner_text() != "100%"
        # Fit and full screen do not look alike.
        icons = [
            viewer.locator(f'[data-cx-tool="{t}"] .cx-icon path').first.get_attribute("d")
            for t in ("fit", "full")
        ]
        assert icons[0] != icons[1]
        # Its key is announced (and shown in the tooltip: tests/test_site.py).
        assert viewer.locator('[data-cx-tool="fit"]').get_attribute("aria-keyshortcuts") == "0"
        assert tab.errors == []
    finally:
        tab.close()


def test_the_overview_is_reached_and_worked_from_the_keyboard(browser: Any, site: str) -> None:
    """The overview is the toolbar's last item (End from any button), a named
    slider whose arrow keys move the view along the map; Home leaves it."""
    tab = _open(browser, site, MAPS["journey"], SCREENS["laptop"])
    try:
        page = tab.page
        viewer = page.locator(".cx-wide")
        scroll = viewer.locator(".cx-diagram-scroll")
        viewer.get_by_role("button", name="Zoom out").focus()
        page.keyboard.press("End")
        overview = viewer.get_by_role("slider", name=re.compile("Overview"))
        assert overview.evaluate("el => el === document.activeElement")
        assert overview.get_attribute("aria-valuenow") == "0"
        page.keyboard.press("ArrowRight")
        page.wait_for_timeout(100)
        left = scroll.evaluate("s => s.scrollLeft")
        assert left > 300
        assert int(overview.get_attribute("aria-valuenow") or 0) > 0
        view = viewer.locator(".cx-overview-view")
        assert float(view.get_attribute("x") or 0) > 0
        page.keyboard.press("PageDown")
        page.wait_for_timeout(100)
        assert scroll.evaluate("s => s.scrollLeft") > left
        # The focus stays on it (its arrows move the view, not the focus), with a ring.
        assert overview.evaluate("el => el === document.activeElement")
        assert overview.evaluate("el => getComputedStyle(el).outlineStyle") != "none"
        page.keyboard.press("Home")
        assert viewer.get_by_role("button", name="Zoom out").evaluate(
            "el => el === document.activeElement"
        )
        assert tab.errors == []
    finally:
        tab.close()


@pytest.mark.parametrize("screen", [(1366, 768), (844, 390)], ids=["laptop", "phone-landscape"])
def test_full_screen_fills_the_screen_keeps_focus_and_gives_it_back(
    browser: Any, site: str, screen: tuple[int, int], tmp_path: Path
) -> None:
    phone = {"is_mobile": True, "has_touch": True} if screen[0] < 1000 else {}
    tab = _open(browser, site, MAPS["journey"], screen, **phone)
    try:
        page = tab.page
        viewer = page.locator(".cx-wide")
        full = viewer.locator('[data-cx-tool="full"]')
        full.focus()
        page.keyboard.press("Enter")
        page.wait_for_timeout(100)
        box = viewer.bounding_box()
        assert box["width"] * box["height"] >= 0.95 * screen[0] * screen[1]
        assert viewer.get_attribute("role") == "dialog"
        assert viewer.get_attribute("aria-modal") == "true"
        assert viewer.get_attribute("aria-label")
        assert min(page.evaluate(STEP_TEXT_PX)) >= 11  # still readable
        page.screenshot(path=str(tmp_path / "full.png"))
        for _ in range(25):
            page.keyboard.press("Tab")
            assert viewer.evaluate("v => v.contains(document.activeElement)")
        for _ in range(5):
            page.keyboard.press("Shift+Tab")
            assert viewer.evaluate("v => v.contains(document.activeElement)")
        page.keyboard.press("Escape")
        assert viewer.get_attribute("role") is None
        assert page.evaluate("document.activeElement.getAttribute('data-cx-tool')") == "full"
        assert tab.errors == []
    finally:
        tab.close()


def test_the_toolbar_is_one_tab_stop_and_arrows_move_along_it(browser: Any, site: str) -> None:
    tab = _open(browser, site, MAPS["journey"], SCREENS["laptop"])
    try:
        page = tab.page
        bar = page.locator(".cx-wide .cx-toolbar")
        stops = bar.evaluate(
            "b => [...b.querySelectorAll('button, a')].filter(e => e.tabIndex >= 0).length"
        )
        assert stops == 1
        bar.locator(".cx-tool").first.focus()
        page.keyboard.press("ArrowRight")
        assert page.evaluate("document.activeElement.dataset.cxTool") == "in"
        page.keyboard.press("End")  # the last item: the overview (after the downloads)
        assert page.evaluate("document.activeElement.classList.contains('cx-overview')")
        page.keyboard.press("ArrowLeft")  # moves the view there, not the focus
        assert page.evaluate("document.activeElement.classList.contains('cx-overview')")
        page.keyboard.press("Home")
        assert page.evaluate("document.activeElement.dataset.cxTool") == "out"
        page.keyboard.press("ArrowLeft")  # round the end, to the overview
        assert page.evaluate("document.activeElement.classList.contains('cx-overview')")
    finally:
        tab.close()


@pytest.mark.parametrize(("path", "steps"), [(MAPS["journey"], 13), (LONG[20], 20)])
def test_tab_walks_a_map_one_stop_per_step(browser: Any, site: str, path: str, steps: int) -> None:
    tab = _open(browser, site, path, SCREENS["laptop"])
    try:
        page = tab.page
        viewer = page.locator(".cx-wide")
        viewer.locator(".cx-toolbar .cx-tool").first.focus()
        stops = 0
        while viewer.evaluate("v => v.contains(document.activeElement)") and stops < 200:
            page.keyboard.press("Tab")
            stops += 1
        assert stops <= steps + 5  # the steps, the toolbar and the scrolling box
        # The links are announced: one per step, named, and no image role or
        # aria-hidden above them hides them from screen readers.
        announced = viewer.locator(".cx-canvas > svg").evaluate(
            """svg => [...svg.querySelectorAll('a')].filter(a =>
                 a.getAttribute('xlink:title') && !a.closest('[role=img], [aria-hidden=true]')
               ).map(a => a.getAttribute('xlink:href'))"""
        )
        assert len(announced) == len(set(announced)) >= steps
    finally:
        tab.close()


# The map's texts: all, the lane labels', the header band's (drawing units).
PARTS = """() => {
  const svg = document.querySelector('.cx-wide .cx-canvas > svg');
  const lanes = parseFloat(svg.dataset.cxLanes);
  const [top, bottom] = svg.dataset.cxHeader.split(' ').map(parseFloat);
  const texts = [...svg.querySelectorAll('text')].filter(t => t.textContent.trim().length > 3);
  const box = t => {
    const b = t.getBBox(), m = svg.getCTM().inverse().multiply(t.getCTM());
    const p = svg.createSVGPoint(); p.x = b.x; p.y = b.y;
    const q = p.matrixTransform(m); return {x: q.x, y: q.y, w: b.width};
  };
  return {
    all: texts.map(t => t.textContent.trim()),
    lanes: texts.filter(t => { const b = box(t); return b.x + b.w <= lanes && b.y > top; })
                .map(t => t.textContent.trim()),
    heads: texts.filter(t => { const b = box(t);
                               return b.x > lanes && b.y >= top && b.y <= bottom; })
                .map(t => t.textContent.trim()),
  };
}"""


@pytest.mark.parametrize("path", [MAPS["journey"], MAPS["blueprint"], LONG[40]])
def test_a_printed_map_is_tiled_at_a_readable_size(browser: Any, site: str, path: str) -> None:
    tab = _open(browser, site, path, SCREENS["laptop"])
    try:
        page = tab.page
        pdf = page.pdf(format="A4", landscape=True, print_background=True)
        pages, texts = pdf_font_sizes(pdf)
        tiles = page.locator(".cx-print-tile").count()
        assert tiles > 1
        parts = page.evaluate(PARTS)
        printed = [(size, n, text) for size, n, text in texts if text in parts["all"]]
        assert printed and min(size for size, _, _ in printed) >= 6, min(printed)
        # Every tile repeats the lane labels on its left and the headers on its top.
        on_page: dict[int, str] = {}
        for _, n, text in texts:
            on_page[n] = on_page.get(n, "") + " " + text
        tile_pages = [n for n, text in on_page.items() if re.search(rf"· \d+/{tiles}\b", text)]
        assert len(tile_pages) == tiles
        for n in tile_pages:
            assert any(label in on_page[n] for label in parts["lanes"]), n
            assert any(head in on_page[n] for head in parts["heads"]), n
        assert pages >= tiles
    finally:
        tab.close()
