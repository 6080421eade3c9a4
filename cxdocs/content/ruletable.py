"""Ordered tables of small, named rules, as markdown-it-py keeps its parsing rules.

The problem rules (validation/rules.py, yaml/syntax.py) are such tables: each
rule looks at one mistake and either words it or passes (None); the first
rule that answers wins, and a table's last rule answers everything.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, NamedTuple, TypeVar

C = TypeVar("C")
R = TypeVar("R")


class Rule(NamedTuple, Generic[C, R]):
    name: str  # stable: tests name each rule's fixture by it
    check: Callable[[C], R | None]


def first_answer(rules: Sequence[Rule[C, R]], context: C) -> R:
    """What the first rule that recognises `context` says."""
    for rule in rules:
        found = rule.check(context)
        if found is not None:
            return found
    raise AssertionError("a rule table's last rule answers everything")  # pragma: no cover
