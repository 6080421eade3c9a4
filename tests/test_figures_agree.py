"""One figure, one string: the map, the page, the index, History and the PR comment.

A team reading "-0.1" on the map, "-0.2" on the journeys index and "-0.15" in
History stops trusting all three. Every figure goes through one formatter
(cxdocs/i18n/numbers.py); this test builds the example in a git repository with
two commits and reads each figure back from every place it is shown.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from cxdocs.content.checks.run import load_repository
from cxdocs.content.settings.reader import read_config
from cxdocs.files import FOLDERS
from cxdocs.i18n import numbers
from tests.conftest import ROOT
from tests.helpers import GitRepo, mkdocs_build

pytestmark = [pytest.mark.slow, pytest.mark.dot]

Run = Callable[..., tuple[int, str, str]]
MINUS = "\u2212"


def _example_history(path: Path, locale: str) -> GitRepo:
    """The example, committed twice: first with other figures, then as it is."""
    for folder in (*FOLDERS.values(), "docs", "theme"):
        shutil.copytree(ROOT / folder, path / folder)
    shutil.copy(ROOT / "mkdocs.yml", path / "mkdocs.yml")
    repo = GitRepo(path).init()
    repo.edit("mkdocs.yml", "      locale: en\n", f"      locale: {locale}\n")
    originals = {rel: (path / rel).read_text() for rel in _EDITS}
    for rel, (old, new) in _EDITS.items():
        repo.edit(rel, old, new)
    repo.commit("before")
    for rel, text in originals.items():
        repo.write(rel, text)
    repo.commit("after")
    return repo


_EDITS = {
    "journeys/first-purchase.yaml": ("        emotion: 2\n", "        emotion: 1\n"),
    "journeys/click-and-collect.md": ("promoters: 156,", "promoters: 150,"),
}


def _split(html: str) -> tuple[str, str, str]:
    """(page text outside drawings, the drawings' SVG, the History section)."""
    found = re.search(r'<details class="cx-history".*?</details>', html, re.S)
    history = found.group(0) if found else ""
    rest = html.replace(history, "")
    drawings = "".join(re.findall(r"<svg.*?</svg>", rest, re.S))
    page = re.sub(r"<svg.*?</svg>", "", rest, flags=re.S)
    return page, drawings, history


@pytest.mark.parametrize("locale", ["en", "pt-BR"])
def test_each_figure_reads_the_same_everywhere(
    tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch, locale: str
) -> None:
    repo = _example_history(tmp_path / "repo", locale)
    monkeypatch.chdir(repo.path)
    code, comment, err = run_cli("diff", "HEAD~1", "HEAD")
    assert code == 0, err
    site = tmp_path / "site"
    built = mkdocs_build(repo.path / "mkdocs.yml", site)
    assert built.returncode == 0, built.stderr

    content, problems, _ = load_repository(read_config(repo.path / "mkdocs.yml"))
    assert not [p for p in problems if p.severity == "error"]
    journey = content.journeys["first-purchase"].item
    nps = next(
        m
        for stage in content.journeys["click-and-collect"].item.stages
        for step in stage.steps
        for m in step.metrics
        if m.is_computed_nps
    )
    average = numbers.score(journey.average_emotion, locale)
    nps_text = numbers.measure(nps.current, nps.unit, locale)
    # The exact average is -2/13 = -0.1538...: rounded once it is -0.2, never -0.15 or -0.1.
    assert average == f"{MINUS}0{',' if locale == 'pt-BR' else '.'}2"
    assert nps_text == ("46,3" if locale == "pt-BR" else "46.3")

    _page, drawing, history = _split((site / "journeys/first-purchase/index.html").read_text())
    index, _, _ = _split((site / "journeys/index.html").read_text())
    assert average in drawing, "the map's header"
    assert f">{average}<" in index, "the journeys index"
    assert average in history, "History"
    assert average in comment, "the PR comment"
    for twice_rounded in ("0.15", "0,15"):  # what History and the PR comment used to say
        assert twice_rounded not in history + comment

    nps_page, _, _ = _split((site / "journeys/click-and-collect/index.html").read_text())
    assert nps_text in nps_page, "the metric on its step"
    assert nps_text in comment, "the PR comment's metric change"
