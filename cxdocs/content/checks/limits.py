"""What a diagram can hold: `cxdocs check` stops what the build could not draw.

Graphviz refuses a drawing wider than 65,535 points (`WIDTH value ... >
65535 - too large`): a strict build fails on that warning, with no place to
fix. A journey map gives each step a column of fixed width, a blueprint each
customer action, so the limit is a number of steps or columns, reported here at the
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
# A blueprint column per customer action (one for a phase without any).
MAX_BLUEPRINT_COLUMNS = 300  # 216 points a column: about 65,000 points wide


def check_limits(repo: Repository) -> list[Problem]:
    found: list[tuple[str, Entry[Any], int, int, str, str]] = [
        ("journey", e, len(e.item.steps), MAX_JOURNEY_STEPS, "steps", "stages")
        for e in repo.journeys.values()
    ]
    found += [
        (
            "blueprint",
            e,
            sum(max(1, len(p.customer)) for p in e.item.phases),
            MAX_BLUEPRINT_COLUMNS,
            "columns",
            "phases",
        )
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
