"""`cxdocs import` on fixture files, against golden output and golden journeys.

Each folder under fixtures/import/ holds one `source.*` file (a `source.xlsx.csv`
is written into `source.xlsx` with openpyxl first, numbers as numbers, as a
spreadsheet holds them), optional extra arguments in `args.txt` (one per line;
`--persona ana` is always given), what the command prints in `expected.txt`,
and the journey it writes in `expected.yaml` (no such file: nothing may be
written). Regenerate with `pytest --update-golden` and review the diff.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, make_repo
from tests.helpers import matches_golden, updating_golden, write_xlsx

CASES = sorted(p for p in (FIXTURES / "import").iterdir() if p.is_dir())
Run = Callable[..., tuple[int, str, str]]


def _source(case: Path, repo: Path) -> str:
    (source,) = [p for p in case.iterdir() if p.name.startswith("source.")]
    if source.name.endswith(".xlsx.csv"):
        write_xlsx(source, repo / "source.xlsx")
        return "source.xlsx"
    shutil.copy(source, repo / source.name)
    return source.name


@pytest.mark.parametrize("case", CASES, ids=[p.name for p in CASES])
def test_import_matches_golden(
    case: Path, tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = make_repo(tmp_path)
    monkeypatch.chdir(repo)
    source = _source(case, repo)
    args = case / "args.txt"
    extra = args.read_text(encoding="utf-8").splitlines() if args.is_file() else []
    before = set((repo / "journeys").rglob("*"))
    code, out, err = run_cli("import", source, "--persona", "ana", *extra)
    matches_golden(case / "expected.txt", f"{out}{err}exit: {code}\n")
    created = sorted(set((repo / "journeys").rglob("*")) - before)
    expected = case / "expected.yaml"
    if not expected.is_file() and not (updating_golden() and code == 0):
        assert created == [], "bad input must write nothing"
        assert code == 1
        return
    assert code == 0
    (journey,) = created
    matches_golden(expected, journey.read_text(encoding="utf-8"))


def test_every_bad_input_names_its_place() -> None:
    """Each bad-input fixture reports FILE:row:column problems, and says nothing was written."""
    for case in CASES:
        text = (case / "expected.txt").read_text(encoding="utf-8")
        if (case / "expected.yaml").is_file():
            continue
        assert re.search(r"^source\.\w+:\d+:\d+: error\[[a-z0-9-]+\] ", text, re.M), case.name
        assert "nothing written" in text, case.name


def test_every_documented_import_code_has_a_fixture() -> None:
    guide = (Path(__file__).parent.parent / "docs" / "guide" / "import-export.md").read_text()
    section = guide.split("## Problems", 1)[1]
    documented = set()
    for line in section.splitlines():
        if line.startswith("| `"):
            documented.update(re.findall(r"`([a-z0-9-]+)`", line.split(" | ")[0]))
    seen = set()
    research = sorted(p for p in (FIXTURES / "import-research").iterdir() if p.is_dir())
    for case in [*CASES, *research]:
        seen.update(re.findall(r"error\[([a-z0-9-]+)\]", (case / "expected.txt").read_text()))
    # csv-syntax: Python's csv module accepts almost anything; kept for what it still rejects.
    assert documented - seen == {"csv-syntax"}
    assert seen <= documented, f"undocumented import codes: {sorted(seen - documented)}"
