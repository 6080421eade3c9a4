"""The Research section and the evidence shown beside claims: pure views, no HTML.

Private sources and quotes (`private: true`) are counted and linked by id, but
nothing here hands a template their text, participant, tags or title: what a
template never receives, no template (not even a team's override) can publish.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cxdocs.content.evidence import Claim, citation
from cxdocs.content.repository import Repository
from cxdocs.content.research import Quote, Source


@dataclass(frozen=True)
class PublicQuote:
    """A quote as published: its text only when it is not private."""

    id: str
    text: str | None  # None: private
    participant: str | None
    tags: tuple[str, ...]

    @property
    def private(self) -> bool:
        return self.text is None


@dataclass(frozen=True)
class PublicSource:
    """A source as published: a private one shows its id and method only."""

    id: str
    method: str
    title: str | None  # None: private
    date: str | None
    sample: int | None
    personas: tuple[str, ...]
    segments: tuple[str, ...]
    description: str | None
    quotes: tuple[PublicQuote, ...]
    findings: tuple[PublicQuote, ...]

    @property
    def private(self) -> bool:
        return self.title is None

    @property
    def name(self) -> str:
        return self.title if self.title is not None else self.id


def public_quote(source: Source, quote: Quote) -> PublicQuote:
    if source.is_private(quote):
        return PublicQuote(quote.id, None, None, ())
    return PublicQuote(quote.id, quote.text, quote.participant, tuple(quote.tags))


def public_source(source: Source) -> PublicSource:
    quotes = tuple(public_quote(source, q) for q in source.quotes)
    findings = tuple(public_quote(source, q) for q in source.findings)
    if source.private:
        return PublicSource(
            source.id, source.method, None, None, None, (), (), None, quotes, findings
        )
    return PublicSource(
        source.id,
        source.method,
        source.title,
        source.date,
        source.sample,
        tuple(source.personas),
        tuple(source.segments),
        source.description,
        quotes,
        findings,
    )


@dataclass(frozen=True)
class EvidenceItem:
    """One `evidence:` item as a page shows it: free text, or a citation.

    `page` is the source page (`anchor` the quote's place on it) when the
    citation resolves; `quote` is the cited quote as published.
    """

    text: str
    page: str | None = None
    anchor: str = ""
    source: PublicSource | None = None
    quote: PublicQuote | None = None


def evidence_items(repo: Repository, evidence: list[str]) -> list[EvidenceItem]:
    items = []
    for index, text in enumerate(evidence):
        found = citation(text, index, repo.has_research)
        entry = repo.sources.get(found.source) if found else None
        if found is None or entry is None:
            items.append(EvidenceItem(text))
            continue
        quote = entry.item.item(found.quote) if found.quote else None
        if found.quote and quote is None:
            items.append(EvidenceItem(text))  # `check` reports it; shown as written
            continue
        items.append(
            EvidenceItem(
                text,
                f"research/{entry.item.id}.md",
                f"#quote-{quote.id}" if quote else "",
                public_source(entry.item),
                public_quote(entry.item, quote) if quote else None,
            )
        )
    return items


def journey_evidence(repo: Repository, claims: list[Claim]) -> dict[str, list[EvidenceItem]]:
    """Claim keys ('<step id>', '<step id>/<pain index>', '<step id>/o<opportunity
    index>') -> the evidence a journey page shows."""
    shown: dict[str, list[EvidenceItem]] = {}
    for claim in claims:
        if claim.step is None or not claim.evidence:
            continue
        shown[claim.key] = evidence_items(repo, list(claim.evidence))
    return shown


@dataclass(frozen=True)
class Citing:
    """A claim that cites a source, as a link on its page: what, where, and the URL."""

    label: str  # the step's action, the pain point's or opportunity's text, the persona's name
    where: str  # the journey's title ('' for a persona)
    page: str  # src_uri
    anchor: str  # '#step-...' or ''
    kind: str  # step | pain | opportunity | persona


def citing(claim: Claim) -> Citing:
    if claim.persona is not None:
        return Citing(claim.persona.name, "", f"personas/{claim.persona.id}.md", "", "persona")
    assert claim.journey is not None and claim.step is not None
    page, anchor = f"journeys/{claim.journey.id}.md", f"#step-{claim.step.id}"
    if claim.kind == "pain":
        pain = claim.step.pain_points[claim.index]
        return Citing(pain.text, claim.journey.title, page, anchor, "pain")
    if claim.kind == "opportunity":
        idea = claim.step.opportunities[claim.index]
        return Citing(idea.text, claim.journey.title, page, anchor, "opportunity")
    return Citing(claim.step.action, claim.journey.title, page, anchor, "step")


def _published(repo: Repository, claims: list[Claim]) -> list[Citing]:
    # Drafts are not published: a link to one would lead nowhere.
    return [citing(c) for c in claims if _is_published(repo, c)]


def _is_published(repo: Repository, claim: Claim) -> bool:
    if claim.journey is not None:
        return claim.journey.id in repo.journeys
    return claim.persona is not None and claim.persona.id in repo.personas


def source_context(repo: Repository, source: Source) -> dict[str, Any]:
    """A source's page: the source as published and who cites each quote."""
    cited = {q.id: _published(repo, repo.cited_by(source.id, q.id)) for q in source.items}
    return {
        "source": public_source(source),
        "cited_by": cited,
        "cited_whole": _published(repo, repo.cited_by(source.id)),
        "personas_named": {
            p: repo.personas[p].item.name for p in source.personas if p in repo.personas
        },
    }


@dataclass(frozen=True)
class SourceRow:
    source: PublicSource
    quotes: int  # quotes and findings, private ones counted
    citations: int  # claims citing it (any quote, or the whole source)


def source_register(repo: Repository) -> list[SourceRow]:
    """Every source, newest first (undated last), then by name."""
    rows = []
    for entry in repo.sources.values():
        source = entry.item
        claims = {
            id(c): c
            for key in [None, *(q.id for q in source.items)]
            for c in repo.cited_by(source.id, key)
            if _is_published(repo, c)
        }
        rows.append(SourceRow(public_source(source), len(source.items), len(claims)))
    rows.sort(key=lambda r: (r.source.name.lower(), r.source.id))
    rows.sort(key=lambda r: r.source.date or "", reverse=True)  # stable: names stay in order
    return rows
