"""`cxdocs build`: generated site sources in a folder cxdocs owns, for any engine."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

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


def test_writes_a_page_for_every_object_with_its_diagram(built: Path) -> None:
    out = built / "docs" / "cx"
    files = set(_tree(out))
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
    page = (out / "journeys" / "first-purchase.md").read_text(encoding="utf-8")
    assert page.startswith('---\ntitle: "First purchase"\n---\n\n<h1>First purchase</h1>\n')
    assert "<svg" in page and "<!--cxdocs-diagram" not in page
    # Zensical reads links from the Markdown file's folder and maps x.md to its URL.
    assert 'href="../personas/ana.md"' in page
    svg = (out / "journeys" / "first-purchase.svg").read_text(encoding="utf-8")
    assert svg.startswith("<svg") and 'xmlns="http://www.w3.org/2000/svg"' in svg
    manifest = json.loads((out / ".cxdocs-manifest.json").read_text(encoding="utf-8"))
    assert set(manifest["files"]) == files - {".cxdocs-manifest.json"}
    assert manifest["engine"] == "zensical" and len(manifest["content"]) == 64


def test_names_the_lines_engines_need(built: Path, run_cli: Run) -> None:
    config = built / "mkdocs.yml"
    code, _, err = run_cli("build")
    assert code == 0 and "- cx/assets/cxdocs/cxdocs-site.css" in err
    config.write_text(
        config.read_text()
        + "extra_css: [cx/assets/cxdocs/cxdocs-site.css]\n"
        + "extra_javascript: [cx/assets/cxdocs/cxdocs-site.js]\n"
    )
    code, _, err = run_cli("build")
    assert code == 0 and "extra_css" not in err


def test_mkdocs_links_are_relative_to_the_served_page(built: Path, run_cli: Run) -> None:
    code, _, err = run_cli("build", "--engine", "mkdocs")
    assert code == 0, err
    page = (built / "docs" / "cx" / "journeys" / "first-purchase.md").read_text()
    assert 'href="../../personas/ana/"' in page


def test_output_is_deterministic_and_a_rebuild_writes_nothing(
    built: Path, run_cli: Run, tmp_path: Path
) -> None:
    out = built / "docs" / "cx"
    before = _tree(out)
    mtimes = {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()}
    code, _, err = run_cli("build")
    assert code == 0 and "(0 written, 0 removed)" in err, err
    assert _tree(out) == before
    assert {p: p.stat().st_mtime_ns for p in mtimes} == mtimes  # engines see no change
    code, _, err = run_cli("build", "--out", str(tmp_path / "elsewhere"))
    assert code == 0, err
    assert _tree(tmp_path / "elsewhere") == before


def test_removes_only_files_it_wrote(built: Path, run_cli: Run) -> None:
    out = built / "docs" / "cx"
    (built / "blueprints" / "order.yaml").unlink()
    code, _, err = run_cli("build")
    assert code == 0, err
    assert "4 removed" in err  # the page and its diagram (SVG, PNG, PDF)
    assert not (out / "blueprints" / "order.md").exists()
    assert (out / "blueprints" / "index.md").exists()
    assert (built / "docs" / ".gitkeep").exists()


def test_refuses_a_folder_holding_files_it_did_not_write(built: Path, run_cli: Run) -> None:
    notes = built / "docs" / "cx" / "notes.md"
    notes.write_text("# mine\n")
    code, _, err = run_cli("build")
    assert code == 2 and "notes.md" in err and "did not write" in err
    assert notes.read_text() == "# mine\n"
    notes.unlink()
    page = built / "docs" / "cx" / "journeys" / "first-purchase.md"
    page.write_text("edited by hand\n")  # changed since cxdocs wrote it
    code, _, err = run_cli("build")
    assert code == 2 and "journeys/first-purchase.md" in err
    assert page.read_text() == "edited by hand\n"


@pytest.mark.parametrize("folder", ["journeys", "docs", ".", "personas/generated", "other"])
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


def test_content_errors_stop_the_build(
    tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = make_repo(tmp_path)
    monkeypatch.chdir(repo)
    journey = repo / "journeys" / "first-purchase.yaml"
    journey.write_text(journey.read_text().replace("persona: ana", "persona: anna"))
    code, _, err = run_cli("build")
    assert code == 1 and "unknown-reference" in err
    assert not (repo / "docs" / "cx").exists()


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
    page = (repo / "docs" / "cx" / "personas" / "ana.md").read_text()
    assert "<script>x" not in page
    assert "&lt;script&gt;x&lt;/script&gt; &amp; *Ana*" in page


def _content(page: Path) -> str:
    """The page's own HTML in MkDocs' built-in theme: from its title to the theme's footer
    (Markdown drops the newline after a raw HTML block: whitespace between tags is ignored)."""
    html = page.read_text(encoding="utf-8")
    return re.sub(r">\s+<", "><", html[html.index("<h1") : html.index("<footer")])


@pytest.mark.slow
def test_plugin_and_build_publish_the_same_pages(built: Path, run_cli: Run, tmp_path: Path) -> None:
    from tests.helpers import mkdocs_build

    # Door 1: the plugin, in memory. It ignores the docs/cx folder `cxdocs build` owns.
    assert run_cli("build", "--engine", "mkdocs")[0] == 0
    plugin_site = tmp_path / "plugin"
    result = mkdocs_build(built / "mkdocs.yml", plugin_site)
    assert result.returncode == 0, result.stderr
    assert not (plugin_site / "cx").exists()
    # Door 2: `cxdocs build`'s files, published by MkDocs without the plugin.
    plain = built / "plain.yml"
    plain.write_text("site_name: Fixture\n")
    files_site = tmp_path / "files"
    result = mkdocs_build(plain, files_site)
    assert result.returncode == 0, result.stderr
    pages = sorted(plugin_site.rglob("index.html"))
    assert len(pages) == 12
    for page in pages:
        twin = files_site / "cx" / page.relative_to(plugin_site)
        assert _content(page) == _content(twin), page


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
