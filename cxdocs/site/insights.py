"""Insights you can present: heatmaps, scorecards and filterable registers.

Current and future state are never mixed: every figure here is computed for
one state at a time (a future-state journey is a target, not today's
experience), and every row says which state it belongs to. Pure functions
from the Repository to rows; no HTML.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from cxdocs.content.model import Journey, Stage
from cxdocs.content.repository import Repository
from cxdocs.site.views import (
    SEVERITY_ORDER,
    STATUS_ORDER,
    ChannelCell,
    PainRow,
    StepRef,
    actions_by_owner,
    metrics,
    moments_of_truth,
    pain_register,
    step_refs,
)

STATES = ("current", "future")


def states(repo: Repository) -> list[str]:
    """The states that have journeys, current first."""
    found = {entry.item.state for entry in repo.journeys.values()}
    return [state for state in STATES if state in found]


def journeys_in(repo: Repository, state: str) -> list[Journey]:
    return sorted(
        (e.item for e in repo.journeys.values() if e.item.state == state),
        key=lambda j: (j.title.lower(), j.id),
    )


# --- channel heatmaps ----------------------------------------------------------


@dataclass
class Heatmap:
    """Rows x columns of step counts and average emotion (cells may be missing)."""

    rows: list[str]  # channel ids
    columns: list[tuple[str, str]]  # (id, label): stages, or journeys
    cells: dict[tuple[str, str], ChannelCell]
    totals: dict[str, ChannelCell] = field(default_factory=dict)  # row -> all its columns

    def cell(self, row: str, column: str) -> ChannelCell | None:
        return self.cells.get((row, column))


def _channel_order(repo: Repository, used: Iterable[str]) -> list[str]:
    declared = list(repo.settings.channels)
    used = set(used)
    return [c for c in declared if c in used] + sorted(used - set(declared))


def _add(cell: ChannelCell, emotion: int | None) -> None:
    cell.steps += 1
    if emotion is not None:
        cell.emotions.append(emotion)


def journey_heatmap(repo: Repository, journey: Journey) -> Heatmap:
    """One journey: its channels by its stages."""
    cells: dict[tuple[str, str], ChannelCell] = defaultdict(ChannelCell)
    totals: dict[str, ChannelCell] = defaultdict(ChannelCell)
    stage: Stage
    for stage in journey.stages:
        for step in stage.steps:
            if step.channel is not None:
                _add(cells[(step.channel, stage.id)], step.emotion)
                _add(totals[step.channel], step.emotion)
    rows = _channel_order(repo, totals)
    return Heatmap(rows, [(s.id, s.name) for s in journey.stages], dict(cells), dict(totals))


def state_heatmap(repo: Repository, state: str) -> Heatmap:
    """Every journey of one state: channels by journeys, totals per channel."""
    journeys = journeys_in(repo, state)
    cells: dict[tuple[str, str], ChannelCell] = defaultdict(ChannelCell)
    totals: dict[str, ChannelCell] = defaultdict(ChannelCell)
    for journey in journeys:
        for step in journey.steps:
            if step.channel is not None:
                _add(cells[(step.channel, journey.id)], step.emotion)
                _add(totals[step.channel], step.emotion)
    rows = _channel_order(repo, totals)
    return Heatmap(rows, [(j.id, j.title) for j in journeys], dict(cells), dict(totals))


# --- metrics scorecard -----------------------------------------------------------


@dataclass(frozen=True)
class Score:
    on_target: int
    with_target: int
    total: int

    @property
    def percent(self) -> int:
        return round(100 * self.on_target / self.with_target) if self.with_target else 0


def _score(refs: Iterable[StepRef]) -> Score:
    metrics = [m for ref in refs for m in ref.step.metrics]
    with_target = [m for m in metrics if m.meets_target is not None]
    return Score(sum(1 for m in with_target if m.meets_target), len(with_target), len(metrics))


@dataclass(frozen=True)
class Scorecard:
    state: str
    overall: Score
    journeys: list[tuple[Journey, Score]]


def scorecards(repo: Repository) -> list[Scorecard]:
    """Per state: how many metrics meet their target, overall and per journey."""
    refs = step_refs(repo)
    cards = []
    by_journey: dict[str, list[StepRef]] = {}  # grouped once: linear, not journeys x steps
    for ref in refs:
        by_journey.setdefault(ref.journey.id, []).append(ref)
    for state in states(repo):
        mine = [r for r in refs if r.journey.state == state]
        per_journey = [
            (journey, _score(r for r in by_journey.get(journey.id, []) if r.journey.state == state))
            for journey in journeys_in(repo, state)
        ]
        cards.append(Scorecard(state, _score(mine), [(j, s) for j, s in per_journey if s.total]))
    return cards


# --- filters ---------------------------------------------------------------------


@dataclass(frozen=True)
class Facet:
    """One filter of a register: rows carry `data-cx-<name>`; '|' separates values."""

    name: str
    label: str  # catalog key (a page word)
    options: list[tuple[str, str, int]]  # value, label, rows with it
    everything: bool = True  # offer "All"; without it the first option is the default


def facet(
    name: str,
    label: str,
    values: Iterable[list[str]],
    labels: dict[str, str],
    order: list[str] | None = None,
    everything: bool = True,
) -> Facet:
    counts: dict[str, int] = defaultdict(int)
    for row_values in values:
        for value in set(row_values):
            counts[value] += 1
    keys = (
        [k for k in order if k in counts]
        if order
        else sorted(counts, key=lambda k: (labels.get(k) or k).lower())
    )
    return Facet(name, label, [(k, labels.get(k) or k, counts[k]) for k in keys], everything)


def pain_owners(row: PainRow) -> list[str]:
    """Who answers for a pain point: the owners of the actions addressing it,
    else the journey's owner (nobody, when the journey names none)."""
    owners = sorted({a.owner for a in row.actions})
    if owners:
        return owners
    return [row.ref.journey.owner] if row.ref.journey.owner else []


# --- the insight pages' contexts -----------------------------------------------------


def _state_facet(repo: Repository, t: Callable[[str], str], rows: Iterable[str]) -> Facet:
    # No "All": current and future are never shown mixed (current by default).
    labels = {state: t(f"state_{state}") for state in STATES}
    return facet("state", "state", ([s] for s in rows), labels, list(STATES), everything=False)


def _journey_facet(repo: Repository, journey_ids: Iterable[str]) -> Facet:
    titles = {jid: entry.item.title for jid, entry in repo.journeys.items()}
    return facet("journey", "journey", ([j] for j in journey_ids), titles)


def insight_contexts(
    repo: Repository, t: Callable[[str], str]
) -> dict[str, tuple[dict[str, Any], list[tuple[str, str]]]]:
    """slug -> (template context, [(anchor, title)] for the table of contents)."""
    settings = repo.settings
    pain_rows = pain_register(repo)
    support = [repo.support(row.pain.evidence) for row in pain_rows]
    pains = [
        {"row": row, "owners": pain_owners(row), "evidence": n}
        for row, n in zip(pain_rows, support, strict=True)
    ]
    severities = {s: t(f"severity_{s}") for s in SEVERITY_ORDER}
    pain_facets = [
        facet(
            "severity",
            "severity",
            ([r.pain.severity] for r in pain_rows),
            severities,
            list(SEVERITY_ORDER),
        ),
        _journey_facet(repo, (r.ref.journey.id for r in pain_rows)),
        facet(
            "channel",
            "channel",
            ([r.ref.step.channel] for r in pain_rows if r.ref.step.channel),
            settings.channel_labels,
        ),
        facet("owner", "owner", map(pain_owners, pain_rows), settings.actors),
        _state_facet(repo, t, (r.ref.journey.state for r in pain_rows)),
        facet(
            "evidence",
            "evidence_count",
            (["supported" if n else "unsupported"] for n in support),
            {"supported": t("evidence_supported"), "unsupported": t("evidence_unsupported")},
            ["supported", "unsupported"],
        ),
    ]
    moments = moments_of_truth(repo)
    groups = actions_by_owner(repo)
    actions = [row for rows in groups.values() for row in rows]
    statuses = {s: t(f"status_{s}") for s in STATUS_ORDER}
    measured = metrics(repo)
    measurements = [row for rows in measured.values() for row in rows]
    heatmaps = [
        (j, journey_heatmap(repo, j))
        for j in sorted(
            (e.item for e in repo.journeys.values()),
            key=lambda j: (j.state != "current", j.title.lower()),
        )
    ]
    return {
        "pain-points": ({"rows": pains, "facets": pain_facets}, []),
        "actions": (
            {
                "groups": groups,
                "facets": [
                    facet(
                        "status",
                        "status",
                        ([r.action.status] for r in actions),
                        statuses,
                        list(STATUS_ORDER),
                    ),
                    _journey_facet(repo, (r.journey.id for r in actions)),
                    _state_facet(repo, t, (r.journey.state for r in actions)),
                ],
            },
            [(f"owner-{owner}", settings.actors.get(owner, owner)) for owner in groups],
        ),
        "channels": (
            {
                "overviews": [(s, state_heatmap(repo, s)) for s in states(repo)],
                "journeys": heatmaps,
                "facets": [_state_facet(repo, t, (j.state for j, _ in heatmaps))],
            },
            [(f"all-{s}", f"{t('all_journeys')} ({t(f'state_{s}')})") for s in states(repo)],
        ),
        "metrics": (
            {
                "scorecards": scorecards(repo),
                "groups": measured,
                "facets": [
                    _journey_facet(repo, (r.ref.journey.id for r in measurements)),
                    _state_facet(repo, t, (r.ref.journey.state for r in measurements)),
                ],
            },
            [(f"scorecard-{s}", f"{t('scorecard')} ({t(f'state_{s}')})") for s in states(repo)],
        ),
        "moments-of-truth": (
            {
                "rows": moments,
                "facets": [
                    _journey_facet(repo, (r.journey.id for r in moments)),
                    _state_facet(repo, t, (r.journey.state for r in moments)),
                ],
            },
            [],
        ),
    }
