"""Warnings a CX lead wants: content that is valid but probably incomplete.

Warnings never fail `cxdocs check` unless `--strict` is given (as in CI).
"""

from __future__ import annotations

from cxdocs.content.problems import Problem
from cxdocs.content.repository import Repository
from cxdocs.i18n.say import say


def advise(repo: Repository) -> list[Problem]:
    problems: list[Problem] = []
    used = {entry.item.persona for entry in repo.journeys.values()} | repo.mentioned_personas
    for persona_id, entry in repo.personas.items():
        # A draft persona may wait for its journey: that is what drafts are for.
        if persona_id not in used and not entry.partial and not entry.item.draft:
            problems.append(
                entry.doc.problem(
                    "unused-persona",
                    say("problem.unused_persona", id=persona_id),
                    say("problem.unused_persona.hint"),
                    entry.doc.source.value(("name",)),
                    severity="warning",
                )
            )
    for journey_entry in repo.journeys.values():
        if journey_entry.partial or journey_entry.item.draft:
            continue  # errors come first; a draft is known to be unfinished
        journey, doc = journey_entry.item, journey_entry.doc
        addressed = {step for action in journey.actions for step in action.addresses}
        for s_index, stage in enumerate(journey.stages):
            for t_index, step in enumerate(stage.steps):
                path = ("stages", s_index, "steps", t_index)
                if step.emotion is None:
                    problems.append(
                        doc.problem(
                            "missing-emotion",
                            say("problem.missing_emotion", step=step.id),
                            say("problem.missing_emotion.hint"),
                            doc.source.value((*path, "action")),
                            severity="warning",
                        )
                    )
                if step.id in addressed:
                    continue
                for p_index, pain in enumerate(step.pain_points):
                    if pain.severity == "high":
                        problems.append(
                            doc.problem(
                                "unaddressed-pain-point",
                                say("problem.unaddressed", step=step.id, text=pain.text),
                                say("problem.unaddressed.hint", step=step.id),
                                doc.source.value((*path, "pain_points", p_index)),
                                severity="warning",
                            )
                        )
    return problems
