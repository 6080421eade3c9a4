"""Runs every check: raw documents -> validated Repository + all problems at once.

The one entry point both `cxdocs check` and the MkDocs plugin call, so the two
can never disagree.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from cxdocs.content.checks.advice import advise
from cxdocs.content.checks.drafts import check_drafts
from cxdocs.content.checks.embeds import check_embeds
from cxdocs.content.checks.evidence import check_evidence
from cxdocs.content.checks.folders import wrong_folder
from cxdocs.content.checks.limits import check_limits
from cxdocs.content.checks.memo import DocumentMemo
from cxdocs.content.checks.phases import name_phases
from cxdocs.content.checks.references import (
    IdRegistry,
    check_blueprint,
    check_journey,
    check_persona,
    in_settings_file,
)
from cxdocs.content.kinds import KINDS
from cxdocs.content.load import Document, discover, relative
from cxdocs.content.model import Blueprint, Journey, Persona, is_slug
from cxdocs.content.problems import Problem
from cxdocs.content.repository import Entry, Repository
from cxdocs.content.research import Source
from cxdocs.content.settings.reader import Config
from cxdocs.files import FOLDERS
from cxdocs.i18n.say import say


@dataclass
class CheckResult:
    repository: Repository
    problems: list[Problem] = field(default_factory=list)
    files: int = 0

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.is_error]


@contextmanager
def _objects_that_live_on() -> Iterator[None]:
    """No cyclic garbage collection while loading; what was loaded is frozen after.

    Loading makes millions of objects (data, positions, models) that all stay
    alive, so each collection walks them again for no garbage: about 40% of a
    check's time. Freezing them afterwards also spares later collections and the
    interpreter's exit (0.7 s on a large repository) that walk.
    """
    if gc.get_freeze_count():  # a long-lived process (mkdocs serve) loads again:
        gc.unfreeze()  # let the last load's cyclic garbage be collected
        gc.collect()
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def load_repository(
    config: Config,
    progress: Callable[[int, int], None] | None = None,
    memo: DocumentMemo | None = None,
    cached: bool = False,
) -> tuple[Repository, list[Problem], list[Document]]:
    """Load and validate every content file, then run the cross-file checks.

    Files unchanged since `memo` last read them (a `mkdocs serve` preview
    keeps one), or since the last build that kept them in the cache folder
    (`cached`), are not read as YAML nor validated again.
    """
    memo = memo or DocumentMemo()
    folder = config.cache_dir if cached else None
    # A one-off process keeps what it loads to its end: the collector is spared.
    keeping = contextlib.nullcontext() if memo.long_lived else _objects_that_live_on()
    with keeping:
        memo.start(folder)
        loaded = _load_repository(config, memo, progress)
        memo.finish()
        return loaded


def _load_repository(
    config: Config, memo: DocumentMemo, progress: Callable[[int, int], None] | None = None
) -> tuple[Repository, list[Problem], list[Document]]:
    repo = Repository(root=config.root, settings=config.settings)
    problems: list[Problem] = list(config.problems)
    docs = memo.documents(list(discover(config.root)), config.root, progress)
    registries = {kind: IdRegistry(kind) for kind in KINDS}
    # Positions of placeholders a repair put in, per file: nothing is reported there.
    made_up: dict[str, set[tuple[int, int]]] = {}
    for doc in sorted(docs, key=_precedence):
        problems.extend(doc.problems)
        if doc.data is None and not any(p.is_error for p in doc.problems):
            continue  # not content (a link that is not followed): no id, nothing broken
        misplaced = wrong_folder(doc) if doc.data else None
        if misplaced is not None:
            # One problem for the file, none for what it lacks as its folder's
            # kind; references to it are not "unknown" while it is moved.
            kind, problem = misplaced
            problems.append(problem)
            repo.unreadable.setdefault(kind, set()).add(str((doc.data or {}).get("id", doc.stem)))
            if kind == "journey":
                repo.mentioned_personas.update(_persona_named(doc))
            continue
        if not doc.data:
            model, partial = None, True
        else:
            model, found, partial, filled = memo.validate(doc, KINDS[doc.kind])
            problems.extend(found)
            made_up[doc.rel] = {(at.line, at.col) for at in map(doc.source.value, filled)}
        if model is None:
            known = doc.data or doc.salvaged
            ident = known.get("id")
            repo.unreadable.setdefault(doc.kind, set()).add(str(ident or doc.stem))
            if doc.kind == "journey":
                repo.mentioned_personas.update(_persona_named(doc))
            continue
        if "id" not in (doc.data or {}) and not is_slug(doc.stem):
            continue  # its id was guessed from a bad file name: don't report clashes
        duplicate = registries[doc.kind].add(model.id, doc, ("id",))
        if duplicate is not None:
            problems.append(duplicate)
            continue
        if model.id in RESERVED_IDS:
            # journeys/index.md is the list of journeys: the build cannot make both.
            problems.append(_reserved(doc, model.id))
            repo.unreadable.setdefault(doc.kind, set()).add(model.id)
            continue
        if isinstance(model, Persona):
            repo.personas[model.id] = Entry(model, doc, partial)
        elif isinstance(model, Journey):
            repo.journeys[model.id] = Entry(model, doc, partial)
        elif isinstance(model, Blueprint):
            repo.blueprints[model.id] = Entry(model, doc, partial)
        elif isinstance(model, Source):
            repo.sources[model.id] = Entry(model, doc, partial)
    # Before any check reads a phase's name: unnamed phases take their stage's.
    crossed: list[Problem] = name_phases(repo)
    for p_entry in repo.personas.values():
        crossed.extend(check_persona(repo, p_entry.item, p_entry.doc))
    for j_entry in repo.journeys.values():
        crossed.extend(check_journey(repo, j_entry.item, j_entry.doc))
    for b_entry in repo.blueprints.values():
        crossed.extend(check_blueprint(repo, b_entry.item, b_entry.doc))
    crossed.extend(check_evidence(repo))
    crossed = in_settings_file(crossed, config.path)
    problems.extend(p for p in crossed if (p.line, p.col) not in made_up.get(p.path, ()))
    problems.extend(check_embeds(repo, config.docs_dir))
    problems.extend(check_drafts(repo))
    problems.extend(check_limits(repo))
    problems.extend(advise(repo))
    return repo, problems, docs


def run_checks(
    config: Config,
    only: Sequence[Path] = (),
    progress: Callable[[int, int], None] | None = None,
    memo: DocumentMemo | None = None,
    cached: bool = False,
) -> CheckResult:
    """Check the whole repository; with `only`, report just those files' problems.

    References are always resolved against the whole repository, so checking
    one file still knows every persona, journey and channel.
    """
    repo, problems, docs = load_repository(config, progress, memo, cached)
    if not only:
        return CheckResult(repo, problems, len(docs))
    wanted = {relative(path, config.root) for path in only}
    prefixes = tuple(w.rstrip("/") + "/" for w in wanted)
    kept = [p for p in problems if p.path in wanted or p.path.startswith(prefixes)]
    files = sum(1 for d in docs if d.rel in wanted or d.rel.startswith(prefixes))
    return CheckResult(repo, kept, files)


def _precedence(doc: Document) -> int:
    """YAML files first, then Markdown (the sort is stable: path order within each).

    When a .yaml and a .md define the same id, the .yaml is the definition
    (references are checked against it) and the .md is reported as the
    duplicate, whatever the folders' or names' order: an order users can predict.
    """
    return 1 if doc.path.suffix.lower() == ".md" else 0


def _persona_named(doc: Document) -> set[str]:
    """The persona a journey that could not be read names (as far as can be
    told), so that persona is not called unused while the journey is fixed."""
    fields = doc.data if isinstance(doc.data, dict) else doc.salvaged
    persona = fields.get("persona")
    return {persona} if isinstance(persona, str) else set()


# Ids whose page the site generates itself in every section (personas/index.md...).
RESERVED_IDS = frozenset({"index"})


def _reserved(doc: Document, ident: str) -> Problem:
    folder = FOLDERS[doc.kind]
    given = "id" in (doc.data or {})
    return doc.problem(
        "reserved-id",
        say(
            "problem.reserved",
            thing=say(f"problem.thing.{doc.kind}"),
            id=ident,
            page=f"{folder}/{ident}.md",
            listed=say(f"problem.folder_holds.{doc.kind}"),
        ),
        say(
            "problem.reserved.given" if given else "problem.reserved.named",
            example=f"{ident}-{doc.kind}",
        ),
        doc.source.value(("id",)),
    )
