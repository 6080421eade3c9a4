"""The user documentation's commands, run literally in an empty folder: the
README's "Start your own repository" and the Getting started guide."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.shell_blocks import commands

pytestmark = [pytest.mark.dot, pytest.mark.slow]

DOCS = [
    (ROOT / "README.md", "Start your own repository"),
    (ROOT / "docs" / "guide" / "getting-started.md", None),
]


@pytest.mark.parametrize(("path", "heading"), DOCS, ids=["README", "getting-started"])
def test_documented_commands_run_as_written(
    path: Path, heading: str | None, tmp_path: Path
) -> None:
    script = "\n".join(commands(path, heading))
    assert "cxdocs init" in script and "cxdocs check --strict" in script
    assert "mkdocs build --strict" in script
    env = {
        **os.environ,
        # The installed cxdocs and mkdocs come first, as after `pip install`.
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
        "NO_MKDOCS_2_WARNING": "1",
        "GIT_AUTHOR_NAME": "CX team",
        "GIT_AUTHOR_EMAIL": "cx@example.org",
        "GIT_COMMITTER_NAME": "CX team",
        "GIT_COMMITTER_EMAIL": "cx@example.org",
    }
    result = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", script],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, f"{script}\n---\n{result.stdout}\n{result.stderr}"
    site = next(tmp_path.glob("*/site/journeys/first-purchase/index.html"))
    assert "First purchase" in site.read_text(encoding="utf-8")
