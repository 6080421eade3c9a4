"""The example published by Zensical, in a browser: styled, the viewer working,
also when Zensical's instant navigation swaps pages in place (no settings added
for cxdocs: the pages bring the viewer's CSS and JS)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cxdocs.files import FOLDERS
from tests.conftest import ROOT
from tests.helpers import BROWSER_MARKS, Tab, diagram_scale, generated_by_a_build, serve_site

pytestmark = [*BROWSER_MARKS, pytest.mark.engines]


@pytest.fixture(scope="module")
def zensical_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    pytest.importorskip("zensical")
    repo = tmp_path_factory.mktemp("zensical") / "repo"
    repo.mkdir()
    # The example as it is, with the theme's instant navigation on (a team's choice).
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    (repo / "mkdocs.yml").write_text(
        config.replace("  features:\n", "  features:\n    - navigation.instant\n", 1)
    )
    for folder in (*FOLDERS.values(), "docs", "theme"):
        shutil.copytree(ROOT / folder, repo / folder, ignore=generated_by_a_build)
    for command in (["cxdocs", "build"], ["zensical", "build", "--clean"]):
        done = subprocess.run(
            [sys.executable, "-m", *command], cwd=repo, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr
    yield from serve_site(repo / "site")


@pytest.fixture
def tab(browser: Any, zensical_site: str) -> Iterator[Tab]:
    opened = Tab(browser, zensical_site, viewport={"width": 1366, "height": 768})
    yield opened
    opened.close()


def _badge_style(page: Any) -> dict[str, str]:
    return dict(
        page.locator(".cx-badge").first.evaluate(
            "b => { const s = getComputedStyle(b); "
            "return {radius: s.borderRadius, size: s.fontSize, weight: s.fontWeight}; }"
        )
    )


def test_pages_are_styled_and_the_viewer_works(tab: Tab, tmp_path: Path) -> None:
    page = tab.open("journeys/first-purchase/")
    style = _badge_style(page)
    assert style["radius"] != "0px" and style["weight"] in ("600", "700"), style
    viewer = page.locator(".cx-journey-diagram")
    fitted = diagram_scale(page)
    viewer.get_by_role("button", name="Zoom in").click()
    assert diagram_scale(page) == pytest.approx(fitted * 1.25, rel=0.02)
    viewer.get_by_role("button", name="Full screen").click()
    assert viewer.evaluate("v => v.classList.contains('cx-full')")
    page.keyboard.press("Escape")
    page.screenshot(path=str(tmp_path / "zensical-journey.png"))
    assert tab.errors == []


def test_instant_navigation_sets_the_viewer_up_once(tab: Tab) -> None:
    page = tab.open("")
    assert page.evaluate("typeof window.document$") == "object"  # instant navigation is on
    content = page.locator("article")
    content.get_by_role("link", name="First purchase on the website", exact=True).first.click()
    page.wait_for_selector(".cx-journey-diagram .cx-canvas > svg")
    page.wait_for_timeout(300)
    viewer = page.locator(".cx-journey-diagram")
    fitted = diagram_scale(page)
    viewer.get_by_role("button", name="Zoom in").click()
    # Set up once: one click zooms one step, not one step per time the script ran.
    assert diagram_scale(page) == pytest.approx(fitted * 1.25, rel=0.02)
    assert page.evaluate("window.cxdocsLoaded") is True
    assert tab.errors == []
