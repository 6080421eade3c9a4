"""git -> when each content file last changed, and the commit a build is made from.

A printed map or a downloaded PDF travels without its repository, so its title
block says which version it shows: the date of the content's last change and the
commit. Both come from one `git log` over the content folders, read once per
build; the newest commit touching a file is its last change.

Unknown stays unknown: outside git, before the first commit, or in a shallow
clone (where the one fetched commit seems to have added every file) there is no
date rather than a wrong one.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cxdocs.changes.git import GitError, toplevel
from cxdocs.changes.git import run as _git
from cxdocs.files import FOLDERS

_RECORD = "\x1e"


@dataclass(frozen=True)
class LastChange:
    date: str  # YYYY-MM-DD, the committer date of the newest commit touching the file
    commit: str  # its full id


@dataclass(frozen=True)
class Provenance:
    """Where a build's content comes from: the commit checked out and each file's last change."""

    head: str | None  # the checked-out commit, None outside git or before the first commit
    dirty: bool  # content files differ from `head` (uncommitted edits)
    # Absolute, resolved paths of committed content files without uncommitted
    # edits: a file being edited has no "last change" to print until it is committed.
    files: dict[Path, LastChange]

    def last_change(self, path: Path) -> LastChange | None:
        return self.files.get(path.resolve())

    def dates(self) -> dict[Path, str]:
        """Each file's last-change date, what a diagram's header prints."""
        return {path: change.date for path, change in self.files.items()}


UNKNOWN = Provenance(head=None, dirty=False, files={})


def read(root: Path) -> Provenance:
    """The provenance of the content under `root` (the folder holding the settings)."""
    try:
        top = toplevel(root).resolve()
        head = _git(top, "rev-parse", "--verify", "--quiet", "HEAD^{commit}").decode().strip()
        edited = _edited(top, root)
        if _git(top, "rev-parse", "--is-shallow-repository").decode().strip() == "true":
            return Provenance(head=head, dirty=bool(edited), files={})
        files = {p: c for p, c in _last_changes(top, root).items() if p not in edited}
        return Provenance(head=head, dirty=bool(edited), files=files)
    except GitError:
        return UNKNOWN


def _folders(top: Path, root: Path) -> list[str]:
    prefix = root.resolve().relative_to(top)
    return [(prefix / folder).as_posix() for folder in FOLDERS.values()]


def _edited(top: Path, root: Path) -> set[Path]:
    """Content files with uncommitted changes (staged, unstaged or untracked)."""
    out = _git(
        top,
        "-c",
        "core.quotePath=false",
        "status",
        "--porcelain",
        "-z",
        "--untracked-files=all",
        "--",
        *_folders(top, root),
    )
    edited: set[Path] = set()
    entries = iter(out.decode("utf-8", "surrogateescape").split("\0"))
    for entry in entries:
        if len(entry) < 4:
            continue
        edited.add(top / entry[3:])
        if entry[0] in "RC":  # a rename or copy is followed by the path it came from
            edited.add(top / next(entries, ""))
    return edited


def _last_changes(top: Path, root: Path) -> dict[Path, LastChange]:
    out = _git(
        top,
        "-c",
        "core.quotePath=false",
        "log",
        "--no-merges",
        "--name-only",
        "-z",
        f"--format={_RECORD}%H %cs",
        "--",
        *_folders(top, root),
    )
    found: dict[Path, LastChange] = {}
    for record in out.decode("utf-8", "surrogateescape").split(_RECORD):
        header, _, names = record.partition("\0")  # -z ends the header with NUL too
        if not header.strip():
            continue
        commit, date = header.split()
        for name in names.split("\0"):
            name = name.strip("\n")
            if name:
                found.setdefault(top / name, LastChange(date=date, commit=commit))
    return found
