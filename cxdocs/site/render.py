"""Jinja2 environment for generated pages; users override templates from their theme.

Templates are looked up first in `<theme custom_dir>/cxdocs/`, then in the
package, so a team can restyle one page without forking the plugin.
Autoescaping is on: every user string is escaped unless a filter made it safe.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from cxdocs.markdown import render_markdown
from cxdocs.site.labels import page_label


def emotion_text(score: int | float | None) -> str:
    if score is None:
        return "\u2013"  # an en dash: no score
    return f"{score:+g}" if score else "0"


def emotion_class(score: int | float | None) -> str:
    if score is None:
        return "cx-emotion-none"
    if score <= -1:
        return "cx-emotion-neg"
    if score >= 1:
        return "cx-emotion-pos"
    return "cx-emotion-neutral"


def number(value: float) -> str:
    return f"{value:g}"


def environment(override_dir: Path | None, locale: str) -> jinja2.Environment:
    loaders: list[jinja2.BaseLoader] = []
    if override_dir is not None and override_dir.is_dir():
        loaders.append(jinja2.FileSystemLoader(str(override_dir)))
    loaders.append(jinja2.PackageLoader("cxdocs", "templates"))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )

    def t(key: str, **values: Any) -> str:
        return page_label(locale, key, **values)

    env.globals["t"] = t
    env.filters["markdown"] = render_markdown
    env.filters["emotion"] = emotion_text
    env.filters["emotion_class"] = emotion_class
    env.filters["number"] = number
    return env


def render_page(
    env: jinja2.Environment, template: str, url: Callable[[str], str], **context: Any
) -> Markup:
    return Markup(env.get_template(template).render(url=url, **context))
