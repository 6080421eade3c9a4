"""`cxdocs new`: a valid, commented starting file for a persona, journey, blueprint
or research source.

The scaffolds pass `cxdocs check` as written (a new persona is only warned
about until a journey uses it) and carry the schema modeline for editors.
"""

from __future__ import annotations

from pathlib import Path

from cxdocs import GUIDE_URL
from cxdocs.content.editor_schema import modeline
from cxdocs.content.research import METHODS
from cxdocs.files import FOLDERS, Outputs

PERSONA = """\
{modeline}
# A persona: a fictional customer built from research. Only `name` is required.
# Reference: {guide}format/#persona (or `cxdocs --help`)
name: {title}
role: One line under the name, e.g. "Busy professional, buys pet food online"
segment: Value and need segment, e.g. "high value / convenience"
quote: "A real sentence a customer said in an interview."
demographics:          # any labels, shown as a table
  age: 35
  city: São Paulo
traits: []
goals: []
needs: []
pain_points: []
channels: []           # preferred channels: ids from mkdocs.yml (plugins > cxdocs > channels)
empathy_map:
  thinks: []
  feels: []
  says: []
  does: []
description: |
  Who this persona is, in a few sentences of Markdown.
"""

JOURNEY = """\
{modeline}
# A customer journey map. Reference: {guide}format/#journey
title: {title}
persona: {persona}            # a persona id (personas/<id>.yaml)
state: current                # current | future (a future state needs `improves:`)
scenario: What the persona is trying to do, and in what situation.
focus: {{who: Who, can: do what, so_that: why it matters}}
expectations: []
tags: []
stages:
  - id: discover
    name: Discover
    steps:
      - id: first-step
        action: What the customer does
        touchpoint: Where it happens (an ad, a screen, a call)
        # channel: web        # a channel id from mkdocs.yml
        thinks: What goes through their head?
        feels: How they feel
        emotion: 0            # -2 (very negative) .. +2 (very positive)
        pain_points: []       # text, or {{text: ..., severity: low|medium|high}}
        opportunities: []
actions: []                   # {{id, title, owner: <actor id>, status, addresses: [step ids]}}
"""

BLUEPRINT = """\
{modeline}
# A service blueprint: the journey seen from inside.
# Reference: {guide}format/#service-blueprint
title: {title}
{journey_line}
phases:
  - id: first-phase
    name: First phase
    evidence: [What the customer sees or holds]
    customer:
      - {{id: customer-action, text: What the customer does{step_part}, to: [frontstage-action]}}
    frontstage:
      - {{id: frontstage-action, text: What staff or systems do in view, to: [backstage-action]}}
    backstage:
      - {{id: backstage-action, text: What happens out of view}}
    support: []
"""

SOURCE = """\
{modeline}
# A research source: one study, with quotes and findings that steps, pain points
# and personas cite as '{ident}#<quote id>'. Reference: {guide}format/#research-sources
title: {title}
method: interview      # {methods}
date: {date}          # when it ran (text: 2025-01 or 2025-01-31)
sample: 8              # participants, responses, tickets...
personas: [{personas}]  # persona ids it covers
quotes:                # what people said, word for word, by a pseudonym (P01), never a name
  - id: q1
    participant: P01
    text: A sentence a participant said, word for word.
    tags: []
    # private: true    # checked and counted, never published (only its id)
findings: []           # {{id, text}}: what the team concluded
# private: true        # the whole source: only its id and method are published
description: |
  How the study ran: who took part, how they were recruited, and where the
  recordings and notes live (outside this repository: they hold personal data).
"""


class ScaffoldError(Exception):
    """The file cannot be created; the message says why."""


def title_from_id(ident: str) -> str:
    return ident.replace("-", " ").capitalize()


def scaffold(
    out: Outputs,
    root: Path,
    kind: str,
    ident: str,
    persona: str | None = None,
    journey: str | None = None,
    first_step: str | None = None,
    subfolder: str = "",
    today: str | None = None,
) -> Path:
    """Write `<folder>/[<subfolder>/]<ident>.yaml`; refuse to overwrite anything."""
    folder = root / FOLDERS[kind] / subfolder
    existing = [p for p in (folder / f"{ident}{s}" for s in (".yaml", ".yml", ".md")) if p.exists()]
    if existing:
        raise ScaffoldError(f"{existing[0].relative_to(root)} already exists; not overwriting it")
    path = folder / f"{ident}.yaml"
    values = {
        "modeline": modeline(kind, path, root),
        "title": title_from_id(ident),
        "guide": GUIDE_URL,
    }
    if kind == "persona":
        text = PERSONA.format(**values)
    elif kind == "source":
        text = SOURCE.format(
            **values,
            ident=ident,
            methods=" | ".join(METHODS),
            date=today or "2025-01",
            personas=persona or "",
        )
    elif kind == "journey":
        if persona is None:
            raise ScaffoldError("a journey needs a persona: pass --persona ID")
        text = JOURNEY.format(**values, persona=persona)
    else:
        journey_line = (
            f"journey: {journey}           # the journey this blueprint serves"
            if journey
            else "# journey: first-purchase   # the journey this blueprint serves"
        )
        step_part = f", step: {first_step}" if journey and first_step else ""
        text = BLUEPRINT.format(**values, journey_line=journey_line, step_part=step_part)
    return out.create(path, text)  # never clobbers a file, even one made meanwhile
