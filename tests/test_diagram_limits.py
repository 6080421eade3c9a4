"""`cxdocs check` and the build agree on what Graphviz can draw.

A diagram wider than 65,535 points makes Graphviz warn (`WIDTH value ... >
65535 - too large`) and a strict build fail. check's limits
(cxdocs.content.checks.limits) must let through only what fits, and stop not
much more than what does not: the scene's own width decides, here.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from cxdocs.content.checks.limits import MAX_BLUEPRINT_COLUMNS, MAX_JOURNEY_STEPS
from cxdocs.content.checks.run import run_checks
from cxdocs.content.model import Blueprint, Journey, Settings
from cxdocs.content.settings.reader import read_config
from cxdocs.diagrams.draw import scene_of
from cxdocs.diagrams.related import Related
from tests.conftest import make_repo

GRAPHVIZ_LIMIT = 65_535


def _journey(steps: int) -> Journey:
    stages = [
        {
            "id": f"stage-{s}",
            "name": f"Stage {s}",
            "steps": [
                {"id": f"s{s}-{i}", "action": f"Step {i}", "emotion": 0}
                for i in range(s * steps // 5, (s + 1) * steps // 5)
            ],
        }
        for s in range(5)
    ]
    return Journey.model_validate(
        {"id": "wide", "title": "Wide", "persona": "ana", "stages": stages}
    )


def _blueprint(phases: int) -> Blueprint:
    return Blueprint.model_validate(
        {
            "id": "wide",
            "title": "Wide",
            "phases": [
                {"id": f"p{p}", "name": f"Phase {p}", "customer": [{"id": f"c{p}", "text": "Does"}]}
                for p in range(phases)
            ],
        }
    )


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    repo = make_repo(tmp_path_factory.mktemp("limits"))
    return run_checks(read_config(repo / "mkdocs.yml")).repository.settings


@pytest.mark.parametrize(
    ("make", "limit"), [(_journey, MAX_JOURNEY_STEPS), (_blueprint, MAX_BLUEPRINT_COLUMNS)]
)
def test_what_check_lets_through_fits_and_a_little_more_would_not(
    settings: Settings, make: Callable[[int], Journey | Blueprint], limit: int
) -> None:
    assert scene_of(make(limit), settings, Related()).width <= GRAPHVIZ_LIMIT
    assert scene_of(make(limit + 10), settings, Related()).width > GRAPHVIZ_LIMIT


@pytest.mark.dot
def test_the_widest_journey_check_accepts_is_drawn_without_a_warning(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    lines = ["title: Wide", "persona: ana", "stages:", "  - id: all", "    name: All", "    steps:"]
    lines += [
        f"      - {{id: s{i}, action: Step {i}, emotion: 0}}" for i in range(MAX_JOURNEY_STEPS)
    ]
    (repo / "journeys" / "wide.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "cxdocs",
            "render",
            "journeys/wide.yaml",
            "-o",
            str(tmp_path / "w.svg"),
        ],
        cwd=repo,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Warning" not in done.stderr and "too large" not in done.stderr, done.stderr
