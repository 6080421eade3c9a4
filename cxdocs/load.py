"""Content files -> raw data with source positions.

Finds persona, journey and blueprint files in their folders, reads YAML files
and Markdown files with YAML front matter, and turns anything unreadable (not
UTF-8, binary, too large, broken YAML, no front matter) into one clear problem
instead of an exception. Nothing here knows the content model.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cxdocs.model import FOLDERS
from cxdocs.problems import Problem, Severity
from cxdocs.yamlsource import Position, SourceMap, parse_yaml

MAX_BYTES = 2 * 1024 * 1024
YAML_SUFFIXES = (".yaml", ".yml")
SUFFIXES = (*YAML_SUFFIXES, ".md")


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

    @property
    def stem(self) -> str:
        return self.path.stem

    def problem(
        self, code: str, message: str, hint: str, at: Position, severity: Severity = "error"
    ) -> Problem:
        return Problem(self.rel, at.line, at.col, severity, code, message, hint)


def relative(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def kind_of(path: Path, root: Path) -> str | None:
    """The kind a file holds, from the top folder it lives in (None: not content)."""
    try:
        top = path.resolve().relative_to(root.resolve()).parts[0]
    except (ValueError, IndexError):
        return None
    for kind, folder in FOLDERS.items():
        if top == folder:
            return kind
    return None


def discover(root: Path) -> Iterator[tuple[Path, str]]:
    """Every content file under `root`, in a stable order, with its kind."""
    for kind, folder in FOLDERS.items():
        base = root / folder
        if not base.is_dir():
            continue
        # Only journeys may use sub-folders, but finding files elsewhere and
        # reporting them is kinder than ignoring them; sorted for determinism.
        for path in sorted(base.rglob("*")):
            if path.suffix in SUFFIXES and path.is_file() and not _hidden(path, base):
                yield path, kind


def _hidden(path: Path, base: Path) -> bool:
    return any(part.startswith((".", "_")) for part in path.relative_to(base).parts)


def expand_paths(root: Path, paths: Iterable[Path]) -> Iterator[tuple[Path, str | None]]:
    """Files named on the command line (folders expanded), each with its kind."""
    for given in paths:
        if given.is_dir():
            for path in sorted(given.rglob("*")):
                if path.suffix in SUFFIXES and path.is_file():
                    yield path, kind_of(path, root)
        else:
            yield given, kind_of(given, root)


def _decode(raw: bytes, doc: Document) -> str | None:
    if b"\x00" in raw:
        doc.problems.append(
            doc.problem(
                "binary-file",
                "the file is binary, not text",
                "content files are UTF-8 text (YAML or Markdown); remove this file",
                Position(1, 1),
            )
        )
        return None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        before = raw[: error.start]
        line = before.count(b"\n") + 1
        col = len(before) - (before.rfind(b"\n") + 1) + 1
        doc.problems.append(
            doc.problem(
                "not-utf8",
                f"the file is not UTF-8 text (byte 0x{raw[error.start]:02x})",
                "save the file as UTF-8 (most editors: 'Save with encoding' > UTF-8)",
                Position(line, col),
            )
        )
        return None


def _split_front_matter(text: str, doc: Document) -> tuple[str, int, str] | None:
    """(front matter, its first line's offset, body) of a Markdown file."""
    lines = text.split("\n")
    if lines[0].rstrip() != "---":
        doc.problems.append(
            doc.problem(
                "no-front-matter",
                "a Markdown content file must start with YAML front matter",
                "start the file with a line '---', then the fields, then another '---' line",
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
            "the front matter that starts here is never closed",
            "end the YAML fields with a line '---' before the Markdown text",
            Position(1, 1),
        )
    )
    return None


def load_document(path: Path, root: Path, kind: str) -> Document:
    """Read one content file; problems end up in `Document.problems`, never raised."""
    doc = Document(path=path, rel=relative(path, root), kind=kind, data=None)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            doc.problems.append(
                doc.problem(
                    "file-too-large",
                    f"the file is {size / 1024 / 1024:.1f} MB; the limit is "
                    f"{MAX_BYTES // 1024 // 1024} MB",
                    "a journey, persona or blueprint fits in a few kilobytes; split the file",
                    Position(1, 1),
                )
            )
            return doc
        raw = path.read_bytes()
    except OSError as error:
        doc.problems.append(
            doc.problem(
                "unreadable-file",
                f"cannot read the file: {error.strerror}",
                "check the file's permissions",
                Position(1, 1),
            )
        )
        return doc
    text = _decode(raw, doc)
    if text is None:
        return doc
    line_offset = 0
    if path.suffix == ".md":
        split = _split_front_matter(text, doc)
        if split is None:
            return doc
        text, line_offset, doc.body = split
    return _parse_into(doc, text, line_offset)


def _parse_into(doc: Document, text: str, line_offset: int) -> Document:
    parsed = parse_yaml(text, line_offset=line_offset)
    doc.source = parsed.source
    if parsed.issue is not None:
        issue = parsed.issue
        doc.problems.append(doc.problem(issue.code, issue.message, issue.hint, issue.position))
        return doc
    if parsed.data is None:
        doc.problems.append(
            doc.problem(
                "empty-file",
                f"the file holds no {doc.kind}",
                f"write the {doc.kind}'s fields (see docs/guide/format.md) or delete the file",
                Position(1 + line_offset, 1),
            )
        )
        return doc
    if not isinstance(parsed.data, dict):
        found = type(parsed.data).__name__
        doc.problems.append(
            doc.problem(
                "not-a-mapping",
                f"the top level must be a mapping of fields, not a {found}",
                "write 'key: value' lines at the top level, e.g. 'title: First purchase'",
                parsed.source.value(()),
            )
        )
        return doc
    doc.data = parsed.data
    return doc
