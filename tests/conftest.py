"""Shared test helpers: fixture repositories and running the CLI in-process."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
ROOT = Path(__file__).parent.parent


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite every golden file (DOT, diff report, problem and import output) "
        "from what the code gives now; review the diff before committing",
    )


def pytest_configure(config: pytest.Config) -> None:
    from tests import helpers

    helpers.UPDATE_GOLDEN = bool(config.getoption("--update-golden"))


def make_repo(tmp_path: Path, *overlays: Path) -> Path:
    """Copy the clean base repository, then each overlay folder on top of it."""
    repo = tmp_path / "repo"
    shutil.copytree(FIXTURES / "base", repo)
    for overlay in overlays:
        shutil.copytree(
            overlay, repo, dirs_exist_ok=True, ignore=shutil.ignore_patterns("expected*.txt")
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


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Headless Chromium, for tests marked with helpers.BROWSER_MARKS."""
    from tests.helpers import ARGS, CHROMIUM, playwright_api

    if playwright_api is None or CHROMIUM is None:
        pytest.skip("needs playwright and Chromium")
    with playwright_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()
