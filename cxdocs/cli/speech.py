"""Which locale a command speaks: the settings', else `--locale` / `CXDOCS_LOCALE`.

A repository's settings name its locale (`locale: pt-BR`), and every message
about it (problems, summaries, errors) is then in that language. Where there
are no settings (`cxdocs init`, a settings file that cannot be read, `--help`),
the `--locale` option or the `CXDOCS_LOCALE` environment variable decides;
English otherwise. `--locale` may stand anywhere on the command line.
"""

from __future__ import annotations

import argparse
import os
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import NoReturn

from cxdocs.content.settings.reader import Config, ConfigError, find_settings, read_config
from cxdocs.i18n.catalog import DEFAULT_LOCALE, label, locales

ENVIRONMENT = "CXDOCS_LOCALE"
_asked: list[str] = []  # what --locale said in this run (main() sets it)
_settings: list[str] = []  # the locale the settings this run read name, if any


def known(name: str) -> str | None:
    """`name` as one of the locales (`pt_BR`, `pt-br` -> `pt-BR`), or None."""
    wanted = name.strip().replace("_", "-").casefold()
    return next((loc for loc in locales() if loc.casefold() == wanted), None)


def take_locale_option(argv: Sequence[str]) -> tuple[list[str], str | None]:
    """argv without `--locale X` / `--locale=X`, and X (None when absent)."""
    rest: list[str] = []
    found = None
    items = list(argv)
    index = 0
    while index < len(items):
        item = items[index]
        if item == "--":
            rest.extend(items[index:])
            break
        if item == "--locale" and index + 1 < len(items):
            found = items[index + 1]
            index += 2
            continue
        if item.startswith("--locale="):
            found = item.split("=", 1)[1]
            index += 1
            continue
        rest.append(item)
        index += 1
    return rest, found


def ask(locale: str | None) -> None:
    """Remember the locale `--locale` asked for in this run (None: none asked)."""
    _asked.clear()
    _settings.clear()
    if locale is not None:
        _asked.append(locale)


def settings_read(config: Config) -> None:
    """The run has read these settings: from now on it speaks their locale, if named."""
    _settings.clear()
    if "locale" in config.settings.model_fields_set:
        _settings.append(config.settings.locale)


def asked_locale() -> str:
    """The locale of `--locale`, else of CXDOCS_LOCALE, else English."""
    for name in (*_asked, os.environ.get(ENVIRONMENT, "")):
        found = known(name) if name else None
        if found:
            return found
    return DEFAULT_LOCALE


def locale_of(config: Config | None) -> str:
    """The settings' locale when they name one; else what was asked for."""
    if config is not None and "locale" in config.settings.model_fields_set:
        return config.settings.locale
    return asked_locale()


def words(key: str, **values: object) -> str:
    """The catalog's words for `key` in the run's locale (help texts, errors): the
    settings' once read, else what was asked for."""
    locale = _settings[0] if _settings else asked_locale()
    return label(locale, key).format(**values)


def settings_locale(folder: Path) -> str | None:
    """The locale the settings found from `folder` name, if any (for `--help`)."""
    path = find_settings(folder)
    if path is None:
        return None
    try:
        config = read_config(path.absolute())
    except ConfigError:
        return None
    return config.settings.locale if "locale" in config.settings.model_fields_set else None


# argparse's own words (Python's gettext has no Portuguese for them), as the
# catalog's: the patterns of the usage errors people meet, and their keys.
_ARGPARSE_ERRORS = (
    (re.compile(r"the following arguments are required: (?P<names>.+)"), "cli.error.required"),
    (re.compile(r"unrecognized arguments: (?P<names>.+)"), "cli.error.unrecognized"),
    (
        re.compile(
            r"argument (?P<name>\S+): invalid choice: (?P<value>.+?)"
            r" \(choose from (?P<choices>.+)\)"
        ),
        "cli.error.choice",
    ),
    (re.compile(r"argument (?P<name>\S+): expected one argument"), "cli.error.one_argument"),
)


class Parser(argparse.ArgumentParser):
    """An ArgumentParser that speaks the asked locale: headings, -h and usage errors."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._positionals.title = words("cli.positionals")
        self._optionals.title = words("cli.options")
        self.add_argument("-h", "--help", action="help", help=words("cli.help"))

    def error(self, message: str) -> NoReturn:
        for pattern, key in _ARGPARSE_ERRORS:
            found = pattern.fullmatch(message)
            if found:
                message = words(key, **found.groupdict())
                break
        self.print_usage()
        self.exit(2, f"{self.prog}: {words('cli.error')}: {message}\n")


class _Formatter(argparse.HelpFormatter):
    """argparse's layout with the usage line's prefix in the run's locale."""

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        # '' is argparse's own call for a sub-command's name: no prefix there.
        shown = f"{words('cli.usage')}: " if prefix is None else prefix
        super().add_usage(usage, actions, groups, shown)
