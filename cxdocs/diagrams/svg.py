"""Finish Graphviz's SVG for the web: stable, embeddable, accessible.

Graphviz writes its version into a comment, numbers its ids from 1 in every
file (`node1`, `clust1`...) and gives each shape a <title> holding internal
node names, which browsers show as tooltips. `finish` removes the comments and
those titles (so the bytes depend on the diagram only), strips the XML prolog
(so the SVG can be inlined in HTML), prefixes every id and every reference to
one (so several diagrams can share a page), carries pictures inline (a
path to the building machine's disk means nothing to a reader, and must
never be published), and adds a text alternative.
Links to the page (`href="#step-..."`) point at ids that are not in the SVG and
are left alone.
"""

from __future__ import annotations

import base64
import html
import re
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from cxdocs.diagrams.text import clean

_PROLOG = re.compile(r"\A\s*<\?xml[^>]*\?>\s*(<!DOCTYPE[^>]*>\s*)?")
_COMMENT = re.compile(r"<!--.*?-->\s*", re.DOTALL)
# Graphviz titles hold node and graph names we generate, never user text.
_TITLE = re.compile(r"<title>[^<]*</title>\s*")
# `id="..."` and `href="#..."` only where a word starts (as `\b` would say,
# checked by `_word_starts`): a literal start lets the regex engine skip
# ahead, about twenty times faster than `\b` on a 170 KB drawing. Graphviz
# escapes quotes in values, so a candidate never hides another in its value.
_ID = re.compile(r'id="([^"]+)"')
# A picture Graphviz drew from a file (`<IMG SRC>`), and the types it reads.
_IMAGE = re.compile(r'<image\b[^>]*?\bxlink:href="([^"]*)"[^>]*/>\s*')
PICTURE_TYPES = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
}
_URL_REF = re.compile(r"url\(#([^)]+)\)")
_HREF_REF = re.compile(r'href="#([^"]+)"')  # `xlink:href` too
_ROOT = re.compile(r"<svg\b([^>]*)>")


def finish(
    data: bytes,
    *,
    id_prefix: str,
    title: str | None = None,
    description: str | None = None,
) -> bytes:
    """Return Graphviz SVG output cleaned, id-prefixed and labelled (see module doc)."""
    text = data.decode("utf-8")
    text = _PROLOG.sub("", text, count=1)
    text = _COMMENT.sub("", text)
    text = _TITLE.sub("", text)
    text = _IMAGE.sub(_inline_picture, text)

    ids = {m.group(1) for m in _ID.finditer(text) if _word_starts(m)}
    text = _ID.sub(
        lambda m: f'id="{id_prefix}{m.group(1)}"' if _word_starts(m) else m.group(0), text
    )
    text = _URL_REF.sub(
        lambda m: f"url(#{id_prefix}{m.group(1)})" if m.group(1) in ids else m.group(0), text
    )
    text = _HREF_REF.sub(
        lambda m: (
            f'href="#{id_prefix}{m.group(1)}"'
            if m.group(1) in ids and _word_starts(m)
            else m.group(0)
        ),
        text,
    )
    if title:
        text = _label_root(text, id_prefix, title, description)
    return text.strip().encode("utf-8") + b"\n"


def _inline_picture(found: re.Match[str]) -> str:
    """The picture's file as a data: URI; a file that is gone or of another
    type is left out rather than pointed at."""
    href = html.unescape(found.group(1))
    if href.startswith("data:"):
        return found.group(0)
    path = Path(href)
    kind = PICTURE_TYPES.get(path.suffix.lower())
    try:
        data = path.read_bytes() if kind else b""
    except OSError:
        data = b""
    if not data:
        return ""
    uri = f"data:{kind};base64," + base64.b64encode(data).decode("ascii")
    return found.group(0).replace(found.group(1), uri, 1)


def _word_starts(match: re.Match[str]) -> bool:
    """Does `match` start a word (no letter, digit or `_` just before it)?"""
    start = match.start()
    before = match.string[start - 1] if start else ""
    return not (before.isalnum() or before == "_")


def _label_root(text: str, prefix: str, title: str, description: str | None) -> str:
    match = _ROOT.search(text)
    if match is None:
        raise ValueError("no <svg> element in Graphviz output")
    title_id, desc_id = f"{prefix}title", f"{prefix}desc"
    labelled_by = f"{title_id} {desc_id}" if description else title_id
    root = f'<svg{match.group(1)} role="img" aria-labelledby={quoteattr(labelled_by)}>'
    alt = f'\n<title id="{title_id}">{escape(clean(title))}</title>'
    if description:
        alt += f'\n<desc id="{desc_id}">{escape(clean(description))}</desc>'
    return text[: match.start()] + root + alt + text[match.end() :]
