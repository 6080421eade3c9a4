"""`cxdocs diff` and research: unsupported claims named, sources listed, private kept out."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import (
    DIFF_GOLDEN,
    GitRepo,
    Run,
    diff_json,
    diff_markdown,
    matches_golden,
    start_repo,
)

PUBLIC = """\
title: Delivery interviews
method: interview
quotes:
  - {id: q1, participant: P01, text: I waited all day.}
"""
PRIVATE = """\
title: Partner churn survey (Acme Bank list)
method: survey
private: true
findings:
  - {id: f1, text: Secret figure 42 percent}
"""
JOURNEY = "journeys/first-purchase.yaml"


@pytest.fixture
def researched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> GitRepo:
    repo = start_repo(tmp_path, monkeypatch)
    repo.write("research/delivery-interviews.yaml", PUBLIC)
    repo.commit("research")
    return repo


def test_review_names_unsupported_claims_and_new_sources(researched: GitRepo, run_cli: Run) -> None:
    researched.write("research/churn-survey.yaml", PRIVATE)
    # A raised pain point without evidence, a new one with it, an emotion moved.
    researched.edit(JOURNEY, "{text: No tracking, severity: high}", "No tracking")
    researched.commit("medium first")
    base = researched.git("rev-parse", "HEAD").strip()
    researched.edit(
        JOURNEY,
        "          - No tracking\n",
        (
            "          - {text: No tracking, severity: high}\n"
            "          - {text: Driver never calls, severity: high,\n"
            "             evidence: [delivery-interviews#q1]}\n"
        ),
    )
    researched.edit(JOURNEY, "emotion: -1", "emotion: -2")
    researched.remove("research/churn-survey.yaml")
    researched.write("research/tickets.yaml", "title: Tickets\nmethod: support-tickets\n")
    markdown = diff_markdown(run_cli, base).replace(base[:7], "0000000")
    matches_golden(DIFF_GOLDEN / "research.md", markdown)
    report = diff_json(run_cli, base)
    claims = report["evidence"]["unsupported"]
    assert [(c["kind"], c["text"]) for c in claims] == [
        ("raised-pain", "No tracking"),
        ("emotion", None),
    ]
    assert [s["id"] for s in report["evidence"]["sources_removed"]] == ["churn-survey"]
    assert [s["id"] for s in report["evidence"]["sources_added"]] == ["tickets"]


def test_private_source_title_and_text_stay_out_of_the_review(
    researched: GitRepo, run_cli: Run
) -> None:
    researched.write("research/churn-survey.yaml", PRIVATE)
    researched.edit(
        JOURNEY,
        "          - {text: No tracking, severity: high}\n",
        ("          - {text: No tracking, severity: high, evidence: [churn-survey#f1]}\n"),
    )
    for out in (diff_markdown(run_cli), str(diff_json(run_cli))):
        assert "churn-survey" in out  # named by id...
        assert "Acme" not in out and "42 percent" not in out  # ...never by its words


def test_no_research_no_evidence_section(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli: Run
) -> None:
    gitrepo = start_repo(tmp_path, monkeypatch)
    gitrepo.edit(JOURNEY, "emotion: -1", "emotion: -2")
    assert "Evidence" not in diff_markdown(run_cli)


def test_review_names_new_opportunities_that_cite_nothing(
    researched: GitRepo, run_cli: Run
) -> None:
    base = researched.git("rev-parse", "HEAD").strip()
    journey = researched.path / JOURNEY
    text = journey.read_text(encoding="utf-8").replace(
        "          - {text: No tracking, severity: high}\n",
        "          - {text: No tracking, severity: high, evidence: [delivery-interviews]}\n"
        "        opportunities:\n"
        "          - Send a tracking link\n"
        "          - {text: Show the delivery date, evidence: [delivery-interviews#q1]}\n",
    )
    researched.write(JOURNEY, text)
    claims = diff_json(run_cli, base)["evidence"]["unsupported"]
    assert [(c["kind"], c["text"]) for c in claims] == [("new-opportunity", "Send a tracking link")]
    markdown = diff_markdown(run_cli, base)
    assert "New opportunity “Send a tracking link”, at “Waits for delivery”" in markdown
