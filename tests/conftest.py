"""Shared test helpers: fixture repositories and running the CLI in-process."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
ROOT = Path(__file__).parent.parent


def make_repo(tmp_path: Path, *overlays: Path) -> Path:
    """Copy the clean base repository, then each overlay folder on top of it."""
    repo = tmp_path / "repo"
    shutil.copytree(FIXTURES / "base", repo)
    for overlay in overlays:
        shutil.copytree(
            overlay, repo, dirs_exist_ok=True, ignore=shutil.ignore_patterns("expected.txt")
        )
    return repo


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return make_repo(tmp_path)


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., tuple[int, str, str]]:
    """Run `cxdocs ARGS` in-process; returns (exit code, stdout, stderr)."""
    from cxdocs.cli import main

    def run(*args: str) -> tuple[int, str, str]:
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture(autouse=True)
def _private_output_ledger(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each test gets its own ledger of written files, never the developer's own."""
    monkeypatch.setenv("CXDOCS_STATE_DIR", str(tmp_path_factory.mktemp("state")))
