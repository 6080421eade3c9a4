"""mkdocs.yml read the way MkDocs reads it, with every value's file and position.

MkDocs follows `INHERIT:` (a parent file, relative to the child, merged under
it: mappings deep-merged, anything else replaced by the child) and resolves
`!ENV VAR`, `!ENV [VAR1, VAR2, default]` from the environment. cxdocs must see
the same settings, or `cxdocs check` and `mkdocs build` would disagree; and a
problem in an option that lives in the parent file must point into that file.

Other tags (`!relative`, `!!python/name:...`) are kept as text: nothing in the
settings is ever executed.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

from cxdocs.content.encodings import decode
from cxdocs.content.load import relative
from cxdocs.content.problems import Problem, problem
from cxdocs.content.settings.toml_file import TomlSettingsError, read_toml
from cxdocs.content.validation.repair import reachable
from cxdocs.content.yaml.source import Path as DataPath
from cxdocs.content.yaml.source import Position, SourceMap, parse_yaml
from cxdocs.i18n.say import Text, say

_START = Position(1, 1)
MAX_INHERIT = 10  # a chain longer than this is a loop or a mistake


class SettingsFileError(Exception):
    """The settings file (or one it inherits) cannot be read."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


@dataclass
class SettingsFile:
    """One file of the INHERIT chain, as written (with !ENV resolved)."""

    path: Path
    rel: str
    data: dict[str, Any]
    source: SourceMap


@dataclass
class MergedSettings:
    """The merged settings and the chain they came from (the named file first)."""

    data: dict[str, Any]
    files: list[SettingsFile] = field(default_factory=list)

    def owner(self, path: DataPath) -> SettingsFile:
        """The file that wrote the value at `path` (or the nearest enclosing one)."""
        for end in range(len(path), -1, -1):
            for file in self.files:
                if len(reachable(file.data, path[:end])) == end:
                    return file
        return self.files[0]

    def position(self, path: DataPath, key: bool = False) -> tuple[str, Position]:
        file = self.owner(path)
        return file.rel, file.source.key(path) if key else file.source.value(path)


def _fail(
    rel: str, message: Text, hint: Text, at: Position = _START, code: str = "config"
) -> NoReturn:
    raise SettingsFileError(problem(rel, (at.line, at.col), "error", code, message, hint))


def _env_value(text: str) -> Any:
    """An environment variable's text typed as a plain YAML scalar (as MkDocs does)."""
    parsed = parse_yaml(text)
    if parsed.issue is not None or isinstance(parsed.data, dict | list):
        return text
    return parsed.data


def _resolve_env(value: Any) -> Any:
    """`!ENV VAR` or `!ENV [VAR, ..., default]`: the first variable set, else the default."""
    if isinstance(value, list):
        names = value[:-1] if len(value) > 1 else value
        default = value[-1] if len(value) > 1 else None
    else:
        names, default = [value], None
    for name in names:
        if isinstance(name, str | int | float) and str(name) in os.environ:
            return _env_value(os.environ[str(name)])
    return default


def _apply_env(data: Any, tags: dict[DataPath, str]) -> Any:
    # Deepest paths first, so an !ENV inside a list resolves before its parent.
    for path in sorted((p for p, t in tags.items() if t == "!ENV"), key=len, reverse=True):
        if not path:
            data = _resolve_env(data)
            continue
        parent = data
        for part in path[:-1]:
            parent = parent[part]
        parent[path[-1]] = _resolve_env(parent[path[-1]])
    return data


def _merge(parent: Any, child: Any) -> Any:
    """MkDocs' merge (mergedeep, REPLACE): mappings merge, the child wins elsewhere."""
    if isinstance(parent, dict) and isinstance(child, dict):
        merged = dict(parent)
        for key, value in child.items():
            merged[key] = _merge(parent[key], value) if key in parent else value
        return merged
    return child


def _read_one(path: Path, root: Path) -> SettingsFile:
    rel = relative(path, root)
    try:
        raw = path.read_bytes()
    except OSError as error:
        _fail(
            rel,
            say("problem.settings.unreadable", why=str(error.strerror or error)),
            say("problem.settings.unreadable.hint"),
        )
    # As content files are read: UTF-16/32 (with or without a byte order mark)
    # is named, a bad byte is reported at its line and column.
    text, problem = decode(raw, binary=say("problem.settings.binary.yaml"))
    if problem is not None:
        code, message, hint, at = problem
        _fail(rel, message, hint, at, code)
    parsed = parse_yaml(text, tolerate_tags=True)
    if parsed.issue is not None:
        issue = parsed.issue
        _fail(rel, issue.words, issue.hint_words, issue.position, issue.code)
    data = _apply_env(parsed.data, parsed.source.tags)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        _fail(
            rel,
            say("problem.settings.not_a_mapping"),
            say("problem.settings.not_a_mapping.hint"),
            parsed.source.value(()),
        )
    return SettingsFile(path, rel, data, parsed.source)


def read_settings_file(path: Path, root: Path) -> MergedSettings:
    """Read `path` and every file it INHERITs; raise SettingsFileError on the first failure.

    zensical.toml (no INHERIT) is read by toml_file.py."""
    if path.suffix.lower() == ".toml":
        try:
            rel, data, source = read_toml(path, root)
        except TomlSettingsError as error:
            raise SettingsFileError(error.problem) from None
        return MergedSettings(data, [SettingsFile(path, rel, data, source)])
    chain = [_read_one(path, root)]
    seen = {path.resolve()}
    while "INHERIT" in chain[-1].data:
        child = chain[-1]
        target = child.data["INHERIT"]
        at = child.source.value(("INHERIT",))
        if not isinstance(target, str) or not target.strip():
            _fail(
                child.rel, say("problem.settings.inherit"), say("problem.settings.inherit.hint"), at
            )
        parent_path = Path(os.path.normpath(child.path.parent / target))
        if not parent_path.is_file():
            _fail(
                child.rel,
                say("problem.settings.inherit_missing", target=str(target)),
                say("problem.settings.inherit_missing.hint", file=child.rel),
                at,
            )
        if parent_path.resolve() in seen or len(chain) >= MAX_INHERIT:
            _fail(
                child.rel,
                say("problem.settings.inherit_loop", target=str(target)),
                say("problem.settings.inherit_loop.hint"),
                at,
            )
        seen.add(parent_path.resolve())
        chain.append(_read_one(parent_path, root))
    merged: dict[str, Any] = {}
    for file in reversed(chain):
        own = {k: v for k, v in file.data.items() if k != "INHERIT"}
        merged = _merge(merged, own)
    return MergedSettings(merged, chain)
