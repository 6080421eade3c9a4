"""Problems in the site's locale: messages, hints, the summary; codes stay English."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from cxdocs.content.problems import Problem, summary
from tests.conftest import FIXTURES, make_repo
from tests.helpers import in_portuguese

INVALID = FIXTURES / "invalid"


def _problems(errors: int, warnings: int) -> list[Problem]:
    return [
        Problem("a.yaml", n, 1, "error" if n <= errors else "warning", "c", "m")
        for n in range(1, errors + warnings + 1)
    ]


@pytest.mark.parametrize(
    ("files", "errors", "warnings", "english", "portuguese"),
    [
        (0, 0, 0, "0 files checked: no problems", "0 arquivos verificados: nenhum problema"),
        (1, 1, 0, "1 file checked: 1 error", "1 arquivo verificado: 1 erro"),
        (
            4,
            2,
            1,
            "4 files checked: 2 errors, 1 warning",
            "4 arquivos verificados: 2 erros, 1 aviso",
        ),
        (3, 0, 2, "3 files checked: 2 warnings", "3 arquivos verificados: 2 avisos"),
    ],
)
def test_the_summary_line_agrees_with_its_counts(
    files: int, errors: int, warnings: int, english: str, portuguese: str
) -> None:
    found = _problems(errors, warnings)
    assert summary(found, files) == english
    assert summary(found, files, "pt-BR") == portuguese


def test_check_speaks_the_locale_of_the_settings(
    tmp_path: Path,
    run_cli: Callable[..., tuple[int, str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    repo = make_repo(tmp_path, INVALID / "missing-field")
    in_portuguese(repo)
    monkeypatch.chdir(repo)
    monkeypatch.setenv("CXDOCS_LOCALE", "en")  # the settings' locale wins
    code, out, _ = run_cli("check")
    assert code == 1
    assert "erro[missing-field] falta o campo obrigatório 'action' em passo 'pays'" in out
    assert "    dica: acrescente 'action: ...' ao passo" in out
    assert out.rstrip().endswith("arquivos verificados: 2 erros")


def test_without_readable_settings_the_asked_locale_speaks(
    tmp_path: Path,
    run_cli: Callable[..., tuple[int, str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    repo = make_repo(tmp_path, INVALID / "numbers-settings")
    monkeypatch.chdir(repo)
    english = run_cli("check")
    assert "hint: YAML 1.2 numbers have no '_' separators" in english[2]
    by_option = run_cli("check", "--locale", "pt-BR")
    monkeypatch.setenv("CXDOCS_LOCALE", "pt_BR")
    by_environment = run_cli("check")
    assert by_option == by_environment
    assert "dica: números do YAML 1.2 não têm separadores '_'" in by_option[2]
    assert by_option[0] == english[0] == 2


def test_json_keeps_english_field_names_and_codes(
    tmp_path: Path,
    run_cli: Callable[..., tuple[int, str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    repo = make_repo(tmp_path, INVALID / "invalid-value")
    in_portuguese(repo)
    monkeypatch.chdir(repo)
    _, out, _ = run_cli("check", "--format", "json")
    assert '"code": "invalid-value"' in out
    assert '"severity": "error"' in out
    assert "precisa ser um destes valores: low, medium, high" in out


def test_the_error_page_words_problems_in_the_site_locale() -> None:
    from cxdocs.content.problems import problem
    from cxdocs.i18n.say import say
    from cxdocs.site.errorpage import error_page

    found = problem(
        "journeys/a.yaml",
        (3, 5),
        "error",
        "missing-field",
        say("problem.missing.message", owner=say("problem.thing.journey"), field="title"),
        say("problem.missing.hint", field="title", to=say("problem.to.journey")),
    )
    assert found.message == "journey is missing required field 'title'"  # English kept
    page = error_page("o cxdocs encontrou erros no conteúdo", [found], "pt-BR")
    assert "<strong>erro[missing-field]</strong> falta o campo obrigatório" in page
    assert "dica: acrescente &#39;title: ...&#39; à jornada" in page
    english = error_page("cxdocs found errors in the content", [found], "en")
    assert "<strong>error[missing-field]</strong> journey is missing required field" in english


def test_a_file_that_cannot_be_read_is_named_in_the_site_locale(tmp_path: Path) -> None:
    from cxdocs.content.load import read_document

    pipe = tmp_path / "journeys" / "pipe.yaml"
    pipe.parent.mkdir()
    os.mkfifo(pipe)
    doc, raw = read_document(pipe, tmp_path, "journey")
    assert raw is None
    (found,) = doc.problems
    assert found.message == "this is a named pipe, not a regular file"
    assert found.in_locale("pt-BR").message == "isto é um pipe nomeado, não um arquivo comum"
