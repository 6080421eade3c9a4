"""What each content file gave when it was last read, kept between builds.

A site build reads and validates every content file, yet between two builds
usually nothing, or one file, changed. A file whose bytes are exactly what
they were is neither parsed nor validated again: while `mkdocs serve` runs,
its document and model are the very objects of the last build (so the page
cache's digests of those models carry over too, see
cxdocs.site.pagecache.ModelDigests); between build processes they come from
one file in the cache folder. Cross-file checks still run on every build,
over every file, so a change in one file is still checked against all others.

Only what a file's bytes alone decide is kept: reading (encoding, YAML, front
matter) and validation against its kind's model. Models are frozen, so no
later step can change what the next build reuses.

The cache file is a pickle: loading it is several times faster than parsing
the files again. Like Jinja's bytecode cache, it is only ever read from the
repository's own cache folder, which whoever can write to could also change
the repository's code; it is keyed by cxdocs' code and the versions of Python
and the libraries that parse and validate, and anything unreadable in it is
simply ignored.
"""

from __future__ import annotations

import contextlib
import hashlib
import pickle
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from cxdocs import cache as store
from cxdocs.checks.schema import Validated, validate
from cxdocs.load import Document, parse_document, read_document

# Packages whose behaviour decides a document or model (besides cxdocs itself).
READING_PACKAGES = ("pyyaml", "pydantic", "pydantic-core")
FILE_KEY = "documents"
FILE_FORMAT = "pickle"

Key = tuple[str, str, str]  # path, repository root, kind


@dataclass
class _Entry:
    doc: Document  # its `digest` says which bytes it was read from
    validated: Validated[Any] | None = None


@cache
def _fingerprint() -> str:
    return store.code_fingerprint(READING_PACKAGES)


class DocumentMemo:
    """Documents of the last build by path, kept while their bytes stay the same.

    `long_lived`: the memo outlives one build (`mkdocs serve`); the objects it
    keeps then stay in memory, and the loader leaves garbage collection alone.
    """

    def __init__(self, long_lived: bool = False) -> None:
        self.long_lived = long_lived
        self._entries: dict[Key, _Entry] = {}
        self._previous: dict[Key, _Entry] = {}
        self._by_doc: dict[int, _Entry] = {}
        self._changed = False

    def start(self, folder: Path | None = None) -> None:
        """A new build begins: what the last one read may be reused once more
        (from the cache file in `folder` when this memo has nothing yet)."""
        self._previous = {**self._previous, **self._entries}
        self._entries, self._by_doc, self._changed = {}, {}, False
        if not self._previous and folder is not None:
            self._previous = _read(folder)

    def document(self, path: Path, root: Path, kind: str) -> Document:
        doc, raw = read_document(path, root, kind)
        if raw is None:
            return doc  # a file that cannot be read is reported afresh each time
        key = (str(path), str(root), kind)
        digest = hashlib.sha256(raw).hexdigest()
        entry = self._previous.pop(key, None)
        if entry is None or entry.doc.digest != digest:
            entry = _Entry(parse_document(doc, raw))
            self._changed = True
        self._entries[key] = entry
        self._by_doc[id(entry.doc)] = entry
        return entry.doc

    def validate(self, doc: Document, model: type[Any]) -> Validated[Any]:
        entry = self._by_doc.get(id(doc))
        if entry is None:
            return validate(doc, model)
        if entry.validated is None:
            entry.validated = validate(doc, model)
            self._changed = True
        return entry.validated

    def finish(self, folder: Path | None = None) -> None:
        """Every file is read: forget files that are gone, and keep what was
        read in `folder` if anything changed (not while a preview runs: it
        keeps all in memory, and a write would only delay its rebuild)."""
        self._changed = self._changed or bool(self._previous)
        self._previous = {}
        if folder is not None and self._changed and not self.long_lived:
            _write(folder, self._entries)


def _read(folder: Path) -> dict[Key, _Entry]:
    raw = store.load(folder, FILE_KEY, FILE_FORMAT)
    if raw is None:
        return {}
    try:
        fingerprint, entries = pickle.loads(raw)
    except Exception:  # damaged, or written by another cxdocs: read the files
        return {}
    if fingerprint != _fingerprint() or not isinstance(entries, dict):
        return {}
    return entries


def _write(folder: Path, entries: dict[Key, _Entry]) -> None:
    try:
        data = pickle.dumps((_fingerprint(), entries), protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # something that cannot be pickled: no cache, never a failed build
        return
    with contextlib.suppress(OSError):  # a cache that cannot be written only costs time
        store.store(folder, FILE_KEY, FILE_FORMAT, data)
