"""The Research section in a browser: the register and its filter, a source page,
evidence on a journey page, the unsupported filter, and nothing private shown."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.conftest import ROOT
from tests.helpers import BROWSER_MARKS, Tab, mkdocs_build, serve_site

pytestmark = BROWSER_MARKS


@pytest.fixture(scope="module")
def served_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    site = tmp_path_factory.mktemp("research-site")
    result = mkdocs_build(ROOT / "mkdocs.yml", site)
    assert result.returncode == 0, result.stderr
    yield from serve_site(site)


@pytest.fixture
def tab(browser: Any, served_site: str) -> Iterator[Tab]:
    opened = Tab(browser, served_site, viewport={"width": 1280, "height": 900})
    yield opened
    assert opened.errors == []
    opened.close()


def test_register_lists_sources_and_filters_by_method(tab: Tab) -> None:
    page = tab.open("research/")
    rows = page.locator("tr[data-cx-item]")
    assert rows.count() == 4
    private = rows.filter(has_text="clube-patas-exit-survey")
    assert private.locator(".cx-private").count() == 1
    page.locator('select[name="method"]').select_option("interview")
    visible = page.locator("tr[data-cx-item]:not(.cx-hidden)")
    assert visible.count() == 1 and "Interviews with first-time buyers" in visible.inner_text()
    assert "method=interview" in page.url
    assert page.locator(".cx-filter-count").text_content() == "1 of 4 sources"
    visible.get_by_role("link").first.click()
    page.wait_for_load_state("load")
    assert page.url.endswith("research/first-buyer-interviews/")
    assert page.locator("h1").inner_text() == "Interviews with first-time buyers"


def test_source_page_shows_quotes_with_who_cites_them_and_hides_private_text(tab: Tab) -> None:
    page = tab.open("research/first-buyer-interviews/")
    quote = page.locator("#quote-q3-pix-expired")
    assert "The Pix code expired" in quote.inner_text()
    cited = quote.locator(".cx-cited-by a")
    assert cited.count() == 2
    cited.first.click()
    page.wait_for_load_state("load")
    assert "journeys/first-purchase/#step-pays-pix" in page.url
    page = tab.open("research/first-buyer-interviews/")
    hidden = page.locator("#quote-q9-neighbour")
    assert hidden.locator(".cx-private").count() == 1
    assert "4th floor" not in page.content()
    page = tab.open("research/clube-patas-exit-survey/")
    assert page.locator("h1").inner_text() == "clube-patas-exit-survey"
    assert "payment partner" not in page.content() and "4 in 10" not in page.content()


def test_journey_step_shows_its_evidence_linked_to_the_source(tab: Tab) -> None:
    page = tab.open("journeys/first-purchase/")
    step = page.locator("#step-enters-cep")
    evidence = step.locator(".cx-evidence")
    assert "Thor eats tomorrow" in evidence.inner_text()
    marks = step.locator(".cx-pains .cx-cite-mark")
    assert marks.count() == 2
    assert marks.first.get_attribute("title")  # the finding, on hover
    # The map marks each emotion point with its evidence.
    assert page.locator("svg .cx-evidence-mark").count() >= 10
    assert page.locator("svg .cx-no-evidence").count() >= 1


def test_unsupported_filter_and_dashboard_count(tab: Tab) -> None:
    page = tab.open("insights/pain-points/?severity=high&evidence=unsupported")
    visible = page.locator("tr[data-cx-item]:not(.cx-hidden)")
    unsupported = visible.count()
    assert unsupported > 0
    assert set(visible.evaluate_all("rs => rs.map(r => r.dataset.cxEvidence)")) == {"unsupported"}
    page.locator('select[name="evidence"]').select_option("supported")
    assert visible.count() > 0
    assert set(visible.evaluate_all("rs => rs.map(r => r.dataset.cxEvidence)")) == {"supported"}
    page = tab.open("")
    card = page.locator("a.cx-gallery-card", has_text="without evidence")
    assert card.locator(".cx-gallery-name").inner_text() == str(unsupported)
    card.click()
    page.wait_for_load_state("load")
    assert "evidence=unsupported" in page.url
