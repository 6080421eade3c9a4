"""Which ids are taken: by a content file anywhere in its folder, or by a
generated page. `new` and `import` ask before they create a file."""

from __future__ import annotations

from pathlib import Path

from cxdocs.content.checks.run import RESERVED_IDS
from cxdocs.content.load import discover, relative
from cxdocs.content.repository import Repository
from cxdocs.files import FOLDERS


def id_in_use(root: Path, repo: Repository, kind: str, ident: str) -> str | None:
    """The file already holding this id (its own `id:`, or its file name, in any
    sub-folder and letter case, readable or not), or None."""
    held = {
        "persona": {k: e.doc.rel for k, e in repo.personas.items()},
        "journey": {k: e.doc.rel for k, e in repo.journeys.items()},
        "blueprint": {k: e.doc.rel for k, e in repo.blueprints.items()},
        "source": {k: e.doc.rel for k, e in repo.sources.items()},
    }[kind]
    if ident in held:
        return held[ident]
    for path, found in discover(root):
        if found == kind and path.stem.lower() == ident:
            return relative(path, root)
    if ident in RESERVED_IDS:
        return f"the generated page {FOLDERS[kind]}/{ident}.md"
    return None
