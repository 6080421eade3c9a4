"""Contrast inside the diagrams, computed from the drawn SVG's own colours.

axe-core cannot see inside an SVG, so each text is measured against the fill
it is drawn on (the last filled shape under its baseline, as painted): every
text at least 4.5:1 (WCAG AA), every glyph that carries meaning alone (a
severity mark, the moment-of-truth star, a heart) at least 3:1 (WCAG 1.4.11).
The same holds for the dark variant a dark page shows (diagrams/dark.py).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from cxdocs.content.checks.run import load_repository
from cxdocs.content.settings.reader import read_config
from cxdocs.diagrams import dark
from cxdocs.diagrams import style as st
from cxdocs.diagrams.draw import diagram_bytes, find_entry
from tests.conftest import ROOT

NS = "{http://www.w3.org/2000/svg}"
NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
SHAPES = {NS + "polygon", NS + "path", NS + "ellipse"}
DIAGRAMS = [
    "journeys/first-purchase.yaml",
    "journeys/first-purchase-future.yaml",
    "journeys/clube-patas-onboarding.yaml",
    "blueprints/order-to-delivery.yaml",
    "personas/carla.yaml",
]
TEXT_FLOOR, MARK_FLOOR = 4.5, 3.0
Found = tuple[float, str, str, str]  # contrast, text, its colour, the fill under it


def _bounds(shape: ET.Element) -> tuple[float, float, float, float]:
    if shape.tag == NS + "ellipse":
        cx, cy, rx, ry = (float(shape.get(k, 0)) for k in ("cx", "cy", "rx", "ry"))
        return cx - rx, cy - ry, cx + rx, cy + ry
    values = [float(v) for v in NUMBER.findall(shape.get("points") or shape.get("d") or "")]
    xs, ys = values[0::2], values[1::2]
    return min(xs), min(ys), max(xs), max(ys)


def measured(svg: str) -> list[Found]:
    """(contrast, text, its colour, the fill under it) for every text drawn."""
    shapes: list[tuple[tuple[float, float, float, float], str]] = []
    found = []
    for element in ET.fromstring(svg).iter():
        fill = element.get("fill", "")
        if element.tag in SHAPES and fill.startswith("#"):
            shapes.append((_bounds(element), fill))
        elif element.tag == NS + "text" and (element.text or "").strip():
            x, y = float(element.get("x", 0)), float(element.get("y", 0))
            y -= float(element.get("font-size", 9)) / 3  # the middle of a lowercase letter
            under = next(
                colour
                for (x0, y0, x1, y1), colour in reversed(shapes)
                if x0 <= x <= x1 and y0 <= y <= y1
            )
            colour = element.get("fill", "#000000")
            found.append(
                (dark.contrast(colour, under), (element.text or "").strip(), colour, under)
            )
    return found


def is_mark(text: str) -> bool:
    """A glyph standing for something (● ▲ ○ ★ ♥ +), not a word or a number."""
    return len(text) == 1 and not text.isalnum()


@pytest.fixture(scope="module")
def drawn(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    repo, _, _ = load_repository(read_config(ROOT / "mkdocs.yml"))
    cache = tmp_path_factory.mktemp("contrast-cache")
    out = {}
    for path in DIAGRAMS:
        entry = find_entry(repo, ROOT / path)
        assert entry is not None, path
        out[path] = diagram_bytes(entry[0], entry[1], repo, "svg", cache).decode("utf-8")
    return out


def _floors(found: list[Found]) -> tuple[list[Found], list[Found]]:
    texts = sorted({f for f in found if not is_mark(f[1]) and f[0] < TEXT_FLOOR})
    marks = sorted({f for f in found if is_mark(f[1]) and f[0] < MARK_FLOOR})
    return texts, marks


@pytest.mark.dot
@pytest.mark.parametrize("path", DIAGRAMS)
def test_every_text_and_mark_reads_on_white(drawn: dict[str, str], path: str) -> None:
    found = measured(drawn[path])
    assert len(found) > 20
    assert _floors(found) == ([], [])


@pytest.mark.dot
@pytest.mark.parametrize("path", DIAGRAMS)
def test_every_text_and_mark_reads_on_a_dark_page(drawn: dict[str, str], path: str) -> None:
    svg = dark.dark_svg(drawn[path])
    found = measured(svg)
    assert _floors(found) == ([], [])
    # The paper itself is dark: the first shape drawn is the background.
    background = ET.fromstring(svg).find(f".//{NS}polygon")
    assert background is not None
    assert dark.luminance(background.get("fill", "")) < 0.03


@pytest.mark.dot
def test_medium_and_low_pain_points_differ_by_shape(drawn: dict[str, str]) -> None:
    glyphs = set(st.SEVERITY_GLYPH.values())
    assert len(glyphs) == 3
    texts = [t for _, t, _, _ in measured(drawn["journeys/first-purchase.yaml"])]
    for glyph in glyphs:  # on the map and in its legend
        assert texts.count(glyph) >= 2, glyph


@pytest.mark.dot
def test_the_legend_keeps_the_moment_of_truth_apart_from_severities(
    drawn: dict[str, str],
) -> None:
    texts = [t for _, t, _, _ in measured(drawn["journeys/first-purchase.yaml"])]
    legend = texts[texts.index("Step:") :]
    star, severity = legend.index("\u2605"), legend.index("Pain point severity:")
    assert star < severity  # its own group, under its own heading, before the severities
    assert legend.index("high") > severity


def test_the_stylesheet_has_the_current_dark_palette() -> None:
    css = (ROOT / "cxdocs" / "assets" / "cxdocs.css").read_text("utf-8")
    assert dark.dark_css() in css, "run: python -m cxdocs.diagrams.dark"


def test_accents_keep_their_colour_and_paper_turns_dark() -> None:
    assert dark.dark_fill(st.EMOTION_COLORS[-2]) == st.EMOTION_COLORS[-2]
    assert dark.luminance(dark.dark_fill(st.WHITE)) < 0.03
    assert dark.luminance(dark.dark_text(st.INK)) > 0.5
    assert dark.dark_text(st.ON_ACCENT) == st.ON_ACCENT


def test_the_stylesheet_recolours_what_the_drawing_code_draws() -> None:
    css = (ROOT / "cxdocs" / "assets" / "cxdocs.css").read_text("utf-8")
    for colour in (st.WHITE, st.INK, st.LANE_FILL, st.MUTED):
        assert f'[fill="{colour}"]' in css
    # Print stays on white paper.
    block = css[css.index(dark.BEGIN) : css.index(dark.END)]
    assert "@media screen" in block


def test_contrast_of_known_colours() -> None:
    assert dark.contrast("#ffffff", "#000000") == pytest.approx(21)
    assert dark.contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert Path(dark.CSS).is_file()
