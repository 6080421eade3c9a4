"""Free text is shown exactly as written, however much it looks like something else.

YAML 1.1 would read `02134` as 1116, `5.000` as 5.0, `1:30` as 90, `no` as
false, `2024-01-01` as a date and `.inf` as infinity. Every free-text field is
written here unquoted with such values, and each must reach the model, the
diagram (DOT and SVG) and the generated page character for character.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from cxdocs.content.checks.run import run_checks
from cxdocs.content.settings.reader import read_config
from cxdocs.diagrams import blueprint_dot, journey_dot, persona_dot
from tests.conftest import make_repo
from tests.helpers import mkdocs_build

PERSONA = """\
name: 02134
role: 5.000
segment: 1:30
quote: no
image:
demographics: {zip: 02134, income: 5.000, wait: 1:30, smoker: no, since: 2024-01-01, limit: .inf}
traits: [1:30, no, 0x1F, True]
goals: [2024-01-01]
channels: [app]
empathy_map: {thinks: [02134], feels: [5.000], says: [no], does: [.inf]}
"""

JOURNEY = """\
title: 2024-01-01
persona: ana
scenario: 1:30
expectations: [.inf, off]
tags: [no, 2024-01-01]
focus: {who: 02134, can: 5.000, so_that: 1:30}
stages:
  - name: 1:30
    steps:
      - action: 02134
        channel: app
        touchpoint: 5.000
        thinks: no
        feels: .inf
        emotion: 1
        pain_points: [2024-01-01, {text: 0x1F, severity: low}]
        opportunities: [1e3]
        evidence: [+1, TRUE]
        metrics:
          - {name: 02134, value: 5.000, target: 1e3, unit: 1:30}
actions:
  - id: fix
    title: .inf
    owner: ecommerce
    why: [no, 02134]
"""

BLUEPRINT = """\
title: 5.000
journey: first-purchase
phases:
  - name: no
    evidence: [2024-01-01]
    customer:
      - {id: pay, text: 02134, step: "02134", to: [confirm]}
    frontstage:
      - {id: confirm, text: 1:30, actor: ecommerce, wait: 1:30}
    backstage:
      - {text: .inf, fail_point: 0x1F}
"""


def svgs(page: str) -> str:
    """Every inline SVG of a page (icons and diagrams), joined."""
    return "".join(re.findall(r"<svg.*?</svg>", page, flags=re.DOTALL))


@pytest.fixture
def tricky_repo(tmp_path: Path) -> Path:
    repo = make_repo(tmp_path)
    (repo / "personas" / "ana.yaml").write_text(PERSONA.replace("image:\n", ""), encoding="utf-8")
    (repo / "journeys" / "first-purchase.yaml").write_text(JOURNEY, encoding="utf-8")
    (repo / "blueprints" / "order.yaml").write_text(BLUEPRINT, encoding="utf-8")
    return repo


def test_models_hold_exactly_the_text_written(tricky_repo: Path) -> None:
    result = run_checks(read_config(tricky_repo / "mkdocs.yml"))
    assert result.errors == []
    repo = result.repository
    persona = repo.personas["ana"].item
    assert (persona.name, persona.role, persona.segment, persona.quote) == (
        "02134",
        "5.000",
        "1:30",
        "no",
    )
    assert persona.demographics == {
        "zip": "02134",
        "income": "5.000",
        "wait": "1:30",
        "smoker": "no",
        "since": "2024-01-01",
        "limit": ".inf",
    }
    assert persona.traits == ["1:30", "no", "0x1F", "True"]
    journey = repo.journeys["first-purchase"].item
    step = journey.stages[0].steps[0]
    assert (journey.title, journey.scenario, journey.stages[0].name) == (
        "2024-01-01",
        "1:30",
        "1:30",
    )
    assert (step.action, step.touchpoint, step.thinks, step.feels) == (
        "02134",
        "5.000",
        "no",
        ".inf",
    )
    assert [p.text for p in step.pain_points] == ["2024-01-01", "0x1F"]
    assert ([o.text for o in step.opportunities], step.evidence, journey.tags) == (
        ["1e3"],
        ["+1", "TRUE"],
        ["no", "2024-01-01"],
    )
    metric = step.metrics[0]
    assert (metric.name, metric.unit, metric.value, metric.target) == ("02134", "1:30", 5.0, 1000.0)
    assert journey.actions[0].title == ".inf" and journey.actions[0].why == ["no", "02134"]
    blueprint = repo.blueprints["order"].item
    phase = blueprint.phases[0]
    assert (blueprint.title, phase.name, phase.customer[0].text) == ("5.000", "no", "02134")
    assert (phase.frontstage[0].text, phase.frontstage[0].wait) == ("1:30", "1:30")
    assert (phase.backstage[0].text, phase.backstage[0].fail_text) == (".inf", "0x1F")


def test_diagrams_draw_exactly_the_text_written(tricky_repo: Path) -> None:
    repo = run_checks(read_config(tricky_repo / "mkdocs.yml")).repository
    settings = repo.settings
    dots = {
        "journey": journey_dot(repo.journeys["first-purchase"].item, settings),
        "blueprint": blueprint_dot(repo.blueprints["order"].item, settings),
        "persona": persona_dot(repo.personas["ana"].item, settings),
    }
    expected = {
        "journey": ["02134", "1:30", "5.000", ".inf", "2024-01-01"],
        "blueprint": ["5.000", "02134", "1:30", ".inf", "2024-01-01"],
        "persona": ["02134", "5.000", ".inf"],
    }
    for kind, texts in expected.items():
        for text in texts:
            assert text in dots[kind], f"{text!r} missing from the {kind} diagram"
    # The YAML 1.1 readings never appear.
    for wrong in ("1116", "5.0<", ">90<", "2024-01-01 00:00"):
        assert all(wrong not in dot for dot in dots.values()), wrong


@pytest.mark.dot
@pytest.mark.slow
def test_pages_and_their_svgs_show_exactly_the_text_written(
    tricky_repo: Path, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    result = mkdocs_build(tricky_repo / "mkdocs.yml", site)
    assert result.returncode == 0, result.stderr
    pages = {
        "persona": (site / "personas" / "ana" / "index.html").read_text(encoding="utf-8"),
        "journey": (site / "journeys" / "first-purchase" / "index.html").read_text(
            encoding="utf-8"
        ),
        "blueprint": (site / "blueprints" / "order" / "index.html").read_text(encoding="utf-8"),
    }
    shown = {
        "persona": ["02134", "5.000", "1:30", ">no<", "2024-01-01", ".inf", "0x1F"],
        "journey": [
            "2024-01-01",
            "1:30",
            "02134",
            "5.000",
            ".inf",
            "0x1F",
            "1e3",
            "+1",
            ">off<",
            "TRUE",
        ],
        "blueprint": ["5.000", ">no<", "02134", "1:30", ".inf", "0x1F", "2024-01-01"],
    }
    for kind, texts in shown.items():
        page = html.unescape(pages[kind])
        for text in texts:
            assert text in page, f"{text!r} missing from the {kind} page"
        assert svgs(page), f"no inline SVG on the {kind} page"
    journey_svgs = svgs(html.unescape(pages["journey"]))
    for text in ("02134", "1:30", ".inf"):
        assert text in journey_svgs
    for wrong in ("1116", ">90<", "2024-01-01 00:00:00", ">5.0<", ">False<", ">false<"):
        assert all(wrong not in html.unescape(page) for page in pages.values()), wrong
