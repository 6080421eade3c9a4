"""`cxdocs diff` reports that fit a pull request: emotion chart, locale, size cap, SVG paths.

Each test builds a throw-away git repository with several commits (helpers from
test_diff.py) and runs the command in-process.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from cxdocs.i18n.catalog import LABELS
from cxdocs.reports.chart import span_gaps
from tests.helpers import (
    DIFF_GOLDEN,
    GitRepo,
    Run,
    diff_json,
    diff_markdown,
    representative_change,
    start_repo,
)

JOURNEY = "journeys/first-purchase.yaml"


@pytest.fixture
def gitrepo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> GitRepo:
    return start_repo(tmp_path, monkeypatch)


def mermaid_blocks(markdown: str) -> list[str]:
    return re.findall(r"```mermaid\n(.*?)```", markdown, re.S)


def chart_lines(block: str) -> list[list[float]]:
    return [
        [float(v) for v in line.split("[", 1)[1].rstrip("]").split(",")]
        for line in block.splitlines()
        if line.strip().startswith("line [")
    ]


# --- the emotion chart --------------------------------------------------------


def test_changed_journey_gets_a_mermaid_chart_with_before_and_after_lines(
    gitrepo: GitRepo, run_cli: Run
) -> None:
    gitrepo.edit(JOURNEY, "emotion: -1", "emotion: 2")
    out = diff_markdown(run_cli)
    [block] = mermaid_blocks(out)
    assert "xychart-beta" in block
    assert 'y-axis "Emotion" -2 --> 2' in block
    assert 'x-axis ["1 Pays with Pix", "2 Waits for delivery"]' in block
    assert chart_lines(block) == [[1, -1], [1, 2]]  # before (grey), after (blue)
    assert '"plotColorPalette": "#9e9e9e, #1f6feb"' in block
    assert "grey line before, blue line after" in out
    # The text fallback beside it: the stage table with one mark per step.
    assert "| Receive | `▂` \u22121 | `█` +2 |" in out


def test_added_and_removed_steps_span_the_gap_and_are_named_in_the_key(
    gitrepo: GitRepo, run_cli: Run
) -> None:
    gitrepo.edit(
        JOURNEY,
        "      - id: waits",
        "      - id: tracks\n        action: Tracks the parcel\n        emotion: 2\n"
        "      - id: waits",
    )
    out = diff_markdown(run_cli)
    [block] = mermaid_blocks(out)
    assert '"2 Tracks the parcel"' in block
    before, after = chart_lines(block)
    assert before == [1, 0, -1]  # no score for the new step: a straight line across it
    assert after == [1, 2, -1]
    assert "A line is drawn straight across steps it has no score for" in out


def test_long_journeys_number_the_axis_and_name_changed_steps_below(
    gitrepo: GitRepo, run_cli: Run
) -> None:
    steps = "".join(
        f"      - id: extra-{n}\n        action: Extra step {n}\n        emotion: 0\n"
        for n in range(6)
    )
    gitrepo.edit(JOURNEY, "      - id: waits", steps + "      - id: waits")
    gitrepo.commit("longer journey")
    gitrepo.edit(
        JOURNEY,
        "action: Extra step 3\n        emotion: 0",
        "action: Extra step 3\n        emotion: -2",
    )
    out = diff_markdown(run_cli)
    [block] = mermaid_blocks(out)
    assert 'x-axis ["1", "2", "3", "4", "5", "6", "7", "8"]' in block
    assert "Steps that changed: 5 “Extra step 3” 0 → \u22122." in out


def test_unchanged_curve_draws_no_chart(gitrepo: GitRepo, run_cli: Run) -> None:
    gitrepo.edit(JOURNEY, "title: First purchase", "title: First order")
    assert mermaid_blocks(diff_markdown(run_cli)) == []


def test_new_journey_gets_its_curve_only(gitrepo: GitRepo, run_cli: Run) -> None:
    text = (gitrepo.path / JOURNEY).read_text(encoding="utf-8")
    gitrepo.write("journeys/second.yaml", text.replace("First purchase", "Second purchase"))
    [block] = mermaid_blocks(diff_markdown(run_cli))
    assert chart_lines(block) == [[1, -1]]
    assert '"plotColorPalette": "#1f6feb"' in block


def test_gaps_are_spanned_on_a_straight_line() -> None:
    assert span_gaps([None, 1, None, None, -2, None]) == [1, 1, 0, -1, -2, -2]
    assert span_gaps([None, None]) is None


def test_chart_labels_cannot_break_the_mermaid_block(gitrepo: GitRepo, run_cli: Run) -> None:
    gitrepo.edit(JOURNEY, "action: Pays with Pix", 'action: "Pays [50%], \\"fast\\""')
    gitrepo.edit(JOURNEY, "emotion: -1", "emotion: 0")
    [block] = mermaid_blocks(diff_markdown(run_cli))
    labels = re.search(r"x-axis \[(.*)\]", block)
    assert labels is not None
    assert labels.group(1).count('"') == 4  # two labels, each in one pair of quotes
    assert "[" not in labels.group(1) and "," not in labels.group(1).replace('", "', "")


def test_mermaid_chart_renders_in_a_browser(gitrepo: GitRepo, run_cli: Run) -> None:
    """With mermaid.js at hand (MERMAID_JS), the block parses and draws two lines."""
    import os

    script = os.environ.get("MERMAID_JS")
    if not script or not shutil.which("chromium"):
        pytest.skip("set MERMAID_JS to mermaid.min.js (npm pack mermaid) and install chromium")
    sync_api = pytest.importorskip("playwright.sync_api")
    gitrepo.edit(JOURNEY, "emotion: -1", "emotion: 2")
    [block] = mermaid_blocks(diff_markdown(run_cli))
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=shutil.which("chromium"),
            args=["--headless", "--no-sandbox", "--disable-gpu"],
        )
        page = browser.new_page()
        page.set_content(f"<pre class='mermaid'>{block}</pre>")
        page.add_script_tag(path=script)
        page.evaluate("async () => { mermaid.initialize({}); await mermaid.run() }")
        assert page.locator("pre.mermaid svg path").count() >= 2
        browser.close()


# --- language ---------------------------------------------------------------


def test_report_follows_the_repository_locale(gitrepo: GitRepo, run_cli: Run) -> None:
    gitrepo.edit("mkdocs.yml", "  - cxdocs:\n", "  - cxdocs:\n      locale: pt-BR\n")
    gitrepo.commit("pt-BR")
    representative_change(gitrepo)
    out = diff_markdown(run_cli)
    for text in (
        "## Mudanças na experiência do cliente",
        "com suas alterações: 3 objetos com mudanças.",
        "| Objeto | Tipo | Mudança | Números-chave |",
        "| First purchase | Jornada | 1 passo alterado, 2 ações | emoção média 0 → +1 ▲",
        "**Emoção média** 0 → +1 (melhorou)",
        'title "Emoção por passo"',
        'y-axis "Emoção" -2 --> 2',
        "- **Passo “Waits for delivery”** · Receive",
        "Emoção: \u22121 → +1 (melhorou)",
        "Ponto de dor “No tracking”: gravidade alta → baixa (melhorou)",
        "Agora é um **momento da verdade**",
        "**Ações**",
        "Situação: planejada → em andamento",
        "Canal preferido adicionado: WhatsApp",
        "Ponto de falha adicionado: “Timeouts”",
    ):
        assert text in out, text
    # English words the report must not leak (labels only; user text stays as written).
    for english in ("Emotion", "Pain point", "severity", "changed", "Actions", "Step "):
        assert english not in out.replace("First purchase", ""), english


def test_every_report_label_exists_in_every_locale() -> None:
    english = {k for k in LABELS["en"] if k.startswith("report.")}
    assert len(english) > 100
    for locale, table in LABELS.items():
        assert {k for k in table if k.startswith("report.")} == english, locale


def test_severity_change_is_shown_plainly(gitrepo: GitRepo, run_cli: Run) -> None:
    gitrepo.edit(JOURNEY, "severity: high", "severity: medium")
    out = diff_markdown(run_cli)
    assert "Pain point “No tracking”: severity high → medium (improved)" in out
    assert "with your changes" in out and "working tree" not in out


# --- size cap ----------------------------------------------------------------


def many_journeys(repo: GitRepo, count: int) -> None:
    text = (repo.path / JOURNEY).read_text(encoding="utf-8")
    for n in range(count):
        repo.write(f"journeys/j{n:03}.yaml", text.replace("First purchase", f"Journey {n:03}"))
    repo.commit("many journeys")
    for n in range(count):
        rel = f"journeys/j{n:03}.yaml"
        repo.edit(rel, "action: Pays with Pix", f"action: Pays with Pix, variant {n}")
    # The most significant change: one journey's emotion moves a lot.
    repo.edit("journeys/j007.yaml", "emotion: -1", "emotion: 2")


def test_long_report_is_shortened_keeping_every_summary_row(gitrepo: GitRepo, run_cli: Run) -> None:
    many_journeys(gitrepo, 40)
    code, whole, _ = run_cli("diff", "HEAD", "--max-chars", "0")
    assert code == 0 and len(whole) > 5_000
    code, out, err = run_cli("diff", "HEAD", "--max-chars", "5000")
    assert (code, err) == (0, "")
    assert len(out) <= 5_000
    for n in range(40):  # the summary table keeps every object
        assert f"| Journey {n:03} | Journey |" in out
    notice = out.split("**This report was shortened to fit one comment** (5,000 characters)")[1]
    left_out = int(re.search(r"Left out: the details of (\d+) objects", notice).group(1))  # type: ignore[union-attr]
    assert 0 < left_out < 40
    assert out.count("\n### Journey: ") == 40 - left_out
    assert "`cxdocs diff HEAD --max-chars 0` prints it whole" in out
    # Most significant first: the journey whose emotion moved leads the details.
    assert out.index("### Journey: Journey 007") < out.index("### Journey: Journey 000")


def test_full_report_location_is_named_and_json_is_never_shortened(
    gitrepo: GitRepo, run_cli: Run
) -> None:
    many_journeys(gitrepo, 40)
    _, out, _ = run_cli(
        "diff", "HEAD", "--max-chars", "4000", "--full-report", "the cx-report artifact"
    )
    assert "The full report: the cx-report artifact." in out
    report = diff_json(run_cli, "HEAD", "--max-chars", "1000")
    assert len(report["objects"]) == 40
    assert all(o["changes"] for o in report["objects"])


def test_default_limit_fits_a_github_comment(gitrepo: GitRepo, run_cli: Run) -> None:
    many_journeys(gitrepo, 40)
    code, out, _ = run_cli("diff", "HEAD")
    assert code == 0 and len(out) <= 60_000


def test_max_chars_too_small_is_a_usage_error(gitrepo: GitRepo, run_cli: Run) -> None:
    code, _, err = run_cli("diff", "HEAD", "--max-chars", "10")
    assert code == 2
    assert "10 is too small to hold a summary; use at least 1000 (or 0: no limit)" in err


# --- SVG paths in JSON -------------------------------------------------------


@pytest.mark.dot
@pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz's dot is not installed")
def test_json_lists_each_svg_written_per_object(gitrepo: GitRepo, run_cli: Run) -> None:
    representative_change(gitrepo)
    code, out, err = run_cli("diff", "HEAD", "--format", "json", "--svg-dir", "out")
    assert code == 0, err
    report = json.loads(out)
    svgs = {(o["kind"], o["id"]): o["svgs"] for o in report["objects"]}
    assert svgs == {
        ("persona", "ana"): [],
        ("journey", "first-purchase"): ["out/journey-first-purchase.svg"],
        ("blueprint", "order"): ["out/blueprint-order.svg"],
    }
    for paths in svgs.values():
        for path in paths:
            assert (gitrepo.path / path).read_text(encoding="utf-8").startswith("<svg")


def test_golden_report_still_matches() -> None:
    assert (DIFF_GOLDEN / "representative.md").read_text(encoding="utf-8").count("```mermaid") == 1
