"""`cxdocs import` never writes a file `cxdocs check` rejects: a text too long
for the diagrams is reported at its cell, a journey too large for a content
file is refused, and nothing is written."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

import pytest

from cxdocs.content.load import MAX_BYTES
from cxdocs.content.model import MAX_TEXT
from tests.conftest import make_repo

Run = Callable[..., tuple[int, str, str]]
HEADER = ["Stage", "Action", "Thinks", "Pain points", "Opportunities", "Evidence"]
LONG = "x" * (MAX_TEXT + 1)
FITS = "y" * MAX_TEXT


def _csv(rows: list[list[str]]) -> bytes:
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\r\n").writerows([HEADER, *rows])
    return out.getvalue().encode("utf-8")


# Which cell holds the long text -> (row, column) reported (rows count the header).
CASES = {
    "action": (["Buy", LONG, "", "", "", ""], "2:2"),
    "stage name": ([LONG, "Pays", "", "", "", ""], "2:1"),
    "thinks": (["Buy", "Pays", LONG, "", "", ""], "2:3"),
    "a pain point": (["Buy", "Pays", "", f"ok; {LONG}", "", ""], "2:4"),
    "an opportunity": (["Buy", "Pays", "", "", f"{LONG}\nshort", ""], "2:5"),
    "evidence": (["Buy", "Pays", "", "", "", LONG], "2:6"),
}


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = make_repo(tmp_path)
    monkeypatch.chdir(root)
    return root


@pytest.mark.parametrize("case", CASES)
def test_a_text_too_long_is_reported_at_its_cell_and_nothing_is_written(
    repo: Path, run_cli: Run, case: str
) -> None:
    row, where = CASES[case]
    (repo / "in.csv").write_bytes(_csv([row]))
    code, out, err = run_cli("import", "in.csv", "--persona", "ana", "--title", "Long")
    assert code == 1, out + err
    assert f"in.csv:{where}: error[text-too-long]" in err, err
    assert f"{MAX_TEXT + 1:,} characters" in err
    assert not (repo / "journeys" / "long.yaml").exists()


def test_texts_at_the_limit_import_and_pass_check(repo: Path, run_cli: Run) -> None:
    (repo / "in.csv").write_bytes(_csv([["Buy", FITS, FITS, FITS, FITS, FITS]]))
    code, _, err = run_cli("import", "in.csv", "--persona", "ana", "--title", "Long")
    assert code == 0, err
    code, out, _ = run_cli("check", "journeys/long.yaml")
    assert "error[" not in out, out


def test_a_journey_too_large_for_a_content_file_is_refused(repo: Path, run_cli: Run) -> None:
    rows = [
        ["Buy", f"Step {i:04} {FITS[:-10]}", "", "", "", ""]
        for i in range(MAX_BYTES // MAX_TEXT + 10)
    ]
    (repo / "in.csv").write_bytes(_csv(rows))
    code, _, err = run_cli("import", "in.csv", "--persona", "ana", "--title", "Huge")
    assert code == 1
    assert "error[file-too-large]" in err and "import the source in parts" in err, err
    assert not (repo / "journeys" / "huge.yaml").exists()
