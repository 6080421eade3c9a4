"""`cxdocs --help`, each command's help and usage errors in the run's locale."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from cxdocs.cli import COMMANDS
from cxdocs.i18n import catalog
from tests.conftest import make_repo
from tests.helpers import ENGLISH, in_portuguese

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture(autouse=True)
def _no_locale_from_outside(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("CXDOCS_LOCALE", raising=False)
    monkeypatch.chdir(tmp_path)  # no settings found above


def test_help_is_english_by_default(run_cli: Run) -> None:
    code, out, _ = run_cli("--help")
    assert code == 0
    assert out.startswith("usage: cxdocs")
    assert "options:" in out and "show this help message and exit" in out
    assert "validate content and report problems at file:line:col" in out


@pytest.mark.parametrize("how", ["option", "environment"])
def test_help_in_portuguese_when_asked(
    run_cli: Run, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    if how == "environment":
        monkeypatch.setenv("CXDOCS_LOCALE", "pt-BR")
        code, out, _ = run_cli("check", "--help")
    else:
        code, out, _ = run_cli("check", "--help", "--locale", "pt-BR")
    assert code == 0
    assert out.startswith("uso: cxdocs check")
    assert "opções:" in out and "mostra esta ajuda e sai" in out
    assert "falha também com avisos" in out
    assert "fail on warnings" not in out


def test_help_speaks_the_locale_the_settings_name(
    run_cli: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    repo = make_repo(tmp_path)
    in_portuguese(repo)
    monkeypatch.chdir(repo / "journeys")
    _, out, _ = run_cli("--help")
    assert "valida o conteúdo e aponta problemas" in out  # argparse wraps the rest


def test_every_command_summary_is_portuguese(run_cli: Run) -> None:
    _, out, _ = run_cli("--help", "--locale", "pt-BR")
    for command in COMMANDS:
        summary = catalog.label("pt-BR", f"cli.{command}.help")
        assert summary[:25] in out, command  # argparse wraps the rest


def test_usage_errors_in_portuguese(run_cli: Run) -> None:
    code, _, err = run_cli("--locale", "pt-BR", "check", "--format", "yaml")
    assert code == 2
    assert "cxdocs check: erro: argumento --format: escolha inválida: 'yaml'" in err
    code, _, err = run_cli("--locale", "pt-BR", "check", "--bogus")
    assert "erro: argumentos desconhecidos: --bogus" in err
    code, _, err = run_cli("check", "--format", "yaml")
    assert "cxdocs check: error: argument --format: invalid choice: 'yaml'" in err


def test_errors_of_a_command_follow_the_settings(
    run_cli: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    repo = make_repo(tmp_path)
    in_portuguese(repo)
    monkeypatch.chdir(repo)
    code, _, err = run_cli("check", "journeys/nowhere.yaml")
    assert code == 2
    assert err == "cxdocs: erro: arquivo ou pasta não encontrado: journeys/nowhere.yaml\n"


def test_no_english_sentence_in_the_portuguese_help() -> None:
    english = []
    for key, text in catalog.LABELS["pt-BR"].items():
        if key.startswith("cli."):
            words = re.sub(r"'[^']*'|\"[^\"]*\"|`[^`]*`|\b[A-Z]{2,}\b", "", text)  # metavars
            english += [f"{key}: {m.group()}" for m in ENGLISH.finditer(words)]
    assert english == []
