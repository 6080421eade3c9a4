"""`cxdocs import --research`: quotes sheets -> research sources, against golden files.

Each folder under fixtures/import-research/ holds one `source.*` file (a
`source.xlsx.csv` is written into `source.xlsx` first, as in
test_import_fixtures.py), optional extra arguments in `args.txt`, an optional
`overlay/` copied into the repository first, what the command prints in
`expected.txt`, and the files it writes into research/ in `expected/` (none:
nothing may be written). Regenerate with `pytest --update-golden`.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, make_repo
from tests.helpers import matches_golden, updating_golden, write_xlsx

CASES = sorted(p for p in (FIXTURES / "import-research").iterdir() if p.is_dir())
Run = Callable[..., tuple[int, str, str]]


def _setup(case: Path, tmp_path: Path) -> tuple[Path, str]:
    repo = make_repo(tmp_path, *[p for p in [case / "overlay"] if p.is_dir()])
    (source,) = [p for p in case.iterdir() if p.name.startswith("source.")]
    if source.name.endswith(".xlsx.csv"):
        write_xlsx(source, repo / "source.xlsx")
        return repo, "source.xlsx"
    shutil.copy(source, repo / source.name)
    return repo, source.name


def _files(folder: Path) -> dict[str, str]:
    if not folder.is_dir():
        return {}
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.yaml"))}


@pytest.mark.parametrize("case", CASES, ids=[p.name for p in CASES])
def test_research_import_matches_golden(
    case: Path, tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo, source = _setup(case, tmp_path)
    monkeypatch.chdir(repo)
    before = _files(repo / "research")
    args = case / "args.txt"
    extra = args.read_text(encoding="utf-8").splitlines() if args.is_file() else []
    code, out, err = run_cli("import", source, "--research", *extra)
    matches_golden(case / "expected.txt", f"{out}{err}exit: {code}\n")
    after = _files(repo / "research")
    assert {k: v for k, v in before.items() if k in after} == before, "a file was replaced"
    written = {k: v for k, v in after.items() if k not in before}
    expected = case / "expected"
    if updating_golden() and written:
        shutil.rmtree(expected, ignore_errors=True)
        expected.mkdir()
        for name, text in written.items():
            (expected / name).write_text(text, encoding="utf-8")
    assert written == _files(expected)
    if not written:
        assert code == 1, "bad input is reported and writes nothing"
        assert "nothing written" in err
        return
    assert code == 0
    # What the import writes, `cxdocs check` accepts (warnings at most).
    code, out, err = run_cli("check")
    assert code == 0, out + err
    assert " error[" not in out + err


def test_unknown_columns_are_never_copied(
    tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A tool's export carries who made each highlight (an e-mail): left out, and said so."""
    repo, source = _setup(FIXTURES / "import-research" / "dovetail-en", tmp_path)
    monkeypatch.chdir(repo)
    code, out, _ = run_cli("import", source, "--research")
    assert code == 0
    assert "left out the columns cxdocs does not know: 'Created by'" in out
    written = (repo / "research" / "delivery-interviews-2024.yaml").read_text(encoding="utf-8")
    assert "clubepatas.example" not in written
    assert "dovetail.example" not in written


def test_private_column_marks_the_quote_private(
    tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A quote marked private in the sheet ('sim') is private in the source file."""
    repo, source = _setup(FIXTURES / "import-research" / "handmade-pt", tmp_path)
    monkeypatch.chdir(repo)
    assert run_cli("import", source, "--research")[0] == 0
    written = (repo / "research" / "entrevistas-de-primeira-compra.yaml").read_text("utf-8")
    assert "private: true" in written.split("id: q2", 1)[1].split("- id:", 1)[0]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "pass --persona ID to import a journey, or --research to import quotes"),
        (("--research", "--persona", "ana"), "--persona is for journeys"),
        (("--persona", "ana", "--method", "survey"), "--method applies to --research"),
        (("--research", "--method", "poll"), "'poll' is not a research method"),
        (("--research", "-o", "journeys/x.yaml"), "research sources are read from research/"),
    ],
)
def test_research_usage_errors(
    repo: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...], message: str
) -> None:
    monkeypatch.chdir(repo)
    (repo / "quotes.csv").write_text("Text\nHello\n", encoding="utf-8")
    code, _, err = run_cli("import", "quotes.csv", *args)
    assert code == 2
    assert message in err
    assert not (repo / "research").exists()
