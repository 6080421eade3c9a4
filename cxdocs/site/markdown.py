"""Narrative Markdown -> safe HTML, with markdown-it-py and raw HTML disabled.

User text is data: a `<script>` written in a description is shown, never run.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from markupsafe import Markup

if TYPE_CHECKING:
    from markdown_it import MarkdownIt


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    # Imported here, not above: markdown-it compiles its HTML patterns on import
    # (about 30 ms), and a warm build, whose pages all come from the cache,
    # renders no Markdown at all.
    from markdown_it import MarkdownIt
    from mdit_py_plugins.admon import admon_plugin
    from mdit_py_plugins.deflist import deflist_plugin

    # CommonMark with tables and strikethrough; "html": False escapes raw HTML,
    # and markdown-it's link validation drops javascript: and data: URLs.
    # Admonitions (`!!! note`) and definition lists read as they do in MkDocs pages.
    return (
        MarkdownIt("commonmark", {"html": False, "linkify": False})
        .enable(["table", "strikethrough"])
        .use(admon_plugin)
        .use(deflist_plugin)
    )


def render_markdown(text: str | None) -> Markup:
    if not text:
        return Markup("")
    return Markup(_parser().render(text))
