"""`cxdocs build`: generated site sources in a folder cxdocs owns, for any engine."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from cxdocs.content.settings.reader import read_config
from tests.conftest import make_repo

pytestmark = [pytest.mark.dot]

Run = Callable[..., tuple[int, str, str]]


def _tree(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def built(tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch) -> Path:
    repo = make_repo(tmp_path)
    monkeypatch.chdir(repo)
    code, _, err = run_cli("build")
    assert code == 0, err
    return repo


def _generated(docs: Path) -> dict[str, str]:
    """What `cxdocs build` wrote into docs_dir (all but the hand-written .gitkeep)."""
    return {rel: sha for rel, sha in _tree(docs).items() if rel != ".gitkeep"}


def test_writes_a_page_for_every_object_where_the_plugin_serves_it(built: Path) -> None:
    docs = built / "docs"
    files = set(_generated(docs))
    for page in (
        "index.md",
        "personas/index.md",
        "personas/ana.md",
        "journeys/index.md",
        "journeys/first-purchase.md",
        "blueprints/index.md",
        "blueprints/order.md",
        "insights/pain-points.md",
        "insights/actions.md",
        "insights/channels.md",
        "insights/metrics.md",
        "insights/moments-of-truth.md",
    ):
        assert page in files, page
    assert {"journeys/first-purchase.svg", "blueprints/order.svg"} <= files
    assert {"assets/cxdocs/cxdocs-site.css", "assets/cxdocs/cxdocs-site.js", ".gitignore"} <= files
    page = (docs / "journeys" / "first-purchase.md").read_text(encoding="utf-8")
    assert page.startswith('---\ntitle: "First purchase"\n---\n')
    assert "\n<h1>First purchase</h1>\n" in page
    assert "<svg" in page and "<!--cxdocs-diagram" not in page
    # Zensical reads links from the Markdown file's folder and maps x.md to its URL.
    assert 'href="../personas/ana.md"' in page
    # The page links the viewer itself: no extra_css / extra_javascript lines needed.
    assert 'href="../assets/cxdocs/cxdocs-site.css"' in page
    assert '<script src="../assets/cxdocs/cxdocs-site.js" defer></script>' in page
    # Headings are Markdown, so the engine builds the table of contents from them.
    assert "\n## Journey map {#journey-map}\n" in page
    assert "\n### Buy {#stage-buy}\n" in page
    svg = (docs / "journeys" / "first-purchase.svg").read_text(encoding="utf-8")
    assert svg.startswith("<svg") and 'xmlns="http://www.w3.org/2000/svg"' in svg
    manifest = json.loads((docs / ".cxdocs-manifest.json").read_text(encoding="utf-8"))
    assert set(manifest["files"]) == files - {".cxdocs-manifest.json"}
    assert manifest["engine"] == "zensical" and len(manifest["content"]) == 64


def test_git_ignores_exactly_the_generated_files(built: Path) -> None:
    import subprocess

    subprocess.run(["git", "init", "-q", str(built)], check=True)
    (built / "docs" / "journeys" / "overview.md").write_text("# Written by a person\n")
    status = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=all", "docs"],
        cwd=built,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert "docs/journeys/overview.md" in status and "docs/.gitkeep" in status
    assert [p for p in status if p.endswith((".md", ".svg", ".css", ".js", ".json"))] == [
        "docs/journeys/overview.md"
    ]


def test_pages_need_no_lines_in_the_settings(built: Path, run_cli: Run) -> None:
    code, _, err = run_cli("build")
    assert code == 0 and "extra_css" not in err and "extra_javascript" not in err
    bundle = (built / "docs" / "assets" / "cxdocs" / "cxdocs-site.js").read_text()
    # Instant navigation runs a page's scripts again: the bundle sets up once.
    assert bundle.startswith("if (!window.cxdocsLoaded) {")


def test_says_the_line_that_gives_zensical_the_plugins_navigation(
    built: Path, run_cli: Run
) -> None:
    """Without a `nav:` or awesome-nav, Zensical would name sections after folders."""
    config = built / "mkdocs.yml"
    assert read_config(config).navigation is None
    code, _, err = run_cli("build")
    assert code == 0 and "lists '- awesome-nav' under 'plugins:'" in err
    assert "lists '- awesome-nav'" not in run_cli("build", "--engine", "mkdocs")[2]
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("plugins:\n", "plugins:\n  - awesome-nav\n", 1))
    assert read_config(config).navigation == "awesome-nav"
    assert "awesome-nav" not in run_cli("build")[2]
    config.write_text(text + "nav:\n  - index.md\n", encoding="utf-8")
    assert read_config(config).navigation == "nav"


def test_mkdocs_links_are_relative_to_the_served_page(built: Path, run_cli: Run) -> None:
    code, _, err = run_cli("build", "--engine", "mkdocs")
    assert code == 0, err
    page = (built / "docs" / "journeys" / "first-purchase.md").read_text()
    assert 'href="../../personas/ana/"' in page
    assert 'href="../../assets/cxdocs/cxdocs-site.css"' in page


def test_output_is_deterministic_and_a_rebuild_writes_nothing(
    built: Path, run_cli: Run, tmp_path: Path
) -> None:
    docs = built / "docs"
    before = _generated(docs)
    mtimes = {p: p.stat().st_mtime_ns for p in docs.rglob("*") if p.is_file()}
    code, _, err = run_cli("build")
    assert code == 0 and "(0 written, 0 removed)" in err, err
    assert _generated(docs) == before
    assert {p: p.stat().st_mtime_ns for p in mtimes} == mtimes  # engines see no change
    code, _, err = run_cli("build", "--out", str(tmp_path / "elsewhere"))
    assert code == 0, err
    elsewhere = _tree(tmp_path / "elsewhere")
    # A folder of its own ignores itself whole, and is no site's root (no root .nav.yml).
    assert set(elsewhere) == set(before) - {".nav.yml"}
    same = {".gitignore", ".cxdocs-manifest.json", ".nav.yml"}
    assert {k: v for k, v in elsewhere.items() if k not in same} == {
        k: v for k, v in before.items() if k not in same
    }


def test_removes_only_files_it_wrote(built: Path, run_cli: Run) -> None:
    docs = built / "docs"
    (built / "blueprints" / "order.yaml").unlink()
    code, _, err = run_cli("build")
    assert code == 0, err
    # The page and its diagram (SVG, PNG, PDF, and the PDF on 3 papers x 2 layouts).
    assert "10 removed" in err
    assert not (docs / "blueprints" / "order.md").exists()
    assert (docs / "blueprints" / "index.md").exists()
    assert (docs / ".gitkeep").exists()
    assert "/blueprints/order.md" not in (docs / ".gitignore").read_text()


def test_keeps_pages_people_wrote_and_never_replaces_them(built: Path, run_cli: Run) -> None:
    docs = built / "docs"
    notes = docs / "journeys" / "notes.md"
    notes.write_text("# mine\n")
    page = docs / "journeys" / "first-purchase.md"
    page.write_text("edited by hand\n")  # changed since cxdocs wrote it: now a person's
    mine = docs / "personas" / "ana.md"
    mine.unlink()
    mine.write_text("# Ana, in our own words\n")  # a page written where cxdocs would write
    code, _, err = run_cli("build")
    assert code == 0, err
    assert notes.read_text() == "# mine\n"
    assert page.read_text() == "edited by hand\n"
    assert mine.read_text() == "# Ana, in our own words\n"
    assert "personas/ana.md was not written by cxdocs" in err
    assert "journeys/first-purchase.md was not written by cxdocs" in err
    ignored = (docs / ".gitignore").read_text()
    assert "/journeys/first-purchase.md" not in ignored and "/personas/ana.md" not in ignored
    (built / "journeys" / "first-purchase.yaml").unlink()
    (built / "blueprints" / "order.yaml").unlink()
    code, _, err = run_cli("build")
    assert code == 0, err
    assert page.read_text() == "edited by hand\n"  # no longer generated: still not removed


def test_retires_the_folder_earlier_versions_wrote(built: Path, run_cli: Run) -> None:
    old = built / "docs" / "cx"
    assert run_cli("build", "--out", str(old))[0] == 0
    code, _, err = run_cli("build")
    assert code == 0 and "removed" in err and "docs/cx" in err, err
    assert not old.exists()


@pytest.mark.parametrize("folder", ["journeys", ".", "personas/generated", "other"])
def test_refuses_content_folders_and_folders_with_files(
    tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch, folder: str
) -> None:
    repo = make_repo(tmp_path)
    monkeypatch.chdir(repo)
    (repo / "other").mkdir()
    (repo / "other" / "keep.txt").write_text("mine")
    before = _tree(repo)
    code, _, err = run_cli("build", "--out", folder)
    assert code == 2, err
    assert "refusing" in err or "did not write" in err
    assert _tree(repo) == before


def test_refuses_a_docs_dir_holding_the_content(
    tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = make_repo(tmp_path)
    monkeypatch.chdir(repo)
    config = repo / "mkdocs.yml"
    config.write_text("docs_dir: .\n" + config.read_text())
    before = _tree(repo)
    code, _, err = run_cli("build")
    assert code != 0 and "docs_dir" in err, err  # the settings are refused first
    assert _tree(repo) == before


def test_content_errors_stop_the_build(
    tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = make_repo(tmp_path)
    monkeypatch.chdir(repo)
    journey = repo / "journeys" / "first-purchase.yaml"
    journey.write_text(journey.read_text().replace("persona: ana", "persona: anna"))
    code, _, err = run_cli("build")
    assert code == 1 and "unknown-reference" in err
    assert not (repo / "docs" / ".cxdocs-manifest.json").exists()


def test_check_passes_before_the_first_build(
    tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A fresh clone has no generated pages (git ignores them): its CI checks,
    # then builds them. Pages that do not exist cannot be stale.
    monkeypatch.chdir(make_repo(tmp_path))
    code, out, _ = run_cli("check", "--strict")
    assert code == 0 and "stale-pages" not in out


def test_check_warns_until_the_pages_are_rebuilt(built: Path, run_cli: Run) -> None:
    assert run_cli("check", "--strict")[0] == 0
    journey = built / "journeys" / "first-purchase.yaml"
    journey.write_text(journey.read_text() + "\n# a comment changes the file\n")
    code, out, _ = run_cli("check", "--strict")
    assert code == 1 and "stale-pages" in out and "run 'cxdocs build'" in out
    assert run_cli("check", "--strict", "journeys")[0] == 0  # hooks name files: no warning
    assert run_cli("build")[0] == 0
    assert run_cli("check", "--strict")[0] == 0


def test_user_text_is_escaped_in_pages(
    tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = make_repo(tmp_path)
    monkeypatch.chdir(repo)
    persona = repo / "personas" / "ana.yaml"
    persona.write_text(
        re.sub(r"name: .*", 'name: "<script>x</script> & *Ana*"', persona.read_text())
    )
    assert run_cli("build")[0] == 0
    page = (repo / "docs" / "personas" / "ana.md").read_text()
    assert "<script>x" not in page
    assert "&lt;script&gt;x&lt;/script&gt; &amp; *Ana*" in page


def _content(page: Path) -> str:
    """The page's own HTML in MkDocs' built-in theme: from its title to the theme's footer
    (Markdown drops the newline after a raw HTML block: whitespace between tags is ignored)."""
    html = page.read_text(encoding="utf-8")
    return re.sub(r">\s+<", "><", html[html.index("<h1") : html.index("<footer")])


def _as_plugin(html: str) -> str:
    """A file page as the plugin's: without the links to the viewer (the plugin
    lists them in the theme) and with its Markdown headings back in the wrapper."""
    html = re.sub(r'<div class="cx-assets" hidden><link [^>]*></div>', "", html)
    html = html.replace('<use xlink:href="#', '<use href="#')  # see cxdocs.publish.pagefile
    html = re.sub(r'<script src="[^"]*cxdocs-site\.js" defer></script>', "", html)
    headings = r'((?:<h[234] id="[^"]+">.*?</h[234]>)+)'
    return re.sub(f'</div>{headings}<div class="cx-page[^"]*">', r"\1", html)


@pytest.mark.slow
def test_plugin_and_build_publish_the_same_pages(built: Path, run_cli: Run, tmp_path: Path) -> None:
    from tests.helpers import mkdocs_build

    # Door 1: the plugin, in memory. It ignores the files `cxdocs build` wrote.
    assert run_cli("build", "--engine", "mkdocs")[0] == 0
    plugin_site = tmp_path / "plugin"
    result = mkdocs_build(built / "mkdocs.yml", plugin_site)
    assert result.returncode == 0, result.stderr
    # Door 2: `cxdocs build`'s files, published by MkDocs without the plugin.
    plain = built / "plain.yml"
    plain.write_text("site_name: Fixture\nmarkdown_extensions: [attr_list]\n")
    files_site = tmp_path / "files"
    result = mkdocs_build(plain, files_site)
    assert result.returncode == 0, result.stderr
    pages = sorted(plugin_site.rglob("index.html"))
    assert len(pages) == 12
    # The same addresses: every page of one site is a page of the other.
    assert {p.relative_to(plugin_site) for p in pages} == {
        p.relative_to(files_site) for p in files_site.rglob("index.html")
    }
    for page in pages:
        twin = files_site / page.relative_to(plugin_site)
        # The print tiles already reference the map by xlink:href (#23); the
        # file pages write every <use> that way (cxdocs.publish.pagefile).
        plugin_page = _content(page).replace('<use xlink:href="#', '<use href="#')
        assert plugin_page == _as_plugin(_content(twin)), page
    assert '<h2 id="journey-map">' in _content(files_site / "journeys/first-purchase/index.html")


def test_the_search_copy_of_a_page_gives_the_same_index(built: Path) -> None:
    from mkdocs.contrib.search.search_index import SearchIndex
    from mkdocs.structure.toc import get_toc

    from cxdocs.content.checks.run import run_checks
    from cxdocs.content.settings.reader import read_config
    from cxdocs.publish.mkdocs_plugin import _toc_token
    from cxdocs.site.builder import PageBuilder
    from cxdocs.site.diagrams import DiagramRenderer
    from cxdocs.site.searchcopy import search_copy

    config = read_config(built / "mkdocs.yml")
    repo = run_checks(config).repository
    renderer = DiagramRenderer(repo, config.cache_dir)
    builder = PageBuilder(repo, renderer)
    pages = builder.plan()
    assert len(pages) == 12
    for spec in pages:
        html = builder.render(spec, lambda uri: uri, lambda uri: uri)

        class Page:
            title, url, toc = spec.title, "x/", get_toc([_toc_token(e) for e in spec.toc])
            content = html

        full, light = SearchIndex(indexing="full"), SearchIndex(indexing="full")
        full.add_entry_from_context(Page)  # type: ignore[arg-type]
        Page.content = search_copy(html)
        light.add_entry_from_context(Page)  # type: ignore[arg-type]
        assert light._entries == full._entries, spec.src_uri
        assert len(Page.content) < len(html)
    renderer.close()


def test_watch_builds_again_after_a_content_change(built: Path) -> None:
    import argparse
    import threading
    import time

    from cxdocs.cli import build as build_command

    journey = built / "journeys" / "first-purchase.yaml"

    def edit() -> None:
        time.sleep(0.5)
        journey.write_text(journey.read_text().replace("First purchase", "First purchase, revised"))

    threading.Thread(target=edit).start()
    args = argparse.Namespace(
        config=built / "mkdocs.yml",
        out=None,
        engine="zensical",
        strict=False,
        drafts=False,
        watch=True,
    )
    assert build_command._watch(args, interval=0.1, rounds=40) == 0
    page = (built / "docs" / "journeys" / "first-purchase.md").read_text()
    assert "First purchase, revised" in page


def test_writes_the_plugins_navigation_for_engines_that_read_nav_files(
    built: Path, run_cli: Run
) -> None:
    docs = built / "docs"
    sections = yaml.safe_load((docs / ".nav.yml").read_text())
    assert sections["nav"] == ["index.md", "personas", "journeys", "blueprints", "insights"]
    insights = yaml.safe_load((docs / "insights" / ".nav.yml").read_text())
    assert insights["title"] == "Insights" and insights["nav"][0] == "pain-points.md"
    config = built / "mkdocs.yml"
    config.write_text(
        config.read_text().replace("  - cxdocs:\n", "  - cxdocs:\n      locale: pt-BR\n")
    )
    (docs / "guide.md").write_text("# Our guide\n")  # a page of our own: listed after cxdocs'
    mine = docs / "journeys" / ".nav.yml"
    mine.unlink()
    mine.write_text("title: Our journeys\n")
    code, _, err = run_cli("build")
    assert code == 0, err
    assert yaml.safe_load((docs / ".nav.yml").read_text())["nav"][-1] == "*"
    assert yaml.safe_load((docs / "personas" / ".nav.yml").read_text())["title"] == "Personas"
    blueprints = yaml.safe_load((docs / "blueprints" / ".nav.yml").read_text())
    assert blueprints["title"] == "Blueprints de serviço"
    assert mine.read_text() == "title: Our journeys\n" and "journeys/.nav.yml" in err


def test_a_folder_of_its_own_gets_its_changed_files_written_again(
    built: Path, run_cli: Run
) -> None:
    """--out DIR is cxdocs' whole: a generated file changed since (cut short by
    a crash, or edited against the rule) is written again, and named."""
    out = built / "site-sources"
    assert run_cli("build", "--out", str(out))[0] == 0
    page = out / "journeys" / "first-purchase.md"
    clean = page.read_bytes()
    page.write_text("edited by hand\n")
    code, _, err = run_cli("build", "--out", str(out))
    assert code == 0, err
    assert "wrote again 1 generated files changed since the last build" in err
    assert "journeys/first-purchase.md" in err
    assert page.read_bytes() == clean
