"""Research sources: the data behind personas and journeys (FORMAT.md, `research/`).

A source is one study (interviews, a survey, a usability test, a sample of
support tickets, an analytics report, desk research) with its quotes (what
people said, verbatim) and findings (what the team concluded), each with an
id that steps, pain points and personas cite as `source#id`.

Research holds personal data: a source or quote marked `private: true` is
checked and counted, but only its id and method are ever published.
"""

from __future__ import annotations

import typing
from typing import Literal

from pydantic import Field

from cxdocs.content.model import Count, Identified, Model, Narrative, Ref, Slug, Text
from cxdocs.content.vocabulary import YesNo

Method = Literal[
    "interview",
    "survey",
    "usability-test",
    "support-tickets",
    "analytics",
    "desk-research",
    "focus-group",
    "observation",
    "diary-study",
    "other",
]
METHODS: tuple[str, ...] = typing.get_args(Method)
_PRIVATE = "Never published: only the id (and the source's method) appear on the site."


class Quote(Model):
    """A quote (what someone said, verbatim) or a finding (what the team concluded)."""

    id: Slug = Field(description="Cited as '<source id>#<this id>'; unique in the source.")
    text: Text
    participant: Text | None = Field(
        default=None, description="Who said it: a pseudonym (P07), never a real name."
    )
    tags: list[Text] = Field(default_factory=list)
    private: YesNo = Field(default=False, description=_PRIVATE)


class Source(Identified):
    """One research source (a study), with its quotes and findings."""

    id: Slug = Field(description="Defaults to the file name without extension.")
    title: Text
    method: Method
    date: Text | None = Field(default=None, description="When it ran, e.g. 2024-05 or 2024-05-14.")
    sample: Count | None = Field(
        default=None, description="How many participants (or responses, tickets, sessions)."
    )
    personas: list[Ref] = Field(default_factory=list, description="Persona ids it covers.")
    segments: list[Text] = Field(default_factory=list, description="Segments it covers.")
    private: YesNo = Field(default=False, description=_PRIVATE)
    quotes: list[Quote] = Field(default_factory=list, description="What people said, verbatim.")
    findings: list[Quote] = Field(
        default_factory=list, description="What the team concluded, each with an id."
    )
    description: Narrative | None = Field(default=None, description="Markdown narrative.")

    @property
    def items(self) -> list[Quote]:
        """Quotes, then findings: everything a citation can name."""
        return [*self.quotes, *self.findings]

    def item(self, ident: str) -> Quote | None:
        return next((q for q in self.items if q.id == ident), None)

    def is_private(self, quote: Quote | None = None) -> bool:
        return self.private or (quote is not None and quote.private)
