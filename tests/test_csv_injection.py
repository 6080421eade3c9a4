"""`cxdocs export csv` never writes a cell a spreadsheet runs as a formula, and
`cxdocs import` reads every such text back exactly."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from cxdocs.content.model import Journey
from cxdocs.content.yaml.source import parse_yaml
from cxdocs.interop.csvio import guard, unguard
from tests.conftest import make_repo

Run = Callable[..., tuple[int, str, str]]

# Texts a spreadsheet would run (or that look like the escape itself).
DANGEROUS = [
    '=HYPERLINK("http://example.com","click")',
    "=1+1",
    "+55 11 99999-0000",
    "-fragile box",
    "@channel ping",
    "'=already quoted",
    "''=two quotes",
    "'just an apostrophe",
    "- looks like a bullet",
    "=cmd|' /C calc'!A0",
]
SAFE = ["-2", "+3", "1.5", "-0,5", "plain text", "a = b", "café"]


@pytest.mark.parametrize("text", DANGEROUS + SAFE)
def test_guard_then_unguard_is_exact_and_never_a_formula(text: str) -> None:
    cell = guard(text)
    assert unguard(cell) == text
    if text not in SAFE:
        assert cell.startswith("'")
    assert cell[0] not in "=+-@" or text in SAFE


def _journey(texts: list[str]) -> str:
    steps = [
        {
            "id": f"s{i}",
            "action": text,
            "pain_points": [{"text": text, "severity": "low"}],
            "opportunities": [text, f"{text}; with a semicolon"],
        }
        for i, text in enumerate(texts)
    ]
    data = {
        "title": "Risky texts",
        "persona": "ana",
        "stages": [{"id": "one", "name": "-One", "steps": steps}],
    }
    return json.dumps(data, ensure_ascii=False)  # JSON is YAML


def test_an_exported_csv_holds_no_formula_and_imports_back_exactly(
    tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = make_repo(tmp_path)
    monkeypatch.chdir(repo)
    (repo / "journeys" / "risky.yaml").write_text(_journey(DANGEROUS + SAFE), encoding="utf-8")
    code, _, err = run_cli("export", "csv", "journeys/risky.yaml", "-o", str(tmp_path / "r.csv"))
    assert code == 0, err
    text = (tmp_path / "r.csv").read_bytes().decode("utf-8-sig")
    cells = [cell for row in csv.reader(io.StringIO(text, newline="")) for cell in row]
    formulas = [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r") and c not in SAFE]
    assert formulas == []
    code, _, err = run_cli(
        "import",
        str(tmp_path / "r.csv"),
        "--persona",
        "ana",
        "--title",
        "Risky texts",
        "-o",
        "journeys/back.yaml",
    )
    assert code == 0, err
    original = Journey.model_validate({"id": "x", **parse_yaml(_journey(DANGEROUS + SAFE)).data})
    back = parse_yaml((repo / "journeys" / "back.yaml").read_text(encoding="utf-8")).data
    imported = Journey.model_validate({"id": "x", **back})
    keep = {"action", "pain_points", "opportunities"}
    assert [s.model_dump(include=keep) for s in imported.steps] == [
        s.model_dump(include=keep) for s in original.steps
    ]
    assert imported.stages[0].name == "-One"
