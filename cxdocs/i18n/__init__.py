"""Words and numbers cxdocs puts on diagrams, pages and reports, per locale."""

from typing import Literal, get_args

# The locales cxdocs speaks, defined once: the `locale` setting's type, the choices
# of `cxdocs init --locale` and `cxdocs export --lang`.
Locale = Literal["en", "pt-BR"]
LOCALES: tuple[Locale, ...] = get_args(Locale)
