"""Content files -> raw data with source positions.

Finds persona, journey and blueprint files in their folders, reads YAML files
and Markdown files with YAML front matter, and turns anything unreadable (not
UTF-8, binary, too large, broken YAML, no front matter) into one clear problem
instead of an exception. Nothing here knows the content model.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cxdocs import GUIDE_URL
from cxdocs.content.encodings import decode, salvage
from cxdocs.content.problems import Problem, Severity, problem
from cxdocs.content.yaml.errors import prescan
from cxdocs.content.yaml.source import Position, SourceMap, parse_yaml
from cxdocs.files import FOLDERS
from cxdocs.i18n.say import Say, Text, say

MAX_BYTES = 2 * 1024 * 1024
YAML_SUFFIXES = (".yaml", ".yml")
SUFFIXES = (*YAML_SUFFIXES, ".md")  # in any letter case: `Ana.YAML` is read too
# `key: value` lines at the top level, read from a file YAML cannot parse, so
# other files' checks still know what it refers to (its persona is not "unused").
_TOP_LEVEL = re.compile(
    r"^([a-z_]+)[ \t]*:[ \t]*[\"']?([^\s\"'#\[{][^\"'#\r\n]*?)[\"']?[ \t]*(?:#.*)?\r?$", re.M
)


@dataclass
class Document:
    """One content file as read: its data (a mapping) or the problem that stopped it."""

    path: Path
    rel: str  # shown in messages: relative to the repository root, with '/'
    kind: str  # persona | journey | blueprint
    data: dict[str, Any] | None
    source: SourceMap = field(default_factory=SourceMap)
    body: str | None = None  # the Markdown after the front matter of a .md file
    problems: list[Problem] = field(default_factory=list)
    # Top-level `key: value` text of a file whose YAML could not be read.
    salvaged: dict[str, str] = field(default_factory=dict)
    # sha256 of the file's bytes, once read: what everything here was made from.
    digest: str = ""

    @property
    def stem(self) -> str:
        return self.path.stem

    def problem(
        self, code: str, message: Text, hint: Text, at: Position, severity: Severity = "error"
    ) -> Problem:
        return problem(self.rel, (at.line, at.col), severity, code, message, hint)


def relative(path: Path, root: Path) -> str:
    # Without resolving links first: a file in a linked folder is shown where
    # it appears in the repository, not where the link points.
    try:
        return Path(os.path.abspath(path)).relative_to(os.path.abspath(root)).as_posix()
    except ValueError:
        pass
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def is_content_name(name: str) -> bool:
    """A file name cxdocs reads: .yaml/.yml/.md in any case, not hidden (`.x`, `_x`).

    Editor backups and leftovers (`x.yaml~`, `x.yaml.bak`, `.x.yaml.swp`,
    `x.yaml.orig`) end in another suffix or start with a dot, so they are skipped.
    """
    return not name.startswith((".", "_")) and os.path.splitext(name)[1].lower() in SUFFIXES


def _key(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_dev, info.st_ino


def content_files(base: Path) -> Iterator[Path]:
    """Content files under `base`, sorted; linked folders are followed, each once.

    A folder reached twice (two links to one folder) is read the first time
    only, so no file is read twice. A link to a folder above it (`..`, the
    content folder, the repository) is not followed but listed, so reading it
    reports it: followed, it would loop or pull the whole repository in.
    A broken link with a content name is still listed: reading it reports it.
    An entry that cannot even be looked at (a loop of links: ELOOP) is listed
    whatever its name, so reading it reports it at its path.
    """
    # Every folder above `base` is an ancestor: a link up the tree is a loop.
    above = {*Path(os.path.abspath(base)).parents, *base.resolve().parents}
    ancestors = frozenset(key for key in map(_key, above) if key is not None)
    seen: set[tuple[int, int]] = set(ancestors)
    pending = [(base, ancestors)]
    found: list[Path] = []
    while pending:
        folder, up = pending.pop()
        try:
            key = _key(folder)
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            continue
        if key is None or key in seen:
            continue
        seen.add(key)
        up = up | {key}
        folders = []
        for entry in entries:
            path = Path(entry.path)
            if entry.name.startswith((".", "_")):
                continue
            try:
                is_dir = entry.is_dir()  # follows links
            except OSError:  # a loop of links: reading it reports why
                found.append(path)
                continue
            if is_dir and entry.is_symlink() and _key(path) in up:
                found.append(path)  # a link to a folder above it: reported, not followed
            elif is_dir:
                folders.append((path, up))
            elif is_content_name(entry.name):
                found.append(path)
        pending.extend(reversed(folders))  # depth first, in name order: deterministic
    yield from sorted(found)


def discover(root: Path) -> Iterator[tuple[Path, str]]:
    """Every content file under `root`, in a stable order, with its kind."""
    for kind, folder in FOLDERS.items():
        base = root / folder
        if not base.is_dir():
            continue
        # Only journeys may use sub-folders, but finding files elsewhere and
        # reporting them is kinder than ignoring them.
        for path in content_files(base):
            yield path, kind


def _file_type(mode: int) -> Say:
    if stat.S_ISDIR(mode):
        return say("problem.load.type.folder")
    if stat.S_ISFIFO(mode):
        return say("problem.load.type.pipe")
    if stat.S_ISSOCK(mode):
        return say("problem.load.type.socket")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return say("problem.load.type.device")
    return say("problem.load.type.special")


def salvaged(text: str) -> dict[str, str]:
    """Top-level `key: value` text of a file that cannot be read as a whole."""
    return dict(_TOP_LEVEL.findall(text))


def _decode(raw: bytes, doc: Document) -> str | None:
    text, problem = decode(raw)
    if problem is not None:
        code, message, hint, at = problem
        doc.problems.append(doc.problem(code, message, hint, at))
        return None
    found = prescan(text)  # the whole file: a Markdown body too
    if found is not None:
        doc.problems.append(doc.problem(found.code, found.words, found.hint_words, found.position))
        return None
    return text


def _split_front_matter(text: str, doc: Document) -> tuple[str, int, str] | None:
    """(front matter, its first line's offset, body) of a Markdown file."""
    lines = text.split("\n")
    if lines[0].rstrip() != "---":
        doc.problems.append(
            doc.problem(
                "no-front-matter",
                say("problem.load.no_front_matter"),
                say("problem.load.no_front_matter.hint"),
                Position(1, 1),
            )
        )
        return None
    for index in range(1, len(lines)):
        if lines[index].rstrip() in ("---", "..."):
            front = "\n".join(lines[1:index])
            body = "\n".join(lines[index + 1 :])
            return front, 1, body
    doc.problems.append(
        doc.problem(
            "unclosed-front-matter",
            say("problem.load.unclosed_front_matter"),
            say("problem.load.unclosed_front_matter.hint"),
            Position(1, 1),
        )
    )
    return None


def _link_up(path: Path, doc: Document) -> Problem:
    """A link to a folder above it, which content_files lists instead of following."""
    return doc.problem(
        "link-loop",
        say("problem.load.link_loop", target=os.readlink(path)),
        say("problem.load.link_loop.hint"),
        Position(1, 1),
        "warning",
    )


def load_document(path: Path, root: Path, kind: str) -> Document:
    """Read one content file; problems end up in `Document.problems`, never raised."""
    doc, raw = read_document(path, root, kind)
    return doc if raw is None else parse_document(doc, raw)


def read_document(path: Path, root: Path, kind: str) -> tuple[Document, bytes | None]:
    """A content file's bytes, and its document so far; (document with the
    problem, None) when it cannot be read (a special file, too large...)."""
    doc = Document(path=path, rel=relative(path, root), kind=kind, data=None)
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode) and path.is_symlink():
            doc.problems.append(_link_up(path, doc))
            return doc, None
        if not stat.S_ISREG(info.st_mode):
            # A pipe, socket or device would block or never end: never open it.
            doc.problems.append(
                doc.problem(
                    "not-a-file",
                    say("problem.load.not_a_file", what=_file_type(info.st_mode)),
                    say("problem.load.not_a_file.hint"),
                    Position(1, 1),
                )
            )
            return doc, None
        size = info.st_size
        if size > MAX_BYTES:
            doc.problems.append(
                doc.problem(
                    "file-too-large",
                    say(
                        "problem.load.too_large",
                        size=f"{size / 1024 / 1024:.1f}",
                        limit=MAX_BYTES // 1024 // 1024,
                    ),
                    say("problem.load.too_large.hint"),
                    Position(1, 1),
                )
            )
            return doc, None
        return doc, path.read_bytes()
    except OSError as error:
        hint = say("problem.load.unreadable.hint")
        if error.errno == errno.ELOOP:
            hint = say("problem.load.unreadable.loop")
        elif error.errno == errno.ENOENT:
            hint = say("problem.load.unreadable.dangling")
        doc.problems.append(
            doc.problem(
                "unreadable-file",
                say("problem.load.unreadable", why=str(error.strerror)),
                hint,
                Position(1, 1),
            )
        )
        return doc, None


def parse_document(doc: Document, raw: bytes) -> Document:
    """Fill in `doc` (just read, see read_document) from the file's bytes."""
    doc.digest = hashlib.sha256(raw).hexdigest()
    text = _decode(raw, doc)
    if text is None:
        # Whatever stops reading (an encoding, a conflict marker), what the file
        # names at its top level is still known to other files' checks.
        doc.salvaged = salvaged(salvage(raw))
        return doc
    line_offset = 0
    if doc.path.suffix.lower() == ".md":
        split = _split_front_matter(text, doc)
        if split is None:
            doc.salvaged = salvaged(text)
            return doc
        text, line_offset, doc.body = split
    return _parse_into(doc, text, line_offset)


def _parse_into(doc: Document, text: str, line_offset: int) -> Document:
    parsed = parse_yaml(text, line_offset=line_offset, prescanned=True)
    doc.source = parsed.source
    if parsed.issue is not None:
        for issue in (parsed.issue, *parsed.more):
            doc.problems.append(
                doc.problem(issue.code, issue.words, issue.hint_words, issue.position)
            )
        doc.salvaged = salvaged(text)
        return doc
    if parsed.data is None:
        doc.problems.append(
            doc.problem(
                "empty-file",
                say("problem.load.empty", thing=say(f"problem.thing.{doc.kind}")),
                say(
                    "problem.load.empty.hint",
                    thing=say(f"problem.thing.{doc.kind}"),
                    url=f"{GUIDE_URL}format/",
                ),
                Position(1 + line_offset, 1),
            )
        )
        return doc
    if not isinstance(parsed.data, dict):
        found = type(parsed.data).__name__
        doc.problems.append(
            doc.problem(
                "not-a-mapping",
                say("problem.load.not_a_mapping", found=_type_words(found)),
                say("problem.load.not_a_mapping.hint"),
                parsed.source.value(()),
            )
        )
        return doc
    doc.data = parsed.data
    return doc


_TYPES = ("list", "str", "int", "float", "bool")


def _type_words(name: str) -> Text:
    """A Python type's name as the catalog words for it ("a list"), where known."""
    return say(f"problem.load.python.{name}") if name in _TYPES else name
