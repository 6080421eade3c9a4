"""The page cache: a warm rebuild reuses rendered pages, and never a stale one."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from cxdocs.content.yaml.scalars import YamlFloat
from cxdocs.site.pagecache import ModelDigests, PageCache, digest
from tests.helpers import example_copy, render_all

pytestmark = pytest.mark.dot


def test_a_warm_rebuild_renders_no_page_and_gives_the_same_html(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = example_copy(tmp_path)
    cold, rendered = render_all(repo, tmp_path / "cache", monkeypatch)
    assert len(rendered) == len(cold) > 10
    warm, rendered = render_all(repo, tmp_path / "cache", monkeypatch)
    assert rendered == []
    assert warm == cold


def test_a_changed_persona_re_renders_the_pages_that_show_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = example_copy(tmp_path)
    render_all(repo, tmp_path / "cache", monkeypatch)
    persona = next(p for p in sorted((repo / "personas").glob("*.yaml")))
    text = persona.read_text(encoding="utf-8")
    name = next(line for line in text.splitlines() if line.startswith("name:"))
    persona.write_text(text.replace(name, "name: Zelda Quux"), encoding="utf-8")
    warm, rendered = render_all(repo, tmp_path / "cache", monkeypatch)
    showing = [uri for uri, html in warm.items() if "Zelda Quux" in html]
    assert f"personas/{persona.stem}.md" in showing
    # Every page names personas through the shared table: all are drawn again,
    # and none still shows the old name where the new one belongs.
    assert len(rendered) == len(warm)
    old = name.split(":", 1)[1].strip()
    assert not any(old in html for uri, html in warm.items() if uri in showing)


def test_a_changed_journey_re_renders_its_page_but_not_unrelated_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = example_copy(tmp_path)
    cold, _ = render_all(repo, tmp_path / "cache", monkeypatch)
    journey = repo / "journeys" / "first-purchase.yaml"
    text = journey.read_text(encoding="utf-8")
    title = next(line for line in text.splitlines() if line.startswith("title:"))
    journey.write_text(text.replace(title, "title: Brand new title"), encoding="utf-8")
    warm, rendered = render_all(repo, tmp_path / "cache", monkeypatch)
    assert "Brand new title" in warm["journeys/first-purchase.md"]
    assert 0 < len(rendered) < len(warm)
    unchanged = [uri for uri in warm if warm[uri] == cold[uri]]
    assert unchanged, "pages not showing the journey come from the cache"


def test_a_page_whose_links_would_change_is_rendered_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = example_copy(tmp_path)
    render_all(repo, tmp_path / "cache", monkeypatch)
    moved, rendered = render_all(repo, tmp_path / "cache", monkeypatch, link="moved/")
    pages_with_links = [uri for uri, html in moved.items() if 'href="moved/' in html]
    assert pages_with_links and len(rendered) >= len(pages_with_links)
    assert not any('href="journeys/' in html for html in moved.values())


def test_numbers_written_differently_digest_differently() -> None:
    models = ModelDigests()
    assert digest([YamlFloat(5.0, "5.0")], models) != digest([YamlFloat(5.0, "5.00")], models)
    assert digest({"a": 1}, models) == digest({"a": 1}, models)


def test_a_context_that_cannot_be_pickled_is_rendered_every_time(tmp_path: Path) -> None:
    cache = PageCache(tmp_path, (), None)
    assert cache.key("journey.html", "Title", {"callback": lambda: 1}) is None
    assert cache.key("journey.html", "Title", {"n": 1}) is not None


def test_mkdocs_warm_build_is_byte_identical_to_the_cold_one(tmp_path: Path) -> None:
    repo = example_copy(tmp_path)

    def build(site: str) -> Path:
        subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(tmp_path / site)],
            cwd=repo,
            check=True,
            env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin:/usr/local/bin"},
        )
        return tmp_path / site

    cold, warm = build("cold"), build("warm")
    assert any((repo / ".cache" / "cxdocs" / "pages").iterdir())
    files = sorted(p.relative_to(cold) for p in cold.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(warm) for p in warm.rglob("*") if p.is_file())
    different = [f for f in files if (cold / f).read_bytes() != (warm / f).read_bytes()]
    assert different == []
