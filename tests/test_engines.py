"""The example published by every engine cxdocs supports, the way its users run it.

- Zensical (runs no plugins) after `cxdocs build`, from the same mkdocs.yml,
  compared with MkDocs + Material: the same addresses, the same pages;
- ProperDocs with properdocs.yml (runs the plugin);
- MkDocs 1.6 with Material and with its built-in theme (the plugin; the
  plugin and `cxdocs build --engine mkdocs` are compared in test_build.py);
- MkDocs with techdocs-core, configured as Backstage's TechDocs does.

Each asserts what a reader relies on: every persona, journey and blueprint has
its page with its diagram, every internal link and #anchor resolves, and no
content file (nor a hand-written page) is touched. Install the engines with
`pip install -e '.[engines]'` (`./dev test` does).
"""

from __future__ import annotations

import hashlib
import html
import importlib.util
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cxdocs.content.checks.run import run_checks
from cxdocs.content.settings.reader import read_config
from tests.conftest import ROOT
from tests.helpers import generated_by_a_build
from tests.linkcheck import broken_links

pytestmark = [pytest.mark.engines, pytest.mark.dot, pytest.mark.slow]

KINDS = ("personas", "journeys", "blueprints", "research")


def _needs(module: str) -> None:
    if importlib.util.find_spec(module) is None:
        pytest.skip(f"{module} is not installed (pip install -e '.[engines]')")


def _snapshot(root: Path) -> dict[str, str]:
    """Every content file and hand-written page (not what `cxdocs build` wrote)."""
    manifest = root / "docs" / ".cxdocs-manifest.json"
    generated = set(json.loads(manifest.read_text())["files"]) if manifest.is_file() else set()
    files = {}
    for folder in (*KINDS, "docs"):
        for path in sorted((root / folder).rglob("*")):
            rel = path.relative_to(root / "docs").as_posix() if folder == "docs" else ""
            if path.is_file() and rel not in generated | {".cxdocs-manifest.json"}:
                files[path.relative_to(root).as_posix()] = hashlib.sha256(
                    path.read_bytes()
                ).hexdigest()
    return files


def _run(repo: Path, *command: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        command,
        cwd=repo,
        capture_output=True,
        text=True,
        check=False,
        env={
            "NO_MKDOCS_2_WARNING": "1",
            "PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin:/usr/local/bin",
            "HOME": str(repo),
            "SOURCE_DATE_EPOCH": "1764000000",
        },
    )
    assert result.returncode == 0, f"{command}:\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def drawn(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example with its diagrams drawn once, so each engine's copy starts warm."""
    repo = tmp_path_factory.mktemp("drawn") / "repo"
    repo.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", repo)
    for folder in (*KINDS, "docs", "theme"):
        shutil.copytree(ROOT / folder, repo / folder, ignore=generated_by_a_build)
    _run(repo, sys.executable, "-m", "cxdocs", "build", "--out", str(repo.parent / "warm"))
    return repo


@pytest.fixture
def example(drawn: Path, tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    shutil.copytree(drawn, repo)
    return repo


def assert_published(repo: Path, site: Path, prefix: str = "") -> None:
    """Every object's page with its diagram; links resolve; content untouched."""
    for kind in KINDS:
        assert (site / prefix / kind / "index.html").is_file(), kind
        for path in (repo / kind).rglob("*.*"):
            if path.suffix not in (".yaml", ".md"):
                continue
            page = site / prefix / kind / path.stem / "index.html"
            assert page.is_file(), page
            html = page.read_text(encoding="utf-8")
            if kind in ("journeys", "blueprints"):  # personas: an empathy map only if any
                assert '<svg class="cx-svg' in html or "<svg" in html, page
            assert "<!--cxdocs-diagram" not in html, page
    for name in ("pain-points", "actions", "channels", "metrics", "moments-of-truth"):
        assert (site / prefix / "insights" / name / "index.html").is_file(), name
    assert broken_links(site) == []


def _pages(site: Path) -> set[str]:
    return {p.parent.relative_to(site).as_posix() for p in site.rglob("index.html")}


def _zensical(repo: Path) -> subprocess.CompletedProcess[str]:
    _run(repo, sys.executable, "-m", "cxdocs", "build")
    return _run(repo, sys.executable, "-m", "zensical", "build", "--clean")


def test_zensical_publishes_the_plugins_site_from_the_same_settings(
    example: Path, tmp_path: Path
) -> None:
    _needs("zensical")
    embed = example / "docs" / "embed.md"
    embed.write_text("# Our main journey\n\n```cxdocs\njourney: first-purchase\n```\n")
    # MkDocs + Material, with the plugin: the reference.
    _run(example, sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(tmp_path / "mk"))
    before = _snapshot(example)
    # Zensical: the same mkdocs.yml, untouched; only the build command changes.
    result = _zensical(example)
    output = re.sub(r"\x1b\[[0-9;]*m", "", result.stdout + result.stderr)
    assert "Warning" not in output and "No issues found" in output, output
    site = example / "site"
    assert_published(example, site)
    # The same addresses: every page MkDocs publishes, Zensical publishes.
    assert _pages(tmp_path / "mk") == _pages(site)
    # Home-page blocks are drawn, and the heading after them is kept.
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "```cxdocs" not in home and 'class="cx-page cx-block cx-block-dashboard"' in home
    assert 'class="cx-page cx-block cx-block-high-pain-points"' in home
    assert home.count('<link rel="stylesheet" href="assets/cxdocs/cxdocs-site.css">') == 1
    # The Markdown extension draws embeds in hand-written pages; steps lead to their page.
    embedded = (site / "embed" / "index.html").read_text(encoding="utf-8")
    assert "```cxdocs" not in embedded and "<svg" in embedded
    assert 'href="../journeys/first-purchase/#step-' in embedded
    page = (site / "journeys" / "first-purchase" / "index.html").read_text()
    # The viewer comes with the page (linkcheck: the files exist), no settings needed.
    assert '<link rel="stylesheet" href="../../assets/cxdocs/cxdocs-site.css">' in page
    assert '<script src="../../assets/cxdocs/cxdocs-site.js" defer>' in page
    assert 'id="step-' in page  # the diagram's step links have their targets
    # A table of contents beside the page, from its Markdown headings.
    toc = page[page.index('data-md-component="toc"') : page.index('data-md-component="content"')]
    for anchor in ("journey-map", "details", "stage-buy", "actions"):
        assert f'href="#{anchor}"' in toc, anchor
    assert _snapshot(example) == before


def _nav_titles(page: Path) -> list[str]:
    """The primary navigation's titles, in order, as a reader sees them."""
    html = page.read_text(encoding="utf-8")
    nav = html[html.index("md-nav--primary") :]
    nav = nav[: nav.index("md-sidebar--secondary")]
    found = re.finditer(r'<span class="md-ellipsis">(.*?)</(?:a|label)>', nav, re.S)
    return [" ".join(re.sub(r"<[^>]+>", " ", f[1]).split()) for f in found]


def test_one_mkdocs_yml_gives_both_engines_the_plugins_navigation(
    example: Path, tmp_path: Path
) -> None:
    """A pt-BR site that MkDocs and Zensical both build from one mkdocs.yml, without
    a `nav:`: Zensical shows cxdocs' section titles in the site's language and in
    cxdocs' order, as MkDocs with the plugin does, and indexes the journeys' headings."""
    _needs("zensical")
    config = example / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "\nnav:" not in text and "  - awesome-nav" in text
    config.write_text(text.replace("      locale: en\n", "      locale: pt-BR\n"), encoding="utf-8")
    # As a repository in the middle of the move: the generated pages are in docs/.
    _run(example, sys.executable, "-m", "cxdocs", "build")
    _run(example, sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(tmp_path / "mk"))
    result = _run(example, sys.executable, "-m", "zensical", "build", "--clean")
    output = re.sub(r"\x1b\[[0-9;]*m", "", result.stdout + result.stderr)
    assert "Warning" not in output and "No issues found" in output, output
    site = example / "site"
    for page in (
        "index.html",
        "journeys/first-purchase/index.html",
        "insights/pain-points/index.html",
    ):
        assert _nav_titles(site / page) == _nav_titles(tmp_path / "mk" / page), page
    titles = _nav_titles(site / "index.html")
    sections = ("Personas", "Jornadas", "Blueprints de serviço", "Pesquisa", "Insights")
    assert [t for t in titles if t in sections] == list(sections)
    for english in ("Journeys", "Blueprints", "Research"):
        assert english not in titles
    assert "Registro de pontos de dor" in titles  # the insights' pages, in the plugin's words
    # Search: every journey's page, its sections and its stages, under their headings.
    index = json.loads((site / "search.json").read_text(encoding="utf-8"))["items"]
    entries = {item["location"]: item for item in index}
    repo = run_checks(read_config(config)).repository
    assert repo.journeys
    for ident, entry in repo.journeys.items():
        journey = entry.item
        page = f"journeys/{ident}/"
        assert entries[page]["title"] == journey.title, page
        assert entries[f"{page}#journey-map"]["title"] == "Mapa da jornada"
        assert entries[f"{page}#details"]["title"] == "Etapas e passos"
        for stage in journey.stages:
            found = entries[f"{page}#stage-{stage.id}"]
            assert found["title"] == stage.name, (page, stage.id)
            assert found["path"][0] == "Jornadas"
            for step in stage.steps:  # a step's words are found in its stage (as HTML)
                assert html.escape(step.action, quote=False) in found["text"], (page, step.id)


def test_properdocs_runs_the_plugin_from_properdocs_yml(example: Path) -> None:
    _needs("properdocs")
    before = _snapshot(example)
    (example / "mkdocs.yml").rename(example / "properdocs.yml")
    # cxdocs itself finds its settings there too.
    _run(example, sys.executable, "-m", "cxdocs", "check", "--strict")
    _run(example, sys.executable, "-m", "properdocs", "build", "--strict", "-d", "site")
    assert_published(example, example / "site")
    assert _snapshot(example) == before


@pytest.mark.parametrize("theme", ["material", "mkdocs"])
def test_mkdocs_with_the_plugin(example: Path, theme: str) -> None:
    before = _snapshot(example)
    config = example / "mkdocs.yml"
    if theme == "mkdocs":
        text = config.read_text(encoding="utf-8")
        start, end = text.index("theme:"), text.index("plugins:")
        config.write_text(text[:start] + "theme:\n  name: mkdocs\n\n" + text[end:])
    _run(example, sys.executable, "-m", "mkdocs", "build", "--strict", "-d", "site")
    assert_published(example, example / "site")
    assert _snapshot(example) == before


def test_backstage_techdocs_core(example: Path) -> None:
    _needs("techdocs_core")
    before = _snapshot(example)
    config = example / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    # As TechDocs configures a component: its own core plugin; it sets the theme itself.
    start, end = text.index("theme:"), text.index("  - cxdocs:")
    config.write_text(text[:start] + "plugins:\n  - techdocs-core\n" + text[end:], encoding="utf-8")
    _run(example, sys.executable, "-m", "mkdocs", "build", "--strict", "-d", "site")
    site = example / "site"
    assert_published(example, site)
    assert (site / "techdocs_metadata.json").is_file()
    assert _snapshot(example) == before


def test_a_zensical_project_from_init_publishes_in_its_language(tmp_path: Path) -> None:
    _needs("zensical")
    repo = tmp_path / "cx"
    _run(
        tmp_path,
        sys.executable,
        "-m",
        "cxdocs",
        "init",
        str(repo),
        "--engine",
        "zensical",
        "--example",
        "--locale",
        "pt-BR",
    )
    # Its CI recipe, as the workflow `init` wrote runs it on a fresh clone.
    _run(repo, sys.executable, "-m", "cxdocs", "check", "--strict")
    _run(repo, sys.executable, "-m", "cxdocs", "build", "--strict")
    result = _run(repo, sys.executable, "-m", "zensical", "build", "--clean")
    output = re.sub(r"\x1b\[[0-9;]*m", "", result.stdout + result.stderr)
    assert "Warning" not in output and "WARNING" not in output, output
    site = repo / "site"
    assert broken_links(site) == []
    home = (site / "index.html").read_text(encoding="utf-8")
    nav = home[home.index("md-nav--primary") :]
    titles = re.findall(r'md-ellipsis">\s*([^<]*?)\s*<', nav)
    # The plugin's sections, in its order and in the site's language.
    sections = [
        t
        for t in titles
        if t
        in ("Personas", "Jornadas", "Blueprints de serviço", "Insights", "Journeys", "Blueprints")
    ]
    assert sections == ["Personas", "Jornadas", "Blueprints de serviço", "Insights"]
    page = (site / "journeys" / "primeiro-pedido" / "index.html").read_text(encoding="utf-8")
    assert "Mapa da jornada" in page and 'href="#journey-map"' in page
