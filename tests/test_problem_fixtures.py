"""Every problem code, from a fixture repository, against its exact golden output.

Each folder under fixtures/invalid/ is laid over the clean base repository;
`cxdocs check --strict` must print exactly its expected.txt (stdout, then
stderr, then the exit code). Regenerate with CXDOCS_UPDATE_GOLDEN=1 and review
the diff.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, make_repo

INVALID = sorted(p for p in (FIXTURES / "invalid").iterdir() if p.is_dir())


@pytest.mark.parametrize("fixture", INVALID, ids=[p.name for p in INVALID])
def test_problem_output_matches_golden(
    fixture: Path,
    tmp_path: Path,
    run_cli: Callable[..., tuple[int, str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    repo = make_repo(tmp_path, fixture)
    monkeypatch.chdir(repo)
    code, out, err = run_cli("check", "--strict")
    actual = f"{out}{err}exit: {code}\n"
    golden = fixture / "expected.txt"
    if os.environ.get("CXDOCS_UPDATE_GOLDEN"):
        golden.write_text(actual, encoding="utf-8")
    assert actual == golden.read_text(encoding="utf-8")


def test_every_code_has_a_fixture() -> None:
    """A code that no fixture triggers is a code nobody has seen work."""
    documented = set()
    for line in (
        (Path(__file__).parent.parent / "docs" / "guide" / "problems.md").read_text().splitlines()
    ):
        if line.startswith("| `") and "` |" in line:
            documented.add(line.split("`")[1])
    seen = set()
    for fixture in INVALID:
        text = (fixture / "expected.txt").read_text(encoding="utf-8")
        for code in documented:
            if f"[{code}]" in text:
                seen.add(code)
    # These need a pipe, a link (fixtures are copied without links) or a huge
    # file: tested in test_load.py.
    untested = documented - seen - {"unreadable-file", "file-too-large", "not-a-file", "link-loop"}
    assert not untested, f"codes without a fixture: {sorted(untested)}"
    assert len(documented) >= 30
