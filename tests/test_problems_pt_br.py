"""Every invalid fixture checked in pt-BR: its golden output, and no English sentence.

Each folder under fixtures/invalid/ is laid over the base repository with
`locale: pt-BR` in its settings (and CXDOCS_LOCALE=pt-BR, for the fixtures
whose settings cannot be read); `cxdocs check --strict` must print exactly its
expected.pt-BR.txt. Regenerate with `pytest --update-golden` and have the
Portuguese read by a native reader.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, make_repo
from tests.helpers import ENGLISH, in_portuguese, matches_golden

INVALID = sorted(p for p in (FIXTURES / "invalid").iterdir() if p.is_dir())


def checked_in_portuguese(
    fixture: Path,
    tmp_path: Path,
    run_cli: Callable[..., tuple[int, str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> str:
    repo = make_repo(tmp_path, fixture)
    in_portuguese(repo)
    monkeypatch.chdir(repo)
    monkeypatch.setenv("CXDOCS_LOCALE", "pt-BR")
    code, out, err = run_cli("check", "--strict")
    return f"{out}{err}exit: {code}\n"


def english_words(report: str) -> list[str]:
    """English words in the report's messages, hints and summary."""
    found = []
    for line in report.splitlines():
        if line.startswith("exit: "):
            continue
        words = re.sub(r"^\S+:\d+:\d+: \w+\[[\w-]+\] ", "", line)  # place, severity, code
        words = re.sub(r"'[^']*'|\"[^\"]*\"|`[^`]*`|\([^()]*: [^()]*\)", "", words)
        found += [f"{m.group()} in: {line.strip()}" for m in ENGLISH.finditer(words)]
    return found


@pytest.mark.parametrize("fixture", INVALID, ids=[p.name for p in INVALID])
def test_problems_in_portuguese_match_golden(
    fixture: Path,
    tmp_path: Path,
    run_cli: Callable[..., tuple[int, str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    report = checked_in_portuguese(fixture, tmp_path, run_cli, monkeypatch)
    matches_golden(fixture / "expected.pt-BR.txt", report)


@pytest.mark.parametrize("fixture", INVALID, ids=[p.name for p in INVALID])
def test_no_english_sentence_in_portuguese(
    fixture: Path,
    tmp_path: Path,
    run_cli: Callable[..., tuple[int, str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    report = checked_in_portuguese(fixture, tmp_path, run_cli, monkeypatch)
    assert english_words(report) == []


def test_the_word_test_finds_english() -> None:
    english = "a.yaml:1:2: erro[missing-field] journey is missing required field 'title'\n"
    portuguese = "a.yaml:1:2: erro[missing-field] falta o campo obrigatório 'title' em jornada\n"
    assert english_words(english)
    assert english_words(portuguese) == []
