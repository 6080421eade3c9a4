"""Reads the cxdocs settings from mkdocs.yml, without building the site.

`cxdocs check` and the MkDocs plugin both come through here, so they always see
the same settings. MkDocs' YAML tags (`!ENV`, `!relative`, `!!python/name:`) are
tolerated and never executed: only the `cxdocs` plugin entry is interpreted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from cxdocs.content.load import Document, relative
from cxdocs.content.model import Settings
from cxdocs.content.problems import Problem, problem
from cxdocs.content.settings.yaml_file import MergedSettings, SettingsFileError, read_settings_file
from cxdocs.content.validation.rules import problem_for
from cxdocs.content.yaml.source import Position, SourceMap
from cxdocs.files import SETTINGS_NAMES, unsafe_folder
from cxdocs.i18n.say import Text, say

PLUGIN_NAME = "cxdocs"


def find_settings(start: Path) -> Path | None:
    """The settings file for `start`: in it or the nearest folder above, as git
    finds `.git`. The search stops at the top of the git repository, so a stray
    mkdocs.yml in a parent folder is never picked up by mistake."""
    folder = start.absolute()
    for candidate in (folder, *folder.parents):
        for name in SETTINGS_NAMES:  # in order: MkDocs' spellings, then ProperDocs'
            if (candidate / name).is_file():
                return candidate / name
        if (candidate / ".git").exists():
            return None
    return None


class ConfigError(Exception):
    """The settings cannot be used; `problems` say where and why."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(p.message for p in problems))
        self.problems = problems


@dataclass
class Config:
    path: Path  # the mkdocs.yml file
    settings: Settings
    docs_dir: Path
    site_dir: Path | None = None  # None: MkDocs' default, site/ beside mkdocs.yml
    # What gives an engine without plugins (Zensical) its navigation: a `nav:`
    # written by hand, the awesome-nav plugin reading the `.nav.yml` files
    # `cxdocs build` writes, or None (sections named after folders).
    navigation: str | None = None
    # Settings problems that do not stop `check` (an unsafe site_dir...): reported
    # with the content's problems, and they stop a build.
    problems: list[Problem] = field(default_factory=list)

    @property
    def root(self) -> Path:
        """The repository root: content folders sit beside mkdocs.yml."""
        return self.path.parent

    @property
    def cache_dir(self) -> Path:
        return self.root / self.settings.cache_dir


_START = Position(1, 1)


def _fail(rel: str, message: Text, hint: Text, at: Position = _START) -> ConfigError:
    return ConfigError([problem(rel, (at.line, at.col), "error", "config", message, hint)])


def _plugin_entry(data: dict[str, Any]) -> tuple[Any, tuple[str | int, ...]] | None:
    """The cxdocs plugin's options and their path in mkdocs.yml, or None if absent.

    In zensical.toml they are the `[project.extra.cxdocs]` table."""
    extra = data.get("extra")
    if isinstance(extra, dict) and PLUGIN_NAME in extra:
        return extra[PLUGIN_NAME], ("extra", PLUGIN_NAME)
    plugins = data.get("plugins")
    if isinstance(plugins, dict):  # MkDocs also accepts a mapping of plugins
        if PLUGIN_NAME in plugins:
            return plugins[PLUGIN_NAME], ("plugins", PLUGIN_NAME)
        return None
    if not isinstance(plugins, list):
        return None
    for index, entry in enumerate(plugins):
        if entry == PLUGIN_NAME:
            return {}, ("plugins", index)
        if isinstance(entry, dict) and PLUGIN_NAME in entry:
            return entry[PLUGIN_NAME], ("plugins", index, PLUGIN_NAME)
    return None


def _sub_source(source: SourceMap, prefix: tuple[str | int, ...]) -> SourceMap:
    """Positions under `prefix`, re-rooted so model paths can look them up."""
    size = len(prefix)
    return SourceMap(
        values={p[size:]: v for p, v in source.values.items() if p[:size] == prefix},
        keys={p[size:]: v for p, v in source.keys.items() if p[:size] == prefix},
        start=source.value(prefix),
        line_offset=source.line_offset,
    )


def read_config(path: Path, root: Path | None = None) -> Config:
    """Load mkdocs.yml and validate the cxdocs settings; raise ConfigError if unusable."""
    root = root or path.parent
    rel = relative(path, root)
    if not path.is_file():
        raise _fail(
            rel,
            say("problem.settings.missing", path=str(path)),
            say("problem.settings.missing.hint"),
        )
    try:
        merged = read_settings_file(path, root)
    except SettingsFileError as error:
        raise ConfigError([error.problem]) from None
    data = merged.data
    # MkDocs resolves both folders against the named file's folder, even when
    # the value comes from an inherited file.
    docs_dir = path.parent / _folder_value(data, "docs_dir", "docs")
    site_dir = path.parent / _folder_value(data, "site_dir", "site")
    found = _plugin_entry(data)
    if found is None and path.suffix.lower() == ".toml":
        where, at = merged.position(("extra",))
        raise _fail(
            where,
            say("problem.settings.toml_none", name=path.name),
            say("problem.settings.toml_none.hint"),
            at,
        )
    if found is None:
        where, at = merged.position(("plugins",))
        raise _fail(
            where,
            say("problem.settings.no_plugin"),
            say("problem.settings.no_plugin.hint"),
            at,
        )
    options, prefix = found
    if options is None:
        options = {}

    def document(loc: tuple[str | int, ...]) -> Document:
        # The file that wrote this option: with INHERIT it may be the parent.
        owner = merged.owner((*prefix, *loc))
        return Document(
            path=owner.path,
            rel=owner.rel,
            kind="settings",  # named "cxdocs settings" in problems
            data=options if isinstance(options, dict) else {},
            source=_sub_source(owner.source, prefix),
        )

    if not isinstance(options, dict):
        raise _fail(
            document(()).rel,
            say("problem.settings.options"),
            say("problem.settings.options.hint"),
            document(()).source.start,
        )
    try:
        settings = Settings.model_validate(options)
    except ValidationError as error:
        raise ConfigError(
            [problem_for(document(_data_loc(e["loc"])), e, Settings) for e in error.errors()]
        ) from None
    config = Config(
        path=path,
        settings=settings,
        docs_dir=docs_dir,
        site_dir=site_dir,
        navigation=_navigation(data),
    )
    config.problems = _folder_problems(config, site_dir, merged, prefix)
    return config


def _navigation(data: dict[str, Any]) -> str | None:
    """`nav`, `awesome-nav` (listed, or a table in zensical.toml), or None."""
    if data.get("nav") is not None:
        return "nav"
    plugins = data.get("plugins")
    names: set[Any] = set(plugins) if isinstance(plugins, dict) else set()
    if isinstance(plugins, list):
        names = {next(iter(e)) if isinstance(e, dict) and e else str(e) for e in plugins}
    return "awesome-nav" if "awesome-nav" in names else None


def _folder_value(data: dict[str, Any], key: str, default: str) -> str:
    # As MkDocs reads it: unset or null is the default, but an empty string is
    # the folder of mkdocs.yml itself (`site_dir: ""` would empty the repository).
    value = data.get(key)
    return default if value is None else str(value)


def _data_loc(loc: tuple[str | int, ...]) -> tuple[str | int, ...]:
    """Pydantic's error location without its markers ('[key]', validator names)."""
    return tuple(p for p in loc if not (isinstance(p, str) and p.startswith("[")))


def _folder_problems(
    config: Config, site_dir: Path, merged: MergedSettings, prefix: tuple[str | int, ...]
) -> list[Problem]:
    """site_dir and cache_dir must never be, hold or sit inside content."""
    site_value = _folder_value(merged.data, "site_dir", "site")
    checks = [
        (
            unsafe_folder(site_dir, config.root, config.docs_dir),
            ("site_dir",),
            "unsafe-site-dir",
            ("site_dir", site_value, say("problem.unsafe.site_dir.why")),
            say("problem.unsafe.site_dir.hint"),
        ),
        (
            unsafe_folder(config.cache_dir, config.root, config.docs_dir, emptied=False),
            (*prefix, "cache_dir"),
            "unsafe-cache-dir",
            ("cache_dir", config.settings.cache_dir, say("problem.unsafe.cache_dir.why")),
            say("problem.unsafe.cache_dir.hint"),
        ),
    ]
    problems = []
    for reason, path, code, (key, value, why), hint in checks:
        if reason is not None:
            where, at = merged.position(path)
            message = say(
                "problem.unsafe", key=key, value=str(value), reason=_reason(reason), why=why
            )
            problems.append(problem(where, (at.line, at.col), "error", code, message, hint))
    return problems


# cxdocs.files.unsafe_folder's reasons (files.py sits below the catalog), as its words.
_REASONS = (
    (re.compile(r"is the repository itself"), "problem.unsafe.is_repository"),
    (re.compile(r"contains the repository"), "problem.unsafe.contains_repository"),
    (re.compile(r"is the content folder (.+)"), "problem.unsafe.is_content"),
    (re.compile(r"lies inside the content folder (.+)"), "problem.unsafe.inside_content"),
    (re.compile(r"contains the content folder (.+)"), "problem.unsafe.contains_content"),
    (re.compile(r"is docs_dir \((.+)\)"), "problem.unsafe.is_docs"),
    (re.compile(r"lies inside docs_dir \((.+)\)"), "problem.unsafe.inside_docs"),
    (re.compile(r"contains docs_dir \((.+)\)"), "problem.unsafe.contains_docs"),
)


def _reason(reason: str) -> Text:
    for pattern, key in _REASONS:
        found = pattern.fullmatch(reason)
        if found:
            return say(key, folder=found[1]) if found.groups() else say(key)
    return reason
