"""A light copy of a generated page for MkDocs' search plugin: same index, less work.

MkDocs' built-in search feeds every page's HTML through an HTMLParser, and
generated pages are dense (badges, tables, definition lists): parsing them was
about a fifth of a warm build. The index only keeps each text node (joined by
whitespace, then collapsed) and the h1-h6 headings with their ids that start
sections. So every other tag, and every comment, can become a newline: the
parser then sees the same text, split at the same places, under the same
headings, and writes the same index; there are just far fewer tags to visit.
Script and style elements keep their tags (the parser reads their content raw).
"""

from __future__ import annotations

import re

# Any tag but a heading's or a script's/style's, and any comment.
_NOISE = re.compile(
    r"<!--.*?-->|</?(?!(?:h[1-6]|script|style)[\s/>])[a-zA-Z][^>]*>",
    re.DOTALL,
)


def search_copy(html: str) -> str:
    """`html` with every tag the search index ignores replaced by a newline."""
    if "<script" in html or "<style" in html:
        return html  # their raw content could hold '<': not worth the risk
    return _NOISE.sub("\n", html)
