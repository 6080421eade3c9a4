"""What a build reuses from the last one: unchanged files' documents, model
names, register rows. Reused or not, the site must be byte for byte the same."""

from __future__ import annotations

import os
import pickle
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from cxdocs import cache
from cxdocs.content.checks import memo as memo_module
from cxdocs.content.checks.memo import DocumentMemo
from cxdocs.content.checks.run import load_repository
from cxdocs.content.settings.reader import read_config
from cxdocs.site import pagecache
from cxdocs.site.builder import Reuse, _environment, _name_models_by_origin
from cxdocs.site.pagecache import ModelDigests
from tests.conftest import ROOT, make_repo
from tests.helpers import example_copy, render_all

ENV = {"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin:/usr/local/bin"}


def counting_parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files parsed as YAML from now on (by their path relative to the repo)."""
    parsed: list[str] = []
    real = memo_module.parse_document

    def counting(doc: Any, raw: bytes) -> Any:
        parsed.append(doc.rel)
        return real(doc, raw)

    monkeypatch.setattr(memo_module, "parse_document", counting)
    return parsed


def test_unchanged_files_are_not_read_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = make_repo(tmp_path)
    config = read_config(repo / "mkdocs.yml")
    parsed = counting_parses(monkeypatch)
    memo = DocumentMemo(long_lived=True)
    first, problems, docs = load_repository(config, memo=memo)
    assert problems == [] and len(parsed) == len(docs) > 2
    journey = repo / "journeys" / "first-purchase.yaml"
    journey.write_text(journey.read_text().replace("title:", "title: New", 1))
    parsed.clear()
    second, _, _ = load_repository(config, memo=memo)
    assert parsed == ["journeys/first-purchase.yaml"]
    assert second.journeys["first-purchase"].item.title.startswith("New")
    assert second.personas["ana"].item is first.personas["ana"].item  # the same object
    assert second.journeys["first-purchase"].item is not first.journeys["first-purchase"].item


def test_a_removed_file_is_forgotten_and_references_to_it_are_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = make_repo(tmp_path)
    config = read_config(repo / "mkdocs.yml")
    memo = DocumentMemo(long_lived=True)
    load_repository(config, memo=memo)
    (repo / "personas" / "ana.yaml").unlink()
    repository, problems, _ = load_repository(config, memo=memo)
    assert "ana" not in repository.personas
    assert any(p.code == "unknown-reference" for p in problems)  # cross-file checks ran


def test_a_file_that_cannot_be_read_is_reported_every_time(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    config = read_config(repo / "mkdocs.yml")
    (repo / "journeys" / "broken.yaml").write_bytes(b"\xff\xfe t\x00i\x00")
    memo = DocumentMemo(long_lived=True)
    for _ in range(2):
        _, problems, _ = load_repository(config, memo=memo)
        assert [p.path for p in problems if p.is_error] == ["journeys/broken.yaml"]


def test_the_cache_folder_spares_the_next_process_the_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = make_repo(tmp_path)
    config = read_config(repo / "mkdocs.yml")
    parsed = counting_parses(monkeypatch)
    cold, cold_problems, _ = load_repository(config, cached=True)
    assert len(list((config.cache_dir / "documents").rglob("*.pickle"))) == len(parsed)
    parsed.clear()
    warm, warm_problems, _ = load_repository(config, cached=True)  # a new memo: from disk
    assert parsed == []
    assert warm_problems == cold_problems
    for kind in ("personas", "journeys", "blueprints", "sources"):
        assert {k: e.item for k, e in getattr(warm, kind).items()} == {
            k: e.item for k, e in getattr(cold, kind).items()
        }


def test_a_build_after_one_edit_writes_one_entry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = make_repo(tmp_path)
    config = read_config(repo / "mkdocs.yml")
    load_repository(config, cached=True)
    journey = repo / "journeys" / "first-purchase.yaml"
    journey.write_text(journey.read_text().replace("title:", "title: New", 1))
    written: list[str] = []
    real = memo_module._write
    monkeypatch.setattr(
        memo_module,
        "_write",
        lambda folder, entry: (written.append(entry.key[0]), real(folder, entry)),
    )
    load_repository(config, cached=True)
    assert written == [str(journey)]
    written.clear()
    load_repository(config, cached=True)
    assert written == []


@pytest.mark.parametrize("damage", [b"", b"not a pickle", b"\x80\x05garbage"])
def test_a_damaged_cache_file_only_means_reading_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: bytes
) -> None:
    repo = make_repo(tmp_path)
    config = read_config(repo / "mkdocs.yml")
    load_repository(config, cached=True)
    for entry in (config.cache_dir / "documents").rglob("*.pickle"):
        entry.write_bytes(damage)
    parsed = counting_parses(monkeypatch)
    repository, problems, docs = load_repository(config, cached=True)
    assert len(parsed) == len(docs) and problems == [] and repository.journeys


def test_a_cache_written_by_other_code_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = make_repo(tmp_path)
    config = read_config(repo / "mkdocs.yml")
    load_repository(config, cached=True)
    monkeypatch.setattr(memo_module, "reading_fingerprint", lambda: "another cxdocs")
    parsed = counting_parses(monkeypatch)
    _, _, docs = load_repository(config, cached=True)
    assert len(parsed) == len(docs)


def test_models_are_named_by_their_origin_inside_out(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    repository, _, _ = load_repository(read_config(repo / "mkdocs.yml"))
    journey = repository.journeys["first-purchase"].item
    models = ModelDigests()
    models.seed(journey, "abc")
    step = journey.stages[1].steps[0]
    assert models.of(journey) == "source:abc"
    assert models.of(step) == "source:abc/stages/1/steps/0"
    other = ModelDigests()
    other.seed(journey, "def")  # the same model from other bytes: another name
    assert other.of(step) != models.of(step)
    # Unseeded models are still named by their contents.
    assert not ModelDigests().of(step).startswith("source:")


def test_models_of_identical_files_have_names_of_their_own(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    ana = (repo / "personas" / "ana.yaml").read_text()
    (repo / "personas" / "twin.yaml").write_text(ana.replace("id: ana", "id: twin"))
    (repo / "personas" / "twin.yaml").write_text(ana.replace("id: ana", "id: twin", 1))
    config = read_config(repo / "mkdocs.yml")

    def names() -> dict[str, str]:
        repository, _, _ = load_repository(config)
        models = ModelDigests()
        _name_models_by_origin(models, repository)
        return {pid: models.of(e.item) for pid, e in repository.personas.items()}

    first = names()
    assert first["ana"] != first["twin"] and all(n.startswith("source:") for n in first.values())
    assert names() == first  # the same bytes name the same models in every process
    persona = repo / "personas" / "ana.yaml"
    persona.write_text(ana + "\n# a comment\n")
    assert names()["ana"] != first["ana"]  # other bytes: another name


def test_page_keys_change_with_the_libraries_that_read_and_render(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from importlib import metadata

    for package in ("pyyaml", "markdown-it-py", "mdit-py-plugins", "jinja2", "pydantic"):
        pagecache.code_fingerprint.cache_clear()
        before = pagecache.code_fingerprint()
        real = metadata.version
        monkeypatch.setattr(
            metadata,
            "version",
            lambda name, p=package, real=real: "99" if name == p else real(name),
        )
        pagecache.code_fingerprint.cache_clear()
        assert pagecache.code_fingerprint() != before, package
        monkeypatch.undo()
    pagecache.code_fingerprint.cache_clear()


def test_a_template_override_added_while_serving_is_used(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    repository, _, _ = load_repository(read_config(repo / "mkdocs.yml"))
    overrides, reuse = tmp_path / "theme" / "cxdocs", Reuse()
    first = _environment(repository.settings, overrides, tmp_path / "cache", reuse)
    assert _environment(repository.settings, overrides, tmp_path / "cache", reuse) is first
    overrides.mkdir(parents=True)
    (overrides / "journey.html").write_text("mine")
    second = _environment(repository.settings, overrides, tmp_path / "cache", reuse)
    assert second is not first
    assert second.get_template("journey.html").render() == "mine"


def test_damaged_compiled_templates_are_compiled_again(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    repository, _, _ = load_repository(read_config(repo / "mkdocs.yml"))
    cache = tmp_path / "cache"
    _environment(repository.settings, None, cache, None).get_template("journey.html")
    compiled = list((cache / "templates").rglob("*.cache"))
    assert compiled
    sizes = {path: path.stat().st_size for path in compiled}
    for path in compiled:
        path.write_bytes(path.read_bytes()[:20])  # cut short: Jinja's reader would fail
    template = _environment(repository.settings, None, cache, None).get_template("journey.html")
    assert template.name == "journey.html"
    # Compiled again, and the cache holds whole files again.
    assert {path: path.stat().st_size for path in compiled} == sizes


def _site_files(site: Path) -> dict[str, bytes]:
    return {
        p.relative_to(site).as_posix(): p.read_bytes()
        for p in sorted(site.rglob("*"))
        if p.is_file() and p.name != "sitemap.xml.gz"  # gzip stamps the time
    }


def _mkdocs_build(repo: Path, site: Path) -> dict[str, bytes]:
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)],
        cwd=repo,
        check=True,
        env=ENV,
    )
    return _site_files(site)


def _edit_journey(repo: Path, new_text: str) -> None:
    """A pain point and an emotion of one journey change: rows in the registers."""
    journey = repo / "journeys" / "first-purchase.yaml"
    text = journey.read_text(encoding="utf-8")
    pain = "Several recent Reclame Aqui complaints about late deliveries"
    emotion = next(line for line in text.splitlines() if "emotion:" in line)
    assert pain in text
    text = text.replace(pain, new_text, 1)
    text = text.replace(emotion, emotion.split("emotion:")[0] + "emotion: -2", 1)
    journey.write_text(text, encoding="utf-8")


@pytest.mark.dot
def test_a_build_after_one_change_equals_a_build_from_scratch(tmp_path: Path) -> None:
    repo = example_copy(tmp_path)
    _mkdocs_build(repo, tmp_path / "first")  # fills the cache: documents, pages, rows
    _edit_journey(repo, "Courier never rang the bell")
    again = _mkdocs_build(repo, tmp_path / "again")
    shutil.rmtree(repo / ".cache")
    scratch = _mkdocs_build(repo, tmp_path / "scratch")
    assert any(b"Courier never rang the bell" in html for html in again.values())
    assert sorted(again) == sorted(scratch)
    assert [f for f in again if again[f] != scratch[f]] == []


@pytest.mark.dot
def test_serve_rebuilds_reuse_rows_and_equal_a_build_from_scratch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = example_copy(tmp_path)
    monkeypatch.chdir(repo)
    for name, value in ENV.items():
        monkeypatch.setenv(name, value)
    rendered: list[str] = []
    real = pagecache.PageRows.render

    def counting(self: Any, key: Any, recorders: Any, render: Callable[[], str]) -> str:
        def counted() -> str:
            html = render()
            rendered.append(html)
            return html

        return real(self, key, recorders, counted)

    monkeypatch.setattr(pagecache.PageRows, "render", counting)
    served = tmp_path / "served"

    def serve_build() -> None:  # what `mkdocs serve` does on each change
        config = load_config(config_file=str(repo / "mkdocs.yml"), site_dir=str(served))
        build(config)

    config = load_config(config_file=str(repo / "mkdocs.yml"), site_dir=str(served))
    config.plugins.on_startup(command="serve", dirty=False)
    build(config)
    all_rows = len(rendered)
    assert all_rows > 20
    _edit_journey(repo, "Courier never rang the bell")
    rendered.clear()
    serve_build()
    # Only rows of the changed journey were rendered again (they link to it).
    assert 0 < len(rendered) < all_rows / 2
    assert all("first-purchase" in html for html in rendered)
    config.plugins.on_shutdown()
    shutil.rmtree(repo / ".cache")
    scratch = _mkdocs_build(repo, tmp_path / "scratch")
    preview = _site_files(served)
    differ = [f for f in scratch if preview.get(f) != scratch[f]]
    assert sorted(preview) == sorted(scratch) and differ == []
    assert os.listdir(repo / "journeys")  # content untouched, still there


@pytest.mark.dot
def test_rows_of_a_teams_own_template_are_never_reused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = example_copy(tmp_path)
    overrides = repo / "theme" / "cxdocs"
    overrides.mkdir(parents=True, exist_ok=True)
    own = (ROOT / "cxdocs" / "templates" / "pain-points.html").read_text(encoding="utf-8")
    numbered = own.replace("<tr class=", '<tr data-n="{{ loop.index }}" class=', 1)
    assert numbered != own
    (overrides / "pain-points.html").write_text(numbered, encoding="utf-8")
    reused: list[str] = []
    real = pagecache.PageRows.render

    def counting(self: Any, key: Any, recorders: Any, render: Callable[[], str]) -> str:
        reused.append(key)
        return real(self, key, recorders, render)

    monkeypatch.setattr(pagecache.PageRows, "render", counting)
    pages, _ = render_all(repo, tmp_path / "cache", monkeypatch, override_dir=overrides)
    assert 'data-n="2"' in pages["insights/pain-points.md"]  # the team's template is used
    register_rows = len(reused)
    reused.clear()
    (overrides / "pain-points.html").unlink()
    render_all(repo, tmp_path / "cache", monkeypatch, override_dir=overrides)
    # Only cxdocs' own templates go through the row cache.
    assert register_rows < len(reused)


def test_a_garbled_entry_that_still_loads_is_refused_and_healed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A changed character can leave a pickle loadable but wrong: the digest
    each entry carries decides, and the entry is written anew."""
    repo = make_repo(tmp_path)
    config = read_config(repo / "mkdocs.yml")
    fresh, fresh_problems, _ = load_repository(config, cached=True)
    title = next(iter(fresh.journeys.values())).item.title
    garbled = title.replace(title[0], "X" if title[0] != "X" else "Y", 1)
    changed = []
    for entry in (config.cache_dir / "documents").rglob("*.pickle"):
        data = entry.read_bytes()
        # One sealing scheme for every cache: the trailer, around a bare pickle.
        assert pickle.loads(cache.unseal(data) or b"") is not None
        if title.encode() in data:
            entry.write_bytes(data.replace(title.encode(), garbled.encode()))
            changed.append(entry)
    assert changed
    parsed = counting_parses(monkeypatch)
    again, problems, _ = load_repository(config, cached=True)
    assert parsed and problems == fresh_problems
    assert {k: e.item for k, e in again.journeys.items()} == {
        k: e.item for k, e in fresh.journeys.items()
    }
    parsed.clear()
    load_repository(config, cached=True)
    assert parsed == []  # healed: every entry is good again


def test_kept_documents_change_with_the_libraries_that_read_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The folder kept documents live in is named by cxdocs' code and the
    versions of PyYAML, pydantic and pydantic-core: another version of any
    of them reads and validates afresh."""
    import pydantic
    import pydantic_core
    import yaml

    fingerprint = memo_module.reading_fingerprint.__wrapped__
    first = fingerprint()
    assert fingerprint() == first
    for module, attribute in (
        (yaml, "__version__"),
        (pydantic, "VERSION"),
        (pydantic_core, "__version__"),
    ):
        with monkeypatch.context() as patch:
            patch.setattr(module, attribute, "0.0.0-other")
            assert fingerprint() != first, module.__name__
