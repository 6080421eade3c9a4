"""The collapsed "History" section of each journey page, from the repository's git log.

Built once per site build (one `git log` for all journeys, each commit's result
cached in the diagram cache folder). When the site is not built from a git
checkout with its history (a folder outside git, a shallow clone as CI makes
by default), the section is left out and the build goes on: history is a bonus,
never a reason for a build to fail.
"""

from __future__ import annotations

import logging

from markupsafe import Markup, escape

from cxdocs.changes.history import NoHistory, Timeline, load_history
from cxdocs.changes.timeline import Entry
from cxdocs.content.repository import Repository
from cxdocs.i18n.catalog import label, plural
from cxdocs.reports.diff import change_counts
from cxdocs.reports.history import figures_text
from cxdocs.reports.phrases import Phrases, Words, quoted
from cxdocs.site.markdown import render_markdown

LAST_CHANGES = 5  # shown in words; the chart covers the whole history
_SENTENCES = 2  # per change; the command line gives them all
_WIDTH, _HEIGHT, _PAD = 360, 120, 26
_EMOTION, _HIGH = "#1f6feb", "#d62728"
log = logging.getLogger("mkdocs.plugins.cxdocs")
_memo: tuple[Repository, dict[str, Markup]] | None = None


def journey_history(repo: Repository, journey_id: str) -> Markup | None:
    """The History section of one journey page, or None (no history to show)."""
    global _memo
    if _memo is None or _memo[0] is not repo:
        _memo = (repo, history_sections(repo))
    return _memo[1].get(journey_id)


def history_sections(repo: Repository) -> dict[str, Markup]:
    """Journey id -> its History section, for every journey git knows a change of."""
    try:
        cache_dir = repo.root / repo.settings.cache_dir
        timelines = load_history(repo, cache_dir=cache_dir)
    except NoHistory as reason:
        log.info("cxdocs: journey pages have no History section: %s", reason)
        return {}
    locale = repo.settings.locale
    sections: dict[str, Markup] = {}
    for timeline in timelines:
        if timeline.kind == "journey" and timeline.id in repo.journeys and timeline.entries:
            sections[timeline.id] = section(timeline, locale)
    return sections


def section(timeline: Timeline, locale: str) -> Markup:
    w = Words(locale)
    items = "".join(_item(timeline, entry, w) for entry in timeline.entries[:LAST_CHANGES])
    total = len(timeline.entries)
    more = ""
    if total > LAST_CHANGES:
        text = label(locale, "history.more", shown=LAST_CHANGES, total=total, path=timeline.path)
        more = f'<p class="cx-muted">{escape(text)}</p>'
    title = escape(label(locale, "history.section"))
    count = escape(plural(locale, "history.changes", total))
    return Markup(
        f'<details class="cx-history" id="history">'
        f'<summary><strong>{title}</strong> <span class="cx-muted">({count})</span></summary>'
        f"{chart(timeline, locale)}"
        f'<ul class="cx-history-list">{items}</ul>{more}</details>'
    )


def _item(timeline: Timeline, entry: Entry, w: Words) -> str:
    date = escape(entry.date[:10])
    what: str
    if entry.status in ("added", "removed", "invalid"):
        what = escape(label(w.locale, f"history.{entry.status}").rstrip("."))
    elif not entry.changes:
        what = escape(label(w.locale, "history.no_change").rstrip("."))
    else:
        what = _in_words(timeline, entry, w)
    after = figures_text(entry, w)
    figures = f'<br><span class="cx-muted">{escape(after)}</span>' if after else ""
    return (
        f'<li><time datetime="{date}">{date}</time> · {escape(entry.author)} · '
        f"<q>{escape(entry.message)}</q> — {what}{figures}</li>"
    )


def _in_words(timeline: Timeline, entry: Entry, w: Words) -> str:
    """'1 step changed: “Pays with Pix”: Emotion: -2 → -1 (improved)' (two sentences at most).

    The sentences are the diff report's Markdown (user text escaped there), made
    HTML by the site's Markdown renderer, which never lets raw HTML through.
    """
    phrases = Phrases(w)
    sentences = [line for change in entry.changes for line in phrases.lines_for(change)]
    names = list(dict.fromkeys(c.name for c in entry.changes if c.name))
    text = change_counts(entry.changes, timeline.kind, w)
    if len(names) == 1:  # one step (or action...) changed: name it once
        text += f" ({quoted(names[0])})"
    if sentences:
        text += ": " + "; ".join(sentences[:_SENTENCES])
        if len(sentences) > _SENTENCES:
            text += "; …"
    html = str(render_markdown(text)).strip()
    return html.removeprefix("<p>").removesuffix("</p>")


def chart(timeline: Timeline, locale: str) -> str:
    """A small SVG: average emotion (line, -2..+2) and open high-severity pain points (bars)."""
    points = [
        (e.date[:10], e.figures.average_emotion, e.high_open or 0)
        for e in reversed(timeline.entries)  # oldest first, left to right
        if e.figures is not None and hasattr(e.figures, "average_emotion")
    ]
    if len(points) < 2:
        return ""
    inner_w, inner_h = _WIDTH - 2 * _PAD, _HEIGHT - 2 * _PAD
    step = inner_w / (len(points) - 1)
    most = max(p[2] for p in points) or 1
    bars, line = [], []
    for index, (_, emotion, high) in enumerate(points):
        x = _PAD + index * step
        height = inner_h * high / most
        bars.append(
            f'<rect class="cx-history-high" x="{x - 4:.1f}" y="{_PAD + inner_h - height:.1f}" '
            f'width="8" height="{height:.1f}"/>'
        )
        if emotion is not None:
            line.append(f"{x:.1f},{_PAD + inner_h * (2 - emotion) / 4:.1f}")
    w = Words(locale)
    first, last = escape(points[0][0]), escape(points[-1][0])
    title = escape(label(locale, "history.chart"))
    emotion_key = escape(label(locale, "history.legend.emotion"))
    high_key = escape(label(locale, "history.legend.high"))
    # Colour only in swatches: text keeps the theme's colour, readable light or dark.
    legend = f"{_swatch(_EMOTION, 3)} {emotion_key} · {_swatch(_HIGH, 10, 0.35)} {high_key}"
    ends = [(points[0], _PAD, "start"), (points[-1], _WIDTH - _PAD, "end")]
    values = "".join(
        _text(x, _PAD - 8, f"{escape(w.signed(p[1]))} · {p[2]}", anchor) for p, x, anchor in ends
    )
    zero = _PAD + inner_h / 2
    return (
        f'<figure class="cx-history-chart"><svg viewBox="0 0 {_WIDTH} {_HEIGHT}" '
        f'width="{_WIDTH}" height="{_HEIGHT}" role="img" aria-label="{title}">'
        f"<title>{title}</title>"
        f'<line x1="{_PAD}" x2="{_WIDTH - _PAD}" y1="{zero}" y2="{zero}" stroke="#bbb" '
        'stroke-dasharray="3 3"/>'
        f'<g fill="{_HIGH}" fill-opacity="0.35">{"".join(bars)}</g>'
        f'<polyline fill="none" stroke="{_EMOTION}" stroke-width="2" points="{" ".join(line)}"/>'
        f"{_text(_PAD, _HEIGHT - 6, first)}{_text(_WIDTH - _PAD, _HEIGHT - 6, last, 'end')}"
        f"{_text(4, _PAD + 4, '+2')}{_text(4, _PAD + inner_h + 4, '-2')}"
        f"{values}</svg><figcaption>{legend}</figcaption></figure>"
    )


def _swatch(colour: str, height: int, opacity: float = 1.0) -> str:
    return (
        f'<svg width="14" height="10" aria-hidden="true"><rect x="2" y="{10 - height}" '
        f'width="10" height="{height}" fill="{colour}" fill-opacity="{opacity}"/></svg>'
    )


def _text(x: float, y: float, body: str, anchor: str = "start") -> str:
    """A label in the page's text colour (currentColor), so dark mode keeps it readable."""
    return (
        f'<text x="{x}" y="{y}" font-size="10" fill="currentColor" '
        f'text-anchor="{anchor}">{body}</text>'
    )
