"""The repository's own example content: clean, and every planted mistake found in one run."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from cxdocs.files import FOLDERS
from tests.conftest import ROOT

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def example(tmp_path: Path) -> Path:
    copy = tmp_path / "example"
    copy.mkdir()
    for name in (*FOLDERS.values(), "docs"):
        shutil.copytree(ROOT / name, copy / name)
    shutil.copy(ROOT / "mkdocs.yml", copy / "mkdocs.yml")
    return copy


def test_example_checks_clean_in_strict_mode(run_cli: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    code, out, err = run_cli("check", "--strict")
    assert (code, err) == (0, "")
    assert out.endswith("files checked: no problems\n")
    assert int(out.split()[0]) >= 10


def _plant(path: Path, old: str, new: str) -> tuple[int, int]:
    """Replace the first `old` in the file; return the 1-based line/col of `new`."""
    text = path.read_text(encoding="utf-8")
    index = text.index(old)
    text = text[:index] + new + text[index + len(old) :]
    path.write_text(text, encoding="utf-8")
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def test_one_mistake_per_kind_all_reported_in_one_run(
    example: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    journeys, blueprints = example / "journeys", example / "blueprints"
    expected = {
        ("journeys/first-purchase.yaml", "unknown-reference"): _plant(
            journeys / "first-purchase.yaml", "persona: ana", "persona: anna"
        ),
        ("journeys/clube-patas-onboarding.yaml", "invalid-value"): _plant(
            journeys / "clube-patas-onboarding.yaml", "status: planned", "status: plnned"
        ),
        ("blueprints/order-to-delivery.yaml", "unknown-reference"): _plant(
            blueprints / "order-to-delivery.yaml", "step: searches-product", "step: search-product"
        ),
        ("journeys/support/late-delivery.yaml", "unknown-key"): _plant(
            journeys / "support" / "late-delivery.yaml", "emotion:", "emotoin:"
        ),
        ("personas/joao.yaml", "yaml-syntax"): _plant(
            example / "personas" / "joao.yaml", "name: ", "name: Sr: "
        ),
    }
    (journeys / "draft.yaml").write_bytes(b"\xff\xfe binary")
    expected[("journeys/draft.yaml", "not-utf8")] = (1, 1)
    monkeypatch.chdir(example)
    code, out, _ = run_cli("check")
    assert code == 1
    reported = {}
    for line in out.splitlines():
        if ": error[" in line:
            location, rest = line.split(": error[", 1)
            path, row, col = location.rsplit(":", 2)
            reported.setdefault((path, rest.split("]")[0]), []).append((int(row), int(col)))
    for (path, problem), (row, col) in expected.items():
        positions = reported.get((path, problem), [])
        # the position of the offending value or key: same line, at or after the key
        assert any(r == row and c >= col for r, c in positions), (path, problem, out)
