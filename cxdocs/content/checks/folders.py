"""A file in the wrong content folder: one problem that says so, not a cascade.

A persona saved in journeys/ has no `title`, `persona` or `stages`, and every
key it has is unknown to a journey: read as a journey it gives a dozen errors,
none of which says what is wrong. A file is taken to be of another kind only
when nothing in it belongs to its folder's kind alone (a key only that kind
has, or a likely typo of one) and it has what the other kind is made of: two of
its keys, or the key that defines it (a persona's `name`, a journey's `stages`
or `persona`, a blueprint's `phases` or `journey`). So a real journey with a
typo in every key is still checked as a journey.
"""

from __future__ import annotations

import difflib
from pathlib import PurePosixPath

from cxdocs.content.kinds import KINDS
from cxdocs.content.load import Document
from cxdocs.content.problems import Problem
from cxdocs.content.validation.suggest import KEY_CUTOFF
from cxdocs.files import FOLDERS
from cxdocs.i18n.say import say

_SHARED = frozenset({"id", "description", "draft"})  # every kind has them: they tell nothing
_DEFINING = {
    "persona": frozenset({"name"}),
    "journey": frozenset({"stages", "persona"}),
    "blueprint": frozenset({"phases", "journey"}),
    "source": frozenset({"method", "quotes", "findings"}),
}
_FIELDS = {kind: frozenset(model.model_fields) - _SHARED for kind, model in KINDS.items()}
_ALL_FIELDS = frozenset().union(*_FIELDS.values())


def _belongs_here(keys: list[str], own: frozenset[str], theirs: frozenset[str]) -> bool:
    """Whether a key is (or is a likely typo of) one only the folder's kind has."""
    only_own = own - theirs
    if any(key in only_own for key in keys):
        return True
    unknown = [key for key in keys if key not in _ALL_FIELDS]
    return any(difflib.get_close_matches(k, only_own, n=1, cutoff=KEY_CUTOFF) for k in unknown)


def _looks_like(doc: Document) -> tuple[str, list[str]] | None:
    """The kind the file seems to be and the keys that tell, if not its folder's."""
    keys = [str(key) for key in doc.data or {} if str(key) not in _SHARED]
    own = _FIELDS[doc.kind]
    best: tuple[str, list[str]] | None = None
    for kind, theirs in _FIELDS.items():
        if kind == doc.kind or _belongs_here(keys, own, theirs):
            continue
        telling = [key for key in keys if key in theirs - own]
        if len(telling) < 2 and not _DEFINING[kind] & set(telling):
            continue
        if best is None or len(telling) > len(best[1]):
            best = (kind, telling)
    return best


def wrong_folder(doc: Document) -> tuple[str, Problem] | None:
    """(the kind the file looks like, the one problem to report), or None."""
    found = _looks_like(doc)
    if found is None:
        return None
    kind, telling = found
    shown = ", ".join(telling[:4]) + (", ..." if len(telling) > 4 else "")
    target = f"{FOLDERS[kind]}/{PurePosixPath(doc.rel).name}"
    return kind, doc.problem(
        "wrong-folder",
        say(
            "problem.wrong_folder",
            looks=say(f"problem.a.{kind}"),
            keys=shown,
            not_a=say(f"problem.a.{doc.kind}"),
            folder=FOLDERS[doc.kind],
            holds=say(f"problem.folder_holds.{doc.kind}"),
        ),
        say("problem.wrong_folder.hint", folder=FOLDERS[kind], rel=doc.rel, target=target),
        doc.source.key((telling[0],)),
    )
