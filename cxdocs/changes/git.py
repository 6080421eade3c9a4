"""A git revision -> its content folders and settings file, in a temporary folder.

Only what cxdocs reads is written out: the persona, journey and blueprint files
(by suffix, so pictures and other files are ignored) and the settings file.
Blobs are read with `git ls-tree` and one `git cat-file --batch` process, so a
folder missing at a revision is simply absent, and nothing depends on `tar`.
Git errors become `GitError` with a message for people, never a traceback.
"""

from __future__ import annotations

import subprocess
from collections.abc import Sequence
from pathlib import Path, PurePosixPath

from cxdocs.content.load import SUFFIXES
from cxdocs.files import FOLDERS

_SYMLINK, _SUBMODULE = "120000", "160000"


class GitError(Exception):
    """Git cannot answer: not installed, not a repository, unknown revision."""


def _git(cwd: Path, *args: str, stdin: bytes | None = None) -> bytes:
    # --literal-pathspecs: folder names are paths, never glob patterns.
    command = ["git", "--literal-pathspecs", *args]
    try:
        done = subprocess.run(command, cwd=cwd, input=stdin, capture_output=True, check=False)
    except FileNotFoundError:
        raise GitError("git is not installed (or not on PATH); cxdocs needs it here") from None
    except OSError as error:
        raise GitError(f"cannot run git: {error.strerror}") from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise GitError(message[-1] if message else f"git {args[0]} failed")
    return done.stdout


def prefix(folder: Path) -> str:
    """`folder`'s path from the top of its git work tree (`cx/`, or `` at the top
    or outside git): where CI annotations must say a file is."""
    try:
        return _git(folder, "rev-parse", "--show-prefix").decode("utf-8").strip()
    except GitError:
        return ""


def toplevel(folder: Path) -> Path:
    """The root of the git work tree holding `folder`."""
    if not folder.is_dir():
        raise GitError(f"no such folder: {folder}")
    try:
        out = _git(folder, "rev-parse", "--show-toplevel")
    except GitError as error:
        if "not a git repository" not in str(error):
            raise  # e.g. git's "dubious ownership": its own message says what to do
        raise GitError(
            f"{folder} is not inside a git repository; cxdocs reads what changed from "
            "git's history (run it in a clone of your CX repository)"
        ) from None
    return Path(out.decode().strip())


def _has_commits(root: Path) -> bool:
    try:
        _git(root, "rev-parse", "--verify", "--quiet", "HEAD^{commit}")
    except GitError:
        return False
    return True


def resolve(root: Path, revision: str) -> str:
    """The full commit id `revision` names (a branch, tag, `HEAD~1`, a commit id)."""
    if not revision or revision.startswith("-"):
        raise GitError(f"unknown revision '{revision}'")
    try:
        out = _git(root, "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}")
    except GitError:
        if not _has_commits(root):  # right after `git init`: nothing to compare with yet
            raise GitError(
                f"unknown revision '{revision}': this repository has no commits yet; "
                "commit your content first (git add -A && git commit)"
            ) from None
        raise GitError(
            f"unknown revision '{revision}': no branch, tag or commit has that name "
            "(in CI, fetch the base branch first, e.g. 'git fetch origin main')"
        ) from None
    return out.decode().strip()


def content_paths(prefix: PurePosixPath, config_name: str) -> list[str]:
    """Paths, from the repository root, of what `export` writes out."""
    return [str(prefix / folder) for folder in FOLDERS.values()] + [str(prefix / config_name)]


def export(root: Path, commit: str, paths: Sequence[str], dest: Path) -> list[str]:
    """Write the content files under `paths` at `commit` into `dest`; return their paths."""
    listing = _git(root, "ls-tree", "-r", "-z", "--full-tree", commit, "--", *paths)
    wanted: list[tuple[str, str]] = []  # (object id, path)
    for record in listing.split(b"\0"):
        if not record:
            continue
        meta, _, raw_path = record.partition(b"\t")
        mode, kind, oid = meta.decode().split()
        path = raw_path.decode("utf-8", "surrogateescape")
        if kind != "blob" or mode in (_SYMLINK, _SUBMODULE) or not _safe(path):
            continue
        if path in paths or PurePosixPath(path).suffix in SUFFIXES:
            wanted.append((oid, path))
    if not wanted:
        return []
    batch = _git(root, "cat-file", "--batch", stdin="".join(f"{o}\n" for o, _ in wanted).encode())
    offset = 0
    for _oid, path in wanted:
        header_end = batch.index(b"\n", offset)
        size = int(batch[offset:header_end].split()[2])
        start = header_end + 1
        target = dest.joinpath(*PurePosixPath(path).parts)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(batch[start : start + size])
        offset = start + size + 1  # the blob is followed by a newline
    return [path for _, path in wanted]


def _safe(path: str) -> bool:
    parts = PurePosixPath(path).parts
    return bool(parts) and not path.startswith("/") and ".." not in parts


run = _git  # the one way cxdocs runs git; cxdocs.changes.history shares it
