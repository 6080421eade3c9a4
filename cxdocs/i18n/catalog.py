"""The one catalog of words cxdocs itself writes, one table per locale.

Content is written in any language by its authors; these are the words the
tool adds: labels on diagrams, page texts, report phrases. Each locale is one
flat dict (cxdocs.i18n.en, cxdocs.i18n.pt_br) with the same keys, so the same
thing has one key and one word in a locale wherever it appears; tests check
that every locale has every key and that two keys with the same English text
read the same in every locale (unless listed as different things).

Python tables rather than gettext catalogs: no compile step to forget, no
parsing on warm builds, and the keys stay what the templates ask for.

A key missing in a locale falls back to English, so a site never breaks on a
new key; a key missing in English is a programming error and raises KeyError.
"""

from __future__ import annotations

from collections.abc import Callable

from cxdocs.i18n import en, pt_br

DEFAULT_LOCALE = "en"

LABELS: dict[str, dict[str, str]] = {"en": en.WORDS, "pt-BR": pt_br.WORDS}


def _one_is_exactly_one(count: int) -> str:
    return "one" if count == 1 else "other"


# Plural form of a count per locale, as `.one`/`.other` key suffixes. For
# Portuguese, CLDR (and gettext's pt_BR rule) puts 0 in "one"; Brazilian text
# writes "0 passos", "0 itens", so 0 takes the plural here as in English.
PLURAL_RULES: dict[str, Callable[[int], str]] = {
    "en": _one_is_exactly_one,
    "pt-BR": _one_is_exactly_one,
}


def locales() -> tuple[str, ...]:
    return tuple(LABELS)


def label(locale: str, key: str, **values: object) -> str:
    """The label `key` in `locale` (English if missing), formatted with `values`."""
    template = LABELS.get(locale, {}).get(key)
    if template is None:
        template = LABELS[DEFAULT_LOCALE][key]
    return template.format(**values) if values else template


def plural_form(locale: str, count: int) -> str:
    """ "one" or "other": which form of a word goes with `count` in `locale`."""
    return PLURAL_RULES.get(locale, _one_is_exactly_one)(count)


def plural(locale: str, key: str, count: int, **values: object) -> str:
    """`{key}.one` or `{key}.other` with `n` = count: "1 step", "3 steps"."""
    return label(locale, f"{key}.{plural_form(locale, count)}", n=count, **values)
