"""Drafts: a published object must not lean on a draft.

Drafts are left out of the published site, so a published journey whose
persona is a draft (or a published blueprint whose journey is, or a future
state improving a draft) would link to a page that does not exist.
"""

from __future__ import annotations

from cxdocs.content.load import Document
from cxdocs.content.model import Journey, Persona
from cxdocs.content.problems import Problem
from cxdocs.content.repository import Entry, Repository
from cxdocs.i18n.say import say


def _uses_draft(doc: Document, kind: str, ident: str, field: str, target: str) -> Problem:
    return doc.problem(
        "uses-draft",
        say(
            "problem.uses_draft",
            thing=say(f"problem.thing.{kind}"),
            id=ident,
            field=field,
            target=target,
        ),
        say("problem.uses_draft.hint", this=say(f"problem.this.{kind}"), field=field),
        doc.source.value((field,)),
    )


def _is_draft(entry: Entry[Persona] | Entry[Journey] | None) -> bool:
    return entry is not None and entry.item.draft


def check_drafts(repo: Repository) -> list[Problem]:
    problems: list[Problem] = []
    for jid, journey in repo.journeys.items():
        item = journey.item
        if item.draft:
            continue
        if _is_draft(repo.personas.get(item.persona)):
            problems.append(_uses_draft(journey.doc, "journey", jid, "persona", item.persona))
        if item.improves and _is_draft(repo.journeys.get(item.improves)):
            problems.append(_uses_draft(journey.doc, "journey", jid, "improves", item.improves))
    for bid, blueprint in repo.blueprints.items():
        served = blueprint.item.journey
        if not blueprint.item.draft and served and _is_draft(repo.journeys.get(served)):
            problems.append(_uses_draft(blueprint.doc, "blueprint", bid, "journey", served))
    return problems
