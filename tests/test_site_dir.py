"""MkDocs empties site_dir before every build: it must never be content.

`site_dir: journeys` used to delete every journey while the build exited 0.
Each case here builds for real and proves every content file is unchanged.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import make_repo

UNSAFE = [
    ("personas", "is the content folder personas/"),
    ("journeys", "is the content folder journeys/"),
    ("blueprints", "is the content folder blueprints/"),
    ("journeys/site", "lies inside the content folder journeys/"),
    ("docs", "is docs_dir (docs/)"),
    ("docs/site", "lies inside docs_dir (docs/)"),
    (".", "contains the content folder personas/"),
    ("./", "contains the content folder personas/"),
    ("..", "contains the content folder personas/"),
]


def _snapshot(root: Path) -> dict[str, str]:
    """Every file in the repository (content, docs, settings) by its SHA-256."""
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def _repo_with_site_dir(tmp_path: Path, site_dir: str) -> Path:
    repo = make_repo(tmp_path)
    (repo / "docs" / "index.md").write_text("# Home\n", encoding="utf-8")
    (repo / "journeys" / "more").mkdir()
    (repo / "journeys" / "more" / "second.md").write_text(
        "---\ntitle: Second\npersona: ana\nstages: [{name: A, steps: [{action: B, emotion: 0}]}]\n"
        "---\nNarrative.\n",
        encoding="utf-8",
    )
    settings = repo / "mkdocs.yml"
    settings.write_text(f"{settings.read_text()}site_dir: {site_dir}\n", encoding="utf-8")
    return repo


def _build(repo: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-f", str(repo / "mkdocs.yml"), *extra],
        capture_output=True,
        text=True,
        check=False,
        cwd=repo,
        env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin:/usr/local/bin"},
    )


@pytest.mark.parametrize(("site_dir", "reason"), UNSAFE, ids=[u[0] for u in UNSAFE])
def test_check_reports_an_unsafe_site_dir_at_its_line(
    site_dir: str,
    reason: str,
    tmp_path: Path,
    run_cli: Callable[..., tuple[int, str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    repo = _repo_with_site_dir(tmp_path, site_dir)
    monkeypatch.chdir(repo)
    code, out, err = run_cli("check")
    assert code == 1, out + err
    assert (
        f"mkdocs.yml:6:11: error[unsafe-site-dir] site_dir '{site_dir}' {reason}; "
        "MkDocs empties site_dir before every build"
    ) in out


@pytest.mark.slow
@pytest.mark.parametrize("site_dir", [u[0] for u in UNSAFE])
def test_build_into_content_is_refused_and_changes_nothing(site_dir: str, tmp_path: Path) -> None:
    repo = _repo_with_site_dir(tmp_path, site_dir)
    before = _snapshot(tmp_path)
    result = _build(repo)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert _snapshot(tmp_path) == before


@pytest.mark.slow
def test_the_build_refuses_the_unsafe_site_dir_with_the_check_message(tmp_path: Path) -> None:
    repo = _repo_with_site_dir(tmp_path, "journeys")
    result = _build(repo)
    assert (
        "mkdocs.yml:6:11: error[unsafe-site-dir] site_dir 'journeys' is the content folder "
        "journeys/; MkDocs empties site_dir before every build"
    ) in result.stderr


@pytest.mark.slow
@pytest.mark.parametrize("target", ["personas", "journeys/more", "blueprints", "."])
def test_site_dir_given_on_the_command_line_is_guarded_too(target: str, tmp_path: Path) -> None:
    repo = _repo_with_site_dir(tmp_path, "site")
    before = _snapshot(tmp_path)
    result = _build(repo, "-d", str(repo / target))
    assert result.returncode != 0
    assert "refusing to build into" in result.stderr or "site_dir" in result.stderr
    assert _snapshot(tmp_path) == before


def test_a_cache_dir_inside_content_is_reported(
    tmp_path: Path, run_cli: Callable[..., tuple[int, str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = make_repo(tmp_path)
    settings = repo / "mkdocs.yml"
    settings.write_text(settings.read_text() + "      cache_dir: journeys/.cache\n")
    monkeypatch.chdir(repo)
    code, out, _ = run_cli("check")
    assert code == 1
    assert (
        "mkdocs.yml:6:18: error[unsafe-cache-dir] cache_dir 'journeys/.cache' lies inside the "
        "content folder journeys/"
    ) in out


def test_a_safe_site_dir_passes(
    tmp_path: Path, run_cli: Callable[..., tuple[int, str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = _repo_with_site_dir(tmp_path, "public/site")
    monkeypatch.chdir(repo)
    code, out, _ = run_cli("check")
    assert code == 0, out


@pytest.mark.parametrize("written", ['""', "''"])
def test_an_empty_site_dir_is_the_repository_itself(
    written: str,
    tmp_path: Path,
    run_cli: Callable[..., tuple[int, str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # MkDocs reads `site_dir: ""` as the folder of mkdocs.yml: it would empty it.
    repo = _repo_with_site_dir(tmp_path, written)
    monkeypatch.chdir(repo)
    code, out, _ = run_cli("check")
    assert code == 1
    assert "mkdocs.yml:6:11: error[unsafe-site-dir] site_dir '' contains the content" in out


def test_check_piped_into_a_reader_that_leaves_early_is_quiet(tmp_path: Path) -> None:
    repo = _repo_with_site_dir(tmp_path, "journeys")
    result = subprocess.run(
        f"'{sys.executable}' -m cxdocs check | head -c 1",
        shell=True,
        capture_output=True,
        text=True,
        check=False,
        cwd=repo,
    )
    assert "Traceback" not in result.stderr
