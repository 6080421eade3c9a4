"""Closed values written in Portuguese: accepted, held and written in one form."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from cxdocs.content.editor_schema import schema_for
from cxdocs.content.model import Action, LaneItem, Metric, PainPoint, Step
from cxdocs.content.vocabulary import SYNONYMS, synonyms_shown
from tests.conftest import FIXTURES, ROOT, make_repo

Run = Callable[..., tuple[int, str, str]]


@pytest.mark.parametrize(
    ("written", "held"),
    [("alta", "high"), ("Média", "medium"), ("media", "medium"), ("BAIXA", "low")],
)
def test_severity_synonyms_whatever_the_case_and_accents(written: str, held: str) -> None:
    assert PainPoint.model_validate({"text": "x", "severity": written}).severity == held


def test_every_closed_vocabulary_takes_its_portuguese_words() -> None:
    action = {"id": "a", "title": "t", "owner": "o"}
    statuses = ["ideia", "planejada", "em andamento", "feita", "descartada"]
    held = [Action.model_validate({**action, "status": s}).status for s in statuses]
    assert held == ["idea", "planned", "doing", "done", "dropped"]
    assert Metric.model_validate({"name": "CES", "value": 2, "better": "menor"}).better == "lower"
    assert Step.model_validate({"id": "s", "action": "a", "moment_of_truth": "sim"}).moment_of_truth
    assert not Step.model_validate(
        {"id": "s", "action": "a", "moment_of_truth": "Não"}
    ).moment_of_truth
    # `sim` is `true`: a fail point without words ("" as text); `não` is none.
    assert LaneItem.model_validate({"text": "x", "fail_point": "sim"}).fail_text == ""
    assert LaneItem.model_validate({"text": "x", "fail_point": "não"}).fail_text is None
    assert LaneItem.model_validate({"text": "x", "fail_point": "Cartão recusado"}).fail_text == (
        "Cartão recusado"  # a description stays text
    )
    ranked = LaneItem.model_validate({"text": "x", "fail_point": {"severity": "alta"}})
    assert (ranked.fail_text, ranked.fail_severity) == ("", "high")


def test_yes_no_stays_strict_apart_from_the_synonyms() -> None:
    with pytest.raises(ValueError):
        Step.model_validate({"id": "s", "action": "a", "moment_of_truth": "yes"})
    with pytest.raises(ValueError):
        Step.model_validate({"id": "s", "action": "a", "moment_of_truth": 1})


def test_the_editor_schema_accepts_what_check_accepts() -> None:
    journey = schema_for("journey")
    defs = journey["$defs"]
    # The words, listed for completion (tests/test_schema_agrees.py tries any case).
    assert "alta" in defs["PainPoint"]["properties"]["severity"]["anyOf"][0]["enum"]
    assert "em andamento" in defs["Action"]["properties"]["status"]["anyOf"][0]["enum"]
    assert "atual" in journey["properties"]["state"]["anyOf"][0]["enum"]
    truth = defs["Step"]["properties"]["moment_of_truth"]["anyOf"]
    assert {"type": "boolean"} in truth and any("sim" in b.get("enum", []) for b in truth)


def test_the_format_guide_lists_every_synonym() -> None:
    guide = (ROOT / "docs" / "guide" / "format.md").read_text(encoding="utf-8")
    for vocabulary in SYNONYMS:
        for word in synonyms_shown(vocabulary):
            assert f"`{word}`" in guide, word


def test_exports_write_the_english_word(
    tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = make_repo(tmp_path, FIXTURES / "invalid" / "invalid-value-synonyms")
    monkeypatch.chdir(repo)
    journey = repo / "journeys" / "palavras.yaml"
    text = journey.read_text(encoding="utf-8")
    journey.write_text(text.replace("alto", "alta").replace("planejda", "planejada"))
    code, out, err = run_cli("check")
    assert code == 0, out + err
    code, out, err = run_cli("export", "csv", str(journey), "-o", "-", "--lang", "en")
    assert code == 0, err
    assert "(high)" in out and "(alta)" not in out  # one written form, whatever was read
