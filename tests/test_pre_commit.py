"""The pre-commit hook, run by the real `pre-commit` tool against a team's repository.

It checks the whole repository on every commit, so deleting a persona that a
journey uses, or removing a channel from the settings, cannot slip through.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow

PRE_COMMIT = Path(sys.executable).parent / "pre-commit"


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """This repository as pre-commit would fetch it at a tag: a git repository
    with the working tree's files committed (new, uncommitted files included)."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split("\0")
    copy = tmp_path_factory.mktemp("cxdocs-hook-repo")
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():
            (copy / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, copy / name)
    _git(copy, "init", "-q")
    _git(copy, "add", "-A")
    _git(copy, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "tag")
    return copy


@pytest.fixture(scope="module")
def hook_env(tmp_path_factory: pytest.TempPathFactory, hook_repo: Path) -> dict[str, str]:
    if not PRE_COMMIT.exists():
        pytest.skip("pre-commit is not installed (it is in the dev extra)")
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(tmp_path_factory.mktemp("pre-commit-home")),
        "CXDOCS_HOOK_REPO": str(hook_repo),
    }
    wheelhouse = os.environ.get("CXDOCS_WHEELHOUSE")
    if wheelhouse and Path(wheelhouse).is_dir():  # ./dev test fills it: no index look-ups
        env.update(PIP_NO_INDEX="1", PIP_FIND_LINKS=wheelhouse)
    return env


@pytest.fixture
def team_repo(
    tmp_path: Path, run_cli: Callable[..., tuple[int, str, str]], monkeypatch: pytest.MonkeyPatch
) -> Path:
    """A repository set up with `cxdocs init --example`, everything committed."""
    repo = tmp_path / "team"
    assert run_cli("init", str(repo), "--example")[0] == 0
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "config", "user.email", "cx@example.org")
    _git(repo, "config", "user.name", "CX")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "--no-verify", "-m", "start")
    return repo


def _hook(repo: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run this repository's hook as `.pre-commit-hooks.yaml` declares it, on
    what is staged, exactly as `git commit` would."""
    return subprocess.run(
        [str(PRE_COMMIT), "try-repo", env["CXDOCS_HOOK_REPO"], "cxdocs-check"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def test_hook_fails_a_commit_that_deletes_a_used_persona(
    team_repo: Path, hook_env: dict[str, str]
) -> None:
    _git(team_repo, "rm", "-q", "personas/sam.yaml")
    result = _hook(team_repo, hook_env)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "journeys/first-order.yaml" in result.stdout
    assert "error[unknown-reference] persona 'sam'" in result.stdout


def test_hook_fails_a_commit_that_removes_a_used_channel(
    team_repo: Path, hook_env: dict[str, str]
) -> None:
    settings = team_repo / "mkdocs.yml"
    settings.write_text(settings.read_text().replace("        email: E-mail\n", ""))
    _git(team_repo, "add", "mkdocs.yml")
    result = _hook(team_repo, hook_env)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "error[unknown-reference] channel 'email'" in result.stdout


def test_hook_passes_clean_commits_renames_included(
    team_repo: Path, hook_env: dict[str, str]
) -> None:
    (team_repo / "journeys" / "support").mkdir()
    _git(team_repo, "mv", "journeys/first-order.yaml", "journeys/support/first-order.yaml")
    result = _hook(team_repo, hook_env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "cxdocs check" in result.stdout and "Passed" in result.stdout
