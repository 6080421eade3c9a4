"""In Chromium, with the bundled font: every text of the example diagrams lies inside its card.

Graphviz lays text out with Liberation Sans; the site serves the same font, so a
browser must draw each line inside the card Graphviz sized for it. The page
measures every <text> against the biggest shape of its node (the card) and
returns what sticks out. Playwright drives the system Chromium.
"""

from __future__ import annotations

import base64
import re
from importlib import resources
from pathlib import Path
from typing import Any

from cxdocs.content.checks.run import load_repository
from cxdocs.content.settings.reader import read_config
from cxdocs.diagrams import render, to_dot
from cxdocs.diagrams.draw import diagram_of
from tests.conftest import ROOT
from tests.helpers import BROWSER_MARKS
from tests.stress import SETTINGS, stress_blueprint, stress_journey

pytestmark = BROWSER_MARKS

FACES = {
    ("normal", 400): "Regular",
    ("normal", 700): "Bold",
    ("italic", 400): "Italic",
    ("italic", 700): "BoldItalic",
}

MEASURE = """
() => document.fonts.ready.then(() => {
  const out = [];
  let texts = 0;
  for (const node of document.querySelectorAll('g.node:not(.cx-legend)')) {
    let card = null, area = 0;
    for (const shape of node.querySelectorAll('path, polygon, ellipse')) {
      const box = shape.getBBox();
      if (box.width * box.height > area) { area = box.width * box.height; card = box; }
    }
    if (!card) continue;  // text with no card around it (titles, legends)
    for (const text of node.querySelectorAll('text')) {
      texts += 1;
      const b = text.getBBox();
      const slack = 0.5;
      if (b.x < card.x - slack || b.x + b.width > card.x + card.width + slack ||
          b.y < card.y - slack || b.y + b.height > card.y + card.height + slack) {
        out.push([node.closest('svg').id, text.textContent,
                  Math.round(b.x + b.width - card.x - card.width)]);
      }
    }
  }
  const font = document.fonts.check('12px "Liberation Sans"');
  return {texts, font, out};
})
"""


def _font_css() -> str:
    rules = []
    for (style, weight), face in FACES.items():
        data = resources.files("cxdocs").joinpath("assets", "fonts", f"LiberationSans-{face}.ttf")
        encoded = base64.b64encode(data.read_bytes()).decode("ascii")
        rules.append(
            f'@font-face {{ font-family: "Liberation Sans"; font-style: {style}; '
            f"font-weight: {weight}; src: url(data:font/ttf;base64,{encoded}); }}"
        )
    return "\n".join(rules)


def _page(svgs: dict[str, str]) -> str:
    body = "".join(
        f'<div id="{name}">{re.sub(r"<svg", f"<svg id={name!r}", svg, count=1)}</div>'
        for name, svg in svgs.items()
    )
    head = f'<meta charset="utf-8"><style>{_font_css()}</style>'
    return f"<html><head>{head}</head><body>{body}</body></html>"


def _measure(browser: Any, tmp_path: Path, svgs: dict[str, str]) -> dict[str, Any]:
    page = browser.new_page()
    page.set_content(_page(svgs))
    result: dict[str, Any] = page.evaluate(MEASURE)
    page.screenshot(path=str(tmp_path / "diagrams.png"), full_page=True)
    page.close()
    return result


def test_every_text_of_the_example_diagrams_lies_inside_its_card(
    browser: Any, tmp_path: Path
) -> None:
    repo, _, _ = load_repository(read_config(ROOT / "mkdocs.yml"))
    svgs = {}
    for kind, table in (("journey", repo.journeys), ("blueprint", repo.blueprints)):
        for ident, entry in sorted(table.items()):
            diagram = diagram_of(kind, entry.item, repo)
            svgs[f"{kind}-{ident}"] = render(to_dot(diagram), "svg", tmp_path / "cache").decode()
    result = _measure(browser, tmp_path, svgs)
    assert result["font"] is True
    assert isinstance(result["texts"], int) and result["texts"] > 500
    assert result["out"] == []


def test_every_text_of_the_stress_set_lies_inside_its_card(browser: Any, tmp_path: Path) -> None:
    from cxdocs.diagrams import blueprint_diagram, journey_diagram

    svgs = {
        "stress-journey": render(
            to_dot(journey_diagram(stress_journey(), SETTINGS)), "svg"
        ).decode(),
        "stress-blueprint": render(
            to_dot(blueprint_diagram(stress_blueprint(), SETTINGS)), "svg"
        ).decode(),
    }
    result = _measure(browser, tmp_path, svgs)
    assert result["out"] == []
