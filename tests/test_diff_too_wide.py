"""`cxdocs diff --svg-dir` draws only what Graphviz can draw, as check and the
build do.

A diff diagram ghosts the removed steps (phases) beside the added ones, so it
can be wider than either revision: a journey of 400 steps (check's limit) with
ten replaced has 410 columns. Such a diagram is not drawn; the report says
why (golden notes in tests/golden/diff/too-wide.*.md). Each case commits a
base and a change and runs the diff in-process.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import DIFF_GOLDEN, GitRepo, Run, matches_golden, start_repo


def _journey(steps: list[str]) -> str:
    lines = ["title: Wide", "persona: ana", "stages:", "  - id: all", "    name: All", "    steps:"]
    lines += [f"      - {{id: {s}, action: Step {s}, emotion: 0}}" for s in steps]
    return "\n".join(lines) + "\n"


def _blueprint(phases: list[str]) -> str:
    lines = ["title: Wide", "phases:"]
    lines += [
        f"  - {{id: {p}, name: Phase {p}, customer: [{{id: c-{p}, text: Does}}]}}" for p in phases
    ]
    return "\n".join(lines) + "\n"


def _names(prefix: str, count: int, start: int = 0) -> list[str]:
    return [f"{prefix}{i}" for i in range(start, start + count)]


# name: (file, make, base items, head items, drawn?)
CASES = {
    "400 steps, 10 replaced (410 columns)": (
        "journeys/wide.yaml",
        _journey,
        _names("s", 400),
        _names("s", 390) + _names("new", 10),
        False,
    ),
    "400 steps, 40 removed (400 columns)": (
        "journeys/wide.yaml",
        _journey,
        _names("s", 400),
        _names("s", 360),
        None,  # fits: drawn when Graphviz is there (see the dot test below)
    ),
    "beyond check's limit in the change": (
        "journeys/wide.yaml",
        _journey,
        _names("s", 10),
        _names("s", 420),
        False,
    ),
    "300 phases, 5 replaced": (
        "blueprints/wide.yaml",
        _blueprint,
        _names("p", 300),
        _names("p", 295) + _names("q", 5),
        False,
    ),
}


def _diff(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli: Run, case: str, locale: str = "en"
) -> tuple[GitRepo, int, str, str]:
    file, make, base, head, _ = CASES[case]
    repo = start_repo(tmp_path, monkeypatch)
    if locale != "en":
        repo.edit("mkdocs.yml", "  - cxdocs:\n", f"  - cxdocs:\n      locale: {locale}\n")
    repo.write(file, make(base))
    repo.commit("base")
    repo.write(file, make(head))
    repo.commit("change")
    code, out, err = run_cli("diff", "HEAD~1", "--svg-dir", "out")
    return repo, code, out, err


@pytest.mark.parametrize("case", [c for c, v in CASES.items() if v[4] is False])
def test_a_diff_diagram_too_wide_is_not_drawn_and_the_report_says_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli: Run, case: str
) -> None:
    repo, code, out, err = _diff(tmp_path, monkeypatch, run_cli, case)
    assert code == 0, err
    assert "Traceback" not in err
    assert list((repo.path / "out").iterdir()) == []  # Graphviz never ran on it
    kind = CASES[case][0].split("/")[0][:-1]
    notes = [line for line in out.splitlines() if "not drawn" in line]
    assert len(notes) == 1 and f"{kind} `wide`" in notes[0], out


@pytest.mark.parametrize("locale", ["en", "pt-BR"])
def test_the_note_reads_in_the_sites_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli: Run, locale: str
) -> None:
    _, code, out, err = _diff(
        tmp_path, monkeypatch, run_cli, "400 steps, 10 replaced (410 columns)", locale
    )
    assert code == 0, err
    notes = [line for line in out.splitlines() if "65" in line and "Graphviz" in line]
    matches_golden(DIFF_GOLDEN / f"too-wide.{locale}.md", "\n".join(notes) + "\n")


@pytest.mark.dot
@pytest.mark.slow
def test_a_wide_diagram_that_fits_is_drawn_without_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli: Run
) -> None:
    repo, code, out, err = _diff(
        tmp_path, monkeypatch, run_cli, "400 steps, 40 removed (400 columns)"
    )
    assert code == 0, err
    assert "too large" not in err and "Warning" not in err, err
    assert [p.name for p in (repo.path / "out").iterdir()] == ["journey-wide.svg"]
    assert "not drawn" not in out
