"""The frame every diagram is shown in: toolbar, downloads and the inline SVG.

The toolbar's zoom and full-screen buttons are driven by assets/cxdocs.js
(the viewer); they stay hidden until it runs, so a page without scripts
shows a fitted diagram and working download links, nothing that does nothing.
Engine-neutral: plain HTML that any page builder can put in a page.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from markupsafe import Markup, escape

from cxdocs.diagrams.paper import LAYOUTS, PAPER_NAMES, PAPERS
from cxdocs.i18n import catalog as i18n
from cxdocs.site.diagrams import download_uri
from cxdocs.site.paper import has_paper, paper_uri
from cxdocs.site.printmap import print_tiles

# Small inline icons (Material Design Icons paths, Apache-2.0), so the toolbar
# needs no icon font and works in any theme, offline.
ICONS = {
    "out": "M19 13H5v-2h14z",
    "in": "M19 13h-6v6h-2v-6H5v-2h6V5h2v6h6z",
    # Fit: a frame with a two-headed arrow inside it, unlike full screen's four corners.
    "fit": "M2 4h20v16H2zm2 2v12h16V6zm1.5 6L9 8.5V11h6V8.5l3.5 3.5-3.5 3.5V13H9v2.5z",
    "full": "M5 5h5v2H7v3H5zm9 0h5v5h-2V7h-3zM5 14h2v3h3v2H5zm12 0h2v5h-5v-2h3z",
    "close": "M19 6.41 17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 "
    "17.59 19 19 17.59 13.41 12z",
}
TOOLS = ("out", "in", "fit", "actual", "full")
# The keys the viewer answers (cxdocs-viewer.js `key`), shown in each button's tooltip.
KEYS = {"out": "-", "in": "+", "fit": "0", "actual": "1", "full": "F"}
ANCHOR_LINK = re.compile(r'((?:xlink:)?href)="#(?=step-|stage-)')
SVG_LINK = re.compile(r'<a (?:xlink:)?href="([^"]+)"[^>]*>')


def _icon(name: str) -> str:
    return (
        '<svg class="cx-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">'
        f'<path d="{ICONS[name]}"/></svg>'
    )


def diagram_frame(
    content: Markup | str,
    locale: str,
    *,
    css_class: str = "",
    name: str = "",
    downloads: Mapping[str, str] | None = None,
    paper: Mapping[tuple[str, str], str] | None = None,
    file_name: str = "",
) -> Markup:
    """A diagram with its toolbar; `downloads` maps format -> URL (relative to the page),
    `paper` (paper, layout) -> URL of a map's PDFs on paper, offered under it;
    `file_name` names the saved file (a `data:` URL has no name of its own).

    `content` is trusted markup (our own SVG, or a placeholder for it); `name`
    is the diagram's accessible name, user text, escaped here.
    """

    def t(key: str, **values: object) -> str:
        return str(escape(i18n.label(locale, key, **values)))

    buttons = []
    for tool in TOOLS:
        label = t(f"zoom_{tool}")
        extra = ""
        if tool == "full":
            # The same button closes the viewer again: the script swaps the label.
            extra = f' data-cx-close-label="{t("zoom_close")}" aria-pressed="false"'
        buttons.append(
            f'<button type="button" class="cx-tool" data-cx-tool="{tool}" '
            f'aria-label="{label}" title="{label} ({KEYS[tool]})" '
            + (f'aria-keyshortcuts="{KEYS[tool]}"' if KEYS[tool].isalnum() else "")
            + f"{extra} hidden>"
            # "100%" says it better than any icon.
            + ('<span aria-hidden="true">100%</span>' if tool == "actual" else _icon(tool))
            + (_icon("close") if tool == "full" else "")
            + "</button>"
        )
    links = []
    for fmt, url in (downloads or {}).items():
        label = t("download_as", format=fmt.upper())
        saved = f'="{escape(file_name)}.{fmt}"' if file_name else ""
        links.append(
            f'<a class="cx-download" href="{escape(url)}" download{saved} '
            f'aria-label="{label}" title="{label}">{fmt.upper()}</a>'
        )
    download_group = ""
    if links:
        download_group = (
            f'<span class="cx-downloads"><span class="cx-downloads-label">{t("download")}'
            f"</span> {' '.join(links)}</span>"
        )
    paper_group = ""
    if paper:
        items = []
        for (size, layout), url in paper.items():
            named = PAPER_NAMES[size]
            items.append(
                f'<a class="cx-download" href="{escape(url)}" download '
                f'title="{t(f"paper.{layout}_as", paper=named)}">'
                f"{t(f'paper.{layout}', paper=named)}</a>"
            )
        paper_group = (
            f'<p class="cx-paper-downloads"><span class="cx-downloads-label">'
            f"{t('paper.downloads')}</span> {' '.join(items)}</p>"
        )
    toolbar_name = t("diagram_tools", name=name) if name else t("diagram_tools_plain")
    return Markup(
        # A div, not a figure: themes style figures (Material shrinks them to fit-content).
        f'<div class="{escape(" ".join(filter(None, ("cx-diagram", css_class))))}" '
        "data-cx-viewer>"
        f'<div class="cx-toolbar" role="toolbar" aria-label="{toolbar_name}" '
        f'data-cx-overview-label="{t("zoom_overview")}">'
        f'<span class="cx-zoom-level" aria-live="polite" hidden></span>'
        + "".join(buttons)
        + download_group
        + "</div>"
        f'<div class="cx-diagram-scroll">{content}</div>'
        # The paper PDFs under the frame, not in it: Tab through a diagram stays
        # one stop per step, and full screen shows the map, not six links.
        f"</div>{paper_group}"
    )


def inline_svg(svg: str, meta: Mapping[str, Any], base: str = "") -> str:
    """The SVG as it goes into a page: the viewer's hints on its root element,
    each step reached by one Tab stop, and, when shown away from its own page,
    step links that lead there; then the map's print-only tiles."""
    if base:
        svg = ANCHOR_LINK.sub(lambda a: f'{a.group(1)}="{base}#', svg)
    svg = _one_stop_per_target(svg)
    lanes = int(meta.get("lanes", 0))
    if lanes:
        top, bottom = (int(v) for v in meta.get("header", (0, 0)))
        hints = f'data-cx-lanes="{lanes}"' + (
            f' data-cx-header="{top} {bottom}"' if bottom > top else ""
        )
        svg = svg.replace("<svg", f"<svg {hints}", 1)
    return svg + print_tiles(svg, meta) if lanes else svg


def _one_stop_per_target(svg: str) -> str:
    """A step's cards all link to it (six on a journey map): only the first
    is a Tab stop and announced; the rest still answer a click. Stage
    headings are links but no Tab stops: Tab walks the steps. With links
    inside, the root is a group, not an image: an image's children are hidden
    from screen readers, and the links with them."""
    seen: set[str] = set()

    def link(match: re.Match[str]) -> str:
        target = match.group(1)
        if target in seen:
            return f'{match.group(0)[:-1]} tabindex="-1" aria-hidden="true">'
        seen.add(target)
        if "#stage-" in target:
            # A stage's heading stays a link (and is read out), but Tab goes
            # step to step: the page's table of contents leads to stages.
            return f'{match.group(0)[:-1]} tabindex="-1">'
        return match.group(0)

    svg = SVG_LINK.sub(link, svg)
    if seen:
        svg = svg.replace(' role="img" ', ' role="group" ', 1)
    return svg


def svg_data_uri(svg: str) -> str:
    """An inline SVG as a file a link can download: `data:` with its XML prolog."""
    document = '<?xml version="1.0" encoding="UTF-8"?>\n' + str(svg).strip() + "\n"
    return "data:image/svg+xml;base64," + base64.b64encode(document.encode("utf-8")).decode()


def download_links(key: str, link: Callable[[str], str], formats: Iterable[str]) -> dict[str, str]:
    """format -> URL of a diagram's downloads in `formats` (the `downloads`
    setting; none: no download links); `link` makes a site path relative to
    the page showing it."""
    return {fmt: link(download_uri(key, fmt)) for fmt in formats}


def paper_links(
    key: str, link: Callable[[str], str], formats: Iterable[str]
) -> dict[tuple[str, str], str]:
    """(paper, layout) -> URL of a map's PDFs on paper (none unless `downloads`
    lists pdf and the diagram is a journey map or blueprint)."""
    if not has_paper(key, tuple(formats)):
        return {}
    return {(p, lay): link(paper_uri(key, p, lay)) for p in PAPERS for lay in LAYOUTS}
