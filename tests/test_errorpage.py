"""The `mkdocs serve` error page speaks the site's language."""

from __future__ import annotations

from cxdocs.content.problems import Problem
from cxdocs.site.errorpage import error_page

PROBLEM = Problem("journeys/a.yaml", 3, 8, "error", "invalid-value", "bad <value>", "use x")


def test_error_page_in_english_escapes_the_messages() -> None:
    page = error_page("cxdocs found errors in the content", [PROBLEM])
    assert '<html lang="en">' in page
    assert "cxdocs found errors in the content: 1 problem</h1>" in page
    assert "bad &lt;value&gt;" in page and "hint: use x" in page


def test_error_page_in_portuguese() -> None:
    page = error_page("o cxdocs encontrou erros no conteúdo", [PROBLEM, PROBLEM], "pt-BR")
    assert '<html lang="pt-BR">' in page
    assert ": 2 problemas</h1>" in page and "dica: use x" in page
    assert "A pré-visualização volta sozinha" in page
    assert "The preview" not in page and "hint:" not in page
