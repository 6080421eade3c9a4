"""What each content file gave when it was last read, kept between builds.

A site build reads and validates every content file, yet between two builds
usually nothing, or one file, changed. A file whose bytes are exactly what
they were is neither parsed nor validated again: while `mkdocs serve` runs,
its document and model are the very objects of the last build (so the page
cache's digests of those models carry over too, see
cxdocs.site.pagecache.ModelDigests); between build processes they come from
the cache folder, one small file per content file. Cross-file checks still
run on every build, over every file, so a change in one file is still checked
against all others.

Only what a file's bytes alone decide is kept: reading (encoding, YAML, front
matter) and validation against its kind's model. Models are frozen, so no
later step can change what the next build reuses.

The cache files are pickles: loading them is several times faster than
parsing the files again. Like Jinja's bytecode cache, they are only ever read
from the repository's own cache folder, which whoever can write to could also
change the repository's code; they sit in a folder per cxdocs code and
Python, PyYAML and pydantic versions. Each is verified before use (the digest
of its bytes, see cxdocs.cache.load): a damaged one is read from the
content file again and written anew, so the cache heals itself.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import pickle
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from cxdocs import cache as store
from cxdocs.content.checks.parallel import in_background, parse_all, settle
from cxdocs.content.load import Document, parse_document, read_document
from cxdocs.content.validation.validate import Validated, validate

# Modules whose behaviour decides a document or model (besides cxdocs itself),
# by their own version attribute: asking the installed packages' metadata
# instead (importlib.metadata) costs a check that reuses every document 5%.
READING_MODULES = (
    ("yaml", "__version__"),
    ("pydantic", "VERSION"),
    ("pydantic_core", "__version__"),
)
FOLDER = "documents"  # in the cache folder, then one folder per code fingerprint
ENTRY_FORMAT = "pickle"

Key = tuple[str, str, str]  # path, repository root, kind
# Background writers (see DocumentMemo.write_behind) this process has not waited for.
_WRITERS: list[int] = []


@dataclass
class _Entry:
    key: Key
    doc: Document  # its `digest` says which bytes it was read from
    validated: Validated[Any] | None = None


@cache
def reading_fingerprint() -> str:
    """Changes with cxdocs' code and the libraries that read and validate content."""
    versions = [
        f"{name}=={getattr(importlib.import_module(name), attribute)}"
        for name, attribute in READING_MODULES
    ]
    return store.digest([store.code_fingerprint(()), *versions])


class DocumentMemo:
    """Documents of the last build by path, kept while their bytes stay the same.

    `long_lived`: the memo outlives one build (`mkdocs serve`); the objects it
    keeps then stay in memory, and the loader leaves garbage collection alone.
    Between processes each file's entry is a small file of its own in the
    cache folder, so a build after one edit writes one entry, not all.

    `write_behind`: new entries are written by a forked process while this one
    goes on (`cxdocs check`: a first check, with every file new, then costs
    what reading alone costs; pickling and writing them is a third more). Each
    entry is written atomically, so a writer cut short only leaves fewer.
    """

    def __init__(self, long_lived: bool = False, write_behind: bool = False) -> None:
        self.long_lived = long_lived
        self.write_behind = write_behind
        self._entries: dict[Key, _Entry] = {}
        self._previous: dict[Key, _Entry] = {}
        self._by_doc: dict[int, _Entry] = {}
        self._new: set[Key] = set()  # entries to keep on disk: read or validated afresh
        self._folder: Path | None = None

    def start(self, folder: Path | None = None) -> None:
        """A new build begins: what the last one read may be reused once more,
        and entries kept in the cache `folder` (if any) too."""
        settle(_WRITERS)  # what the last build of this process wrote is all there
        self._previous = {**self._previous, **self._entries}
        self._entries, self._by_doc, self._new = {}, {}, set()
        self._folder = folder / FOLDER / reading_fingerprint()[:16] if folder is not None else None

    def documents(
        self,
        files: Sequence[tuple[Path, str]],
        root: Path,
        progress: Callable[[int, int], None] | None = None,
    ) -> list[Document]:
        """The document of each `(path, kind)` of `files`, in order: kept ones
        as they are, the others parsed (on every core where that is safe, see
        cxdocs.content.checks.parallel); `progress(done, total)` as they are."""
        found: list[Document] = []
        unread: list[tuple[int, Key]] = []  # where in `found`, and whose
        pending: list[tuple[Document, bytes]] = []
        for path, kind in files:
            doc, raw = read_document(path, root, kind)
            found.append(doc)
            if raw is None:
                continue  # a file that cannot be read is reported afresh each time
            key = (str(path), str(root), kind)
            entry = self._previous.pop(key, None)
            if entry is None and self._folder is not None:
                entry = _read(self._folder, key)
            if entry is None or entry.doc.digest != hashlib.sha256(raw).hexdigest():
                unread.append((len(found) - 1, key))
                pending.append((doc, raw))
            else:
                found[-1] = self._keep(entry)
        kept = len(files) - len(pending)

        def parsed(done: int) -> None:
            if progress:
                progress(kept + done, len(files))

        docs = parse_all(pending, parsed, parse_document)
        for (index, key), doc in zip(unread, docs, strict=True):
            found[index] = self._keep(_Entry(key, doc))
            self._new.add(key)
        if progress:
            progress(len(files), len(files))
        return found

    def _keep(self, entry: _Entry) -> Document:
        self._entries[entry.key] = entry
        self._by_doc[id(entry.doc)] = entry
        return entry.doc

    def validate(self, doc: Document, model: type[Any]) -> Validated[Any]:
        entry = self._by_doc.get(id(doc))
        if entry is None:
            return validate(doc, model)
        if entry.validated is None:
            entry.validated = validate(doc, model)
            self._new.add(entry.key)
        return entry.validated

    def finish(self) -> None:
        """Every file is read: forget files that are gone, and keep what was
        read afresh in the cache folder (not while a preview runs: it keeps all
        in memory, and writing would only delay its rebuild)."""
        self._previous = {}
        if self._folder is None or self.long_lived or not self._new:
            return
        folder, entries = self._folder, [self._entries[key] for key in sorted(self._new)]

        def write() -> None:
            for entry in entries:
                _write(folder, entry)

        writer = in_background(write) if self.write_behind else None
        if writer is None:
            write()
        else:
            _WRITERS.append(writer)


def _name(key: Key) -> str:
    return store.digest(key)


def _read(folder: Path, key: Key) -> _Entry | None:
    raw = store.load(folder, _name(key), ENTRY_FORMAT)
    if raw is None:
        return None
    try:
        entry = pickle.loads(raw)
    except Exception:  # written by a cxdocs that differs in a way the key missed: read the file
        return None
    return entry if isinstance(entry, _Entry) and entry.key == key else None


def _write(folder: Path, entry: _Entry) -> None:
    try:
        data = pickle.dumps(entry, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # something that cannot be pickled: no cache, never a failed build
        return
    with contextlib.suppress(OSError):  # a cache that cannot be written only costs time
        store.store(folder, _name(entry.key), ENTRY_FORMAT, data)
