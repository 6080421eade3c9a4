"""One version and one project address, used the same way everywhere."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from collections.abc import Callable

from cxdocs import GUIDE_URL, PROJECT_URL, __version__
from tests.conftest import ROOT

Run = Callable[..., tuple[int, str, str]]


def test_version_has_one_source(run_cli: Run) -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert "version" not in project["project"] and "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "cxdocs.__version__"}
    assert run_cli("--version") == (0, f"cxdocs {__version__}\n", "")
    assert f"## {__version__}" in (ROOT / "CHANGELOG.md").read_text()


def test_project_addresses_are_the_same_everywhere() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["urls"]["Homepage"] == PROJECT_URL
    assert project["urls"]["Documentation"] == GUIDE_URL
    tracked = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    mention = re.compile(r"https?://[\w.-]*cxdocs[\w./-]*")
    for name in tracked:
        path = ROOT / name
        if path.suffix not in {".py", ".md", ".yml", ".yaml", ".toml", ".json", ".html"}:
            continue
        if not path.is_file():
            continue
        for url in mention.findall(path.read_text(encoding="utf-8", errors="replace")):
            if url.startswith("https://cxdocs.dev/schemas/"):  # schema ids, not addresses
                continue
            assert url.startswith((PROJECT_URL, GUIDE_URL.rstrip("/"))), f"{name}: {url}"
    assert "example.org/cxdocs" not in (ROOT / ".pre-commit-hooks.yaml").read_text()


def test_module_entry_point_reports_the_version() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "cxdocs", "--version"], capture_output=True, text=True, check=True
    )
    assert done.stdout == f"cxdocs {__version__}\n"
