"""A printed map says which version it shows: each file's last change and the commit."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from cxdocs.changes import provenance
from cxdocs.content.checks.run import load_repository
from cxdocs.content.settings.reader import read_config
from cxdocs.diagrams.draw import diagram_of
from tests.helpers import GitRepo, isolate_git, start_repo


def _repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> GitRepo:
    isolate_git(monkeypatch)
    repo = GitRepo(tmp_path / "cx")
    repo.path.mkdir()
    return repo.init()


def _commit_on(repo: GitRepo, date: str, message: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("GIT_COMMITTER_DATE", f"{date}T12:00:00+00:00")
    monkeypatch.setenv("GIT_AUTHOR_DATE", f"{date}T12:00:00+00:00")
    return repo.commit(message)


def test_each_file_reads_the_newest_commit_that_touched_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = _repo(tmp_path, monkeypatch)
    repo.write("journeys/order.yml", "id: order\n")
    repo.write("personas/ana.yml", "id: ana\n")
    repo.write("notes.txt", "not content\n")
    first = _commit_on(repo, "2026-01-02", "first", monkeypatch)
    repo.append("journeys/order.yml", "# edited\n")
    repo.write("journeys/ação e espaço.yml", "id: acao\n")  # accents and a space
    second = _commit_on(repo, "2026-03-04", "second", monkeypatch)

    found = provenance.read(repo.path)

    assert found.head == second and not found.dirty
    order = found.last_change(repo.path / "journeys" / "order.yml")
    assert order == provenance.LastChange("2026-03-04", second)
    assert found.last_change(repo.path / "personas/ana.yml") == provenance.LastChange(
        "2026-01-02", first
    )
    assert found.last_change(repo.path / "journeys/ação e espaço.yml") is not None
    assert found.last_change(repo.path / "notes.txt") is None  # not a content folder


def test_a_file_with_uncommitted_edits_has_no_last_change_yet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = _repo(tmp_path, monkeypatch)
    repo.write("journeys/order.yml", "id: order\n")
    repo.write("journeys/kept.yml", "id: kept\n")
    repo.write("journeys/moved.yml", "id: moved\n")
    commit = _commit_on(repo, "2026-01-02", "first", monkeypatch)
    repo.append("journeys/order.yml", "# not committed\n")
    repo.git("mv", "journeys/moved.yml", "journeys/renamed.yml")
    repo.write("journeys/new.yml", "id: new\n")

    found = provenance.read(repo.path)

    assert found.dirty
    assert found.last_change(repo.path / "journeys/order.yml") is None
    assert found.last_change(repo.path / "journeys/moved.yml") is None
    assert found.last_change(repo.path / "journeys/new.yml") is None
    assert found.last_change(repo.path / "journeys/kept.yml") == provenance.LastChange(
        "2026-01-02", commit
    )


def test_a_site_in_a_subfolder_reads_only_its_own_content(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = _repo(tmp_path, monkeypatch)
    repo.write("cx/journeys/order.yml", "id: order\n")
    repo.write("other/journeys/order.yml", "id: order\n")
    _commit_on(repo, "2026-01-02", "first", monkeypatch)

    found = provenance.read(repo.path / "cx")

    assert list(found.files) == [(repo.path / "cx/journeys/order.yml").resolve()]


def test_outside_git_and_before_the_first_commit_nothing_is_known(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    isolate_git(monkeypatch)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    assert provenance.read(tmp_path) == provenance.UNKNOWN
    repo = _repo(tmp_path, monkeypatch)
    repo.write("journeys/order.yml", "id: order\n")
    assert provenance.read(repo.path) == provenance.UNKNOWN


def test_a_shallow_clone_gives_no_dates_rather_than_wrong_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = _repo(tmp_path, monkeypatch)
    repo.write("journeys/old.yml", "id: old\n")
    _commit_on(repo, "2026-01-02", "old", monkeypatch)
    repo.write("journeys/new.yml", "id: new\n")
    head = _commit_on(repo, "2026-03-04", "new", monkeypatch)
    clone = tmp_path / "clone"
    subprocess.run(
        ["git", "clone", "--quiet", "--depth=1", f"file://{repo.path}", str(clone)], check=True
    )

    found = provenance.read(clone)

    assert found.head == head
    assert found.files == {}


def _header_text(repo_dir: Path, journey: str) -> str:
    config = read_config(repo_dir / "mkdocs.yml")
    repo, _, _ = load_repository(config)
    item = repo.journeys[journey].item
    changed = provenance.read(repo_dir).dates()
    diagram = diagram_of("journey", item, repo, changed)
    header = next(box for box in diagram.boxes if box.key == "header")
    return " ".join(row.text for row in header.rows)


def test_a_printed_map_says_when_its_journey_last_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GIT_COMMITTER_DATE", "2026-05-06T12:00:00+00:00")
    repo = start_repo(tmp_path, monkeypatch)
    journey = next((repo.path / "journeys").glob("*.yaml"))
    ident = journey.stem

    assert "changed 2026-05-06" in _header_text(repo.path, ident)

    repo.append(f"journeys/{journey.name}", "# an edit not committed yet\n")
    assert "changed" not in _header_text(repo.path, ident)
