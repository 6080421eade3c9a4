"""The pages of a live preview, kept in memory and rebuilt after each edit.

`mkdocs serve` rebuilds the whole site after every save: one to four seconds
before a changed emotion shows. This preview renders only cxdocs' own pages
(personas, journeys, blueprints, insights) and redraws only what changed:
unchanged files are not read again (their documents stay in memory),
unchanged pages, rows and diagrams come from the caches, and downloads (PNG,
PDF) are not drawn at all, since a preview shows the SVG. Each rebuild says
which pages now read differently, so the server pushes only those.

The published site stays the engine's: this is a writing aid, a plain page
around cxdocs' HTML with its CSS and scripts and a list of the pages.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from markupsafe import Markup, escape

from cxdocs.content.checks.run import run_checks
from cxdocs.content.load import discover
from cxdocs.content.problems import Problem, sort_problems
from cxdocs.content.repository import Repository, without_drafts
from cxdocs.content.settings.reader import Config, ConfigError, read_config
from cxdocs.diagrams import DiagramError
from cxdocs.files import FOLDERS
from cxdocs.i18n.catalog import DEFAULT_LOCALE, label
from cxdocs.publish.sources import assets, site_options
from cxdocs.publish.urls import page_url, relative_url
from cxdocs.site.builder import ASSET_DIR, MissingPage, PageBuilder, Reuse, image_uri
from cxdocs.site.diagrams import DiagramRenderer
from cxdocs.site.errorpage import error_page
from cxdocs.site.pages import PageSpec

EVENTS = "__cxdocs/events"  # where the browser listens for changed pages (see the script)


@dataclass
class Snapshot:
    """One rebuild's result: path in the preview -> the bytes served there;
    or, while the content has errors, the one page every path shows."""

    files: dict[str, bytes] = field(default_factory=dict)
    broken: bytes | None = None


def page_path(src_uri: str) -> str:
    """Where the preview serves a generated page, as the engine would ('' is the root)."""
    url = page_url(src_uri)
    return "" if url == "./" else url


Announce = Callable[[list[str]], None]
Stale = Callable[[], bool]  # have the files changed since this rebuild began?


class Preview:
    """cxdocs' pages of one repository, rebuilt on demand (see `rebuild`)."""

    def __init__(self, config_path: Path) -> None:
        self.config_path = config_path.absolute()
        self.reuse = Reuse()  # documents, model digests and rows, kept across rebuilds
        self.snapshot = Snapshot()
        self.lock = threading.Lock()  # one rebuild at a time
        self._read: dict[str, str] = {}  # page of each object -> its file's digest
        # The last whole rebuild's list of pages, and the pages it had: what an
        # edited object's page is shown in before every page is planned again.
        self._nav: str | None = None
        self._pages_known: set[str] = set()

    def watched(self) -> list[Path]:
        """The files whose change calls for a rebuild: the settings and the content."""
        try:
            root = read_config(self.config_path).root
        except ConfigError:
            return [self.config_path]
        return [self.config_path, *(path for path, _ in discover(root))]

    def rebuild(self, announce: Announce | None = None, stale: Stale | None = None) -> list[str]:
        """Build every page again (cheaply: see the module's docstring); the
        paths whose bytes changed since the last rebuild.

        With `announce`, the pages of the objects whose files changed are
        planned alone, rendered and announced at once (they are the ones open
        while someone writes), then every page is planned and rendered and
        what changed is returned. When `stale()` says the files changed again
        meanwhile, the rest is left to the next rebuild, which starts at once
        with the newer edit's page.
        """
        with self.lock:
            new = self._build(announce, stale)
            shown, self.snapshot = self.snapshot, new  # `old`, or what was announced early
        return _changed(shown, new)

    def _build(self, announce: Announce | None, stale: Stale | None = None) -> Snapshot:
        try:
            config = read_config(self.config_path)
        except ConfigError as error:  # no settings: no locale either
            return _broken("errorpage.settings", error.problems, DEFAULT_LOCALE)
        locale = config.settings.locale
        if config.problems:
            return _broken("errorpage.unsafe", config.problems, locale)
        result = run_checks(config, memo=self.reuse.documents)
        if result.errors:
            return _broken("errorpage.content", sort_problems(result.errors), locale)
        repo = result.repository if config.settings.drafts else without_drafts(result.repository)
        # A preview shows the SVG: downloads (PNG and PDF take five times the
        # drawing time) are left to the build, and its pages offer none.
        settings = repo.settings.model_copy(update={"downloads": []})
        repo = dataclasses.replace(repo, settings=settings)
        self.reuse.next_build()
        try:
            return self._pages(config, repo, announce, stale)
        except (DiagramError, MissingPage) as error:
            problem = Problem(str(config.path.name), 1, 1, "error", "preview", str(error), "")
            return _broken("errorpage.draw", [problem], locale)

    def _edited(self, repo: Repository) -> set[str]:
        """The pages of objects whose files changed since the last rebuild."""
        read = {
            f"{FOLDERS[entry.doc.kind]}/{ident}.md": entry.doc.digest
            for entries in (repo.personas, repo.journeys, repo.blueprints)
            for ident, entry in entries.items()
        }
        edited = {uri for uri, digest in read.items() if self._read.get(uri) != digest}
        self._read = read
        return edited

    def _pages(
        self, config: Config, repo: Repository, announce: Announce | None, stale: Stale | None
    ) -> Snapshot:
        custom = site_options(config).custom_dir
        renderer = DiagramRenderer(repo, config.cache_dir)
        snapshot = Snapshot()
        edited = self._edited(repo)
        try:
            builder = PageBuilder(
                repo, renderer, custom / "cxdocs" if custom else None, config.cache_dir, self.reuse
            )
            if announce is not None and edited:
                self._show_first(builder, sorted(edited), announce)
            specs = builder.plan()
            where = {spec.src_uri: page_path(spec.src_uri) for spec in specs}
            nav = _nav(specs, where, repo.settings.locale)
            for spec in specs:
                if stale is not None and stale():
                    return self.snapshot  # the edited pages are shown; the rest comes next
                snapshot.files[where[spec.src_uri]] = self._page(builder, spec, where, nav)
            for pid, source in builder.images.items():
                snapshot.files[image_uri(pid, source)] = source.read_bytes()
        finally:
            renderer.close()
        self._nav, self._pages_known = nav, set(where)
        if "" not in snapshot.files:  # the root lists the pages
            snapshot.files[""] = _shell("cxdocs preview", "", nav, "./")
        for name, data in assets().items():
            snapshot.files[f"{ASSET_DIR}/{name}"] = data
        return snapshot

    def _show_first(self, builder: PageBuilder, edited: list[str], announce: Announce) -> None:
        """Render the edited objects' pages alone, in the last rebuild's list of
        pages, and announce them: what someone looks at while writing shows the
        edit before registers and insights are planned again (at 340 objects
        that planning takes longer than the page). A page that links to one
        the last rebuild did not have waits for the whole rebuild instead."""
        if self._nav is None or self.snapshot.broken is not None:
            return
        where = {uri: page_path(uri) for uri in self._pages_known | set(edited)}
        early: dict[str, bytes] = {}
        for uri in edited:
            spec = builder.plan_object(uri)
            if spec is None:
                continue
            try:
                early[where[uri]] = self._page(builder, spec, where, self._nav)
            except MissingPage:
                continue
        if early:
            shown = Snapshot({**self.snapshot.files, **early})
            paths, self.snapshot = _changed(self.snapshot, shown), shown
            announce(paths)

    def _page(self, builder: PageBuilder, spec: PageSpec, where: dict[str, str], nav: str) -> bytes:
        here = where[spec.src_uri] or "./"

        def url(src_uri: str) -> str:
            if src_uri not in where:
                raise MissingPage(f"internal link to missing page {src_uri}")
            return relative_url(where[src_uri] or "./", here)

        def site_url(path: str) -> str:
            return relative_url(path, here)

        body = builder.fill_diagrams(builder.render(spec, url, site_url))
        return _shell(spec.title, body, nav, here)


def _changed(old: Snapshot, new: Snapshot) -> list[str]:
    """The paths that read differently in `new` (all of them when either shows problems)."""
    if new.broken is not None or old.broken is not None:
        return sorted(new.files.keys() | old.files.keys())
    return sorted(
        path
        for path in new.files.keys() | old.files.keys()
        if new.files.get(path) != old.files.get(path)
    )


def _broken(key: str, problems: list[Problem], locale: str) -> Snapshot:
    """Every path shows the problems, as `mkdocs serve`'s error page does, under
    the catalog's title `key`; the page comes back by itself once they are fixed."""
    title = label(locale, key)
    page = error_page(title, problems, locale, reload=False, script=_LIVE)
    return Snapshot(broken=page.encode("utf-8"))


def _nav(specs: list[PageSpec], where: dict[str, str], locale: str) -> str:
    """The list of every page, in the order the builder plans them, under their
    sections' names. Links start at the root (the preview serves it), so one
    list serves every page (see `_shell`)."""
    links = ["<ul>"]
    section = ""
    for spec in specs:
        folder = label(locale, spec.src_uri.split("/")[0]) if "/" in spec.src_uri else ""
        if folder != section:
            links.append(f"</ul><h2>{escape(folder)}</h2><ul>")
            section = folder
        href = escape("/" + where[spec.src_uri])
        links.append(f'<li><a href="{href}">{escape(spec.title)}</a></li>')
    links.append("</ul>")
    return "".join(links)


_PREVIEW_JS = resources.files("cxdocs").joinpath("assets", "cxdocs-preview.js")
_LIVE = f"<script>\n{_PREVIEW_JS.read_text(encoding='utf-8')}</script>"
# cxdocs' scripts set new content up through `document$` when a theme swaps
# pages without reloading (Material's instant navigation): the preview does too.
_SUBSCRIBE = (
    "<script>window.document$ = { fns: [], subscribe: function (fn) { this.fns.push(fn);"
    " if (document.readyState !== 'loading') { fn(); }"
    " else { document.addEventListener('DOMContentLoaded', fn); } },"
    " next: function () { this.fns.forEach(function (fn) { fn(); }); } };</script>"
)
_STYLE = """<style>
:root { color-scheme: light dark; --bs-body-bg: #ffffff; }
[data-bs-theme="dark"] { --bs-body-bg: #1e2129; }
body { margin: 0; display: flex; font: 16px/1.5 system-ui, sans-serif;
  background: var(--bs-body-bg); color: var(--cx-fg); }
a { color: var(--cx-link); }
.cx-preview-nav { width: 16rem; flex: none; padding: 1rem; font-size: .85rem;
  border-right: 1px solid #8884; height: 100vh; overflow: auto; position: sticky; top: 0;
  box-sizing: border-box; }
.cx-preview-nav summary { display: none; }
.cx-preview-nav h2 { font-size: .9rem; margin: 1rem 0 .25rem; }
.cx-preview-nav ul { list-style: none; padding: 0; margin: 0; }
.cx-preview-nav a[aria-current] { font-weight: bold; }
main { flex: 1; min-width: 0; padding: 1rem 2rem; }
@media (max-width: 50rem) {
  body { display: block; }
  .cx-preview-nav { width: auto; height: auto; position: static; padding: 0 1rem;
    border-right: 0; border-bottom: 1px solid #8884; font-size: 1rem; }
  .cx-preview-nav summary { display: list-item; cursor: pointer; font-weight: bold;
    padding: .6rem 0; min-height: 2.75rem; box-sizing: border-box; }
  .cx-preview-nav li a { display: block; padding: .35rem 0; }
  main { padding: 1rem; }
}
</style>"""
# The dark palette of cxdocs.css follows the theme's attribute (Bootstrap's,
# as in MkDocs' own theme): the preview sets it as the system asks, and on a
# phone the list of pages starts folded behind its summary, above the page.
_SCHEME = (
    "<script>(function () { var dark = matchMedia('(prefers-color-scheme: dark)');"
    " function apply() { document.documentElement.setAttribute('data-bs-theme',"
    " dark.matches ? 'dark' : 'light'); } apply(); dark.addEventListener('change', apply);"
    " })();</script>"
)
_FOLD = (
    "<script>if (matchMedia('(max-width: 50rem)').matches) {"
    " document.querySelector('.cx-preview-nav details').open = false; }</script>"
)


def _shell(title: str, body: str, nav: str, here: str) -> bytes:
    """A plain page around the builder's HTML (trusted: user text in it is
    escaped by the templates): the list of pages, then the content."""
    own = f'href="{escape("/" + (here if here != "./" else ""))}"'
    links = nav.replace(own, f'{own} aria-current="page"', 1)
    assets_at = relative_url(ASSET_DIR, here)
    html = f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>{escape(title)} · cxdocs preview</title>
{_SCHEME}
<link rel="stylesheet" href="{assets_at}/cxdocs-site.css">
{_STYLE}
{_SUBSCRIBE}
<script defer src="{assets_at}/cxdocs-site.js"></script>
</head>
<body>
<nav class="cx-preview-nav" aria-label="cxdocs pages"><details open><summary>Pages</summary>
{links}</details></nav>
{_FOLD}
<main>
{Markup(body)}
</main>
{_LIVE}
</body>
</html>
"""
    return html.encode("utf-8")
