"""Diagrams embedded in hand-written pages (```cxdocs blocks in docs_dir).

A block naming a journey that does not exist used to pass `cxdocs check` and
then fail the build with an absolute path; it is a problem at the block's
line, with "did you mean", like any other reference.
"""

from __future__ import annotations

import re
from pathlib import Path

from cxdocs.content.embeds import KINDS, PAGE_BLOCKS, Block, cxdocs_blocks
from cxdocs.content.load import relative
from cxdocs.content.problems import Problem, problem
from cxdocs.content.repository import Repository, diagram_items
from cxdocs.content.validation.suggest import KEY_CUTOFF, did_you_mean, known_list, suggest_id
from cxdocs.i18n.say import Text, say


def check_embeds(repo: Repository, docs_dir: Path) -> list[Problem]:
    if not docs_dir.is_dir():
        return []
    available: set[str] | None = None  # found when a page embeds something
    problems = []
    for path in sorted(docs_dir.rglob("*.md")):
        parts = path.relative_to(docs_dir).parts
        if any(part.startswith(".") for part in parts) or not path.is_file():
            continue  # MkDocs leaves hidden files out of the site too
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError):
            continue  # MkDocs reports unreadable pages itself
        if "cxdocs" not in text:
            continue
        rel = relative(path, repo.root)
        for block in cxdocs_blocks(text):
            if block.kind is None:
                problems.append(
                    problem(
                        rel,
                        (block.line, 1),
                        "error",
                        "bad-embed",
                        say(
                            "problem.embed.malformed",
                            near=_near_word(text[block.start : block.end]),
                        ),
                        say("problem.embed.malformed.hint"),
                    )
                )
                continue
            if block.kind == "block":
                continue  # a home-page block (dashboard...): always there
            if available is None:
                available = _diagrams(repo)
            if block.key not in available and not repo.is_unreadable(block.kind, block.ident or ""):
                problems.append(_missing(repo, rel, block))
    return problems


def _near_word(fenced: str) -> Text:
    """'; did you mean 'dashboard'?' for a misspelt block word (```cxdocs dashbord).

    The first word after `cxdocs` (on the fence line or inside) is compared with
    the page blocks and the kinds; an exact kind (`journey x`, colon missing)
    gets no suggestion: the message already shows the form to write.
    """
    words = re.findall(r"[A-Za-z][\w-]*", fenced.split("cxdocs", 1)[-1])
    if not words or words[0] in KINDS or words[0] in PAGE_BLOCKS:
        return ""
    return did_you_mean(words[0], PAGE_BLOCKS + KINDS, KEY_CUTOFF)


def _diagrams(repo: Repository) -> set[str]:
    return set(diagram_items(repo))


def _missing(repo: Repository, rel: str, block: Block) -> Problem:
    kind, ident = block.kind or "", block.ident or ""
    line, col = block.id_line, block.id_col
    if kind == "persona" and ident in repo.personas:
        return problem(
            rel,
            (line, col),
            "error",
            "bad-embed",
            say("problem.embed.no_empathy_map", id=ident),
            say("problem.embed.no_empathy_map.hint"),
        )
    known = _labels(repo, kind)
    thing = say(f"problem.thing.{kind}")
    listed = (
        say("problem.known", known=known_list(known))
        if known
        else say(f"problem.embed.no_diagram.{kind}")
    )
    return problem(
        rel,
        (line, col),
        "error",
        "unknown-reference",
        say(
            "problem.not_defined",
            thing=thing,
            id=ident,
            suggestion=suggest_id(ident, known, _WORD[kind]),
        ),
        say("problem.embed.unknown.hint", thing=thing, listed=listed),
    )


_WORD = {"persona": "name", "journey": "title", "blueprint": "title"}


def _labels(repo: Repository, kind: str) -> dict[str, str]:
    if kind == "persona":
        return {k: e.item.name for k, e in repo.personas.items() if e.item.empathy_map}
    if kind == "journey":
        return {k: e.item.title for k, e in repo.journeys.items()}
    return {k: e.item.title for k, e in repo.blueprints.items()}
