"""A generated page as a Markdown file any engine publishes as the plugin would.

Three things the MkDocs plugin gets from MkDocs' events, a file must carry
itself:

- **Headings as Markdown**, so the engine builds the table of contents and
  search entries from them: the page's HTML is cut at each heading the plugin
  lists in its table of contents (those directly inside the page's wrapper),
  and each becomes `## Title {#anchor}` between two raw HTML blocks. This needs
  attr_list (for the anchor the diagram's links and bookmarks use); without it
  the headings stay HTML, as before.
- **The viewer's CSS and JS**, linked from the page itself, so no engine needs
  `extra_css` / `extra_javascript` lines (engines with instant navigation run
  a page's scripts again; the bundle runs its set-up once, see sources.py).
- **Its title** as front matter.

SVG `<use href>` becomes `<use xlink:href>` (the same to browsers: the HTML
parser puts it in the XLink namespace): instant navigation in Zensical's and
Material's themes sets `.href` on every element with an `href` attribute, and
an SVG element's is read-only, so the page change stops with a TypeError.
"""

from __future__ import annotations

from html.parser import HTMLParser

from markupsafe import escape

from cxdocs.site.builder import front_matter
from cxdocs.site.pages import TocEntry

# Characters Markdown (and common extensions: emoji, arithmatex, mark, tilde,
# caret, attr_list) would read as syntax in a heading; written as references.
MARKDOWN_SPECIAL = frozenset("\\`*_{}[]()#+-.!:~^=|$@<>")
VOID = frozenset(
    ("area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr")
)


def instant_safe(html: str) -> str:
    """`<use href="#x">` as `<use xlink:href="#x">` (see the module docstring)."""
    return html.replace('<use href="#', '<use xlink:href="#')


def page_file(title: str, html: str, toc: list[TocEntry], css: str, js: str, headings: bool) -> str:
    """The Markdown file for one generated page: `html` is the builder's output."""
    anchors = {entry.anchor: entry.level for entry in _flatten(toc)} if headings else {}
    html = instant_safe(html)
    cuts = _Cuts(anchors)
    cuts.feed(html)
    cuts.close()
    link = f'<div class="cx-assets" hidden><link rel="stylesheet" href="{escape(css)}"></div>'
    script = f'<script src="{escape(js)}" defer></script>'
    if (
        cuts.wrapper is None or cuts.wrapper[1] < 0
    ):  # not a page of cxdocs' templates: leave it whole
        blocks = [link, html.strip(), script]
    else:
        start, end = cuts.wrapper
        open_tag = html[start : html.index(">", start) + 1]
        blocks = [link, html[:start].strip()]
        chunk_start = start + len(open_tag)
        for heading_start, heading_end, level, anchor, inner in cuts.headings:
            blocks.append(_chunk(html[chunk_start:heading_start], open_tag))
            blocks.append(f"{'#' * level} {_markdown_text(inner)} {{#{anchor}}}")
            chunk_start = heading_end
        blocks.append(_chunk(html[chunk_start:end], open_tag))
        blocks += [html[html.index(">", end) + 1 :].strip(), script]
    body = "\n\n".join(block for block in blocks if block)
    return f"{front_matter(title)}\n{body}\n"


def _chunk(body: str, open_tag: str) -> str:
    """One raw HTML block of the page between headings, in its own wrapper."""
    return f"{open_tag}\n{body.strip()}\n</div>" if body.strip() else ""


def _flatten(toc: list[TocEntry]) -> list[TocEntry]:
    return [e for entry in toc for e in (entry, *_flatten(entry.children))]


def _markdown_text(inner: str) -> str:
    """A heading's inner HTML with every character Markdown would read escaped."""
    out, in_tag = [], False
    for char in inner.strip().replace("\n", " "):
        if char == "<":
            in_tag = True
        if not in_tag and char in MARKDOWN_SPECIAL:
            out.append(f"&#{ord(char)};")
        else:
            out.append(char)
        if char == ">":
            in_tag = False
    return "".join(out)


class _Cuts(HTMLParser):
    """Where the page's wrapper is, and the headings directly inside it."""

    def __init__(self, anchors: dict[str, int]) -> None:
        super().__init__(convert_charrefs=False)
        self.anchors = anchors
        self.depth = 0
        self.wrapper: tuple[int, int] | None = None  # where it starts; where it closes
        self.headings: list[tuple[int, int, int, str, str]] = []
        self._open: tuple[int, int, str, int] | None = None  # heading: start, level, anchor
        self._lines: list[int] = []
        self._text = ""

    def feed(self, data: str) -> None:
        self._text += data
        offsets, total = [0], 0
        for line in data.splitlines(keepends=True):
            total += len(line)
            offsets.append(total)
        self._lines = offsets
        super().feed(data)

    def _offset(self) -> int:
        line, col = self.getpos()
        return self._lines[line - 1] + col

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID:
            return
        here = self._offset()
        if self.depth == 0 and tag == "div" and self.wrapper is None:
            self.wrapper = (here, -1)
        elif self.depth == 1 and self.wrapper is not None and tag in ("h2", "h3", "h4"):
            anchor = dict(attrs).get("id") or ""
            if self.anchors.get(anchor) == int(tag[1]):
                inner_start = self._text.index(">", here) + 1
                self._open = (here, int(tag[1]), anchor, inner_start)
        self.depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        self.depth -= 1
        here = self._offset()
        if self._open is not None and self.depth == 1 and tag == f"h{self._open[1]}":
            start, level, anchor, inner_start = self._open
            end = self._text.index(">", here) + 1
            self.headings.append((start, end, level, anchor, self._text[inner_start:here]))
            self._open = None
        if self.depth == 0 and self.wrapper is not None and self.wrapper[1] == -1:
            self.wrapper = (self.wrapper[0], here)
