"""The one place that decides what cxdocs may write, and writes it safely.

Every command that writes a file (`render -o`, `schema --out`, `new`, `diff
--svg-dir`, `import`, `init`, slides...) goes through `Outputs`, so the rules
hold everywhere:

- content is sacred: nothing is ever written into `personas/`, `journeys/` or
  `blueprints/` except by `create` (used by `new`, `import`, `init`), which makes
  new files and never replaces one; the settings file is never replaced;
- an existing file is replaced only when cxdocs produced it and nobody changed it
  since (a ledger of what was written, path -> SHA-256), or with `--force`, which
  still never replaces content or settings;
- missing parent folders are created;
- a file is written to a temporary name beside it and renamed into place, so a
  crash or a full disk never leaves a half-written file.

`cxdocs build`'s generated site sources are owned through a manifest instead
(`cxdocs.publish.owned`), on top of `Outputs`' rules.

The ledger lives in the user's state folder (`$CXDOCS_STATE_DIR`, else
`$XDG_STATE_HOME/cxdocs`, else `~/.local/state/cxdocs`), not in the repository,
so it never shows up in `git status`.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
import shutil
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

# Content folder for each kind, relative to the repository root. Here, below every
# stage, because the rules for writing files protect them too.
FOLDERS: dict[str, str] = {
    "persona": "personas",
    "journey": "journeys",
    "blueprint": "blueprints",
    "source": "research",
}
# Where engines keep the site's settings; cxdocs reads its own from the first found.
SETTINGS_NAMES = (
    "mkdocs.yml",
    "mkdocs.yaml",
    "properdocs.yml",
    "properdocs.yaml",
    "zensical.toml",
)


class WriteRefused(Exception):
    """cxdocs will not write this file; the message says why and what to do instead."""


def _state_dir() -> Path:
    explicit = os.environ.get("CXDOCS_STATE_DIR")
    if explicit:
        return Path(explicit)
    xdg = os.environ.get("XDG_STATE_HOME")
    base = Path(xdg) if xdg else Path.home() / ".local" / "state"
    return base / "cxdocs"


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def unsafe_folder(
    folder: Path, root: Path, docs_dir: Path | None, *, emptied: bool = True
) -> str | None:
    """Why cxdocs or MkDocs must not use `folder` for output, or None if it is safe.

    MkDocs empties `site_dir` before every build, so a site_dir that is, holds
    or lies inside a content folder, docs_dir or the repository itself deletes
    what people wrote. With `emptied=False` (a cache that is only added to),
    only being or lying inside those folders is refused.
    """
    target = folder.resolve()
    base = root.resolve()
    protected = [(base / name, f"the content folder {name}/") for name in FOLDERS.values()]
    if docs_dir is not None:
        protected.append((docs_dir.resolve(), f"docs_dir ({relative_name(docs_dir, base)}/)"))
    for place, name in protected:
        if target == place:
            return f"is {name}"
        if place in target.parents:
            return f"lies inside {name}"
        if emptied and target in place.parents:
            return f"contains {name}"
    if target == base or (emptied and target in base.parents):
        return "is the repository itself" if target == base else "contains the repository"
    return None


def relative_name(path: Path, base: Path) -> str:
    try:
        return path.resolve().relative_to(base).as_posix()
    except ValueError:
        return path.as_posix()


def atomic_write(path: Path, data: bytes, *, replace: bool = True) -> None:
    """Write `data` to `path` through a temporary file in the same folder.

    With `replace=False` the final step is a hard link, which fails if `path`
    appeared meanwhile: a file is never clobbered, even by a race.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = _new_temporary(path)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        if replace:
            os.replace(temp, path)
        else:
            os.link(temp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)


def _new_temporary(path: Path) -> tuple[int, str]:
    """Open a new, empty temporary file beside `path` for writing.

    Not `tempfile.mkstemp`: its files are private (0600) whatever the umask,
    and the rename passes that on, so a web server or GitHub Pages' upload
    could not read the site. Mode 0666 lets the kernel apply the umask, as
    for any file an editor saves (0644 with the usual umask)."""
    while True:
        temp = str(temporary_name(path))
        try:
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
            return os.open(temp, flags, 0o666), temp
        except FileExistsError:
            continue  # another writer's name: 64 random bits make this rare


def temporary_name(path: Path) -> Path:
    """A hidden name beside `path` that no other writer picks (64 random bits)."""
    return path.with_name(f".{path.name}.{secrets.token_hex(8)}.tmp")


def link_or_copy(source: Path, target: Path) -> None:
    """Make `target` the file `source`: a hard link when both are on one file
    system (no data moves: a large site's downloads are hundreds of megabytes,
    and the cache keeps one copy of each), else a copy. Atomic: a new name is
    linked in one step, a name in use is replaced through a temporary name.
    Only for cache entries (cxdocs.cache.link): a site's files are copies
    (`write_if_changed`), since tools edit built sites in place and a shared
    file would carry their edit into the cache."""
    try:
        os.link(source, target)  # the usual case, one system call: a new name
        return
    except FileExistsError:
        if _same_file(source, target):
            return  # already this file (a `mkdocs serve` rebuild, a warm cache)
    except FileNotFoundError:
        if not source.exists():
            raise  # else the folder is missing: made below
    except OSError:  # another file system, or links not allowed here: copy below
        pass
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = temporary_name(target)
    try:
        try:
            os.link(source, temp)
        except OSError:
            shutil.copyfile(source, temp)
        os.replace(temp, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)


def write_if_changed(path: Path, data: bytes) -> bool:
    """Write `data` at `path` unless it already holds exactly that, in a file
    of its own; True if it wrote. A file with other names (a hard link into the
    cache, as earlier versions made) is replaced by a copy, so an edit of the
    site can never reach the cache."""
    try:
        with open(path, "rb") as handle:
            if os.fstat(handle.fileno()).st_nlink == 1 and handle.read() == data:
                return False
    except OSError:
        pass
    atomic_write(path, data)
    return True


def _same_file(one: Path, other: Path) -> bool:
    try:
        return os.path.samefile(one, other)
    except OSError:
        return False


class Ledger:
    """Which files cxdocs wrote, and what it wrote there (path -> SHA-256)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or _state_dir() / "outputs.json"
        self._entries: dict[str, str] | None = None
        self._dirty = False

    def _load(self) -> dict[str, str]:
        if self._entries is None:
            try:
                raw = json.loads(self.path.read_text(encoding="utf-8"))
                self._entries = {str(k): str(v) for k, v in raw.items()}
            except (OSError, ValueError, AttributeError):
                self._entries = {}
        return self._entries

    def produced(self, path: Path, current: bytes) -> bool:
        """True if cxdocs wrote exactly these bytes at `path` last time."""
        return self._load().get(str(path)) == digest(current)

    def record(self, path: Path, data: bytes) -> None:
        self._load()[str(path)] = digest(data)
        self._dirty = True

    def save(self) -> None:
        if not self._dirty:
            return
        entries = self._load()
        # Forget files that are gone, so the ledger does not grow forever.
        kept = {k: v for k, v in sorted(entries.items()) if os.path.exists(k)}
        with contextlib.suppress(OSError):  # a read-only home must not fail a render
            atomic_write(self.path, json.dumps(kept, indent=0).encode("utf-8"))
        self._dirty = False


class Outputs:
    """Writes files for one command run, under the rules in the module docstring.

    `root` is the repository (the folder holding the settings file), `docs_dir`
    its hand-written pages; both may be None outside a repository. Use as a
    context manager (or call `close()`) so the ledger is saved.
    """

    def __init__(
        self,
        root: Path | None = None,
        docs_dir: Path | None = None,
        *,
        force: bool = False,
        ledger: Ledger | None = None,
    ) -> None:
        self.root = root.resolve() if root else None
        self.docs_dir = docs_dir.resolve() if docs_dir else None
        self.force = force
        self.ledger = ledger or Ledger()
        self.written: list[Path] = []

    # --- rules -------------------------------------------------------------

    def content_folders(self) -> list[Path]:
        if self.root is None:
            return []
        return [self.root / name for name in FOLDERS.values()]

    def protected_reason(self, path: Path) -> str | None:
        """Why `path` is content that output must never replace, or None."""
        target = path.resolve()
        for folder in self.content_folders():
            if inside(target, folder):
                return f"it is inside the content folder {folder.name}/"
        if target.name in SETTINGS_NAMES and (self.root is None or target.parent == self.root):
            return "it is the site's settings file"
        if self.root is not None and target == self.root:
            return "it is the repository itself"
        return None

    def _check_replace(
        self, target: Path, data: bytes, ours: Callable[[bytes], bool] | None = None
    ) -> None:
        if target.is_dir():
            raise WriteRefused(f"{target} is a folder; give a file name")
        if not target.exists():
            return
        try:
            current = target.read_bytes()
        except OSError as error:
            raise WriteRefused(f"cannot read {target} to check it: {error}") from None
        if current == data or self.ledger.produced(target, current) or self.force:
            return
        if ours is not None and ours(current):  # recognisably an earlier cxdocs output
            return
        raise WriteRefused(
            f"{target} exists and was not written by cxdocs (or was changed since); "
            "not replacing it. Choose another file name, delete it yourself, or pass --force"
        )

    # --- writing -----------------------------------------------------------

    def write(
        self, path: Path, data: bytes | str, *, ours: Callable[[bytes], bool] | None = None
    ) -> Path:
        """Write an output file (a diagram, a schema, a report...). Raises WriteRefused.

        `ours(current)` may recognise an existing file as an earlier output of the
        same kind (e.g. a generated schema in a fresh clone, unknown to the ledger).
        """
        blob = data.encode("utf-8") if isinstance(data, str) else data
        target = path.absolute()
        reason = self.protected_reason(target)
        if reason is not None:
            raise WriteRefused(f"refusing to write {path}: {reason}; write outputs elsewhere")
        self._check_replace(target, blob, ours)
        try:
            atomic_write(target, blob)
        except OSError as error:
            raise WriteRefused(f"cannot write {path}: {error.strerror or error}") from None
        self.ledger.record(target.resolve(), blob)
        self.written.append(path)
        return path

    def folder(self, path: Path) -> Path:
        """Make sure an output folder exists (created if missing) and may be written to."""
        target = path.absolute()
        reason = self.protected_reason(target / "_")
        if reason is not None:
            raise WriteRefused(f"refusing to write into {path}: {reason}; write outputs elsewhere")
        if target.exists() and not target.is_dir():
            raise WriteRefused(f"{path} is a file, not a folder")
        try:
            target.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise WriteRefused(f"cannot create {path}: {error.strerror or error}") from None
        return path

    def create(self, path: Path, data: bytes | str) -> Path:
        """Create a new file, content included (`new`, `import`, `init`); never replace one."""
        blob = data.encode("utf-8") if isinstance(data, str) else data
        target = path.absolute()
        if target.exists() or target.is_symlink():
            raise WriteRefused(f"{path} already exists; not overwriting it")
        try:
            atomic_write(target, blob, replace=False)
        except FileExistsError:
            raise WriteRefused(f"{path} already exists; not overwriting it") from None
        except OSError as error:
            raise WriteRefused(f"cannot write {path}: {error.strerror or error}") from None
        self.written.append(path)
        return path

    def close(self) -> None:
        self.ledger.save()

    def __enter__(self) -> Outputs:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
