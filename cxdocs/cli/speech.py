"""Which locale a command speaks: the settings', else `--locale` / `CXDOCS_LOCALE`.

A repository's settings name its locale (`locale: pt-BR`), and every message
about it (problems, summaries, errors) is then in that language. Where there
are no settings (`cxdocs init`, a settings file that cannot be read, `--help`),
the `--locale` option or the `CXDOCS_LOCALE` environment variable decides;
English otherwise. `--locale` may stand anywhere on the command line.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from cxdocs.content.settings.reader import Config
from cxdocs.i18n.catalog import DEFAULT_LOCALE, locales

ENVIRONMENT = "CXDOCS_LOCALE"
_asked: list[str] = []  # what --locale said in this run (main() sets it)


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
    if locale is not None:
        _asked.append(locale)


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
