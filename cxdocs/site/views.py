"""Cross-cutting views: the reason to keep every journey in one place.

Pure functions from the validated Repository to rows the page templates show:
the pain-point register, the actions backlog, the channel matrix, metrics
against targets and the moments of truth. No HTML here.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from cxdocs.content.model import Action, Journey, Metric, PainPoint, Stage, Step
from cxdocs.content.repository import Entry, Repository

SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}
STATUS_ORDER = {"doing": 0, "planned": 1, "idea": 2, "done": 3, "dropped": 4}


@dataclass(frozen=True)
class StepRef:
    """A step with the journey and stage it belongs to."""

    journey: Journey
    stage: Stage
    step: Step


def step_refs(repo: Repository) -> list[StepRef]:
    return [
        StepRef(entry.item, stage, step)
        for entry in _journeys(repo)
        for stage in entry.item.stages
        for step in stage.steps
    ]


def _journeys(repo: Repository) -> list[Entry[Journey]]:
    return sorted(repo.journeys.values(), key=lambda e: (e.item.title.lower(), e.item.id))


@dataclass(frozen=True)
class PainRow:
    ref: StepRef
    pain: PainPoint
    actions: list[Action]


def pain_register(repo: Repository) -> list[PainRow]:
    """Every pain point, worst first, with the actions that address its step."""
    rows: list[PainRow] = []
    for ref in step_refs(repo):
        addressing = [a for a in ref.journey.actions if ref.step.id in a.addresses]
        rows.extend(PainRow(ref, pain, addressing) for pain in ref.step.pain_points)
    return sorted(
        rows,
        key=lambda r: (SEVERITY_ORDER[r.pain.severity], bool(r.actions), r.ref.journey.title),
    )


@dataclass(frozen=True)
class ActionRow:
    journey: Journey
    action: Action
    steps: list[Step]


def actions_by_owner(repo: Repository) -> dict[str, list[ActionRow]]:
    """The backlog: owner id -> actions, open work first."""
    grouped: dict[str, list[ActionRow]] = defaultdict(list)
    for entry in _journeys(repo):
        journey = entry.item
        steps = {s.id: s for s in journey.steps}
        for action in journey.actions:
            addressed = [steps[i] for i in action.addresses if i in steps]
            grouped[action.owner].append(ActionRow(journey, action, addressed))
    for rows in grouped.values():
        rows.sort(key=lambda r: (STATUS_ORDER[r.action.status], r.action.title.lower()))
    return dict(sorted(grouped.items()))


@dataclass
class ChannelCell:
    steps: int = 0
    emotions: list[int] = field(default_factory=list)

    @property
    def average(self) -> float | None:
        # Exact: rounded once where it is shown (i18n/numbers.py).
        return sum(self.emotions) / len(self.emotions) if self.emotions else None


@dataclass(frozen=True)
class MetricRow:
    ref: StepRef
    metric: Metric


def metrics(repo: Repository) -> dict[str, list[MetricRow]]:
    """Metric name (NPS, CSAT, CES, ...) -> every measurement of it."""
    grouped: dict[str, list[MetricRow]] = defaultdict(list)
    for ref in step_refs(repo):
        for metric in ref.step.metrics:
            grouped[metric.name].append(MetricRow(ref, metric))
    return dict(sorted(grouped.items(), key=lambda item: item[0].lower()))


def moments_of_truth(repo: Repository) -> list[StepRef]:
    return [ref for ref in step_refs(repo) if ref.step.moment_of_truth]


@dataclass(frozen=True)
class JourneySummary:
    journey: Journey
    steps: int
    pain_points: int
    open_actions: int


def journey_summaries(repo: Repository) -> list[JourneySummary]:
    return [
        JourneySummary(
            journey=entry.item,
            steps=len(entry.item.steps),
            pain_points=sum(len(s.pain_points) for s in entry.item.steps),
            open_actions=sum(1 for a in entry.item.actions if a.is_open),
        )
        for entry in _journeys(repo)
    ]
