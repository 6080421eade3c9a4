"""Repository x Repository -> the semantic changes of every persona, journey and blueprint.

Pure functions over loaded models: no git, no files, no formatting. Objects are
matched by kind and id, so a file moved to another folder with the same id is a
move; a file renamed without an `id:` field changes its id, and is reported as
renamed when exactly one object of that kind disappears and one with the same
title (or persona name) appears.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from cxdocs.changes.blueprints import blueprint_changes, blueprint_figures
from cxdocs.changes.fields import At, Names, norm
from cxdocs.changes.journeys import journey_changes, journey_figures
from cxdocs.changes.model import Change, Figures, Kind, ObjectDiff, Side, Status
from cxdocs.content.model import Blueprint, Journey, Persona
from cxdocs.content.problems import Problem
from cxdocs.content.repository import Entry, Repository

KIND_ORDER: tuple[Kind, ...] = ("persona", "journey", "blueprint")
_PERSONA_TEXTS = ("name", "role", "image", "segment", "quote", "description")
_PERSONA_LISTS = ("traits", "behaviour", "goals", "motivations", "needs", "pain_points")
_EMPATHY = ("thinks", "feels", "says", "does")

AnyEntry = Entry[Any]


def compare(
    base: Repository,
    head: Repository,
    base_problems: Iterable[Problem] = (),
    head_problems: Iterable[Problem] = (),
) -> list[ObjectDiff]:
    """Every object that differs between `base` and `head`, by kind then id.

    The problems mark objects whose file has errors at a revision: they are still
    compared (as far as they could be read) and flagged as invalid there.
    """
    names = Names.of(base, head)
    broken: dict[Side, set[str]] = {
        "base": {p.path for p in base_problems if p.is_error},
        "head": {p.path for p in head_problems if p.is_error},
    }
    diffs: list[ObjectDiff] = []
    for kind in KIND_ORDER:
        diffs += _compare_kind(kind, base, head, names, broken)
    return diffs


def _entries(repo: Repository, kind: Kind) -> Mapping[str, AnyEntry]:
    if kind == "persona":
        return repo.personas
    return repo.journeys if kind == "journey" else repo.blueprints


def _display_name(entry: AnyEntry) -> str:
    item = entry.item
    return norm(item.name if isinstance(item, Persona) else item.title) or item.id


def _renames(
    kind: Kind, old: Mapping[str, AnyEntry], new: Mapping[str, AnyEntry], head: Repository
) -> dict[str, str]:
    """New id -> old id, for objects whose id changed while their name did not."""
    removed = [i for i in old if i not in new and not head.is_unreadable(kind, i)]
    added = [i for i in new if i not in old]
    pairs: dict[str, str] = {}
    for old_id in removed:
        same = [i for i in added if _display_name(new[i]) == _display_name(old[old_id])]
        rivals = [i for i in removed if _display_name(old[i]) == _display_name(old[old_id])]
        if len(same) == 1 and len(rivals) == 1 and same[0] not in pairs:
            pairs[same[0]] = old_id
    return pairs


def _compare_kind(
    kind: Kind, base: Repository, head: Repository, names: Names, broken: dict[Side, set[str]]
) -> list[ObjectDiff]:
    old, new = _entries(base, kind), _entries(head, kind)
    renames = _renames(kind, old, new, head)
    diffs: list[ObjectDiff] = []

    def invalid(before: AnyEntry | None, after: AnyEntry | None) -> tuple[Side, ...]:
        sides: list[Side] = []
        if before is not None and (before.partial or before.doc.rel in broken["base"]):
            sides.append("base")
        if after is not None and (after.partial or after.doc.rel in broken["head"]):
            sides.append("head")
        return tuple(sides)

    for ident in sorted(set(old) | set(new)):
        before, after = old.get(ident), new.get(ident)
        if before is not None and after is not None:
            status: Status = "moved" if before.doc.rel != after.doc.rel else "changed"
            diff = _pair(kind, before, after, names, status, invalid(before, after))
            newly_invalid = "head" in diff.invalid and "base" not in diff.invalid
            if diff.changes or diff.moved or newly_invalid:
                diffs.append(diff)
        elif after is not None and ident in renames:
            previous = old[renames[ident]]
            diff = _pair(kind, previous, after, names, "renamed", invalid(previous, after))
            diff.renamed_from = previous.item.id
            diffs.append(diff)
        elif after is not None:
            was_broken = base.is_unreadable(kind, ident)
            diffs.append(
                ObjectDiff(
                    kind,
                    ident,
                    _display_name(after),
                    "invalid" if was_broken else "added",
                    path_after=after.doc.rel,
                    invalid=("base", *invalid(None, after)) if was_broken else invalid(None, after),
                    after=_figures(after),
                )
            )
        elif before is not None and ident not in renames.values():
            now_broken = head.is_unreadable(kind, ident)
            diffs.append(
                ObjectDiff(
                    kind,
                    ident,
                    _display_name(before),
                    "invalid" if now_broken else "removed",
                    path_before=before.doc.rel,
                    invalid=(*invalid(before, None), "head") if now_broken else (),
                    before=_figures(before),
                )
            )
    return diffs


def _pair(
    kind: Kind,
    before: AnyEntry,
    after: AnyEntry,
    names: Names,
    status: Status,
    invalid: tuple[Side, ...],
) -> ObjectDiff:
    old, new = before.item, after.item
    changes: list[Change]
    if isinstance(old, Journey) and isinstance(new, Journey):
        changes = journey_changes(old, new, names)
    elif isinstance(old, Blueprint) and isinstance(new, Blueprint):
        changes = blueprint_changes(old, new, names)
    else:
        changes = persona_changes(old, new, names)
    return ObjectDiff(
        kind,
        new.id,
        _display_name(after),
        status,
        path_before=before.doc.rel,
        path_after=after.doc.rel,
        invalid=invalid,
        changes=changes,
        before=_figures(before),
        after=_figures(after),
    )


def _figures(entry: AnyEntry) -> Figures | None:
    if isinstance(entry.item, Journey):
        return journey_figures(entry.item)
    if isinstance(entry.item, Blueprint):
        return blueprint_figures(entry.item)
    return None


def persona_changes(before: Persona, after: Persona, names: Names) -> list[Change]:
    at = At("persona")
    changes: list[Change] = []
    for name in _PERSONA_TEXTS:
        changes += at.text(name, getattr(before, name), getattr(after, name))
    for label in [
        *before.demographics,
        *(k for k in after.demographics if k not in before.demographics),
    ]:
        changes += at.value(
            "demographics",
            norm(before.demographics.get(label)),
            norm(after.demographics.get(label)),
            detail=label,
        )
    for name in _PERSONA_LISTS:
        changes += at.texts(name, getattr(before, name), getattr(after, name))
    changes += at.items(
        "channels",
        [names.channel(c) for c in before.channels],
        [names.channel(c) for c in after.channels],
    )
    for quadrant in _EMPATHY:
        old = getattr(before.empathy_map, quadrant) if before.empathy_map else []
        new = getattr(after.empathy_map, quadrant) if after.empathy_map else []
        changes += at.texts(f"empathy_map.{quadrant}", old, new)
    return changes
