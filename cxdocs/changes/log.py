"""git -> the commits that touched content files, and the file versions they wrote.

One `git log --raw` lists, for every commit, the blob ids of each touched file
before and after, so nothing else is asked of git per commit; one
`git cat-file --batch` then reads exactly those blobs. On a long history this
reads the touched files' objects only, never a whole tree per commit.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from cxdocs.changes.git import GitError
from cxdocs.changes.git import run as _git

NO_BLOB = "0" * 40
_RECORD, _FIELD = "\x1e", "\x1f"


@dataclass(frozen=True)
class Touch:
    """One file a commit touched: its path and blob before and after (None: absent)."""

    status: str  # A, M, D, R (renamed), C (copied), T (type changed)
    path_before: str | None
    path_after: str | None
    blob_before: str | None
    blob_after: str | None


@dataclass
class Commit:
    id: str
    date: str  # ISO 8601, the author date
    author: str
    message: str  # the subject line
    touches: list[Touch] = field(default_factory=list)


def is_shallow(root: Path) -> bool:
    """A shallow clone (CI's default `fetch-depth: 1`) only has the last commits."""
    return _git(root, "rev-parse", "--is-shallow-repository").decode().strip() == "true"


def commits(
    root: Path, pathspecs: Sequence[str], since: str | None = None, follow: bool = False
) -> list[Commit]:
    """Non-merge commits touching `pathspecs`, newest first, with what they touched.

    Renames are detected inside the pathspecs (`-M`); `follow` (one file only)
    also follows a file renamed from elsewhere, as `git log --follow` does.
    """
    args = [
        "-c",
        "core.quotePath=false",
        "log",
        "--no-merges",
        "--no-abbrev",
        "--raw",
        "-M",
        "--no-color",
        f"--format={_RECORD}%H{_FIELD}%aI{_FIELD}%an{_FIELD}%s",
    ]
    if since:
        args.append(f"--since={since}")
    if follow:
        args.append("--follow")
    try:
        out = _git(root, *args, "--", *pathspecs)
    except GitError as error:
        if "does not have any commits" in str(error):
            return []
        raise
    return [c for c in map(_parse, out.decode("utf-8", "replace").split(_RECORD)) if c]


def _parse(record: str) -> Commit | None:
    if not record.strip():
        return None
    header, _, rest = record.partition("\n")
    ident, date, author, message = header.split(_FIELD, 3)
    commit = Commit(ident, date, author, message)
    for line in rest.splitlines():
        if not line.startswith(":"):
            continue
        meta, *paths = line.split("\t")
        _, _, old, new, status = meta[1:].split(" ", 4)
        kind = status[:1]
        before = paths[0] if kind != "A" else None
        after = paths[-1] if kind != "D" else None
        commit.touches.append(
            Touch(
                kind,
                before,
                after,
                None if old == NO_BLOB else old,
                None if new == NO_BLOB else new,
            )
        )
    return commit


def read_blobs(root: Path, ids: Iterable[str]) -> dict[str, bytes]:
    """The content of each blob, read with one `git cat-file --batch`."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    batch = _git(root, "cat-file", "--batch", stdin="".join(f"{i}\n" for i in wanted).encode())
    blobs: dict[str, bytes] = {}
    offset = 0
    for ident in wanted:
        header_end = batch.index(b"\n", offset)
        header = batch[offset:header_end].split()
        if len(header) < 3 or header[1] == b"missing":
            offset = header_end + 1
            continue
        size = int(header[2])
        start = header_end + 1
        blobs[ident] = batch[start : start + size]
        offset = start + size + 1  # the blob is followed by a newline
    return blobs
