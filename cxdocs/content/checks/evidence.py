"""Checks of research sources and of the evidence that cites them.

- a citation (`source#quote`, or a bare source id) that names nothing is an
  error, with the closest id;
- a source's personas must exist; quote and finding ids are unique in a source;
- a published quote that looks like it holds personal data (an e-mail address,
  a phone number, a CPF) is a warning: mark it `private: true` or remove it;
- with `evidence_required` set, claims that cite nothing are warnings.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import replace

from cxdocs.content.checks.references import IdRegistry, unknown_reference
from cxdocs.content.evidence import Claim, citations, journey_claims, persona_claim
from cxdocs.content.load import Document
from cxdocs.content.problems import Problem
from cxdocs.content.repository import Repository
from cxdocs.content.research import Source
from cxdocs.content.validation.suggest import did_you_mean, known_list
from cxdocs.content.yaml.source import Path as DataPath
from cxdocs.i18n.say import say

# What a quote must not publish. Deliberately narrow: a warning that cries wolf
# on every price or date gets silenced, and then it protects no one.
PERSONAL_DATA: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("an e-mail address", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
    ("a CPF", re.compile(r"\b\d{3}\.\d{3}\.\d{3}-\d{2}\b|\b\d{11}\b")),
    (
        "a phone number",
        re.compile(r"(?:\+\d{1,3}[\s.-]?)?\(?\b\d{2,3}\)?[\s.-]?\d{4,5}[\s.-]?\d{4}\b"),
    ),
)
_CITE_HINT = "cite a source as '<source id>' or one of its quotes as '<source id>#<quote id>'"


def personal_data(text: str) -> str | None:
    """What personal data `text` seems to hold ('an e-mail address'...), or None."""
    return next((what for what, pattern in PERSONAL_DATA if pattern.search(text)), None)


def check_evidence(repo: Repository) -> list[Problem]:
    problems: list[Problem] = []
    for entry in repo.sources.values():
        problems.extend(_check_source(repo, entry.item, entry.doc))
    for p_entry in repo.personas.values():
        problems.extend(_check_claims(repo, p_entry.doc, [persona_claim(p_entry.item)]))
    for j_entry in repo.journeys.values():
        claims = list(journey_claims(j_entry.item))
        problems.extend(_check_claims(repo, j_entry.doc, claims))
        if not j_entry.item.draft:
            problems.extend(_unsupported(repo, j_entry.doc, claims))
    return problems


def _check_source(repo: Repository, source: Source, doc: Document) -> list[Problem]:
    problems: list[Problem] = []
    names = {pid: e.item.name for pid, e in repo.personas.items()}
    for index, persona in enumerate(source.personas):
        if persona not in names and not repo.is_unreadable("persona", persona):
            hint = say("problem.ref.source_persona.hint", id=persona)
            problems.append(
                unknown_reference(doc, ("personas", index), "persona", persona, names, hint, "name")
            )
    registry = IdRegistry("quote")
    for field in ("quotes", "findings"):
        for index, quote in enumerate(getattr(source, field)):
            duplicate = registry.add(quote.id, doc, (field, index, "id"))
            if duplicate is not None:
                problems.append(duplicate)
            if source.is_private(quote):
                continue
            for key in ("text", "participant"):
                value = getattr(quote, key)
                what = personal_data(value) if value else None
                if what is not None:
                    problems.append(_personal(doc, (field, index, key), what))
    return problems


def _personal(doc: Document, path: DataPath, what: str) -> Problem:
    return doc.problem(
        "personal-data",
        say("problem.personal", what=say(f"problem.personal.{what.replace(' ', '_')}")),
        say("problem.personal.hint"),
        doc.source.value(path),
        "warning",
    )


def _check_claims(repo: Repository, doc: Document, claims: list[Claim]) -> list[Problem]:
    problems: list[Problem] = []
    research = repo.has_research
    for claim in claims:
        if not claim.evidence:
            continue  # most steps cite nothing: nothing to resolve
        for found in citations(list(claim.evidence), research):
            path = (*claim.path, "evidence", found.index)
            if repo.is_unreadable("source", found.source):
                continue  # its own error says enough
            entry = repo.sources.get(found.source)
            if entry is None:
                titles = {sid: e.item.title for sid, e in repo.sources.items()}
                problems.append(_unknown_source(doc, path, found.source, titles))
            elif found.quote is not None and entry.item.item(found.quote) is None:
                problems.append(_unknown_quote(doc, path, entry.item, found.quote))
    return problems


def _unknown_source(doc: Document, path: DataPath, ident: str, titles: dict[str, str]) -> Problem:
    hint = say("problem.evidence.source.hint")
    found = unknown_reference(doc, path, "research_source", ident, titles, hint, "title")
    return replace(found, code="unknown-source")


def _unknown_quote(doc: Document, path: DataPath, source: Source, quote: str) -> Problem:
    ids = [item.id for item in source.items]
    choices = (
        say("problem.evidence.quotes", known=known_list(ids))
        if ids
        else say("problem.evidence.no_quotes")
    )
    return doc.problem(
        "unknown-quote",
        say(
            "problem.evidence.quote",
            source=source.id,
            quote=quote,
            suggestion=did_you_mean(quote, ids),
        ),
        say("problem.evidence.quote.hint", choices=choices, source=source.id),
        doc.source.value(path),
    )


def _unsupported(repo: Repository, doc: Document, claims: list[Claim]) -> list[Problem]:
    required = set(repo.settings.evidence_required)
    problems: list[Problem] = []
    if not required:
        return problems
    for claim in claims:
        # Support (resolving every citation) is asked only of a claim that
        # would be reported without it: most claims are not.
        if claim.step is None or not _required(claim, required) or repo.support(claim.evidence):
            continue
        if claim.kind == "pain":
            pain = claim.step.pain_points[claim.index]
            problems.append(
                doc.problem(
                    "unsupported-claim",
                    say(f"problem.unsupported.pain.{pain.severity}", text=_short(pain.text)),
                    say("problem.unsupported.pain.hint"),
                    doc.source.value(claim.path),
                    "warning",
                )
            )
        else:
            problems.append(
                doc.problem(
                    "unsupported-claim",
                    say("problem.unsupported.emotion", step=claim.step.id),
                    say("problem.unsupported.emotion.hint"),
                    doc.source.value((*claim.path, "emotion")),
                    "warning",
                )
            )
    return problems


def _required(claim: Claim, required: Collection[str]) -> bool:
    """Whether `claim` must cite research (`evidence_required`)."""
    step = claim.step
    if step is None:
        return False
    if claim.kind == "pain":
        return step.pain_points[claim.index].severity in required
    return claim.kind == "step" and "emotion" in required and step.emotion is not None


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
