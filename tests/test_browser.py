"""The published site in a real browser, doing what a reader does: open the
viewer, zoom, pan, print, read on a phone, switch to dark mode.

Playwright drives the system Chromium (`executable_path`): Playwright's own
browser download is not needed. Screenshots land in the pytest tmp folder.
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
from tests.helpers import BROWSER_MARKS, Tab, diagram_scale, mkdocs_build, serve_site

pytestmark = BROWSER_MARKS

# One page of every generated kind.
PAGES = {
    "home": "",
    "personas": "personas/",
    "persona": "personas/ana/",
    "journeys": "journeys/",
    "journey": "journeys/first-purchase/",
    "future-journey": "journeys/first-purchase-future/",
    "blueprints": "blueprints/",
    "blueprint": "blueprints/order-to-delivery/",
    "pain-points": "insights/pain-points/",
    "actions": "insights/actions/",
    "channels": "insights/channels/",
    "metrics": "insights/metrics/",
    "moments-of-truth": "insights/moments-of-truth/",
}
# Material keeps the chosen palette here; set before the page loads, it opens in dark mode.
SLATE = (
    "localStorage.setItem('/.__palette', JSON.stringify({index: 1, color: "
    "{media: '', scheme: 'slate', primary: 'custom', accent: 'amber'}}))"
)


@pytest.fixture(scope="module")
def served_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    site = tmp_path_factory.mktemp("browser-site")
    result = mkdocs_build(ROOT / "mkdocs.yml", site)
    assert result.returncode == 0, result.stderr
    yield from serve_site(site)


@pytest.fixture(scope="module")
def builtin_theme_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The example in MkDocs' built-in theme, dark."""
    repo = tmp_path_factory.mktemp("builtin-repo")
    for folder in (*FOLDERS.values(), "docs"):
        shutil.copytree(ROOT / folder, repo / folder)
    config = (ROOT / "mkdocs.yml").read_text()
    theme = "theme:\n  name: mkdocs\n  color_mode: dark\n\n"
    config = re.sub(r"(?ms)^theme:.*?(?=^\S)", theme, config)
    (repo / "mkdocs.yml").write_text(config)
    site = tmp_path_factory.mktemp("builtin-site")
    result = mkdocs_build(repo / "mkdocs.yml", site)
    assert result.returncode == 0, result.stderr
    yield from serve_site(site)


@pytest.fixture
def tab(browser: Any, served_site: str) -> Iterator[Tab]:
    opened = Tab(browser, served_site, viewport={"width": 1366, "height": 768})
    yield opened
    opened.close()


# --- every page ---------------------------------------------------------------


@pytest.mark.parametrize("path", PAGES.values(), ids=PAGES.keys())
def test_page_loads_without_console_errors(path: str, tab: Tab, tmp_path: Path) -> None:
    page = tab.open(path)
    page.wait_for_timeout(200)
    assert tab.errors == []
    assert page.locator(".cx-page").count() >= (1 if path else 0)
    page.screenshot(path=str(tmp_path / "page.png"), full_page=True)


# --- the viewer ---------------------------------------------------------------


def test_diagrams_that_are_not_maps_fit_their_column_on_a_laptop(tab: Tab) -> None:
    # A persona's empathy map and the comparison chart open whole in the column;
    # journey maps and blueprints span the window (tests/test_browser_map.py).
    for path in (PAGES["persona"], PAGES["future-journey"]):
        page = tab.open(path)
        boxes = page.evaluate(
            """() => [...document.querySelectorAll('.cx-diagram:not(.cx-wide)')].map(d => {
                 const box = d.querySelector('.cx-diagram-scroll');
                 const svg = box.querySelector('svg');
                 return {ready: d.classList.contains('cx-viewer-ready'),
                         svg: svg.getBoundingClientRect().width, room: box.clientWidth,
                         overflow: box.scrollWidth - box.clientWidth};
               })"""
        )
        assert boxes, path
        for box in boxes:
            assert box["ready"], path
            assert box["svg"] <= box["room"] + 1, (path, box)  # the whole diagram shows
            assert box["overflow"] <= 1, (path, box)  # nothing hidden sideways


@pytest.mark.parametrize("width", [1366, 390])
def test_the_comparison_chart_fills_its_column(browser: Any, served_site: str, width: int) -> None:
    # Its SVG says width="100%" (no natural size); the viewer once read that as
    # 100 px and showed a thumbnail in a wide empty box at "100%".
    tab = Tab(browser, served_site, viewport={"width": width, "height": 800})
    try:
        page = tab.open(PAGES["future-journey"])
        chart = page.locator(".cx-comparison")
        room = chart.locator(".cx-diagram-scroll").evaluate("s => s.clientWidth")
        drawn = chart.locator(".cx-canvas > svg").bounding_box()
        assert drawn["width"] == pytest.approx(room, abs=2)
        assert drawn["height"] > 0.2 * drawn["width"]  # 1112 x 298 drawn, not squashed
        chart.get_by_role("button", name="Actual size (100%)").click()
        assert chart.locator(".cx-canvas > svg").bounding_box()["width"] == pytest.approx(1112)
        assert tab.errors == []
    finally:
        tab.close()


def test_a_blueprint_pans_in_a_window_high_box_and_fit_shows_every_lane(tab: Tab) -> None:
    # 1366 x 768: at 100% the blueprint is 2,048 px tall; its box stays within
    # the window (so its sticky headers stay in sight) and Fit shows it whole.
    page = tab.open(PAGES["blueprint"])
    viewer = page.locator(".cx-blueprint-diagram")
    box = viewer.locator(".cx-diagram-scroll")
    sizes = "s => [s.scrollHeight, s.clientHeight, s.scrollWidth, s.clientWidth]"
    tall, room, _, _ = box.evaluate(sizes)
    assert room < 768 < tall
    viewer.get_by_role("button", name="Fit the whole diagram").click()
    tall, room, wide, width = box.evaluate(sizes)
    assert tall <= room + 1 and wide <= width + 1


def test_viewer_zooms_opens_full_screen_pans_and_closes(tab: Tab, tmp_path: Path) -> None:
    page = tab.open(PAGES["journey"])
    viewer = page.locator(".cx-journey-diagram")
    fitted = diagram_scale(page)
    assert fitted == pytest.approx(2262 * 4 / 3, rel=0.01)  # a map opens at 100%
    viewer.get_by_role("button", name="Zoom in").click()
    assert diagram_scale(page) == pytest.approx(fitted * 1.25, rel=0.02)
    viewer.get_by_role("button", name="Zoom out").click()
    assert diagram_scale(page) == pytest.approx(fitted, rel=0.02)
    viewer.get_by_role("button", name="Actual size (100%)").click()
    assert diagram_scale(page) == pytest.approx(2262 * 4 / 3, rel=0.01)  # 2262pt wide
    # Keyboard: the full-screen button is a real button.
    full = viewer.get_by_role("button", name="Full screen")
    full.focus()
    page.keyboard.press("Enter")
    box = viewer.bounding_box()
    assert viewer.evaluate("v => v.classList.contains('cx-full')")
    assert box["width"] == 1366 and box["height"] == 768
    assert viewer.get_attribute("role") == "dialog"
    assert viewer.get_by_role("button", name="Close full screen (Esc)").count() == 1
    page.screenshot(path=str(tmp_path / "full-screen.png"))
    # The wheel zooms about the pointer; a drag pans.
    before = diagram_scale(page)
    scroll = viewer.locator(".cx-diagram-scroll")
    area = scroll.bounding_box()
    page.mouse.move(area["x"] + 600, area["y"] + 300)
    page.mouse.wheel(0, -400)
    page.wait_for_timeout(100)
    assert diagram_scale(page) > before * 1.5
    left = scroll.evaluate("s => s.scrollLeft")
    page.mouse.down()
    page.mouse.move(area["x"] + 400, area["y"] + 300, steps=5)
    page.mouse.up()
    assert scroll.evaluate("s => s.scrollLeft") == pytest.approx(left + 200, abs=3)
    page.keyboard.press("Escape")
    assert not viewer.evaluate("v => v.classList.contains('cx-full')")
    assert page.evaluate("document.activeElement.getAttribute('data-cx-tool')") == "full"
    assert tab.errors == []


def test_lane_labels_stay_in_sight_when_scrolling_sideways(tab: Tab, tmp_path: Path) -> None:
    page = tab.open(PAGES["journey"])
    viewer = page.locator(".cx-journey-diagram")
    viewer.get_by_role("button", name="Actual size (100%)").click()
    scroll = viewer.locator(".cx-diagram-scroll")
    scroll.evaluate("s => { s.scrollLeft = 1500; }")
    page.wait_for_timeout(100)
    lanes = viewer.locator(".cx-sticky-lanes")
    assert lanes.is_visible()
    assert lanes.bounding_box()["x"] == pytest.approx(scroll.bounding_box()["x"], abs=2)
    units = float(viewer.locator(".cx-canvas > svg").get_attribute("data-cx-lanes") or 0)
    assert lanes.bounding_box()["width"] == pytest.approx(units * 4 / 3, abs=2)
    viewer.screenshot(path=str(tmp_path / "lanes.png"))


def test_step_links_work_inside_the_full_screen_viewer(tab: Tab) -> None:
    page = tab.open(PAGES["journey"])
    viewer = page.locator(".cx-journey-diagram")
    viewer.get_by_role("button", name="Full screen").click()
    link = "//*[local-name()='a' and @*[local-name()='href']='#step-pays-pix']"
    viewer.locator(".cx-canvas > svg").locator(f"xpath={link}").first.click()
    assert page.evaluate("location.hash") == "#step-pays-pix"
    assert not viewer.evaluate("v => v.classList.contains('cx-full')")
    assert page.locator("#step-pays-pix").is_visible()


def test_download_links_resolve(tab: Tab) -> None:
    kinds = {"svg": "image/svg+xml", "png": "image/png", "pdf": "application/pdf"}
    for path in (PAGES["journey"], PAGES["blueprint"], PAGES["persona"]):
        page = tab.open(path)
        toolbar = page.eval_on_selector_all(
            ".cx-downloads a.cx-download", "as => as.map(a => a.href)"
        )
        assert len(toolbar) == 3, path  # SVG, PNG, PDF in the toolbar
        # ... and every other download (the maps' paper PDFs under the frame) too.
        links = page.eval_on_selector_all("a.cx-download", "as => as.map(a => a.href)")
        for link in links:
            response = page.request.get(link)
            assert response.status == 200, link
            assert response.headers["content-type"] == kinds[link.rsplit(".", 1)[1]]
            assert len(response.body()) > 1000


# --- print, phone -------------------------------------------------------------


def test_print_fits_diagrams_to_the_page_width(browser: Any, served_site: str) -> None:
    # A4 landscape less 12 mm margins: 273 mm, about 1032 CSS px.
    tab = Tab(browser, served_site, viewport={"width": 1032, "height": 700})
    try:
        for path in (PAGES["journey"], PAGES["blueprint"], PAGES["pain-points"]):
            page = tab.open(path)
            page.emulate_media(media="print")
            page.wait_for_timeout(100)
            report = page.evaluate(
                """() => ({
                  page: document.documentElement.scrollWidth,
                  nav: [...document.querySelectorAll('.md-sidebar, .md-header, .cx-toolbar')]
                         .filter(e => e.getBoundingClientRect().width > 0).length,
                  clipped: [...document.querySelectorAll('.cx-page *')]
                    .filter(e => getComputedStyle(e).overflowX !== 'visible'
                              && e.scrollWidth > e.clientWidth + 1).length,
                  // A print tile's parts report the whole drawing they clip: the tile counts.
                  wide: [...document.querySelectorAll('.cx-diagram svg')]
                    .filter(s => !s.parentElement.closest('.cx-print-tile > svg'))
                    .filter(s => s.getBoundingClientRect().right > 1032 + 1).length,
                })"""
            )
            assert report == {"page": 1032, "nav": 0, "clipped": 0, "wide": 0}, path
            assert len(page.pdf(landscape=True)) > 10_000
    finally:
        tab.close()


def test_print_keeps_a_persona_diagram_on_one_page_at_the_page_width(
    browser: Any, served_site: str
) -> None:
    # Maps print as tiles (tests/test_browser_map.py); other diagrams whole.
    tab = Tab(browser, served_site, viewport={"width": 1032, "height": 700})
    try:
        page = tab.open(PAGES["persona"])
        page.emulate_media(media="print")
        page.wait_for_timeout(100)
        boxes = page.locator(".cx-diagram-scroll > .cx-canvas > svg").evaluate_all(
            "svgs => svgs.map(s => s.getBoundingClientRect().toJSON())"
        )
        assert boxes
        for box in boxes:
            assert box["height"] <= 165 / 25.4 * 96 + 1  # 165 mm
            assert box["width"] <= 1032 + 1
    finally:
        tab.close()


@pytest.mark.parametrize("name", ["journey", "blueprint", "persona", "pain-points", "metrics"])
def test_print_in_the_builtin_theme_keeps_both_edges_on_the_paper(
    browser: Any, builtin_theme_site: str, name: str
) -> None:
    # The same A4-landscape width as above; the built-in theme's grid row has
    # negative margins that once pushed the title and tables 12 px off each edge.
    tab = Tab(browser, builtin_theme_site, viewport={"width": 1032, "height": 700})
    try:
        page = tab.open(PAGES[name])
        page.emulate_media(media="print")
        page.wait_for_timeout(100)
        edges = page.evaluate(
            """() => { const boxes = [...document.querySelectorAll('h1, .cx-page, .cx-page *')]
                         .filter(e => !e.parentElement.closest('.cx-print-tile > svg'))
                         .map(e => e.getBoundingClientRect()).filter(r => r.width > 0);
                       return [Math.round(Math.min(...boxes.map(r => r.left))),
                               Math.round(Math.max(...boxes.map(r => r.right))),
                               document.documentElement.scrollWidth]; }"""
        )
        assert edges == [0, 1032, 1032]
    finally:
        tab.close()


def test_no_page_scrolls_sideways_on_a_phone(browser: Any, served_site: str) -> None:
    tab = Tab(browser, served_site, viewport={"width": 390, "height": 844}, is_mobile=True)
    try:
        for name, path in PAGES.items():
            page = tab.open(path)
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= 390, (name, width)
        assert tab.errors == []
    finally:
        tab.close()


# --- dark mode ----------------------------------------------------------------

# WCAG relative luminance and contrast of every text in the generated content
# (the diagrams' own drawing excepted: it keeps its white background).
CONTRAST = """() => {
  const canvas = document.createElement('canvas').getContext('2d');
  function rgba(colour) {
    const m = colour.match(/^rgba?\\(([^)]+)\\)/);
    if (m) { const p = m[1].split(/[ ,\\/]+/).filter(Boolean).map(Number);
             return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1]; }
    const c = colour.match(/^color\\(srgb ([^)]+)\\)/);
    if (c) { const p = c[1].split(/[ \\/]+/).filter(Boolean).map(Number);
             return [p[0] * 255, p[1] * 255, p[2] * 255, p.length > 3 ? p[3] : 1]; }
    canvas.fillStyle = colour; return rgba(canvas.fillStyle);
  }
  function over(top, bottom) {
    const a = top[3];
    return [0, 1, 2].map(i => top[i] * a + bottom[i] * (1 - a)).concat([1]);
  }
  function background(el) {
    const layers = [];
    for (let e = el; e; e = e.parentElement) {
      const c = rgba(getComputedStyle(e).backgroundColor);
      if (c[3] > 0) { layers.push(c); if (c[3] >= 1) break; }
    }
    let colour = [255, 255, 255, 1];
    for (let i = layers.length - 1; i >= 0; i--) colour = over(layers[i], colour);
    return colour;
  }
  function lum(c) {
    const f = v => { v /= 255;
                     return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]);
  }
  const bad = [];
  let checked = 0;
  for (const el of document.querySelectorAll('.cx-page *, .cx-toolbar *')) {
    if (el.closest('.cx-diagram-scroll') || el.closest('svg')) continue;
    // Text, not swatches: a legend's coloured line (━) is a graphic (3:1 applies).
    const own = [...el.childNodes].some(
      n => n.nodeType === 3 && /[\\p{L}\\p{N}]/u.test(n.textContent));
    if (!own || !el.getClientRects().length) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none') continue;
    const bg = background(el);
    const fg = over(rgba(style.color), bg);
    const l1 = lum(fg), l2 = lum(bg);
    const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
    checked++;
    if (ratio < 4.5) bad.push(`${ratio.toFixed(2)} ${el.className || el.tagName}: ` +
                              `${el.textContent.trim().slice(0, 30)} (${style.color} on ${bg})`);
  }
  return {checked, bad: [...new Set(bad)].slice(0, 15)};
}"""


@pytest.mark.parametrize("path", PAGES.values(), ids=PAGES.keys())
def test_text_contrast_in_material_dark_mode(browser: Any, served_site: str, path: str) -> None:
    tab = Tab(browser, served_site, viewport={"width": 1366, "height": 900})
    try:
        tab.page.add_init_script(SLATE)
        page = tab.open(path)
        assert page.evaluate("document.body.dataset.mdColorScheme") == "slate"
        report = page.evaluate(CONTRAST)
        assert report["checked"] > 5 or not path  # the example's home is hand-written
        assert report["bad"] == []
    finally:
        tab.close()


@pytest.mark.parametrize("path", PAGES.values(), ids=PAGES.keys())
def test_text_contrast_in_material_light_mode(tab: Tab, path: str) -> None:
    report = tab.open(path).evaluate(CONTRAST)
    assert report["bad"] == []


@pytest.mark.parametrize(
    "name", ["journey", "blueprint", "persona", "pain-points", "channels", "metrics"]
)
def test_builtin_theme_dark_reads_and_the_viewer_works(
    browser: Any, builtin_theme_site: str, name: str, tmp_path: Path
) -> None:
    tab = Tab(browser, builtin_theme_site, viewport={"width": 1366, "height": 900})
    try:
        page = tab.open(PAGES[name])
        assert page.evaluate("document.documentElement.dataset.bsTheme") == "dark"
        report = page.evaluate(CONTRAST)
        assert report["bad"] == []
        if page.locator(".cx-diagram").count():
            viewer = page.locator(".cx-diagram").first
            if name in ("journey", "blueprint"):  # a map spans the window here too
                assert viewer.bounding_box()["width"] >= 1366 - 20
                assert viewer.bounding_box()["x"] <= 1
            viewer.get_by_role("button", name="Full screen").click()
            assert viewer.bounding_box()["width"] == 1366
            page.keyboard.press("Escape")
        page.screenshot(path=str(tmp_path / f"builtin-{name}.png"), full_page=True)
        # Offline, the theme's own highlight.js (from a CDN) is missing and its
        # script says so; none of the errors may come from cxdocs.
        assert [e for e in tab.errors if "cxdocs" in e] == []
    finally:
        tab.close()


# Inside a diagram: every text's rendered fill against the rendered fill of the
# last shape painted under it, and the paper's luminance (the first shape).
DIAGRAM_CONTRAST = """(selector) => {
  const canvas = document.createElement('canvas').getContext('2d');
  const rgb = c => { canvas.fillStyle = '#000'; canvas.fillStyle = c;
    const h = canvas.fillStyle; return [1, 3, 5].map(i => parseInt(h.slice(i, i + 2), 16)); };
  const lum = c => { const f = v => { v /= 255;
    return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]); };
  const ratio = (a, b) => { const x = lum(a), y = lum(b);
    return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };
  const svg = document.querySelector(selector);
  const shapes = [], texts = [], marks = [];
  for (const el of svg.querySelectorAll('polygon, path, ellipse, rect, circle, text')) {
    const style = getComputedStyle(el);
    const box = el.getBBox();
    if (el.tagName !== 'text') {
      if (style.fill !== 'none' && style.fillOpacity !== '0' && style.opacity !== '0'
          && !style.fill.startsWith('rgba(0, 0, 0, 0')) shapes.push([box, style.fill]);
      continue;
    }
    const words = el.textContent.trim();
    if (!words) continue;
    const x = box.x + box.width / 2, y = box.y + box.height * 0.6;
    const under = [...shapes].reverse().find(([b]) =>
      b.x <= x && x <= b.x + b.width && b.y <= y && y <= b.y + b.height);
    if (!under) continue;
    const found = [ratio(rgb(style.fill), rgb(under[1])), words, style.fill, under[1]];
    (words.length === 1 && !/[\\p{L}\\p{N}]/u.test(words) ? marks : texts).push(found);
  }
  texts.sort((a, b) => a[0] - b[0]); marks.sort((a, b) => a[0] - b[0]);
  return {paper: lum(rgb(shapes[0][1])), text: texts.slice(0, 3), mark: marks.slice(0, 3),
          count: texts.length};
}"""
DARK_DIAGRAMS = {
    "journey": ("journeys/first-purchase/", ".cx-wide .cx-diagram-scroll svg"),
    "blueprint": ("blueprints/order-to-delivery/", ".cx-wide .cx-diagram-scroll svg"),
    "persona": ("personas/ana/", ".cx-diagram-scroll svg[role]"),
    "comparison": ("journeys/first-purchase-future/", ".cx-comparison .cx-diagram-scroll svg"),
}


@pytest.mark.parametrize("scheme", ["material-slate", "builtin-dark", "light"])
@pytest.mark.parametrize("name", DARK_DIAGRAMS)
def test_diagrams_follow_the_readers_scheme_and_keep_their_contrast(
    browser: Any,
    served_site: str,
    builtin_theme_site: str,
    name: str,
    scheme: str,
    tmp_path: Path,
) -> None:
    """On a dark page a diagram is dark paper with light ink (not a white
    block), and every text still reads at 4.5:1, every mark at 3:1."""
    path, selector = DARK_DIAGRAMS[name]
    site = builtin_theme_site if scheme == "builtin-dark" else served_site
    tab = Tab(browser, site, viewport={"width": 1366, "height": 900})
    try:
        if scheme == "material-slate":
            tab.page.add_init_script(SLATE)
        page = tab.open(path)
        found = page.evaluate(DIAGRAM_CONTRAST, selector)
        assert found["count"] > 10
        if scheme == "light":
            assert found["paper"] > 0.95
        else:
            assert found["paper"] < 0.03, found["paper"]  # about #1b1b1b
        assert found["text"][0][0] >= 4.5, found["text"]
        assert not found["mark"] or found["mark"][0][0] >= 3, found["mark"]
        page.screenshot(path=str(tmp_path / f"{scheme}-{name}.png"))
    finally:
        tab.close()


# --- accessibility (axe-core) -------------------------------------------------

AXE = ROOT / ".cache" / "tools" / "node_modules" / "axe-core" / "axe.min.js"
needs_axe = pytest.mark.skipif(
    not AXE.is_file(), reason="axe-core not installed (./dev installs it with npm)"
)
# axe over cxdocs' own content (the .cx-page of a generated page): what the
# theme draws around it is the theme's (and the site's palette's) business.
AXE_RUN = """async () => {
  const page = document.querySelector('.cx-page');
  const found = await axe.run(page ? {include: [['.cx-page']]} : document,
                              {resultTypes: ['violations']});
  return found.violations.map(v => `${v.id}: ${v.nodes.map(n => n.target.join(' ')).join(', ')}`);
}"""


# Over the whole page, theme included: the example's palette must read too.
AXE_PALETTE = """async () => {
  const found = await axe.run(document, {runOnly: ['color-contrast', 'link-in-text-block']});
  return found.violations.map(v => `${v.id}: ${v.nodes.map(n => n.target.join(' ')).join(', ')}`);
}"""


def _axe_violations(page: Any, run: str = AXE_RUN) -> list[str]:
    if not page.evaluate("typeof axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    return list(page.evaluate(run))


@needs_axe
@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_axe_finds_nothing_in_cxdocs_pages_in_material(
    browser: Any, served_site: str, dark: bool
) -> None:
    tab = Tab(browser, served_site, viewport={"width": 1366, "height": 768})
    try:
        if dark:
            tab.page.add_init_script(SLATE)
        for name, path in PAGES.items():
            page = tab.open(path)
            page.wait_for_timeout(150)  # the viewer has set its toolbar up
            assert _axe_violations(page) == [], name
            assert _axe_violations(page, AXE_PALETTE) == [], name
    finally:
        tab.close()


@needs_axe
def test_axe_finds_nothing_in_cxdocs_pages_in_the_builtin_theme(
    browser: Any, builtin_theme_site: str
) -> None:
    tab = Tab(browser, builtin_theme_site, viewport={"width": 1366, "height": 768})
    try:
        for name, path in PAGES.items():
            page = tab.open(path)
            page.wait_for_timeout(150)
            assert _axe_violations(page) == [], name
    finally:
        tab.close()


# --- filters ------------------------------------------------------------------


def test_journey_index_filters_by_tag_from_the_address(tab: Tab) -> None:
    page = tab.open("journeys/")
    rows = page.locator("tr[data-cx-tags]")
    total = rows.count()
    assert total >= 5 and page.locator("tr.cx-hidden").count() == 0
    page = tab.open("journeys/?tag=subscription")
    hidden = page.locator("tr.cx-hidden").count()
    assert 0 < hidden < total
    assert page.locator('button[data-cx-tag="subscription"]').get_attribute(
        "aria-pressed"
    ) == "true" or "cx-tag-active" in (
        page.locator('button[data-cx-tag="subscription"]').get_attribute("class") or ""
    )


def test_pain_register_filters_count_and_keep_the_choice_in_the_address(tab: Tab) -> None:
    page = tab.open("insights/pain-points/?severity=high")
    rows = page.locator("tr[data-cx-item]")
    visible = page.locator("tr[data-cx-item]:not(.cx-hidden)")
    shown = visible.count()
    assert 0 < shown < rows.count()
    assert set(visible.evaluate_all("rs => rs.map(r => r.dataset.cxSeverity)")) == {"high"}
    assert set(visible.evaluate_all("rs => rs.map(r => r.dataset.cxState)")) == {"current"}
    count = page.locator(".cx-filter-count").text_content()
    assert count == f"{shown} of {rows.count()} pain points"
    journey = page.locator('select[name="journey"]')
    assert journey.locator('option[value="first-purchase"]').text_content().endswith(")")
    journey.select_option("first-purchase")
    assert "journey=first-purchase" in page.url and "severity=high" in page.url
    assert 0 < visible.count() <= shown
    page.locator("form.cx-filters").get_by_role("button", name="Clear filters").click()
    page.wait_for_timeout(50)
    assert "severity" not in page.url
    assert visible.count() == page.locator('tr[data-cx-item][data-cx-state="current"]').count()


def test_current_and_future_state_are_never_shown_mixed(tab: Tab) -> None:
    for path in ("insights/metrics/", "insights/channels/", "insights/moments-of-truth/"):
        page = tab.open(path)
        states = page.locator("[data-cx-item]:not(.cx-hidden)").evaluate_all(
            "items => [...new Set(items.map(i => i.dataset.cxState))]"
        )
        assert states == ["current"], path
        page = tab.open(path + "?state=future")
        states = page.locator("[data-cx-item]:not(.cx-hidden)").evaluate_all(
            "items => [...new Set(items.map(i => i.dataset.cxState))]"
        )
        assert states == ["future"], path


def test_a_figure_and_its_target_each_stay_on_one_line(tab: Tab) -> None:
    # The metrics page's narrow value column once showed "14 ✘ Target" / "5".
    for path in (PAGES["metrics"], PAGES["journey"]):
        page = tab.open(path)
        lines = page.locator(".cx-metric-value, .cx-metric-target").evaluate_all(
            "spans => spans.filter(s => s.offsetParent)"
            ".map(s => [s.textContent, s.getClientRects().length])"
        )
        assert lines, path
        assert [text for text, count in lines if count != 1] == [], path


def test_the_accent_is_the_sites_primary_colour(tab: Tab) -> None:
    page = tab.open(PAGES["journey"])
    accent, primary = page.evaluate(
        """() => [getComputedStyle(document.querySelector('.cx-page'))
                    .getPropertyValue('--cx-accent').trim(),
                  getComputedStyle(document.body).getPropertyValue('--md-primary-fg-color').trim()]"""
    )
    assert accent == primary == "#c2410c"  # mkdocs.yml: primary: custom (palette.css)
    assert accent != "#4051b5"  # Material's default indigo, which :root alone would give
