"""Each journey's story over time, read from git: `cxdocs history` and the site's History section.

git log (touched files only) -> file versions -> the diff engine, commit by
commit -> timelines, newest first. Needs the repository's git history: a
shallow clone or a folder outside git has none, and callers say so (the CLI
with a message, the site by leaving the section out).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path, PurePosixPath

from cxdocs.changes import git
from cxdocs.changes.log import commits, is_shallow
from cxdocs.changes.timeline import HISTORY_KINDS, Entry, Timeline, build, open_high_pains
from cxdocs.content.repository import Repository
from cxdocs.files import FOLDERS

__all__ = ["Entry", "NoHistory", "Timeline", "load_history", "open_high_pains"]


class NoHistory(Exception):
    """No git history to read: not a git repository, a shallow clone, git missing."""


def load_history(
    repo: Repository,
    paths: Sequence[Path] = (),
    since: str | None = None,
    cache_dir: Path | None = None,
) -> list[Timeline]:
    """The timelines of the journeys and blueprints under `paths` (default: all of them).

    `repo.root` is the folder holding the settings; `cache_dir` (e.g. the
    diagram cache) keeps each commit's result, so the next run only reads new ones.
    Raises NoHistory when there is no usable git history.
    """
    try:
        top = git.toplevel(repo.root)
        if is_shallow(top):
            raise NoHistory(
                "this is a shallow clone, so its history is cut short; fetch the whole "
                "history (in GitHub Actions: actions/checkout with fetch-depth: 0)"
            )
        prefix = PurePosixPath(repo.root.resolve().relative_to(top.resolve()).as_posix())
        folders = [str(prefix / FOLDERS[kind]) for kind in HISTORY_KINDS.values()]
        specs = [_spec(path, top) for path in paths] or folders
        single_file = len(paths) == 1 and Path(paths[0]).is_file()
        found = commits(top, specs, since, follow=single_file)
        timelines = build(top, prefix, found, repo, cache_dir / "history" if cache_dir else None)
    except git.GitError as error:
        raise NoHistory(str(error)) from None
    # Following one file, git goes on with the file a copy was made from: only
    # the objects asked for are reported.
    return [t for t in timelines if any(_under(t.path, spec) for spec in specs)]


def _under(path: str, spec: str) -> bool:
    return spec == "." or path == spec or path.startswith(spec.rstrip("/") + "/")


def _spec(path: Path, top: Path) -> str:
    try:
        return path.resolve().relative_to(top.resolve()).as_posix() or "."
    except ValueError:
        raise NoHistory(f"{path} is not inside the git work tree {top}") from None
