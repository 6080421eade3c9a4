"""What the YAML readers share: positions, the source map, issues and limits."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NamedTuple

from cxdocs.i18n.say import Figure, Text, say, text

MAX_DEPTH = 50
MAX_VALUES = 200_000

Path = tuple[str | int, ...]


class Position(NamedTuple):
    # A tuple, not a dataclass: one is made per value, and tuples are cheap.
    line: int  # 1-based
    col: int  # 1-based


ORIGIN = Position(1, 1)


class SourceMap:
    """Where each value (and each mapping key) of a document was written.

    Positions are found when first asked for: a file has thousands of values
    and rarely a problem, so the quick reader records none and leaves a
    `locate` function that reads the text again, carefully, to fill them in.
    Values are libyaml marks (0-based line/column) until turned into Positions.
    """

    def __init__(
        self,
        values: dict[Path, Any] | None = None,
        keys: dict[Path, Any] | None = None,
        start: Position = ORIGIN,
        line_offset: int = 0,
        locate: Callable[[SourceMap], None] | None = None,
    ) -> None:
        self._values: dict[Path, Any] = {} if values is None else values
        self._keys: dict[Path, Any] = {} if keys is None else keys
        self.start = start
        self.line_offset = line_offset
        self._locate = locate
        # Explicit tags (`!ENV`, `!relative`) of values whose text was kept.
        self.tags: dict[Path, str] = {}

    def set_locate(self, locate: Callable[[SourceMap], None]) -> None:
        self._locate = locate

    def _located(self) -> None:
        if self._locate is not None:
            locate, self._locate = self._locate, None
            locate(self)

    @property
    def values(self) -> dict[Path, Any]:
        self._located()
        return self._values

    @property
    def keys(self) -> dict[Path, Any]:
        self._located()
        return self._keys

    def _position(self, mark: Any) -> Position:
        if isinstance(mark, Position):
            return mark
        return Position(mark.line + 1 + self.line_offset, mark.column + 1)

    def value(self, path: Path) -> Position:
        """The value's position, or the nearest enclosing one that was written."""
        values = self.values
        for end in range(len(path), -1, -1):
            found = values.get(path[:end])
            if found is not None:
                return self._position(found)
        return self.start

    def key(self, path: Path) -> Position:
        """The position of the key naming `path`, falling back to its value."""
        found = self.keys.get(path)
        return self._position(found) if found is not None else self.value(path)


@dataclass(frozen=True)
class YamlIssue:
    """A problem found while reading YAML; `load` turns it into a Problem."""

    code: str
    words: Text  # the message, as catalog words (cxdocs.i18n.say) or plain text
    hint_words: Text
    position: Position
    # The text (start, end index) to quote to read on: a mistake that may come
    # again in the file (a ': ' or a ',' in unquoted text), so every one is found.
    fix: tuple[int, int] | None = None

    @property
    def message(self) -> str:
        return text(self.words)

    @property
    def hint(self) -> str:
        return text(self.hint_words)


class Stop(Exception):
    """Raised inside a reader to end it with one issue."""

    def __init__(self, issue: YamlIssue) -> None:
        super().__init__(issue.message)
        self.issue = issue


def too_deep(position: Position) -> YamlIssue:
    return YamlIssue(
        "too-deep",
        say("problem.yaml.too_deep", depth=MAX_DEPTH),
        say("problem.yaml.too_deep.hint"),
        position,
    )


def too_complex(position: Position) -> YamlIssue:
    return YamlIssue(
        "too-complex",
        say("problem.yaml.too_complex", values=Figure(MAX_VALUES)),
        say("problem.yaml.too_complex.hint"),
        position,
    )


def complex_key(position: Position) -> YamlIssue:
    return YamlIssue(
        "yaml-syntax",
        say("problem.yaml.complex_key"),
        say("problem.yaml.complex_key.hint"),
        position,
    )


def duplicate_key(key: str, first_line: int | None, position: Position) -> YamlIssue:
    where = say("problem.yaml.duplicate_key.first", line=first_line) if first_line else ""
    return YamlIssue(
        "duplicate-key",
        say("problem.yaml.duplicate_key", key=key, where=where),
        say("problem.yaml.duplicate_key.hint"),
        position,
    )


def bad_tag(message: str, position: Position) -> YamlIssue:
    if message.startswith("unsupported"):
        return YamlIssue("yaml-syntax", _tag_words(message), say("problem.yaml.tag.hint"), position)
    return YamlIssue(
        "yaml-syntax",
        say("problem.yaml.unreadable_value", message=_tag_words(message)),
        say("problem.yaml.unreadable_value.hint"),
        position,
    )


_NOT_A = {"an integer": "int", "a number": "float", "true or false": "bool", "null": "null"}


def _tag_words(message: str) -> Text:
    """The words of a tag the reader refused (cxdocs.content.yaml.scalars.TagError)."""
    found = re.fullmatch(r"unsupported YAML tag (.+)", message)
    if found:
        return say("problem.yaml.tag", tag=found[1])
    found = re.fullmatch(r"'(.*)' is not (an integer|a number|true or false|null)", message)
    if found:
        return say(f"problem.yaml.tagged_not.{_NOT_A[found[2]]}", text=found[1])
    return message
