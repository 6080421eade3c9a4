"""Words worded late: a catalog key and its values, put into a locale when shown.

A problem is found once (and its file's result cached between runs) but read in
the locale of whoever reads it: `cxdocs check` in the site's locale, a settings
error before any locale is known in `--locale`/`CXDOCS_LOCALE`. So a problem
keeps what it says as a `Say` (a key of the catalog and its values) next to its
English text, and `Say.text(locale)` words it again where it is shown. Values
are user text (shown exactly as written, never translated), numbers, or more
`Say`s (a "did you mean" inside a message).

Templates are always `str.format`ted, even without values, so a literal brace
in a problem's words is written `{{` in every locale.
"""

from __future__ import annotations

from dataclasses import dataclass

from cxdocs.i18n import catalog
from cxdocs.i18n.numbers import number


@dataclass(frozen=True)
class Figure:
    """A whole number shown with the locale's thousands separator: 1,234 / 1.234."""

    value: int


@dataclass(frozen=True)
class Say:
    """The words of catalog key `key` with `values`; `count` picks the plural form.

    The empty key joins its values in order (a message followed by a "did you
    mean" that may be absent)."""

    key: str
    values: tuple[tuple[str, str | int | Figure | Say], ...] = ()
    count: int | None = None

    def text(self, locale: str = catalog.DEFAULT_LOCALE) -> str:
        if not self.key:
            return "".join(_text(value, locale) for _, value in self.values)
        values = {name: _text(value, locale) for name, value in self.values}
        key = self.key
        if self.count is not None:
            key = f"{key}.{catalog.plural_form(locale, self.count)}"
            values.setdefault("n", str(self.count))
        return catalog.label(locale, key).format(**values)

    def __str__(self) -> str:
        return self.text()


Text = str | Say  # what a problem says: plain text (never translated) or words


def say(key: str, /, count: int | None = None, **values: str | int | Figure | Say) -> Say:
    return Say(key, tuple(values.items()), count)


def joined(*parts: Text) -> Say:
    """Parts said one after the other ('' parts are dropped)."""
    return Say("", tuple((str(index), part) for index, part in enumerate(parts) if part))


def text(words: Text, locale: str = catalog.DEFAULT_LOCALE) -> str:
    return words.text(locale) if isinstance(words, Say) else words


def _text(value: str | int | Figure | Say, locale: str) -> str:
    if isinstance(value, Say):
        return value.text(locale)
    if isinstance(value, Figure):
        return number(value.value, locale, decimals=0)
    return str(value)
