"""zensical.toml read as Zensical reads it, with every value's position.

Zensical's own settings file is TOML; the site's settings are its `[project]`
table (Zensical reads the whole file when there is none). cxdocs keeps its
settings in that table too, under `[project.extra.cxdocs]` (Zensical passes
`extra` to templates and reads nothing in it), so problems point at
zensical.toml:line:col like they do in mkdocs.yml.

The standard library's tomllib parses (and reports syntax errors); it keeps no
positions, so a small scanner walks the same text for where each key and value
was written. It only has to be right for valid TOML (tomllib accepted it
first); a value it cannot place falls back to its table's position.
"""

from __future__ import annotations

import bisect
import re
import tomllib
from pathlib import Path
from typing import Any, NoReturn

from cxdocs.content.encodings import decode
from cxdocs.content.load import relative
from cxdocs.content.problems import Problem
from cxdocs.content.problems import problem as make_problem
from cxdocs.content.yaml.base import ORIGIN, Position, SourceMap
from cxdocs.content.yaml.base import Path as DataPath
from cxdocs.i18n.say import Text, say

TABLE = "project"
_BARE = re.compile(r"[A-Za-z0-9_-]+")
_AT = re.compile(r"\(at line (\d+), column (\d+)\)")


class TomlSettingsError(Exception):
    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


def read_toml(path: Path, root: Path) -> tuple[str, dict[str, Any], SourceMap]:
    """(its name relative to root, the `[project]` table, positions under it)."""
    rel = relative(path, root)

    def fail(message: Text, hint: Text, at: Position = ORIGIN, code: str = "config") -> NoReturn:
        raise TomlSettingsError(make_problem(rel, (at.line, at.col), "error", code, message, hint))

    try:
        raw = path.read_bytes()
    except OSError as error:
        fail(
            say("problem.settings.unreadable", why=str(error.strerror or error)),
            say("problem.settings.unreadable.hint"),
        )
    text, problem = decode(raw, binary=say("problem.settings.binary.toml"))
    if problem is not None:
        code, message, hint, at = problem
        fail(message, hint, at, code)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        found = _AT.search(str(error))
        at = Position(int(found.group(1)), int(found.group(2))) if found else ORIGIN
        message = _AT.sub("", str(error)).strip()
        fail(say("problem.settings.toml", message=message), say("problem.settings.toml.hint"), at)
    scanner = _Scanner(text)
    scanner.run()
    if isinstance(data.get(TABLE), dict):
        data = data[TABLE]
        cut = 1
        values = {p[cut:]: v for p, v in scanner.values.items() if p[:1] == (TABLE,)}
        keys = {p[cut:]: v for p, v in scanner.keys.items() if p[:1] == (TABLE,)}
        start = scanner.values.get((TABLE,), ORIGIN)
    else:
        values, keys, start = scanner.values, scanner.keys, ORIGIN
    return rel, data, SourceMap(values=values, keys=keys, start=start)


class _Scanner:
    """Where each key and value of a (valid) TOML text starts."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines = [0] + [m.end() for m in re.finditer("\n", text)]
        self.values: dict[DataPath, Position] = {}
        self.keys: dict[DataPath, Position] = {}
        self.arrays: dict[DataPath, int] = {}  # [[array of tables]]: how many so far
        self.last_part = 0

    def at(self, pos: int) -> Position:
        line = bisect.bisect_right(self.lines, pos)
        return Position(line, pos - self.lines[line - 1] + 1)

    def run(self) -> None:
        table: DataPath = ()
        pos = self._skip(0)
        while pos < len(self.text):
            if self.text.startswith("[[", pos):
                path, pos = self._key(pos + 2)
                index = self.arrays.get(path, -1) + 1
                self.arrays[path] = index
                table = (*path, index)
                pos = self.text.index("]]", pos) + 2
                self.values.setdefault(table, self.at(pos))
            elif self.text[pos] == "[":
                start = pos
                table, pos = self._key(pos + 1)
                self.keys.setdefault(table, self.at(self.last_part))
                self.values.setdefault(table, self.at(start))
                pos = self.text.index("]", pos) + 1
            else:
                pos = self._pair(pos, table)
            pos = self._skip(pos)

    def _skip(self, pos: int, newlines: bool = True) -> int:
        """Past spaces, comments and (with `newlines`) line ends."""
        text = self.text
        while pos < len(text):
            char = text[pos]
            if char in " \t\r" or (newlines and char == "\n"):
                pos += 1
            elif char == "#":
                end = text.find("\n", pos)
                pos = len(text) if end < 0 else end
            else:
                break
        return pos

    def _key(self, pos: int) -> tuple[DataPath, int]:
        """A dotted key starting at `pos` (spaces allowed); its parts, and where it ends."""
        parts: list[str | int] = []
        while True:
            pos = self._skip(pos, newlines=False)
            self.last_part = pos  # where the key's last part starts (a header's name)
            char = self.text[pos]
            if char in "\"'":
                end = self._string_end(pos)
                parts.append(tomllib.loads(f"k = {self.text[pos:end]}")["k"])
                pos = end
            else:
                found = _BARE.match(self.text, pos)
                if found is None:
                    return tuple(parts), pos
                parts.append(found.group(0))
                pos = found.end()
            after = self._skip(pos, newlines=False)
            if after < len(self.text) and self.text[after] == ".":
                pos = after + 1
                continue
            return tuple(parts), pos

    def _pair(self, pos: int, table: DataPath) -> int:
        start = pos
        key, pos = self._key(pos)
        if not key:  # not a key: skip the line
            end = self.text.find("\n", start)
            return len(self.text) if end < 0 else end
        path = (*table, *key)
        self.keys.setdefault(path, self.at(start))
        pos = self._skip(pos, newlines=False)
        if pos < len(self.text) and self.text[pos] == "=":
            pos = self._value(self._skip(pos + 1, newlines=False), path)
        return pos

    def _value(self, pos: int, path: DataPath) -> int:
        self.values.setdefault(path, self.at(pos))
        text = self.text
        if pos >= len(text):
            return pos
        char = text[pos]
        if char == "{":
            pos = self._skip(pos + 1)
            while pos < len(text) and text[pos] != "}":
                pos = self._pair(pos, path)
                pos = self._skip(pos)
                if pos < len(text) and text[pos] == ",":
                    pos = self._skip(pos + 1)
            return pos + 1
        if char == "[":
            index = 0
            pos = self._skip(pos + 1)
            while pos < len(text) and text[pos] != "]":
                pos = self._value(pos, (*path, index))
                index += 1
                pos = self._skip(pos)
                if pos < len(text) and text[pos] == ",":
                    pos = self._skip(pos + 1)
            return pos + 1
        if char in "\"'":
            return self._string_end(pos)
        end = pos
        while end < len(text) and text[end] not in ",]}\n#":
            end += 1
        return end

    def _string_end(self, pos: int) -> int:
        text = self.text
        quote = text[pos]
        if text.startswith(quote * 3, pos):
            end = text.index(quote * 3, pos + 3)
            while text.startswith(quote, end + 3):  # up to two quotes may close it
                end += 1
            return end + 3
        end = pos + 1
        while text[end] != quote:
            end += 2 if quote == '"' and text[end] == "\\" else 1
        return end + 1
