"""A blueprint's phases named after its journey's stages, unless they say otherwise.

A phase without `name:` takes the name of the journey stage it is: the one its
`stage:` names, else the stage with the phase's id, else the stage of its first
customer action's `step`. So a blueprint drawn from a journey hangs beside the
journey map with the same column headings, and renaming a stage renames both.
"""

from __future__ import annotations

from collections.abc import Mapping

from cxdocs.content.checks.references import unknown_reference
from cxdocs.content.load import Document
from cxdocs.content.model import Blueprint, Journey, Phase
from cxdocs.content.problems import Problem
from cxdocs.content.repository import Repository
from cxdocs.i18n.say import say


def stage_name(
    phase: Phase, stages: Mapping[str, str], step_stages: Mapping[str, str]
) -> str | None:
    """The name of the stage `phase` is: `stages` maps stage ids to names,
    `step_stages` step ids to their stage's name (both of the blueprint's journey)."""
    if phase.stage is not None:
        return stages.get(phase.stage)
    if phase.id in stages:
        return stages[phase.id]
    steps = [item.step for item in phase.customer if item.step and item.step in step_stages]
    return step_stages[steps[0]] if steps else None


def named(
    blueprint: Blueprint, stages: Mapping[str, str], step_stages: Mapping[str, str]
) -> Blueprint:
    """`blueprint` with every unnamed phase named (after its stage, else its id)."""
    if all(phase.name for phase in blueprint.phases):
        return blueprint
    phases = [
        phase
        if phase.name
        else phase.model_copy(update={"name": stage_name(phase, stages, step_stages) or phase.id})
        for phase in blueprint.phases
    ]
    return blueprint.model_copy(update={"phases": phases})


def _names(journey: Journey | None) -> tuple[dict[str, str], dict[str, str]]:
    if journey is None:
        return {}, {}
    stages = {stage.id: stage.name for stage in journey.stages}
    return stages, {step.id: stage.name for stage in journey.stages for step in stage.steps}


def name_phases(repo: Repository) -> list[Problem]:
    """Fill in unnamed phases from the journeys; report those nothing names."""
    problems: list[Problem] = []
    for entry in repo.blueprints.values():
        blueprint = entry.item
        if all(phase.name and phase.stage is None for phase in blueprint.phases):
            continue
        journey_entry = repo.journeys.get(blueprint.journey) if blueprint.journey else None
        journey = journey_entry.item if journey_entry else None
        stages, step_stages = _names(journey)
        for index, phase in enumerate(blueprint.phases):
            problems += _check_stage(entry.doc, blueprint, journey, phase, index)
            # A `stage:` that names nothing is reported as such, not twice.
            if (
                not phase.name
                and phase.stage is None
                and stage_name(phase, stages, step_stages) is None
            ):
                problems.append(_nameless(entry.doc, blueprint, phase, index))
        entry.item = named(blueprint, stages, step_stages)
    return problems


def _check_stage(
    doc: Document,
    blueprint: Blueprint,
    journey: Journey | None,
    phase: Phase,
    index: int,
) -> list[Problem]:
    if phase.stage is None or blueprint.journey is None:
        if phase.stage is not None:
            return [
                doc.problem(
                    "stage-without-journey",
                    say("problem.stage.no_journey", id=phase.id, stage=phase.stage),
                    say("problem.item_step.no_journey.hint"),
                    doc.source.value(("phases", index, "stage")),
                )
            ]
        return []
    if journey is None or any(stage.id == phase.stage for stage in journey.stages):
        return []
    return [
        unknown_reference(
            doc,
            ("phases", index, "stage"),
            "stage",
            phase.stage,
            {stage.id: stage.name for stage in journey.stages},
            say("problem.ref.stage.hint", journey=blueprint.journey),
            "name",
        )
    ]


def _nameless(doc: Document, blueprint: Blueprint, phase: Phase, index: int) -> Problem:
    return doc.problem(
        "phase-without-name",
        say(
            "problem.phase_name.journey" if blueprint.journey else "problem.phase_name.none",
            id=phase.id,
            journey=blueprint.journey or "",
        ),
        say("problem.phase_name.hint"),
        doc.source.value(("phases", index)),
    )
