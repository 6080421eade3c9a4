"""The package layout is the pipeline, and import-linter keeps it so.

content -> diagrams -> changes -> reports -> site -> publish | interop -> cli,
with i18n, cache and files under everything (pyproject.toml, [tool.importlinter]).
A stage that imports a later stage, or two modules that import each other,
fail `./dev test`; these tests prove the contract runs and can fail.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")

pytestmark = pytest.mark.skipif(not LINT_IMPORTS.exists(), reason="import-linter not installed")


def _lint(tree: Path) -> subprocess.CompletedProcess[str]:
    """lint-imports over the `cxdocs` package found in `tree`, with the project's contracts."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    return subprocess.run(
        [str(LINT_IMPORTS), "--config", str(tree / "pyproject.toml"), "--no-cache"],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def _copy(tmp_path: Path) -> Path:
    tree = tmp_path / "tree"
    shutil.copytree(ROOT / "cxdocs", tree / "cxdocs", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tree / "pyproject.toml")
    return tree


def _append(path: Path, line: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + f"\n{line}\n", encoding="utf-8")


def test_the_package_keeps_its_import_contracts() -> None:
    result = _lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 kept, 0 broken" in result.stdout


def test_every_top_level_package_is_a_layer() -> None:
    """A new top-level module must be placed in the pipeline, not left loose."""
    contract = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]
    layers = contract["contracts"][0]["layers"]
    named = {name.strip() for layer in layers for name in layer.split("|")}
    present = {
        path.stem if path.is_file() else path.name
        for path in (ROOT / "cxdocs").iterdir()
        if (path.suffix == ".py" or (path / "__init__.py").exists())
        and path.name not in {"__init__.py", "__main__.py"}
    }
    assert present == named


def test_a_stage_importing_a_later_stage_fails_the_contract(tmp_path: Path) -> None:
    tree = _copy(tmp_path)
    _append(tree / "cxdocs" / "content" / "model.py", "import cxdocs.site.pages  # noqa")
    result = _lint(tree)
    assert result.returncode != 0
    assert "cxdocs.content.model -> cxdocs.site.pages" in result.stdout


def test_an_import_cycle_inside_a_stage_fails_the_contract(tmp_path: Path) -> None:
    tree = _copy(tmp_path)
    # load is below checks (checks.run reads documents); the reverse closes a cycle.
    _append(tree / "cxdocs" / "content" / "load.py", "import cxdocs.content.checks.run  # noqa")
    result = _lint(tree)
    assert result.returncode != 0
    assert "No import cycle" in result.stdout and "BROKEN" in result.stdout
