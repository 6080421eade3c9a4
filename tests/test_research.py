"""Research sources and the evidence that cites them: checks, pages and privacy."""

from __future__ import annotations

import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from cxdocs.content.checks.evidence import personal_data
from cxdocs.content.checks.run import run_checks
from cxdocs.content.evidence import citation
from cxdocs.content.settings.reader import read_config
from cxdocs.diagrams.draw import diagram_of, related_of
from cxdocs.interop.values import cited_text, pain_point_text, parse_cited, parse_pain_point
from cxdocs.site.pages import plan_pages
from cxdocs.site.research import evidence_items
from tests.conftest import ROOT, make_repo

Run = Callable[..., tuple[int, str, str]]
# Texts the example marks private (research/): they must never be published.
PRIVATE_TEXTS = ("4th floor", "4 in 10 members", "payment partner")

SOURCE = """\
title: Interviews
method: interview
sample: 3
personas: [ana]
quotes:
  - {id: q1, participant: P01, text: Where is my order?}
  - {id: secret, private: true, participant: P02, text: Call my neighbour Maria at 4th floor}
"""


def _with_source(tmp_path: Path, source: str = SOURCE, *evidence: str) -> Path:
    repo = make_repo(tmp_path)
    (repo / "research").mkdir()
    (repo / "research" / "interviews.yaml").write_text(source, encoding="utf-8")
    journey = repo / "journeys" / "first-purchase.yaml"
    text = journey.read_text(encoding="utf-8")
    lines = "".join(f"          - {e!r}\n" for e in evidence)
    text = text.replace(
        "          - {text: No tracking, severity: high}\n",
        "          - {text: No tracking, severity: high}\n        evidence:\n" + lines,
    )
    journey.write_text(text, encoding="utf-8")
    return repo


def test_citation_syntax() -> None:
    assert citation("interviews#q1") is not None
    found = citation("interviews#q1")
    assert found is not None and (found.source, found.quote) == ("interviews", "q1")
    whole = citation("nps-2024")
    assert whole is not None and whole.quote is None
    # Before any source exists a bare word is free text; '#' is always a citation.
    assert citation("nps-2024", research=False) is None
    assert citation("interviews#q1", research=False) is not None
    for free in ("'Where is it?' (interview 7)", "Interview 7", "NPS", "a#b c"):
        assert citation(free) is None, free


def test_citations_resolve_and_free_text_keeps_working(tmp_path: Path) -> None:
    repo = _with_source(tmp_path, SOURCE, "interviews#q1", "interviews", "Call centre log, May")
    result = run_checks(read_config(repo / "mkdocs.yml"))
    assert not result.errors, result.errors
    loaded = result.repository
    step = loaded.journeys["first-purchase"].item.steps[-1]
    assert loaded.support(step.evidence) == 2  # two citations; free text counts for nothing
    items = evidence_items(loaded, step.evidence)
    assert [i.page for i in items] == ["research/interviews.md"] * 2 + [None]
    assert items[0].quote is not None and items[0].quote.text == "Where is my order?"
    assert items[2].text == "Call centre log, May"  # shown exactly as written


def test_a_repository_without_research_reads_bare_words_as_free_text(repo: Path) -> None:
    journey = repo / "journeys" / "first-purchase.yaml"
    journey.write_text(
        journey.read_text().replace(
            "        emotion: 1\n", "        emotion: 1\n        evidence: [analytics]\n", 1
        )
    )
    assert not run_checks(read_config(repo / "mkdocs.yml")).errors


def test_private_quote_reaches_no_page_context(tmp_path: Path) -> None:
    """What a template never receives it cannot publish, even when overridden."""
    repo = _with_source(tmp_path, SOURCE, "interviews#secret")
    loaded = run_checks(read_config(repo / "mkdocs.yml")).repository
    pages = plan_pages(loaded, {}, {})
    assert "research/interviews.md" in {p.src_uri for p in pages}
    dumped = repr([p.context for p in pages]) + repr([p.title for p in pages])
    assert "neighbour" not in dumped and "Maria" not in dumped
    assert "secret" in dumped  # the id is published, and who cites it


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("write to ana.souza@example.com", "an e-mail address"),
        ("my CPF is 123.456.789-09", "a CPF"),
        ("call +55 11 98765-4321", "a phone number"),
        ("call (11) 3456-7890 after six", "a phone number"),
        ("Paid R$ 1.200,00 on 2024-05-14, order 48213", None),
        ("Up to five working days could be next Thursday.", None),
    ],
)
def test_personal_data_screening(text: str, found: str | None) -> None:
    assert personal_data(text) == found


def test_new_source_scaffold_passes_check(
    tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = make_repo(tmp_path)
    monkeypatch.chdir(repo)
    code, out, err = run_cli("new", "source", "usability-round-1")
    assert code == 0, err
    path = repo / "research" / "usability-round-1.yaml"
    assert "created research/usability-round-1.yaml" in out
    text = path.read_text(encoding="utf-8")
    assert "personas: [ana]" in text  # the only persona
    code, out, err = run_cli("new", "source", "usability-round-1")
    assert code != 0 and "already used" in err
    assert path.read_text(encoding="utf-8") == text  # never overwritten


def test_example_research_backs_some_claims_and_not_others() -> None:
    loaded = run_checks(read_config(ROOT / "mkdocs.yml")).repository
    high = [
        pain
        for entry in loaded.journeys.values()
        for step in entry.item.steps
        for pain in step.pain_points
        if pain.severity == "high" and entry.item.state == "current"
    ]
    supported = [p for p in high if loaded.support(p.evidence)]
    assert supported and len(supported) < len(high)  # the filter has both to show


@pytest.mark.dot
def test_private_research_is_published_nowhere(
    tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Site sources, diagrams and exports of the example hold no private text."""
    repo = tmp_path / "example"
    shutil.copytree(
        ROOT,
        repo,
        ignore=shutil.ignore_patterns(".venv", ".git", "site", ".cache", "tests", "cxdocs"),
    )
    monkeypatch.chdir(repo)
    for text in PRIVATE_TEXTS:  # the example does hold them
        assert any(text in p.read_text() for p in (repo / "research").iterdir()), text
    assert run_cli("build", "--out", str(tmp_path / "cx"))[0] == 0
    (tmp_path / "export").mkdir()
    for journey in ("first-purchase", "clube-patas-onboarding"):
        source = f"journeys/{journey}.yaml"
        svg = tmp_path / "export" / f"{journey}.svg"
        assert run_cli("render", source, "-o", str(svg))[0] == 0
        for fmt in ("csv", "xlsx", "mermaid"):
            out = tmp_path / "export" / f"{journey}.{fmt}"
            assert run_cli("export", fmt, source, "-o", str(out))[0] == 0
    published = [
        p for folder in ("cx", "export") for p in (tmp_path / folder).rglob("*") if p.is_file()
    ]
    assert published
    for path in published:
        data = path.read_bytes()
        if path.suffix == ".xlsx":
            with zipfile.ZipFile(path) as book:
                data = b"".join(book.read(name) for name in book.namelist())
        for text in PRIVATE_TEXTS:
            assert text.encode() not in data, (path, text)


def test_tables_keep_a_pain_points_citations() -> None:
    cell = pain_point_text("Code expired", "high", ["interviews#q3", "web-analytics"])
    assert cell == "Code expired (high) [interviews#q3, web-analytics]"
    assert parse_pain_point(cell) == {
        "text": "Code expired",
        "severity": "high",
        "evidence": ["interviews#q3", "web-analytics"],
    }
    medium = pain_point_text("Fee (high)", "medium", ["interviews"])
    assert parse_pain_point(medium) == {"text": "Fee (high)", "evidence": ["interviews"]}
    # Brackets holding anything but ids stay part of the text.
    assert parse_pain_point("Price shown [see screenshot]") == "Price shown [see screenshot]"


def test_map_marks_how_much_evidence_backs_each_emotion(tmp_path: Path) -> None:
    repo = _with_source(tmp_path, SOURCE, "interviews#q1", "interviews")
    loaded = run_checks(read_config(repo / "mkdocs.yml")).repository
    journey = loaded.journeys["first-purchase"].item
    scene = diagram_of("journey", journey, loaded)
    marks = {b.key: b for b in scene.boxes if b.key.startswith("evidence-")}
    assert [m.rows[0].text for _, m in sorted(marks.items())] == ["?", "2"]
    assert "no-evidence" in marks["evidence-0"].css_class
    legend = " ".join(r.text for b in scene.boxes for r in b.rows if b.key.startswith("legend"))
    assert "Evidence behind the score" in legend
    # The count is part of what the site's diagram cache is keyed on.
    related = related_of(journey, loaded)
    assert related.evidence is not None and 2 in related.evidence.values()
    assert repr(sorted(related.evidence.items())) in related.fingerprint()


def test_map_without_research_has_no_evidence_marks(repo: Path) -> None:
    loaded = run_checks(read_config(repo / "mkdocs.yml")).repository
    scene = diagram_of("journey", loaded.journeys["first-purchase"].item, loaded)
    assert not [b for b in scene.boxes if b.key.startswith("evidence-")]


def test_every_kind_of_claim_cites_and_is_checked(tmp_path: Path) -> None:
    """Steps (and their emotion), pain points, opportunities and personas all cite;
    each citation is checked at its place and listed on the quote's page."""
    repo = _with_source(tmp_path, SOURCE, "interviews#q1")
    journey = repo / "journeys" / "first-purchase.yaml"
    journey.write_text(
        journey.read_text(encoding="utf-8").replace(
            "          - {text: No tracking, severity: high}\n",
            "          - {text: No tracking, severity: high, evidence: [interviews#q1]}\n"
            "        opportunities:\n"
            "          - Send a tracking link\n"
            "          - text: Show the delivery date\n"
            "            evidence: [interviews#q1, interviews#q7]\n",
        ),
        encoding="utf-8",
    )
    persona = repo / "personas" / "ana.yaml"
    persona.write_text(
        persona.read_text(encoding="utf-8") + "evidence: [interviews#q1, intervews]\n",
        encoding="utf-8",
    )
    result = run_checks(read_config(repo / "mkdocs.yml"))
    found = sorted((e.path, e.code, e.message) for e in result.errors)
    assert [(f, c) for f, c, _ in found] == [
        ("journeys/first-purchase.yaml", "unknown-quote"),
        ("personas/ana.yaml", "unknown-source"),
    ]
    assert "'q7'" in found[0][2] and "did you mean 'interviews'" in found[1][2]
    loaded = result.repository
    kinds = sorted(c.kind for c in loaded.cited_by("interviews", "q1"))
    assert kinds == ["opportunity", "pain", "persona", "step"]
    # The source page lists each, the journey page marks the opportunity's citation.
    pages = {p.src_uri: p for p in plan_pages(loaded, {}, {})}
    cited = pages["research/interviews.md"].context["cited_by"]["q1"]
    assert {c.kind: c.label for c in cited}["opportunity"] == "Show the delivery date"
    shown = pages["journeys/first-purchase.md"].context["evidence"]
    assert [i.text for i in shown["waits/o1"]] == ["interviews#q1", "interviews#q7"]
    assert "waits/o0" not in shown  # plain text cites nothing


def test_tables_keep_an_opportunitys_citations() -> None:
    cell = cited_text("Show the date", ["interviews#q3", "web-analytics"])
    assert cell == "Show the date [interviews#q3, web-analytics]"
    assert parse_cited(cell) == {
        "text": "Show the date",
        "evidence": ["interviews#q3", "web-analytics"],
    }
    assert parse_cited("Add a map [see mockup]") == "Add a map [see mockup]"
