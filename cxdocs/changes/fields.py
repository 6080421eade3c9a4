"""Small building blocks shared by the journey, blueprint and persona comparisons.

`At` says where a change happens and builds `Change` records for one value or
one list; `Names` turns ids into what people read; `stayed` finds which items
kept their relative order, so a reordering reports only the items that moved.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from cxdocs.changes.model import Change, Direction, Ref, Scope, Value
from cxdocs.content.repository import Repository


def norm(text: str | None) -> str | None:
    """Text as compared and shown: runs of whitespace (YAML folding) are one space."""
    return " ".join(text.split()) if text is not None else None


def direction(
    before: float | None, after: float | None, higher_is_better: bool = True
) -> Direction | None:
    if before is None or after is None or before == after:
        return None
    return "improved" if (after > before) == higher_is_better else "worsened"


def minus(items: Sequence[Value], other: Sequence[Value]) -> tuple[Value, ...]:
    """`items` not in `other`, in order; duplicates count (a list is a multiset here)."""
    left = Counter(other)
    out: list[Value] = []
    for item in items:
        if left[item] > 0:
            left[item] -= 1
        else:
            out.append(item)
    return tuple(out)


def stayed(before: Sequence[str], after: Sequence[str]) -> set[str]:
    """The ids on both sides that kept their relative order (a longest common subsequence).

    The others are the ones that moved: inserting or removing a stage shifts
    positions but moves nothing, and swapping two steps reports one step, not all.
    """
    common = set(before) & set(after)
    a = [x for x in before if x in common]
    b = [x for x in after if x in common]
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            table[i][j] = (
                table[i + 1][j + 1] + 1 if a[i] == b[j] else max(table[i + 1][j], table[i][j + 1])
            )
    keep: set[str] = set()
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            keep.add(a[i])
            i, j = i + 1, j + 1
        elif table[i + 1][j] >= table[i][j + 1]:
            i += 1
        else:
            j += 1
    return keep


@dataclass(frozen=True)
class At:
    """Where changes happen: the object itself, or one stage, step, action, phase or item."""

    scope: Scope
    id: str | None = None
    name: str | None = None
    parent: Ref | None = None
    lane: str | None = None

    def change(
        self,
        field: str,
        *,
        before: Value = None,
        after: Value = None,
        added: tuple[Value, ...] = (),
        removed: tuple[Value, ...] = (),
        detail: str | None = None,
        direction: Direction | None = None,
    ) -> Change:
        return Change(
            self.scope,
            field,
            self.id,
            self.name,
            self.parent,
            self.lane,
            detail=detail,
            before=before,
            after=after,
            added=added,
            removed=removed,
            direction=direction,
        )

    def value(
        self,
        field: str,
        before: Value,
        after: Value,
        detail: str | None = None,
        better: Direction | None = None,
    ) -> list[Change]:
        if before == after:
            return []
        return [self.change(field, before=before, after=after, detail=detail, direction=better)]

    def text(self, field: str, before: str | None, after: str | None) -> list[Change]:
        return self.value(field, norm(before), norm(after))

    def items(
        self, field: str, before: Iterable[Value], after: Iterable[Value], detail: str | None = None
    ) -> list[Change]:
        old, new = list(before), list(after)
        added, removed = minus(new, old), minus(old, new)
        if not added and not removed:
            return []
        return [self.change(field, added=added, removed=removed, detail=detail)]

    def texts(self, field: str, before: Iterable[str], after: Iterable[str]) -> list[Change]:
        return self.items(field, [norm(t) for t in before], [norm(t) for t in after])


class _Named(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...


def section_changes(
    scope: Scope, before: Sequence[_Named], after: Sequence[_Named]
) -> list[Change]:
    """Stages of a journey or phases of a blueprint: added, removed, moved, renamed."""
    old = {item.id: (position, item) for position, item in enumerate(before, 1)}
    new_ids = {item.id for item in after}
    kept = stayed([item.id for item in before], [item.id for item in after])
    changes: list[Change] = []
    for position, item in enumerate(after, 1):
        at = At(scope, item.id, norm(item.name))
        if item.id not in old:
            changes.append(at.change("added", after=position))
            continue
        old_position, old_item = old[item.id]
        if item.id not in kept:
            changes.append(at.change("moved", before=old_position, after=position))
        changes += at.text("name", old_item.name, item.name)
        changes += at.text(
            "description",
            getattr(old_item, "description", None),
            getattr(item, "description", None),
        )
    for position, item in enumerate(before, 1):
        if item.id not in new_ids:
            changes.append(At(scope, item.id, norm(item.name)).change("removed", before=position))
    return changes


@dataclass
class Names:
    """Ids -> what people read, from both revisions (the newer name wins)."""

    channels: dict[str, str] = field(default_factory=dict)
    actors: dict[str, str] = field(default_factory=dict)
    personas: dict[str, str] = field(default_factory=dict)
    journeys: dict[str, str] = field(default_factory=dict)
    steps: dict[tuple[str, str], str] = field(default_factory=dict)  # (journey, step) -> action
    # Journey -> (stage id -> name, step id -> its stage's name): unnamed phases' names.
    stages: dict[str, tuple[dict[str, str], dict[str, str]]] = field(default_factory=dict)

    @classmethod
    def of(cls, *repos: Repository) -> Names:
        names = cls()
        for repo in repos:
            channels = repo.settings.channel_labels
            names.channels.update({k: norm(v) or k for k, v in channels.items()})
            names.actors.update({k: norm(v) or k for k, v in repo.settings.actors.items()})
            names.personas.update({k: norm(e.item.name) or k for k, e in repo.personas.items()})
            names.journeys.update({k: norm(e.item.title) or k for k, e in repo.journeys.items()})
            for journey_id, entry in repo.journeys.items():
                for step in entry.item.steps:
                    names.steps[journey_id, step.id] = norm(step.action) or step.id
                names.stages[journey_id] = (
                    {stage.id: stage.name for stage in entry.item.stages},
                    {step.id: st.name for st in entry.item.stages for step in st.steps},
                )
        return names

    @staticmethod
    def _ref(table: dict[str, str], ident: str | None) -> Ref | None:
        return None if ident is None else Ref(ident, table.get(ident, ident))

    def channel(self, ident: str | None) -> Ref | None:
        return self._ref(self.channels, ident)

    def actor(self, ident: str | None) -> Ref | None:
        return self._ref(self.actors, ident)

    def persona(self, ident: str | None) -> Ref | None:
        return self._ref(self.personas, ident)

    def journey(self, ident: str | None) -> Ref | None:
        return self._ref(self.journeys, ident)

    def step(self, journey: str | None, ident: str | None) -> Ref | None:
        if ident is None:
            return None
        return Ref(ident, self.steps.get((journey or "", ident), ident))
