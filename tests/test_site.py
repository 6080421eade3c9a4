"""End to end: the example site builds with --strict, complete, linked and safe."""

from __future__ import annotations

import hashlib
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from cxdocs.files import FOLDERS
from tests.conftest import ROOT, make_repo
from tests.helpers import mkdocs_build
from tests.linkcheck import broken_links

pytestmark = [pytest.mark.dot, pytest.mark.slow]


def _snapshot(root: Path) -> dict[str, str]:
    """Hash of every file under the content folders and docs/: nothing may change."""
    files = {}
    for folder in (*FOLDERS.values(), "docs"):
        for path in sorted((root / folder).rglob("*")):
            if path.is_file():
                files[path.relative_to(root).as_posix()] = hashlib.sha256(
                    path.read_bytes()
                ).hexdigest()
    return files


@pytest.fixture(scope="module")
def example_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    before = _snapshot(ROOT)
    site = tmp_path_factory.mktemp("site")
    result = mkdocs_build(ROOT / "mkdocs.yml", site)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    assert _snapshot(ROOT) == before, "the build wrote into content folders or docs/"
    return site


def test_every_object_has_a_page(example_site: Path) -> None:
    for kind in ("personas", "journeys", "blueprints", "research"):
        assert (example_site / kind / "index.html").is_file()
        for path in (ROOT / kind).rglob("*.*"):
            if path.suffix in (".yaml", ".md"):
                ident = path.stem
                assert (example_site / kind / ident / "index.html").is_file(), ident
    for page in ("pain-points", "actions", "channels", "metrics", "moments-of-truth"):
        assert (example_site / "insights" / page / "index.html").is_file()


def test_internal_links_and_anchors_resolve(example_site: Path) -> None:
    assert broken_links(example_site) == []


def test_journey_page_inlines_a_well_formed_svg_with_step_anchors(example_site: Path) -> None:
    html = (example_site / "journeys" / "first-purchase" / "index.html").read_text()
    start = html.index("<svg", html.index('class="cx-diagram-scroll'))
    end = html.index("</svg>", start) + len("</svg>")
    svg = ET.fromstring(html[start:end])
    assert svg.get("role") == "group"  # not "img": its step links are announced
    assert int(svg.get("data-cx-lanes", "0")) > 100  # the viewer keeps lane labels in sight
    assert "Persona: Ana Souza" in html[start:end]  # the name, not the id
    for step in ("pays-pix", "enters-cep", "receives-order"):
        assert f'id="step-{step}"' in html
        assert f"#step-{step}" in html[start:end]


def test_future_journey_compares_its_curve_with_the_current_one(example_site: Path) -> None:
    html = (example_site / "journeys" / "first-purchase-future" / "index.html").read_text()
    assert 'id="current-vs-future"' in html
    assert html.count("<svg") >= 2


def test_the_current_vs_future_chart_downloads_as_the_svg_shown(example_site: Path) -> None:
    import base64
    import re
    from xml.etree import ElementTree

    html = (example_site / "journeys" / "first-purchase-future" / "index.html").read_text()
    chart = html[html.index('id="current-vs-future"') :]
    found = re.search(
        r'href="data:image/svg\+xml;base64,([^"]+)" download="([^"]+)"', chart[:200_000]
    )
    assert found, "no SVG download beside the chart"
    assert found.group(2) == "first-purchase-future-current-vs-future.svg"
    document = base64.b64decode(found.group(1)).decode("utf-8")
    assert document.startswith("<?xml")
    root = ElementTree.fromstring(document.encode("utf-8"))  # a file that opens on its own
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert "Current vs future" in document or "current" in document.lower()


def test_cross_cutting_views_list_real_content(example_site: Path) -> None:
    pains = (example_site / "insights" / "pain-points" / "index.html").read_text()
    assert "Pix code expired before I could pay" in pains
    actions = (example_site / "insights" / "actions" / "index.html").read_text()
    assert "Logistics" in actions and "cx-status-planned" in actions
    metrics = (example_site / "insights" / "metrics" / "index.html").read_text()
    assert "promoters" in metrics


def test_user_text_is_escaped_everywhere(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    journey = repo / "journeys" / "first-purchase.yaml"
    evil = '<script>alert(1)</script> & \\"{x}\\" <b>bold</b>'
    text = journey.read_text().replace("title: First purchase", f'title: "{evil}"')
    text = text.replace("action: Pays with Pix", f'action: "{evil}"')
    journey.write_text(text + f'description: "{evil}"\n')
    site = tmp_path / "site"
    result = mkdocs_build(repo / "mkdocs.yml", site)
    assert result.returncode == 0, result.stderr
    for page in site.rglob("*.html"):
        content = page.read_text()
        assert "<script>alert(1)</script>" not in content, page
        assert "<b>bold</b>" not in content, page
    html = (site / "journeys" / "first-purchase" / "index.html").read_text()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_invalid_content_fails_the_build_with_the_check_message(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    journey = repo / "journeys" / "first-purchase.yaml"
    journey.write_text(journey.read_text().replace("persona: ana", "persona: anna"))
    result = mkdocs_build(repo / "mkdocs.yml", tmp_path / "site")
    assert result.returncode == 1
    assert (
        "journeys/first-purchase.yaml:2:10: error[unknown-reference] persona 'anna' is not "
        "defined; did you mean 'ana'?"
    ) in result.stderr
    assert "Traceback" not in result.stderr


def test_warnings_fail_a_strict_build(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    (repo / "personas" / "bruno.yaml").write_text("name: Bruno\n")
    result = mkdocs_build(repo / "mkdocs.yml", tmp_path / "site")
    assert result.returncode == 1
    assert "warning[unused-persona]" in result.stderr


def test_builds_are_deterministic(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    first, second = tmp_path / "a", tmp_path / "b"
    assert mkdocs_build(repo / "mkdocs.yml", first).returncode == 0
    shutil.rmtree(repo / ".cache", ignore_errors=True)  # the second build lays out again
    assert mkdocs_build(repo / "mkdocs.yml", second).returncode == 0
    for page in first.rglob("*.html"):
        assert page.read_bytes() == (second / page.relative_to(first)).read_bytes(), page


def test_diagram_embed_in_hand_written_page(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    (repo / "docs" / "index.md").write_text(
        "# Home\n\nOur main journey:\n\n```cxdocs\njourney: first-purchase\n```\n\n"
        "How to embed one:\n\n````markdown\n```cxdocs\njourney: first-purchase\n```\n````\n"
    )
    site = tmp_path / "site"
    result = mkdocs_build(repo / "mkdocs.yml", site)
    assert result.returncode == 0, result.stderr
    html = (site / "index.html").read_text()
    assert html.count('<div class="cx-diagram" data-cx-viewer>') == 1 and "<svg" in html
    assert 'href="journeys/first-purchase.png" download' in html
    assert "CXDOCS-EMBED" not in html
    assert "```cxdocs" in html  # the syntax shown inside a code block stays text
    assert 'href="journeys/first-purchase/#step-pays"' in html  # steps lead to their page
    assert broken_links(site) == []
    (repo / "docs" / "index.md").write_text("```cxdocs\njourney: nope\n```\n")
    result = mkdocs_build(repo / "mkdocs.yml", tmp_path / "site2")
    assert result.returncode == 1
    # The same problem `cxdocs check` reports, at the block's line, before any page is built.
    assert "docs/index.md:2:10: error[unknown-reference] journey 'nope' is not defined" in (
        result.stderr
    )


def test_home_page_is_generated_when_docs_has_none(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)  # its docs/ folder is empty
    site = tmp_path / "site"
    result = mkdocs_build(repo / "mkdocs.yml", site)
    assert result.returncode == 0, result.stderr
    home = (site / "index.html").read_text()
    assert 'href="journeys/"' in home and 'href="insights/pain-points/"' in home
    assert 'href="journeys/first-purchase/#step-waits"' in home  # the lowest point (-1)
    assert broken_links(site) == []


def test_templates_can_be_overridden_from_the_theme(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    config = repo / "mkdocs.yml"
    config.write_text(config.read_text() + "theme:\n  name: mkdocs\n  custom_dir: theme\n")
    override = repo / "theme" / "cxdocs" / "persona.html"
    override.parent.mkdir(parents=True)
    override.write_text('<p class="house-style">{{ persona.name }} / {{ t("segment") }}</p>\n')
    site = tmp_path / "site"
    result = mkdocs_build(config, site)
    assert result.returncode == 0, result.stderr
    page = (site / "personas" / "ana" / "index.html").read_text()
    assert '<p class="house-style">Ana Souza / Segment</p>' in page
    journey = (site / "journeys" / "first-purchase" / "index.html").read_text()
    assert 'id="step-pays"' in journey  # other templates keep the defaults


def test_large_sections_list_only_their_index_in_the_navigation(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    config = repo / "mkdocs.yml"
    config.write_text(
        config.read_text().replace("  - cxdocs:\n", "  - cxdocs:\n      nav_limit: 1\n")
    )
    journey = (repo / "journeys" / "first-purchase.yaml").read_text()
    (repo / "journeys" / "second.yaml").write_text(journey)
    site = tmp_path / "site"
    result = mkdocs_build(config, site)
    assert result.returncode == 0, result.stderr
    home = (site / "index.html").read_text()
    nav = home[: home.index('role="main"')] if 'role="main"' in home else home
    assert 'href="journeys/"' in nav
    assert 'href="journeys/second/"' not in nav  # 2 journeys > limit 1: index only
    assert 'href="personas/ana/"' in nav  # 1 persona: listed
    assert (site / "journeys" / "second" / "index.html").is_file()  # still built
    assert broken_links(site) == []


def test_every_diagram_offers_the_files_cxdocs_render_makes(example_site: Path) -> None:
    from cxdocs.changes import provenance
    from cxdocs.content.checks.run import run_checks
    from cxdocs.content.settings.reader import read_config
    from cxdocs.diagrams.draw import diagram_bytes

    html = (example_site / "journeys" / "first-purchase" / "index.html").read_text()
    toolbar = html[html.index('class="cx-toolbar"') :]
    toolbar = toolbar[: toolbar.index("</div>")]
    tools = ("Zoom in", "Zoom out", "Fit the whole diagram", "Actual size (100%)", "Full screen")
    for label in tools:
        assert f'aria-label="{label}"' in toolbar
    # Each tooltip shows the tool's key.
    for label, key in zip(tools, ("+", "-", "0", "1", "F"), strict=True):
        assert f'title="{label} ({key})"' in toolbar
    config = read_config(ROOT / "mkdocs.yml")
    repo = run_checks(config).repository
    changed = provenance.read(repo.root).dates()  # as `cxdocs render` reads it
    for fmt in ("svg", "png", "pdf"):
        assert f'href="../first-purchase.{fmt}" download' in toolbar
        item = repo.journeys["first-purchase"].item
        made = diagram_bytes("journey", item, repo, fmt, config.cache_dir, changed)
        assert (example_site / "journeys" / f"first-purchase.{fmt}").read_bytes() == made
    assert (example_site / "blueprints" / "order-to-delivery.pdf").read_bytes()[:5] == b"%PDF-"
    assert (example_site / "personas" / "ana.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_hand_written_home_embeds_the_dashboard_blocks(example_site: Path) -> None:
    home = (example_site / "index.html").read_text()
    assert "cx-block-dashboard" in home and "cx-block-high-pain-points" in home
    assert 'href="insights/pain-points/?severity=high"' in home
    assert "```cxdocs" not in home and "CXDOCS-EMBED" not in home
    # Today's figures only: the future-state journey's pain points are not counted.
    assert "first-purchase-future/#step" not in home[home.index("cx-block-high-pain-points") :]


def test_navigation_lists_a_current_journey_before_its_future_state(example_site: Path) -> None:
    page = (example_site / "personas" / "ana" / "index.html").read_text()
    nav = page[: page.index('class="md-content"')]
    assert nav.index('href="../../journeys/first-purchase/"') < nav.index(
        'href="../../journeys/first-purchase-future/"'
    )


def test_focus_challenge_shows_its_parts_labelled(example_site: Path) -> None:
    page = (example_site / "journeys" / "first-purchase" / "index.html").read_text()
    focus = page[page.index('class="cx-focus"') :]
    focus = focus[: focus.index("</div>")]
    assert "<dt>Who</dt><dd>First-time buyers" in focus and "<dt>So that</dt>" in focus


def test_blueprint_page_ranks_fail_points_as_the_diagram_does(example_site: Path) -> None:
    """Most severe first, each with its severity in the same word the diagram uses."""
    html = (example_site / "blueprints" / "order-to-delivery" / "index.html").read_text()
    table = html[html.index('id="fail-points"') : html.index('id="waits"')]
    ranks = re.findall(r"<tr><td>(High|Medium|Low)</td>", table)
    assert ranks and ranks == sorted(ranks, key=["High", "Medium", "Low"].index)
    assert {"High", "Medium", "Low"} <= set(ranks)
    # The phase takes its journey stage's name when it has none of its own.
    other = (example_site / "blueprints" / "late-delivery-recovery" / "index.html").read_text()
    assert "<td>Notice the problem</td>" in other
