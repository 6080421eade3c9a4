"""What a diagram can hold: `cxdocs check` stops what the build could not draw.

Graphviz refuses a drawing wider than 65,535 points (`WIDTH value ... >
65535 - too large`): a strict build fails on that warning, with no place to
fix. A journey map gives each step a column of fixed width, a blueprint each
phase, so the limit is a number of steps or phases, reported here at the
file's `stages:` or `phases:` line with what to do. The numbers sit a little
under the real limits; tests/test_diagram_limits.py draws them to prove the
drawings fit, and that the next ones would not.
"""

from __future__ import annotations

from typing import Any

from cxdocs.content.problems import Problem
from cxdocs.content.repository import Entry, Repository
from cxdocs.i18n.say import Figure, say

MAX_JOURNEY_STEPS = 400  # 160 points a step: about 64,200 points wide
MAX_BLUEPRINT_PHASES = 300  # 216 points a phase: about 65,000 points wide


# What to do about a diagram too wide, by kind.
_HINTS = {
    "journey": "split it into several journeys, a few stages each (e.g. before and after "
    "the purchase), for the same persona",
    "blueprint": "split it into several blueprints, or group phases into fewer, wider ones",
}


def check_limits(repo: Repository) -> list[Problem]:
    found: list[tuple[str, Entry[Any], int, int, str, str]] = [
        ("journey", e, len(e.item.steps), MAX_JOURNEY_STEPS, "steps", "stages")
        for e in repo.journeys.values()
    ]
    found += [
        ("blueprint", e, len(e.item.phases), MAX_BLUEPRINT_PHASES, "phases", "phases")
        for e in repo.blueprints.values()
    ]
    return [
        entry.doc.problem(
            "too-wide",
            say(
                f"problem.too_wide.{kind}",
                id=entry.item.id,
                size=say(f"problem.count.{what}", count, figure=Figure(count)),
                limit=limit,
                points=Figure(65535),
            ),
            say(f"problem.too_wide.{kind}.hint"),
            entry.doc.source.key((key,)),
        )
        for kind, entry, count, limit, what, key in found
        if count > limit
    ]
