"""A folder of rendered diagrams, so an unchanged diagram is laid out only once.

Keys are content hashes: the DOT source, the Graphviz version (a new Graphviz
may draw differently) and the output format. Entries are never updated in
place, so there is nothing to invalidate; a stale folder can simply be deleted.
Writes go to a temporary file renamed into place, so a build that is
interrupted, or two builds running at once, never leave a half-written file.

Every entry is verified on use: it ends with a trailer giving its size and
SHA-256, and `load` (or `read_file`) returns None, deleting the file, when
they do not match. So a disk fault, a power loss after the rename but before
the data reached the disk, or a tool that edited the file in place can only
cost a redraw, never a traceback or a wrong page. Every cache of cxdocs
(documents, diagrams, pages, history, compiled templates) reads and writes
through `seal` and `unseal` here, so the rule lives in one place.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import struct
import sys
from collections.abc import Iterable
from pathlib import Path

from cxdocs.files import atomic_write, link_or_copy

VERSION_FILE = "graphviz-version.json"
# The trailer every entry ends with: a magic word, the payload's size, its SHA-256.
_TRAILER = struct.Struct("<8sQ32s")
_MAGIC = b"cxcache1"
log = logging.getLogger("cxdocs.cache")


def seal(data: bytes) -> bytes:
    """`data` followed by the trailer that `unseal` verifies."""
    return data + _TRAILER.pack(_MAGIC, len(data), hashlib.sha256(data).digest())


def unseal(raw: bytes) -> bytes | None:
    """The payload of a sealed entry, or None when it is not intact (cut
    short, emptied, garbled, extended, or written before entries were sealed)."""
    if len(raw) < _TRAILER.size:
        return None
    size = len(raw) - _TRAILER.size
    magic, written, sha = _TRAILER.unpack_from(raw, size)
    payload = raw[:size]
    if magic != _MAGIC or written != size or hashlib.sha256(payload).digest() != sha:
        return None
    return payload


def read_file(path: Path) -> bytes | None:
    """The verified payload of the entry at `path`; None on a miss. A damaged
    entry is deleted, so the fresh one the caller draws can take its place."""
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    payload = unseal(raw)
    if payload is None:
        log.info("cxdocs: dropped a damaged cache entry, %s (it is made again)", path.name)
        with contextlib.suppress(OSError):
            path.unlink()
    return payload


def write_file(path: Path, data: bytes) -> None:
    """Write an entry at `path`, sealed, atomically (see `read_file`)."""
    atomic_write(path, seal(data))


def digest(parts: Iterable[str | bytes]) -> str:
    """sha256 over `parts`, each closed by a separator: ("ab", "c") and ("a",
    "bc") differ. Every cache key of cxdocs is one of these."""
    sha = hashlib.sha256()
    for part in parts:
        sha.update(part.encode("utf-8") if isinstance(part, str) else part)
        sha.update(b"\0")
    return sha.hexdigest()


def folder_parts(folder: Path, skip: tuple[str, ...] = ()) -> list[str | bytes]:
    """Every file below `folder` (none in a part of the path named in `skip`),
    as its relative path and its bytes: what a digest of the folder is made of."""
    parts: list[str | bytes] = []
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).as_posix()
        if path.is_file() and not set(relative.split("/")) & set(skip):
            parts += [relative, path.read_bytes()]
    return parts


def code_fingerprint(packages: Iterable[str]) -> str:
    """Changes whenever cxdocs' code, templates or labels change (not its
    fonts), or the version of one of `packages`, or Python's."""
    parts = folder_parts(Path(__file__).resolve().parent, skip=("__pycache__", "fonts"))
    parts.append(sys.version)
    packages = tuple(packages)
    if not packages:
        return digest(parts)
    # Imported here: importlib.metadata (and the zipfile, email and csv modules
    # it pulls in) costs a check that reuses every document a tenth of its time.
    from importlib import metadata

    for name in packages:
        try:
            parts.append(f"{name}=={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{name} absent")
    return digest(parts)


def key(dot_source: str, graphviz_version: str, fmt: str) -> str:
    """sha256 over everything that decides the rendered bytes."""
    return digest((graphviz_version, fmt, dot_source))


def path(cache_dir: str | Path, key: str, fmt: str) -> Path:
    """Where the entry for `key` lives (it may not exist yet)."""
    return _path(cache_dir, key, fmt)


def _path(cache_dir: str | Path, key: str, fmt: str) -> Path:
    return Path(cache_dir) / f"{key}.{fmt}"


def load(cache_dir: str | Path, key: str, fmt: str) -> bytes | None:
    """The cached bytes, verified, or None on a miss (an unreadable or damaged
    entry is a miss, and is deleted)."""
    return read_file(_path(cache_dir, key, fmt))


def remembered_version(cache_dir: str | Path, binary: str) -> str | None:
    """The `dot -V` text remembered for `binary` ("path|mtime|size"), if any.

    Cache keys include Graphviz's version; remembering it here means a warm
    build, where every diagram is cached, starts no Graphviz process at all.
    """
    raw = read_file(Path(cache_dir) / VERSION_FILE)
    try:
        known = json.loads(raw) if raw is not None else None
    except ValueError:
        return None
    version = known.get(binary) if isinstance(known, dict) else None
    return version if isinstance(version, str) else None


def remember_version(cache_dir: str | Path, binary: str, version: str) -> None:
    """Remember `dot -V` for this binary; a reinstalled Graphviz has another key."""
    data = json.dumps({binary: version}, sort_keys=True).encode("utf-8")
    write_file(Path(cache_dir) / VERSION_FILE, data)


def link(cache_dir: str | Path, key: str, fmt: str, source: Path) -> None:
    """Make an entry that is the file `source` (another sealed entry): a hard
    link, so the cache holds one copy; a copy where links are not possible.
    Atomic. Only entries share files: nothing outside the cache ever links to
    one (see `copy_out`)."""
    link_or_copy(source, _path(cache_dir, key, fmt))


def store(cache_dir: str | Path, key: str, fmt: str, data: bytes) -> None:
    """Write an entry atomically: temporary file in the same folder, then rename."""
    write_file(_path(cache_dir, key, fmt), data)
