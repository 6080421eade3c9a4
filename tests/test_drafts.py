"""Drafts: committed and checked, but out of the site and of completeness warnings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import make_repo
from tests.helpers import mkdocs_build

Run = Callable[..., tuple[int, str, str]]

DRAFT_PERSONA = "name: Bruno\ndraft: true\n"
DRAFT_JOURNEY = (
    "title: Returns\npersona: bruno\ndraft: true\nstages:\n  - name: Ask\n    steps:\n"
    "      - action: Asks for a refund\n"
)


def test_a_draft_persona_may_wait_for_its_journey_under_strict(
    repo: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo)
    (repo / "personas" / "bruno.yaml").write_text("name: Bruno\n")
    code, out, _ = run_cli("check", "--strict")
    assert code == 1 and "warning[unused-persona]" in out
    (repo / "personas" / "bruno.yaml").write_text(DRAFT_PERSONA)
    assert run_cli("check", "--strict") == (0, "4 files checked: no problems\n", "")


def test_a_draft_journey_skips_completeness_but_not_errors(
    repo: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo)
    (repo / "personas" / "bruno.yaml").write_text(DRAFT_PERSONA)
    (repo / "journeys" / "returns.yaml").write_text(DRAFT_JOURNEY)  # no emotion scores
    assert run_cli("check", "--strict")[0] == 0
    broken = DRAFT_JOURNEY.replace("action: Asks", "channel: fax\n        action: Asks")
    (repo / "journeys" / "returns.yaml").write_text(broken)
    code, out, _ = run_cli("check", "--strict")
    assert code == 1 and "error[unknown-reference] channel 'fax'" in out


@pytest.mark.dot
@pytest.mark.slow
def test_drafts_stay_out_of_the_site_unless_asked(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    (repo / "personas" / "bruno.yaml").write_text(DRAFT_PERSONA)
    (repo / "journeys" / "returns.yaml").write_text(DRAFT_JOURNEY)
    result = mkdocs_build(repo / "mkdocs.yml", tmp_path / "site")
    assert result.returncode == 0, result.stderr
    site = tmp_path / "site"
    assert (site / "journeys" / "first-purchase" / "index.html").is_file()
    assert not (site / "journeys" / "returns").exists()
    assert not (site / "personas" / "bruno").exists()
    assert "Returns" not in (site / "journeys" / "index.html").read_text()
    settings = repo / "mkdocs.yml"
    settings.write_text(settings.read_text() + "      drafts: true\n")
    result = mkdocs_build(settings, tmp_path / "preview")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "preview" / "journeys" / "returns" / "index.html").is_file()
    assert (tmp_path / "preview" / "personas" / "bruno" / "index.html").is_file()


@pytest.mark.dot
def test_cxdocs_build_leaves_drafts_out_like_the_plugin(
    repo: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo)
    (repo / "personas" / "bruno.yaml").write_text(DRAFT_PERSONA)
    assert run_cli("build")[0] == 0
    pages = {p.relative_to(repo / "docs").as_posix() for p in (repo / "docs").rglob("*.md")}
    assert "personas/ana.md" in pages and "personas/bruno.md" not in pages
    assert run_cli("build", "--drafts")[0] == 0  # a review site shows them
    assert (repo / "docs" / "personas" / "bruno.md").is_file()
    assert run_cli("build")[0] == 0  # and the next plain build removes them again
    assert not (repo / "docs" / "personas" / "bruno.md").exists()
