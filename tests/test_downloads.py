"""The `downloads` setting: a site offers (and Graphviz draws) only the listed formats.

PNG and PDF cost about four times the SVG's Graphviz time, so a team with a
large repository lists fewer; the page's inline SVG is drawn whatever the list.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from cxdocs.content.checks.run import load_repository
from cxdocs.content.settings.reader import read_config
from cxdocs.diagrams import dot
from cxdocs.site.diagrams import DiagramRenderer
from tests.conftest import make_repo
from tests.linkcheck import broken_links

pytestmark = [pytest.mark.dot]

Run = Callable[..., tuple[int, str, str]]
DIAGRAMS = ("journeys/first-purchase", "blueprints/order")  # the base repository's
LINK = re.compile(r'<a class="cx-download" href="([^"]+)"')
# With pdf listed, each map is also offered on paper: A4, A3, Letter, tiled or one page.
PAPER = tuple(f"-{size}{layout}" for size in ("a4", "a3", "letter") for layout in ("", "-page"))


def _on_paper(diagram: str) -> set[str]:
    return {f"{diagram}{suffix}.pdf" for suffix in PAPER}


def _with_downloads(repo: Path, value: str | None) -> Path:
    """The repository's mkdocs.yml with `downloads: <value>` in the cxdocs block."""
    settings = repo / "mkdocs.yml"
    if value is not None:
        settings.write_text(settings.read_text() + f"      downloads: {value}\n")
    return settings


@pytest.fixture
def graphviz_formats(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[list[str]]]:
    """The formats of every drawing run of Graphviz, one list per run."""
    runs: list[list[str]] = []
    real = dot.run_graphviz

    def counting(args: list[str], stdin: bytes = b"") -> Any:
        if args != ["-V"]:
            runs.append([a[2:] for a in args if a.startswith("-T")])
        return real(args, stdin)

    monkeypatch.setattr(dot, "run_graphviz", counting)
    yield runs


def _renderer(settings: Path, cache: Path) -> DiagramRenderer:
    repo, _, _ = load_repository(read_config(settings))
    return DiagramRenderer(repo, cache, workers=1)


def test_graphviz_draws_only_the_listed_formats_and_draws_more_only_when_asked(
    tmp_path: Path, graphviz_formats: list[list[str]]
) -> None:
    repo = make_repo(tmp_path)
    cache = tmp_path / "cache"
    settings = _with_downloads(repo, "[svg]")
    renderer = _renderer(settings, cache)
    renderer.close()
    assert graphviz_formats == [["svg"], ["svg"]]  # one run per diagram, SVG only
    assert sorted(renderer.downloads()) == [f"{d}.svg" for d in sorted(DIAGRAMS)]

    # Asking for more draws only what the cache lacks: one run per diagram.
    graphviz_formats.clear()
    settings.write_text(settings.read_text().replace("downloads: [svg]", "downloads: [pdf, png]"))
    renderer = _renderer(settings, cache)
    renderer.close()
    assert graphviz_formats == [["png", "pdf"], ["png", "pdf"]]
    found = renderer.downloads()
    assert sorted(found) == sorted(f"{d}.{f}" for d in DIAGRAMS for f in ("png", "pdf"))
    assert all(isinstance(p, Path) and p.is_file() for p in found.values())

    # An entry drawn for more formats serves a build that lists fewer: no Graphviz.
    graphviz_formats.clear()
    for value in ("[svg]", "[]", "[svg, png, pdf]"):
        renderer = _renderer(_with_downloads(make_repo(tmp_path / value), value), cache)
        assert renderer.svg("journey:first-purchase")
        renderer.close()
    assert graphviz_formats == []


def test_by_default_every_diagram_is_drawn_in_all_three_formats_in_one_run(
    tmp_path: Path, graphviz_formats: list[list[str]]
) -> None:
    renderer = _renderer(_with_downloads(make_repo(tmp_path), None), tmp_path / "cache")
    renderer.close()
    assert graphviz_formats == [["svg", "png", "pdf"]] * 2
    assert sorted(renderer.downloads()) == sorted(
        f"{d}.{f}" for d in DIAGRAMS for f in ("svg", "png", "pdf")
    )


def _fake_dot(tmp_path: Path) -> tuple[dict[str, str], Path]:
    """An environment whose `dot` logs its arguments, then runs the real one."""
    real = subprocess.run(["which", "dot"], capture_output=True, text=True, check=True)
    bin_dir, log = tmp_path / "bin", tmp_path / "dot.log"
    bin_dir.mkdir()
    fake = bin_dir / "dot"
    fake.write_text(f'#!/bin/sh\necho "$@" >> "{log}"\nexec "{real.stdout.strip()}" "$@"\n')
    fake.chmod(0o755)
    env = {
        "NO_MKDOCS_2_WARNING": "1",
        "PATH": f"{bin_dir}:/usr/bin:/bin:/usr/local/bin",
        "SOURCE_DATE_EPOCH": "1764000000",
    }
    return env, log


def _mkdocs_build(settings: Path, site: Path, env: dict[str, str]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(settings), "-d", str(site)],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    assert result.returncode == 0, result.stderr


def _links(site: Path) -> set[str]:
    """Every download link of every page, as written."""
    return {link for page in site.rglob("*.html") for link in LINK.findall(page.read_text())}


def _diagram_files(site: Path) -> set[str]:
    return {
        p.relative_to(site).as_posix()
        for folder in ("journeys", "blueprints", "personas")
        for p in (site / folder).glob("*.*")
        if p.suffix in (".svg", ".png", ".pdf")
    }


@pytest.mark.slow
def test_a_site_with_svg_downloads_has_no_png_or_pdf_and_graphviz_draws_svg_only(
    tmp_path: Path,
) -> None:
    repo = make_repo(tmp_path)
    # A hand-written page embedding a diagram gets the same links as the generated ones.
    (repo / "docs" / "index.md").write_text("# Home\n\n```cxdocs\njourney: first-purchase\n```\n")
    env, log = _fake_dot(tmp_path)
    site = tmp_path / "site"
    _mkdocs_build(_with_downloads(repo, "[svg]"), site, env)
    assert _diagram_files(site) == {f"{d}.svg" for d in DIAGRAMS}
    assert _links(site) == {
        "../first-purchase.svg",
        "../order.svg",
        "journeys/first-purchase.svg",
    }
    assert broken_links(site) == []
    drawing = [line for line in log.read_text().splitlines() if line != "-V"]
    assert len(drawing) == 2
    assert all(re.findall(r"-T(\w+)", line) == ["svg"] for line in drawing), drawing


@pytest.mark.slow
def test_no_downloads_means_no_download_links_but_the_diagrams_are_shown(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    (repo / "docs" / "index.md").write_text("# Home\n\n```cxdocs\njourney: first-purchase\n```\n")
    env, _ = _fake_dot(tmp_path)
    site = tmp_path / "site"
    _mkdocs_build(_with_downloads(repo, "[]"), site, env)
    assert _diagram_files(site) == set()
    pages = [p.read_text() for p in site.rglob("*.html")]
    assert not any("cx-download" in page for page in pages)
    journey = (site / "journeys" / "first-purchase" / "index.html").read_text()
    home = (site / "index.html").read_text()
    for page in (journey, home):  # the diagram itself, in the viewer
        shown = page[page.index('class="cx-diagram-scroll"') :]
        assert shown.index("<svg") < shown.index("</svg>") and "#step-pays" in shown
    assert broken_links(site) == []


@pytest.mark.slow
def test_the_default_offers_all_three(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    env, _ = _fake_dot(tmp_path)
    site = tmp_path / "site"
    _mkdocs_build(_with_downloads(repo, None), site, env)
    every = ("svg", "png", "pdf")
    paper = {p for d in DIAGRAMS for p in _on_paper(d)}
    assert _diagram_files(site) == {f"{d}.{f}" for d in DIAGRAMS for f in every} | paper
    assert _links(site) == {f"../{d.split('/')[1]}.{f}" for d in DIAGRAMS for f in every} | {
        f"../{p.split('/')[1]}" for p in paper
    }


def test_cxdocs_build_publishes_only_the_listed_formats(
    tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = make_repo(tmp_path)
    monkeypatch.chdir(repo)
    out = repo / "docs"
    code, _, err = run_cli("build")
    assert code == 0, err
    assert (out / "journeys" / "first-purchase.pdf").is_file()
    # Narrowing the list removes the formats no longer offered, and their links.
    _with_downloads(repo, "[pdf]")
    code, _, err = run_cli("build")
    assert code == 0, err
    assert "4 removed" in err  # both diagrams' SVG and PNG
    published = {p.relative_to(out).as_posix() for p in out.rglob("*.*")}
    assert {p for p in published if p.endswith((".svg", ".png", ".pdf"))} == {
        f"{d}.pdf" for d in DIAGRAMS
    } | {p for d in DIAGRAMS for p in _on_paper(d)}
    page = (out / "journeys" / "first-purchase.md").read_text()
    assert LINK.findall(page) == ["first-purchase.pdf"] + [
        f"first-purchase{suffix}.pdf" for suffix in PAPER
    ]
    assert "<svg" in page  # the page still shows the diagram


@pytest.mark.slow
@pytest.mark.browser
def test_without_downloads_or_script_no_empty_toolbar_strip_shows(tmp_path: Path) -> None:
    from tests.helpers import ARGS, CHROMIUM, playwright_api

    if CHROMIUM is None:
        pytest.skip("Chromium not installed (apt-get install chromium)")
    repo = make_repo(tmp_path)
    env, _ = _fake_dot(tmp_path)
    site = tmp_path / "site"
    _mkdocs_build(_with_downloads(repo, "[]"), site, env)
    page_uri = (site / "journeys" / "first-purchase" / "index.html").as_uri()
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        shown = {}
        for script in (False, True):
            page = browser.new_page(java_script_enabled=script)
            page.goto(page_uri)
            shown[script] = page.eval_on_selector(".cx-toolbar", "e => getComputedStyle(e).display")
        browser.close()
    # No script: every button is hidden, so the toolbar is too; with it: the zoom tools.
    assert shown == {False: "none", True: "flex"}
